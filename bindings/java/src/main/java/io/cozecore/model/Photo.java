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
 * An image of an image knowledge base. A lazy view of an answer: each field is read when its
 * accessor is called (null when absent); build one to send with builder().
 */
public final class Photo extends ModelView {
  /** This model's id in records (its index in the description's list of models). */
  public static final int MODEL_ID = 59;

  /** A view of object node {@code node} of {@code record} (made by the runtime). */
  public Photo(CoreRecord record, int node) {
    super(record, node, MODEL_ID);
  }

  /**
   * JSON text read as a Photo by the core (the canonical rules of core/api/README.md).
   *
   * @throws io.cozecore.DecodeException when the text is not JSON or not an object
   */
  public static Photo parse(String json) {
    CoreRecord r = Decoding.model("Photo", json);
    return new Photo(r, Decoding.objectNode(r, "Photo"));
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

  /** Field {@code name} (string). */
  public String name() {
    return read(2, Cells.STRING);
  }

  /** Size in bytes. Field {@code size} (integer). */
  public Long size() {
    return read(3, Cells.INTEGER);
  }

  /** File extension. Field {@code type} (string). */
  public String type() {
    return read(4, Cells.STRING);
  }

  /** 0 processing, 1 done, 9 failed. Field {@code status} (integer). */
  public Long status() {
    return read(5, Cells.INTEGER);
  }

  /** Field {@code caption} (string). */
  public String caption() {
    return read(6, Cells.STRING);
  }

  /** Field {@code creator_id} (id). */
  public String creatorId() {
    return read(7, Cells.STRING);
  }

  /** 0 local file, 1 web page, 5 uploaded file id, ... Field {@code source_type} (integer). */
  public Long sourceType() {
    return read(8, Cells.INTEGER);
  }

  /** Unix time in seconds. Field {@code create_time} (integer). */
  public Long createTime() {
    return read(9, Cells.INTEGER);
  }

  /** Unix time in seconds. Field {@code update_time} (integer). */
  public Long updateTime() {
    return read(10, Cells.INTEGER);
  }

  /** Builds a Photo to send (read back through the core, as an answer would be). */
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

    /** Sets {@code name}. */
    public Builder name(String name) {
      values.put("name", name);
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

    /** Sets {@code caption}. */
    public Builder caption(String caption) {
      values.put("caption", caption);
      return this;
    }

    /** Sets {@code creator_id}. */
    public Builder creatorId(String creatorId) {
      values.put("creator_id", creatorId);
      return this;
    }

    /** Sets {@code source_type}. */
    public Builder sourceType(long sourceType) {
      values.put("source_type", sourceType);
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

    /** Any other key, sent as given (a plain JSON value or a view). */
    public Builder putExtra(String key, Object value) {
      values.put(key, Wire.value(value));
      return this;
    }

    public Photo build() {
      return parse(Json.write(values));
    }
  }
}
