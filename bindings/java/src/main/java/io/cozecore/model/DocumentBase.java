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
 * A file to add to a knowledge base. A lazy view of an answer: each field is read when its accessor
 * is called (null when absent); build one to send with builder().
 */
public final class DocumentBase extends ModelView {
  /** This model's id in records (its index in the description's list of models). */
  public static final int MODEL_ID = 36;

  private static final CellReader<DocumentSourceInfo> READ_1 = Cells.model(DocumentSourceInfo::new);
  private static final CellReader<DocumentUpdateRule> READ_2 = Cells.model(DocumentUpdateRule::new);

  /** A view of object node {@code node} of {@code record} (made by the runtime). */
  public DocumentBase(CoreRecord record, int node) {
    super(record, node, MODEL_ID);
  }

  /**
   * JSON text read as a DocumentBase by the core (the canonical rules of core/api/README.md).
   *
   * @throws io.cozecore.DecodeException when the text is not JSON or not an object
   */
  public static DocumentBase parse(String json) {
    CoreRecord r = Decoding.model("DocumentBase", json);
    return new DocumentBase(r, Decoding.objectNode(r, "DocumentBase"));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Field {@code name} (string). */
  public String name() {
    return read(0, Cells.STRING);
  }

  /** Field {@code source_info} (DocumentSourceInfo). */
  public DocumentSourceInfo sourceInfo() {
    return read(1, READ_1);
  }

  /** Field {@code update_rule} (DocumentUpdateRule). */
  public DocumentUpdateRule updateRule() {
    return read(2, READ_2);
  }

  /** Caption of an image. Field {@code caption} (string). */
  public String caption() {
    return read(3, Cells.STRING);
  }

  /** Builds a DocumentBase to send (read back through the core, as an answer would be). */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Sets {@code name}. */
    public Builder name(String name) {
      values.put("name", name);
      return this;
    }

    /** Sets {@code source_info}. */
    public Builder sourceInfo(DocumentSourceInfo sourceInfo) {
      values.put("source_info", Wire.value(sourceInfo));
      return this;
    }

    /** Sets {@code update_rule}. */
    public Builder updateRule(DocumentUpdateRule updateRule) {
      values.put("update_rule", Wire.value(updateRule));
      return this;
    }

    /** Sets {@code caption}. */
    public Builder caption(String caption) {
      values.put("caption", caption);
      return this;
    }

    /** Any other key, sent as given (a plain JSON value or a view). */
    public Builder putExtra(String key, Object value) {
      values.put(key, Wire.value(value));
      return this;
    }

    public DocumentBase build() {
      return parse(Json.write(values));
    }
  }
}
