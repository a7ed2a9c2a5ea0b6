// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.resources;

import io.cozecore.internal.Wire;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The parameters of datasets.images.list, by name and type; required: dataset_id (checked by
 * build()).
 */
public final class DatasetsImagesListParams {
  private final Map<String, Object> values;

  private DatasetsImagesListParams(Map<String, Object> values) {
    this.values = values;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The values as the core takes them: API names, plain JSON values; read-only. */
  public Map<String, Object> toParams() {
    return values;
  }

  @Override
  public String toString() {
    return "DatasetsImagesListParams" + values.keySet();
  }

  /** Builds a DatasetsImagesListParams; {@link #build()} checks the required parameters. */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Required. {@code dataset_id} (path parameter {@code dataset_id}, id). */
    public Builder datasetId(String datasetId) {
      values.put("dataset_id", Objects.requireNonNull(datasetId, "datasetId"));
      return this;
    }

    /**
     * Only images whose name or caption contains this (query parameter {@code keyword}, string).
     */
    public Builder keyword(String keyword) {
      values.put("keyword", Objects.requireNonNull(keyword, "keyword"));
      return this;
    }

    /**
     * Only images with (true) or without (false) a caption (query parameter {@code has_caption},
     * boolean).
     */
    public Builder hasCaption(boolean hasCaption) {
      values.put("has_caption", hasCaption);
      return this;
    }

    /** Page number from 1 (query parameter {@code page_num}, integer). */
    public Builder pageNum(long pageNum) {
      values.put("page_num", pageNum);
      return this;
    }

    /** Items per page (query parameter {@code page_size}, integer). */
    public Builder pageSize(long pageSize) {
      values.put("page_size", pageSize);
      return this;
    }

    /**
     * The parameters.
     *
     * @throws io.cozecore.InvalidArgumentException when a required parameter is missing
     */
    public DatasetsImagesListParams build() {
      return new DatasetsImagesListParams(
          Wire.require("datasets.images.list", values, "dataset_id"));
    }
  }
}
