// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.resources;

import io.cozecore.internal.Wire;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The parameters of conversations.messages.delete, by name and type; required: conversation_id,
 * message_id (checked by build()).
 */
public final class ConversationsMessagesDeleteParams {
  private final Map<String, Object> values;

  private ConversationsMessagesDeleteParams(Map<String, Object> values) {
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
    return "ConversationsMessagesDeleteParams" + values.keySet();
  }

  /**
   * Builds a ConversationsMessagesDeleteParams; {@link #build()} checks the required parameters.
   */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Required. {@code conversation_id} (query parameter {@code conversation_id}, id). */
    public Builder conversationId(String conversationId) {
      values.put("conversation_id", Objects.requireNonNull(conversationId, "conversationId"));
      return this;
    }

    /** Required. {@code message_id} (query parameter {@code message_id}, id). */
    public Builder messageId(String messageId) {
      values.put("message_id", Objects.requireNonNull(messageId, "messageId"));
      return this;
    }

    /**
     * The parameters.
     *
     * @throws io.cozecore.InvalidArgumentException when a required parameter is missing
     */
    public ConversationsMessagesDeleteParams build() {
      return new ConversationsMessagesDeleteParams(
          Wire.require("conversations.messages.delete", values, "conversation_id", "message_id"));
    }
  }
}
