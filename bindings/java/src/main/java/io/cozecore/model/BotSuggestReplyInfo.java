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
 * Whether and how a bot suggests the user's next questions. A lazy view of an answer: each field is
 * read when its accessor is called (null when absent); build one to send with builder().
 */
public final class BotSuggestReplyInfo extends ModelView {
  /** This model's id in records (its index in the description's list of models). */
  public static final int MODEL_ID = 15;

  /** A view of object node {@code node} of {@code record} (made by the runtime). */
  public BotSuggestReplyInfo(CoreRecord record, int node) {
    super(record, node, MODEL_ID);
  }

  /**
   * JSON text read as a BotSuggestReplyInfo by the core (the canonical rules of
   * core/api/README.md).
   *
   * @throws io.cozecore.DecodeException when the text is not JSON or not an object
   */
  public static BotSuggestReplyInfo parse(String json) {
    CoreRecord r = Decoding.model("BotSuggestReplyInfo", json);
    return new BotSuggestReplyInfo(r, Decoding.objectNode(r, "BotSuggestReplyInfo"));
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Field {@code reply_mode} (string). Known values: disable, enable, customized (others are kept).
   */
  public String replyMode() {
    return read(0, Cells.STRING);
  }

  /** Field {@code customized_prompt} (string). */
  public String customizedPrompt() {
    return read(1, Cells.STRING);
  }

  /** Builds a BotSuggestReplyInfo to send (read back through the core, as an answer would be). */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Sets {@code reply_mode}. */
    public Builder replyMode(String replyMode) {
      values.put("reply_mode", replyMode);
      return this;
    }

    /** Sets {@code customized_prompt}. */
    public Builder customizedPrompt(String customizedPrompt) {
      values.put("customized_prompt", customizedPrompt);
      return this;
    }

    /** Any other key, sent as given (a plain JSON value or a view). */
    public Builder putExtra(String key, Object value) {
      values.put(key, Wire.value(value));
      return this;
    }

    public BotSuggestReplyInfo build() {
      return parse(Json.write(values));
    }
  }
}
