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
 * A bot's configuration. A lazy view of an answer: each field is read when its accessor is called
 * (null when absent); build one to send with builder().
 */
public final class Bot extends ModelView {
  /** This model's id in records (its index in the description's list of models). */
  public static final int MODEL_ID = 1;

  private static final CellReader<BotPromptInfo> READ_7 = Cells.model(BotPromptInfo::new);
  private static final CellReader<BotOnboardingInfo> READ_8 = Cells.model(BotOnboardingInfo::new);
  private static final CellReader<BotKnowledge> READ_9 = Cells.model(BotKnowledge::new);
  private static final CellReader<List<BotPluginInfo>> READ_11 =
      Cells.list(Cells.model(BotPluginInfo::new));
  private static final CellReader<BotModelInfo> READ_12 = Cells.model(BotModelInfo::new);
  private static final CellReader<BotSuggestReplyInfo> READ_13 =
      Cells.model(BotSuggestReplyInfo::new);
  private static final CellReader<BotBackgroundImageInfo> READ_14 =
      Cells.model(BotBackgroundImageInfo::new);
  private static final CellReader<List<BotVariable>> READ_15 =
      Cells.list(Cells.model(BotVariable::new));
  private static final CellReader<List<BotVoiceInfo>> READ_17 =
      Cells.list(Cells.model(BotVoiceInfo::new));
  private static final CellReader<List<BotWorkflowInfo>> READ_19 =
      Cells.list(Cells.model(BotWorkflowInfo::new));
  private static final CellReader<List<BotShortcutCommandInfo>> READ_20 =
      Cells.list(Cells.model(BotShortcutCommandInfo::new));

  /** A view of object node {@code node} of {@code record} (made by the runtime). */
  public Bot(CoreRecord record, int node) {
    super(record, node, MODEL_ID);
  }

  /**
   * JSON text read as a Bot by the core (the canonical rules of core/api/README.md).
   *
   * @throws io.cozecore.DecodeException when the text is not JSON or not an object
   */
  public static Bot parse(String json) {
    CoreRecord r = Decoding.model("Bot", json);
    return new Bot(r, Decoding.objectNode(r, "Bot"));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Field {@code bot_id} (id). */
  public String botId() {
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

  /** Unix time in seconds. Field {@code create_time} (integer). */
  public Long createTime() {
    return read(4, Cells.INTEGER);
  }

  /** Unix time in seconds. Field {@code update_time} (integer). */
  public Long updateTime() {
    return read(5, Cells.INTEGER);
  }

  /** Field {@code version} (string). */
  public String version() {
    return read(6, Cells.STRING);
  }

  /** Field {@code prompt_info} (BotPromptInfo). */
  public BotPromptInfo promptInfo() {
    return read(7, READ_7);
  }

  /** Field {@code onboarding_info} (BotOnboardingInfo). */
  public BotOnboardingInfo onboardingInfo() {
    return read(8, READ_8);
  }

  /** Field {@code knowledge} (BotKnowledge). */
  public BotKnowledge knowledge() {
    return read(9, READ_9);
  }

  /** 0 single agent, 1 multi agent, 2 single agent workflow. Field {@code bot_mode} (integer). */
  public Long botMode() {
    return read(10, Cells.INTEGER);
  }

  /** Field {@code plugin_info_list} (array of BotPluginInfo). */
  public List<BotPluginInfo> pluginInfoList() {
    return read(11, READ_11);
  }

  /** Field {@code model_info} (BotModelInfo). */
  public BotModelInfo modelInfo() {
    return read(12, READ_12);
  }

  /** Field {@code suggest_reply_info} (BotSuggestReplyInfo). */
  public BotSuggestReplyInfo suggestReplyInfo() {
    return read(13, READ_13);
  }

  /** Field {@code background_image_info} (BotBackgroundImageInfo). */
  public BotBackgroundImageInfo backgroundImageInfo() {
    return read(14, READ_14);
  }

  /** Field {@code variables} (array of BotVariable). */
  public List<BotVariable> variables() {
    return read(15, READ_15);
  }

  /** Field {@code owner_user_id} (id). */
  public String ownerUserId() {
    return read(16, Cells.STRING);
  }

  /** Field {@code voice_info_list} (array of BotVoiceInfo). */
  public List<BotVoiceInfo> voiceInfoList() {
    return read(17, READ_17);
  }

  /**
   * Field {@code default_user_input_type} (string). Known values: text, call, voice (others are
   * kept).
   */
  public String defaultUserInputType() {
    return read(18, Cells.STRING);
  }

  /** Field {@code workflow_info_list} (array of BotWorkflowInfo). */
  public List<BotWorkflowInfo> workflowInfoList() {
    return read(19, READ_19);
  }

  /** Field {@code shortcut_commands} (array of BotShortcutCommandInfo). */
  public List<BotShortcutCommandInfo> shortcutCommands() {
    return read(20, READ_20);
  }

  /** Field {@code folder_id} (id). */
  public String folderId() {
    return read(21, Cells.STRING);
  }

  /** Builds a Bot to send (read back through the core, as an answer would be). */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Sets {@code bot_id}. */
    public Builder botId(String botId) {
      values.put("bot_id", botId);
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

    /** Sets {@code version}. */
    public Builder version(String version) {
      values.put("version", version);
      return this;
    }

    /** Sets {@code prompt_info}. */
    public Builder promptInfo(BotPromptInfo promptInfo) {
      values.put("prompt_info", Wire.value(promptInfo));
      return this;
    }

    /** Sets {@code onboarding_info}. */
    public Builder onboardingInfo(BotOnboardingInfo onboardingInfo) {
      values.put("onboarding_info", Wire.value(onboardingInfo));
      return this;
    }

    /** Sets {@code knowledge}. */
    public Builder knowledge(BotKnowledge knowledge) {
      values.put("knowledge", Wire.value(knowledge));
      return this;
    }

    /** Sets {@code bot_mode}. */
    public Builder botMode(long botMode) {
      values.put("bot_mode", botMode);
      return this;
    }

    /** Sets {@code plugin_info_list}. */
    public Builder pluginInfoList(List<BotPluginInfo> pluginInfoList) {
      values.put("plugin_info_list", Wire.value(pluginInfoList));
      return this;
    }

    /** Sets {@code model_info}. */
    public Builder modelInfo(BotModelInfo modelInfo) {
      values.put("model_info", Wire.value(modelInfo));
      return this;
    }

    /** Sets {@code suggest_reply_info}. */
    public Builder suggestReplyInfo(BotSuggestReplyInfo suggestReplyInfo) {
      values.put("suggest_reply_info", Wire.value(suggestReplyInfo));
      return this;
    }

    /** Sets {@code background_image_info}. */
    public Builder backgroundImageInfo(BotBackgroundImageInfo backgroundImageInfo) {
      values.put("background_image_info", Wire.value(backgroundImageInfo));
      return this;
    }

    /** Sets {@code variables}. */
    public Builder variables(List<BotVariable> variables) {
      values.put("variables", Wire.value(variables));
      return this;
    }

    /** Sets {@code owner_user_id}. */
    public Builder ownerUserId(String ownerUserId) {
      values.put("owner_user_id", ownerUserId);
      return this;
    }

    /** Sets {@code voice_info_list}. */
    public Builder voiceInfoList(List<BotVoiceInfo> voiceInfoList) {
      values.put("voice_info_list", Wire.value(voiceInfoList));
      return this;
    }

    /** Sets {@code default_user_input_type}. */
    public Builder defaultUserInputType(String defaultUserInputType) {
      values.put("default_user_input_type", defaultUserInputType);
      return this;
    }

    /** Sets {@code workflow_info_list}. */
    public Builder workflowInfoList(List<BotWorkflowInfo> workflowInfoList) {
      values.put("workflow_info_list", Wire.value(workflowInfoList));
      return this;
    }

    /** Sets {@code shortcut_commands}. */
    public Builder shortcutCommands(List<BotShortcutCommandInfo> shortcutCommands) {
      values.put("shortcut_commands", Wire.value(shortcutCommands));
      return this;
    }

    /** Sets {@code folder_id}. */
    public Builder folderId(String folderId) {
      values.put("folder_id", folderId);
      return this;
    }

    /** Any other key, sent as given (a plain JSON value or a view). */
    public Builder putExtra(String key, Object value) {
      values.put(key, Wire.value(value));
      return this;
    }

    public Bot build() {
      return parse(Json.write(values));
    }
  }
}
