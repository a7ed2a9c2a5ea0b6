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
 * A file of a knowledge base. A lazy view of an answer: each field is read when its accessor is
 * called (null when absent); build one to send with builder().
 */
public final class Document extends ModelView {
  /** This model's id in records (its index in the description's list of models). */
  public static final int MODEL_ID = 35;

  private static final CellReader<DocumentChunkStrategy> READ_3 =
      Cells.model(DocumentChunkStrategy::new);

  /** A view of object node {@code node} of {@code record} (made by the runtime). */
  public Document(CoreRecord record, int node) {
    super(record, node, MODEL_ID);
  }

  /**
   * JSON text read as a Document by the core (the canonical rules of core/api/README.md).
   *
   * @throws io.cozecore.DecodeException when the text is not JSON or not an object
   */
  public static Document parse(String json) {
    CoreRecord r = Decoding.model("Document", json);
    return new Document(r, Decoding.objectNode(r, "Document"));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Field {@code document_id} (id). */
  public String documentId() {
    return read(0, Cells.STRING);
  }

  /** Field {@code name} (string). */
  public String name() {
    return read(1, Cells.STRING);
  }

  /** Field {@code char_count} (integer). */
  public Long charCount() {
    return read(2, Cells.INTEGER);
  }

  /** Field {@code chunk_strategy} (DocumentChunkStrategy). */
  public DocumentChunkStrategy chunkStrategy() {
    return read(3, READ_3);
  }

  /** Unix time in seconds. Field {@code create_time} (integer). */
  public Long createTime() {
    return read(4, Cells.INTEGER);
  }

  /** Unix time in seconds. Field {@code update_time} (integer). */
  public Long updateTime() {
    return read(5, Cells.INTEGER);
  }

  /** 0 text, 1 table, 2 image. Field {@code format_type} (integer). */
  public Long formatType() {
    return read(6, Cells.INTEGER);
  }

  /** Field {@code hit_count} (integer). */
  public Long hitCount() {
    return read(7, Cells.INTEGER);
  }

  /** Size in bytes. Field {@code size} (integer). */
  public Long size() {
    return read(8, Cells.INTEGER);
  }

  /** Field {@code slice_count} (integer). */
  public Long sliceCount() {
    return read(9, Cells.INTEGER);
  }

  /** 0 local file, 1 web page, 5 uploaded file id, ... Field {@code source_type} (integer). */
  public Long sourceType() {
    return read(10, Cells.INTEGER);
  }

  /** 0 processing, 1 done, 9 failed. Field {@code status} (integer). */
  public Long status() {
    return read(11, Cells.INTEGER);
  }

  /** File extension. Field {@code type} (string). */
  public String type() {
    return read(12, Cells.STRING);
  }

  /** Hours between automatic updates. Field {@code update_interval} (integer). */
  public Long updateInterval() {
    return read(13, Cells.INTEGER);
  }

  /** 0 no automatic update, 1 automatic update. Field {@code update_type} (integer). */
  public Long updateType() {
    return read(14, Cells.INTEGER);
  }

  /** Field {@code tos_uri} (string). */
  public String tosUri() {
    return read(15, Cells.STRING);
  }

  /** Builds a Document to send (read back through the core, as an answer would be). */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Sets {@code document_id}. */
    public Builder documentId(String documentId) {
      values.put("document_id", documentId);
      return this;
    }

    /** Sets {@code name}. */
    public Builder name(String name) {
      values.put("name", name);
      return this;
    }

    /** Sets {@code char_count}. */
    public Builder charCount(long charCount) {
      values.put("char_count", charCount);
      return this;
    }

    /** Sets {@code chunk_strategy}. */
    public Builder chunkStrategy(DocumentChunkStrategy chunkStrategy) {
      values.put("chunk_strategy", Wire.value(chunkStrategy));
      return this;
    }

    /** Sets {@code create_time}. */
    public Builder createTime(long createTime) {
      values.put("create_time", createTime);
      return this;
    }

    /** Sets {@code update_time}. */
    public Builder updateTime(long updateTime) {
      values.put("update_time", updateTime);
      return this;
    }

    /** Sets {@code format_type}. */
    public Builder formatType(long formatType) {
      values.put("format_type", formatType);
      return this;
    }

    /** Sets {@code hit_count}. */
    public Builder hitCount(long hitCount) {
      values.put("hit_count", hitCount);
      return this;
    }

    /** Sets {@code size}. */
    public Builder size(long size) {
      values.put("size", size);
      return this;
    }

    /** Sets {@code slice_count}. */
    public Builder sliceCount(long sliceCount) {
      values.put("slice_count", sliceCount);
      return this;
    }

    /** Sets {@code source_type}. */
    public Builder sourceType(long sourceType) {
      values.put("source_type", sourceType);
      return this;
    }

    /** Sets {@code status}. */
    public Builder status(long status) {
      values.put("status", status);
      return this;
    }

    /** Sets {@code type}. */
    public Builder type(String type) {
      values.put("type", type);
      return this;
    }

    /** Sets {@code update_interval}. */
    public Builder updateInterval(long updateInterval) {
      values.put("update_interval", updateInterval);
      return this;
    }

    /** Sets {@code update_type}. */
    public Builder updateType(long updateType) {
      values.put("update_type", updateType);
      return this;
    }

    /** Sets {@code tos_uri}. */
    public Builder tosUri(String tosUri) {
      values.put("tos_uri", tosUri);
      return this;
    }

    /** Any other key, sent as given (a plain JSON value or a view). */
    public Builder putExtra(String key, Object value) {
      values.put(key, Wire.value(value));
      return this;
    }

    public Document build() {
      return parse(Json.write(values));
    }
  }
}
