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
 * A workflow bound to a bot. A lazy view of an answer: each field is read when its accessor is
 * called (null when absent); build one to send with builder().
 */
public final class BotWorkflowInfo extends ModelView {
  /** This model's id in records (its index in the description's list of models). */
  public static final int MODEL_ID = 20;

  /** A view of object node {@code node} of {@code record} (made by the runtime). */
  public BotWorkflowInfo(CoreRecord record, int node) {
    super(record, node, MODEL_ID);
  }

  /**
   * JSON text read as a BotWorkflowInfo by the core (the canonical rules of core/api/README.md).
   *
   * @throws io.cozecore.DecodeException when the text is not JSON or not an object
   */
  public static BotWorkflowInfo parse(String json) {
    CoreRecord r = Decoding.model("BotWorkflowInfo", json);
    return new BotWorkflowInfo(r, Decoding.objectNode(r, "BotWorkflowInfo"));
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

  /** Field {@code description} (string). */
  public String description() {
    return read(2, Cells.STRING);
  }

  /** Field {@code icon_url} (string). */
  public String iconUrl() {
    return read(3, Cells.STRING);
  }

  /** Builds a BotWorkflowInfo to send (read back through the core, as an answer would be). */
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

    /** Sets {@code description}. */
    public Builder description(String description) {
      values.put("description", description);
      return this;
    }

    /** Sets {@code icon_url}. */
    public Builder iconUrl(String iconUrl) {
      values.put("icon_url", iconUrl);
      return this;
    }

    /** Any other key, sent as given (a plain JSON value or a view). */
    public Builder putExtra(String key, Object value) {
      values.put(key, Wire.value(value));
      return this;
    }

    public BotWorkflowInfo build() {
      return parse(Json.write(values));
    }
  }
}
