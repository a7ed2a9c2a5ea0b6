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
``result()`` (AsyncChatPoll). It takes Coze's options, makes its calls with
Coze's code (cozecore.client.ClientBase: ``stream`` and what the generated
methods call) and runs them on the same core (retries, timeouts, decoding,
errors, hooks, health, auth refresh) through the asyncio driver
(cozecore._aio) over httpx's AsyncClient: nothing blocks the event loop, and
cancelling a task cancels its call.
"""

from __future__ import annotations

from typing import Any, Callable, Mapping, Optional

from ._aio import AsyncCallDriver, AsyncChatPoll, AsyncEventStream, AsyncPager, run_to_result
from ._files import BinaryOutput
from ._generated.async_resources import AsyncResources
from ._http import async_transport
from ._options import CallOptions
from .client import ClientBase

__all__ = ["AsyncCoze", "AsyncEventStream", "AsyncPager", "AsyncChatPoll"]


class AsyncCoze(ClientBase[AsyncEventStream], AsyncResources):
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
    _stream_class = AsyncEventStream
    _pager_class = AsyncPager
    _poll_class = AsyncChatPoll

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
        options = CallOptions(
            timeout=timeout,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
            idempotency=idempotency,
            traceparent=traceparent,
            tracestate=tracestate,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            upload_progress=upload_progress,
            output=output,
        )
        return await self._run(op, kind, merged, options)

    def _result(self, driver: Any) -> Any:
        """A coroutine giving the call's result (the generated ``async def`` methods await it)."""
        return run_to_result(driver)
