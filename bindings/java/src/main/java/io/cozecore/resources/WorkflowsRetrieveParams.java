// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.resources;

import io.cozecore.internal.Wire;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The parameters of workflows.retrieve, by name and type; required: workflow_id (checked by
 * build()).
 */
public final class WorkflowsRetrieveParams {
  private final Map<String, Object> values;

  private WorkflowsRetrieveParams(Map<String, Object> values) {
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
    return "WorkflowsRetrieveParams" + values.keySet();
  }

  /** Builds a WorkflowsRetrieveParams; {@link #build()} checks the required parameters. */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Required. {@code workflow_id} (path parameter {@code workflow_id}, id). */
    public Builder workflowId(String workflowId) {
      values.put("workflow_id", Objects.requireNonNull(workflowId, "workflowId"));
      return this;
    }

    /**
     * Include the start node's inputs and the end node's outputs (query parameter {@code
     * include_input_output}, boolean).
     */
    public Builder includeInputOutput(boolean includeInputOutput) {
      values.put("include_input_output", includeInputOutput);
      return this;
    }

    /**
     * The parameters.
     *
     * @throws io.cozecore.InvalidArgumentException when a required parameter is missing
     */
    public WorkflowsRetrieveParams build() {
      return new WorkflowsRetrieveParams(Wire.require("workflows.retrieve", values, "workflow_id"));
    }
  }
}
