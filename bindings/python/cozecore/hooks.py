"""Per-client hooks: callbacks that observe each call's requests, answers and retries.

    def log_retry(event: HookEvent) -> None:
        print(f"retrying {event.op} in {event.delay_ms} ms after {event.error_kind}")

    coze = Coze(token="pat_...", hooks=Hooks(on_retry_scheduled=log_retry))

``on_tool_called`` and ``on_tool_finished`` hear of each local tool a
``coze.chat.run_tools`` runs: its name, the call's id and (finished) its
outcome and run time.

``on_health_changed`` hears of the client's health: a spike of failures, and
each change of the circuit breaker's state (``Coze(breaker=...)``).

``on_metric`` receives measurements under OpenTelemetry's names and units
(kind "metric": ``metric``, ``instrument``, ``unit``, ``value``,
``attributes``); see the package README, "Metrics". A client whose hooks have
only ``on_metric`` records nothing else: the other events are not even built.

The core records the events; the driver hands them to the hooks on the
thread that runs the call, synchronously, right after the core produced
them (``request_sent`` before the request goes out). A hook that raises is
logged on the ``cozecore`` logger and otherwise ignored: it never breaks the
call. Hooks should return quickly, since the call waits for them.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, List, Optional, Tuple

__all__ = ["HookEvent", "Hooks"]

_log = logging.getLogger("cozecore")

HookCallback = Callable[["HookEvent"], Any]

# The callbacks of the core's `hooks` switch; on_metric has its own (`metrics`).
_EVENT_CALLBACKS = (
    "on_request_sent",
    "on_response_head",
    "on_retry_scheduled",
    "on_call_finished",
    "on_tool_called",
    "on_tool_finished",
    "on_health_changed",
)
_CALLBACKS = _EVENT_CALLBACKS + ("on_metric",)


@dataclass(frozen=True)
class HookEvent:
    """What one hook receives.

    kind: "request_sent", "response_head", "retry_scheduled", "call_finished",
        "tool_called" / "tool_finished" (a local tool of chat.run_tools: before its
        function starts / once its outcome is known), or "health_changed" (the client's health: a spike of failures, or the circuit
        breaker changed state; op, method and path are those of the call whose
        attempt caused it) or "metric" (one measurement, for on_metric)
    op: the operation ("chat.stream", ...); method and path: the request's (path without query)
    attempt: 1, 2, ...; 0 on call_finished when no attempt was made
    status: the HTTP status when one was received, else 0
    duration_ms: response_head: since the request was sent; retry_scheduled: of the
        failed attempt; call_finished: of the whole call; tool_finished: the function's
        run time (0 when it did not run); None otherwise
    delay_ms: retry_scheduled: the sleep before the next attempt; None otherwise
    logid: X-Tt-Logid when received; request_id: the attempt's X-Client-Request-Id
    idempotency_key: "" when none; traceparent: the W3C traceparent sent, "" when none
    error_kind, message: retry_scheduled: why; call_finished: the failure ("" on success);
        health_changed: message says what changed; tool_finished: message, why the tool
        failed ("" when ok)
    headers: request_sent: the request headers; response_head: the response headers;
        (name, value) pairs in order, secrets (Authorization, Cookie, ...) redacted
    body: request_sent: the request body, only when the client has hook_bodies=True;
        tool_called / tool_finished: the call's arguments (JSON text, defaults filled),
        only with hook_bodies=True
    severity: retry_scheduled: "warning"; call_finished: the error's severity ("" on
        success); tool_finished: "warning" unless the outcome is "ok"; health_changed: "warning" (spike, half_open), "critical" (opened),
        "info" (closed); "" otherwise
    reason: health_changed: "spike", "opened", "half_open" or "closed"; "" otherwise
    state: health_changed: the breaker's state after it ("closed", "open",
        "half_open"); "" otherwise
    error_rate: health_changed: the moving error rate (0 to 1; a spike: the rate of
        the slice that spiked); None otherwise
    metric: metric: the OpenTelemetry instrument's name ("http.client.request.duration",
        "coze.client.retries", "coze.client.stream.events", "coze.client.circuit.state");
        "" otherwise
    instrument: metric: "histogram", "counter" or "gauge"; "" otherwise
    unit: metric: "s", "{retry}", "{event}" or "1"; "" otherwise
    value: metric: the duration in seconds (histogram), the count to add (counter)
        or the gauge's value; 0.0 otherwise
    attributes: metric: OpenTelemetry attribute names to values, in order
        (http.request.method, server.address, server.port,
        http.response.status_code, error.type, coze.operation; those that apply),
        all str; {} otherwise
    tool: tool_called / tool_finished: the tool's name; "" otherwise
    tool_call_id: tool_called / tool_finished: the id of the bot's call; "" otherwise
    outcome: tool_finished: "ok", "error" (the function raised), "timeout" (it did not
        finish within tool_timeout), "unknown_tool" or "invalid_arguments" (the core
        answered the call itself: the function never ran), or "cancelled" (the run
        stopped while it ran); "" otherwise
    """

    kind: str
    op: str
    method: str
    path: str
    attempt: int
    status: int
    duration_ms: Optional[int]
    delay_ms: Optional[int]
    logid: str
    request_id: str
    idempotency_key: str
    traceparent: str
    error_kind: str
    message: str
    headers: List[Tuple[str, str]]
    body: str
    severity: str = ""
    reason: str = ""
    state: str = ""
    error_rate: Optional[float] = None
    metric: str = ""
    instrument: str = ""
    unit: str = ""
    value: float = 0.0
    attributes: Dict[str, str] = field(default_factory=dict)
    tool: str = ""
    tool_call_id: str = ""
    outcome: str = ""

    def header(self, name: str) -> Optional[str]:
        """The first header of that name (case-insensitive), or None."""
        lowered = name.lower()
        for key, value in self.headers:
            if key.lower() == lowered:
                return value
        return None

    @classmethod
    def _from_core(cls, h: Any) -> "HookEvent":
        duration, delay, rate = int(h.duration_ms), int(h.delay_ms), float(h.error_rate)
        return cls(
            kind=h.kind,
            op=h.op,
            method=h.method,
            path=h.path,
            attempt=int(h.attempt),
            status=int(h.status),
            duration_ms=duration if duration >= 0 else None,
            delay_ms=delay if delay >= 0 else None,
            logid=h.logid,
            request_id=h.request_id,
            idempotency_key=h.idempotency_key,
            traceparent=h.traceparent,
            error_kind=h.error_kind,
            message=h.message,
            headers=[(x.name, x.value) for x in h.headers],
            body=h.body,
            severity=h.severity,
            reason=h.reason,
            state=h.state,
            error_rate=rate if rate >= 0 else None,
            metric=h.metric,
            instrument=h.instrument,
            unit=h.unit,
            value=float(h.value),
            attributes={x.name: x.value for x in h.attributes},
            tool=h.tool,
            tool_call_id=h.tool_call_id,
            outcome=h.outcome,
        )


@dataclass(frozen=True)
class Hooks:
    """The callbacks of one client; each is optional and takes a HookEvent."""

    on_request_sent: Optional[HookCallback] = None
    on_response_head: Optional[HookCallback] = None
    on_retry_scheduled: Optional[HookCallback] = None
    on_call_finished: Optional[HookCallback] = None
    on_health_changed: Optional[HookCallback] = None
    on_metric: Optional[HookCallback] = None
    on_tool_called: Optional[HookCallback] = None
    on_tool_finished: Optional[HookCallback] = None

    def __post_init__(self) -> None:
        for name in _CALLBACKS:
            value = getattr(self, name)
            if value is not None and not callable(value):
                raise TypeError(f"Hooks.{name} must be callable or None")

    def _has_any(self) -> bool:
        """Whether at least one callback is set."""
        return any(getattr(self, name) is not None for name in _CALLBACKS)

    def _wants_events(self) -> bool:
        """Whether a callback other than on_metric is set (the core's `hooks`)."""
        return any(getattr(self, name) is not None for name in _EVENT_CALLBACKS)

    def _wants_metrics(self) -> bool:
        """Whether on_metric is set (the core's `metrics`)."""
        return self.on_metric is not None

    def _dispatch(self, events: List[HookEvent]) -> None:
        for event in events:
            callback = getattr(self, "on_" + event.kind, None)
            if callback is None:
                continue
            try:
                callback(event)
            except Exception:  # a hook must never break the call
                _log.warning("cozecore: the on_%s hook raised; ignored", event.kind, exc_info=True)
