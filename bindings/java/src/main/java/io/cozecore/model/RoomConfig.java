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
 * Settings of an RTC room. A lazy view of an answer: each field is read when its accessor is called
 * (null when absent); build one to send with builder().
 */
public final class RoomConfig extends ModelView {
  /** This model's id in records (its index in the description's list of models). */
  public static final int MODEL_ID = 66;

  private static final CellReader<RoomAudioConfig> READ_0 = Cells.model(RoomAudioConfig::new);
  private static final CellReader<RoomVideoConfig> READ_1 = Cells.model(RoomVideoConfig::new);
  private static final CellReader<RoomTranslateConfig> READ_5 =
      Cells.model(RoomTranslateConfig::new);

  /** A view of object node {@code node} of {@code record} (made by the runtime). */
  public RoomConfig(CoreRecord record, int node) {
    super(record, node, MODEL_ID);
  }

  /**
   * JSON text read as a RoomConfig by the core (the canonical rules of core/api/README.md).
   *
   * @throws io.cozecore.DecodeException when the text is not JSON or not an object
   */
  public static RoomConfig parse(String json) {
    CoreRecord r = Decoding.model("RoomConfig", json);
    return new RoomConfig(r, Decoding.objectNode(r, "RoomConfig"));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Field {@code audio_config} (RoomAudioConfig). */
  public RoomAudioConfig audioConfig() {
    return read(0, READ_0);
  }

  /** Field {@code video_config} (RoomVideoConfig). */
  public RoomVideoConfig videoConfig() {
    return read(1, READ_1);
  }

  /** What the bot says first. Field {@code prologue_content} (string). */
  public String prologueContent() {
    return read(2, Cells.STRING);
  }

  /** Delay before the prologue. Field {@code prologue_delay_duration_ms} (integer). */
  public Long prologueDelayDurationMs() {
    return read(3, Cells.INTEGER);
  }

  /**
   * Field {@code room_mode} (string). Known values: default, s2s, podcast, translate (others are
   * kept).
   */
  public String roomMode() {
    return read(4, Cells.STRING);
  }

  /** Field {@code translate_config} (RoomTranslateConfig). */
  public RoomTranslateConfig translateConfig() {
    return read(5, READ_5);
  }

  /** Builds a RoomConfig to send (read back through the core, as an answer would be). */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Sets {@code audio_config}. */
    public Builder audioConfig(RoomAudioConfig audioConfig) {
      values.put("audio_config", Wire.value(audioConfig));
      return this;
    }

    /** Sets {@code video_config}. */
    public Builder videoConfig(RoomVideoConfig videoConfig) {
      values.put("video_config", Wire.value(videoConfig));
      return this;
    }

    /** Sets {@code prologue_content}. */
    public Builder prologueContent(String prologueContent) {
      values.put("prologue_content", prologueContent);
      return this;
    }

    /** Sets {@code prologue_delay_duration_ms}. */
    public Builder prologueDelayDurationMs(long prologueDelayDurationMs) {
      values.put("prologue_delay_duration_ms", prologueDelayDurationMs);
      return this;
    }

    /** Sets {@code room_mode}. */
    public Builder roomMode(String roomMode) {
      values.put("room_mode", roomMode);
      return this;
    }

    /** Sets {@code translate_config}. */
    public Builder translateConfig(RoomTranslateConfig translateConfig) {
      values.put("translate_config", Wire.value(translateConfig));
      return this;
    }

    /** Any other key, sent as given (a plain JSON value or a view). */
    public Builder putExtra(String key, Object value) {
      values.put(key, Wire.value(value));
      return this;
    }

    public RoomConfig build() {
      return parse(Json.write(values));
    }
  }
}
