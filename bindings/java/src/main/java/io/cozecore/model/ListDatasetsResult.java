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
 * A page of knowledge bases. A lazy view of an answer: each field is read when its accessor is
 * called (null when absent); build one to send with builder().
 */
public final class ListDatasetsResult extends ModelView {
  /** This model's id in records (its index in the description's list of models). */
  public static final int MODEL_ID = 50;

  private static final CellReader<List<Dataset>> READ_0 = Cells.list(Cells.model(Dataset::new));

  /** A view of object node {@code node} of {@code record} (made by the runtime). */
  public ListDatasetsResult(CoreRecord record, int node) {
    super(record, node, MODEL_ID);
  }

  /**
   * JSON text read as a ListDatasetsResult by the core (the canonical rules of core/api/README.md).
   *
   * @throws io.cozecore.DecodeException when the text is not JSON or not an object
   */
  public static ListDatasetsResult parse(String json) {
    CoreRecord r = Decoding.model("ListDatasetsResult", json);
    return new ListDatasetsResult(r, Decoding.objectNode(r, "ListDatasetsResult"));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Field {@code dataset_list} (array of Dataset). */
  public List<Dataset> datasetList() {
    return read(0, READ_0);
  }

  /** Field {@code total_count} (integer). */
  public Long totalCount() {
    return read(1, Cells.INTEGER);
  }

  /** Builds a ListDatasetsResult to send (read back through the core, as an answer would be). */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Sets {@code dataset_list}. */
    public Builder datasetList(List<Dataset> datasetList) {
      values.put("dataset_list", Wire.value(datasetList));
      return this;
    }

    /** Sets {@code total_count}. */
    public Builder totalCount(long totalCount) {
      values.put("total_count", totalCount);
      return this;
    }

    /** Any other key, sent as given (a plain JSON value or a view). */
    public Builder putExtra(String key, Object value) {
      values.put(key, Wire.value(value));
      return this;
    }

    public ListDatasetsResult build() {
      return parse(Json.write(values));
    }
  }
}
