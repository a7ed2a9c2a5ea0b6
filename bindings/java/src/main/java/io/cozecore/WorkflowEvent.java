package io.cozecore;

import java.util.Locale;
import java.util.Map;

/**
 * One event of a workflow stream ({@link WorkflowResource#stream},
 * {@link WorkflowResource#resume}). {@link #type()} is the event normalised
 * (the server's names match case-insensitively; a name nobody knows is
 * {@link Type#UNKNOWN}), {@link #event()} the name as received and
 * {@link #data()} the payload, so an unknown event arrives whole. Reading is
 * lenient: a field of the wrong type reads as empty.
 */
public final class WorkflowEvent {
  /** The kinds of workflow events. */
  public enum Type {
    MESSAGE,
    ERROR,
    INTERRUPT,
    DONE,
    PING,
    UNKNOWN
  }

  private final Type type;
  private final String event;
  private final String dataJson;
  private final Map<String, Object> data;

  /** Decodes an event from its name and JSON payload; never throws for bad data. */
  public static WorkflowEvent of(String event, String dataJson) {
    return new WorkflowEvent(event, dataJson);
  }

  private WorkflowEvent(String event, String dataJson) {
    this.event = event;
    this.dataJson = dataJson;
    Type t = Type.UNKNOWN;
    for (Type candidate : Type.values()) {
      if (candidate != Type.UNKNOWN && candidate.name().equals(event.toUpperCase(Locale.ROOT))) t = candidate;
    }
    this.type = t;
    this.data = ChatEvent.payload(dataJson);
  }

  public Type type() {
    return type;
  }

  /** The event name as received ({@code Message}, {@code PING}, or an unknown one). */
  public String event() {
    return event;
  }

  /** The payload when it is a JSON object, else empty. */
  public Map<String, Object> data() {
    return data;
  }

  /** The payload as JSON text. */
  public String dataJson() {
    return dataJson;
  }

  /** The node output of a {@code Message} event; null for others. */
  public WorkflowMessage message() {
    return type == Type.MESSAGE ? new WorkflowMessage(data) : null;
  }

  /** The text of a {@code Message} event; null for others. */
  public String content() {
    return type == Type.MESSAGE ? new WorkflowMessage(data).content() : null;
  }

  /** The payload of an {@code Error} event; null for others. */
  public WorkflowError error() {
    if (type != Type.ERROR) return null;
    return new WorkflowError(JsonValues.number(data, "error_code"), JsonValues.text(data, "error_message"));
  }

  /** The payload of an {@code Interrupt} event; null for others. */
  public WorkflowInterrupt interrupt() {
    if (type != Type.INTERRUPT) return null;
    Map<String, Object> d = JsonValues.object(data, "interrupt_data");
    return new WorkflowInterrupt(
        new WorkflowInterrupt.Data(JsonValues.text(d, "event_id"), JsonValues.number(d, "type"), JsonValues.jsonText(d, "data")),
        JsonValues.text(data, "node_title"));
  }

  public boolean isDone() {
    return type == Type.DONE;
  }

  /** The debug URL a {@code Done} event may carry; null otherwise. */
  public String debugUrl() {
    if (type != Type.DONE) return null;
    Object url = data.get("debug_url");
    return url instanceof String ? (String) url : null;
  }

  @Override
  public String toString() {
    return "WorkflowEvent{" + event + " " + dataJson + "}";
  }
}
