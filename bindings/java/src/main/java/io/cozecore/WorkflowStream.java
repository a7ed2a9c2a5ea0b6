package io.cozecore;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The events of a workflow stream, in order, each as soon as its bytes
 * arrive. Iterate it once; a failure (an {@code Error} event, a cut stream,
 * a lost connection) is thrown as a {@link CozeException} from the iterator.
 * {@link #close()} before the end cancels the call and aborts the request.
 */
public final class WorkflowStream implements Iterable<WorkflowEvent>, Iterator<WorkflowEvent>, AutoCloseable {
  private final ChatStream events;
  private boolean iterated;

  WorkflowStream(ChatStream events) {
    this.events = events;
  }

  @Override
  public Iterator<WorkflowEvent> iterator() {
    if (iterated) throw new IllegalStateException("a WorkflowStream can be iterated once");
    iterated = true;
    return this;
  }

  @Override
  public boolean hasNext() {
    return events.hasNext();
  }

  @Override
  public WorkflowEvent next() {
    if (!hasNext()) throw new NoSuchElementException();
    ChatEvent e = events.next();
    return WorkflowEvent.of(e.type(), e.dataJson());
  }

  /** The log id of the stream's answer, once the stream has ended. */
  public String logid() {
    return events.logid();
  }

  /** Cancels the call if it is still running and aborts its request. */
  @Override
  public void close() {
    events.close();
  }
}
