"""One HTTP exchange over the standard library's http.client.

The driver starts an :class:`Exchange` for each SEND action and then asks it,
one step at a time, for the next thing that happened: the response head, a
body chunk as it arrived, the end, or a transport failure. Nothing here
interprets the answer; the core does. What every HTTP client's exchange shares
is here too: the request as it is sent (prepare(), a Request), ExchangeBase,
the steps (Head, Chunk, End, Failure, ...) and report() for upload progress
(cozecore._httpx uses them).

Security: redirects are never followed. http.client has no redirect logic at
all, so a 3xx answer reaches the core as it came (its head and body), and the
core fails the call (kind "api", not retried) naming the Location: the token
never goes to a host the caller did not name. Do not put a redirect-following
layer (urllib's HTTPRedirectHandler, say) in here. TLS verifies the
certificate chain and the host name (ssl.create_default_context()); nothing
turns that off.
"""

from __future__ import annotations

import http.client
import socket
import ssl
import urllib.parse
from typing import Any, Callable, List, Optional, Tuple, Union

from ._files import Body, SourceError

# How much one body step reads at most; read1 returns whatever is there.
CHUNK_SIZE = 64 * 1024

_BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})

_tls_context: Optional[ssl.SSLContext] = None


def _default_tls_context() -> ssl.SSLContext:
    # Loading the CA store is costly: one context serves every exchange. It
    # verifies certificates and host names (CERT_REQUIRED, check_hostname), always.
    global _tls_context
    if _tls_context is None:
        _tls_context = ssl.create_default_context()
    return _tls_context


class Head:
    __slots__ = ("status", "headers")

    def __init__(self, status: int, headers: List[Tuple[str, str]]) -> None:
        self.status = status
        self.headers = headers


class Chunk:
    __slots__ = ("data",)

    def __init__(self, data: bytes) -> None:
        self.data = data


class End:
    __slots__ = ()


class Failure:
    """A transport failure; kind is connect, timeout, reset or tls."""

    __slots__ = ("kind", "message")

    def __init__(self, kind: str, message: str) -> None:
        self.kind = kind
        self.message = message


class SourceFailure:
    """An upload's source could not be read while sending (the request is dropped)."""

    __slots__ = ("source_id", "message")

    def __init__(self, source_id: str, message: str) -> None:
        self.source_id = source_id
        self.message = message


class CallbackError(Exception):
    """The caller's progress callback raised: re-raised to the caller as it was."""

    def __init__(self, error: BaseException) -> None:
        super().__init__(str(error))
        self.error = error


class Idle:
    """No data came before the step's timeout; the connection is unusable now."""

    __slots__ = ()


Step = Union[Head, Chunk, End, Failure, SourceFailure, Idle]


def report(progress: Optional[Callable[[int, int], Any]], sent: int, total: int) -> None:
    """Tells the caller's progress callback (if any) how much of the body went out; what it
    raises comes back as CallbackError (the drivers raise the callback's own exception)."""
    if progress is None:
        return
    try:
        progress(sent, total)
    except Exception as exc:
        raise CallbackError(exc) from exc


class Request:
    """The core's request as every HTTP client sends it (prepare() builds it).

    host, port, target: the URL's (target: its path and query); headers: the
    core's, then Content-Length for an upload of known size; upload: the Body
    of an upload (its sources spliced into the core's framing), chunked when its
    size is unknown, else None; content: the bytes to send otherwise (None: no
    body, as for a GET without one); connect_timeout: seconds, None: no limit.
    """

    __slots__ = (
        "method",
        "url",
        "scheme",
        "host",
        "port",
        "target",
        "headers",
        "upload",
        "chunked",
        "content",
        "connect_timeout",
    )

    def __init__(
        self,
        method: str,
        url: str,
        parts: urllib.parse.SplitResult,
        port: Optional[int],
        headers: List[Tuple[str, str]],
        body: Union[bytes, Body],
        connect_timeout_ms: int,
    ) -> None:
        self.method = method
        self.url = url
        self.scheme = parts.scheme
        self.host: str = parts.hostname or ""
        self.port = port
        self.target = (parts.path or "/") + ("?" + parts.query if parts.query else "")
        self.connect_timeout = connect_timeout_ms / 1000.0 if connect_timeout_ms >= 0 else None
        self.upload: Optional[Body] = None
        self.chunked = False
        self.content: Optional[bytes] = None
        if isinstance(body, Body):
            self.upload = body
            self.chunked = body.size < 0
            if not self.chunked:
                headers = headers + [("Content-Length", str(body.size))]
        elif body or method in _BODY_METHODS:
            self.content = bytes(body)
        self.headers = headers


def prepare(
    method: str, url: str, headers: List[Tuple[str, str]], body: Union[bytes, Body], connect_timeout_ms: int
) -> Union[Request, Failure]:
    """The Request for the core's SEND; a Failure when its URL cannot be sent to."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return Failure("connect", f"unsupported URL scheme {parts.scheme!r}")
    try:
        port = parts.port
    except ValueError:
        return Failure("connect", "invalid port in URL")
    return Request(method, url, parts, port, headers, body, connect_timeout_ms)


def _header_text(value: str) -> str:
    # http.client decodes header bytes as latin-1; the core wants UTF-8 text.
    try:
        return value.encode("latin-1").decode("utf-8")
    except UnicodeError:
        return value.encode("latin-1", "replace").decode("utf-8", "replace")


def _failure(exc: BaseException, phase: str) -> Failure:
    """Maps an exception raised while `phase` (connect, send, head, body) to a Failure."""
    detail = str(exc) or type(exc).__name__
    if isinstance(exc, (socket.timeout, TimeoutError)):
        return Failure("timeout", f"{phase} timed out")
    if isinstance(exc, ssl.SSLError):
        return Failure("tls", f"TLS error during {phase}: {detail}")
    if phase == "connect":
        return Failure("connect", f"cannot connect: {detail}")
    if isinstance(exc, http.client.IncompleteRead):
        return Failure("reset", f"connection closed during {phase}: incomplete read")
    if isinstance(exc, http.client.RemoteDisconnected):
        return Failure("reset", "connection closed before the response head")
    if isinstance(exc, http.client.HTTPException):
        return Failure("reset", f"malformed HTTP response during {phase}: {type(exc).__name__}")
    return Failure("reset", f"connection failed during {phase}: {detail}")


class ExchangeBase:
    """What every exchange is given and reports, whatever its HTTP client: the
    core's request (as prepare() builds it for each client) and its progress
    callback, and finished / stalled. Each client's exchange does its own I/O.

    body: the bytes to send, or a Body (an upload: the core's framing with each
    source streamed in, Content-Length when its size is known, else chunked).
    progress: called as progress(sent, total) after each piece of the body went
    out (total -1 when unknown); what it raises ends the call as it is.
    """

    def __init__(
        self,
        method: str,
        url: str,
        headers: List[Tuple[str, str]],
        body: Union[bytes, Body],
        connect_timeout_ms: int,
        progress: Optional[Callable[[int, int], Any]] = None,
    ) -> None:
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.connect_timeout_ms = connect_timeout_ms
        self.progress = progress
        self.finished = False  # End or Failure was returned
        self.stalled = False  # a step timed out: the stream position is lost

    def _prepare(self) -> Union[Request, Failure]:
        return prepare(self.method, self.url, self.headers, self.body, self.connect_timeout_ms)


class Exchange(ExchangeBase):
    """One request and its streamed response over http.client (see ExchangeBase)."""

    def __init__(self, *request: Any) -> None:
        super().__init__(*request)
        self._conn: Optional[http.client.HTTPConnection] = None
        self._sock: Optional[socket.socket] = None
        self._resp: Optional[http.client.HTTPResponse] = None
        self._request: Optional[Request] = None  # prepare()'s, once started
        self._sent = False

    # -- steps ---------------------------------------------------------------

    def start(self) -> Optional[Failure]:
        """Connects. Returns a Failure (and finishes) when that is impossible."""
        request = self._prepare()
        if isinstance(request, Failure):
            self._finish(request)
            return request
        self._request = request
        if request.scheme == "https":
            conn: http.client.HTTPConnection = http.client.HTTPSConnection(
                request.host, request.port, timeout=request.connect_timeout, context=_default_tls_context()
            )
        else:
            conn = http.client.HTTPConnection(request.host, request.port, timeout=request.connect_timeout)
        self._conn = conn
        try:
            conn.connect()
        except Exception as exc:  # every failure is reported as a transport error
            failure = _failure(exc, "connect")
            self._finish(failure)
            return failure
        self._sock = conn.sock
        return None

    def step(self, timeout_s: Optional[float]) -> Step:
        """Blocks at most `timeout_s` (None: no limit) for the next thing to feed."""
        if self.finished:
            # Aborted from another thread after the driver looked (or stepped past its end,
            # which the core ignores): nothing more comes from this request.
            return Failure("aborted", "the request was aborted")
        if self._sock is not None:
            try:
                self._sock.settimeout(timeout_s)
            except OSError as exc:
                return self._finish(_failure(exc, "send" if not self._sent else "body"))
        if not self._sent:
            failure = self._send()
            if failure is not None:
                if isinstance(failure, SourceFailure):
                    self.finished = True
                    self.abort()
                    return failure
                return self._finish(failure)
        phase = "head" if self._resp is None else "body"
        try:
            if self._resp is None:
                assert self._conn is not None
                self._resp = self._conn.getresponse()
                return Head(
                    self._resp.status,
                    [(name, _header_text(value)) for name, value in self._resp.getheaders()],
                )
            data = self._resp.read1(CHUNK_SIZE)
        except (socket.timeout, TimeoutError):
            self.stalled = True
            return Idle()
        except Exception as exc:  # every other failure becomes a transport error
            return self._finish(_failure(exc, phase))
        if data:
            return Chunk(data)
        if self._resp.length:  # Content-Length announced more than arrived
            return self._finish(Failure("reset", "connection closed before the body was complete"))
        self.close()
        return self._finish(End())

    def _send(self) -> Optional[Union[Failure, SourceFailure]]:
        conn, request = self._conn, self._request
        assert conn is not None and request is not None
        names = {name.lower() for name, _ in self.headers}
        try:
            conn.putrequest(request.method, request.target, skip_host="host" in names, skip_accept_encoding=True)
            for name, value in request.headers:
                conn.putheader(name, value.encode("utf-8"))
            if request.upload is not None:
                if request.chunked:
                    conn.putheader("Transfer-Encoding", "chunked")
                conn.endheaders()
                self._send_body(request.upload, request.chunked)
            else:
                content = request.content
                if content is not None and "content-length" not in names and "transfer-encoding" not in names:
                    conn.putheader("Content-Length", str(len(content)))
                conn.endheaders(content or None)
                if content:
                    report(self.progress, len(content), len(content))
        except SourceError as exc:
            return SourceFailure(exc.source_id, exc.message)
        except CallbackError:
            raise
        except (socket.timeout, TimeoutError):
            return Failure("timeout", "sending the request timed out")
        except ValueError as exc:  # a header http.client refuses (CR/LF, bad name)
            return Failure("connect", f"request not sendable: {exc}")
        except Exception as exc:
            return _failure(exc, "send")
        self._sent = True
        return None

    def _send_body(self, body: Body, chunked: bool) -> None:
        """Streams an upload's body: one piece (at most a read's worth) at a time."""
        conn = self._conn
        assert conn is not None
        sent = 0
        try:
            for piece in body.pieces():
                if chunked:
                    conn.send(b"%x\r\n" % len(piece))
                    conn.send(piece)
                    conn.send(b"\r\n")
                else:
                    conn.send(piece)
                sent += len(piece)
                report(self.progress, sent, body.size)
            if chunked:
                conn.send(b"0\r\n\r\n")
        finally:
            body.close()

    def _finish(self, step: Step) -> Step:
        self.finished = True
        if isinstance(step, Failure):
            self.abort()
        return step

    # -- teardown --------------------------------------------------------------

    def close(self) -> None:
        """Releases the connection after a complete response."""
        if self._resp is not None:
            self._resp.close()
        if self._conn is not None:
            self._conn.close()

    def abort(self) -> None:
        """Drops the request at once; safe from another thread, and repeatable."""
        self.finished = True
        if isinstance(self.body, Body):
            self.body.close()  # the upload's files, if still open
        sock = self._sock
        if sock is not None:
            try:
                sock.shutdown(socket.SHUT_RDWR)  # wakes a reader blocked in another thread
            except OSError:
                pass
        try:
            self.close()
        except Exception:
            pass
        if sock is not None:
            try:
                sock.close()
            except OSError:
                pass
