package io.cozecore.internal;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The asynchronous idioms over the blocking runtime, for every operation at once: a call run on an
 * executor as a {@link CompletableFuture} ({@link #supply}), and the executor that stream
 * publishers ({@link io.cozecore.EventStream#subscribe}) drive their call on. Nothing here knows an
 * operation: the generated {@code xxxAsync} methods hand over the blocking method itself.
 */
public final class Async {
  private static final AtomicInteger IDS = new AtomicInteger();

  /**
   * The default executor: cached daemon threads (a call waiting on the network holds its thread, so
   * a bounded or fork-join pool would starve; daemon threads never keep the JVM alive).
   */
  public static final ExecutorService DEFAULT =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "cozecore-async-" + IDS.incrementAndGet());
            t.setDaemon(true);
            return t;
          });

  private Async() {}

  /**
   * Runs {@code call} on {@code executor} (null: {@link #DEFAULT}). The future completes with its
   * result, or exceptionally with what it threw (a {@code CozeException} as it is). Cancelling the
   * future ({@code cancel(true)} or {@code cancel(false)} alike) interrupts the thread running the
   * call, which cancels it in the driver: its request is aborted and its core state freed. An
   * executor that refuses the task fails the future with its {@code RejectedExecutionException}.
   */
  public static <T> CompletableFuture<T> supply(Executor executor, Supplier<T> call) {
    Objects.requireNonNull(call, "call");
    CallFuture<T> f = new CallFuture<>();
    try {
      (executor != null ? executor : DEFAULT).execute(() -> f.run(call));
    } catch (RuntimeException rejected) {
      f.completeExceptionally(rejected);
    }
    return f;
  }

  /**
   * A future whose cancellation interrupts the thread running its call (and only while it does).
   */
  private static final class CallFuture<T> extends CompletableFuture<T> {
    private Thread runner; // guarded by this

    void run(Supplier<T> call) {
      synchronized (this) {
        if (isDone()) return; // cancelled before it started: nothing is sent
        runner = Thread.currentThread();
      }
      try {
        complete(call.get());
      } catch (Throwable t) {
        completeExceptionally(t);
        if (t instanceof VirtualMachineError) throw (VirtualMachineError) t;
      } finally {
        synchronized (this) {
          runner = null;
          // A cancel's interrupt must not reach the executor's next task.
          if (isCancelled()) Thread.interrupted();
        }
      }
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
      boolean cancelled = super.cancel(mayInterruptIfRunning);
      if (cancelled) {
        synchronized (this) {
          if (runner != null) runner.interrupt();
        }
      }
      return cancelled;
    }

    @Override
    public <U> CompletableFuture<U> newIncompleteFuture() {
      return new CompletableFuture<>(); // dependents are plain futures: they have no call to stop
    }
  }
}
