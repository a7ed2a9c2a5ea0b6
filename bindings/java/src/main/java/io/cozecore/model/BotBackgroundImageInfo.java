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
 * A bot's chat background images. A lazy view of an answer: each field is read when its accessor is
 * called (null when absent); build one to send with builder().
 */
public final class BotBackgroundImageInfo extends ModelView {
  /** This model's id in records (its index in the description's list of models). */
  public static final int MODEL_ID = 2;

  private static final CellReader<BackgroundImageInfo> READ_0 =
      Cells.model(BackgroundImageInfo::new);
  private static final CellReader<BackgroundImageInfo> READ_1 =
      Cells.model(BackgroundImageInfo::new);

  /** A view of object node {@code node} of {@code record} (made by the runtime). */
  public BotBackgroundImageInfo(CoreRecord record, int node) {
    super(record, node, MODEL_ID);
  }

  /**
   * JSON text read as a BotBackgroundImageInfo by the core (the canonical rules of
   * core/api/README.md).
   *
   * @throws io.cozecore.DecodeException when the text is not JSON or not an object
   */
  public static BotBackgroundImageInfo parse(String json) {
    CoreRecord r = Decoding.model("BotBackgroundImageInfo", json);
    return new BotBackgroundImageInfo(r, Decoding.objectNode(r, "BotBackgroundImageInfo"));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Field {@code web_background_image} (BackgroundImageInfo). */
  public BackgroundImageInfo webBackgroundImage() {
    return read(0, READ_0);
  }

  /** Field {@code mobile_background_image} (BackgroundImageInfo). */
  public BackgroundImageInfo mobileBackgroundImage() {
    return read(1, READ_1);
  }

  /**
   * Builds a BotBackgroundImageInfo to send (read back through the core, as an answer would be).
   */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Sets {@code web_background_image}. */
    public Builder webBackgroundImage(BackgroundImageInfo webBackgroundImage) {
      values.put("web_background_image", Wire.value(webBackgroundImage));
      return this;
    }

    /** Sets {@code mobile_background_image}. */
    public Builder mobileBackgroundImage(BackgroundImageInfo mobileBackgroundImage) {
      values.put("mobile_background_image", Wire.value(mobileBackgroundImage));
      return this;
    }

    /** Any other key, sent as given (a plain JSON value or a view). */
    public Builder putExtra(String key, Object value) {
      values.put(key, Wire.value(value));
      return this;
    }

    public BotBackgroundImageInfo build() {
      return parse(Json.write(values));
    }
  }
}
