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
 * The version just published. A lazy view of an answer: each field is read when its accessor is
 * called (null when absent); build one to send with builder().
 */
public final class PublishBotResult extends ModelView {
  /** This model's id in records (its index in the description's list of models). */
  public static final int MODEL_ID = 61;

  /** A view of object node {@code node} of {@code record} (made by the runtime). */
  public PublishBotResult(CoreRecord record, int node) {
    super(record, node, MODEL_ID);
  }

  /**
   * JSON text read as a PublishBotResult by the core (the canonical rules of core/api/README.md).
   *
   * @throws io.cozecore.DecodeException when the text is not JSON or not an object
   */
  public static PublishBotResult parse(String json) {
    CoreRecord r = Decoding.model("PublishBotResult", json);
    return new PublishBotResult(r, Decoding.objectNode(r, "PublishBotResult"));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Field {@code bot_id} (id). */
  public String botId() {
    return read(0, Cells.STRING);
  }

  /** Field {@code version} (string). */
  public String version() {
    return read(1, Cells.STRING);
  }

  /** Builds a PublishBotResult to send (read back through the core, as an answer would be). */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Sets {@code bot_id}. */
    public Builder botId(String botId) {
      values.put("bot_id", botId);
      return this;
    }

    /** Sets {@code version}. */
    public Builder version(String version) {
      values.put("version", version);
      return this;
    }

    /** Any other key, sent as given (a plain JSON value or a view). */
    public Builder putExtra(String key, Object value) {
      values.put(key, Wire.value(value));
      return this;
    }

    public PublishBotResult build() {
      return parse(Json.write(values));
    }
  }
}
