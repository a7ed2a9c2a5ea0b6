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
import java.util.List;
import java.util.Map;

/**
 * One input of a shortcut command. A lazy view of an answer: each field is read when its accessor
 * is called (null when absent); build one to send with builder().
 */
public final class BotShortcutCommandComponent extends ModelView {
  /** This model's id in records (its index in the description's list of models). */
  public static final int MODEL_ID = 12;

  private static final CellReader<List<String>> READ_6 = Cells.list(Cells.STRING);

  /** A view of object node {@code node} of {@code record} (made by the runtime). */
  public BotShortcutCommandComponent(CoreRecord record, int node) {
    super(record, node, MODEL_ID);
  }

  /**
   * JSON text read as a BotShortcutCommandComponent by the core (the canonical rules of
   * core/api/README.md).
   *
   * @throws io.cozecore.DecodeException when the text is not JSON or not an object
   */
  public static BotShortcutCommandComponent parse(String json) {
    CoreRecord r = Decoding.model("BotShortcutCommandComponent", json);
    return new BotShortcutCommandComponent(
        r, Decoding.objectNode(r, "BotShortcutCommandComponent"));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Field {@code name} (string). */
  public String name() {
    return read(0, Cells.STRING);
  }

  /** Field {@code description} (string). */
  public String description() {
    return read(1, Cells.STRING);
  }

  /** Field {@code type} (string). Known values: text, select, file (others are kept). */
  public String type() {
    return read(2, Cells.STRING);
  }

  /** Field {@code tool_parameter} (string). */
  public String toolParameter() {
    return read(3, Cells.STRING);
  }

  /** Field {@code default_value} (string). */
  public String defaultValue() {
    return read(4, Cells.STRING);
  }

  /** Field {@code is_hide} (boolean). */
  public Boolean isHide() {
    return read(5, Cells.BOOLEAN);
  }

  /** Field {@code options} (array of string). */
  public List<String> options() {
    return read(6, READ_6);
  }

  /**
   * Builds a BotShortcutCommandComponent to send (read back through the core, as an answer would
   * be).
   */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Sets {@code name}. */
    public Builder name(String name) {
      values.put("name", name);
      return this;
    }

    /** Sets {@code description}. */
    public Builder description(String description) {
      values.put("description", description);
      return this;
    }

    /** Sets {@code type}. */
    public Builder type(String type) {
      values.put("type", type);
      return this;
    }

    /** Sets {@code tool_parameter}. */
    public Builder toolParameter(String toolParameter) {
      values.put("tool_parameter", toolParameter);
      return this;
    }

    /** Sets {@code default_value}. */
    public Builder defaultValue(String defaultValue) {
      values.put("default_value", defaultValue);
      return this;
    }

    /** Sets {@code is_hide}. */
    public Builder isHide(boolean isHide) {
      values.put("is_hide", isHide);
      return this;
    }

    /** Sets {@code options}. */
    public Builder options(List<String> options) {
      values.put("options", Wire.value(options));
      return this;
    }

    /** Any other key, sent as given (a plain JSON value or a view). */
    public Builder putExtra(String key, Object value) {
      values.put(key, Wire.value(value));
      return this;
    }

    public BotShortcutCommandComponent build() {
      return parse(Json.write(values));
    }
  }
}
