// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.resources;

import io.cozecore.internal.Wire;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The parameters of conversations.messages.list, by name and type; required: conversation_id
 * (checked by build()).
 */
public final class ConversationsMessagesListParams {
  private final Map<String, Object> values;

  private ConversationsMessagesListParams(Map<String, Object> values) {
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
    return "ConversationsMessagesListParams" + values.keySet();
  }

  /** Builds a ConversationsMessagesListParams; {@link #build()} checks the required parameters. */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Required. {@code conversation_id} (query parameter {@code conversation_id}, id). */
    public Builder conversationId(String conversationId) {
      values.put("conversation_id", Objects.requireNonNull(conversationId, "conversationId"));
      return this;
    }

    /** Order by creation time (default desc) (body parameter {@code order}, string). */
    public Builder order(String order) {
      values.put("order", Objects.requireNonNull(order, "order"));
      return this;
    }

    /** Only the messages of this chat (body parameter {@code chat_id}, id). */
    public Builder chatId(String chatId) {
      values.put("chat_id", Objects.requireNonNull(chatId, "chatId"));
      return this;
    }

    /** Messages before this one (body parameter {@code before_id}, id). */
    public Builder beforeId(String beforeId) {
      values.put("before_id", Objects.requireNonNull(beforeId, "beforeId"));
      return this;
    }

    /** Messages after this one (body parameter {@code after_id}, id). */
    public Builder afterId(String afterId) {
      values.put("after_id", Objects.requireNonNull(afterId, "afterId"));
      return this;
    }

    /** Items per page (1-50) (body parameter {@code limit}, integer). */
    public Builder limit(long limit) {
      values.put("limit", limit);
      return this;
    }

    /** Only the messages of this bot (body parameter {@code bot_id}, id). */
    public Builder botId(String botId) {
      values.put("bot_id", Objects.requireNonNull(botId, "botId"));
      return this;
    }

    /**
     * The parameters.
     *
     * @throws io.cozecore.InvalidArgumentException when a required parameter is missing
     */
    public ConversationsMessagesListParams build() {
      return new ConversationsMessagesListParams(
          Wire.require("conversations.messages.list", values, "conversation_id"));
    }
  }
}
