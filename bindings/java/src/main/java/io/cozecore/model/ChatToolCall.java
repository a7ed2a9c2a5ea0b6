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
 * One tool call to answer with chat.submit_tool_outputs. A lazy view of an answer: each field is
 * read when its accessor is called (null when absent); build one to send with builder().
 */
public final class ChatToolCall extends ModelView {
  /** This model's id in records (its index in the description's list of models). */
  public static final int MODEL_ID = 26;

  private static final CellReader<ChatToolCallFunction> READ_2 =
      Cells.model(ChatToolCallFunction::new);

  /** A view of object node {@code node} of {@code record} (made by the runtime). */
  public ChatToolCall(CoreRecord record, int node) {
    super(record, node, MODEL_ID);
  }

  /**
   * JSON text read as a ChatToolCall by the core (the canonical rules of core/api/README.md).
   *
   * @throws io.cozecore.DecodeException when the text is not JSON or not an object
   */
  public static ChatToolCall parse(String json) {
    CoreRecord r = Decoding.model("ChatToolCall", json);
    return new ChatToolCall(r, Decoding.objectNode(r, "ChatToolCall"));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The tool_call_id to answer with. Field {@code id} (string). */
  public String id() {
    return read(0, Cells.STRING);
  }

  /** Field {@code type} (string). Known values: function, reply_message (others are kept). */
  public String type() {
    return read(1, Cells.STRING);
  }

  /** Field {@code function} (ChatToolCallFunction). */
  public ChatToolCallFunction function() {
    return read(2, READ_2);
  }

  /** Builds a ChatToolCall to send (read back through the core, as an answer would be). */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Sets {@code id}. */
    public Builder id(String id) {
      values.put("id", id);
      return this;
    }

    /** Sets {@code type}. */
    public Builder type(String type) {
      values.put("type", type);
      return this;
    }

    /** Sets {@code function}. */
    public Builder function(ChatToolCallFunction function) {
      values.put("function", Wire.value(function));
      return this;
    }

    /** Any other key, sent as given (a plain JSON value or a view). */
    public Builder putExtra(String key, Object value) {
      values.put(key, Wire.value(value));
      return this;
    }

    public ChatToolCall build() {
      return parse(Json.write(values));
    }
  }
}
