package io.cozecore;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A message of a conversation: one to send in a chat's
 * {@code additional_messages} ({@link #user}, {@link #assistant}, {@link #of}),
 * or one received, as the payload of {@code conversation.message.*} and
 * {@code conversation.audio.*} events ({@link ChatEvent#message()}), which
 * also has the ids and times.
 */
public final class Message {
  private final String role;
  private final String content;
  private final String contentType;
  private final String type;
  private final Map<String, Object> data; // a received message's fields, else empty

  private Message(String role, String content, String contentType, String type) {
    this.role = Objects.requireNonNull(role, "role");
    this.content = Objects.requireNonNull(content, "content");
    this.contentType = Objects.requireNonNull(contentType, "contentType");
    this.type = type;
    this.data = Collections.emptyMap();
  }

  private Message(Map<String, Object> data) {
    this.data = Collections.unmodifiableMap(data);
    this.role = JsonValues.text(data, "role");
    this.content = JsonValues.text(data, "content");
    this.contentType = JsonValues.text(data, "content_type");
    this.type = JsonValues.text(data, "type");
  }

  /** A received message, read leniently (a field of the wrong type reads as empty). */
  static Message fromJson(Map<String, Object> data) {
    return new Message(data);
  }

  /** A text question from the user. */
  public static Message user(String text) {
    return new Message("user", text, "text", "question");
  }

  /** A text answer from the bot, as earlier context. */
  public static Message assistant(String text) {
    return new Message("assistant", text, "text", "answer");
  }

  /**
   * Any message: {@code role} is {@code user} or {@code assistant};
   * {@code contentType} is {@code text} or {@code object_string} (multimodal
   * content as a JSON array in text).
   */
  public static Message of(String role, String content, String contentType) {
    return new Message(role, content, contentType, null);
  }

  public String role() {
    return role;
  }

  public String content() {
    return content;
  }

  /** {@code text}, {@code object_string}, {@code card}, {@code audio}. */
  public String contentType() {
    return contentType;
  }

  /**
   * {@code answer}, {@code question}, {@code function_call}, {@code tool_output},
   * {@code tool_response}, {@code follow_up}, {@code verbose}; null when not set.
   */
  public String type() {
    return type;
  }

  /** The id of a received message; "" otherwise. */
  public String id() {
    return JsonValues.text(data, "id");
  }

  public String conversationId() {
    return JsonValues.text(data, "conversation_id");
  }

  public String botId() {
    return JsonValues.text(data, "bot_id");
  }

  public String chatId() {
    return JsonValues.text(data, "chat_id");
  }

  public String sectionId() {
    return JsonValues.text(data, "section_id");
  }

  public String reasoningContent() {
    return JsonValues.text(data, "reasoning_content");
  }

  public Map<String, Object> metaData() {
    return JsonValues.object(data, "meta_data");
  }

  /** Unix seconds, 0 when absent. */
  public long createdAt() {
    return JsonValues.number(data, "created_at");
  }

  public long updatedAt() {
    return JsonValues.number(data, "updated_at");
  }

  /** Every field of a received message as decoded JSON; empty for a message to send. */
  public Map<String, Object> data() {
    return data;
  }

  @Override
  public String toString() {
    return "Message{role=" + role + ", type=" + type + ", contentType=" + contentType + "}";
  }

  Map<String, Object> toParams() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("role", role);
    m.put("content", content);
    m.put("content_type", contentType);
    if (type != null) m.put("type", type);
    return m;
  }
}
