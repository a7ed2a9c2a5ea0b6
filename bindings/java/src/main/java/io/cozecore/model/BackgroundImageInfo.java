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
 * One chat background image. A lazy view of an answer: each field is read when its accessor is
 * called (null when absent); build one to send with builder().
 */
public final class BackgroundImageInfo extends ModelView {
  /** This model's id in records (its index in the description's list of models). */
  public static final int MODEL_ID = 0;

  private static final CellReader<GradientPosition> READ_2 = Cells.model(GradientPosition::new);
  private static final CellReader<CanvasPosition> READ_3 = Cells.model(CanvasPosition::new);

  /** A view of object node {@code node} of {@code record} (made by the runtime). */
  public BackgroundImageInfo(CoreRecord record, int node) {
    super(record, node, MODEL_ID);
  }

  /**
   * JSON text read as a BackgroundImageInfo by the core (the canonical rules of
   * core/api/README.md).
   *
   * @throws io.cozecore.DecodeException when the text is not JSON or not an object
   */
  public static BackgroundImageInfo parse(String json) {
    CoreRecord r = Decoding.model("BackgroundImageInfo", json);
    return new BackgroundImageInfo(r, Decoding.objectNode(r, "BackgroundImageInfo"));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Field {@code image_url} (string). */
  public String imageUrl() {
    return read(0, Cells.STRING);
  }

  /** Field {@code theme_color} (string). */
  public String themeColor() {
    return read(1, Cells.STRING);
  }

  /** Field {@code gradient_position} (GradientPosition). */
  public GradientPosition gradientPosition() {
    return read(2, READ_2);
  }

  /** Field {@code canvas_position} (CanvasPosition). */
  public CanvasPosition canvasPosition() {
    return read(3, READ_3);
  }

  /** Builds a BackgroundImageInfo to send (read back through the core, as an answer would be). */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Sets {@code image_url}. */
    public Builder imageUrl(String imageUrl) {
      values.put("image_url", imageUrl);
      return this;
    }

    /** Sets {@code theme_color}. */
    public Builder themeColor(String themeColor) {
      values.put("theme_color", themeColor);
      return this;
    }

    /** Sets {@code gradient_position}. */
    public Builder gradientPosition(GradientPosition gradientPosition) {
      values.put("gradient_position", Wire.value(gradientPosition));
      return this;
    }

    /** Sets {@code canvas_position}. */
    public Builder canvasPosition(CanvasPosition canvasPosition) {
      values.put("canvas_position", Wire.value(canvasPosition));
      return this;
    }

    /** Any other key, sent as given (a plain JSON value or a view). */
    public Builder putExtra(String key, Object value) {
      values.put(key, Wire.value(value));
      return this;
    }

    public BackgroundImageInfo build() {
      return parse(Json.write(values));
    }
  }
}
