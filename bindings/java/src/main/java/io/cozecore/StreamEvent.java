package io.cozecore;

import io.cozecore.internal.Cells;
import io.cozecore.internal.CoreRecord;
import io.cozecore.internal.Json;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One event of a stream, read lazily from the batch it arrived in: its name as the API sent it
 * ({@link #type()}), its SSE id, and its payload ({@link #data()}): the typed view of the event's
 * model ({@code io.cozecore.model}) when the event is known and its payload is an object, otherwise
 * the payload as a plain value (so an unknown event arrives whole). The generated {@code ChatEvent}
 * and {@code WorkflowEvent} add one typed accessor per payload model.
 */
public class StreamEvent {
  private final CoreRecord record;
  private final int node;

  /** The event at array node {@code node} of a batch record (cells: code, name, payload, id). */
  public StreamEvent(CoreRecord record, int node) {
    this.record = record;
    this.node = node;
  }

  /**
   * The event name as the API sent it ({@code conversation.message.delta}, {@code Message}, ...).
   */
  public final String type() {
    return Cells.STRING.read(record, CoreRecord.itemCell(node, 1));
  }

  /**
   * The index of the event in the description's list of events; -1 for an event it does not name.
   */
  public final int code() {
    Long c = Cells.INTEGER.read(record, CoreRecord.itemCell(node, 0));
    return c == null ? -1 : c.intValue();
  }

  /** The SSE {@code id} in effect for this event; "" when the stream sent none. */
  public final String id() {
    String id = Cells.STRING.read(record, CoreRecord.itemCell(node, 3));
    return id == null ? "" : id;
  }

  /**
   * The payload: a typed view ({@link ModelView}) for a known event with an object payload, else a
   * plain value (String, Long, Double, Boolean, List, Map, or null).
   */
  public final Object data() {
    return Cells.typed(record, CoreRecord.itemCell(node, 2));
  }

  /** The payload as {@code type} when it is one, else null (for the generated accessors). */
  protected final <T> T dataAs(Class<T> type) {
    Object d = data();
    return type.isInstance(d) ? type.cast(d) : null;
  }

  /** The payload as a plain value (its canonical view, with {@code "$extra"} for unknown keys). */
  public final Object dataValue() {
    return Cells.value(record, CoreRecord.itemCell(node, 2));
  }

  /**
   * {@code {"type": <name>, "data": <canonical payload>}}, the form the conformance vectors
   * compare.
   */
  public final Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", type());
    m.put("data", dataValue());
    return m;
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + Json.write(toMap());
  }
}
