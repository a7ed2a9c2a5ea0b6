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
 * How files are cut into slices. A lazy view of an answer: each field is read when its accessor is
 * called (null when absent); build one to send with builder().
 */
public final class DocumentChunkStrategy extends ModelView {
  /** This model's id in records (its index in the description's list of models). */
  public static final int MODEL_ID = 37;

  /** A view of object node {@code node} of {@code record} (made by the runtime). */
  public DocumentChunkStrategy(CoreRecord record, int node) {
    super(record, node, MODEL_ID);
  }

  /**
   * JSON text read as a DocumentChunkStrategy by the core (the canonical rules of
   * core/api/README.md).
   *
   * @throws io.cozecore.DecodeException when the text is not JSON or not an object
   */
  public static DocumentChunkStrategy parse(String json) {
    CoreRecord r = Decoding.model("DocumentChunkStrategy", json);
    return new DocumentChunkStrategy(r, Decoding.objectNode(r, "DocumentChunkStrategy"));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** 0 automatic, 1 custom. Field {@code chunk_type} (integer). */
  public Long chunkType() {
    return read(0, Cells.INTEGER);
  }

  /** Field {@code separator} (string). */
  public String separator() {
    return read(1, Cells.STRING);
  }

  /** Field {@code max_tokens} (integer). */
  public Long maxTokens() {
    return read(2, Cells.INTEGER);
  }

  /** Field {@code remove_extra_spaces} (boolean). */
  public Boolean removeExtraSpaces() {
    return read(3, Cells.BOOLEAN);
  }

  /** Field {@code remove_urls_emails} (boolean). */
  public Boolean removeUrlsEmails() {
    return read(4, Cells.BOOLEAN);
  }

  /** 0 automatic, 1 manual (image knowledge bases). Field {@code caption_type} (integer). */
  public Long captionType() {
    return read(5, Cells.INTEGER);
  }

  /** Builds a DocumentChunkStrategy to send (read back through the core, as an answer would be). */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Sets {@code chunk_type}. */
    public Builder chunkType(long chunkType) {
      values.put("chunk_type", chunkType);
      return this;
    }

    /** Sets {@code separator}. */
    public Builder separator(String separator) {
      values.put("separator", separator);
      return this;
    }

    /** Sets {@code max_tokens}. */
    public Builder maxTokens(long maxTokens) {
      values.put("max_tokens", maxTokens);
      return this;
    }

    /** Sets {@code remove_extra_spaces}. */
    public Builder removeExtraSpaces(boolean removeExtraSpaces) {
      values.put("remove_extra_spaces", removeExtraSpaces);
      return this;
    }

    /** Sets {@code remove_urls_emails}. */
    public Builder removeUrlsEmails(boolean removeUrlsEmails) {
      values.put("remove_urls_emails", removeUrlsEmails);
      return this;
    }

    /** Sets {@code caption_type}. */
    public Builder captionType(long captionType) {
      values.put("caption_type", captionType);
      return this;
    }

    /** Any other key, sent as given (a plain JSON value or a view). */
    public Builder putExtra(String key, Object value) {
      values.put(key, Wire.value(value));
      return this;
    }

    public DocumentChunkStrategy build() {
      return parse(Json.write(values));
    }
  }
}
