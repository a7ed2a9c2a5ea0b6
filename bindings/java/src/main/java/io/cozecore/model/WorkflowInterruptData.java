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
 * Why a workflow run stopped and how to resume it. A lazy view of an answer: each field is read
 * when its accessor is called (null when absent); build one to send with builder().
 */
public final class WorkflowInterruptData extends ModelView {
  /** This model's id in records (its index in the description's list of models). */
  public static final int MODEL_ID = 84;

  private static final CellReader<Map<String, Object>> READ_3 = Cells.map(Cells.ANY);

  /** A view of object node {@code node} of {@code record} (made by the runtime). */
  public WorkflowInterruptData(CoreRecord record, int node) {
    super(record, node, MODEL_ID);
  }

  /**
   * JSON text read as a WorkflowInterruptData by the core (the canonical rules of
   * core/api/README.md).
   *
   * @throws io.cozecore.DecodeException when the text is not JSON or not an object
   */
  public static WorkflowInterruptData parse(String json) {
    CoreRecord r = Decoding.model("WorkflowInterruptData", json);
    return new WorkflowInterruptData(r, Decoding.objectNode(r, "WorkflowInterruptData"));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Pass back to workflows.runs.resume. Field {@code event_id} (id). */
  public String eventId() {
    return read(0, Cells.STRING);
  }

  /** Interrupt type; pass back as interrupt_type. Field {@code type} (integer). */
  public Long type() {
    return read(1, Cells.INTEGER);
  }

  /** The interrupting question, often JSON text. Field {@code data} (string). */
  public String data() {
    return read(2, Cells.STRING);
  }

  /** Parameters the answer must supply. Field {@code required_parameters} (map of any). */
  public Map<String, Object> requiredParameters() {
    return read(3, READ_3);
  }

  /** Builds a WorkflowInterruptData to send (read back through the core, as an answer would be). */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Sets {@code event_id}. */
    public Builder eventId(String eventId) {
      values.put("event_id", eventId);
      return this;
    }

    /** Sets {@code type}. */
    public Builder type(long type) {
      values.put("type", type);
      return this;
    }

    /** Sets {@code data}. */
    public Builder data(String data) {
      values.put("data", data);
      return this;
    }

    /** Sets {@code required_parameters}. */
    public Builder requiredParameters(Map<String, Object> requiredParameters) {
      values.put("required_parameters", Wire.value(requiredParameters));
      return this;
    }

    /** Any other key, sent as given (a plain JSON value or a view). */
    public Builder putExtra(String key, Object value) {
      values.put(key, Wire.value(value));
      return this;
    }

    public WorkflowInterruptData build() {
      return parse(Json.write(values));
    }
  }
}
