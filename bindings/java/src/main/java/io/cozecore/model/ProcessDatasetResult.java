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
 * Upload progress of knowledge base files. A lazy view of an answer: each field is read when its
 * accessor is called (null when absent); build one to send with builder().
 */
public final class ProcessDatasetResult extends ModelView {
  /** This model's id in records (its index in the description's list of models). */
  public static final int MODEL_ID = 60;

  private static final CellReader<List<DocumentProgress>> READ_0 =
      Cells.list(Cells.model(DocumentProgress::new));

  /** A view of object node {@code node} of {@code record} (made by the runtime). */
  public ProcessDatasetResult(CoreRecord record, int node) {
    super(record, node, MODEL_ID);
  }

  /**
   * JSON text read as a ProcessDatasetResult by the core (the canonical rules of
   * core/api/README.md).
   *
   * @throws io.cozecore.DecodeException when the text is not JSON or not an object
   */
  public static ProcessDatasetResult parse(String json) {
    CoreRecord r = Decoding.model("ProcessDatasetResult", json);
    return new ProcessDatasetResult(r, Decoding.objectNode(r, "ProcessDatasetResult"));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Field {@code data} (array of DocumentProgress). */
  public List<DocumentProgress> data() {
    return read(0, READ_0);
  }

  /** Builds a ProcessDatasetResult to send (read back through the core, as an answer would be). */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Sets {@code data}. */
    public Builder data(List<DocumentProgress> data) {
      values.put("data", Wire.value(data));
      return this;
    }

    /** Any other key, sent as given (a plain JSON value or a view). */
    public Builder putExtra(String key, Object value) {
      values.put(key, Wire.value(value));
      return this;
    }

    public ProcessDatasetResult build() {
      return parse(Json.write(values));
    }
  }
}
