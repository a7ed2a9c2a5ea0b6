package io.cozecore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The parameters of {@code chat.create} / {@code chat.stream}, by the API's field names. */
public final class ChatRequest {
  private final Map<String, Object> params;

  private ChatRequest(Map<String, Object> params) {
    this.params = params;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The fields as sent ({@code bot_id}, {@code user_id}, {@code additional_messages}, ...). */
  public Map<String, Object> toParams() {
    return new LinkedHashMap<>(params);
  }

  public static final class Builder {
    private final Map<String, Object> params = new LinkedHashMap<>();
    private final List<Map<String, Object>> messages = new ArrayList<>();

    private Builder() {}

    public Builder botId(String botId) {
      params.put("bot_id", Objects.requireNonNull(botId, "botId"));
      return this;
    }

    /** Your own id for the end user. */
    public Builder userId(String userId) {
      params.put("user_id", Objects.requireNonNull(userId, "userId"));
      return this;
    }

    /** Continue this conversation (a new one otherwise). */
    public Builder conversationId(String conversationId) {
      params.put("conversation_id", Objects.requireNonNull(conversationId, "conversationId"));
      return this;
    }

    public Builder addMessage(Message message) {
      messages.add(message.toParams());
      return this;
    }

    public Builder messages(List<Message> list) {
      messages.clear();
      for (Message m : list) addMessage(m);
      return this;
    }

    public Builder customVariables(Map<String, String> vars) {
      params.put("custom_variables", new LinkedHashMap<>(vars));
      return this;
    }

    public Builder metaData(Map<String, String> metaData) {
      params.put("meta_data", new LinkedHashMap<>(metaData));
      return this;
    }

    public Builder autoSaveHistory(boolean save) {
      params.put("auto_save_history", save);
      return this;
    }

    public Builder extraParams(Map<String, String> extra) {
      params.put("extra_params", new LinkedHashMap<>(extra));
      return this;
    }

    /** Workflow or chat-flow parameters. */
    public Builder parameters(Map<String, ?> parameters) {
      params.put("parameters", new LinkedHashMap<>(parameters));
      return this;
    }

    /** Any other field, by its API name. */
    public Builder param(String name, Object value) {
      params.put(Objects.requireNonNull(name, "name"), value);
      return this;
    }

    public ChatRequest build() {
      Map<String, Object> p = new LinkedHashMap<>(params);
      p.put("additional_messages", new ArrayList<>(messages));
      return new ChatRequest(p);
    }
  }
}
