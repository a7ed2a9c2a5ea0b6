"""What the generated resources stand on: the Resource base and EventStream."""

from __future__ import annotations

from typing import Any, Dict, Iterator, List, Mapping

from ._driver import CallDriver
from ._record import StreamEvent
from .errors import CancelledError

__all__ = ["Resource", "EventStream", "present"]


def present(params: Mapping[str, Any]) -> Dict[str, Any]:
    """The parameters the caller gave (None means "not given")."""
    return {name: value for name, value in params.items() if value is not None}


class Resource:
    """A group of operations (``coze.chat``, ``coze.conversations.messages``, ...).

    Subclasses are generated (cozecore._generated.resources); each method
    gathers its parameters and hands them to the client's ``_run``.
    """

    __slots__ = ("_client",)

    def __init__(self, client: Any) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__}>"


class EventStream:
    """The events of one streaming call, as they arrive.

    Iterate it; use it as a context manager (or call close()) to stop early:
    closing cancels the call and aborts its HTTP request. close() may also be
    called from another thread while one iterates. The events decoded from
    one chunk of the response cross from the core together; each is a lazy
    typed view (cozecore.events).
    """

    def __init__(self, driver: CallDriver) -> None:
        self._driver = driver
        self._batch: List[StreamEvent] = []
        self._next = 0
        self._done = False
        self._closed = False
        self.logid = ""  # set when the stream completed

    def __iter__(self) -> Iterator[StreamEvent]:
        return self

    def __next__(self) -> StreamEvent:
        if self._next < len(self._batch):
            event = self._batch[self._next]
            self._next += 1
            return event
        if self._done or self._closed:
            raise StopIteration
        try:
            outcome = self._driver.run()
        except CancelledError:
            self._done = True
            if self._closed:
                raise StopIteration from None
            raise
        except BaseException:
            self._done = True
            raise
        if outcome.events is not None:
            self._batch = outcome.events
            self._next = 1
            return self._batch[0]
        self._done = True
        self.logid = outcome.logid
        raise StopIteration

    def close(self) -> None:
        """Stops the stream: cancels the call and aborts the request. Idempotent."""
        if self._closed:
            return
        self._closed = True
        self._batch = []
        if not self._done:
            self._driver.close()

    @property
    def closed(self) -> bool:
        return self._closed or self._done

    def __enter__(self) -> "EventStream":
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self.close()

    def __del__(self) -> None:
        try:
            if not self._done and not self._closed:
                self._driver.cancel()
        except Exception:
            pass
