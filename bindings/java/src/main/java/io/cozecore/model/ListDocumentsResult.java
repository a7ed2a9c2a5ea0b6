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
 * A page of knowledge base files. A lazy view of an answer: each field is read when its accessor is
 * called (null when absent); build one to send with builder().
 */
public final class ListDocumentsResult extends ModelView {
  /** This model's id in records (its index in the description's list of models). */
  public static final int MODEL_ID = 51;

  private static final CellReader<List<Document>> READ_0 = Cells.list(Cells.model(Document::new));

  /** A view of object node {@code node} of {@code record} (made by the runtime). */
  public ListDocumentsResult(CoreRecord record, int node) {
    super(record, node, MODEL_ID);
  }

  /**
   * JSON text read as a ListDocumentsResult by the core (the canonical rules of
   * core/api/README.md).
   *
   * @throws io.cozecore.DecodeException when the text is not JSON or not an object
   */
  public static ListDocumentsResult parse(String json) {
    CoreRecord r = Decoding.model("ListDocumentsResult", json);
    return new ListDocumentsResult(r, Decoding.objectNode(r, "ListDocumentsResult"));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Field {@code document_infos} (array of Document). */
  public List<Document> documentInfos() {
    return read(0, READ_0);
  }

  /** Field {@code total} (integer). */
  public Long total() {
    return read(1, Cells.INTEGER);
  }

  /** Builds a ListDocumentsResult to send (read back through the core, as an answer would be). */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Sets {@code document_infos}. */
    public Builder documentInfos(List<Document> documentInfos) {
      values.put("document_infos", Wire.value(documentInfos));
      return this;
    }

    /** Sets {@code total}. */
    public Builder total(long total) {
      values.put("total", total);
      return this;
    }

    /** Any other key, sent as given (a plain JSON value or a view). */
    public Builder putExtra(String key, Object value) {
      values.put(key, Wire.value(value));
      return this;
    }

    public ListDocumentsResult build() {
      return parse(Json.write(values));
    }
  }
}
