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
 * Details of an answer. A lazy view of an answer: each field is read when its accessor is called
 * (null when absent); build one to send with builder().
 */
public final class ResponseDetail extends ModelView {
  /** This model's id in records (its index in the description's list of models). */
  public static final int MODEL_ID = 62;

  /** A view of object node {@code node} of {@code record} (made by the runtime). */
  public ResponseDetail(CoreRecord record, int node) {
    super(record, node, MODEL_ID);
  }

  /**
   * JSON text read as a ResponseDetail by the core (the canonical rules of core/api/README.md).
   *
   * @throws io.cozecore.DecodeException when the text is not JSON or not an object
   */
  public static ResponseDetail parse(String json) {
    CoreRecord r = Decoding.model("ResponseDetail", json);
    return new ResponseDetail(r, Decoding.objectNode(r, "ResponseDetail"));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Log id of the request, for support. Field {@code logid} (string). */
  public String logid() {
    return read(0, Cells.STRING);
  }

  /** Builds a ResponseDetail to send (read back through the core, as an answer would be). */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Sets {@code logid}. */
    public Builder logid(String logid) {
      values.put("logid", logid);
      return this;
    }

    /** Any other key, sent as given (a plain JSON value or a view). */
    public Builder putExtra(String key, Object value) {
      values.put(key, Wire.value(value));
      return this;
    }

    public ResponseDetail build() {
      return parse(Json.write(values));
    }
  }
}
