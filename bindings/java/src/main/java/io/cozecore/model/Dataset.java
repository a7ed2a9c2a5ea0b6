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
 * A knowledge base. A lazy view of an answer: each field is read when its accessor is called (null
 * when absent); build one to send with builder().
 */
public final class Dataset extends ModelView {
  /** This model's id in records (its index in the description's list of models). */
  public static final int MODEL_ID = 33;

  private static final CellReader<List<String>> READ_10 = Cells.list(Cells.STRING);
  private static final CellReader<DocumentChunkStrategy> READ_15 =
      Cells.model(DocumentChunkStrategy::new);
  private static final CellReader<List<String>> READ_16 = Cells.list(Cells.STRING);
  private static final CellReader<List<String>> READ_17 = Cells.list(Cells.STRING);
  private static final CellReader<List<String>> READ_18 = Cells.list(Cells.STRING);

  /** A view of object node {@code node} of {@code record} (made by the runtime). */
  public Dataset(CoreRecord record, int node) {
    super(record, node, MODEL_ID);
  }

  /**
   * JSON text read as a Dataset by the core (the canonical rules of core/api/README.md).
   *
   * @throws io.cozecore.DecodeException when the text is not JSON or not an object
   */
  public static Dataset parse(String json) {
    CoreRecord r = Decoding.model("Dataset", json);
    return new Dataset(r, Decoding.objectNode(r, "Dataset"));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Field {@code dataset_id} (id). */
  public String datasetId() {
    return read(0, Cells.STRING);
  }

  /** Field {@code name} (string). */
  public String name() {
    return read(1, Cells.STRING);
  }

  /** Field {@code description} (string). */
  public String description() {
    return read(2, Cells.STRING);
  }

  /** Field {@code space_id} (id). */
  public String spaceId() {
    return read(3, Cells.STRING);
  }

  /** 1 enabled, 3 disabled. Field {@code status} (integer). */
  public Long status() {
    return read(4, Cells.INTEGER);
  }

  /** 0 text, 1 table, 2 images. Field {@code format_type} (integer). */
  public Long formatType() {
    return read(5, Cells.INTEGER);
  }

  /** The caller owns it. Field {@code can_edit} (boolean). */
  public Boolean canEdit() {
    return read(6, Cells.BOOLEAN);
  }

  /** Field {@code icon_uri} (string). */
  public String iconUri() {
    return read(7, Cells.STRING);
  }

  /** Field {@code icon_url} (string). */
  public String iconUrl() {
    return read(8, Cells.STRING);
  }

  /** Field {@code doc_count} (integer). */
  public Long docCount() {
    return read(9, Cells.INTEGER);
  }

  /** Field {@code file_list} (array of string). */
  public List<String> fileList() {
    return read(10, READ_10);
  }

  /** Field {@code hit_count} (integer). */
  public Long hitCount() {
    return read(11, Cells.INTEGER);
  }

  /** Field {@code bot_used_count} (integer). */
  public Long botUsedCount() {
    return read(12, Cells.INTEGER);
  }

  /** Field {@code slice_count} (integer). */
  public Long sliceCount() {
    return read(13, Cells.INTEGER);
  }

  /** Total size in bytes. Field {@code all_file_size} (integer). */
  public Long allFileSize() {
    return read(14, Cells.INTEGER);
  }

  /** Field {@code chunk_strategy} (DocumentChunkStrategy). */
  public DocumentChunkStrategy chunkStrategy() {
    return read(15, READ_15);
  }

  /** Field {@code failed_file_list} (array of string). */
  public List<String> failedFileList() {
    return read(16, READ_16);
  }

  /** Field {@code processing_file_list} (array of string). */
  public List<String> processingFileList() {
    return read(17, READ_17);
  }

  /** Field {@code processing_file_id_list} (array of id). */
  public List<String> processingFileIdList() {
    return read(18, READ_18);
  }

  /** Avatar of the creator. Field {@code avatar_url} (string). */
  public String avatarUrl() {
    return read(19, Cells.STRING);
  }

  /** Field {@code creator_id} (id). */
  public String creatorId() {
    return read(20, Cells.STRING);
  }

  /** Field {@code creator_name} (string). */
  public String creatorName() {
    return read(21, Cells.STRING);
  }

  /** Unix time in seconds. Field {@code create_time} (integer). */
  public Long createTime() {
    return read(22, Cells.INTEGER);
  }

  /** Unix time in seconds. Field {@code update_time} (integer). */
  public Long updateTime() {
    return read(23, Cells.INTEGER);
  }

  /** Builds a Dataset to send (read back through the core, as an answer would be). */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Sets {@code dataset_id}. */
    public Builder datasetId(String datasetId) {
      values.put("dataset_id", datasetId);
      return this;
    }

    /** Sets {@code name}. */
    public Builder name(String name) {
      values.put("name", name);
      return this;
    }

    /** Sets {@code description}. */
    public Builder description(String description) {
      values.put("description", description);
      return this;
    }

    /** Sets {@code space_id}. */
    public Builder spaceId(String spaceId) {
      values.put("space_id", spaceId);
      return this;
    }

    /** Sets {@code status}. */
    public Builder status(long status) {
      values.put("status", status);
      return this;
    }

    /** Sets {@code format_type}. */
    public Builder formatType(long formatType) {
      values.put("format_type", formatType);
      return this;
    }

    /** Sets {@code can_edit}. */
    public Builder canEdit(boolean canEdit) {
      values.put("can_edit", canEdit);
      return this;
    }

    /** Sets {@code icon_uri}. */
    public Builder iconUri(String iconUri) {
      values.put("icon_uri", iconUri);
      return this;
    }

    /** Sets {@code icon_url}. */
    public Builder iconUrl(String iconUrl) {
      values.put("icon_url", iconUrl);
      return this;
    }

    /** Sets {@code doc_count}. */
    public Builder docCount(long docCount) {
      values.put("doc_count", docCount);
      return this;
    }

    /** Sets {@code file_list}. */
    public Builder fileList(List<String> fileList) {
      values.put("file_list", Wire.value(fileList));
      return this;
    }

    /** Sets {@code hit_count}. */
    public Builder hitCount(long hitCount) {
      values.put("hit_count", hitCount);
      return this;
    }

    /** Sets {@code bot_used_count}. */
    public Builder botUsedCount(long botUsedCount) {
      values.put("bot_used_count", botUsedCount);
      return this;
    }

    /** Sets {@code slice_count}. */
    public Builder sliceCount(long sliceCount) {
      values.put("slice_count", sliceCount);
      return this;
    }

    /** Sets {@code all_file_size}. */
    public Builder allFileSize(long allFileSize) {
      values.put("all_file_size", allFileSize);
      return this;
    }

    /** Sets {@code chunk_strategy}. */
    public Builder chunkStrategy(DocumentChunkStrategy chunkStrategy) {
      values.put("chunk_strategy", Wire.value(chunkStrategy));
      return this;
    }

    /** Sets {@code failed_file_list}. */
    public Builder failedFileList(List<String> failedFileList) {
      values.put("failed_file_list", Wire.value(failedFileList));
      return this;
    }

    /** Sets {@code processing_file_list}. */
    public Builder processingFileList(List<String> processingFileList) {
      values.put("processing_file_list", Wire.value(processingFileList));
      return this;
    }

    /** Sets {@code processing_file_id_list}. */
    public Builder processingFileIdList(List<String> processingFileIdList) {
      values.put("processing_file_id_list", Wire.value(processingFileIdList));
      return this;
    }

    /** Sets {@code avatar_url}. */
    public Builder avatarUrl(String avatarUrl) {
      values.put("avatar_url", avatarUrl);
      return this;
    }

    /** Sets {@code creator_id}. */
    public Builder creatorId(String creatorId) {
      values.put("creator_id", creatorId);
      return this;
    }

    /** Sets {@code creator_name}. */
    public Builder creatorName(String creatorName) {
      values.put("creator_name", creatorName);
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

    public Dataset build() {
      return parse(Json.write(values));
    }
  }
}
