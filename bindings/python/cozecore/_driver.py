"""The host loop over the core's sans-IO executor.

The core decides everything (retries, timeouts, decoding, errors); this loop
only moves bytes and time between a core ``Call`` and the HTTP client (an
exchange of cozecore._transport over http.client, or of cozecore._httpx over
httpx; cozecore._http picks it). CallBase holds what every driver does with the
core; CallDriver (here) blocks its thread, cozecore._aio.AsyncCallDriver awaits:

  step(now) -> SEND  start an Exchange (connect) for request(); an upload's body
                     streams each of request().sources from what the caller gave
                     (reopened / rewound on every attempt; on_source_error() when
                     that is impossible or a read fails)
               WAIT  one blocking step of the exchange, at most until wake_at_ms(),
                     fed back at once (head, chunk, end or transport error)
               SLEEP wait delay_ms(), woken early by cancel()
               EVENT take_events(): every event decoded so far, as one record
                     (one boundary crossing per batch), handed out as lazy views
               SIGN  sign sign_input() with the client's RS256 signer (JWT service
                     apps) and feed on_signature(), or on_sign_error() with why not
               BYTES take_bytes(): the next bytes of a binary answer, written to
                     the call's Sink (memory, a path, a writer or a callback)
               TOOLS tool_calls(): the local tools to run (chat.run_tools). The
                     response in flight is dropped; every call's function starts
                     at once on a thread of its own (a ThreadPoolExecutor per
                     round), and each result comes back through a queue that the
                     WAITs that follow read until wake_at_ms(): the outputs are
                     fed (on_tool_output / on_tool_error) on this thread only
               DONE  result_record() (binary operations: a BinaryResponse over the
                     Sink, content_type()); FAIL: error(), raised

Every core call runs under a lock so that cancel() may come from another
thread while this one is blocked in a read. When the client has hooks, the
events the core recorded are taken after each next() and handed to them
(outside the lock) before the action is carried out.
"""

from __future__ import annotations

import contextvars
import json
import queue
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Callable, Dict, List, Mapping, Optional, Tuple

from ._bridge import core, header_vector
from ._files import Body, Sink, SourceError, sources_of
from ._options import NO_OPTIONS, CallOptions
from ._record import BinaryResponse, Record, StreamEvent, events
from ._transport import CallbackError, Chunk, End, Failure, Head, Idle, SourceFailure
from .errors import CancelledError, InternalError, InvalidArgumentError, from_core
from .hooks import HookEvent, Hooks
from ._signing import SignError
from .tools import Tool

# Socket timeouts overshoot the core's deadline slightly so that, when they
# fire, the core sees the deadline passed.
_DEADLINE_SLACK_S = 0.002

_SEND = core.ActionKind_Send
_WAIT = core.ActionKind_Wait
_SLEEP = core.ActionKind_Sleep
_EVENT = core.ActionKind_Event
_DONE = core.ActionKind_Done
_FAIL = core.ActionKind_Fail
_SIGN = core.ActionKind_Sign
_BYTES = core.ActionKind_Bytes
_TOOLS = core.ActionKind_Tools

# A tool's result on its way from a worker thread to the loop: (call id, ok, output or error message).
ToolResult = Tuple[str, bool, str]
# What a SEND action asks for: (body framing, splices, body size, method, url, headers, connect timeout ms).
SendRequest = Tuple[bytes, Any, int, str, str, List[Tuple[str, str]], int]


def _jsonable(value: Any) -> Any:
    """json.dumps' fallback: typed views go back as the objects they were read from."""
    wire = getattr(value, "_wire", None)
    if wire is None:
        raise TypeError(f"{type(value).__name__} is not JSON serializable")
    return wire()


def _run_one(registered: Tool, call_id: str, arguments: Any, put: Callable[[ToolResult], Any]) -> None:
    """A worker thread's part: the function, its result converted, handed to `put`."""
    ok, text = registered._invoke(arguments)
    put((call_id, ok, text))


def now_ms() -> int:
    return time.monotonic_ns() // 1_000_000


class Outcome:
    """What a run of the loop ended on: a batch of events, or the call's result.

    events: the batch's event views (None when the call is done)
    result: the result (a view, a plain value, None, or a BinaryResponse)
    logid: the answer's log id, when the call is done
    """

    __slots__ = ("events", "result", "logid")

    def __init__(self, events: Optional[List[StreamEvent]] = None, result: Any = None, logid: str = "") -> None:
        self.events = events
        self.result = result
        self.logid = logid


class CallBase:
    """One core Call and what every driver does with it, whatever its I/O: the
    core's steps under a lock (cancel() may come from another thread), the
    hooks, the outcome of DONE, the request of SEND, the tools of TOOLS and the
    signature of SIGN. CallDriver (blocking) and cozecore._aio.AsyncCallDriver
    (asyncio) carry out the actions."""

    def __init__(
        self,
        client: Any,
        op: str,
        params: Any,
        options: CallOptions = NO_OPTIONS,
        hooks: Optional[Hooks] = None,
        response: str = "json",
        signer: Any = None,
        tools: Optional[Mapping[str, Tool]] = None,
        transport: Any = None,
    ) -> None:
        """options: the call's options (cozecore._options.CallOptions: the core's, the extra
        headers, upload_progress called as progress(sent, total) while a request body goes out
        (total -1: unknown), output: where a binary answer goes (cozecore._files.Sink), None:
        memory); response: how the operation answers ("json", "sse" or "binary");
        signer: what signs a JWT when the core asks (an RS256Signer), or None;
        tools: the local tools of chat.run_tools by name (cozecore.tools.Tool);
        transport: what makes each exchange (cozecore._http; default: http.client)."""
        keys, headers = options.core()
        progress, output = options.upload_progress, options.output
        if progress is not None and not callable(progress):
            raise InvalidArgumentError("upload_progress must be callable")
        self._sink = Sink(output) if response == "binary" else None
        if output is not None and self._sink is None:
            raise InvalidArgumentError("output is only for operations that answer with bytes (audio)")
        self._sources = sources_of(params)
        self._progress = progress
        self._content_type = ""
        try:
            params_json = json.dumps(params, ensure_ascii=False, allow_nan=False, default=_jsonable)
        except (TypeError, ValueError) as exc:
            raise InvalidArgumentError(f"parameters are not JSON: {exc}") from None
        call_options = core.CallOptions()
        if keys:
            problem = call_options.apply_json(json.dumps(keys, ensure_ascii=False, allow_nan=False))
            if problem:
                raise InvalidArgumentError(problem)
        call_options.wall_ms = int(time.time() * 1000)  # for ids and HTTP-date Retry-After
        if headers:
            call_options.headers = header_vector(headers)
        if transport is None:
            from ._http import StdlibTransport

            transport = StdlibTransport()
        self._transport = transport
        self._client = client  # the core Client must outlive the Call
        self._call = core.Call(client, op, params_json, call_options)
        self._hooks = hooks
        self._response = response
        self._signer = signer
        self._lock = threading.Lock()  # every use of the core Call
        self._cancelled = threading.Event()
        self._tools: Mapping[str, Tool] = tools or {}
        # The current round's results (TOOLS until the core moves on), None otherwise;
        # a None put in it wakes the loop (cancel()).
        self._tool_results: Any = None
        self.finished = False

    def _body_sent(self, sent: int, total: int) -> None:
        """The body's progress: to the core (the first-byte timeout runs from
        the last progress, so a long upload is not cut short), then to the
        caller's progress callback."""
        with self._lock:
            self._call.on_body_sent(sent)
        if self._progress is not None:
            self._progress(sent, total)

    def _take_hooks(self) -> List[HookEvent]:
        # Called under self._lock, right after step().
        if self._hooks is None:
            return []
        return [HookEvent._from_core(h) for h in self._call.take_hooks()]

    def _dispatch(self, hooks: List[HookEvent]) -> None:
        if hooks:
            self._hooks._dispatch(hooks)  # type: ignore[union-attr]

    def _advance(self) -> Tuple[int, Any]:
        """One step of the core: the action's kind and what carrying it out needs, read
        under the lock; the hooks the core recorded are dispatched (outside it) first.
        DONE gives the Outcome, FAIL the error (not raised), SEND a SendRequest."""
        call = self._call
        arg: Any = None
        with self._lock:
            kind = call.step(now_ms())
            hooks = self._take_hooks()
            if kind == _SEND:
                request = call.request()
                arg = (
                    request.body.encode("utf-8", "surrogateescape"),
                    request.sources,
                    int(request.body_size),
                    request.method,
                    request.url,
                    [(h.name, h.value) for h in request.headers],
                    int(request.connect_timeout_ms),
                )
                del request
            elif kind == _BYTES:
                arg = call.take_bytes()
                if not self._content_type:
                    self._content_type = call.content_type()
            elif kind == _WAIT:
                arg = int(call.wake_at_ms())
            elif kind == _SLEEP:
                arg = int(call.delay_ms())
            elif kind == _EVENT:
                arg = call.take_events(False)
            elif kind == _DONE:
                arg = self._done_outcome()
                self.finished = True
            elif kind == _FAIL:
                arg = from_core(call.error())
                self.finished = True
            elif kind == _SIGN:
                arg = call.sign_input()
            elif kind == _TOOLS:
                arg = call.tool_calls()
            else:
                raise InternalError(f"unknown action kind {kind}")
        self._dispatch(hooks)
        if kind != _WAIT:
            self._tool_results = None  # the round's outputs are in, or the call moved on
        return kind, arg

    def _exchange_for(self, send: SendRequest) -> Any:
        """The exchange of a SEND (not started); None when an upload's source cannot be
        opened (the core was told: its next step decides)."""
        framing, splices, body_size, method, url, headers, connect_ms = send
        body: Any = framing
        if splices:
            try:  # every attempt reads each source from its start
                body = Body(framing, splices, self._sources, body_size)
            except SourceError as exc:
                with self._lock:
                    self._call.on_source_error(exc.source_id, exc.message)
                return None
        return self._transport.exchange(method, url, headers, body, connect_ms, self._body_sent)

    def _done_outcome(self) -> Outcome:
        # Called under self._lock, right after step() returned DONE.
        call = self._call
        logid = call.logid()
        if self._response == "binary":
            sink = self._sink
            assert sink is not None
            content_type = self._content_type or call.content_type()
            return Outcome(result=BinaryResponse(sink.finish(), content_type, logid, sink.size), logid=logid)
        if self._response == "sse":
            return Outcome(logid=logid)
        return Outcome(result=Record(call.result_record(False), logid).root(), logid=logid)

    def _start_tools(self, tool_calls: str, put: Callable[[Optional[ToolResult]], Any]) -> None:
        """Starts every call's function, each on a thread of its own; each result goes to `put`
        (the round's queue: a late result of an earlier round lands in that round's queue)."""
        if self._cancelled.is_set():
            put(None)  # the next step ends the call: start nothing
            return
        try:
            calls = json.loads(tool_calls)
        except ValueError:
            raise InternalError("the core's tool calls are not JSON") from None
        self._start_calls(calls, put)

    def _start_calls(self, calls: List[Dict[str, Any]], put: Callable[[Optional[ToolResult]], Any]) -> None:
        """Starts each tool call's function on a thread of its own (see _start_tools)."""
        if not calls:
            return
        pool = ThreadPoolExecutor(max_workers=len(calls), thread_name_prefix="cozecore-tool")
        try:
            for c in calls:
                call_id, name = str(c.get("id", "")), str(c.get("name", ""))
                registered = self._tools.get(name)
                if registered is None:  # only when the tools went to the core by hand (coze.stream)
                    put((call_id, False, f"no function is registered for tool '{name}'"))
                    continue
                context = contextvars.copy_context()  # the caller's context variables (tracing, ...)
                try:
                    pool.submit(context.run, _run_one, registered, call_id, c.get("arguments"), put)
                except RuntimeError as exc:  # the interpreter is shutting down
                    put((call_id, False, f"the tool could not start: {exc}"))
        finally:
            pool.shutdown(wait=False)  # the threads end with their function; nothing waits for them here

    def _feed_tools(self, got: List[Optional[ToolResult]]) -> None:
        """Feeds the tool results that came in (None items: wake-ups) to the core."""
        with self._lock:
            if self._cancelled.is_set() or self.finished:
                return  # never feed a call that has ended
            for item in got:
                if item is None:
                    continue
                call_id, ok, text = item
                if ok:
                    self._call.on_tool_output(call_id, text)
                else:
                    self._call.on_tool_error(call_id, text)

    def _signature(self, sign_input: str) -> Tuple[bytes, str]:
        """The RS256 signature of a SIGN, or why there is none."""
        if self._signer is None:
            return b"", "the client has no private key (give JWTAuth a private_key)"
        try:
            return self._signer.sign(sign_input.encode("ascii")), ""
        except SignError as exc:  # RS256Signer.sign raises nothing else, and never a library's text
            return b"", str(exc)

    def _feed_signature(self, signature: bytes, why: str) -> None:
        with self._lock:
            if why:
                self._call.on_sign_error(why)
            else:
                self._call.on_signature(signature)

    def _feed(self, step: Any) -> None:
        with self._lock:
            call = self._call
            if isinstance(step, Head):
                call.on_response(step.status, header_vector(step.headers))
            elif isinstance(step, Chunk):
                call.on_body(step.data)
            elif isinstance(step, End):
                call.on_end()
            elif isinstance(step, Failure):
                call.on_transport_error(step.kind, step.message)
            elif isinstance(step, SourceFailure):
                call.on_source_error(step.source_id, step.message)

    def _handed_out(self, outcome: Outcome, stream: bool) -> Outcome:
        """What a run of the loop hands back. A stream's batch of events read while the stream
        was closed from another thread (cancel()) is not handed out: the call ends here (its
        FAIL(cancelled), so that the hooks hear of it and the core call is freed) and
        CancelledError is raised, which ends the closed stream quietly."""
        if stream and outcome.events is not None and self._cancelled.is_set():
            self._finish_cancelled()
            raise CancelledError("the call was cancelled")
        return outcome

    def _finish_cancelled(self) -> None:
        """Ends a cancelled call here: the core's last step (its FAIL) so that the hooks hear of it."""
        with self._lock:
            if self.finished:
                return
            self._call.cancel()
            self._call.step(now_ms())
            self.finished = bool(self._call.finished())
            hooks = self._take_hooks()
        self._dispatch(hooks)


class CallDriver(CallBase):
    """Drives one core Call to completion over real HTTP, blocking the thread that runs it."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._running = threading.Lock()  # held while a thread runs the loop
        self._exchange: Any = None

    def cancel(self) -> None:
        """Cancels the call and aborts its request; safe from any thread."""
        self._cancelled.set()
        with self._lock:
            if not self.finished:
                self._call.cancel()
        exchange = self._exchange
        if exchange is not None:
            exchange.abort()
        results = self._tool_results
        if results is not None:
            results.put(None)  # wakes a loop waiting for tools

    def close(self) -> None:
        """Cancels the call and, unless another thread is running it, ends it here
        (so that the hooks hear of it); safe from any thread, idempotent."""
        self.cancel()
        if not self._running.acquire(blocking=False):
            return  # the running thread gets the FAIL(cancelled) and reports it
        try:
            if self.finished:
                return
            self._finish_cancelled()
            self._drop_exchange()
        finally:
            self._running.release()

    def run(self, stream: bool = False) -> Outcome:
        """Runs the loop until the next batch of events, DONE or FAIL (raised as CozeError).
        stream: the events go to a stream (see _handed_out)."""
        with self._running:
            if self.finished:
                if self._cancelled.is_set():  # close() from another thread ended it
                    raise CancelledError("the call was cancelled")
                raise InternalError("the call has already finished")
            try:
                return self._handed_out(self._run(), stream)
            except BaseException as exc:
                # Failure, or an interrupt from outside (KeyboardInterrupt): drop the request.
                self._drop_exchange()
                if not self.finished:
                    with self._lock:
                        self._call.cancel()
                    self.finished = True
                if self._sink is not None:
                    self._sink.abort()
                if isinstance(exc, CallbackError):
                    raise exc.error from None  # the progress callback's own exception
                raise

    def _run(self) -> Outcome:
        while True:
            kind, arg = self._advance()
            if kind == _SEND:
                self._drop_exchange()
                exchange = self._exchange_for(arg)
                if exchange is None:
                    continue
                self._exchange = exchange
                if self._cancelled.is_set():
                    exchange.abort()
                    continue
                failure = exchange.start()
                if failure is not None:
                    self._feed(failure)
            elif kind == _WAIT:
                self._wait(arg)
            elif kind == _SLEEP:
                self._cancelled.wait(arg / 1000.0)
            elif kind == _EVENT:
                views = events(Record(arg))
                if views:
                    return Outcome(views)
            elif kind == _BYTES:
                self._sink.write(arg)  # type: ignore[union-attr]
            elif kind == _SIGN:
                # Outside the lock: an RSA signature takes a while, and cancel() must not wait for it.
                self._feed_signature(*self._signature(arg))
            elif kind == _TOOLS:
                self._drop_exchange()  # the round's stream ended at its `done`
                results: "queue.Queue[Optional[ToolResult]]" = queue.Queue()
                self._tool_results = results
                self._start_tools(arg, results.put)
            elif kind == _DONE:
                self._drop_exchange()
                return arg
            else:
                self._drop_exchange()
                if self._sink is not None:
                    self._sink.abort()
                raise arg

    def _wait(self, wake_at: int) -> None:
        results = self._tool_results
        if results is not None:
            self._wait_tools(results, wake_at)
            return
        exchange = self._exchange
        if exchange is None or exchange.finished:
            if wake_at < 0:
                raise InternalError("the core is waiting with no request in flight")
            self._cancelled.wait(max(wake_at - now_ms(), 0) / 1000.0 + _DEADLINE_SLACK_S)
            return
        if exchange.stalled:
            # The last step timed out at the core's deadline, yet the core waits on:
            # the response cannot be resumed, so report the timeout.
            exchange.abort()
            self._feed(Failure("timeout", "no data before the deadline"))
            return
        timeout = None
        if wake_at >= 0:
            timeout = max(wake_at - now_ms(), 0) / 1000.0 + _DEADLINE_SLACK_S
        step = exchange.step(timeout)
        if self._cancelled.is_set():
            return  # the next action is FAIL(cancelled); what was read no longer matters
        if not isinstance(step, Idle):
            self._feed(step)

    def _wait_tools(self, results: "queue.Queue[Optional[ToolResult]]", wake_at: int) -> None:
        """Waits for the next tool result (or the core's wake_at_ms, or cancel()) and feeds
        it, with any others already in, on this thread."""
        timeout = max(wake_at - now_ms(), 0) / 1000.0 + _DEADLINE_SLACK_S if wake_at >= 0 else None
        try:
            got = [results.get(timeout=timeout)]
        except queue.Empty:
            return  # the core sees its deadline passed
        while True:
            try:
                got.append(results.get_nowait())
            except queue.Empty:
                break
        self._feed_tools(got)

    def _drop_exchange(self) -> None:
        exchange, self._exchange = self._exchange, None
        if exchange is not None:
            exchange.abort()


def run_to_result(driver: CallDriver) -> Any:
    """Runs a non-streaming call to its result (Coze's plain operations)."""
    outcome = driver.run()
    while outcome.events is not None:  # a non-streaming op has none; never drop the result if it does
        outcome = driver.run()
    return outcome.result
