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
 * A voice for speech. A lazy view of an answer: each field is read when its accessor is called
 * (null when absent); build one to send with builder().
 */
public final class Voice extends ModelView {
  /** This model's id in records (its index in the description's list of models). */
  public static final int MODEL_ID = 77;

  private static final CellReader<List<VoiceEmotion>> READ_12 =
      Cells.list(Cells.model(VoiceEmotion::new));

  /** A view of object node {@code node} of {@code record} (made by the runtime). */
  public Voice(CoreRecord record, int node) {
    super(record, node, MODEL_ID);
  }

  /**
   * JSON text read as a Voice by the core (the canonical rules of core/api/README.md).
   *
   * @throws io.cozecore.DecodeException when the text is not JSON or not an object
   */
  public static Voice parse(String json) {
    CoreRecord r = Decoding.model("Voice", json);
    return new Voice(r, Decoding.objectNode(r, "Voice"));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Field {@code voice_id} (id). */
  public String voiceId() {
    return read(0, Cells.STRING);
  }

  /** Field {@code name} (string). */
  public String name() {
    return read(1, Cells.STRING);
  }

  /** Field {@code is_system_voice} (boolean). */
  public Boolean isSystemVoice() {
    return read(2, Cells.BOOLEAN);
  }

  /** Field {@code language_code} (string). */
  public String languageCode() {
    return read(3, Cells.STRING);
  }

  /** Field {@code language_name} (string). */
  public String languageName() {
    return read(4, Cells.STRING);
  }

  /** Field {@code preview_text} (string). */
  public String previewText() {
    return read(5, Cells.STRING);
  }

  /** URL of a sample. Field {@code preview_audio} (string). */
  public String previewAudio() {
    return read(6, Cells.STRING);
  }

  /** Clonings left. Field {@code available_training_times} (integer). */
  public Long availableTrainingTimes() {
    return read(7, Cells.INTEGER);
  }

  /** Unix time in seconds. Field {@code create_time} (integer). */
  public Long createTime() {
    return read(8, Cells.INTEGER);
  }

  /** Unix time in seconds. Field {@code update_time} (integer). */
  public Long updateTime() {
    return read(9, Cells.INTEGER);
  }

  /** Field {@code model_type} (string). Known values: big, small (others are kept). */
  public String modelType() {
    return read(10, Cells.STRING);
  }

  /** Field {@code state} (string). Known values: init, cloned, all (others are kept). */
  public String state() {
    return read(11, Cells.STRING);
  }

  /** Field {@code support_emotions} (array of VoiceEmotion). */
  public List<VoiceEmotion> supportEmotions() {
    return read(12, READ_12);
  }

  /** Builds a Voice to send (read back through the core, as an answer would be). */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Sets {@code voice_id}. */
    public Builder voiceId(String voiceId) {
      values.put("voice_id", voiceId);
      return this;
    }

    /** Sets {@code name}. */
    public Builder name(String name) {
      values.put("name", name);
      return this;
    }

    /** Sets {@code is_system_voice}. */
    public Builder isSystemVoice(boolean isSystemVoice) {
      values.put("is_system_voice", isSystemVoice);
      return this;
    }

    /** Sets {@code language_code}. */
    public Builder languageCode(String languageCode) {
      values.put("language_code", languageCode);
      return this;
    }

    /** Sets {@code language_name}. */
    public Builder languageName(String languageName) {
      values.put("language_name", languageName);
      return this;
    }

    /** Sets {@code preview_text}. */
    public Builder previewText(String previewText) {
      values.put("preview_text", previewText);
      return this;
    }

    /** Sets {@code preview_audio}. */
    public Builder previewAudio(String previewAudio) {
      values.put("preview_audio", previewAudio);
      return this;
    }

    /** Sets {@code available_training_times}. */
    public Builder availableTrainingTimes(long availableTrainingTimes) {
      values.put("available_training_times", availableTrainingTimes);
      return this;
    }

    /** Sets {@code create_time}. */
    public Builder createTime(long createTime) {
      values.put("create_time", createTime);
      return this;
    }

    /** Sets {@code update_time}. */
    public Builder updateTime(long updateTime) {
      values.put("update_time", updateTime);
      return this;
    }

    /** Sets {@code model_type}. */
    public Builder modelType(String modelType) {
      values.put("model_type", modelType);
      return this;
    }

    /** Sets {@code state}. */
    public Builder state(String state) {
      values.put("state", state);
      return this;
    }

    /** Sets {@code support_emotions}. */
    public Builder supportEmotions(List<VoiceEmotion> supportEmotions) {
      values.put("support_emotions", Wire.value(supportEmotions));
      return this;
    }

    /** Any other key, sent as given (a plain JSON value or a view). */
    public Builder putExtra(String key, Object value) {
      values.put(key, Wire.value(value));
      return this;
    }

    public Voice build() {
      return parse(Json.write(values));
    }
  }
}
