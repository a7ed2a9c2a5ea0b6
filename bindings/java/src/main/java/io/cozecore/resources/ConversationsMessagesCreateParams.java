// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.resources;

import io.cozecore.internal.Wire;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The parameters of conversations.messages.create, by name and type; required: conversation_id,
 * role, content, content_type (checked by build()).
 */
public final class ConversationsMessagesCreateParams {
  private final Map<String, Object> values;

  private ConversationsMessagesCreateParams(Map<String, Object> values) {
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
    return "ConversationsMessagesCreateParams" + values.keySet();
  }

  /**
   * Builds a ConversationsMessagesCreateParams; {@link #build()} checks the required parameters.
   */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Required. {@code conversation_id} (query parameter {@code conversation_id}, id). */
    public Builder conversationId(String conversationId) {
      values.put("conversation_id", Objects.requireNonNull(conversationId, "conversationId"));
      return this;
    }

    /** Required. {@code role} (body parameter {@code role}, string). */
    public Builder role(String role) {
      values.put("role", Objects.requireNonNull(role, "role"));
      return this;
    }

    /**
     * Required. Text, or the JSON text of object_string items (body parameter {@code content},
     * string).
     */
    public Builder content(String content) {
      values.put("content", Objects.requireNonNull(content, "content"));
      return this;
    }

    /** Required. {@code content_type} (body parameter {@code content_type}, string). */
    public Builder contentType(String contentType) {
      values.put("content_type", Objects.requireNonNull(contentType, "contentType"));
      return this;
    }

    /** Custom key-value pairs (body parameter {@code meta_data}, map of string). */
    public Builder metaData(Map<String, String> metaData) {
      values.put("meta_data", Wire.value(Objects.requireNonNull(metaData, "metaData")));
      return this;
    }

    /**
     * The parameters.
     *
     * @throws io.cozecore.InvalidArgumentException when a required parameter is missing
     */
    public ConversationsMessagesCreateParams build() {
      return new ConversationsMessagesCreateParams(
          Wire.require(
              "conversations.messages.create",
              values,
              "conversation_id",
              "role",
              "content",
              "content_type"));
    }
  }
}
