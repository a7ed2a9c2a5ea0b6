"""What the generated resources stand on: the Resource base, EventStream and Pager."""

from __future__ import annotations

from typing import Any, Dict, Generic, Iterator, List, Mapping, Optional, Tuple, TypeVar

from ._driver import CallDriver, Outcome
from ._record import StreamEvent, View
from .errors import CancelledError

__all__ = ["Resource", "StreamBase", "EventStream", "Pager", "Page", "present"]

T = TypeVar("T")


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


class StreamBase:
    """What EventStream and AsyncEventStream share: the batch of events in hand, the end of
    the stream and its closing. Each runs its driver its own way (``run(stream=True)``: a
    batch read while the stream was closed from another thread is not handed out, see
    cozecore._driver.CallBase._handed_out)."""

    def __init__(self, driver: Any) -> None:
        self._driver: Any = driver  # None once it ended: the core call is freed
        self._batch: List[StreamEvent] = []
        self._next = 0
        self._done = False
        self._closed = False
        self.logid = ""  # set when the stream completed

    def _pending(self) -> Tuple[Optional[StreamEvent], Any]:
        """The next event of the batch in hand, else (None, the driver to run for more;
        None when the stream is over)."""
        if self._next < len(self._batch):
            event = self._batch[self._next]
            self._next += 1
            return event, None
        if self._done or self._closed:
            return None, None
        return None, self._driver

    def _stopped(self, exc: BaseException) -> bool:
        """A run of the driver raised `exc`: the stream is over. True when that was its
        closing (the iteration then stops quietly), False when `exc` goes on up."""
        self._end()
        return self._closed and isinstance(exc, CancelledError)

    def _first(self, outcome: Outcome) -> Optional[StreamEvent]:
        """The first event of a run's batch (the rest are handed out next); None when the call
        completed (the stream is over)."""
        if outcome.events is not None:
            self._batch = outcome.events
            self._next = 1
            return self._batch[0]
        self._end()
        if not self._closed:
            self.logid = outcome.logid
        return None

    def _end(self) -> None:
        self._done = True
        self._driver = None

    def _closing(self) -> Any:
        """Marks the stream closed (idempotent): the driver whose call is to end, or None."""
        if self._closed:
            return None
        self._closed = True
        self._batch = []
        driver, self._driver = self._driver, None
        return driver if driver is not None and not self._done else None

    @property
    def closed(self) -> bool:
        return self._closed or self._done

    def __del__(self) -> None:
        try:
            driver = self._driver
            if driver is not None and not self._done and not self._closed:
                driver.cancel()
        except Exception:
            pass


class EventStream(StreamBase):
    """The events of one streaming call, as they arrive.

    Iterate it; use it as a context manager (or call close()) to stop early:
    closing cancels the call and aborts its HTTP request. close() may also be
    called from another thread while one iterates. The events decoded from
    one chunk of the response cross from the core together; each is a lazy
    typed view (cozecore.events).
    """

    def __init__(self, driver: CallDriver) -> None:
        super().__init__(driver)

    def __iter__(self) -> Iterator[StreamEvent]:
        return self

    def __next__(self) -> StreamEvent:
        event, driver = self._pending()
        if event is not None:
            return event
        if driver is None:
            raise StopIteration
        try:
            outcome = driver.run(stream=True)
        except BaseException as exc:
            if self._stopped(exc):
                raise StopIteration from None
            raise
        event = self._first(outcome)
        if event is None:
            raise StopIteration
        return event

    def close(self) -> None:
        """Stops the stream: cancels the call and aborts the request. Idempotent."""
        driver = self._closing()
        if driver is not None:
            driver.close()

    def __enter__(self) -> "EventStream":
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self.close()


class Page(Generic[T]):
    """One page of a list operation, as a Pager hands it out.

    result: the list operation's result view (e.g. ListMessagesResult, with
        its first_id and last_id), read from the page's answer
    items: the page's items (the result's item field, e.g. ``data``), as views
    has_more: the result's ``has_more`` field; None when the operation's
        result has none (the core then stops at the total, or at an empty page)
    total: the result's count of all items (the field the description names,
        ``total`` or ``total_count``); None when it has none
    logid: the page's log id (X-Tt-Logid of its answer)
    """

    __slots__ = ("result", "items", "has_more", "total", "logid")

    def __init__(self, result: Any, items: List[T], has_more: Optional[bool], total: Optional[int], logid: str) -> None:
        self.result = result
        self.items = items
        self.has_more = has_more
        self.total = total
        self.logid = logid

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def __repr__(self) -> str:
        return f"<Page {len(self.items)} items has_more={self.has_more} total={self.total} logid={self.logid!r}>"


def _field(result: Any, name: Optional[str]) -> Any:
    return result.get(name) if name is not None and isinstance(result, View) else None


class Pager(Generic[T]):
    """Every page of a list operation (the core's ``<op>.pages`` flow), read lazily.

    Iterating gives the items, page after page; ``pages()`` gives the pages
    (Page: items, has_more, total, logid, result) instead. The core decides
    the next page's parameters and when to stop, and asks for a page only
    when the loop wants more than the pages before it held, so one page is
    in memory at a time. An error on a page raises (a CozeError) after the
    items of the pages before it were handed out.

    Use it as a context manager (or call close(), also from another thread)
    to stop early: closing cancels the call, and no further page is asked for.
    Iterate either the items or the pages of one Pager: both draw from the
    same pages. The pages are the flow's ``page`` events, read through an
    EventStream (which ends, closes and frees the call the same way).
    """

    def __init__(self, driver: CallDriver, items: str, has_more: Optional[str], total: Optional[str]) -> None:
        self._events = EventStream(driver)
        self._fields = (items, has_more, total)  # the result's fields, as the IR names them
        self._items: List[T] = []
        self._next = 0

    def __iter__(self) -> Iterator[T]:
        return self

    def __next__(self) -> T:
        while self._next >= len(self._items):
            page = self._next_page()
            if page is None:
                self._items, self._next = [], 0
                raise StopIteration
            self._items, self._next = page.items, 0
        item = self._items[self._next]
        self._next += 1
        return item

    def pages(self) -> Iterator[Page[T]]:
        """The pages not handed out yet, each a Page."""
        while True:
            page = self._next_page()
            if page is None:
                return
            yield page

    def _next_page(self) -> Optional[Page[T]]:
        for event in self._events:
            if event.type == "page":
                result = event.data
                items, has_more, total = (_field(result, name) for name in self._fields)
                return Page(result, items or [], has_more, total, event.sse_id)
        return None

    @property
    def logid(self) -> str:
        """The last answer's log id, once the pages are done ("" before)."""
        return self._events.logid

    def close(self) -> None:
        """Stops paging: cancels the call (no further page is asked for). Idempotent."""
        self._events.close()
        self._items, self._next = [], 0

    @property
    def closed(self) -> bool:
        return self._events.closed

    def __enter__(self) -> "Pager[T]":
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self.close()
