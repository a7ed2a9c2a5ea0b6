"""The error hierarchy: one ``CozeError`` with a subclass per error kind.

Kinds and their meaning are shared by every cozecore target (DESIGN.md).
"""

from __future__ import annotations

from typing import Any, Dict, Iterable, List, NamedTuple, Optional, Type

from ._bridge import core, header_vector

__all__ = [
    "Attempt",
    "CozeError",
    "BadRequestError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "ConflictError",
    "UnprocessableEntityError",
    "RateLimitError",
    "ServerError",
    "GatewayError",
    "APITimeoutError",
    "APIConnectionError",
    "CancelledError",
    "DecodeError",
    "StreamError",
    "APIError",
    "InvalidArgumentError",
    "InternalError",
    "CircuitOpenError",
    "ToolError",
    "answer_error",
    "error_class_for_kind",
]


class Attempt(NamedTuple):
    """One HTTP attempt of a failed call, as ``CozeError.history`` lists them.

    number: 1 for the first attempt, 2 for the first retry, ...
    outcome: the HTTP status as text ("503"), or the transport failure
        ("connect", "timeout", "reset", "tls"), or "cancelled"
    kind: the error kind this attempt ended with
    duration_ms: from sending the request to its failure
    delay_ms: the back-off slept after it before the next attempt (0: none)
    idempotency_key: the key sent with it, "" when none
    request_id: its X-Client-Request-Id
    """

    number: int
    outcome: str
    kind: str
    duration_ms: int
    delay_ms: int
    idempotency_key: str
    request_id: str


class CozeError(Exception):
    """A failed call. Every field of the core's error is kept.

    kind: one of the error kinds ("bad_request", "authentication", ..., "internal")
    http_status: HTTP status of the answer, 0 when none was received
    code: Coze business code, 0 when none
    message: the server's own text, or a short one ("HTTP 502 bad gateway");
        never contains the token
    hint: what to do about it ("" when the core has nothing to add), e.g. the
        region (api.coze.com vs api.coze.cn) for an invalid token
    error_code: an OAuth answer's string code ("authorization_pending"), "" when none
    logid: the answer's log id (X-Tt-Logid), "" when unknown
    request_id: the X-Client-Request-Id of the last attempt, "" when none was sent
    retryable: whether trying again could help
    attempts: attempts made
    retry_after_ms: the server's requested delay, or None
    body: the answer's body as kept by the core (bounded), "" when none
    history: one Attempt per HTTP attempt sent, in order (empty when none was)
    severity: how bad it is, from the core's one table (the same in every language):
        "critical" (authentication, permission_denied, internal, HTTP 501, or a
        service failure: server, gateway, timeout, connection, rate_limited, once
        its retries ran out), "info" (cancelled, not_found, circuit_open) or
        "warning" (everything else); "" for an error not made by the core

    ``str(error)`` is the message, then the hint in parentheses when there is one
    (the core's ``error_text``, the same in every language).
    """

    kind = "internal"

    def __init__(
        self,
        message: str = "",
        *,
        kind: Optional[str] = None,
        http_status: int = 0,
        code: int = 0,
        logid: str = "",
        retryable: bool = False,
        attempts: int = 0,
        retry_after_ms: Optional[int] = None,
        body: str = "",
        history: Iterable[Attempt] = (),
        hint: str = "",
        error_code: str = "",
        request_id: str = "",
        severity: str = "",
    ) -> None:
        super().__init__(message)
        self.kind = kind if kind is not None else type(self).kind
        self.message = message
        self.http_status = http_status
        self.code = code
        self.logid = logid
        self.retryable = retryable
        self.attempts = attempts
        self.retry_after_ms = retry_after_ms
        self.body = body
        self.history: List[Attempt] = [Attempt(*a) for a in history]
        self.hint = hint
        self.error_code = error_code
        self.request_id = request_id
        # An error made in Python gets its row of the core's table (no retries ran out).
        self.severity = severity or core.error_severity(self.kind, http_status, False)

    def __str__(self) -> str:
        err = core.Error()  # the core's error_text: one string form in every language
        err.kind, err.message, err.hint = (_utf8(text) for text in (self.kind, self.message, self.hint))
        return core.error_text(err)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(kind={self.kind!r}, message={self.message!r}, "
            f"http_status={self.http_status}, code={self.code}, logid={self.logid!r}, "
            f"retryable={self.retryable}, attempts={self.attempts}, "
            f"retry_after_ms={self.retry_after_ms}, hint={self.hint!r}, "
            f"error_code={self.error_code!r}, request_id={self.request_id!r}, severity={self.severity!r})"
        )

    def __reduce__(self):
        fields = {
            "kind": self.kind,
            "http_status": self.http_status,
            "code": self.code,
            "logid": self.logid,
            "retryable": self.retryable,
            "attempts": self.attempts,
            "retry_after_ms": self.retry_after_ms,
            "body": self.body,
            "history": [tuple(a) for a in self.history],
            "hint": self.hint,
            "error_code": self.error_code,
            "request_id": self.request_id,
            "severity": self.severity,
        }
        return (_rebuild_error, (type(self), self.message, fields))


def _utf8(text: Any) -> str:
    """`text` as a str that crosses into the core (lone surrogates, e.g. of undecodable bytes,
    become U+FFFD there: str() of an error never fails)."""
    text = str(text or "")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return "".join("\ufffd" if "\ud800" <= c <= "\udfff" else c for c in text)
    return text


def _rebuild_error(cls, message, fields):
    return cls(message, **fields)


class BadRequestError(CozeError):
    kind = "bad_request"


class AuthenticationError(CozeError):
    kind = "authentication"


class PermissionDeniedError(CozeError):
    kind = "permission_denied"


class NotFoundError(CozeError):
    kind = "not_found"


class ConflictError(CozeError):
    kind = "conflict"


class UnprocessableEntityError(CozeError):
    kind = "unprocessable"


class RateLimitError(CozeError):
    kind = "rate_limited"


class ServerError(CozeError):
    kind = "server"


class GatewayError(CozeError):
    kind = "gateway"


class APITimeoutError(CozeError):
    kind = "timeout"


class APIConnectionError(CozeError):
    kind = "connection"


class CancelledError(CozeError):
    kind = "cancelled"


class DecodeError(CozeError):
    kind = "decode"


class StreamError(CozeError):
    kind = "stream"


class APIError(CozeError):
    """A non-zero Coze business code that no other kind covers."""

    kind = "api"


class InvalidArgumentError(CozeError, ValueError):
    """The call was rejected before anything was sent."""

    kind = "invalid_argument"


class InternalError(CozeError):
    kind = "internal"


class CircuitOpenError(CozeError):
    """The client's circuit breaker refused the attempt without sending it (see
    ``Coze(breaker=...)``): the service failed too often lately. ``retry_after_ms``
    is the time left until the breaker lets a probe through; ``retryable`` is True,
    ``http_status`` 0, ``severity`` "info"."""

    kind = "circuit_open"


class ToolError(CozeError):
    """A run of local tools (``coze.chat.run_tools``) stopped: the bot asked for tools
    more than ``max_rounds`` times, or, with ``tool_errors="fail"``, a call named an
    unknown tool, had invalid arguments, or its function raised or did not finish
    within ``tool_timeout``. The core cancelled the chat first (chat.cancel); the
    message says which tool and why. ``retryable`` is False, ``severity`` "warning"."""

    kind = "tool"


_BY_KIND: Dict[str, Type[CozeError]] = {
    cls.kind: cls
    for cls in (
        BadRequestError,
        AuthenticationError,
        PermissionDeniedError,
        NotFoundError,
        ConflictError,
        UnprocessableEntityError,
        RateLimitError,
        ServerError,
        GatewayError,
        APITimeoutError,
        APIConnectionError,
        CancelledError,
        DecodeError,
        StreamError,
        APIError,
        InvalidArgumentError,
        InternalError,
        CircuitOpenError,
        ToolError,
    )
}


def error_class_for_kind(kind: str) -> Type[CozeError]:
    """The exception class for an error kind (CozeError for an unknown kind)."""
    return _BY_KIND.get(kind, CozeError)


def from_core(err) -> CozeError:
    """Builds the exception for a core ``coze::Error`` (a bridge object)."""
    kind = err.kind or "internal"
    retry_after = int(err.retry_after_ms)
    return error_class_for_kind(kind)(
        err.message,
        kind=kind,
        http_status=int(err.http_status),
        code=int(err.code),
        logid=err.logid,
        retryable=bool(err.retryable),
        attempts=int(err.attempts),
        retry_after_ms=retry_after if retry_after >= 0 else None,
        body=err.body,
        history=[_attempt_from_core(a) for a in err.history],
        hint=err.hint,
        error_code=err.error_code,
        request_id=err.request_id,
        severity=err.severity,
    )


def _attempt_from_core(a: Any) -> Attempt:
    return Attempt(
        int(a.number),
        a.outcome,
        a.kind,
        int(a.duration_ms),
        int(a.delay_ms),
        a.idempotency_key,
        a.request_id,
    )


def answer_error(
    method: str,
    stream: bool,
    status: int,
    headers: Any = (),
    body: str = "",
    wall_ms: int = -1,
) -> Optional[CozeError]:
    """The error a call fails with when the server gives this one answer.

    The answer (HTTP status, headers as a mapping or (name, value) pairs, body
    text) runs through the core's real executor with no retry, as if a
    ``method`` request (a stream request when ``stream``) had received it.
    Returns the exception the call would raise, or None when the call would
    succeed. ``wall_ms`` (unix ms) lets an HTTP-date Retry-After count.
    """
    err = core.answer_error(str(method), bool(stream), int(status), header_vector(headers), str(body), int(wall_ms))
    return from_core(err) if err.kind else None
