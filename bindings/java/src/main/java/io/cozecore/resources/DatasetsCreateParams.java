// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.resources;

import io.cozecore.internal.Wire;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The parameters of datasets.create, by name and type; required: name, space_id, format_type
 * (checked by build()).
 */
public final class DatasetsCreateParams {
  private final Map<String, Object> values;

  private DatasetsCreateParams(Map<String, Object> values) {
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
    return "DatasetsCreateParams" + values.keySet();
  }

  /** Builds a DatasetsCreateParams; {@link #build()} checks the required parameters. */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Required. {@code name} (body parameter {@code name}, string). */
    public Builder name(String name) {
      values.put("name", Objects.requireNonNull(name, "name"));
      return this;
    }

    /** Required. {@code space_id} (body parameter {@code space_id}, id). */
    public Builder spaceId(String spaceId) {
      values.put("space_id", Objects.requireNonNull(spaceId, "spaceId"));
      return this;
    }

    /** Required. 0 text, 2 images (body parameter {@code format_type}, integer). */
    public Builder formatType(long formatType) {
      values.put("format_type", formatType);
      return this;
    }

    /** {@code description} (body parameter {@code description}, string). */
    public Builder description(String description) {
      values.put("description", Objects.requireNonNull(description, "description"));
      return this;
    }

    /** Uploaded file used as the icon (body parameter {@code file_id}, id). */
    public Builder fileId(String fileId) {
      values.put("file_id", Objects.requireNonNull(fileId, "fileId"));
      return this;
    }

    /**
     * The parameters.
     *
     * @throws io.cozecore.InvalidArgumentException when a required parameter is missing
     */
    public DatasetsCreateParams build() {
      return new DatasetsCreateParams(
          Wire.require("datasets.create", values, "name", "space_id", "format_type"));
    }
  }
}
