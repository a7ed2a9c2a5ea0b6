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
 * A tool of a plugin. A lazy view of an answer: each field is read when its accessor is called
 * (null when absent); build one to send with builder().
 */
public final class BotPluginApiInfo extends ModelView {
  /** This model's id in records (its index in the description's list of models). */
  public static final int MODEL_ID = 7;

  /** A view of object node {@code node} of {@code record} (made by the runtime). */
  public BotPluginApiInfo(CoreRecord record, int node) {
    super(record, node, MODEL_ID);
  }

  /**
   * JSON text read as a BotPluginApiInfo by the core (the canonical rules of core/api/README.md).
   *
   * @throws io.cozecore.DecodeException when the text is not JSON or not an object
   */
  public static BotPluginApiInfo parse(String json) {
    CoreRecord r = Decoding.model("BotPluginApiInfo", json);
    return new BotPluginApiInfo(r, Decoding.objectNode(r, "BotPluginApiInfo"));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Field {@code api_id} (id). */
  public String apiId() {
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

  /** Builds a BotPluginApiInfo to send (read back through the core, as an answer would be). */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Sets {@code api_id}. */
    public Builder apiId(String apiId) {
      values.put("api_id", apiId);
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

    /** Any other key, sent as given (a plain JSON value or a view). */
    public Builder putExtra(String key, Object value) {
      values.put(key, Wire.value(value));
      return this;
    }

    public BotPluginApiInfo build() {
      return parse(Json.write(values));
    }
  }
}
