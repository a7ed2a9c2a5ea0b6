package io.cozecore;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Observes the calls of one {@link CozeClient} (logging, metrics, tracing). Implement the methods
 * you need; the others do nothing. Or build one from lambdas: {@code
 * Hooks.builder().onRetryScheduled(e -> log(e)).build()}.
 *
 * <p>Hooks run synchronously on the thread that drives the call, right after the core reports the
 * event: {@code onRequestSent} before the request goes out, {@code onResponseHead} when the head
 * arrived, {@code onRetryScheduled} before the sleep, {@code onCallFinished} once (success, failure
 * or cancellation), {@code onHealthChanged} when the client's health changed (a spike of failures,
 * the circuit breaker opened, half-opened or closed: {@link HookEvent#reason()}) on the call whose
 * attempt changed it, {@code onMetric} for each measurement (OpenTelemetry names and units: {@link
 * HookEvent#metric()}; {@code io.cozecore.otel.OtelMetrics} feeds them to an OpenTelemetry {@code
 * Meter}), {@code onToolCalled} and {@code onToolFinished} around each local tool of a tool run
 * ({@code client.chat().runTools}). Keep them short. An exception (or error, except a {@link
 * VirtualMachineError}) thrown by a hook is dropped: hooks never change or break a call.
 *
 * <p>The core records only what is observed: measurements only when {@code onMetric} is implemented
 * (or set on the builder), the other events only when one of the other methods is. A metrics-only
 * {@code Hooks} does not pay for recording every request and response.
 */
public interface Hooks {
  default void onRequestSent(HookEvent event) {}

  default void onResponseHead(HookEvent event) {}

  default void onRetryScheduled(HookEvent event) {}

  default void onCallFinished(HookEvent event) {}

  default void onHealthChanged(HookEvent event) {}

  /**
   * One measurement (kind {@code metric}): {@code http.client.request.duration} (histogram, s, per
   * attempt), {@code coze.client.retries} (counter, {retry}), {@code coze.client.stream.events}
   * (counter, {event}, when a stream ends) or {@code coze.client.circuit.state} (gauge, 1: 0
   * closed, 1 open, 2 half-open); see {@link HookEvent#attributes()}.
   */
  default void onMetric(HookEvent event) {}

  /**
   * A tool run is about to run a local tool (kind {@code tool_called}): {@link HookEvent#tool()},
   * {@link HookEvent#toolCallId()}, and the arguments in {@link HookEvent#body()} with {@code
   * hookBodies(true)}.
   */
  default void onToolCalled(HookEvent event) {}

  /**
   * A local tool of a tool run finished (kind {@code tool_finished}): {@link HookEvent#outcome()}
   * ({@code ok}, {@code error}, {@code timeout}, {@code unknown_tool}, {@code invalid_arguments},
   * {@code cancelled} when the run stopped while it ran),
   * {@link HookEvent#durationMs()} (the function's run time), {@link HookEvent#message()} why it
   * failed. Also for calls the core answered itself (an unknown tool, invalid arguments).
   */
  default void onToolFinished(HookEvent event) {}

  static Builder builder() {
    return new Builder();
  }

  /** Hooks made of lambdas; an unset one does nothing. */
  final class Builder {
    private Consumer<HookEvent> requestSent;
    private Consumer<HookEvent> responseHead;
    private Consumer<HookEvent> retryScheduled;
    private Consumer<HookEvent> callFinished;
    private Consumer<HookEvent> healthChanged;
    private Consumer<HookEvent> metric;
    private Consumer<HookEvent> toolCalled;
    private Consumer<HookEvent> toolFinished;

    private Builder() {}

    public Builder onRequestSent(Consumer<HookEvent> hook) {
      this.requestSent = Objects.requireNonNull(hook, "hook");
      return this;
    }

    public Builder onResponseHead(Consumer<HookEvent> hook) {
      this.responseHead = Objects.requireNonNull(hook, "hook");
      return this;
    }

    public Builder onRetryScheduled(Consumer<HookEvent> hook) {
      this.retryScheduled = Objects.requireNonNull(hook, "hook");
      return this;
    }

    public Builder onCallFinished(Consumer<HookEvent> hook) {
      this.callFinished = Objects.requireNonNull(hook, "hook");
      return this;
    }

    public Builder onHealthChanged(Consumer<HookEvent> hook) {
      this.healthChanged = Objects.requireNonNull(hook, "hook");
      return this;
    }

    /** Measurements (see {@link Hooks#onMetric}); e.g. {@code OtelMetrics.of(meter)}. */
    public Builder onMetric(Consumer<HookEvent> hook) {
      this.metric = Objects.requireNonNull(hook, "hook");
      return this;
    }

    public Builder onToolCalled(Consumer<HookEvent> hook) {
      this.toolCalled = Objects.requireNonNull(hook, "hook");
      return this;
    }

    public Builder onToolFinished(Consumer<HookEvent> hook) {
      this.toolFinished = Objects.requireNonNull(hook, "hook");
      return this;
    }

    public Hooks build() {
      Consumer<HookEvent> sent = requestSent;
      Consumer<HookEvent> head = responseHead;
      Consumer<HookEvent> retry = retryScheduled;
      Consumer<HookEvent> finished = callFinished;
      Consumer<HookEvent> health = healthChanged;
      Consumer<HookEvent> measured = metric;
      Consumer<HookEvent> called = toolCalled;
      Consumer<HookEvent> toolDone = toolFinished;
      boolean events =
          sent != null
              || head != null
              || retry != null
              || finished != null
              || health != null
              || called != null
              || toolDone != null;
      return new HookSelection.Built(events, measured != null) {
        @Override
        public void onRequestSent(HookEvent event) {
          if (sent != null) sent.accept(event);
        }

        @Override
        public void onResponseHead(HookEvent event) {
          if (head != null) head.accept(event);
        }

        @Override
        public void onRetryScheduled(HookEvent event) {
          if (retry != null) retry.accept(event);
        }

        @Override
        public void onCallFinished(HookEvent event) {
          if (finished != null) finished.accept(event);
        }

        @Override
        public void onHealthChanged(HookEvent event) {
          if (health != null) health.accept(event);
        }

        @Override
        public void onMetric(HookEvent event) {
          if (measured != null) measured.accept(event);
        }

        @Override
        public void onToolCalled(HookEvent event) {
          if (called != null) called.accept(event);
        }

        @Override
        public void onToolFinished(HookEvent event) {
          if (toolDone != null) toolDone.accept(event);
        }
      };
    }
  }
}
