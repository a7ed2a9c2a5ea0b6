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
 * An emotion a voice can speak with. A lazy view of an answer: each field is read when its accessor
 * is called (null when absent); build one to send with builder().
 */
public final class VoiceEmotion extends ModelView {
  /** This model's id in records (its index in the description's list of models). */
  public static final int MODEL_ID = 78;

  private static final CellReader<VoiceEmotionScale> READ_2 = Cells.model(VoiceEmotionScale::new);

  /** A view of object node {@code node} of {@code record} (made by the runtime). */
  public VoiceEmotion(CoreRecord record, int node) {
    super(record, node, MODEL_ID);
  }

  /**
   * JSON text read as a VoiceEmotion by the core (the canonical rules of core/api/README.md).
   *
   * @throws io.cozecore.DecodeException when the text is not JSON or not an object
   */
  public static VoiceEmotion parse(String json) {
    CoreRecord r = Decoding.model("VoiceEmotion", json);
    return new VoiceEmotion(r, Decoding.objectNode(r, "VoiceEmotion"));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Field {@code emotion} (string). */
  public String emotion() {
    return read(0, Cells.STRING);
  }

  /** Field {@code display_name} (string). */
  public String displayName() {
    return read(1, Cells.STRING);
  }

  /** Field {@code emotion_scale_interval} (VoiceEmotionScale). */
  public VoiceEmotionScale emotionScaleInterval() {
    return read(2, READ_2);
  }

  /** Builds a VoiceEmotion to send (read back through the core, as an answer would be). */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Sets {@code emotion}. */
    public Builder emotion(String emotion) {
      values.put("emotion", emotion);
      return this;
    }

    /** Sets {@code display_name}. */
    public Builder displayName(String displayName) {
      values.put("display_name", displayName);
      return this;
    }

    /** Sets {@code emotion_scale_interval}. */
    public Builder emotionScaleInterval(VoiceEmotionScale emotionScaleInterval) {
      values.put("emotion_scale_interval", Wire.value(emotionScaleInterval));
      return this;
    }

    /** Any other key, sent as given (a plain JSON value or a view). */
    public Builder putExtra(String key, Object value) {
      values.put(key, Wire.value(value));
      return this;
    }

    public VoiceEmotion build() {
      return parse(Json.write(values));
    }
  }
}
