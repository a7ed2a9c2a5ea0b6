// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.resources;

import io.cozecore.internal.Wire;
import io.cozecore.model.ToolOutput;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The parameters of chat.submit_tool_outputs and chat.submit_tool_outputs.stream, by name and type;
 * required: conversation_id, chat_id, tool_outputs (checked by build()).
 */
public final class ChatSubmitToolOutputsParams {
  private final Map<String, Object> values;

  private ChatSubmitToolOutputsParams(Map<String, Object> values) {
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
    return "ChatSubmitToolOutputsParams" + values.keySet();
  }

  /** Builds a ChatSubmitToolOutputsParams; {@link #build()} checks the required parameters. */
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
     * Required. One result per tool call (body parameter {@code tool_outputs}, array of
     * ToolOutput).
     */
    public Builder toolOutputs(List<ToolOutput> toolOutputs) {
      values.put("tool_outputs", Wire.value(Objects.requireNonNull(toolOutputs, "toolOutputs")));
      return this;
    }

    /** Channel of the chat (1024 API, 999 Chat SDK) (body parameter {@code connector_id}, id). */
    public Builder connectorId(String connectorId) {
      values.put("connector_id", Objects.requireNonNull(connectorId, "connectorId"));
      return this;
    }

    /**
     * The parameters.
     *
     * @throws io.cozecore.InvalidArgumentException when a required parameter is missing
     */
    public ChatSubmitToolOutputsParams build() {
      return new ChatSubmitToolOutputsParams(
          Wire.require(
              "chat.submit_tool_outputs", values, "conversation_id", "chat_id", "tool_outputs"));
    }
  }
}
