"""Client-wide resilience settings: the retry budget, the client-side rate limiter,
how the client rates the service's health, and its circuit breaker.

    coze = Coze(token="pat_...", rate_limit=RateLimit(per_second=5, burst=2),
                retry_budget=RetryBudget(capacity=100),
                breaker=Breaker(threshold=0.5, min_attempts=10, open_ms=30000))

The core enforces all of them for every call of the client (DESIGN.md
"Resilience rules", README "Health"); ``coze.health()`` reports the state.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict

__all__ = ["RetryBudget", "RateLimit", "HealthSettings", "Breaker"]


@dataclass(frozen=True)
class RetryBudget:
    """A token bucket over the whole client that stops retry storms.

    Each retry spends retry_cost tokens (timeout_retry_cost after a timeout);
    each successful call gives back success_refund; retries stop while fewer
    tokens than the cost are left. The bucket starts full at capacity.
    """

    capacity: float = 500
    retry_cost: float = 5
    timeout_retry_cost: float = 10
    success_refund: float = 1

    def _settings(self) -> Dict[str, Any]:
        return {
            "capacity": self.capacity,
            "retry_cost": self.retry_cost,
            "timeout_retry_cost": self.timeout_retry_cost,
            "success_refund": self.success_refund,
        }


@dataclass(frozen=True)
class RateLimit:
    """At most per_second attempts a second over the client, in bursts of up to burst.

    A call over the limit waits (it never fails for it, unless its deadline
    would pass first).
    """

    per_second: float
    burst: int = 1

    def _settings(self) -> Dict[str, Any]:
        return {"per_second": self.per_second, "burst": self.burst}


@dataclass(frozen=True)
class HealthSettings:
    """How the client rates the service's health (always on; these are the core's defaults).

    The error rate is an exponentially weighted moving average over fixed slices of
    slice_ms milliseconds: each slice with attempts moves it by alpha (0 < alpha <= 1)
    towards that slice's rate. Only attempts that say something about the service
    count as failures (server, gateway, timeout, connection, rate_limited errors);
    a 4xx the caller caused or a cancelled attempt never does. A slice with at
    least spike_min_attempts attempts whose rate is above spike_factor times the
    average raises a ``health_changed`` hook event with reason "spike".
    """

    alpha: float = 0.3
    slice_ms: int = 1000
    spike_factor: float = 3
    spike_min_attempts: int = 5

    def _settings(self) -> Dict[str, Any]:
        return {
            "alpha": self.alpha,
            "slice_ms": self.slice_ms,
            "spike_factor": self.spike_factor,
            "spike_min_attempts": self.spike_min_attempts,
        }


@dataclass(frozen=True)
class Breaker:
    """A circuit breaker over the client's error rate (off unless the client is given one).

    It opens when the estimated error rate reaches threshold (0 < threshold <= 1) with
    at least min_attempts attempts in the running and the previous slice. While open,
    every attempt (a retry too) fails at once with CircuitOpenError, nothing sent,
    its retry_after_ms the time left. After open_ms milliseconds it lets
    half_open_probes attempts through: when they succeed it closes (and forgets the
    past rate), when one fails it opens again. Each change is a ``health_changed``
    hook event. ``Coze(breaker=True)`` is ``Coze(breaker=Breaker())``.
    """

    threshold: float = 0.5
    min_attempts: int = 10
    open_ms: int = 30000
    half_open_probes: int = 1

    def _settings(self) -> Dict[str, Any]:
        return {
            "threshold": self.threshold,
            "min_attempts": self.min_attempts,
            "open_ms": self.open_ms,
            "half_open_probes": self.half_open_probes,
        }
