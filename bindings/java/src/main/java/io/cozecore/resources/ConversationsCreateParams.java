// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.resources;

import io.cozecore.internal.Wire;
import io.cozecore.model.EnterMessage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The parameters of conversations.create, by name and type; all optional. */
public final class ConversationsCreateParams {
  private final Map<String, Object> values;

  private ConversationsCreateParams(Map<String, Object> values) {
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
    return "ConversationsCreateParams" + values.keySet();
  }

  /** Builds a ConversationsCreateParams; {@link #build()} checks the required parameters. */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Bot the conversation belongs to (body parameter {@code bot_id}, id). */
    public Builder botId(String botId) {
      values.put("bot_id", Objects.requireNonNull(botId, "botId"));
      return this;
    }

    /** Conversation name (body parameter {@code name}, string). */
    public Builder name(String name) {
      values.put("name", Objects.requireNonNull(name, "name"));
      return this;
    }

    /** Initial messages (at most 16) (body parameter {@code messages}, array of EnterMessage). */
    public Builder messages(List<EnterMessage> messages) {
      values.put("messages", Wire.value(Objects.requireNonNull(messages, "messages")));
      return this;
    }

    /** Custom key-value pairs (body parameter {@code meta_data}, map of string). */
    public Builder metaData(Map<String, String> metaData) {
      values.put("meta_data", Wire.value(Objects.requireNonNull(metaData, "metaData")));
      return this;
    }

    /** Channel (1024 API, 999 Chat SDK) (body parameter {@code connector_id}, id). */
    public Builder connectorId(String connectorId) {
      values.put("connector_id", Objects.requireNonNull(connectorId, "connectorId"));
      return this;
    }

    /**
     * The parameters.
     *
     * @throws io.cozecore.InvalidArgumentException when a required parameter is missing
     */
    public ConversationsCreateParams build() {
      return new ConversationsCreateParams(Wire.require("conversations.create", values));
    }
  }
}
