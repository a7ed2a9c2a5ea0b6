package io.cozecore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cozecore.model.ChatEvent;
import io.cozecore.model.ChatStream;
import io.cozecore.otel.OtelMetrics;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.metrics.data.LongPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.metrics.data.MetricDataType;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link OtelMetrics} through the real driver against the fake Coze server, read back from the
 * OpenTelemetry SDK with an {@link InMemoryMetricReader}.
 */
@Timeout(60)
class OtelMetricsEndToEndTest {
  private static final String TOKEN = "pat_java_otel_secret";
  @RegisterExtension static final FakeCoze server = new FakeCoze();

  private static final AttributeKey<String> METHOD = AttributeKey.stringKey("http.request.method");
  private static final AttributeKey<String> ADDRESS = AttributeKey.stringKey("server.address");
  private static final AttributeKey<Long> PORT = AttributeKey.longKey("server.port");
  private static final AttributeKey<Long> STATUS =
      AttributeKey.longKey("http.response.status_code");
  private static final AttributeKey<String> ERROR = AttributeKey.stringKey("error.type");
  private static final AttributeKey<String> OP = AttributeKey.stringKey("coze.operation");

  private InMemoryMetricReader reader;
  private OpenTelemetrySdk otel;

  @BeforeEach
  void sdk() {
    reader = InMemoryMetricReader.create();
    otel =
        OpenTelemetrySdk.builder()
            .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(reader).build())
            .build();
  }

  @AfterEach
  void close() {
    otel.close();
  }

  private CozeClient.Builder builder(OtelMetrics metrics) {
    return CozeClient.builder().token(TOKEN).baseUrl(server.baseUrl).hooks(metrics.hooks());
  }

  private Map<String, MetricData> collect() {
    return reader.collectAllMetrics().stream()
        .collect(Collectors.toMap(MetricData::getName, m -> m));
  }

  private static long port() {
    return URI.create(server.baseUrl).getPort();
  }

  @Test
  void callsRetriesAndStreamsReachTheMeter() throws Exception {
    OtelMetrics metrics = OtelMetrics.of(otel);
    int received = 0;
    try (CozeClient client = builder(metrics).maxRetries(1).build()) {
      server.faults("{\"stall_ms\": 30}"); // a measurable duration at the clock's ms resolution
      client.chat().create(TestChats.ask("bot-1", "plain"));
      server.faults(
          "{\"status\": 503, \"headers\": {\"Retry-After\": \"0\"}, \"body\": {\"code\": 5000,"
              + " \"msg\": \"busy\"}}");
      client.chat().create(TestChats.ask("bot-1", "retried"));
      try (ChatStream s = client.chat().stream(TestChats.ask("bot-1", "a stream of words"))) {
        for (ChatEvent e : s) {
          received++;
        }
      }
    }
    assertEquals(4, server.requests().size());
    Map<String, MetricData> m = collect();

    MetricData duration = m.get("http.client.request.duration");
    assertNotNull(duration, "metrics: " + m.keySet());
    assertEquals(MetricDataType.HISTOGRAM, duration.getType());
    assertEquals("s", duration.getUnit());
    assertEquals("io.cozecore", duration.getInstrumentationScopeInfo().getName());
    Map<Attributes, HistogramPointData> byAttrs =
        duration.getHistogramData().getPoints().stream()
            .collect(Collectors.toMap(HistogramPointData::getAttributes, p -> p));
    Attributes ok200 =
        Attributes.builder()
            .put(METHOD, "POST")
            .put(ADDRESS, "127.0.0.1")
            .put(PORT, port())
            .put(STATUS, 200L)
            .put(OP, "chat.create")
            .build();
    HistogramPointData ok = byAttrs.get(ok200);
    assertNotNull(ok, "points: " + byAttrs.keySet());
    assertEquals(2, ok.getCount(), "the plain call and the retry's success");
    assertTrue(ok.getSum() >= 0.03 && ok.getSum() < 20, "seconds " + ok.getSum());
    assertEquals(0.005, ok.getBoundaries().get(0), "the semantic conventions' buckets");
    Attributes failed503 = ok200.toBuilder().put(STATUS, 503L).put(ERROR, "server").build();
    assertEquals(1, byAttrs.get(failed503).getCount(), "points: " + byAttrs.keySet());
    Attributes streamed = ok200.toBuilder().put(OP, "chat.stream").build();
    assertEquals(1, byAttrs.get(streamed).getCount(), "points: " + byAttrs.keySet());

    MetricData retries = m.get("coze.client.retries");
    assertEquals(MetricDataType.LONG_SUM, retries.getType());
    assertEquals("{retry}", retries.getUnit());
    assertTrue(retries.getLongSumData().isMonotonic());
    List<LongPointData> rp = new ArrayList<>(retries.getLongSumData().getPoints());
    assertEquals(1, rp.size());
    assertEquals(1, rp.get(0).getValue());
    assertEquals("server", rp.get(0).getAttributes().get(ERROR));
    assertEquals("chat.create", rp.get(0).getAttributes().get(OP));

    MetricData events = m.get("coze.client.stream.events");
    assertEquals(MetricDataType.LONG_SUM, events.getType());
    assertEquals("{event}", events.getUnit());
    List<LongPointData> ep = new ArrayList<>(events.getLongSumData().getPoints());
    assertEquals(1, ep.size());
    assertTrue(received > 3, "events " + received);
    assertEquals(received, ep.get(0).getValue());
    assertEquals("chat.stream", ep.get(0).getAttributes().get(OP));
  }

  @Test
  void theCircuitStateIsAGauge() {
    OtelMetrics metrics = OtelMetrics.of(otel.getMeter("test-scope"));
    try (CozeClient client =
        builder(metrics).maxRetries(0).breaker(0.5, 2, Duration.ofSeconds(30), 1).build()) {
      for (int i = 0; i < 2; i++) {
        assertThrows(
            ServerException.class, () -> client.chat().create(TestChats.ask("broken", "fail")));
      }
      assertThrows(
          CircuitOpenException.class, () -> client.chat().create(TestChats.ask("bot-1", "no")));
    }
    MetricData state = collect().get("coze.client.circuit.state");
    assertNotNull(state);
    assertEquals(MetricDataType.LONG_GAUGE, state.getType());
    assertEquals("1", state.getUnit());
    assertEquals("test-scope", state.getInstrumentationScopeInfo().getName());
    List<LongPointData> points = new ArrayList<>(state.getLongGaugeData().getPoints());
    assertEquals(1, points.size());
    assertEquals(1, points.get(0).getValue(), "open");
    assertEquals(port(), points.get(0).getAttributes().get(PORT));
    assertEquals("127.0.0.1", points.get(0).getAttributes().get(ADDRESS));
  }

  @Test
  void otherEventsAndUnknownInstrumentsAreIgnored() {
    OtelMetrics metrics = OtelMetrics.of(otel);
    metrics.accept(event("call_finished", "http.client.request.duration", 1, Map.of()));
    metrics.accept(event("metric", "coze.client.something_new", 3, Map.of()));
    // A port that is not digits stays a string rather than being dropped.
    metrics.accept(
        event("metric", "coze.client.retries", 2, Map.of("server.port", "x", "error.type", "y")));
    Map<String, MetricData> m = collect();
    assertEquals(List.of("coze.client.retries"), new ArrayList<>(m.keySet()));
    LongPointData p = m.get("coze.client.retries").getLongSumData().getPoints().iterator().next();
    assertEquals(2, p.getValue());
    assertEquals("x", p.getAttributes().get(AttributeKey.stringKey("server.port")));
  }

  private static HookEvent event(
      String kind, String metric, double value, Map<String, String> attributes) {
    return new HookEvent(
        kind,
        "chat.create",
        "POST",
        "/v3/chat",
        1,
        200,
        -1,
        -1,
        "",
        "",
        "",
        "",
        "",
        "",
        Map.of(),
        "",
        "",
        "",
        "",
        -1,
        metric,
        "counter",
        "1",
        value,
        attributes,
        "",
        "",
        "");
  }
}
