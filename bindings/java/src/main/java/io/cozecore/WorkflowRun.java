package io.cozecore;

import java.util.Collections;
import java.util.Map;

/** The answer of {@link WorkflowResource#create}: the workflow's output and where to debug it. */
public final class WorkflowRun {
  private final Map<String, Object> result;
  private final String logid;

  WorkflowRun(Map<String, Object> result, String logid) {
    this.result = Collections.unmodifiableMap(result);
    this.logid = logid == null ? "" : logid;
  }

  /** The workflow's output: decoded JSON (the API sends it as JSON text), or the text when it is not JSON. */
  public Object data() {
    return result.get("data");
  }

  public String debugUrl() {
    return JsonValues.text(result, "debug_url");
  }

  /** Set for asynchronous runs ({@code is_async}). */
  public String executeId() {
    return JsonValues.text(result, "execute_id");
  }

  /** {@code {token_count, output_count, input_count}}, empty when absent. */
  public Map<String, Object> usage() {
    return JsonValues.object(result, "usage");
  }

  /** Every field of the result as decoded JSON. */
  public Map<String, Object> result() {
    return result;
  }

  public String logid() {
    return logid;
  }

  @Override
  public String toString() {
    return "WorkflowRun{debugUrl=" + debugUrl() + ", executeId=" + executeId() + "}";
  }
}
