package io.cozecore;

import io.cozecore.internal.CallDriver;
import io.cozecore.internal.CoreRecord;
import io.cozecore.internal.StreamSubscription;
import io.cozecore.internal.ViewFactory;
import java.lang.ref.Reference;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.Flow;

/**
 * The events of a streamed call, in order, each as soon as its bytes arrive. The events decoded
 * from one chunk of the answer cross from the core together, as one batch; each is handed out as a
 * lazy view of it. Iterate the stream once; a failure (an {@code error} event, a cut stream, a lost
 * connection) is thrown as a {@link CozeException} from the iterator. {@link #close()} before the
 * end cancels the call and aborts the request; it may be called from another thread, and iteration
 * then simply ends.
 *
 * <p>A stream is also a {@link Flow.Publisher} of its events, for one subscriber: the stream's own
 * call, so either iterate it or {@link #subscribe} to it, once. The subscription pulls the events
 * on the client's executor ({@code CozeClient.Builder.executor}; default: cached daemon threads)
 * only while the subscriber has demand: {@code request(n)} lets {@code n} more events through, and
 * without demand nothing more is read from the connection, which holds the server back. The call's
 * end is {@code onComplete}, a failure {@code onError} with the {@link CozeException} the iterator
 * would throw; {@code cancel()} (from any thread, also from {@code onNext}) cancels the call and
 * aborts its request, with no signal after it. A subscribed stream belongs to its subscription:
 * closing the stream cancels it too, so do not close it in a try-with-resources around {@code
 * subscribe}.
 *
 * <pre>{@code
 * client.chat().stream(req).subscribe(new Flow.Subscriber<ChatEvent>() {
 *   Flow.Subscription s;
 *   public void onSubscribe(Flow.Subscription s) { this.s = s; s.request(1); }
 *   public void onNext(ChatEvent e) { show(e); s.request(1); }  // one event at a time
 *   public void onError(Throwable t) { report(t); }
 *   public void onComplete() { done(); }
 * });
 * }</pre>
 *
 * @param <E> the event type ({@code ChatEvent}, {@code WorkflowEvent}, or {@link StreamEvent})
 */
public class EventStream<E> implements Iterable<E>, Iterator<E>, AutoCloseable, Flow.Publisher<E> {
  private final CallDriver driver;
  private final ViewFactory<E> events;
  private CoreRecord batch;
  private int batchNode;
  private int batchSize;
  private int nextIndex;
  private boolean promised; // hasNext() said true and next() has not taken that event yet
  private boolean iterated; // guarded by this: iterated or subscribed
  private volatile boolean closed;

  /** A stream over a started call; {@code events} makes each event's view. */
  public EventStream(CallDriver driver, ViewFactory<E> events) {
    this.driver = driver;
    this.events = events;
    driver.abortWhenUnreachable(this);
  }

  @Override
  public final Iterator<E> iterator() {
    claim("iterated");
    return this;
  }

  /**
   * Subscribes the one subscriber of this stream's events (see the class comment): {@code
   * onSubscribe} is called on this thread, the events on the client's executor as they are
   * requested. A stream already iterated or subscribed to signals {@code onError} with an {@link
   * IllegalStateException} to a second subscriber.
   */
  @Override
  public final void subscribe(Flow.Subscriber<? super E> subscriber) {
    Objects.requireNonNull(subscriber, "subscriber");
    try {
      claim("subscribed to");
    } catch (IllegalStateException taken) {
      subscriber.onSubscribe(
          new Flow.Subscription() {
            @Override
            public void request(long n) {}

            @Override
            public void cancel() {}
          });
      subscriber.onError(taken);
      return;
    }
    new StreamSubscription<E>(this, this, subscriber, driver.executor()).start();
  }

  private synchronized void claim(String how) {
    if (iterated) {
      throw new IllegalStateException(
          "a stream has one consumer: it was already iterated or subscribed to ("
              + how
              + " again)");
    }
    iterated = true;
  }

  @Override
  public final boolean hasNext() {
    if (closed) {
      batch = null; // closed, maybe from another thread: the rest of a batch is not handed out
      promised = false;
      return false;
    }
    while (batch == null || nextIndex >= batchSize) {
      batch = null;
      if (driver.finished()) return false;
      CoreRecord r;
      try {
        r = driver.nextBatch();
      } catch (CancelledException cancelled) {
        if (closed) return false; // closed by the caller, maybe from another thread: the end
        throw cancelled;
      }
      if (r == null) return false;
      if (r.tag(CoreRecord.ROOT) != CoreRecord.ARRAY) continue; // not a batch: nothing to hand out
      batch = r;
      batchNode = r.a(CoreRecord.ROOT);
      batchSize = r.b(CoreRecord.ROOT);
      nextIndex = 0;
    }
    promised = true;
    return true;
  }

  @Override
  public final E next() {
    // An event hasNext() promised is handed out even when close() came from another thread
    // since: the Iterator contract; the hasNext() after it says the stream ended.
    if (!promised && !hasNext()) throw new NoSuchElementException();
    promised = false;
    int item = CoreRecord.itemCell(batchNode, nextIndex++);
    return events.make(batch, batch.a(item));
  }

  /** The log id of the stream's answer, once the stream has ended. */
  public final String logid() {
    return driver.logid();
  }

  /** Cancels the call if it is still running and aborts its request. */
  @Override
  public final void close() {
    closed = true;
    driver.close();
    // Until close() is done this stream is reachable: otherwise its cleaner could release
    // the call at the same time, without the hooks (call_finished) that close() reports.
    Reference.reachabilityFence(this);
  }
}
