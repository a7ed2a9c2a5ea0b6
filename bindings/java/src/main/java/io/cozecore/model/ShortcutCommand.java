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
 * A bot shortcut command to run in a chat. A lazy view of an answer: each field is read when its
 * accessor is called (null when absent); build one to send with builder().
 */
public final class ShortcutCommand extends ModelView {
  /** This model's id in records (its index in the description's list of models). */
  public static final int MODEL_ID = 70;

  private static final CellReader<Map<String, String>> READ_1 = Cells.map(Cells.STRING);

  /** A view of object node {@code node} of {@code record} (made by the runtime). */
  public ShortcutCommand(CoreRecord record, int node) {
    super(record, node, MODEL_ID);
  }

  /**
   * JSON text read as a ShortcutCommand by the core (the canonical rules of core/api/README.md).
   *
   * @throws io.cozecore.DecodeException when the text is not JSON or not an object
   */
  public static ShortcutCommand parse(String json) {
    CoreRecord r = Decoding.model("ShortcutCommand", json);
    return new ShortcutCommand(r, Decoding.objectNode(r, "ShortcutCommand"));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Field {@code command_id} (id). */
  public String commandId() {
    return read(0, Cells.STRING);
  }

  /** Component values by component name. Field {@code parameters} (map of string). */
  public Map<String, String> parameters() {
    return read(1, READ_1);
  }

  /** Builds a ShortcutCommand to send (read back through the core, as an answer would be). */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Sets {@code command_id}. */
    public Builder commandId(String commandId) {
      values.put("command_id", commandId);
      return this;
    }

    /** Sets {@code parameters}. */
    public Builder parameters(Map<String, String> parameters) {
      values.put("parameters", Wire.value(parameters));
      return this;
    }

    /** Any other key, sent as given (a plain JSON value or a view). */
    public Builder putExtra(String key, Object value) {
      values.put(key, Wire.value(value));
      return this;
    }

    public ShortcutCommand build() {
      return parse(Json.write(values));
    }
  }
}
