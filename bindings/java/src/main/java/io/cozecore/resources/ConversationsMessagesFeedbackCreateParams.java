// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.resources;

import io.cozecore.internal.Wire;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The parameters of conversations.messages.feedback.create, by name and type; required:
 * conversation_id, message_id, feedback_type (checked by build()).
 */
public final class ConversationsMessagesFeedbackCreateParams {
  private final Map<String, Object> values;

  private ConversationsMessagesFeedbackCreateParams(Map<String, Object> values) {
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
    return "ConversationsMessagesFeedbackCreateParams" + values.keySet();
  }

  /**
   * Builds a ConversationsMessagesFeedbackCreateParams; {@link #build()} checks the required
   * parameters.
   */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Required. {@code conversation_id} (path parameter {@code conversation_id}, id). */
    public Builder conversationId(String conversationId) {
      values.put("conversation_id", Objects.requireNonNull(conversationId, "conversationId"));
      return this;
    }

    /** Required. {@code message_id} (path parameter {@code message_id}, id). */
    public Builder messageId(String messageId) {
      values.put("message_id", Objects.requireNonNull(messageId, "messageId"));
      return this;
    }

    /** Required. {@code feedback_type} (body parameter {@code feedback_type}, string). */
    public Builder feedbackType(String feedbackType) {
      values.put("feedback_type", Objects.requireNonNull(feedbackType, "feedbackType"));
      return this;
    }

    /** Reasons for an unlike (body parameter {@code reason_types}, array of string). */
    public Builder reasonTypes(List<String> reasonTypes) {
      values.put("reason_types", Wire.value(Objects.requireNonNull(reasonTypes, "reasonTypes")));
      return this;
    }

    /** Free text (body parameter {@code comment}, string). */
    public Builder comment(String comment) {
      values.put("comment", Objects.requireNonNull(comment, "comment"));
      return this;
    }

    /**
     * The parameters.
     *
     * @throws io.cozecore.InvalidArgumentException when a required parameter is missing
     */
    public ConversationsMessagesFeedbackCreateParams build() {
      return new ConversationsMessagesFeedbackCreateParams(
          Wire.require(
              "conversations.messages.feedback.create",
              values,
              "conversation_id",
              "message_id",
              "feedback_type"));
    }
  }
}
