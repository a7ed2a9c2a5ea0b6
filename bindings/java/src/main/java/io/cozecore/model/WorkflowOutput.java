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
import java.util.Map;

/**
 * The end node's output. A lazy view of an answer: each field is read when its accessor is called
 * (null when absent); build one to send with builder().
 */
public final class WorkflowOutput extends ModelView {
  /** This model's id in records (its index in the description's list of models). */
  public static final int MODEL_ID = 89;

  private static final CellReader<Map<String, WorkflowParameter>> READ_1 =
      Cells.map(Cells.model(WorkflowParameter::new));

  /** A view of object node {@code node} of {@code record} (made by the runtime). */
  public WorkflowOutput(CoreRecord record, int node) {
    super(record, node, MODEL_ID);
  }

  /**
   * JSON text read as a WorkflowOutput by the core (the canonical rules of core/api/README.md).
   *
   * @throws io.cozecore.DecodeException when the text is not JSON or not an object
   */
  public static WorkflowOutput parse(String json) {
    CoreRecord r = Decoding.model("WorkflowOutput", json);
    return new WorkflowOutput(r, Decoding.objectNode(r, "WorkflowOutput"));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Answer template when the end node returns text. Field {@code content} (string). */
  public String content() {
    return read(0, Cells.STRING);
  }

  /** Field {@code parameters} (map of WorkflowParameter). */
  public Map<String, WorkflowParameter> parameters() {
    return read(1, READ_1);
  }

  /** How the end node answers. Field {@code terminate_plan} (string). */
  public String terminatePlan() {
    return read(2, Cells.STRING);
  }

  /** Builds a WorkflowOutput to send (read back through the core, as an answer would be). */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Sets {@code content}. */
    public Builder content(String content) {
      values.put("content", content);
      return this;
    }

    /** Sets {@code parameters}. */
    public Builder parameters(Map<String, WorkflowParameter> parameters) {
      values.put("parameters", Wire.value(parameters));
      return this;
    }

    /** Sets {@code terminate_plan}. */
    public Builder terminatePlan(String terminatePlan) {
      values.put("terminate_plan", terminatePlan);
      return this;
    }

    /** Any other key, sent as given (a plain JSON value or a view). */
    public Builder putExtra(String key, Object value) {
      values.put(key, Wire.value(value));
      return this;
    }

    public WorkflowOutput build() {
      return parse(Json.write(values));
    }
  }
}
