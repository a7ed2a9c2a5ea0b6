// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.model;

import io.cozecore.ModelView;
import io.cozecore.internal.CellReader;
import io.cozecore.internal.Cells;
import io.cozecore.internal.CoreRecord;
import io.cozecore.internal.Decoding;
import io.cozecore.internal.Json;
import io.cozecore.internal.Wire;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One message of a conversation. A lazy view of an answer: each field is read when its accessor is
 * called (null when absent); build one to send with builder().
 */
public final class Message extends ModelView {
  /** This model's id in records (its index in the description's list of models). */
  public static final int MODEL_ID = 57;

  private static final CellReader<Map<String, String>> READ_10 = Cells.map(Cells.STRING);

  /** A view of object node {@code node} of {@code record} (made by the runtime). */
  public Message(CoreRecord record, int node) {
    super(record, node, MODEL_ID);
  }

  /**
   * JSON text read as a Message by the core (the canonical rules of core/api/README.md).
   *
   * @throws io.cozecore.DecodeException when the text is not JSON or not an object
   */
  public static Message parse(String json) {
    CoreRecord r = Decoding.model("Message", json);
    return new Message(r, Decoding.objectNode(r, "Message"));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Field {@code id} (id). */
  public String id() {
    return read(0, Cells.STRING);
  }

  /** Field {@code conversation_id} (id). */
  public String conversationId() {
    return read(1, Cells.STRING);
  }

  /** Field {@code bot_id} (id). */
  public String botId() {
    return read(2, Cells.STRING);
  }

  /** Field {@code chat_id} (id). */
  public String chatId() {
    return read(3, Cells.STRING);
  }

  /** Context section of the message. Field {@code section_id} (id). */
  public String sectionId() {
    return read(4, Cells.STRING);
  }

  /** Field {@code role} (string). Known values: user, assistant (others are kept). */
  public String role() {
    return read(5, Cells.STRING);
  }

  /**
   * Field {@code type} (string). Known values: answer, question, function_call, tool_output,
   * tool_response, follow_up, verbose (others are kept).
   */
  public String type() {
    return read(6, Cells.STRING);
  }

  /** Text, JSON text of object_string items, or base64 audio. Field {@code content} (string). */
  public String content() {
    return read(7, Cells.STRING);
  }

  /**
   * Field {@code content_type} (string). Known values: text, object_string, card, audio (others are
   * kept).
   */
  public String contentType() {
    return read(8, Cells.STRING);
  }

  /** The model's chain of thought. Field {@code reasoning_content} (string). */
  public String reasoningContent() {
    return read(9, Cells.STRING);
  }

  /** Custom key-value pairs. Field {@code meta_data} (map of string). */
  public Map<String, String> metaData() {
    return read(10, READ_10);
  }

  /** Unix time in seconds. Field {@code created_at} (integer). */
  public Long createdAt() {
    return read(11, Cells.INTEGER);
  }

  /** Unix time in seconds. Field {@code updated_at} (integer). */
  public Long updatedAt() {
    return read(12, Cells.INTEGER);
  }

  /** Builds a Message to send (read back through the core, as an answer would be). */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Sets {@code id}. */
    public Builder id(String id) {
      values.put("id", id);
      return this;
    }

    /** Sets {@code conversation_id}. */
    public Builder conversationId(String conversationId) {
      values.put("conversation_id", conversationId);
      return this;
    }

    /** Sets {@code bot_id}. */
    public Builder botId(String botId) {
      values.put("bot_id", botId);
      return this;
    }

    /** Sets {@code chat_id}. */
    public Builder chatId(String chatId) {
      values.put("chat_id", chatId);
      return this;
    }

    /** Sets {@code section_id}. */
    public Builder sectionId(String sectionId) {
      values.put("section_id", sectionId);
      return this;
    }

    /** Sets {@code role}. */
    public Builder role(String role) {
      values.put("role", role);
      return this;
    }

    /** Sets {@code type}. */
    public Builder type(String type) {
      values.put("type", type);
      return this;
    }

    /** Sets {@code content}. */
    public Builder content(String content) {
      values.put("content", content);
      return this;
    }

    /** Sets {@code content_type}. */
    public Builder contentType(String contentType) {
      values.put("content_type", contentType);
      return this;
    }

    /** Sets {@code reasoning_content}. */
    public Builder reasoningContent(String reasoningContent) {
      values.put("reasoning_content", reasoningContent);
      return this;
    }

    /** Sets {@code meta_data}. */
    public Builder metaData(Map<String, String> metaData) {
      values.put("meta_data", Wire.value(metaData));
      return this;
    }

    /** Sets {@code created_at}. */
    public Builder createdAt(long createdAt) {
      values.put("created_at", createdAt);
      return this;
    }

    /** Sets {@code updated_at}. */
    public Builder updatedAt(long updatedAt) {
      values.put("updated_at", updatedAt);
      return this;
    }

    /** Any other key, sent as given (a plain JSON value or a view). */
    public Builder putExtra(String key, Object value) {
      values.put(key, Wire.value(value));
      return this;
    }

    public Message build() {
      return parse(Json.write(values));
    }
  }
}
