package io.cozecore;

import io.cozecore.internal.CallDriver;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The events of a streamed call, in order, each as soon as its bytes arrive.
 * Iterate it once; a failure (an {@code error} event, a cut stream, a lost
 * connection) is thrown as a {@link CozeException} from the iterator.
 * {@link #close()} before the end cancels the call and aborts the request;
 * it may be called from another thread, and iteration then simply ends.
 */
public final class ChatStream implements Iterable<ChatEvent>, Iterator<ChatEvent>, AutoCloseable {
  private final CallDriver driver;
  private ChatEvent pending;
  private boolean iterated;
  private volatile boolean closed;

  ChatStream(CallDriver driver) {
    this.driver = driver;
    driver.abortWhenUnreachable(this);
  }

  @Override
  public Iterator<ChatEvent> iterator() {
    if (iterated) throw new IllegalStateException("a ChatStream can be iterated once");
    iterated = true;
    return this;
  }

  @Override
  public boolean hasNext() {
    if (pending != null) return true;
    if (driver.finished()) return false;
    CallDriver.CoreEvent e;
    try {
      e = driver.next();
    } catch (CancelledException cancelled) {
      if (closed) return false; // closed by the caller, maybe from another thread: the end
      throw cancelled;
    }
    if (e == null) return false;
    pending = new ChatEvent(e.type(), e.data());
    return true;
  }

  @Override
  public ChatEvent next() {
    if (!hasNext()) throw new NoSuchElementException();
    ChatEvent e = pending;
    pending = null;
    return e;
  }

  /** The log id of the stream's answer, once the stream has ended. */
  public String logid() {
    return driver.logid();
  }

  /** Cancels the call if it is still running and aborts its request. */
  @Override
  public void close() {
    closed = true;
    driver.close();
  }
}
