// Package otelmetrics feeds a cozecore client's measurements (its
// Hooks.OnMetric events) to the OpenTelemetry metrics API.
//
//	onMetric, err := otelmetrics.New(otel.Meter(otelmetrics.ScopeName))
//	if err != nil { ... }
//	client := cozecore.NewClient(cozecore.WithToken(token),
//		cozecore.WithHooks(cozecore.Hooks{OnMetric: onMetric}))
//
// New creates the four instruments the core measures, with the core's
// names, kinds and units:
//
//	http.client.request.duration  Float64Histogram  s        every attempt sent
//	coze.client.retries           Int64Counter      {retry}  every retry scheduled
//	coze.client.stream.events     Int64Counter      {event}  the events a stream handed out
//	coze.client.circuit.state     Int64Gauge        1        0 closed, 1 open, 2 half-open
//
// Each measurement carries the event's attributes (http.request.method,
// server.address, server.port, http.response.status_code, error.type,
// coze.operation: those that apply), the port and the status code as
// integers as OpenTelemetry's semantic conventions have them, the others as
// strings.
package otelmetrics

import (
	"context"
	"math"
	"strconv"

	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/metric"

	"github.com/cozecore/cozecore/bindings/go/cozecore"
)

// ScopeName is the instrumentation scope name to get a Meter under
// (MeterProvider.Meter(ScopeName)).
const ScopeName = "github.com/cozecore/cozecore/bindings/go/cozecore"

// DurationBuckets are the histogram's bucket boundaries in seconds, those
// OpenTelemetry's semantic conventions advise for http.client.request.duration.
var DurationBuckets = []float64{0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10}

// intAttributes are the attributes the semantic conventions type as int.
var intAttributes = map[string]bool{
	cozecore.AttrServerPort:     true,
	cozecore.AttrHTTPStatusCode: true,
}

type instruments struct {
	duration metric.Float64Histogram
	retries  metric.Int64Counter
	events   metric.Int64Counter
	circuit  metric.Int64Gauge
}

// New creates the instruments on meter and returns the callback for
// cozecore.Hooks.OnMetric. The callback ignores events that are not
// measurements and instruments it does not know (a newer core's).
func New(meter metric.Meter) (func(cozecore.HookEvent), error) {
	var in instruments
	var err error
	if in.duration, err = meter.Float64Histogram(cozecore.MetricRequestDuration,
		metric.WithUnit("s"),
		metric.WithDescription("Duration of HTTP client requests (each attempt of a Coze API call)."),
		metric.WithExplicitBucketBoundaries(DurationBuckets...)); err != nil {
		return nil, err
	}
	if in.retries, err = meter.Int64Counter(cozecore.MetricRetries,
		metric.WithUnit("{retry}"),
		metric.WithDescription("Retries of Coze API calls, by the error retried.")); err != nil {
		return nil, err
	}
	if in.events, err = meter.Int64Counter(cozecore.MetricStreamEvents,
		metric.WithUnit("{event}"),
		metric.WithDescription("Events handed out by Coze API streams.")); err != nil {
		return nil, err
	}
	if in.circuit, err = meter.Int64Gauge(cozecore.MetricCircuitState,
		metric.WithUnit("1"),
		metric.WithDescription("State of the client's circuit breaker: 0 closed, 1 open, 2 half-open.")); err != nil {
		return nil, err
	}
	return in.record, nil
}

// NewFromProvider is New with provider.Meter(ScopeName).
func NewFromProvider(provider metric.MeterProvider) (func(cozecore.HookEvent), error) {
	return New(provider.Meter(ScopeName))
}

func (in *instruments) record(e cozecore.HookEvent) {
	if e.Kind != cozecore.HookMetric {
		return
	}
	ctx := context.Background()
	switch e.Metric {
	case cozecore.MetricRequestDuration:
		in.duration.Record(ctx, e.Value, metric.WithAttributeSet(Attributes(e.Attributes)))
	case cozecore.MetricRetries:
		in.retries.Add(ctx, int64(math.Round(e.Value)), metric.WithAttributeSet(Attributes(e.Attributes)))
	case cozecore.MetricStreamEvents:
		in.events.Add(ctx, int64(math.Round(e.Value)), metric.WithAttributeSet(Attributes(e.Attributes)))
	case cozecore.MetricCircuitState:
		in.circuit.Record(ctx, int64(math.Round(e.Value)), metric.WithAttributeSet(Attributes(e.Attributes)))
	}
}

// Attributes maps a measurement's attributes to an OpenTelemetry attribute
// set: server.port and http.response.status_code as ints (kept as strings
// if they are not decimal), the others as strings.
func Attributes(attrs map[string]string) attribute.Set {
	kvs := make([]attribute.KeyValue, 0, len(attrs))
	for k, v := range attrs {
		if intAttributes[k] {
			if n, err := strconv.ParseInt(v, 10, 64); err == nil {
				kvs = append(kvs, attribute.Int64(k, n))
				continue
			}
		}
		kvs = append(kvs, attribute.String(k, v))
	}
	return attribute.NewSet(kvs...)
}
