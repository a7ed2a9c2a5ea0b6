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
 * The start node's input parameters. A lazy view of an answer: each field is read when its accessor
 * is called (null when absent); build one to send with builder().
 */
public final class WorkflowInput extends ModelView {
  /** This model's id in records (its index in the description's list of models). */
  public static final int MODEL_ID = 83;

  private static final CellReader<Map<String, WorkflowParameter>> READ_0 =
      Cells.map(Cells.model(WorkflowParameter::new));

  /** A view of object node {@code node} of {@code record} (made by the runtime). */
  public WorkflowInput(CoreRecord record, int node) {
    super(record, node, MODEL_ID);
  }

  /**
   * JSON text read as a WorkflowInput by the core (the canonical rules of core/api/README.md).
   *
   * @throws io.cozecore.DecodeException when the text is not JSON or not an object
   */
  public static WorkflowInput parse(String json) {
    CoreRecord r = Decoding.model("WorkflowInput", json);
    return new WorkflowInput(r, Decoding.objectNode(r, "WorkflowInput"));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Field {@code parameters} (map of WorkflowParameter). */
  public Map<String, WorkflowParameter> parameters() {
    return read(0, READ_0);
  }

  /** Builds a WorkflowInput to send (read back through the core, as an answer would be). */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Sets {@code parameters}. */
    public Builder parameters(Map<String, WorkflowParameter> parameters) {
      values.put("parameters", Wire.value(parameters));
      return this;
    }

    /** Any other key, sent as given (a plain JSON value or a view). */
    public Builder putExtra(String key, Object value) {
      values.put(key, Wire.value(value));
      return this;
    }

    public WorkflowInput build() {
      return parse(Json.write(values));
    }
  }
}
