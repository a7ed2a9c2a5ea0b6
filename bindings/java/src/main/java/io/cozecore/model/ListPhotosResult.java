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
 * A page of images. A lazy view of an answer: each field is read when its accessor is called (null
 * when absent); build one to send with builder().
 */
public final class ListPhotosResult extends ModelView {
  /** This model's id in records (its index in the description's list of models). */
  public static final int MODEL_ID = 53;

  private static final CellReader<List<Photo>> READ_0 = Cells.list(Cells.model(Photo::new));

  /** A view of object node {@code node} of {@code record} (made by the runtime). */
  public ListPhotosResult(CoreRecord record, int node) {
    super(record, node, MODEL_ID);
  }

  /**
   * JSON text read as a ListPhotosResult by the core (the canonical rules of core/api/README.md).
   *
   * @throws io.cozecore.DecodeException when the text is not JSON or not an object
   */
  public static ListPhotosResult parse(String json) {
    CoreRecord r = Decoding.model("ListPhotosResult", json);
    return new ListPhotosResult(r, Decoding.objectNode(r, "ListPhotosResult"));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Field {@code photo_infos} (array of Photo). */
  public List<Photo> photoInfos() {
    return read(0, READ_0);
  }

  /** Field {@code total_count} (integer). */
  public Long totalCount() {
    return read(1, Cells.INTEGER);
  }

  /** Builds a ListPhotosResult to send (read back through the core, as an answer would be). */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Sets {@code photo_infos}. */
    public Builder photoInfos(List<Photo> photoInfos) {
      values.put("photo_infos", Wire.value(photoInfos));
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

    public ListPhotosResult build() {
      return parse(Json.write(values));
    }
  }
}
