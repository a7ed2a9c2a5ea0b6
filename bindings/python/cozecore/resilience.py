"""Client-wide resilience settings: the retry budget and the client-side rate limiter.

    coze = Coze(token="pat_...", rate_limit=RateLimit(per_second=5, burst=2),
                retry_budget=RetryBudget(capacity=100))

The core enforces both for every call of the client (DESIGN.md "Resilience rules").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict

__all__ = ["RetryBudget", "RateLimit"]


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
