// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.resources;

import io.cozecore.internal.Wire;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The parameters of datasets.list, by name and type; required: space_id (checked by build()). */
public final class DatasetsListParams {
  private final Map<String, Object> values;

  private DatasetsListParams(Map<String, Object> values) {
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
    return "DatasetsListParams" + values.keySet();
  }

  /** Builds a DatasetsListParams; {@link #build()} checks the required parameters. */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Required. {@code space_id} (query parameter {@code space_id}, id). */
    public Builder spaceId(String spaceId) {
      values.put("space_id", Objects.requireNonNull(spaceId, "spaceId"));
      return this;
    }

    /** Only names containing this (query parameter {@code name}, string). */
    public Builder name(String name) {
      values.put("name", Objects.requireNonNull(name, "name"));
      return this;
    }

    /** 0 text, 1 table, 2 images (query parameter {@code format_type}, integer). */
    public Builder formatType(long formatType) {
      values.put("format_type", formatType);
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
    public DatasetsListParams build() {
      return new DatasetsListParams(Wire.require("datasets.list", values, "space_id"));
    }
  }
}
