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
 * A bot's opening message. A lazy view of an answer: each field is read when its accessor is called
 * (null when absent); build one to send with builder().
 */
public final class BotOnboardingInfo extends ModelView {
  /** This model's id in records (its index in the description's list of models). */
  public static final int MODEL_ID = 6;

  private static final CellReader<List<String>> READ_1 = Cells.list(Cells.STRING);

  /** A view of object node {@code node} of {@code record} (made by the runtime). */
  public BotOnboardingInfo(CoreRecord record, int node) {
    super(record, node, MODEL_ID);
  }

  /**
   * JSON text read as a BotOnboardingInfo by the core (the canonical rules of core/api/README.md).
   *
   * @throws io.cozecore.DecodeException when the text is not JSON or not an object
   */
  public static BotOnboardingInfo parse(String json) {
    CoreRecord r = Decoding.model("BotOnboardingInfo", json);
    return new BotOnboardingInfo(r, Decoding.objectNode(r, "BotOnboardingInfo"));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Field {@code prologue} (string). */
  public String prologue() {
    return read(0, Cells.STRING);
  }

  /** Field {@code suggested_questions} (array of string). */
  public List<String> suggestedQuestions() {
    return read(1, READ_1);
  }

  /** Builds a BotOnboardingInfo to send (read back through the core, as an answer would be). */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Sets {@code prologue}. */
    public Builder prologue(String prologue) {
      values.put("prologue", prologue);
      return this;
    }

    /** Sets {@code suggested_questions}. */
    public Builder suggestedQuestions(List<String> suggestedQuestions) {
      values.put("suggested_questions", Wire.value(suggestedQuestions));
      return this;
    }

    /** Any other key, sent as given (a plain JSON value or a view). */
    public Builder putExtra(String key, Object value) {
      values.put(key, Wire.value(value));
      return this;
    }

    public BotOnboardingInfo build() {
      return parse(Json.write(values));
    }
  }
}
