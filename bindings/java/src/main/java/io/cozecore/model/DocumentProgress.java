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
 * Upload progress of one knowledge base file. A lazy view of an answer: each field is read when its
 * accessor is called (null when absent); build one to send with builder().
 */
public final class DocumentProgress extends ModelView {
  /** This model's id in records (its index in the description's list of models). */
  public static final int MODEL_ID = 38;

  /** A view of object node {@code node} of {@code record} (made by the runtime). */
  public DocumentProgress(CoreRecord record, int node) {
    super(record, node, MODEL_ID);
  }

  /**
   * JSON text read as a DocumentProgress by the core (the canonical rules of core/api/README.md).
   *
   * @throws io.cozecore.DecodeException when the text is not JSON or not an object
   */
  public static DocumentProgress parse(String json) {
    CoreRecord r = Decoding.model("DocumentProgress", json);
    return new DocumentProgress(r, Decoding.objectNode(r, "DocumentProgress"));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Field {@code document_id} (id). */
  public String documentId() {
    return read(0, Cells.STRING);
  }

  /** Field {@code url} (string). */
  public String url() {
    return read(1, Cells.STRING);
  }

  /** Size in bytes. Field {@code size} (integer). */
  public Long size() {
    return read(2, Cells.INTEGER);
  }

  /** File extension. Field {@code type} (string). */
  public String type() {
    return read(3, Cells.STRING);
  }

  /** 0 processing, 1 done, 9 failed. Field {@code status} (integer). */
  public Long status() {
    return read(4, Cells.INTEGER);
  }

  /** Percent done. Field {@code progress} (integer). */
  public Long progress() {
    return read(5, Cells.INTEGER);
  }

  /** 0 no automatic update, 1 automatic update. Field {@code update_type} (integer). */
  public Long updateType() {
    return read(6, Cells.INTEGER);
  }

  /** Field {@code document_name} (string). */
  public String documentName() {
    return read(7, Cells.STRING);
  }

  /** Seconds left. Field {@code remaining_time} (integer). */
  public Long remainingTime() {
    return read(8, Cells.INTEGER);
  }

  /** Why it failed. Field {@code status_descript} (string). */
  public String statusDescript() {
    return read(9, Cells.STRING);
  }

  /** Hours between automatic updates. Field {@code update_interval} (integer). */
  public Long updateInterval() {
    return read(10, Cells.INTEGER);
  }

  /** Builds a DocumentProgress to send (read back through the core, as an answer would be). */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Sets {@code document_id}. */
    public Builder documentId(String documentId) {
      values.put("document_id", documentId);
      return this;
    }

    /** Sets {@code url}. */
    public Builder url(String url) {
      values.put("url", url);
      return this;
    }

    /** Sets {@code size}. */
    public Builder size(long size) {
      values.put("size", size);
      return this;
    }

    /** Sets {@code type}. */
    public Builder type(String type) {
      values.put("type", type);
      return this;
    }

    /** Sets {@code status}. */
    public Builder status(long status) {
      values.put("status", status);
      return this;
    }

    /** Sets {@code progress}. */
    public Builder progress(long progress) {
      values.put("progress", progress);
      return this;
    }

    /** Sets {@code update_type}. */
    public Builder updateType(long updateType) {
      values.put("update_type", updateType);
      return this;
    }

    /** Sets {@code document_name}. */
    public Builder documentName(String documentName) {
      values.put("document_name", documentName);
      return this;
    }

    /** Sets {@code remaining_time}. */
    public Builder remainingTime(long remainingTime) {
      values.put("remaining_time", remainingTime);
      return this;
    }

    /** Sets {@code status_descript}. */
    public Builder statusDescript(String statusDescript) {
      values.put("status_descript", statusDescript);
      return this;
    }

    /** Sets {@code update_interval}. */
    public Builder updateInterval(long updateInterval) {
      values.put("update_interval", updateInterval);
      return this;
    }

    /** Any other key, sent as given (a plain JSON value or a view). */
    public Builder putExtra(String key, Object value) {
      values.put(key, Wire.value(value));
      return this;
    }

    public DocumentProgress build() {
      return parse(Json.write(values));
    }
  }
}
