// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.resources;

import io.cozecore.internal.Wire;
import io.cozecore.model.BotKnowledge;
import io.cozecore.model.BotModelInfo;
import io.cozecore.model.BotOnboardingInfo;
import io.cozecore.model.BotPluginIdList;
import io.cozecore.model.BotPromptInfo;
import io.cozecore.model.BotSuggestReplyInfo;
import io.cozecore.model.BotWorkflowIdList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The parameters of bots.update, by name and type; required: bot_id (checked by build()). */
public final class BotsUpdateParams {
  private final Map<String, Object> values;

  private BotsUpdateParams(Map<String, Object> values) {
    this.values = values;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The values as the core takes them: API names, plain JSON values; read-only. */
  public Map<String, Object> toParams() {
    return values;
  }

  @Override
  public String toString() {
    return "BotsUpdateParams" + values.keySet();
  }

  /** Builds a BotsUpdateParams; {@link #build()} checks the required parameters. */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Required. {@code bot_id} (body parameter {@code bot_id}, id). */
    public Builder botId(String botId) {
      values.put("bot_id", Objects.requireNonNull(botId, "botId"));
      return this;
    }

    /** {@code name} (body parameter {@code name}, string). */
    public Builder name(String name) {
      values.put("name", Objects.requireNonNull(name, "name"));
      return this;
    }

    /** {@code description} (body parameter {@code description}, string). */
    public Builder description(String description) {
      values.put("description", Objects.requireNonNull(description, "description"));
      return this;
    }

    /** Uploaded file used as the icon (body parameter {@code icon_file_id}, id). */
    public Builder iconFileId(String iconFileId) {
      values.put("icon_file_id", Objects.requireNonNull(iconFileId, "iconFileId"));
      return this;
    }

    /** {@code prompt_info} (body parameter {@code prompt_info}, BotPromptInfo). */
    public Builder promptInfo(BotPromptInfo promptInfo) {
      values.put("prompt_info", Wire.value(Objects.requireNonNull(promptInfo, "promptInfo")));
      return this;
    }

    /** {@code onboarding_info} (body parameter {@code onboarding_info}, BotOnboardingInfo). */
    public Builder onboardingInfo(BotOnboardingInfo onboardingInfo) {
      values.put(
          "onboarding_info", Wire.value(Objects.requireNonNull(onboardingInfo, "onboardingInfo")));
      return this;
    }

    /** {@code knowledge} (body parameter {@code knowledge}, BotKnowledge). */
    public Builder knowledge(BotKnowledge knowledge) {
      values.put("knowledge", Wire.value(Objects.requireNonNull(knowledge, "knowledge")));
      return this;
    }

    /** {@code plugin_id_list} (body parameter {@code plugin_id_list}, BotPluginIdList). */
    public Builder pluginIdList(BotPluginIdList pluginIdList) {
      values.put(
          "plugin_id_list", Wire.value(Objects.requireNonNull(pluginIdList, "pluginIdList")));
      return this;
    }

    /** {@code workflow_id_list} (body parameter {@code workflow_id_list}, BotWorkflowIdList). */
    public Builder workflowIdList(BotWorkflowIdList workflowIdList) {
      values.put(
          "workflow_id_list", Wire.value(Objects.requireNonNull(workflowIdList, "workflowIdList")));
      return this;
    }

    /** {@code model_info_config} (body parameter {@code model_info_config}, BotModelInfo). */
    public Builder modelInfoConfig(BotModelInfo modelInfoConfig) {
      values.put(
          "model_info_config",
          Wire.value(Objects.requireNonNull(modelInfoConfig, "modelInfoConfig")));
      return this;
    }

    /**
     * {@code suggest_reply_info} (body parameter {@code suggest_reply_info}, BotSuggestReplyInfo).
     */
    public Builder suggestReplyInfo(BotSuggestReplyInfo suggestReplyInfo) {
      values.put(
          "suggest_reply_info",
          Wire.value(Objects.requireNonNull(suggestReplyInfo, "suggestReplyInfo")));
      return this;
    }

    /**
     * The parameters.
     *
     * @throws io.cozecore.InvalidArgumentException when a required parameter is missing
     */
    public BotsUpdateParams build() {
      return new BotsUpdateParams(Wire.require("bots.update", values, "bot_id"));
    }
  }
}
