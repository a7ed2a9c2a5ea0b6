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
 * A plugin bound to a bot. A lazy view of an answer: each field is read when its accessor is called
 * (null when absent); build one to send with builder().
 */
public final class BotPluginInfo extends ModelView {
  /** This model's id in records (its index in the description's list of models). */
  public static final int MODEL_ID = 10;

  private static final CellReader<List<BotPluginApiInfo>> READ_4 =
      Cells.list(Cells.model(BotPluginApiInfo::new));

  /** A view of object node {@code node} of {@code record} (made by the runtime). */
  public BotPluginInfo(CoreRecord record, int node) {
    super(record, node, MODEL_ID);
  }

  /**
   * JSON text read as a BotPluginInfo by the core (the canonical rules of core/api/README.md).
   *
   * @throws io.cozecore.DecodeException when the text is not JSON or not an object
   */
  public static BotPluginInfo parse(String json) {
    CoreRecord r = Decoding.model("BotPluginInfo", json);
    return new BotPluginInfo(r, Decoding.objectNode(r, "BotPluginInfo"));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Field {@code plugin_id} (id). */
  public String pluginId() {
    return read(0, Cells.STRING);
  }

  /** Field {@code name} (string). */
  public String name() {
    return read(1, Cells.STRING);
  }

  /** Field {@code description} (string). */
  public String description() {
    return read(2, Cells.STRING);
  }

  /** Field {@code icon_url} (string). */
  public String iconUrl() {
    return read(3, Cells.STRING);
  }

  /** Field {@code api_info_list} (array of BotPluginApiInfo). */
  public List<BotPluginApiInfo> apiInfoList() {
    return read(4, READ_4);
  }

  /** Builds a BotPluginInfo to send (read back through the core, as an answer would be). */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Sets {@code plugin_id}. */
    public Builder pluginId(String pluginId) {
      values.put("plugin_id", pluginId);
      return this;
    }

    /** Sets {@code name}. */
    public Builder name(String name) {
      values.put("name", name);
      return this;
    }

    /** Sets {@code description}. */
    public Builder description(String description) {
      values.put("description", description);
      return this;
    }

    /** Sets {@code icon_url}. */
    public Builder iconUrl(String iconUrl) {
      values.put("icon_url", iconUrl);
      return this;
    }

    /** Sets {@code api_info_list}. */
    public Builder apiInfoList(List<BotPluginApiInfo> apiInfoList) {
      values.put("api_info_list", Wire.value(apiInfoList));
      return this;
    }

    /** Any other key, sent as given (a plain JSON value or a view). */
    public Builder putExtra(String key, Object value) {
      values.put(key, Wire.value(value));
      return this;
    }

    public BotPluginInfo build() {
      return parse(Json.write(values));
    }
  }
}
