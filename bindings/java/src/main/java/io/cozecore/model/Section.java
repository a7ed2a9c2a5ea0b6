// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.model;

import io.cozecore.ModelView;
import io.cozecore.internal.Cells;
import io.cozecore.internal.CoreRecord;
import io.cozecore.internal.Decoding;
import io.cozecore.internal.Json;
import io.cozecore.internal.Wire;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A context section of a conversation. A lazy view of an answer: each field is read when its
 * accessor is called (null when absent); build one to send with builder().
 */
public final class Section extends ModelView {
  /** This model's id in records (its index in the description's list of models). */
  public static final int MODEL_ID = 69;

  /** A view of object node {@code node} of {@code record} (made by the runtime). */
  public Section(CoreRecord record, int node) {
    super(record, node, MODEL_ID);
  }

  /**
   * JSON text read as a Section by the core (the canonical rules of core/api/README.md).
   *
   * @throws io.cozecore.DecodeException when the text is not JSON or not an object
   */
  public static Section parse(String json) {
    CoreRecord r = Decoding.model("Section", json);
    return new Section(r, Decoding.objectNode(r, "Section"));
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

  /** Builds a Section to send (read back through the core, as an answer would be). */
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

    /** Any other key, sent as given (a plain JSON value or a view). */
    public Builder putExtra(String key, Object value) {
      values.put(key, Wire.value(value));
      return this;
    }

    public Section build() {
      return parse(Json.write(values));
    }
  }
}
