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
 * A message sent with a request. A lazy view of an answer: each field is read when its accessor is
 * called (null when absent); build one to send with builder().
 */
public final class EnterMessage extends ModelView {
  /** This model's id in records (its index in the description's list of models). */
  public static final int MODEL_ID = 43;

  private static final CellReader<Map<String, String>> READ_4 = Cells.map(Cells.STRING);

  /** A view of object node {@code node} of {@code record} (made by the runtime). */
  public EnterMessage(CoreRecord record, int node) {
    super(record, node, MODEL_ID);
  }

  /**
   * JSON text read as a EnterMessage by the core (the canonical rules of core/api/README.md).
   *
   * @throws io.cozecore.DecodeException when the text is not JSON or not an object
   */
  public static EnterMessage parse(String json) {
    CoreRecord r = Decoding.model("EnterMessage", json);
    return new EnterMessage(r, Decoding.objectNode(r, "EnterMessage"));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Field {@code role} (string). Known values: user, assistant (others are kept). */
  public String role() {
    return read(0, Cells.STRING);
  }

  /**
   * Field {@code type} (string). Known values: question, answer, function_call, tool_output,
   * tool_response (others are kept).
   */
  public String type() {
    return read(1, Cells.STRING);
  }

  /** Text, or the JSON text of object_string items. Field {@code content} (string). */
  public String content() {
    return read(2, Cells.STRING);
  }

  /** Field {@code content_type} (string). Known values: text, object_string (others are kept). */
  public String contentType() {
    return read(3, Cells.STRING);
  }

  /** Custom key-value pairs. Field {@code meta_data} (map of string). */
  public Map<String, String> metaData() {
    return read(4, READ_4);
  }

  /** Builds a EnterMessage to send (read back through the core, as an answer would be). */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Sets {@code role}. */
    public Builder role(String role) {
      values.put("role", role);
      return this;
    }

    /** Sets {@code type}. */
    public Builder type(String type) {
      values.put("type", type);
      return this;
    }

    /** Sets {@code content}. */
    public Builder content(String content) {
      values.put("content", content);
      return this;
    }

    /** Sets {@code content_type}. */
    public Builder contentType(String contentType) {
      values.put("content_type", contentType);
      return this;
    }

    /** Sets {@code meta_data}. */
    public Builder metaData(Map<String, String> metaData) {
      values.put("meta_data", Wire.value(metaData));
      return this;
    }

    /** Any other key, sent as given (a plain JSON value or a view). */
    public Builder putExtra(String key, Object value) {
      values.put(key, Wire.value(value));
      return this;
    }

    public EnterMessage build() {
      return parse(Json.write(values));
    }
  }
}
