// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.resources;

import io.cozecore.internal.Wire;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The parameters of chat.messages.list, by name and type; required: conversation_id, chat_id
 * (checked by build()).
 */
public final class ChatMessagesListParams {
  private final Map<String, Object> values;

  private ChatMessagesListParams(Map<String, Object> values) {
    this.values = values;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The values as the core takes them: API names, plain JSON values; read-only. */
  public Map<String, Object> toParams() {
    return values;
  }

  @Override
  public String toString() {
    return "ChatMessagesListParams" + values.keySet();
  }

  /** Builds a ChatMessagesListParams; {@link #build()} checks the required parameters. */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Required. {@code conversation_id} (query parameter {@code conversation_id}, id). */
    public Builder conversationId(String conversationId) {
      values.put("conversation_id", Objects.requireNonNull(conversationId, "conversationId"));
      return this;
    }

    /** Required. {@code chat_id} (query parameter {@code chat_id}, id). */
    public Builder chatId(String chatId) {
      values.put("chat_id", Objects.requireNonNull(chatId, "chatId"));
      return this;
    }

    /**
     * The parameters.
     *
     * @throws io.cozecore.InvalidArgumentException when a required parameter is missing
     */
    public ChatMessagesListParams build() {
      return new ChatMessagesListParams(
          Wire.require("chat.messages.list", values, "conversation_id", "chat_id"));
    }
  }
}
