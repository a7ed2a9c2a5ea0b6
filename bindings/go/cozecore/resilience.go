package cozecore

// RetryBudget is a token bucket over the whole client that stops retry
// storms: each retry spends RetryCost tokens (TimeoutRetryCost after a
// timeout), each successful call gives back SuccessRefund, and retries stop
// while fewer tokens than the cost are left. The bucket starts full.
// Every field is used as given: start from DefaultRetryBudget.
type RetryBudget struct {
	Capacity         float64
	RetryCost        float64
	TimeoutRetryCost float64
	SuccessRefund    float64
}

// DefaultRetryBudget is the budget a client has unless told otherwise.
func DefaultRetryBudget() RetryBudget {
	return RetryBudget{Capacity: 500, RetryCost: 5, TimeoutRetryCost: 10, SuccessRefund: 1}
}

// WithRetryBudget sets the client's retry budget. Negative values make
// every call fail with ErrInvalidArgument.
func WithRetryBudget(b RetryBudget) Option {
	return clientOption(func(s *settings) {
		s.config["retry_budget"] = map[string]any{
			"capacity":           b.Capacity,
			"retry_cost":         b.RetryCost,
			"timeout_retry_cost": b.TimeoutRetryCost,
			"success_refund":     b.SuccessRefund,
		}
	})
}

// WithRateLimit lets the client send at most perSecond attempts a second,
// in bursts of up to burst (at least 1). A call over the limit waits for
// its turn (cancellable through its context). perSecond <= 0 turns the
// limiter off (the default).
func WithRateLimit(perSecond float64, burst int) Option {
	return clientOption(func(s *settings) {
		if perSecond <= 0 {
			s.config["rate_limit"] = nil
			return
		}
		s.config["rate_limit"] = map[string]any{"per_second": perSecond, "burst": burst}
	})
}
