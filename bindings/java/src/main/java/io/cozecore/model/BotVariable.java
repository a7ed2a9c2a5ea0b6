// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.model;

import io.cozecore.ModelView;
import io.cozecore.internal.Cells;
import io.cozecore.internal.CoreRecord;
import io.cozecore.internal.Decoding;
import io.cozecore.internal.Json;
import io.cozecore.internal.Wire;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A variable of a bot. A lazy view of an answer: each field is read when its accessor is called
 * (null when absent); build one to send with builder().
 */
public final class BotVariable extends ModelView {
  /** This model's id in records (its index in the description's list of models). */
  public static final int MODEL_ID = 16;

  /** A view of object node {@code node} of {@code record} (made by the runtime). */
  public BotVariable(CoreRecord record, int node) {
    super(record, node, MODEL_ID);
  }

  /**
   * JSON text read as a BotVariable by the core (the canonical rules of core/api/README.md).
   *
   * @throws io.cozecore.DecodeException when the text is not JSON or not an object
   */
  public static BotVariable parse(String json) {
    CoreRecord r = Decoding.model("BotVariable", json);
    return new BotVariable(r, Decoding.objectNode(r, "BotVariable"));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Field {@code keyword} (string). */
  public String keyword() {
    return read(0, Cells.STRING);
  }

  /** Field {@code default_value} (string). */
  public String defaultValue() {
    return read(1, Cells.STRING);
  }

  /**
   * Field {@code variable_type} (string). Known values: KVVariable, ListVariable (others are kept).
   */
  public String variableType() {
    return read(2, Cells.STRING);
  }

  /**
   * Field {@code channel} (string). Known values: custom, system, location, feishu, app (others are
   * kept).
   */
  public String channel() {
    return read(3, Cells.STRING);
  }

  /** Field {@code description} (string). */
  public String description() {
    return read(4, Cells.STRING);
  }

  /** Field {@code enable} (boolean). */
  public Boolean enable() {
    return read(5, Cells.BOOLEAN);
  }

  /** Field {@code prompt_enable} (boolean). */
  public Boolean promptEnable() {
    return read(6, Cells.BOOLEAN);
  }

  /** Builds a BotVariable to send (read back through the core, as an answer would be). */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Sets {@code keyword}. */
    public Builder keyword(String keyword) {
      values.put("keyword", keyword);
      return this;
    }

    /** Sets {@code default_value}. */
    public Builder defaultValue(String defaultValue) {
      values.put("default_value", defaultValue);
      return this;
    }

    /** Sets {@code variable_type}. */
    public Builder variableType(String variableType) {
      values.put("variable_type", variableType);
      return this;
    }

    /** Sets {@code channel}. */
    public Builder channel(String channel) {
      values.put("channel", channel);
      return this;
    }

    /** Sets {@code description}. */
    public Builder description(String description) {
      values.put("description", description);
      return this;
    }

    /** Sets {@code enable}. */
    public Builder enable(boolean enable) {
      values.put("enable", enable);
      return this;
    }

    /** Sets {@code prompt_enable}. */
    public Builder promptEnable(boolean promptEnable) {
      values.put("prompt_enable", promptEnable);
      return this;
    }

    /** Any other key, sent as given (a plain JSON value or a view). */
    public Builder putExtra(String key, Object value) {
      values.put(key, Wire.value(value));
      return this;
    }

    public BotVariable build() {
      return parse(Json.write(values));
    }
  }
}
