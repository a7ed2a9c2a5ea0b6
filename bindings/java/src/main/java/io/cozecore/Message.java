package io.cozecore;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** A message to send in a chat's {@code additional_messages}. */
public final class Message {
  private final String role;
  private final String content;
  private final String contentType;
  private final String type;

  private Message(String role, String content, String contentType, String type) {
    this.role = Objects.requireNonNull(role, "role");
    this.content = Objects.requireNonNull(content, "content");
    this.contentType = Objects.requireNonNull(contentType, "contentType");
    this.type = type;
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

  public String contentType() {
    return contentType;
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
