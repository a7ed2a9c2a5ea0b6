// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.resources;

import io.cozecore.internal.Wire;
import io.cozecore.model.EnterMessage;
import io.cozecore.model.ShortcutCommand;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The parameters of chat.create and chat.stream, by name and type; required: bot_id, user_id
 * (checked by build()).
 */
public final class ChatCreateParams {
  private final Map<String, Object> values;

  private ChatCreateParams(Map<String, Object> values) {
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
    return "ChatCreateParams" + values.keySet();
  }

  /** Builds a ChatCreateParams; {@link #build()} checks the required parameters. */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Conversation to chat in; a new one when absent (query parameter {@code conversation_id}, id).
     */
    public Builder conversationId(String conversationId) {
      values.put("conversation_id", Objects.requireNonNull(conversationId, "conversationId"));
      return this;
    }

    /** Required. Bot to chat with (body parameter {@code bot_id}, id). */
    public Builder botId(String botId) {
      values.put("bot_id", Objects.requireNonNull(botId, "botId"));
      return this;
    }

    /** Required. The caller's own id for the end user (body parameter {@code user_id}, string). */
    public Builder userId(String userId) {
      values.put("user_id", Objects.requireNonNull(userId, "userId"));
      return this;
    }

    /**
     * Context messages; the last one is the query (body parameter {@code additional_messages},
     * array of EnterMessage).
     */
    public Builder additionalMessages(List<EnterMessage> additionalMessages) {
      values.put(
          "additional_messages",
          Wire.value(Objects.requireNonNull(additionalMessages, "additionalMessages")));
      return this;
    }

    /**
     * Values of the bot's prompt variables (body parameter {@code custom_variables}, map of
     * string).
     */
    public Builder customVariables(Map<String, String> customVariables) {
      values.put(
          "custom_variables",
          Wire.value(Objects.requireNonNull(customVariables, "customVariables")));
      return this;
    }

    /**
     * Save the chat's messages in the conversation (body parameter {@code auto_save_history},
     * boolean).
     */
    public Builder autoSaveHistory(boolean autoSaveHistory) {
      values.put("auto_save_history", autoSaveHistory);
      return this;
    }

    /**
     * Custom key-value pairs kept on the chat (body parameter {@code meta_data}, map of string).
     */
    public Builder metaData(Map<String, String> metaData) {
      values.put("meta_data", Wire.value(Objects.requireNonNull(metaData, "metaData")));
      return this;
    }

    /**
     * Extra parameters such as latitude and longitude (body parameter {@code extra_params}, map of
     * string).
     */
    public Builder extraParams(Map<String, String> extraParams) {
      values.put("extra_params", Wire.value(Objects.requireNonNull(extraParams, "extraParams")));
      return this;
    }

    /** Input parameters of the bot's chat flow (body parameter {@code parameters}, any). */
    public Builder parameters(Object parameters) {
      values.put("parameters", Wire.value(parameters));
      return this;
    }

    /** Allow card messages in the answer (body parameter {@code enable_card}, boolean). */
    public Builder enableCard(boolean enableCard) {
      values.put("enable_card", enableCard);
      return this;
    }

    /** {@code shortcut_command} (body parameter {@code shortcut_command}, ShortcutCommand). */
    public Builder shortcutCommand(ShortcutCommand shortcutCommand) {
      values.put(
          "shortcut_command",
          Wire.value(Objects.requireNonNull(shortcutCommand, "shortcutCommand")));
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
    public ChatCreateParams build() {
      return new ChatCreateParams(Wire.require("chat.create", values, "bot_id", "user_id"));
    }
  }
}
