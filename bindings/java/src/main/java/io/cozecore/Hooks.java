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
 * or cancellation). Keep them short. An exception (or error, except a {@link VirtualMachineError})
 * thrown by a hook is dropped: hooks never change or break a call.
 */
public interface Hooks {
  default void onRequestSent(HookEvent event) {}

  default void onResponseHead(HookEvent event) {}

  default void onRetryScheduled(HookEvent event) {}

  default void onCallFinished(HookEvent event) {}

  static Builder builder() {
    return new Builder();
  }

  /** Hooks made of lambdas; an unset one does nothing. */
  final class Builder {
    private Consumer<HookEvent> requestSent;
    private Consumer<HookEvent> responseHead;
    private Consumer<HookEvent> retryScheduled;
    private Consumer<HookEvent> callFinished;

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

    public Hooks build() {
      Consumer<HookEvent> sent = requestSent;
      Consumer<HookEvent> head = responseHead;
      Consumer<HookEvent> retry = retryScheduled;
      Consumer<HookEvent> finished = callFinished;
      return new Hooks() {
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
      };
    }
  }
}
