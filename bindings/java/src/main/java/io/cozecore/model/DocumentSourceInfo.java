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
 * Where a file's content comes from. A lazy view of an answer: each field is read when its accessor
 * is called (null when absent); build one to send with builder().
 */
public final class DocumentSourceInfo extends ModelView {
  /** This model's id in records (its index in the description's list of models). */
  public static final int MODEL_ID = 39;

  /** A view of object node {@code node} of {@code record} (made by the runtime). */
  public DocumentSourceInfo(CoreRecord record, int node) {
    super(record, node, MODEL_ID);
  }

  /**
   * JSON text read as a DocumentSourceInfo by the core (the canonical rules of core/api/README.md).
   *
   * @throws io.cozecore.DecodeException when the text is not JSON or not an object
   */
  public static DocumentSourceInfo parse(String json) {
    CoreRecord r = Decoding.model("DocumentSourceInfo", json);
    return new DocumentSourceInfo(r, Decoding.objectNode(r, "DocumentSourceInfo"));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Field {@code file_base64} (string). */
  public String fileBase64() {
    return read(0, Cells.STRING);
  }

  /** File extension. Field {@code file_type} (string). */
  public String fileType() {
    return read(1, Cells.STRING);
  }

  /** Field {@code web_url} (string). */
  public String webUrl() {
    return read(2, Cells.STRING);
  }

  /** 0 local file, 1 web page, 5 uploaded file id. Field {@code document_source} (integer). */
  public Long documentSource() {
    return read(3, Cells.INTEGER);
  }

  /** A file from files.upload. Field {@code source_file_id} (id). */
  public String sourceFileId() {
    return read(4, Cells.STRING);
  }

  /** Builds a DocumentSourceInfo to send (read back through the core, as an answer would be). */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Sets {@code file_base64}. */
    public Builder fileBase64(String fileBase64) {
      values.put("file_base64", fileBase64);
      return this;
    }

    /** Sets {@code file_type}. */
    public Builder fileType(String fileType) {
      values.put("file_type", fileType);
      return this;
    }

    /** Sets {@code web_url}. */
    public Builder webUrl(String webUrl) {
      values.put("web_url", webUrl);
      return this;
    }

    /** Sets {@code document_source}. */
    public Builder documentSource(long documentSource) {
      values.put("document_source", documentSource);
      return this;
    }

    /** Sets {@code source_file_id}. */
    public Builder sourceFileId(String sourceFileId) {
      values.put("source_file_id", sourceFileId);
      return this;
    }

    /** Any other key, sent as given (a plain JSON value or a view). */
    public Builder putExtra(String key, Object value) {
      values.put(key, Wire.value(value));
      return this;
    }

    public DocumentSourceInfo build() {
      return parse(Json.write(values));
    }
  }
}
