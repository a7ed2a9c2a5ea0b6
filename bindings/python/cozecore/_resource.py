"""What the generated resources stand on: the Resource base, EventStream and Pager."""

from __future__ import annotations

from typing import Any, Dict, Generic, Iterator, List, Mapping, Optional, TypeVar

from ._driver import CallDriver
from ._record import StreamEvent, View
from .errors import CancelledError

__all__ = ["Resource", "EventStream", "Pager", "Page", "present"]

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


class EventStream:
    """The events of one streaming call, as they arrive.

    Iterate it; use it as a context manager (or call close()) to stop early:
    closing cancels the call and aborts its HTTP request. close() may also be
    called from another thread while one iterates. The events decoded from
    one chunk of the response cross from the core together; each is a lazy
    typed view (cozecore.events).
    """

    def __init__(self, driver: CallDriver) -> None:
        self._driver: Optional[CallDriver] = driver  # None once it ended: the core call is freed
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
        driver = self._driver
        if self._done or self._closed or driver is None:
            raise StopIteration
        try:
            outcome = driver.run()
        except CancelledError:
            self._end()
            if self._closed:
                raise StopIteration from None
            raise
        except BaseException:
            self._end()
            raise
        if self._closed:
            # close() came from another thread while the loop ran, and the loop handed back
            # what it had read: nothing more is delivered, and the call ends here (its
            # FAIL(cancelled), so that the hooks hear of it and the core call is freed).
            driver.close()
            self._end()
            raise StopIteration
        if outcome.events is not None:
            self._batch = outcome.events
            self._next = 1
            return self._batch[0]
        self._end()
        self.logid = outcome.logid
        raise StopIteration

    def _end(self) -> None:
        self._done = True
        self._driver = None

    def close(self) -> None:
        """Stops the stream: cancels the call and aborts the request. Idempotent."""
        if self._closed:
            return
        self._closed = True
        self._batch = []
        driver, self._driver = self._driver, None
        if driver is not None and not self._done:
            driver.close()

    @property
    def closed(self) -> bool:
        return self._closed or self._done

    def __enter__(self) -> "EventStream":
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self.close()

    def __del__(self) -> None:
        try:
            driver = self._driver
            if driver is not None and not self._done and not self._closed:
                driver.cancel()
        except Exception:
            pass


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
