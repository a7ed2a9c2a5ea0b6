package io.cozecore.internal;

import java.util.Iterator;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One subscriber's subscription to a stream's events ({@link io.cozecore.EventStream#subscribe}):
 * the stream's blocking iterator, pulled on an executor only while the subscriber has demand.
 *
 * <p>Back-pressure: an event is taken from the iterator only when one was requested and not yet
 * delivered, so without demand the driver reads nothing more; its reader thread then stops at its
 * small bounded queue and the connection holds the server back. Signals are serialized (one drain
 * at a time, the usual work-in-progress counter); {@code request} from inside {@code onNext} only
 * adds demand, it never recurses. {@code cancel()} closes the stream from any thread: the call is
 * cancelled, its request aborted and its core state freed, and no signal follows.
 *
 * @param <E> the event type
 */
public final class StreamSubscription<E> implements Flow.Subscription, Runnable {
  private final Iterator<E> events;
  private final AutoCloseable stream;
  private final Flow.Subscriber<? super E> subscriber;
  private final Executor executor;
  private final AtomicLong demand = new AtomicLong();
  private final AtomicInteger wip = new AtomicInteger();
  private volatile boolean cancelled;
  private volatile Throwable badRequest;

  /**
   * A subscription over {@code events}, the iterator of {@code stream} (closed on cancel, on a
   * failure and by the end of the call), signalling {@code subscriber} from {@code executor}.
   */
  public StreamSubscription(
      Iterator<E> events,
      AutoCloseable stream,
      Flow.Subscriber<? super E> subscriber,
      Executor executor) {
    this.events = events;
    this.stream = stream;
    this.subscriber = subscriber;
    this.executor = executor != null ? executor : Async.DEFAULT;
  }

  /** Hands the subscription to the subscriber (on the subscribing thread). */
  public void start() {
    try {
      subscriber.onSubscribe(this);
    } catch (Throwable t) {
      // Rule 2.13: a subscriber that throws is cancelled; nothing more is signalled to it.
      cancel();
      if (t instanceof VirtualMachineError) throw (VirtualMachineError) t;
    }
  }

  @Override
  public void request(long n) {
    if (cancelled) return;
    if (n <= 0) {
      // Rule 3.9: a non-positive request fails the subscription.
      badRequest =
          new IllegalArgumentException(
              "request(" + n + "): the number of events requested must be positive");
    } else {
      for (; ; ) {
        long cur = demand.get();
        long next = cur + n;
        if (next < 0) next = Long.MAX_VALUE; // unbounded from here on (rule 3.17)
        if (demand.compareAndSet(cur, next)) break;
      }
    }
    schedule();
  }

  @Override
  public void cancel() {
    if (cancelled) return;
    cancelled = true;
    closeQuietly();
  }

  private void schedule() {
    if (wip.getAndIncrement() != 0) return; // a drain runs: it sees the new demand
    try {
      executor.execute(this);
    } catch (RuntimeException rejected) {
      fail(rejected);
    }
  }

  /** The drain: delivers events while there is demand, then the end or the failure. */
  @Override
  public void run() {
    int missed = 1;
    for (; ; ) {
      if (!drain()) return; // terminal: wip stays non-zero, so nothing is scheduled again
      missed = wip.addAndGet(-missed);
      if (missed == 0) return;
    }
  }

  /** False once the subscription reached its end (signalled, failed or cancelled). */
  private boolean drain() {
    for (; ; ) {
      if (cancelled) return false;
      Throwable bad = badRequest;
      if (bad != null) {
        fail(bad);
        return false;
      }
      if (demand.get() == 0) return true;
      E next;
      try {
        if (!events.hasNext()) {
          if (cancelled) return false;
          cancelled = true;
          closeQuietly(); // the call ended by itself: this frees nothing more, but is harmless
          subscriber.onComplete();
          return false;
        }
        next = events.next();
      } catch (Throwable t) {
        if (cancelled) return false; // cancelled while waiting: the cancellation, not an error
        fail(t);
        if (t instanceof VirtualMachineError) throw (VirtualMachineError) t;
        return false;
      }
      if (cancelled) return false;
      try {
        subscriber.onNext(next);
      } catch (Throwable t) {
        cancel(); // rule 2.13
        if (t instanceof VirtualMachineError) throw (VirtualMachineError) t;
        return false;
      }
      if (demand.get() != Long.MAX_VALUE) demand.decrementAndGet();
    }
  }

  private void fail(Throwable t) {
    if (cancelled) return;
    cancelled = true;
    closeQuietly();
    try {
      subscriber.onError(t);
    } catch (Throwable ignored) {
      // rule 2.13: nothing more to signal
    }
  }

  private void closeQuietly() {
    try {
      stream.close();
    } catch (Exception ignored) {
      // closing a stream never fails the caller; the call is cancelled either way
    }
  }
}
