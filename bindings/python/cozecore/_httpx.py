"""Exchanges over httpx: a blocking one for Coze, an asyncio one for AsyncCoze.

Imported only when httpx is installed (cozecore._http picks the client). Both
have the shape of cozecore._transport.Exchange: the driver starts one per SEND
and asks it, one step at a time, for the response head, a body chunk as it
arrived, the end, or a transport failure; nothing here interprets the answer.

The request is exactly the core's, built as for http.client
(cozecore._transport.prepare, in _Exchange, which both share): method, URL,
headers (no default headers of httpx: no Accept-Encoding, no User-Agent of
its own) and body, the body streamed piece by piece with Content-Length when
the size is known (chunked otherwise). Redirects are never followed
(``follow_redirects=False`` on every send), environment proxies and
certificate files are not read (``trust_env=False``), and TLS verifies the
certificate chain and the host name with the same context as the http.client
driver (``ssl.create_default_context()``, the system's CA store).

Blocking (Coze): the core's deadline for each step is the timeout of each
socket operation in it, as with http.client. httpcore takes its read timeout
once per response, so the connections come from a network backend of our own
whose streams ask the exchange stepping on this thread for its timeout, and
tell it their socket so that abort() (from any thread) can shut it down and
wake a blocked read. Connections are pooled (keep-alive) per client.

asyncio (AsyncCoze): steps are coroutines; the async driver bounds each by the
core's deadline and cancels it when that passes (or the call is cancelled),
so nothing here blocks the event loop: an upload's pieces are read from their
files on the loop's default executor.
"""

from __future__ import annotations

import asyncio
import socket
import ssl
import threading
from typing import Any, AsyncIterator, Callable, Iterator, List, Optional, Tuple, Union

import httpcore
import httpx

from ._files import Body, SourceError
from ._transport import (
    CallbackError,
    Chunk,
    End,
    ExchangeBase,
    Failure,
    Head,
    Idle,
    Request,
    SourceFailure,
    Step,
    _default_tls_context,
    report,
)

__all__ = ["HttpxTransport", "AsyncHttpxTransport", "HttpxExchange", "AsyncExchange"]

# Keep-alive connections kept per client; there is no limit on the number open at once
# (as with http.client, one per call in flight).
_LIMITS = httpx.Limits(max_connections=None, max_keepalive_connections=20, keepalive_expiry=30.0)


def _header_text(value: bytes) -> str:
    """Header bytes as the core wants them: UTF-8 text (invalid bytes replaced)."""
    return value.decode("utf-8", "replace")


def _request(prepared: Request, content: Any) -> Union[httpx.Request, Failure]:
    """The httpx request for the core's (as cozecore._transport.prepare built it), its body
    `content`; a Failure when httpx cannot send it."""
    try:
        raw = [(name.encode("latin-1"), value.encode("utf-8")) for name, value in prepared.headers]
        return httpx.Request(
            prepared.method,
            prepared.url,
            headers=raw,
            content=content,
            # Reads and writes are bounded by the driver (per step); the pool never waits (no limit).
            extensions={"timeout": {"connect": prepared.connect_timeout, "read": None, "write": None, "pool": None}},
        )
    except (ValueError, httpx.InvalidURL, UnicodeError) as exc:
        return Failure("connect", f"request not sendable: {exc}")


def _failure(exc: BaseException, phase: str) -> Failure:
    """Maps an httpcore/httpx exception raised while `phase` (send, head, body) to a Failure."""
    detail = str(exc) or type(exc).__name__
    cause = exc.__cause__ or exc.__context__
    if isinstance(exc, (httpcore.ConnectTimeout, httpx.ConnectTimeout)):
        return Failure("timeout", "connect timed out")
    if isinstance(exc, (httpcore.TimeoutException, httpx.TimeoutException, socket.timeout, TimeoutError)):
        return Failure("timeout", f"{phase} timed out")
    if isinstance(exc, ssl.SSLError) or isinstance(cause, ssl.SSLError):
        return Failure("tls", f"TLS error during {phase}: {cause if isinstance(cause, ssl.SSLError) else detail}")
    if isinstance(exc, (httpcore.ConnectError, httpx.ConnectError)):
        return Failure("connect", f"cannot connect: {detail}")
    if isinstance(exc, (httpcore.LocalProtocolError, httpx.LocalProtocolError)):
        return Failure("connect", f"request not sendable: {detail}")
    if isinstance(exc, (httpcore.RemoteProtocolError, httpx.RemoteProtocolError)):
        if phase == "body":
            return Failure("reset", "connection closed before the body was complete")
        return Failure("reset", f"connection closed during {phase}: {detail}")
    return Failure("reset", f"connection failed during {phase}: {detail}")


def _head(response: httpx.Response) -> Head:
    return Head(response.status_code, [(_header_text(n), _header_text(v)) for n, v in response.headers.raw])


class _Exchange(ExchangeBase):
    """What both exchanges share: the request (built as http.client's is, by
    cozecore._transport.prepare; only the upload's pieces differ: ``_pieces``),
    the upload's progress, and what a failed send gives. Each subclass does its
    own I/O. client: the httpx client; request: ExchangeBase's arguments."""

    def __init__(self, client: Any, *request: Any) -> None:
        super().__init__(*request)
        self._client = client
        self._request: Optional[httpx.Request] = None
        self._response: Optional[httpx.Response] = None
        self._source_failure: Optional[SourceFailure] = None

    def _build(self) -> Optional[Failure]:
        """Builds the httpx request (the first step sends it); a Failure when it cannot be sent."""
        prepared = self._prepare()
        if isinstance(prepared, Failure):
            return prepared
        upload = prepared.upload
        request = _request(prepared, prepared.content if upload is None else self._pieces(upload))
        if isinstance(request, Failure):
            return request
        self._request = request
        return None

    def _pieces(self, body: Body) -> Any:
        """The upload's body for httpx: an iterator of its pieces (sync or async)."""
        raise NotImplementedError

    def _source_failed(self, exc: SourceError) -> None:
        self._source_failure = SourceFailure(exc.source_id, exc.message)

    def _send_failure(self, exc: Exception) -> Union[Failure, SourceFailure]:
        """What a send that raised `exc` gives (the exchange is finished: the caller releases it):
        an upload source's failure when that was the cause, else the transport's."""
        self.finished = True
        return self._source_failure or _failure(exc, "send")


# -- blocking ---------------------------------------------------------------------------

_stepping = threading.local()  # .exchange: the HttpxExchange stepping on this thread, if any


class _Stream(httpcore.NetworkStream):
    """A connection's stream: each read and write takes the current step's timeout and
    registers its socket with the exchange (for abort())."""

    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def _timeout(self, given: Optional[float]) -> Optional[float]:
        exchange: Optional[HttpxExchange] = getattr(_stepping, "exchange", None)
        if exchange is None:
            return given
        return exchange._attach(self._inner.get_extra_info("socket"))

    def read(self, max_bytes: int, timeout: Optional[float] = None) -> bytes:
        return self._inner.read(max_bytes, self._timeout(timeout))

    def write(self, buffer: bytes, timeout: Optional[float] = None) -> None:
        self._inner.write(buffer, self._timeout(timeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: Optional[str] = None, timeout: Optional[float] = None
    ) -> httpcore.NetworkStream:
        return _Stream(self._inner.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _Backend(httpcore.NetworkBackend):
    def __init__(self) -> None:
        self._inner = httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: Optional[float] = None,
        local_address: Optional[str] = None,
        socket_options: Any = None,
    ) -> httpcore.NetworkStream:
        return _Stream(self._inner.connect_tcp(host, port, timeout, local_address, socket_options))

    def connect_unix_socket(self, path: str, timeout: Optional[float] = None, socket_options: Any = None) -> Any:
        return _Stream(self._inner.connect_unix_socket(path, timeout, socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class _CoreStream(httpx.SyncByteStream):
    """A response body from the pool (httpcore's exceptions pass as they are: _failure maps them)."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def __iter__(self) -> Iterator[bytes]:
        yield from self._stream

    def close(self) -> None:
        close = getattr(self._stream, "close", None)
        if close is not None:
            close()


class _Transport(httpx.BaseTransport):
    """httpx's transport over an httpcore pool with the network backend above."""

    def __init__(self) -> None:
        self._pool = httpcore.ConnectionPool(
            ssl_context=_default_tls_context(),
            max_connections=_LIMITS.max_connections,
            max_keepalive_connections=_LIMITS.max_keepalive_connections,
            keepalive_expiry=_LIMITS.keepalive_expiry,
            network_backend=_Backend(),
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        core_request = httpcore.Request(
            method=request.method,
            url=httpcore.URL(scheme=url.raw_scheme, host=url.raw_host, port=url.port, target=url.raw_path),
            headers=request.headers.raw,
            content=request.stream,  # type: ignore[arg-type]
            extensions=request.extensions,
        )
        response = self._pool.handle_request(core_request)
        return httpx.Response(
            status_code=response.status,
            headers=response.headers,
            stream=_CoreStream(response.stream),
            extensions=response.extensions,
        )

    def close(self) -> None:
        self._pool.close()


class HttpxTransport:
    """The blocking driver's HTTP client: one httpx.Client per Coze client, made on first use."""

    name = "httpx"

    def __init__(self) -> None:
        self._client: Optional[httpx.Client] = None
        self._lock = threading.Lock()

    def _http(self) -> httpx.Client:
        client = self._client
        if client is None:
            with self._lock:
                if self._client is None:
                    self._client = httpx.Client(transport=_Transport(), trust_env=False, follow_redirects=False)
                client = self._client
        return client

    def exchange(
        self,
        method: str,
        url: str,
        headers: List[Tuple[str, str]],
        body: Union[bytes, Body],
        connect_timeout_ms: int,
        progress: Optional[Callable[[int, int], Any]] = None,
    ) -> "HttpxExchange":
        return HttpxExchange(self._http(), method, url, headers, body, connect_timeout_ms, progress)

    def close(self) -> None:
        with self._lock:
            client, self._client = self._client, None
        if client is not None:
            client.close()


class HttpxExchange(_Exchange):
    """One request and its streamed response over httpx.Client (the blocking driver).

    Same interface as cozecore._transport.Exchange: start(), step(timeout),
    abort() from any thread, finished, stalled.
    """

    def __init__(self, client: httpx.Client, *request: Any) -> None:
        super().__init__(client, *request)
        self._chunks: Optional[Iterator[bytes]] = None
        self._guard = threading.Lock()
        self._timeout: Optional[float] = None  # the running step's, for each socket operation
        self._socket: Optional[socket.socket] = None  # the connection's, while a step runs
        self._busy = False
        self._aborted = False

    def start(self) -> Optional[Failure]:
        """Prepares the request (httpx connects when the first step sends it)."""
        failure = self._build()
        if failure is not None:
            self._finish(failure)
        return failure

    def _pieces(self, body: Body) -> Iterator[bytes]:
        """The upload's body for httpx, the progress reported once each piece went out."""
        sent = 0
        try:
            for piece in body.pieces():
                yield bytes(piece)
                sent += len(piece)
                report(self.progress, sent, body.size)
        except SourceError as exc:
            self._source_failed(exc)
            raise
        finally:
            body.close()

    def _attach(self, sock: Optional[socket.socket]) -> Optional[float]:
        """A connection's stream is used by this step: its socket can be shut down, and it
        takes the step's timeout. Raises when the exchange was aborted."""
        with self._guard:
            if self._aborted:
                raise httpcore.ReadError("the request was aborted")
            if sock is not None:
                self._socket = sock
            return self._timeout

    def step(self, timeout_s: Optional[float]) -> Step:
        """Blocks at most `timeout_s` (None: no limit) per socket operation for the next thing to feed."""
        if self.finished:
            # Aborted from another thread after the driver looked (or stepped past its end,
            # which the core ignores): nothing more comes from this request.
            return Failure("aborted", "the request was aborted")
        with self._guard:
            if self._aborted:
                return self._finish(Failure("reset", "the request was aborted"))
            self._busy = True
            self._timeout = timeout_s
        previous = getattr(_stepping, "exchange", None)
        _stepping.exchange = self
        try:
            return self._step()
        finally:
            _stepping.exchange = previous
            with self._guard:
                self._busy = False
                self._socket = None
                aborted = self._aborted
            if aborted:
                self._release()

    def _step(self) -> Step:
        if self._response is None:
            assert self._request is not None
            try:
                response = self._client.send(self._request, stream=True, follow_redirects=False)
            except CallbackError:
                raise
            except (httpcore.ReadTimeout, httpx.ReadTimeout):
                self.stalled = True  # no head before the deadline; the response cannot be resumed
                return Idle()
            except Exception as exc:
                failure = self._send_failure(exc)
                self.abort()
                return failure
            self._response = response
            self._chunks = iter(response.iter_raw())
            return _head(response)
        assert self._chunks is not None
        try:
            data = next(self._chunks, b"")
        except (httpcore.ReadTimeout, httpx.ReadTimeout):
            self.stalled = True
            return Idle()
        except Exception as exc:
            return self._finish(_failure(exc, "body"))
        if data:
            return Chunk(data)
        self.close()
        return self._finish(End())

    def _finish(self, step: Step) -> Step:
        self.finished = True
        if isinstance(step, Failure):
            self.abort()
        return step

    def close(self) -> None:
        """Releases the connection after a complete response (back to the pool)."""
        self._release()

    def _release(self) -> None:
        response, self._response = self._response, None
        self._chunks = None
        if response is not None:
            try:
                response.close()  # an unfinished response closes its connection
            except Exception:
                pass

    def abort(self) -> None:
        """Drops the request at once; safe from another thread, and repeatable."""
        with self._guard:
            self._aborted = True
            self.finished = True
            busy = self._busy
            sock = self._socket
        if isinstance(self.body, Body):
            self.body.close()
        if busy:
            if sock is not None:
                try:
                    sock.shutdown(socket.SHUT_RDWR)  # wakes the stepping thread; it releases the response
                except OSError:
                    pass
            return
        self._release()


# -- asyncio ----------------------------------------------------------------------------


class AsyncHttpxTransport:
    """The async driver's HTTP client: one httpx.AsyncClient per AsyncCoze client, made on first use."""

    name = "httpx"

    def __init__(self) -> None:
        self._client: Optional[httpx.AsyncClient] = None

    def _http(self) -> httpx.AsyncClient:
        if self._client is None:
            self._client = httpx.AsyncClient(
                verify=_default_tls_context(), trust_env=False, follow_redirects=False, limits=_LIMITS, timeout=None
            )
        return self._client

    def exchange(
        self,
        method: str,
        url: str,
        headers: List[Tuple[str, str]],
        body: Union[bytes, Body],
        connect_timeout_ms: int,
        progress: Optional[Callable[[int, int], Any]] = None,
    ) -> "AsyncExchange":
        return AsyncExchange(self._http(), method, url, headers, body, connect_timeout_ms, progress)

    async def aclose(self) -> None:
        client, self._client = self._client, None
        if client is not None:
            await client.aclose()


def _next_piece(pieces: Iterator[memoryview]) -> Optional[bytes]:
    piece = next(pieces, None)
    return None if piece is None else bytes(piece)


class AsyncExchange(_Exchange):
    """One request and its streamed response over httpx.AsyncClient (the async driver).

    step() is a coroutine giving the next thing to feed; the driver bounds it by
    the core's deadline and cancels it when that passes (the exchange is then
    ``stalled``: a response cannot be resumed) or when the call is cancelled.
    aclose() releases the response (its connection goes back to the pool only
    when the body was read to its end).
    """

    def __init__(self, client: httpx.AsyncClient, *request: Any) -> None:
        super().__init__(client, *request)
        self._chunks: Optional[AsyncIterator[bytes]] = None

    def start(self) -> Optional[Failure]:
        failure = self._build()
        if failure is not None:
            self.finished = True
        return failure

    async def _pieces(self, body: Body) -> AsyncIterator[bytes]:
        """The upload's body, each piece read on the default executor (a file read may block)."""
        loop = asyncio.get_running_loop()
        pieces = body.pieces()
        sent = 0
        try:
            while True:
                try:
                    piece = await loop.run_in_executor(None, _next_piece, pieces)
                except SourceError as exc:
                    self._source_failed(exc)
                    raise
                if piece is None:
                    return
                yield piece
                sent += len(piece)
                report(self.progress, sent, body.size)
        finally:
            body.close()

    async def step(self) -> Step:
        if self.finished:
            # Aborted from another thread after the driver looked (or stepped past its end,
            # which the core ignores): nothing more comes from this request.
            return Failure("aborted", "the request was aborted")
        if self._response is None:
            assert self._request is not None
            try:
                response = await self._client.send(self._request, stream=True, follow_redirects=False)
            except CallbackError:
                raise
            except Exception as exc:
                failure = self._send_failure(exc)
                await self.aclose()
                return failure
            self._response = response
            self._chunks = response.aiter_raw().__aiter__()
            return _head(response)
        assert self._chunks is not None
        try:
            data = await self._chunks.__anext__()
        except StopAsyncIteration:
            data = b""
        except Exception as exc:
            failure = _failure(exc, "body")
            await self.aclose()  # finishes the exchange
            return failure
        if data:
            return Chunk(data)
        self.finished = True
        await self.aclose()
        return End()

    async def aclose(self) -> None:
        """Releases the response; idempotent. An unfinished one closes its connection."""
        self.finished = True
        if isinstance(self.body, Body):
            self.body.close()
        response, self._response = self._response, None
        self._chunks = None
        if response is not None:
            try:
                await response.aclose()
            except Exception:
                pass
