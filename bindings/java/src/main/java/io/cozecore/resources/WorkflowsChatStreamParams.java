// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.resources;

import io.cozecore.internal.Wire;
import io.cozecore.model.EnterMessage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The parameters of workflows.chat.stream, by name and type; required: workflow_id,
 * additional_messages (checked by build()).
 */
public final class WorkflowsChatStreamParams {
  private final Map<String, Object> values;

  private WorkflowsChatStreamParams(Map<String, Object> values) {
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
    return "WorkflowsChatStreamParams" + values.keySet();
  }

  /** Builds a WorkflowsChatStreamParams; {@link #build()} checks the required parameters. */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Required. {@code workflow_id} (body parameter {@code workflow_id}, id). */
    public Builder workflowId(String workflowId) {
      values.put("workflow_id", Objects.requireNonNull(workflowId, "workflowId"));
      return this;
    }

    /**
     * Required. Context messages; the last one is the query (body parameter {@code
     * additional_messages}, array of EnterMessage).
     */
    public Builder additionalMessages(List<EnterMessage> additionalMessages) {
      values.put(
          "additional_messages",
          Wire.value(Objects.requireNonNull(additionalMessages, "additionalMessages")));
      return this;
    }

    /** Input parameters of the start node (body parameter {@code parameters}, any). */
    public Builder parameters(Object parameters) {
      values.put("parameters", Wire.value(parameters));
      return this;
    }

    /** App the chat flow belongs to (body parameter {@code app_id}, id). */
    public Builder appId(String appId) {
      values.put("app_id", Objects.requireNonNull(appId, "appId"));
      return this;
    }

    /** Bot to run the chat flow as (body parameter {@code bot_id}, id). */
    public Builder botId(String botId) {
      values.put("bot_id", Objects.requireNonNull(botId, "botId"));
      return this;
    }

    /** Conversation to chat in (body parameter {@code conversation_id}, id). */
    public Builder conversationId(String conversationId) {
      values.put("conversation_id", Objects.requireNonNull(conversationId, "conversationId"));
      return this;
    }

    /**
     * Extra fields such as latitude, longitude, user_id (body parameter {@code ext}, map of
     * string).
     */
    public Builder ext(Map<String, String> ext) {
      values.put("ext", Wire.value(Objects.requireNonNull(ext, "ext")));
      return this;
    }

    /** Version to run (body parameter {@code workflow_version}, string). */
    public Builder workflowVersion(String workflowVersion) {
      values.put("workflow_version", Objects.requireNonNull(workflowVersion, "workflowVersion"));
      return this;
    }

    /** Channel (default 1024, API) (body parameter {@code connector_id}, id). */
    public Builder connectorId(String connectorId) {
      values.put("connector_id", Objects.requireNonNull(connectorId, "connectorId"));
      return this;
    }

    /**
     * The parameters.
     *
     * @throws io.cozecore.InvalidArgumentException when a required parameter is missing
     */
    public WorkflowsChatStreamParams build() {
      return new WorkflowsChatStreamParams(
          Wire.require("workflows.chat.stream", values, "workflow_id", "additional_messages"));
    }
  }
}
