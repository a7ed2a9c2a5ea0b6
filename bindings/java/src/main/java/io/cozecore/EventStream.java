package io.cozecore;

import io.cozecore.internal.CallDriver;
import io.cozecore.internal.CoreRecord;
import io.cozecore.internal.ViewFactory;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The events of a streamed call, in order, each as soon as its bytes arrive. The events decoded
 * from one chunk of the answer cross from the core together, as one batch; each is handed out as a
 * lazy view of it. Iterate the stream once; a failure (an {@code error} event, a cut stream, a lost
 * connection) is thrown as a {@link CozeException} from the iterator. {@link #close()} before the
 * end cancels the call and aborts the request; it may be called from another thread, and iteration
 * then simply ends.
 *
 * @param <E> the event type ({@code ChatEvent}, {@code WorkflowEvent}, or {@link StreamEvent})
 */
public class EventStream<E> implements Iterable<E>, Iterator<E>, AutoCloseable {
  private final CallDriver driver;
  private final ViewFactory<E> events;
  private CoreRecord batch;
  private int batchNode;
  private int batchSize;
  private int nextIndex;
  private boolean iterated;
  private volatile boolean closed;

  /** A stream over a started call; {@code events} makes each event's view. */
  public EventStream(CallDriver driver, ViewFactory<E> events) {
    this.driver = driver;
    this.events = events;
    driver.abortWhenUnreachable(this);
  }

  @Override
  public final Iterator<E> iterator() {
    if (iterated) throw new IllegalStateException("a stream can be iterated once");
    iterated = true;
    return this;
  }

  @Override
  public final boolean hasNext() {
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
    return true;
  }

  @Override
  public final E next() {
    if (!hasNext()) throw new NoSuchElementException();
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
  }
}
