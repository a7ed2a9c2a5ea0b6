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
 * Video settings of an RTC room. A lazy view of an answer: each field is read when its accessor is
 * called (null when absent); build one to send with builder().
 */
public final class RoomVideoConfig extends ModelView {
  /** This model's id in records (its index in the description's list of models). */
  public static final int MODEL_ID = 68;

  /** A view of object node {@code node} of {@code record} (made by the runtime). */
  public RoomVideoConfig(CoreRecord record, int node) {
    super(record, node, MODEL_ID);
  }

  /**
   * JSON text read as a RoomVideoConfig by the core (the canonical rules of core/api/README.md).
   *
   * @throws io.cozecore.DecodeException when the text is not JSON or not an object
   */
  public static RoomVideoConfig parse(String json) {
    CoreRecord r = Decoding.model("RoomVideoConfig", json);
    return new RoomVideoConfig(r, Decoding.objectNode(r, "RoomVideoConfig"));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Field {@code codec} (string). Known values: H264, BYTEVC1 (others are kept). */
  public String codec() {
    return read(0, Cells.STRING);
  }

  /** Field {@code stream_video_type} (string). Known values: main, screen (others are kept). */
  public String streamVideoType() {
    return read(1, Cells.STRING);
  }

  /** Field {@code video_frame_rate} (integer). */
  public Long videoFrameRate() {
    return read(2, Cells.INTEGER);
  }

  /** Field {@code video_frame_expire_duration} (integer). */
  public Long videoFrameExpireDuration() {
    return read(3, Cells.INTEGER);
  }

  /** Builds a RoomVideoConfig to send (read back through the core, as an answer would be). */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Sets {@code codec}. */
    public Builder codec(String codec) {
      values.put("codec", codec);
      return this;
    }

    /** Sets {@code stream_video_type}. */
    public Builder streamVideoType(String streamVideoType) {
      values.put("stream_video_type", streamVideoType);
      return this;
    }

    /** Sets {@code video_frame_rate}. */
    public Builder videoFrameRate(long videoFrameRate) {
      values.put("video_frame_rate", videoFrameRate);
      return this;
    }

    /** Sets {@code video_frame_expire_duration}. */
    public Builder videoFrameExpireDuration(long videoFrameExpireDuration) {
      values.put("video_frame_expire_duration", videoFrameExpireDuration);
      return this;
    }

    /** Any other key, sent as given (a plain JSON value or a view). */
    public Builder putExtra(String key, Object value) {
      values.put(key, Wire.value(value));
      return this;
    }

    public RoomVideoConfig build() {
      return parse(Json.write(values));
    }
  }
}
