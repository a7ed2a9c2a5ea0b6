"""The asyncio driver and what AsyncCoze's generated resources return.

AsyncCallDriver carries out the core's actions as the blocking CallDriver does
(cozecore._driver.CallBase holds everything they share: the core's steps, the
hooks, the outcome, the tools' and signatures' plumbing); only the waiting
differs. Every wait (a step of the HTTP exchange, a back-off sleep, the tools'
results, the core's deadline with nothing in flight) is a task the driver
bounds by the core's deadline and that cancel() cancels, so:

- nothing blocks the event loop: the exchange is httpx's AsyncClient
  (cozecore._httpx), an upload's pieces and a file sink's writes go to the
  loop's default executor, a JWT is signed there, tools run on threads;
- cancelling the task that awaits a call (``task.cancel()``, ``asyncio.timeout``,
  ``wait_for``) cancels the core call, closes its response and raises
  asyncio.CancelledError as usual (the hooks hear ``call_finished`` cancelled);
- ``await stream.aclose()`` (or leaving ``async with``) from the task that
  iterates, another task, or (``cancel()``) another thread ends the call.

AsyncEventStream, AsyncPager and AsyncChatPoll are the async twins of
EventStream, Pager and ChatPoll (cozecore._resource, cozecore._chat).
"""

from __future__ import annotations

import asyncio
import threading
from typing import Any, AsyncIterator, Callable, Dict, Generic, List, Optional, TypeVar

from ._chat import ChatPollResult
from ._driver import (
    _BYTES,
    _DEADLINE_SLACK_S,
    _DONE,
    _EVENT,
    _SEND,
    _SIGN,
    _SLEEP,
    _TOOLS,
    _WAIT,
    CallBase,
    Outcome,
    ToolResult,
    now_ms,
)
from ._generated.models import Chat
from ._record import Record, StreamEvent, events
from ._resource import Page, StreamBase, _field
from ._transport import CallbackError, Failure
from .errors import CancelledError, DecodeError, InternalError
from .tools import is_async, run_tool_async

__all__ = ["AsyncCallDriver", "AsyncEventStream", "AsyncPager", "AsyncChatPoll"]

T = TypeVar("T")


class _Stopped:
    """What a bounded wait gives when its deadline passed or the call was cancelled."""


_STOPPED = _Stopped()


async def _settle(task: "asyncio.Future[Any]") -> None:
    """Waits for a cancelled task to finish (what it raises does not matter any more)."""
    if not task.done():
        await asyncio.wait((task,))
    if not task.cancelled():
        task.exception()  # retrieved, so that asyncio does not log it


class AsyncCallDriver(CallBase):
    """Drives one core Call to completion over httpx.AsyncClient, in the task that awaits run()."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._exchange: Any = None
        self._io: Optional["asyncio.Future[Any]"] = None  # the wait in progress
        self._loop: Optional[asyncio.AbstractEventLoop] = None
        self._loop_thread = 0
        self._running = False
        self._sent_at = 0  # when the request body last made progress (now_ms)
        self._tool_tasks: List["asyncio.Future[Any]"] = []  # the round's async def tools

    # -- cancelling ------------------------------------------------------------------

    def cancel(self) -> None:
        """Cancels the call and wakes a task running it (the task then ends the call and
        closes the response); safe from any thread."""
        self._cancelled.set()
        with self._lock:
            if not self.finished:
                self._call.cancel()
        loop = self._loop
        if loop is None:
            return
        if threading.get_ident() == self._loop_thread:
            self._wake()
        else:
            try:
                loop.call_soon_threadsafe(self._wake)
            except RuntimeError:  # the loop is closed: nothing is running the call
                pass

    def _wake(self) -> None:
        io = self._io
        if io is not None:
            io.cancel()

    async def aclose(self) -> None:
        """Cancels the call and, unless a task is running it, ends it here (the hooks hear of
        it) and closes its response; idempotent."""
        self.cancel()
        if self._running:
            return  # the running task gets the FAIL(cancelled) and reports it
        if not self.finished:
            self._finish_cancelled()
        self._stop_tools()
        await self._drop_exchange()

    # -- running ---------------------------------------------------------------------

    async def run(self, stream: bool = False) -> Outcome:
        """Runs the call until the next batch of events, DONE or FAIL (raised as CozeError).
        stream: the events go to a stream (CallBase._handed_out)."""
        if self._running:
            raise InternalError("the call is already being awaited by another task")
        if self.finished:
            if self._cancelled.is_set():
                raise CancelledError("the call was cancelled")
            raise InternalError("the call has already finished")
        self._running = True
        self._loop = asyncio.get_running_loop()
        self._loop_thread = threading.get_ident()
        try:
            return self._handed_out(await self._run(), stream)
        except BaseException as exc:
            # A failure, or the awaiting task was cancelled: drop the request.
            self._stop_tools()
            if not self.finished:
                if isinstance(exc, asyncio.CancelledError):
                    self._finish_cancelled()  # the hooks hear call_finished (cancelled)
                else:
                    with self._lock:
                        self._call.cancel()
                self.finished = True
            await self._drop_exchange()
            if self._sink is not None:
                self._sink.abort()
            if isinstance(exc, CallbackError):
                raise exc.error from None  # the progress callback's own exception
            raise
        finally:
            self._running = False

    def _body_sent(self, sent: int, total: int) -> None:
        self._sent_at = now_ms()
        super()._body_sent(sent, total)

    async def _run(self) -> Outcome:
        loop = asyncio.get_running_loop()
        while True:
            kind, arg = self._advance()
            if kind != _WAIT and self._tool_tasks:
                self._stop_tools()  # the round is over: a function still running is cancelled
            if kind == _SEND:
                await self._drop_exchange()
                exchange = self._exchange_for(arg)
                if exchange is None:
                    continue
                self._exchange = exchange
                if self._cancelled.is_set():
                    await self._drop_exchange()
                    continue
                failure = exchange.start()
                if failure is not None:
                    self._feed(failure)
            elif kind == _WAIT:
                await self._wait(arg)
            elif kind == _SLEEP:
                await self._bounded(asyncio.ensure_future(asyncio.sleep(arg / 1000.0)), None)
            elif kind == _EVENT:
                views = events(Record(arg))
                if views:
                    return Outcome(views)
            elif kind == _BYTES:
                sink = self._sink
                assert sink is not None
                if sink.blocking:  # a file: written on the executor
                    await loop.run_in_executor(None, sink.write, arg)
                else:
                    sink.write(arg)
            elif kind == _SIGN:
                signature, why = await loop.run_in_executor(None, self._signature, arg)
                self._feed_signature(signature, why)
            elif kind == _TOOLS:
                await self._drop_exchange()  # the round's stream ended at its `done`
                results: "asyncio.Queue[Optional[ToolResult]]" = asyncio.Queue()
                self._tool_results = results
                self._start_tools(arg, _threadsafe_put(loop, results))
            elif kind == _DONE:
                await self._drop_exchange()
                return arg  # type: ignore[no-any-return]
            else:
                await self._drop_exchange()
                if self._sink is not None:
                    self._sink.abort()
                raise arg

    async def _bounded(self, task: "asyncio.Future[Any]", timeout: Optional[float]) -> Any:
        """The task's result; _STOPPED when `timeout` (seconds) passed first, or cancel()
        cancelled it. The task is cancelled when it did not finish (or the awaiting task was)."""
        self._io = task
        if self._cancelled.is_set():
            task.cancel()
        try:
            done, _ = await asyncio.wait((task,), timeout=timeout)
        except BaseException:
            task.cancel()
            await _settle(task)
            raise
        finally:
            self._io = None
        if not done:
            task.cancel()
            await _settle(task)
            return _STOPPED
        if task.cancelled():
            return _STOPPED
        return task.result()

    async def _wait(self, wake_at: int) -> None:
        timeout = None if wake_at < 0 else max(wake_at - now_ms(), 0) / 1000.0 + _DEADLINE_SLACK_S
        results = self._tool_results
        if results is not None:
            got = await self._bounded(asyncio.ensure_future(results.get()), timeout)
            if got is _STOPPED:
                return  # the core sees its deadline passed, or the call was cancelled
            items: List[Optional[ToolResult]] = [got]
            while not results.empty():
                items.append(results.get_nowait())
            self._feed_tools(items)
            return
        exchange = self._exchange
        if exchange is None or exchange.finished:
            if wake_at < 0:
                raise InternalError("the core is waiting with no request in flight")
            await self._bounded(asyncio.ensure_future(asyncio.sleep(timeout or 0)), None)
            return
        if exchange.stalled:
            # The last step passed the core's deadline, yet the core waits on: the response
            # cannot be resumed, so report the timeout.
            await self._drop_exchange()
            self._feed(Failure("timeout", "no data before the deadline"))
            return
        step = await self._step(exchange, timeout)
        if self._cancelled.is_set():
            return  # the next action is FAIL(cancelled); what was read no longer matters
        if step is _STOPPED:
            exchange.stalled = True
            return
        self._feed(step)

    async def _step(self, exchange: Any, timeout: Optional[float]) -> Any:
        """One step of the exchange, bounded by `timeout` from its start or from the last
        progress of the request body (as each socket operation is for the blocking driver:
        a long upload is not cut short)."""
        task = asyncio.ensure_future(exchange.step())
        self._io = task
        started = now_ms()
        wait = timeout
        while True:
            if self._cancelled.is_set():
                task.cancel()
            try:
                done, _ = await asyncio.wait((task,), timeout=wait)
            except BaseException:
                self._io = None
                task.cancel()
                await _settle(task)
                raise
            if done or timeout is None:
                break
            progress = self._sent_at
            if progress <= started:
                break
            started = progress
            wait = max(progress / 1000.0 + timeout - now_ms() / 1000.0, 0.0)
        self._io = None
        if not task.done():
            task.cancel()
            await _settle(task)
            return _STOPPED
        if task.cancelled():
            return _STOPPED
        return task.result()

    def _start_calls(self, calls: List[Dict[str, Any]], put: Callable[[Optional[ToolResult]], Any]) -> None:
        """``async def`` tools are awaited on this loop, each as a task (cancelled when the
        round or the call ends); the others run on threads as with Coze."""
        threaded = []
        for c in calls:
            registered = self._tools.get(str(c.get("name", "")))
            if registered is not None and is_async(registered.function):
                task = asyncio.ensure_future(_await_tool(registered, str(c.get("id", "")), c.get("arguments"), put))
                self._tool_tasks.append(task)
            else:
                threaded.append(c)
        super()._start_calls(threaded, put)

    def _stop_tools(self) -> None:
        tasks, self._tool_tasks = self._tool_tasks, []
        for task in tasks:
            task.cancel()

    async def _drop_exchange(self) -> None:
        exchange, self._exchange = self._exchange, None
        if exchange is not None:
            try:
                await exchange.aclose()
            except Exception:
                pass


async def _await_tool(registered: Any, call_id: str, arguments: Any, put: Callable[[Optional[ToolResult]], Any]) -> None:
    ok, text = await run_tool_async(registered.function, arguments)
    put((call_id, ok, text))


def _threadsafe_put(loop: asyncio.AbstractEventLoop, results: "asyncio.Queue[Optional[ToolResult]]") -> Any:
    """A put into the loop's queue, for the tools' worker threads (and the loop itself)."""

    def put(item: Optional[ToolResult]) -> None:
        try:
            loop.call_soon_threadsafe(results.put_nowait, item)
        except RuntimeError:  # the loop is closed: nobody waits for it any more
            pass

    return put


# -- what the async resources return ---------------------------------------------------


class AsyncEventStream(StreamBase):
    """The events of one streaming call of an AsyncCoze, as they arrive.

        async with coze.chat.stream(...) as events:
            async for event in events:
                ...

    ``async for`` over it gives the events; leaving the loop early (``break``, an
    exception) ends the stream, and leaving ``async with`` (or ``await aclose()``)
    at once: the call is cancelled and its response closed. ``aclose()`` may come
    from another task, ``cancel()`` from another thread. Cancelling the task that
    iterates does the same and raises asyncio.CancelledError. Each event is a lazy
    typed view (cozecore.events), as with EventStream.
    """

    def __init__(self, driver: AsyncCallDriver) -> None:
        super().__init__(driver)

    def __aiter__(self) -> AsyncIterator[StreamEvent]:
        return self._iterate()

    async def _iterate(self) -> AsyncIterator[StreamEvent]:
        try:
            while True:
                try:
                    event = await self.__anext__()
                except StopAsyncIteration:
                    return
                yield event
        finally:
            if not self._done and not self._closed:
                await self.aclose()  # the loop was left early

    async def __anext__(self) -> StreamEvent:
        event, driver = self._pending()
        if event is not None:
            return event
        if driver is None:
            raise StopAsyncIteration
        try:
            outcome = await driver.run(stream=True)
        except BaseException as exc:
            if self._stopped(exc):
                raise StopAsyncIteration from None
            raise
        event = self._first(outcome)
        if event is None:
            raise StopAsyncIteration
        return event

    async def aclose(self) -> None:
        """Stops the stream: cancels the call and closes its response. Idempotent."""
        driver = self._closing()
        if driver is not None:
            await driver.aclose()

    def cancel(self) -> None:
        """Cancels the call from any thread: a task iterating the stream stops (no more events)."""
        self._closed = True
        driver = self._driver
        if driver is not None and not self._done:
            driver.cancel()

    async def __aenter__(self) -> "AsyncEventStream":
        return self

    async def __aexit__(self, *exc_info: Any) -> None:
        await self.aclose()


class AsyncPager(Generic[T]):
    """Every page of a list operation of an AsyncCoze (the core's ``<op>.pages`` flow), read lazily.

    ``async for item in pager`` gives the items, page after page; ``async for page in
    pager.pages()`` the pages (Page). Leaving the loop early, ``async with`` or
    ``await aclose()`` stops it: no further page is asked for. See Pager.
    """

    def __init__(self, driver: AsyncCallDriver, items: str, has_more: Optional[str], total: Optional[str]) -> None:
        self._events = AsyncEventStream(driver)
        self._fields = (items, has_more, total)

    def __aiter__(self) -> AsyncIterator[T]:
        return self._items()

    async def _items(self) -> AsyncIterator[T]:
        try:
            while True:
                page = await self._next_page()
                if page is None:
                    return
                for item in page.items:
                    yield item
        finally:
            if not self.closed:
                await self.aclose()

    async def pages(self) -> AsyncIterator[Page[T]]:
        """The pages not handed out yet, each a Page."""
        try:
            while True:
                page = await self._next_page()
                if page is None:
                    return
                yield page
        finally:
            if not self.closed:
                await self.aclose()

    async def _next_page(self) -> Optional[Page[T]]:
        while True:
            try:
                event = await self._events.__anext__()
            except StopAsyncIteration:
                return None
            if event.type == "page":
                result = event.data
                items, has_more, total = (_field(result, name) for name in self._fields)
                return Page(result, items or [], has_more, total, event.sse_id)

    @property
    def logid(self) -> str:
        """The last answer's log id, once the pages are done ("" before)."""
        return self._events.logid

    async def aclose(self) -> None:
        """Stops paging: cancels the call (no further page is asked for). Idempotent."""
        await self._events.aclose()

    @property
    def closed(self) -> bool:
        return self._events.closed

    async def __aenter__(self) -> "AsyncPager[T]":
        return self

    async def __aexit__(self, *exc_info: Any) -> None:
        await self.aclose()


class AsyncChatPoll:
    """A running chat.create_and_poll of an AsyncCoze (``coze.chat.start_create_and_poll``).

        async with coze.chat.start_create_and_poll(bot_id=..., user_id="u1", additional_messages=...) as poll:
            done = await poll.result()

    ``await poll.result()`` waits for the chat to finish and lists its messages
    (a ChatPollResult); cancel() (from any thread), ``await aclose()`` or leaving
    the ``async with`` block stops the polling (the chat goes on on the server),
    and a waiting result() then raises CancelledError. Cancelling the awaiting task
    does the same and raises asyncio.CancelledError.
    """

    def __init__(self, driver: AsyncCallDriver) -> None:
        self._driver: Optional[AsyncCallDriver] = driver
        self._chat: Optional[Chat] = None
        self._result: Optional[ChatPollResult] = None
        self._error: Optional[BaseException] = None

    async def result(self) -> ChatPollResult:
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
                outcome = await driver.run()
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
            if not isinstance(exc, asyncio.CancelledError):
                self._error = exc
            self._driver = None
            raise

    def cancel(self) -> None:
        """Stops polling; safe from any thread. A waiting result() raises CancelledError."""
        driver = self._driver
        if driver is not None:
            driver.cancel()

    async def aclose(self) -> None:
        """Cancels the call unless it is done; idempotent."""
        driver, self._driver = self._driver, None
        if driver is not None and not driver.finished:
            await driver.aclose()

    async def __aenter__(self) -> "AsyncChatPoll":
        return self

    async def __aexit__(self, *exc_info: Any) -> None:
        await self.aclose()

    def __del__(self) -> None:
        try:
            driver = self._driver
            if driver is not None and not driver.finished:
                driver.cancel()
        except Exception:
            pass

    def __repr__(self) -> str:
        state = "done" if self._result is not None else "failed" if self._error is not None else "running"
        return f"<AsyncChatPoll {state}>"


async def run_to_result(driver: AsyncCallDriver) -> Any:
    """Runs a non-streaming call to its result (AsyncCoze's plain operations)."""
    outcome = await driver.run()
    while outcome.events is not None:  # a non-streaming op has none; never drop the result if it does
        outcome = await driver.run()
    return outcome.result
