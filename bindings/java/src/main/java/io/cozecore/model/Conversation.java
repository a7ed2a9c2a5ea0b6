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
 * A conversation between a bot and a user. A lazy view of an answer: each field is read when its
 * accessor is called (null when absent); build one to send with builder().
 */
public final class Conversation extends ModelView {
  /** This model's id in records (its index in the description's list of models). */
  public static final int MODEL_ID = 30;

  private static final CellReader<Map<String, String>> READ_4 = Cells.map(Cells.STRING);

  /** A view of object node {@code node} of {@code record} (made by the runtime). */
  public Conversation(CoreRecord record, int node) {
    super(record, node, MODEL_ID);
  }

  /**
   * JSON text read as a Conversation by the core (the canonical rules of core/api/README.md).
   *
   * @throws io.cozecore.DecodeException when the text is not JSON or not an object
   */
  public static Conversation parse(String json) {
    CoreRecord r = Decoding.model("Conversation", json);
    return new Conversation(r, Decoding.objectNode(r, "Conversation"));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Field {@code id} (id). */
  public String id() {
    return read(0, Cells.STRING);
  }

  /** Field {@code name} (string). */
  public String name() {
    return read(1, Cells.STRING);
  }

  /** Unix time in seconds. Field {@code created_at} (integer). */
  public Long createdAt() {
    return read(2, Cells.INTEGER);
  }

  /** Unix time in seconds. Field {@code updated_at} (integer). */
  public Long updatedAt() {
    return read(3, Cells.INTEGER);
  }

  /** Custom key-value pairs. Field {@code meta_data} (map of string). */
  public Map<String, String> metaData() {
    return read(4, READ_4);
  }

  /** Newest context section. Field {@code last_section_id} (id). */
  public String lastSectionId() {
    return read(5, Cells.STRING);
  }

  /** Field {@code creator_id} (id). */
  public String creatorId() {
    return read(6, Cells.STRING);
  }

  /** Channel the conversation was created in. Field {@code connector_id} (id). */
  public String connectorId() {
    return read(7, Cells.STRING);
  }

  /** Builds a Conversation to send (read back through the core, as an answer would be). */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Sets {@code id}. */
    public Builder id(String id) {
      values.put("id", id);
      return this;
    }

    /** Sets {@code name}. */
    public Builder name(String name) {
      values.put("name", name);
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

    /** Sets {@code meta_data}. */
    public Builder metaData(Map<String, String> metaData) {
      values.put("meta_data", Wire.value(metaData));
      return this;
    }

    /** Sets {@code last_section_id}. */
    public Builder lastSectionId(String lastSectionId) {
      values.put("last_section_id", lastSectionId);
      return this;
    }

    /** Sets {@code creator_id}. */
    public Builder creatorId(String creatorId) {
      values.put("creator_id", creatorId);
      return this;
    }

    /** Sets {@code connector_id}. */
    public Builder connectorId(String connectorId) {
      values.put("connector_id", connectorId);
      return this;
    }

    /** Any other key, sent as given (a plain JSON value or a view). */
    public Builder putExtra(String key, Object value) {
      values.put(key, Wire.value(value));
      return this;
    }

    public Conversation build() {
      return parse(Json.write(values));
    }
  }
}
