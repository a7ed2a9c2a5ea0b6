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
 * A shortcut command of a bot. A lazy view of an answer: each field is read when its accessor is
 * called (null when absent); build one to send with builder().
 */
public final class BotShortcutCommandInfo extends ModelView {
  /** This model's id in records (its index in the description's list of models). */
  public static final int MODEL_ID = 13;

  private static final CellReader<BotShortcutCommandTool> READ_7 =
      Cells.model(BotShortcutCommandTool::new);
  private static final CellReader<List<BotShortcutCommandComponent>> READ_8 =
      Cells.list(Cells.model(BotShortcutCommandComponent::new));

  /** A view of object node {@code node} of {@code record} (made by the runtime). */
  public BotShortcutCommandInfo(CoreRecord record, int node) {
    super(record, node, MODEL_ID);
  }

  /**
   * JSON text read as a BotShortcutCommandInfo by the core (the canonical rules of
   * core/api/README.md).
   *
   * @throws io.cozecore.DecodeException when the text is not JSON or not an object
   */
  public static BotShortcutCommandInfo parse(String json) {
    CoreRecord r = Decoding.model("BotShortcutCommandInfo", json);
    return new BotShortcutCommandInfo(r, Decoding.objectNode(r, "BotShortcutCommandInfo"));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Field {@code id} (id). */
  public String id() {
    return read(0, Cells.STRING);
  }

  /** Field {@code name} (string). */
  public String name() {
    return read(1, Cells.STRING);
  }

  /** Field {@code command} (string). */
  public String command() {
    return read(2, Cells.STRING);
  }

  /** Field {@code description} (string). */
  public String description() {
    return read(3, Cells.STRING);
  }

  /** Field {@code query_template} (string). */
  public String queryTemplate() {
    return read(4, Cells.STRING);
  }

  /** Field {@code icon_url} (string). */
  public String iconUrl() {
    return read(5, Cells.STRING);
  }

  /** Field {@code agent_id} (id). */
  public String agentId() {
    return read(6, Cells.STRING);
  }

  /** Field {@code tool} (BotShortcutCommandTool). */
  public BotShortcutCommandTool tool() {
    return read(7, READ_7);
  }

  /** Field {@code components} (array of BotShortcutCommandComponent). */
  public List<BotShortcutCommandComponent> components() {
    return read(8, READ_8);
  }

  /**
   * Builds a BotShortcutCommandInfo to send (read back through the core, as an answer would be).
   */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Sets {@code id}. */
    public Builder id(String id) {
      values.put("id", id);
      return this;
    }

    /** Sets {@code name}. */
    public Builder name(String name) {
      values.put("name", name);
      return this;
    }

    /** Sets {@code command}. */
    public Builder command(String command) {
      values.put("command", command);
      return this;
    }

    /** Sets {@code description}. */
    public Builder description(String description) {
      values.put("description", description);
      return this;
    }

    /** Sets {@code query_template}. */
    public Builder queryTemplate(String queryTemplate) {
      values.put("query_template", queryTemplate);
      return this;
    }

    /** Sets {@code icon_url}. */
    public Builder iconUrl(String iconUrl) {
      values.put("icon_url", iconUrl);
      return this;
    }

    /** Sets {@code agent_id}. */
    public Builder agentId(String agentId) {
      values.put("agent_id", agentId);
      return this;
    }

    /** Sets {@code tool}. */
    public Builder tool(BotShortcutCommandTool tool) {
      values.put("tool", Wire.value(tool));
      return this;
    }

    /** Sets {@code components}. */
    public Builder components(List<BotShortcutCommandComponent> components) {
      values.put("components", Wire.value(components));
      return this;
    }

    /** Any other key, sent as given (a plain JSON value or a view). */
    public Builder putExtra(String key, Object value) {
      values.put(key, Wire.value(value));
      return this;
    }

    public BotShortcutCommandInfo build() {
      return parse(Json.write(values));
    }
  }
}
