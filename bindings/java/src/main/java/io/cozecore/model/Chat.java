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
import java.util.List;
import java.util.Map;

/**
 * One call of a bot inside a conversation. A lazy view of an answer: each field is read when its
 * accessor is called (null when absent); build one to send with builder().
 */
public final class Chat extends ModelView {
  /** This model's id in records (its index in the description's list of models). */
  public static final int MODEL_ID = 22;

  private static final CellReader<Map<String, String>> READ_6 = Cells.map(Cells.STRING);
  private static final CellReader<ChatError> READ_7 = Cells.model(ChatError::new);
  private static final CellReader<ChatRequiredAction> READ_9 = Cells.model(ChatRequiredAction::new);
  private static final CellReader<Usage> READ_10 = Cells.model(Usage::new);
  private static final CellReader<List<InsertedMessage>> READ_12 =
      Cells.list(Cells.model(InsertedMessage::new));

  /** A view of object node {@code node} of {@code record} (made by the runtime). */
  public Chat(CoreRecord record, int node) {
    super(record, node, MODEL_ID);
  }

  /**
   * JSON text read as a Chat by the core (the canonical rules of core/api/README.md).
   *
   * @throws io.cozecore.DecodeException when the text is not JSON or not an object
   */
  public static Chat parse(String json) {
    CoreRecord r = Decoding.model("Chat", json);
    return new Chat(r, Decoding.objectNode(r, "Chat"));
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

  /** Unix time in seconds. Field {@code created_at} (integer). */
  public Long createdAt() {
    return read(3, Cells.INTEGER);
  }

  /** Unix time in seconds. Field {@code completed_at} (integer). */
  public Long completedAt() {
    return read(4, Cells.INTEGER);
  }

  /** Unix time in seconds. Field {@code failed_at} (integer). */
  public Long failedAt() {
    return read(5, Cells.INTEGER);
  }

  /** Custom key-value pairs. Field {@code meta_data} (map of string). */
  public Map<String, String> metaData() {
    return read(6, READ_6);
  }

  /** Field {@code last_error} (ChatError). */
  public ChatError lastError() {
    return read(7, READ_7);
  }

  /**
   * Field {@code status} (string). Known values: created, in_progress, completed, failed,
   * requires_action, canceled (others are kept).
   */
  public String status() {
    return read(8, Cells.STRING);
  }

  /** Field {@code required_action} (ChatRequiredAction). */
  public ChatRequiredAction requiredAction() {
    return read(9, READ_9);
  }

  /** Field {@code usage} (Usage). */
  public Usage usage() {
    return read(10, READ_10);
  }

  /** Context section of the chat. Field {@code section_id} (id). */
  public String sectionId() {
    return read(11, Cells.STRING);
  }

  /**
   * Ids of the additional messages saved. Field {@code inserted_additional_messages} (array of
   * InsertedMessage).
   */
  public List<InsertedMessage> insertedAdditionalMessages() {
    return read(12, READ_12);
  }

  /** Builds a Chat to send (read back through the core, as an answer would be). */
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

    /** Sets {@code created_at}. */
    public Builder createdAt(long createdAt) {
      values.put("created_at", createdAt);
      return this;
    }

    /** Sets {@code completed_at}. */
    public Builder completedAt(long completedAt) {
      values.put("completed_at", completedAt);
      return this;
    }

    /** Sets {@code failed_at}. */
    public Builder failedAt(long failedAt) {
      values.put("failed_at", failedAt);
      return this;
    }

    /** Sets {@code meta_data}. */
    public Builder metaData(Map<String, String> metaData) {
      values.put("meta_data", Wire.value(metaData));
      return this;
    }

    /** Sets {@code last_error}. */
    public Builder lastError(ChatError lastError) {
      values.put("last_error", Wire.value(lastError));
      return this;
    }

    /** Sets {@code status}. */
    public Builder status(String status) {
      values.put("status", status);
      return this;
    }

    /** Sets {@code required_action}. */
    public Builder requiredAction(ChatRequiredAction requiredAction) {
      values.put("required_action", Wire.value(requiredAction));
      return this;
    }

    /** Sets {@code usage}. */
    public Builder usage(Usage usage) {
      values.put("usage", Wire.value(usage));
      return this;
    }

    /** Sets {@code section_id}. */
    public Builder sectionId(String sectionId) {
      values.put("section_id", sectionId);
      return this;
    }

    /** Sets {@code inserted_additional_messages}. */
    public Builder insertedAdditionalMessages(List<InsertedMessage> insertedAdditionalMessages) {
      values.put("inserted_additional_messages", Wire.value(insertedAdditionalMessages));
      return this;
    }

    /** Any other key, sent as given (a plain JSON value or a view). */
    public Builder putExtra(String key, Object value) {
      values.put(key, Wire.value(value));
      return this;
    }

    public Chat build() {
      return parse(Json.write(values));
    }
  }
}
