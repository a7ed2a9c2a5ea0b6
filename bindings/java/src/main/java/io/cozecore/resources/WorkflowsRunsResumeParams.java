// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.resources;

import io.cozecore.internal.Wire;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The parameters of workflows.runs.resume, by name and type; required: workflow_id, event_id,
 * resume_data, interrupt_type (checked by build()).
 */
public final class WorkflowsRunsResumeParams {
  private final Map<String, Object> values;

  private WorkflowsRunsResumeParams(Map<String, Object> values) {
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
    return "WorkflowsRunsResumeParams" + values.keySet();
  }

  /** Builds a WorkflowsRunsResumeParams; {@link #build()} checks the required parameters. */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Required. {@code workflow_id} (body parameter {@code workflow_id}, id). */
    public Builder workflowId(String workflowId) {
      values.put("workflow_id", Objects.requireNonNull(workflowId, "workflowId"));
      return this;
    }

    /** Required. event_id of the Interrupt event (body parameter {@code event_id}, id). */
    public Builder eventId(String eventId) {
      values.put("event_id", Objects.requireNonNull(eventId, "eventId"));
      return this;
    }

    /**
     * Required. The answer to the interrupting question (body parameter {@code resume_data},
     * string).
     */
    public Builder resumeData(String resumeData) {
      values.put("resume_data", Objects.requireNonNull(resumeData, "resumeData"));
      return this;
    }

    /** Required. type of the Interrupt event (body parameter {@code interrupt_type}, integer). */
    public Builder interruptType(long interruptType) {
      values.put("interrupt_type", interruptType);
      return this;
    }

    /**
     * The parameters.
     *
     * @throws io.cozecore.InvalidArgumentException when a required parameter is missing
     */
    public WorkflowsRunsResumeParams build() {
      return new WorkflowsRunsResumeParams(
          Wire.require(
              "workflows.runs.resume",
              values,
              "workflow_id",
              "event_id",
              "resume_data",
              "interrupt_type"));
    }
  }
}
