package otelmetrics_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"go.opentelemetry.io/otel/attribute"
	sdkmetric "go.opentelemetry.io/otel/sdk/metric"
	"go.opentelemetry.io/otel/sdk/metric/metricdata"

	"github.com/cozecore/cozecore/bindings/go/cozecore"
	"github.com/cozecore/cozecore/bindings/go/otelmetrics"
)

// startFake starts tests/fake_coze/server.py on a free port for one test
// and returns its base URL and port.
func startFake(t *testing.T) (string, int) {
	t.Helper()
	root := os.Getenv("COZE_ROOT")
	if root == "" {
		wd, err := os.Getwd()
		if err != nil {
			t.Fatal(err)
		}
		for d := wd; ; d = filepath.Dir(d) {
			if _, err := os.Stat(filepath.Join(d, "tests", "fake_coze", "server.py")); err == nil {
				root = d
				break
			}
			if filepath.Dir(d) == d {
				t.Fatalf("tests/fake_coze/server.py not found above %s", wd)
			}
		}
	}
	cmd := exec.Command("python3", filepath.Join(root, "tests", "fake_coze", "server.py"), "--port", "0")
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_ = cmd.Process.Signal(syscall.SIGTERM)
		done := make(chan struct{})
		go func() { _ = cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			_ = cmd.Process.Kill()
			<-done
		}
	})
	line := make(chan string, 1)
	go func() {
		s := bufio.NewScanner(out)
		if s.Scan() {
			line <- s.Text()
		}
		close(line)
		_, _ = io.Copy(io.Discard, out)
	}()
	select {
	case l, ok := <-line:
		var port int
		if !ok {
			t.Fatal("the fake server exited before LISTENING")
		}
		if _, err := fmt.Sscanf(l, "LISTENING %d", &port); err != nil {
			t.Fatalf("unexpected first line %q", l)
		}
		return fmt.Sprintf("http://127.0.0.1:%d", port), port
	case <-time.After(15 * time.Second):
		t.Fatal("no LISTENING line within 15 s")
	}
	return "", 0
}

func addFaults(t *testing.T, base string, faults ...map[string]any) {
	t.Helper()
	b, _ := json.Marshal(faults)
	resp, err := http.Post(base+"/_fake/faults", "application/json", bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Fatalf("POST /_fake/faults: %d", resp.StatusCode)
	}
}

func find(rm metricdata.ResourceMetrics, name string) (metricdata.Metrics, bool) {
	for _, sm := range rm.ScopeMetrics {
		for _, m := range sm.Metrics {
			if m.Name == name {
				return m, true
			}
		}
	}
	return metricdata.Metrics{}, false
}

func attr(t *testing.T, set attribute.Set, key string) attribute.Value {
	t.Helper()
	v, ok := set.Value(attribute.Key(key))
	if !ok {
		t.Fatalf("no attribute %s in %v", key, set.ToSlice())
	}
	return v
}

func chatRequest(text string) cozecore.ChatRequest {
	return cozecore.ChatRequest{BotID: "bot-1", UserID: "user-1",
		AdditionalMessages: []cozecore.EnterMessageParam{cozecore.UserMessage(text)}}
}

// Through the real driver against the fake server: a call retried once
// after a 503, then a stream, read back with the SDK's ManualReader.
func TestOtelMetricsAgainstFakeServer(t *testing.T) {
	base, port := startFake(t)
	reader := sdkmetric.NewManualReader()
	provider := sdkmetric.NewMeterProvider(sdkmetric.WithReader(reader))
	t.Cleanup(func() { _ = provider.Shutdown(context.Background()) })
	onMetric, err := otelmetrics.NewFromProvider(provider)
	if err != nil {
		t.Fatal(err)
	}
	c := cozecore.NewClient(cozecore.WithToken("pat_otel_test"), cozecore.WithBaseURL(base),
		cozecore.WithMaxRetries(1), cozecore.WithHooks(cozecore.Hooks{OnMetric: onMetric}))
	defer c.Close()
	ctx := context.Background()

	addFaults(t, base, map[string]any{"status": 503, "stall_ms": 30, "headers": map[string]string{"Retry-After": "0"},
		"body": map[string]any{"code": 5000, "msg": "overloaded"}})
	if _, err := c.Chat.Create(ctx, chatRequest("hi")); err != nil {
		t.Fatal(err)
	}
	s, err := c.Chat.Stream(ctx, chatRequest("hello otel"))
	if err != nil {
		t.Fatal(err)
	}
	received := 0
	for s.Next() {
		received++
	}
	if err := s.Err(); err != nil {
		t.Fatal(err)
	}
	s.Close()

	var rm metricdata.ResourceMetrics
	if err := reader.Collect(ctx, &rm); err != nil {
		t.Fatal(err)
	}

	// The histogram: three attempts (503, 200, the stream's 200), in seconds.
	m, ok := find(rm, "http.client.request.duration")
	if !ok || m.Unit != "s" {
		t.Fatalf("no duration histogram in %+v", rm)
	}
	hist, ok := m.Data.(metricdata.Histogram[float64])
	if !ok {
		t.Fatalf("duration data %T", m.Data)
	}
	var total uint64
	var saw503, saw200 bool
	for _, dp := range hist.DataPoints {
		total += dp.Count
		if dp.Sum < 0 || dp.Sum > 30 { // seconds, at the clock's ms resolution
			t.Fatalf("duration sum %v", dp.Sum)
		}
		if v := attr(t, dp.Attributes, "server.address"); v.AsString() != "127.0.0.1" {
			t.Fatalf("server.address %v", v.Emit())
		}
		if v := attr(t, dp.Attributes, "server.port"); v.Type() != attribute.INT64 || v.AsInt64() != int64(port) {
			t.Fatalf("server.port %v (%v), want int %d", v.Emit(), v.Type(), port)
		}
		if v := attr(t, dp.Attributes, "http.request.method"); v.AsString() != "POST" {
			t.Fatalf("method %v", v.Emit())
		}
		status := attr(t, dp.Attributes, "http.response.status_code")
		if status.Type() != attribute.INT64 {
			t.Fatalf("status code type %v", status.Type())
		}
		switch status.AsInt64() {
		case 503:
			saw503 = true
			if dp.Sum < 0.03 { // the fault stalls 30 ms before answering
				t.Fatalf("503 point: duration sum %v s, want at least 0.03", dp.Sum)
			}
			if v := attr(t, dp.Attributes, "error.type"); v.AsString() != "server" || dp.Count != 1 {
				t.Fatalf("503 point: error.type %v, count %d", v.Emit(), dp.Count)
			}
			if v := attr(t, dp.Attributes, "coze.operation"); v.AsString() != "chat.create" {
				t.Fatalf("503 point operation %v", v.Emit())
			}
		case 200:
			saw200 = true
			if _, has := dp.Attributes.Value("error.type"); has {
				t.Fatalf("error.type on a 200 point: %v", dp.Attributes.ToSlice())
			}
		default:
			t.Fatalf("status %d", status.AsInt64())
		}
	}
	if total != 3 || !saw503 || !saw200 {
		t.Fatalf("duration points %+v", hist.DataPoints)
	}

	m, ok = find(rm, "coze.client.retries")
	if !ok || m.Unit != "{retry}" {
		t.Fatalf("no retries counter in %+v", rm)
	}
	retries, ok := m.Data.(metricdata.Sum[int64])
	if !ok || !retries.IsMonotonic || len(retries.DataPoints) != 1 || retries.DataPoints[0].Value != 1 {
		t.Fatalf("retries %+v", m.Data)
	}
	if v := attr(t, retries.DataPoints[0].Attributes, "error.type"); v.AsString() != "server" {
		t.Fatalf("retries error.type %v", v.Emit())
	}

	m, ok = find(rm, "coze.client.stream.events")
	if !ok || m.Unit != "{event}" {
		t.Fatalf("no stream events counter in %+v", rm)
	}
	events, ok := m.Data.(metricdata.Sum[int64])
	if !ok || len(events.DataPoints) != 1 || events.DataPoints[0].Value != int64(received) || received < 4 {
		t.Fatalf("stream events %+v, the user received %d", m.Data, received)
	}
	if v := attr(t, events.DataPoints[0].Attributes, "coze.operation"); v.AsString() != "chat.stream" {
		t.Fatalf("stream events operation %v", v.Emit())
	}
}

// The gauge and the attribute mapping, fed events directly (the breaker's
// events are covered by the health vectors).
func TestOtelMetricsGaugeAndAttributes(t *testing.T) {
	reader := sdkmetric.NewManualReader()
	provider := sdkmetric.NewMeterProvider(sdkmetric.WithReader(reader))
	onMetric, err := otelmetrics.New(provider.Meter("test"))
	if err != nil {
		t.Fatal(err)
	}
	attrs := map[string]string{"server.address": "api.coze.com", "server.port": "443", "coze.operation": "chat.create"}
	onMetric(cozecore.HookEvent{Kind: cozecore.HookMetric, Metric: cozecore.MetricCircuitState,
		Instrument: cozecore.InstrumentGauge, Unit: "1", Value: 1, Attributes: attrs})
	onMetric(cozecore.HookEvent{Kind: cozecore.HookMetric, Metric: cozecore.MetricCircuitState,
		Instrument: cozecore.InstrumentGauge, Unit: "1", Value: 2, Attributes: attrs})
	// Not measurements, or unknown instruments: ignored.
	onMetric(cozecore.HookEvent{Kind: cozecore.HookCallFinished, Metric: cozecore.MetricCircuitState, Value: 7})
	onMetric(cozecore.HookEvent{Kind: cozecore.HookMetric, Metric: "coze.client.unknown", Value: 7})

	var rm metricdata.ResourceMetrics
	if err := reader.Collect(context.Background(), &rm); err != nil {
		t.Fatal(err)
	}
	m, ok := find(rm, "coze.client.circuit.state")
	if !ok || m.Unit != "1" {
		t.Fatalf("no circuit gauge in %+v", rm)
	}
	g, ok := m.Data.(metricdata.Gauge[int64])
	if !ok || len(g.DataPoints) != 1 || g.DataPoints[0].Value != 2 {
		t.Fatalf("gauge %+v", m.Data)
	}
	if v := attr(t, g.DataPoints[0].Attributes, "server.port"); v.Type() != attribute.INT64 || v.AsInt64() != 443 {
		t.Fatalf("server.port %v", v.Emit())
	}
	if _, ok := find(rm, "coze.client.unknown"); ok {
		t.Fatal("an unknown instrument was created")
	}

	set := otelmetrics.Attributes(map[string]string{"http.response.status_code": "x", "error.type": "timeout"})
	if v, _ := set.Value("http.response.status_code"); v.Type() != attribute.STRING || v.AsString() != "x" {
		t.Fatalf("a status code that is not a number: %v", v.Emit())
	}
	if v, _ := set.Value("error.type"); v.AsString() != "timeout" {
		t.Fatalf("error.type %v", v.Emit())
	}
}
