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
 * One parameter of a workflow. A lazy view of an answer: each field is read when its accessor is
 * called (null when absent); build one to send with builder().
 */
public final class WorkflowParameter extends ModelView {
  /** This model's id in records (its index in the description's list of models). */
  public static final int MODEL_ID = 90;

  private static final CellReader<Object> READ_4 = Cells.ANY;
  private static final CellReader<Map<String, Object>> READ_5 = Cells.map(Cells.ANY);

  /** A view of object node {@code node} of {@code record} (made by the runtime). */
  public WorkflowParameter(CoreRecord record, int node) {
    super(record, node, MODEL_ID);
  }

  /**
   * JSON text read as a WorkflowParameter by the core (the canonical rules of core/api/README.md).
   *
   * @throws io.cozecore.DecodeException when the text is not JSON or not an object
   */
  public static WorkflowParameter parse(String json) {
    CoreRecord r = Decoding.model("WorkflowParameter", json);
    return new WorkflowParameter(r, Decoding.objectNode(r, "WorkflowParameter"));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Field {@code type} (string). */
  public String type() {
    return read(0, Cells.STRING);
  }

  /** Field {@code required} (boolean). */
  public Boolean required() {
    return read(1, Cells.BOOLEAN);
  }

  /** Field {@code description} (string). */
  public String description() {
    return read(2, Cells.STRING);
  }

  /** Field {@code default_value} (string). */
  public String defaultValue() {
    return read(3, Cells.STRING);
  }

  /** Element parameter of an array parameter. Field {@code items} (any). */
  public Object items() {
    return read(4, READ_4);
  }

  /** Member parameters of an object parameter. Field {@code properties} (map of any). */
  public Map<String, Object> properties() {
    return read(5, READ_5);
  }

  /** Builds a WorkflowParameter to send (read back through the core, as an answer would be). */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Sets {@code type}. */
    public Builder type(String type) {
      values.put("type", type);
      return this;
    }

    /** Sets {@code required}. */
    public Builder required(boolean required) {
      values.put("required", required);
      return this;
    }

    /** Sets {@code description}. */
    public Builder description(String description) {
      values.put("description", description);
      return this;
    }

    /** Sets {@code default_value}. */
    public Builder defaultValue(String defaultValue) {
      values.put("default_value", defaultValue);
      return this;
    }

    /** Sets {@code items}. */
    public Builder items(Object items) {
      values.put("items", Wire.value(items));
      return this;
    }

    /** Sets {@code properties}. */
    public Builder properties(Map<String, Object> properties) {
      values.put("properties", Wire.value(properties));
      return this;
    }

    /** Any other key, sent as given (a plain JSON value or a view). */
    public Builder putExtra(String key, Object value) {
      values.put(key, Wire.value(value));
      return this;
    }

    public WorkflowParameter build() {
      return parse(Json.write(values));
    }
  }
}
