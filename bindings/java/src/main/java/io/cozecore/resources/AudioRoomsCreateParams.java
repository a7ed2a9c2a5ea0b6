// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.resources;

import io.cozecore.internal.Wire;
import io.cozecore.model.RoomConfig;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The parameters of audio.rooms.create, by name and type; required: bot_id (checked by build()).
 */
public final class AudioRoomsCreateParams {
  private final Map<String, Object> values;

  private AudioRoomsCreateParams(Map<String, Object> values) {
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
    return "AudioRoomsCreateParams" + values.keySet();
  }

  /** Builds a AudioRoomsCreateParams; {@link #build()} checks the required parameters. */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Required. {@code bot_id} (body parameter {@code bot_id}, id). */
    public Builder botId(String botId) {
      values.put("bot_id", Objects.requireNonNull(botId, "botId"));
      return this;
    }

    /** {@code conversation_id} (body parameter {@code conversation_id}, id). */
    public Builder conversationId(String conversationId) {
      values.put("conversation_id", Objects.requireNonNull(conversationId, "conversationId"));
      return this;
    }

    /** {@code voice_id} (body parameter {@code voice_id}, id). */
    public Builder voiceId(String voiceId) {
      values.put("voice_id", Objects.requireNonNull(voiceId, "voiceId"));
      return this;
    }

    /** The end user's id in the room (body parameter {@code uid}, string). */
    public Builder uid(String uid) {
      values.put("uid", Objects.requireNonNull(uid, "uid"));
      return this;
    }

    /** {@code workflow_id} (body parameter {@code workflow_id}, id). */
    public Builder workflowId(String workflowId) {
      values.put("workflow_id", Objects.requireNonNull(workflowId, "workflowId"));
      return this;
    }

    /** {@code config} (body parameter {@code config}, RoomConfig). */
    public Builder config(RoomConfig config) {
      values.put("config", Wire.value(Objects.requireNonNull(config, "config")));
      return this;
    }

    /**
     * The parameters.
     *
     * @throws io.cozecore.InvalidArgumentException when a required parameter is missing
     */
    public AudioRoomsCreateParams build() {
      return new AudioRoomsCreateParams(Wire.require("audio.rooms.create", values, "bot_id"));
    }
  }
}
