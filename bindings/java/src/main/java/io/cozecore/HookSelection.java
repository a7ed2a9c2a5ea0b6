package io.cozecore;

/**
 * Which kinds of hook events a {@link Hooks} observes, so that the core records only those (client
 * keys {@code hooks} and {@code metrics}, as the C++ client decides them from its callbacks).
 */
final class HookSelection {
  private HookSelection() {}

  private static final String[] EVENT_METHODS = {
    "onRequestSent",
    "onResponseHead",
    "onRetryScheduled",
    "onCallFinished",
    "onHealthChanged",
    "onToolCalled",
    "onToolFinished"
  };

  /** Hooks made by {@link Hooks.Builder}: they know which lambdas were set. */
  abstract static class Built implements Hooks {
    final boolean events;
    final boolean metrics;

    Built(boolean events, boolean metrics) {
      this.events = events;
      this.metrics = metrics;
    }
  }

  /**
   * Whether {@code hooks} observes request_sent ... health_changed, tool_called or tool_finished
   * (client key {@code hooks}).
   */
  static boolean events(Hooks hooks) {
    if (hooks == null) return false;
    if (hooks instanceof Built b) return b.events;
    for (String name : EVENT_METHODS) {
      if (overrides(hooks, name)) return true;
    }
    return false;
  }

  /** Whether {@code hooks} observes measurements (client key {@code metrics}). */
  static boolean metrics(Hooks hooks) {
    if (hooks == null) return false;
    if (hooks instanceof Built b) return b.metrics;
    return overrides(hooks, "onMetric");
  }

  /** Whether the class of {@code hooks} implements {@code name} rather than the no-op default. */
  private static boolean overrides(Hooks hooks, String name) {
    try {
      return hooks.getClass().getMethod(name, HookEvent.class).getDeclaringClass() != Hooks.class;
    } catch (NoSuchMethodException | SecurityException e) {
      return true; // cannot tell: record
    }
  }
}
