"""The per-call options of every operation method, as one object.

The generated methods (cozecore._generated) and ``call``/``stream`` build a
CallOptions from their keyword arguments once; the client hands it to the
driver (cozecore._driver.CallBase), which turns it into the core's
CallOptions (its JSON keys and the extra headers). Nothing is checked when it
is made: the checks run when the call is made, in the order they always did.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Callable, Dict, List, Mapping, Optional, Tuple

from .errors import InvalidArgumentError

__all__ = ["CallOptions"]


def seconds_to_ms(name: str, value: Any) -> int:
    """A non-negative number of seconds as whole milliseconds (InvalidArgumentError otherwise)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) or value < 0:
        raise InvalidArgumentError(f"{name} must be a non-negative number of seconds")
    return int(round(value * 1000))


def text_map(name: str, value: Optional[Mapping[str, str]]) -> List[Tuple[str, str]]:
    """A mapping of str to str as pairs (InvalidArgumentError when it is not one)."""
    pairs: List[Tuple[str, str]] = []
    if value:
        if not isinstance(value, Mapping):
            raise InvalidArgumentError(f"{name} must be a mapping of str to str")
        for key, item in value.items():
            if not isinstance(key, str) or not isinstance(item, str):
                raise InvalidArgumentError(f"{name} must map str to str")
            pairs.append((key, item))
    return pairs


@dataclass(frozen=True)
class CallOptions:
    """What one call takes besides its parameters (see Coze.call): the core's call options
    (timeout in seconds, max_retries, idempotency_key, idempotency, traceparent, tracestate,
    extra_query, extra_body), the headers to add (extra_headers), and what the driver does
    with the bodies (upload_progress, output: where a binary answer goes)."""

    timeout: Optional[float] = None
    max_retries: Optional[int] = None
    idempotency_key: Optional[str] = None
    idempotency: Optional[bool] = None
    traceparent: Optional[str] = None
    tracestate: Optional[str] = None
    extra_headers: Optional[Mapping[str, str]] = None
    extra_query: Optional[Mapping[str, str]] = None
    extra_body: Optional[Mapping[str, Any]] = None
    upload_progress: Optional[Callable[[int, int], Any]] = None
    output: Any = None

    def core(self) -> Tuple[Dict[str, Any], List[Tuple[str, str]]]:
        """The core's CallOptions keys (for apply_json: timeout_ms, max_retries, ...) and the
        extra headers; InvalidArgumentError for an option this side can tell is wrong (the
        core checks the rest)."""
        keys: Dict[str, Any] = {}
        if self.timeout is not None:
            keys["timeout_ms"] = seconds_to_ms("timeout", self.timeout)
        for name, value in (
            ("max_retries", self.max_retries),
            ("idempotency_key", self.idempotency_key),
            ("idempotency", self.idempotency),
            ("traceparent", self.traceparent),
            ("tracestate", self.tracestate),
        ):
            if value is not None:
                keys[name] = value
        query = text_map("extra_query", self.extra_query)
        if query:
            keys["extra_query"] = dict(query)
        if self.extra_body:
            if not isinstance(self.extra_body, Mapping):
                raise InvalidArgumentError("extra_body must be a mapping")
            keys["extra_body"] = dict(self.extra_body)
        return keys, text_map("extra_headers", self.extra_headers)


NO_OPTIONS = CallOptions()
