"""``coze.chat`` with ``create_and_poll``: the core's chat.create_and_poll flow.

The flow is the core's (create the chat, poll chat.retrieve at the interval
until it is completed, failed, requires_action or canceled, then list its
messages; at the call's deadline cancel the chat and fail with ``timeout``):
this module only starts it and gathers what it hands out, the final chat
(a ``chat`` event) and the messages (the result).
"""

from __future__ import annotations

from typing import Any, Dict, List, Mapping, NamedTuple, Optional, Sequence

from ._driver import CallDriver
from ._generated.models import Chat, Message
from ._generated.params import EnterMessageParam, ShortcutCommandParam
from ._generated.resources import ChatResource
from ._resource import present
from .errors import CancelledError, DecodeError

__all__ = ["ChatPoll", "ChatPollResult", "PollingChatResource"]


class ChatPollResult(NamedTuple):
    """What chat.create_and_poll ends with: the chat as it finished (status
    completed, failed, requires_action or canceled) and the chat's messages."""

    chat: Chat
    messages: List[Message]


class ChatPoll:
    """A running chat.create_and_poll (``coze.chat.start_create_and_poll``).

        with coze.chat.start_create_and_poll(bot_id=..., user_id="u1", additional_messages=...) as poll:
            done = poll.result()      # waits: polls until the chat finished, then lists its messages

    cancel() (from any thread) or leaving the ``with`` block stops it; a
    waiting result() then raises CancelledError. Cancelling stops the polling
    only (the chat goes on on the server); the call's timeout cancels the chat
    too (chat.cancel) before it raises APITimeoutError.
    """

    def __init__(self, driver: CallDriver) -> None:
        self._driver: Optional[CallDriver] = driver  # None once it ended: the core call is freed
        self._chat: Optional[Chat] = None
        self._result: Optional[ChatPollResult] = None
        self._error: Optional[BaseException] = None

    def result(self) -> ChatPollResult:
        """Waits for the chat to finish and returns it with its messages (raises the call's CozeError)."""
        if self._result is not None:
            return self._result
        if self._error is not None:
            raise self._error
        driver = self._driver
        if driver is None:
            raise CancelledError("the call was cancelled")
        try:
            while True:
                outcome = driver.run()
                if outcome.events is not None:
                    for event in outcome.events:
                        if event.type == "chat":
                            self._chat = event.data
                    continue
                if not isinstance(self._chat, Chat):
                    raise DecodeError("chat.create_and_poll ended without handing out the chat")
                messages = outcome.result if isinstance(outcome.result, list) else []
                self._result = ChatPollResult(self._chat, messages)
                self._driver = None
                return self._result
        except BaseException as exc:
            self._error = exc
            self._driver = None
            raise

    def cancel(self) -> None:
        """Stops polling; safe from any thread. A waiting result() raises CancelledError."""
        driver = self._driver
        if driver is not None:
            driver.cancel()

    def close(self) -> None:
        """Cancels the call unless it is done; idempotent."""
        driver, self._driver = self._driver, None
        if driver is not None and not driver.finished:
            driver.close()

    def __enter__(self) -> "ChatPoll":
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self.close()

    def __del__(self) -> None:
        try:
            driver = self._driver
            if driver is not None and not driver.finished:
                driver.cancel()
        except Exception:
            pass

    def __repr__(self) -> str:
        state = "done" if self._result is not None else "failed" if self._error is not None else "running"
        return f"<ChatPoll {state}>"


class PollingChatResource(ChatResource):
    """``chat``: the generated operations, plus create_and_poll (the core's chat.create_and_poll flow).

    Its parameters are chat.create's (tests check that they stay the same).
    """

    __slots__ = ()

    def create_and_poll(
        self,
        *,
        bot_id: str,
        user_id: str,
        conversation_id: Optional[str] = None,
        additional_messages: Optional[Sequence[EnterMessageParam]] = None,
        custom_variables: Optional[Mapping[str, str]] = None,
        auto_save_history: Optional[bool] = None,
        meta_data: Optional[Mapping[str, str]] = None,
        extra_params: Optional[Mapping[str, str]] = None,
        parameters: Optional[Any] = None,
        enable_card: Optional[bool] = None,
        shortcut_command: Optional[ShortcutCommandParam] = None,
        connector_id: Optional[str] = None,
        poll_interval: Optional[float] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        idempotency: Optional[bool] = None,
        traceparent: Optional[str] = None,
        tracestate: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, str]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
    ) -> ChatPollResult:
        """Starts a chat (chat.create), polls chat.retrieve every `poll_interval` seconds (default 1)
        until it is completed, failed, requires_action or canceled, then lists its messages.

        Returns ChatPollResult(chat, messages). `timeout` (seconds) bounds the whole
        call: when it passes first, the chat is cancelled (chat.cancel) and
        APITimeoutError is raised. The other options are chat.create's and apply to
        every request (each with its own idempotency key). Interrupting the wait
        (KeyboardInterrupt) stops polling; start_create_and_poll gives a handle
        that another thread can cancel.
        """
        with self.start_create_and_poll(
            bot_id=bot_id,
            user_id=user_id,
            conversation_id=conversation_id,
            additional_messages=additional_messages,
            custom_variables=custom_variables,
            auto_save_history=auto_save_history,
            meta_data=meta_data,
            extra_params=extra_params,
            parameters=parameters,
            enable_card=enable_card,
            shortcut_command=shortcut_command,
            connector_id=connector_id,
            poll_interval=poll_interval,
            timeout=timeout,
            max_retries=max_retries,
            idempotency=idempotency,
            traceparent=traceparent,
            tracestate=tracestate,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ) as poll:
            return poll.result()

    def start_create_and_poll(
        self,
        *,
        bot_id: str,
        user_id: str,
        conversation_id: Optional[str] = None,
        additional_messages: Optional[Sequence[EnterMessageParam]] = None,
        custom_variables: Optional[Mapping[str, str]] = None,
        auto_save_history: Optional[bool] = None,
        meta_data: Optional[Mapping[str, str]] = None,
        extra_params: Optional[Mapping[str, str]] = None,
        parameters: Optional[Any] = None,
        enable_card: Optional[bool] = None,
        shortcut_command: Optional[ShortcutCommandParam] = None,
        connector_id: Optional[str] = None,
        poll_interval: Optional[float] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        idempotency: Optional[bool] = None,
        traceparent: Optional[str] = None,
        tracestate: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, str]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
    ) -> ChatPoll:
        """create_and_poll as a handle: ChatPoll.result() waits, ChatPoll.cancel() (any thread) stops it.

        Nothing is sent until result() is called.
        """
        from .client import _seconds_to_ms  # the client imports this module

        params: Dict[str, Any] = present(
            {
                "conversation_id": conversation_id,
                "bot_id": bot_id,
                "user_id": user_id,
                "additional_messages": additional_messages,
                "custom_variables": custom_variables,
                "auto_save_history": auto_save_history,
                "meta_data": meta_data,
                "extra_params": extra_params,
                "parameters": parameters,
                "enable_card": enable_card,
                "shortcut_command": shortcut_command,
                "connector_id": connector_id,
            }
        )
        if poll_interval is not None:
            interval_ms = _seconds_to_ms("poll_interval", poll_interval)
            params["poll_interval_ms"] = 1 if interval_ms == 0 and poll_interval > 0 else interval_ms
        driver = self._client._driver(
            "chat.create_and_poll",
            "json",
            params,
            timeout,
            max_retries,
            None,
            idempotency,
            traceparent,
            tracestate,
            extra_headers,
            extra_query,
            extra_body,
        )
        return ChatPoll(driver)
