package io.cozecore;

import io.cozecore.internal.Json;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
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
    this.data = payload(dataJson);
  }

  /**
   * An event's payload as a read-only map when it is a JSON object, else empty
   * (the core hands over JSON text; any other payload stays in dataJson()).
   */
  static Map<String, Object> payload(String dataJson) {
    if (dataJson.isEmpty()) return Collections.emptyMap();
    try {
      Object v = Json.parse(dataJson);
      if (v instanceof Map) {
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) v;
        return Collections.unmodifiableMap(m);
      }
    } catch (Json.ParseException e) {
      // not JSON: empty, as for any payload that is not an object
    }
    return Collections.emptyMap();
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

  /** The message of a {@code conversation.message.*} or {@code conversation.audio.*} event; null for others. */
  public Message message() {
    if (!type.startsWith("conversation.message.") && !type.startsWith("conversation.audio.")) return null;
    return Message.fromJson(data);
  }

  /** The calls a {@code conversation.chat.requires_action} event asks for; empty for other events. */
  public List<ToolCall> toolCalls() {
    return type.startsWith("conversation.chat.") ? ToolCall.listOf(data) : Collections.emptyList();
  }

  /** Whether this is the stream's end ({@code done}, or a workflow's {@code Done}). */
  public boolean isDone() {
    return type.equalsIgnoreCase("done");
  }

  /** The debug URL a done event may carry ({@code {debug_url}}); null otherwise. */
  public String debugUrl() {
    if (!isDone()) return null;
    Object url = data.get("debug_url");
    return url instanceof String ? (String) url : null;
  }

  /** {@code conversation.audio.delta}, or a message event whose content_type is {@code audio}. */
  public boolean isAudio() {
    return type.equals("conversation.audio.delta") || (isMessage() && "audio".equals(data.get("content_type")));
  }

  /**
   * The audio of an audio event, decoded from base64; null for other events.
   *
   * @throws DecodeException when the content is not base64
   */
  public byte[] audio() {
    if (!isAudio()) return null;
    Object content = data.containsKey("content") ? data.get("content") : "";
    byte[] bytes = content instanceof String ? decodeBase64((String) content) : null;
    if (bytes == null) {
      throw CozeException.of("decode", "the audio of a '" + type + "' event is not base64", 0, 0, "", false, 0, -1, "");
    }
    return bytes;
  }

  // Standard base64; the padding may be left out. Null when the text is not base64.
  static byte[] decodeBase64(String s) {
    int end = s.length();
    int pad = 0;
    while (end > 0 && s.charAt(end - 1) == '=' && pad < 2) {
      end--;
      pad++;
    }
    if (end % 4 == 1 || (pad > 0 && (end + pad) % 4 != 0)) return null;
    byte[] out = new byte[end * 3 / 4];
    int n = 0;
    int acc = 0;
    int bits = 0;
    for (int i = 0; i < end; i++) {
      char c = s.charAt(i);
      int v;
      if (c >= 'A' && c <= 'Z') v = c - 'A';
      else if (c >= 'a' && c <= 'z') v = c - 'a' + 26;
      else if (c >= '0' && c <= '9') v = c - '0' + 52;
      else if (c == '+') v = 62;
      else if (c == '/') v = 63;
      else return null;
      acc = ((acc << 6) | v) & 0xFFFFFF;
      bits += 6;
      if (bits >= 8) {
        bits -= 8;
        out[n++] = (byte) (acc >> bits);
      }
    }
    if ((acc & ((1 << bits) - 1)) != 0) return null; // stray bits an encoder never writes
    return n == out.length ? out : Arrays.copyOf(out, n);
  }

  @Override
  public String toString() {
    return "ChatEvent{" + type + " " + dataJson + "}";
  }
}
