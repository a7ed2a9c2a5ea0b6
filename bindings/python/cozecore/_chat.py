"""The runtime of ``coze.chat.create_and_poll``: the core's chat.create_and_poll flow.

The flow is the core's (create the chat, poll chat.retrieve at the interval
until it is completed, failed, requires_action or canceled, then list its
messages; at the call's deadline cancel the chat and fail with ``timeout``).
The methods that start it are generated from chat.create's x-coze-poll
(cozecore._generated.resources: ``create_and_poll``, ``start_create_and_poll``);
this module only gathers what the flow hands out, the final chat (a ``chat``
event) and the messages (the result).
"""

from __future__ import annotations

from typing import Any, List, NamedTuple, Optional

from ._driver import CallDriver
from ._generated.models import Chat, Message
from .errors import CancelledError, DecodeError

__all__ = ["ChatPoll", "ChatPollResult"]


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
