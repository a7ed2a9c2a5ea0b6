package cozecore

import "time"

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

// HealthOptions tune how the client measures the service's health (see
// Client.Health): the error rate is an exponentially weighted moving average
// over time slices of Slice, each slice weighing Alpha (0 < Alpha <= 1);
// a slice with at least SpikeMinAttempts attempts failing at more than
// SpikeFactor times the average raises a HookHealthChanged event (reason
// HealthSpike). Every field is used as given: start from DefaultHealthOptions.
type HealthOptions struct {
	Alpha            float64
	Slice            time.Duration // rounded up to whole milliseconds
	SpikeFactor      float64
	SpikeMinAttempts int
}

// DefaultHealthOptions are the health settings a client has unless told
// otherwise: alpha 0.3, slices of 1 s, spikes at 3x the average with at
// least 5 attempts.
func DefaultHealthOptions() HealthOptions {
	return HealthOptions{Alpha: 0.3, Slice: time.Second, SpikeFactor: 3, SpikeMinAttempts: 5}
}

// WithHealth sets how the client measures its health. A value out of range
// (Alpha outside (0, 1], Slice under 1 ms, SpikeMinAttempts < 1) makes
// every call fail with ErrInvalidArgument.
func WithHealth(h HealthOptions) Option {
	return clientOption(func(s *settings) {
		s.config["health"] = map[string]any{
			"alpha":              h.Alpha,
			"slice_ms":           ceilMs(h.Slice),
			"spike_factor":       h.SpikeFactor,
			"spike_min_attempts": h.SpikeMinAttempts,
		}
	})
}

// Breaker is the client's circuit breaker, over the health's error rate. It
// opens when the estimated error rate reaches Threshold (0 < Threshold <= 1)
// with at least MinAttempts attempts in the running and the previous slice;
// while open, every attempt (a retry too) fails at once with ErrCircuitOpen,
// whose RetryAfterMs is the time left. After Open it lets HalfOpenProbes
// probes out: their success closes it, a failure opens it again. Every
// change is a HookHealthChanged event. Every field is used as given: start
// from DefaultBreaker.
type Breaker struct {
	Threshold      float64
	MinAttempts    int
	Open           time.Duration // how long it stays open; rounded up to whole milliseconds
	HalfOpenProbes int
}

// DefaultBreaker is the breaker WithBreaker(DefaultBreaker()) turns on:
// 50% errors over at least 10 attempts, open for 30 s, one probe.
func DefaultBreaker() Breaker {
	return Breaker{Threshold: 0.5, MinAttempts: 10, Open: 30 * time.Second, HalfOpenProbes: 1}
}

// WithBreaker turns the client's circuit breaker on (it is off by
// default). A value out of range (Threshold outside (0, 1], MinAttempts
// or HalfOpenProbes < 1, Open under 1 ms) makes every call fail with
// ErrInvalidArgument.
func WithBreaker(b Breaker) Option {
	return clientOption(func(s *settings) {
		s.config["breaker"] = map[string]any{
			"threshold":        b.Threshold,
			"min_attempts":     b.MinAttempts,
			"open_ms":          ceilMs(b.Open),
			"half_open_probes": b.HalfOpenProbes,
		}
	})
}

// WithoutBreaker turns the circuit breaker off (the default), e.g. after a
// WithBreaker among shared options.
func WithoutBreaker() Option {
	return clientOption(func(s *settings) { s.config["breaker"] = false })
}

// ceilMs is d in whole milliseconds, rounded up (a negative d stays
// negative, for the core to refuse).
func ceilMs(d time.Duration) int64 {
	if d <= 0 {
		return int64(d / time.Millisecond)
	}
	return int64((d + time.Millisecond - 1) / time.Millisecond)
}
