package io.cozecore;

import io.cozecore.internal.Json;
import java.util.Collections;
import java.util.Map;

/**
 * One event of a stream: its name ({@code conversation.chat.created},
 * {@code conversation.message.delta}, {@code done}, ...) and its JSON payload.
 */
public final class ChatEvent {
  private final String type;
  private final String dataJson;
  private final Map<String, Object> data;

  ChatEvent(String type, String dataJson) {
    this.type = type;
    this.dataJson = dataJson;
    Map<String, Object> parsed = Collections.emptyMap();
    if (!dataJson.isEmpty()) {
      try {
        Object v = Json.parse(dataJson);
        if (v instanceof Map) {
          @SuppressWarnings("unchecked")
          Map<String, Object> m = (Map<String, Object>) v;
          parsed = Collections.unmodifiableMap(m);
        }
      } catch (Json.ParseException e) {
        // the core hands over JSON text; a payload that is not an object stays in dataJson()
      }
    }
    this.data = parsed;
  }

  /** The event name as the API spells it. */
  public String type() {
    return type;
  }

  /** The payload when it is a JSON object, else empty. */
  public Map<String, Object> data() {
    return data;
  }

  /** The payload as JSON text. */
  public String dataJson() {
    return dataJson;
  }

  /** Whether this is a {@code conversation.message.*} event. */
  public boolean isMessage() {
    return type.startsWith("conversation.message.");
  }

  /** The message text of a message event ({@code data.content}); null for other events. */
  public String content() {
    if (!isMessage()) return null;
    Object c = data.get("content");
    return c instanceof String ? (String) c : null;
  }

  /** The chat carried by a {@code conversation.chat.*} event; null for other events. */
  public Chat chat() {
    return type.startsWith("conversation.chat.") ? new Chat(data, "") : null;
  }

  /** Whether this is the stream's end ({@code done}, or a workflow's {@code Done}). */
  public boolean isDone() {
    return type.equalsIgnoreCase("done");
  }

  @Override
  public String toString() {
    return "ChatEvent{" + type + " " + dataJson + "}";
  }
}
