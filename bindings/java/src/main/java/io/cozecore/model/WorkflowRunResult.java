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
 * The result of a workflow run. A lazy view of an answer: each field is read when its accessor is
 * called (null when absent); build one to send with builder().
 */
public final class WorkflowRunResult extends ModelView {
  /** This model's id in records (its index in the description's list of models). */
  public static final int MODEL_ID = 92;

  private static final CellReader<Object> READ_0 = Cells.ANY;
  private static final CellReader<Usage> READ_3 = Cells.model(Usage::new);
  private static final CellReader<WorkflowInterruptData> READ_4 =
      Cells.model(WorkflowInterruptData::new);

  /** A view of object node {@code node} of {@code record} (made by the runtime). */
  public WorkflowRunResult(CoreRecord record, int node) {
    super(record, node, MODEL_ID);
  }

  /**
   * JSON text read as a WorkflowRunResult by the core (the canonical rules of core/api/README.md).
   *
   * @throws io.cozecore.DecodeException when the text is not JSON or not an object
   */
  public static WorkflowRunResult parse(String json) {
    CoreRecord r = Decoding.model("WorkflowRunResult", json);
    return new WorkflowRunResult(r, Decoding.objectNode(r, "WorkflowRunResult"));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The workflow's output (sent as JSON text, parsed). Field {@code data} (any). */
  public Object data() {
    return read(0, READ_0);
  }

  /** Run id, for the run history. Field {@code execute_id} (id). */
  public String executeId() {
    return read(1, Cells.STRING);
  }

  /** Page showing the run (kept 7 days). Field {@code debug_url} (string). */
  public String debugUrl() {
    return read(2, Cells.STRING);
  }

  /** Field {@code usage} (Usage). */
  public Usage usage() {
    return read(3, READ_3);
  }

  /** Field {@code interrupt_data} (WorkflowInterruptData). */
  public WorkflowInterruptData interruptData() {
    return read(4, READ_4);
  }

  /** Reserved. Field {@code cost} (string). */
  public String cost() {
    return read(5, Cells.STRING);
  }

  /** Tokens used. Field {@code token} (integer). */
  public Long token() {
    return read(6, Cells.INTEGER);
  }

  /** Builds a WorkflowRunResult to send (read back through the core, as an answer would be). */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Sets {@code data}. */
    public Builder data(Object data) {
      values.put("data", Wire.value(data));
      return this;
    }

    /** Sets {@code execute_id}. */
    public Builder executeId(String executeId) {
      values.put("execute_id", executeId);
      return this;
    }

    /** Sets {@code debug_url}. */
    public Builder debugUrl(String debugUrl) {
      values.put("debug_url", debugUrl);
      return this;
    }

    /** Sets {@code usage}. */
    public Builder usage(Usage usage) {
      values.put("usage", Wire.value(usage));
      return this;
    }

    /** Sets {@code interrupt_data}. */
    public Builder interruptData(WorkflowInterruptData interruptData) {
      values.put("interrupt_data", Wire.value(interruptData));
      return this;
    }

    /** Sets {@code cost}. */
    public Builder cost(String cost) {
      values.put("cost", cost);
      return this;
    }

    /** Sets {@code token}. */
    public Builder token(long token) {
      values.put("token", token);
      return this;
    }

    /** Any other key, sent as given (a plain JSON value or a view). */
    public Builder putExtra(String key, Object value) {
      values.put(key, Wire.value(value));
      return this;
    }

    public WorkflowRunResult build() {
      return parse(Json.write(values));
    }
  }
}
