"""AsyncCoze: the same client for asyncio.

    import asyncio
    from cozecore import AsyncCoze

    async def main() -> None:
        async with AsyncCoze(token="pat_...") as coze:
            chat = await coze.chat.create(bot_id="...", user_id="u1", additional_messages=messages)
            async with coze.chat.stream(bot_id="...", user_id="u1", additional_messages=messages) as events:
                async for event in events:
                    if event.type == "conversation.message.delta":
                        print(event.content, end="")

    asyncio.run(main())

Its resources are generated beside Coze's from the API description
(cozecore._generated.async_resources): the same names and parameters, ``await``
for an operation's result, ``async for`` over a stream (AsyncEventStream) or a
pager (AsyncPager), ``await`` on a poll (``create_and_poll``) or its handle's
``result()`` (AsyncChatPoll). It takes Coze's options and runs on the same core
(retries, timeouts, decoding, errors, hooks, health, auth refresh) through the
asyncio driver (cozecore._aio) over httpx's AsyncClient: nothing blocks the
event loop, and cancelling a task cancels its call.
"""

from __future__ import annotations

from typing import Any, Callable, Dict, Mapping, Optional

from ._aio import AsyncCallDriver, AsyncChatPoll, AsyncEventStream, AsyncPager, run_to_result
from ._files import BinaryOutput
from ._generated.async_resources import AsyncResources
from ._http import async_transport
from .client import ClientBase, _merge

__all__ = ["AsyncCoze", "AsyncEventStream", "AsyncPager", "AsyncChatPoll"]


class AsyncCoze(ClientBase, AsyncResources):
    """A Coze API client for asyncio: every operation is a method of a resource
    attribute, as with Coze (``await coze.chat.create(...)``,
    ``coze.chat.stream(...)`` for ``async for``, ``coze.conversations.messages.list_pages(...)``
    for ``async for`` over the items), and ``call``/``stream`` run any by name.

    It takes Coze's arguments (token or auth, base_url, timeouts, retries,
    hooks, ...; see Coze). http_client: None or "httpx" (it needs httpx: without
    it, InvalidArgumentError). Hooks and upload progress callbacks run on the
    event loop's thread, tools' functions on threads of their own.

    One client serves one event loop (its connections belong to it): make it in
    the loop that uses it, and ``await coze.aclose()`` (or use ``async with``)
    when done.
    """

    _driver_class = AsyncCallDriver

    def _make_transport(self, http_client: Optional[str]) -> Any:
        return async_transport(http_client)

    def __repr__(self) -> str:
        return f"AsyncCoze(base_url={self.base_url!r})"

    async def aclose(self) -> None:
        """Closes the client's connections (httpx's AsyncClient)."""
        await self._transport.aclose()

    async def __aenter__(self) -> "AsyncCoze":
        return self

    async def __aexit__(self, *exc_info: Any) -> None:
        await self.aclose()

    # -- any operation -----------------------------------------------------

    async def call(
        self,
        op: str,
        params: Optional[Mapping[str, Any]] = None,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        idempotency_key: Optional[str] = None,
        idempotency: Optional[bool] = None,
        traceparent: Optional[str] = None,
        tracestate: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, str]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        upload_progress: Optional[Callable[[int, int], Any]] = None,
        output: Optional[BinaryOutput] = None,
        **fields: Any,
    ) -> Any:
        """Runs a non-streaming operation by name (e.g. "chat.retrieve"); see Coze.call."""
        kind, merged = self._call_params(op, params, fields)
        return await self._run(
            op,
            kind,
            merged,
            timeout,
            max_retries,
            idempotency_key,
            idempotency,
            traceparent,
            tracestate,
            extra_headers,
            extra_query,
            extra_body,
            upload_progress=upload_progress,
            output=output,
        )

    def stream(
        self,
        op: str,
        params: Optional[Mapping[str, Any]] = None,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        idempotency_key: Optional[str] = None,
        idempotency: Optional[bool] = None,
        traceparent: Optional[str] = None,
        tracestate: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, str]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        **fields: Any,
    ) -> AsyncEventStream:
        """Runs a streaming operation by name (e.g. "workflows.runs.stream"); an AsyncEventStream."""
        merged = _merge(params, fields)
        return self._run(  # type: ignore[no-any-return]
            op,
            "sse",
            merged,
            timeout,
            max_retries,
            idempotency_key,
            idempotency,
            traceparent,
            tracestate,
            extra_headers,
            extra_query,
            extra_body,
        )

    # -- what the generated methods call ------------------------------------

    def _run(self, op: str, response: str, params: Dict[str, Any], *options: Any, **files: Any) -> Any:
        """Starts `op`: an AsyncEventStream when it streams, else a coroutine giving its result
        (the generated ``async def`` methods await it). options: those of ClientBase._driver;
        files: upload_progress, output."""
        driver = self._driver(op, response, params, *options, **files)
        if response == "sse":
            return AsyncEventStream(driver)
        return run_to_result(driver)

    def _pages(
        self, op: str, items: str, has_more: Optional[str], total: Optional[str], params: Dict[str, Any], *options: Any
    ) -> AsyncPager[Any]:
        return AsyncPager(self._pages_driver(op, params, *options), items, has_more, total)

    def _poll(self, flow: str, params: Dict[str, Any], *options: Any) -> AsyncChatPoll:
        return AsyncChatPoll(self._poll_driver(flow, params, *options))

    def _run_tools(self, flow: str, params: Dict[str, Any], tools: Any, *options: Any) -> AsyncEventStream:
        return AsyncEventStream(self._tools_driver(flow, params, tools, *options))
