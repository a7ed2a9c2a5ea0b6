// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.resources;

import io.cozecore.internal.Wire;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The parameters of workflows.runs.create, by name and type; required: workflow_id (checked by
 * build()).
 */
public final class WorkflowsRunsCreateParams {
  private final Map<String, Object> values;

  private WorkflowsRunsCreateParams(Map<String, Object> values) {
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
    return "WorkflowsRunsCreateParams" + values.keySet();
  }

  /** Builds a WorkflowsRunsCreateParams; {@link #build()} checks the required parameters. */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Required. {@code workflow_id} (body parameter {@code workflow_id}, id). */
    public Builder workflowId(String workflowId) {
      values.put("workflow_id", Objects.requireNonNull(workflowId, "workflowId"));
      return this;
    }

    /** Input parameters of the start node (body parameter {@code parameters}, any). */
    public Builder parameters(Object parameters) {
      values.put("parameters", Wire.value(parameters));
      return this;
    }

    /** Bot to run the workflow as (body parameter {@code bot_id}, id). */
    public Builder botId(String botId) {
      values.put("bot_id", Objects.requireNonNull(botId, "botId"));
      return this;
    }

    /** App the workflow belongs to (body parameter {@code app_id}, id). */
    public Builder appId(String appId) {
      values.put("app_id", Objects.requireNonNull(appId, "appId"));
      return this;
    }

    /**
     * Extra fields such as latitude, longitude, user_id (body parameter {@code ext}, map of
     * string).
     */
    public Builder ext(Map<String, String> ext) {
      values.put("ext", Wire.value(Objects.requireNonNull(ext, "ext")));
      return this;
    }

    /**
     * Run asynchronously; poll the run history with execute_id (body parameter {@code is_async},
     * boolean).
     */
    public Builder isAsync(boolean isAsync) {
      values.put("is_async", isAsync);
      return this;
    }

    /** Version to run (body parameter {@code workflow_version}, string). */
    public Builder workflowVersion(String workflowVersion) {
      values.put("workflow_version", Objects.requireNonNull(workflowVersion, "workflowVersion"));
      return this;
    }

    /** Channel (default 1024, API) (body parameter {@code connector_id}, id). */
    public Builder connectorId(String connectorId) {
      values.put("connector_id", Objects.requireNonNull(connectorId, "connectorId"));
      return this;
    }

    /**
     * The parameters.
     *
     * @throws io.cozecore.InvalidArgumentException when a required parameter is missing
     */
    public WorkflowsRunsCreateParams build() {
      return new WorkflowsRunsCreateParams(
          Wire.require("workflows.runs.create", values, "workflow_id"));
    }
  }
}
