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
 * What the caller must do for the chat to continue. A lazy view of an answer: each field is read
 * when its accessor is called (null when absent); build one to send with builder().
 */
public final class ChatRequiredAction extends ModelView {
  /** This model's id in records (its index in the description's list of models). */
  public static final int MODEL_ID = 24;

  private static final CellReader<ChatSubmitToolOutputs> READ_1 =
      Cells.model(ChatSubmitToolOutputs::new);

  /** A view of object node {@code node} of {@code record} (made by the runtime). */
  public ChatRequiredAction(CoreRecord record, int node) {
    super(record, node, MODEL_ID);
  }

  /**
   * JSON text read as a ChatRequiredAction by the core (the canonical rules of core/api/README.md).
   *
   * @throws io.cozecore.DecodeException when the text is not JSON or not an object
   */
  public static ChatRequiredAction parse(String json) {
    CoreRecord r = Decoding.model("ChatRequiredAction", json);
    return new ChatRequiredAction(r, Decoding.objectNode(r, "ChatRequiredAction"));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Field {@code type} (string). Known values: submit_tool_outputs (others are kept). */
  public String type() {
    return read(0, Cells.STRING);
  }

  /** Field {@code submit_tool_outputs} (ChatSubmitToolOutputs). */
  public ChatSubmitToolOutputs submitToolOutputs() {
    return read(1, READ_1);
  }

  /** Builds a ChatRequiredAction to send (read back through the core, as an answer would be). */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Sets {@code type}. */
    public Builder type(String type) {
      values.put("type", type);
      return this;
    }

    /** Sets {@code submit_tool_outputs}. */
    public Builder submitToolOutputs(ChatSubmitToolOutputs submitToolOutputs) {
      values.put("submit_tool_outputs", Wire.value(submitToolOutputs));
      return this;
    }

    /** Any other key, sent as given (a plain JSON value or a view). */
    public Builder putExtra(String key, Object value) {
      values.put(key, Wire.value(value));
      return this;
    }

    public ChatRequiredAction build() {
      return parse(Json.write(values));
    }
  }
}
