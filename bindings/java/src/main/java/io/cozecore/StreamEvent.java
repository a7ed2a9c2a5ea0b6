package io.cozecore;

import io.cozecore.internal.CellReader;
import io.cozecore.internal.Cells;
import io.cozecore.internal.CoreRecord;
import io.cozecore.internal.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
   * The events of a batch record (its root an ARRAY of events, as {@code CallDriver.nextBatch()}
   * hands it over), in order; empty for any other record. For the runtime's flows (pages, polls,
   * the device flow), which read the flow's own events.
   */
  static List<StreamEvent> batch(CoreRecord batch) {
    if (batch.tag(CoreRecord.ROOT) != CoreRecord.ARRAY) return List.of();
    int array = batch.a(CoreRecord.ROOT);
    int n = batch.b(CoreRecord.ROOT);
    List<StreamEvent> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(new StreamEvent(batch, batch.a(CoreRecord.itemCell(array, i))));
    }
    return out;
  }

  /** The payload read by {@code reader} (null when it is not of that type). */
  final <T> T data(CellReader<T> reader) {
    return reader.read(record, CoreRecord.itemCell(node, 2));
  }

  /** This event read from its batch as the answer with log id {@code logid} (a page's answer). */
  final StreamEvent withLogid(String logid) {
    return new StreamEvent(record.withLogid(logid), node);
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

  /** The class name and {@link #toMap()} as JSON, a payload's credentials shown as {@code ***}. */
  @Override
  public String toString() {
    Map<String, Object> m = toMap();
    Object d = data();
    if (d instanceof ModelView) m.put("data", ((ModelView) d).printable());
    return getClass().getSimpleName() + Json.write(m);
  }
}
