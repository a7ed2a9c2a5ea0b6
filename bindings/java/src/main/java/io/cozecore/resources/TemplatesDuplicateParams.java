// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.resources;

import io.cozecore.internal.Wire;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The parameters of templates.duplicate, by name and type; required: template_id, workspace_id
 * (checked by build()).
 */
public final class TemplatesDuplicateParams {
  private final Map<String, Object> values;

  private TemplatesDuplicateParams(Map<String, Object> values) {
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
    return "TemplatesDuplicateParams" + values.keySet();
  }

  /** Builds a TemplatesDuplicateParams; {@link #build()} checks the required parameters. */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Required. {@code template_id} (path parameter {@code template_id}, id). */
    public Builder templateId(String templateId) {
      values.put("template_id", Objects.requireNonNull(templateId, "templateId"));
      return this;
    }

    /** Required. {@code workspace_id} (body parameter {@code workspace_id}, id). */
    public Builder workspaceId(String workspaceId) {
      values.put("workspace_id", Objects.requireNonNull(workspaceId, "workspaceId"));
      return this;
    }

    /** Name of the copy (body parameter {@code name}, string). */
    public Builder name(String name) {
      values.put("name", Objects.requireNonNull(name, "name"));
      return this;
    }

    /**
     * The parameters.
     *
     * @throws io.cozecore.InvalidArgumentException when a required parameter is missing
     */
    public TemplatesDuplicateParams build() {
      return new TemplatesDuplicateParams(
          Wire.require("templates.duplicate", values, "template_id", "workspace_id"));
    }
  }
}
