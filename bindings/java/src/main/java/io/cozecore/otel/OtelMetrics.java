package io.cozecore.otel;

import io.cozecore.HookEvent;
import io.cozecore.Hooks;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.metrics.LongGauge;
import io.opentelemetry.api.metrics.Meter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Feeds the core's measurements ({@link Hooks#onMetric}) to the OpenTelemetry metrics API. Needs
 * {@code io.opentelemetry:opentelemetry-api} on the class path (an optional dependency of cozecore:
 * nothing else in the package uses it).
 *
 * <pre>{@code
 * OtelMetrics metrics = OtelMetrics.of(openTelemetry);
 * CozeClient client = CozeClient.builder().token(token).hooks(metrics.hooks()).build();
 * // or, beside other hooks: Hooks.builder().onMetric(metrics).onCallFinished(log).build()
 * }</pre>
 *
 * <p>Its four instruments, with the core's names, units and kinds:
 *
 * <table>
 *   <caption>instruments</caption>
 *   <tr><th>name</th><th>instrument</th><th>unit</th></tr>
 *   <tr><td>{@code http.client.request.duration}</td><td>{@link DoubleHistogram}</td><td>s</td></tr>
 *   <tr><td>{@code coze.client.retries}</td><td>{@link LongCounter}</td><td>{retry}</td></tr>
 *   <tr><td>{@code coze.client.stream.events}</td><td>{@link LongCounter}</td><td>{event}</td></tr>
 *   <tr><td>{@code coze.client.circuit.state}</td><td>{@link LongGauge}</td><td>1</td></tr>
 * </table>
 *
 * <p>Attributes keep their OpenTelemetry names; {@code server.port} and {@code
 * http.response.status_code} are long attributes (as the semantic conventions have them), the
 * others strings. Thread-safe; one instance may serve several clients.
 */
public final class OtelMetrics implements Consumer<HookEvent> {
  /** The instrumentation scope's name ({@link #of(OpenTelemetry)}). */
  public static final String SCOPE = "io.cozecore";

  public static final String REQUEST_DURATION = "http.client.request.duration";
  public static final String RETRIES = "coze.client.retries";
  public static final String STREAM_EVENTS = "coze.client.stream.events";
  public static final String CIRCUIT_STATE = "coze.client.circuit.state";

  /** The semantic conventions' advice for {@code http.client.request.duration}, in seconds. */
  private static final List<Double> DURATION_BUCKETS =
      List.of(0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1.0, 2.5, 5.0, 7.5, 10.0);

  private static final AttributeKey<Long> SERVER_PORT = AttributeKey.longKey("server.port");
  private static final AttributeKey<Long> STATUS_CODE =
      AttributeKey.longKey("http.response.status_code");

  private final DoubleHistogram duration;
  private final LongCounter retries;
  private final LongCounter streamEvents;
  private final LongGauge circuitState;
  private final Map<String, AttributeKey<String>> stringKeys = new ConcurrentHashMap<>();

  private OtelMetrics(Meter meter) {
    duration =
        meter
            .histogramBuilder(REQUEST_DURATION)
            .setUnit("s")
            .setDescription("Duration of each HTTP attempt of a Coze API call.")
            .setExplicitBucketBoundariesAdvice(DURATION_BUCKETS)
            .build();
    retries =
        meter
            .counterBuilder(RETRIES)
            .setUnit("{retry}")
            .setDescription("Retries of Coze API calls, by the error retried (error.type).")
            .build();
    streamEvents =
        meter
            .counterBuilder(STREAM_EVENTS)
            .setUnit("{event}")
            .setDescription("Events Coze streams handed out, added when a stream ends.")
            .build();
    circuitState =
        meter
            .gaugeBuilder(CIRCUIT_STATE)
            .ofLongs()
            .setUnit("1")
            .setDescription("The client's circuit breaker: 0 closed, 1 open, 2 half-open.")
            .build();
  }

  /** The four instruments on {@code meter}. */
  public static OtelMetrics of(Meter meter) {
    return new OtelMetrics(Objects.requireNonNull(meter, "meter"));
  }

  /** The four instruments on {@code openTelemetry}'s meter of scope {@value #SCOPE}. */
  public static OtelMetrics of(OpenTelemetry openTelemetry) {
    return of(Objects.requireNonNull(openTelemetry, "openTelemetry").getMeter(SCOPE));
  }

  /** Hooks with only {@link Hooks#onMetric} (the core then records nothing else). */
  public Hooks hooks() {
    return Hooks.builder().onMetric(this).build();
  }

  /** Records one {@code metric} hook event; other events and unknown instruments are ignored. */
  @Override
  public void accept(HookEvent event) {
    if (!"metric".equals(event.kind())) return;
    switch (event.metric()) {
      case REQUEST_DURATION:
        duration.record(event.value(), attributes(event));
        break;
      case RETRIES:
        retries.add(Math.round(event.value()), attributes(event));
        break;
      case STREAM_EVENTS:
        streamEvents.add(Math.round(event.value()), attributes(event));
        break;
      case CIRCUIT_STATE:
        circuitState.set(Math.round(event.value()), attributes(event));
        break;
      default:
        break; // an instrument this version does not know
    }
  }

  /** The event's attributes as OpenTelemetry's: the port and status code as longs. */
  Attributes attributes(HookEvent event) {
    AttributesBuilder b = Attributes.builder();
    for (Map.Entry<String, String> a : event.attributes().entrySet()) {
      String name = a.getKey();
      String value = a.getValue();
      if (name.equals(SERVER_PORT.getKey()) || name.equals(STATUS_CODE.getKey())) {
        Long n = digits(value);
        if (n != null) {
          b.put(name.equals(SERVER_PORT.getKey()) ? SERVER_PORT : STATUS_CODE, n);
          continue;
        }
      }
      b.put(stringKeys.computeIfAbsent(name, AttributeKey::stringKey), value);
    }
    return b.build();
  }

  private static Long digits(String s) {
    if (s.isEmpty() || s.length() > 18) return null;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') return null;
    }
    return Long.parseLong(s);
  }
}
