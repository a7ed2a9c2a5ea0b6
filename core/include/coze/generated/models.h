// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
// Typed views of the API's models (coze::model) and the structs a caller
// fills to send them (coze::input). Include coze/client.h.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "coze/record_view.h"

namespace coze {
namespace model {

class BackgroundImageInfo;
class Bot;
class BotBackgroundImageInfo;
class BotKnowledge;
class BotKnowledgeInfo;
class BotModelInfo;
class BotOnboardingInfo;
class BotPluginApiInfo;
class BotPluginIdInfo;
class BotPluginIdList;
class BotPluginInfo;
class BotPromptInfo;
class BotShortcutCommandComponent;
class BotShortcutCommandInfo;
class BotShortcutCommandTool;
class BotSuggestReplyInfo;
class BotVariable;
class BotVoiceInfo;
class BotWorkflowIdInfo;
class BotWorkflowIdList;
class BotWorkflowInfo;
class CanvasPosition;
class Chat;
class ChatError;
class ChatRequiredAction;
class ChatSubmitToolOutputs;
class ChatToolCall;
class ChatToolCallFunction;
class ClientHealth;
class CloneVoiceResult;
class Conversation;
class CreateBotResult;
class CreateDatasetResult;
class Dataset;
class DeviceCode;
class Document;
class DocumentBase;
class DocumentChunkStrategy;
class DocumentProgress;
class DocumentSourceInfo;
class DocumentUpdateRule;
class DoneEventData;
class DuplicateTemplateResult;
class EnterMessage;
class ErrorEventData;
class File;
class GradientPosition;
class InsertedMessage;
class ListBotsResult;
class ListConversationsResult;
class ListDatasetsResult;
class ListDocumentsResult;
class ListMessagesResult;
class ListPhotosResult;
class ListVoicesResult;
class ListWorkflowsResult;
class ListWorkspacesResult;
class Message;
class OAuthToken;
class Photo;
class ProcessDatasetResult;
class PublishBotResult;
class ResponseDetail;
class RetrieveVariablesResult;
class Room;
class RoomAudioConfig;
class RoomConfig;
class RoomTranslateConfig;
class RoomVideoConfig;
class Section;
class ShortcutCommand;
class SimpleBot;
class ToolOutput;
class Transcription;
class Usage;
class User;
class VariableValue;
class Voice;
class VoiceEmotion;
class VoiceEmotionScale;
class WorkflowBasic;
class WorkflowErrorEvent;
class WorkflowInfo;
class WorkflowInput;
class WorkflowInterruptData;
class WorkflowInterruptEvent;
class WorkflowMessageEvent;
class WorkflowNodeExecuteHistory;
class WorkflowNodeExecuteStatus;
class WorkflowOutput;
class WorkflowParameter;
class WorkflowRunHistory;
class WorkflowRunResult;
class WorkflowUser;
class Workspace;

// One chat background image
class BackgroundImageInfo : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 0;
  static constexpr const char* kName = "BackgroundImageInfo";
  BackgroundImageInfo() = default;
  explicit BackgroundImageInfo(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a BackgroundImageInfo; throws coze::CozeError (decode) when it is not JSON.
  static BackgroundImageInfo parse(const std::string& json_text) {
    return BackgroundImageInfo(::coze::detail::parse_model(kName, json_text));
  }
  std::optional<std::string> image_url() const;
  std::optional<std::string> theme_color() const;
  std::optional<::coze::model::GradientPosition> gradient_position() const;
  std::optional<::coze::model::CanvasPosition> canvas_position() const;
};

// A bot's configuration
class Bot : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 1;
  static constexpr const char* kName = "Bot";
  Bot() = default;
  explicit Bot(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a Bot; throws coze::CozeError (decode) when it is not JSON.
  static Bot parse(const std::string& json_text) { return Bot(::coze::detail::parse_model(kName, json_text)); }
  std::optional<std::string> bot_id() const;
  std::optional<std::string> name() const;
  std::optional<std::string> description() const;
  std::optional<std::string> icon_url() const;
  // Unix time in seconds
  std::optional<int64_t> create_time() const;
  // Unix time in seconds
  std::optional<int64_t> update_time() const;
  std::optional<std::string> version() const;
  std::optional<::coze::model::BotPromptInfo> prompt_info() const;
  std::optional<::coze::model::BotOnboardingInfo> onboarding_info() const;
  std::optional<::coze::model::BotKnowledge> knowledge() const;
  // 0 single agent, 1 multi agent, 2 single agent workflow
  std::optional<int64_t> bot_mode() const;
  std::optional<std::vector<::coze::model::BotPluginInfo>> plugin_info_list() const;
  std::optional<::coze::model::BotModelInfo> model_info() const;
  std::optional<::coze::model::BotSuggestReplyInfo> suggest_reply_info() const;
  std::optional<::coze::model::BotBackgroundImageInfo> background_image_info() const;
  std::optional<std::vector<::coze::model::BotVariable>> variables() const;
  std::optional<std::string> owner_user_id() const;
  std::optional<std::vector<::coze::model::BotVoiceInfo>> voice_info_list() const;
  // One of: text, call, voice (open).
  std::optional<std::string> default_user_input_type() const;
  std::optional<std::vector<::coze::model::BotWorkflowInfo>> workflow_info_list() const;
  std::optional<std::vector<::coze::model::BotShortcutCommandInfo>> shortcut_commands() const;
  std::optional<std::string> folder_id() const;
};

// A bot's chat background images
class BotBackgroundImageInfo : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 2;
  static constexpr const char* kName = "BotBackgroundImageInfo";
  BotBackgroundImageInfo() = default;
  explicit BotBackgroundImageInfo(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a BotBackgroundImageInfo; throws coze::CozeError (decode) when it is not JSON.
  static BotBackgroundImageInfo parse(const std::string& json_text) {
    return BotBackgroundImageInfo(::coze::detail::parse_model(kName, json_text));
  }
  std::optional<::coze::model::BackgroundImageInfo> web_background_image() const;
  std::optional<::coze::model::BackgroundImageInfo> mobile_background_image() const;
};

// Knowledge bases of a bot (knowledge_infos in answers; the others in updates)
class BotKnowledge : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 3;
  static constexpr const char* kName = "BotKnowledge";
  BotKnowledge() = default;
  explicit BotKnowledge(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a BotKnowledge; throws coze::CozeError (decode) when it is not JSON.
  static BotKnowledge parse(const std::string& json_text) {
    return BotKnowledge(::coze::detail::parse_model(kName, json_text));
  }
  std::optional<std::vector<::coze::model::BotKnowledgeInfo>> knowledge_infos() const;
  std::optional<std::vector<std::optional<std::string>>> dataset_ids() const;
  // Search on every turn
  std::optional<bool> auto_call() const;
  // 0 semantic, 1 hybrid, 20 full text
  std::optional<int64_t> search_strategy() const;
};

// A knowledge base bound to a bot
class BotKnowledgeInfo : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 4;
  static constexpr const char* kName = "BotKnowledgeInfo";
  BotKnowledgeInfo() = default;
  explicit BotKnowledgeInfo(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a BotKnowledgeInfo; throws coze::CozeError (decode) when it is not JSON.
  static BotKnowledgeInfo parse(const std::string& json_text) {
    return BotKnowledgeInfo(::coze::detail::parse_model(kName, json_text));
  }
  std::optional<std::string> id() const;
  std::optional<std::string> name() const;
};

// A bot's model and its settings
class BotModelInfo : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 5;
  static constexpr const char* kName = "BotModelInfo";
  BotModelInfo() = default;
  explicit BotModelInfo(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a BotModelInfo; throws coze::CozeError (decode) when it is not JSON.
  static BotModelInfo parse(const std::string& json_text) {
    return BotModelInfo(::coze::detail::parse_model(kName, json_text));
  }
  std::optional<std::string> model_id() const;
  std::optional<std::string> model_name() const;
  std::optional<double> temperature() const;
  std::optional<int64_t> top_k() const;
  std::optional<double> top_p() const;
  std::optional<int64_t> max_tokens() const;
  // Rounds of context kept
  std::optional<int64_t> context_round() const;
  // One of: text, markdown, json (open).
  std::optional<std::string> response_format() const;
  std::optional<double> presence_penalty() const;
  std::optional<double> frequency_penalty() const;
  // One of: closed, prefix (open).
  std::optional<std::string> cache_type() const;
  // Protect the system prompt
  std::optional<bool> sp_anti_leak() const;
  // Add the current time to the system prompt
  std::optional<bool> sp_current_time() const;
  // Model-specific settings
  std::optional<std::map<std::string, std::optional<std::string>>> parameters() const;
};

// A bot's opening message
class BotOnboardingInfo : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 6;
  static constexpr const char* kName = "BotOnboardingInfo";
  BotOnboardingInfo() = default;
  explicit BotOnboardingInfo(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a BotOnboardingInfo; throws coze::CozeError (decode) when it is not JSON.
  static BotOnboardingInfo parse(const std::string& json_text) {
    return BotOnboardingInfo(::coze::detail::parse_model(kName, json_text));
  }
  std::optional<std::string> prologue() const;
  std::optional<std::vector<std::optional<std::string>>> suggested_questions() const;
};

// A tool of a plugin
class BotPluginApiInfo : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 7;
  static constexpr const char* kName = "BotPluginApiInfo";
  BotPluginApiInfo() = default;
  explicit BotPluginApiInfo(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a BotPluginApiInfo; throws coze::CozeError (decode) when it is not JSON.
  static BotPluginApiInfo parse(const std::string& json_text) {
    return BotPluginApiInfo(::coze::detail::parse_model(kName, json_text));
  }
  std::optional<std::string> api_id() const;
  std::optional<std::string> name() const;
  std::optional<std::string> description() const;
};

// A plugin tool by id
class BotPluginIdInfo : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 8;
  static constexpr const char* kName = "BotPluginIdInfo";
  BotPluginIdInfo() = default;
  explicit BotPluginIdInfo(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a BotPluginIdInfo; throws coze::CozeError (decode) when it is not JSON.
  static BotPluginIdInfo parse(const std::string& json_text) {
    return BotPluginIdInfo(::coze::detail::parse_model(kName, json_text));
  }
  std::optional<std::string> plugin_id() const;
  std::optional<std::string> api_id() const;
};

// Plugin tools to bind to a bot
class BotPluginIdList : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 9;
  static constexpr const char* kName = "BotPluginIdList";
  BotPluginIdList() = default;
  explicit BotPluginIdList(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a BotPluginIdList; throws coze::CozeError (decode) when it is not JSON.
  static BotPluginIdList parse(const std::string& json_text) {
    return BotPluginIdList(::coze::detail::parse_model(kName, json_text));
  }
  std::optional<std::vector<::coze::model::BotPluginIdInfo>> id_list() const;
};

// A plugin bound to a bot
class BotPluginInfo : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 10;
  static constexpr const char* kName = "BotPluginInfo";
  BotPluginInfo() = default;
  explicit BotPluginInfo(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a BotPluginInfo; throws coze::CozeError (decode) when it is not JSON.
  static BotPluginInfo parse(const std::string& json_text) {
    return BotPluginInfo(::coze::detail::parse_model(kName, json_text));
  }
  std::optional<std::string> plugin_id() const;
  std::optional<std::string> name() const;
  std::optional<std::string> description() const;
  std::optional<std::string> icon_url() const;
  std::optional<std::vector<::coze::model::BotPluginApiInfo>> api_info_list() const;
};

// A bot's persona and prompt
class BotPromptInfo : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 11;
  static constexpr const char* kName = "BotPromptInfo";
  BotPromptInfo() = default;
  explicit BotPromptInfo(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a BotPromptInfo; throws coze::CozeError (decode) when it is not JSON.
  static BotPromptInfo parse(const std::string& json_text) {
    return BotPromptInfo(::coze::detail::parse_model(kName, json_text));
  }
  std::optional<std::string> prompt() const;
};

// One input of a shortcut command
class BotShortcutCommandComponent : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 12;
  static constexpr const char* kName = "BotShortcutCommandComponent";
  BotShortcutCommandComponent() = default;
  explicit BotShortcutCommandComponent(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a BotShortcutCommandComponent; throws coze::CozeError (decode) when it is not JSON.
  static BotShortcutCommandComponent parse(const std::string& json_text) {
    return BotShortcutCommandComponent(::coze::detail::parse_model(kName, json_text));
  }
  std::optional<std::string> name() const;
  std::optional<std::string> description() const;
  // One of: text, select, file (open).
  std::optional<std::string> type() const;
  std::optional<std::string> tool_parameter() const;
  std::optional<std::string> default_value() const;
  std::optional<bool> is_hide() const;
  std::optional<std::vector<std::optional<std::string>>> options() const;
};

// A shortcut command of a bot
class BotShortcutCommandInfo : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 13;
  static constexpr const char* kName = "BotShortcutCommandInfo";
  BotShortcutCommandInfo() = default;
  explicit BotShortcutCommandInfo(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a BotShortcutCommandInfo; throws coze::CozeError (decode) when it is not JSON.
  static BotShortcutCommandInfo parse(const std::string& json_text) {
    return BotShortcutCommandInfo(::coze::detail::parse_model(kName, json_text));
  }
  std::optional<std::string> id() const;
  std::optional<std::string> name() const;
  std::optional<std::string> command() const;
  std::optional<std::string> description() const;
  std::optional<std::string> query_template() const;
  std::optional<std::string> icon_url() const;
  std::optional<std::string> agent_id() const;
  std::optional<::coze::model::BotShortcutCommandTool> tool() const;
  std::optional<std::vector<::coze::model::BotShortcutCommandComponent>> components() const;
};

// The plugin or workflow a shortcut command runs
class BotShortcutCommandTool : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 14;
  static constexpr const char* kName = "BotShortcutCommandTool";
  BotShortcutCommandTool() = default;
  explicit BotShortcutCommandTool(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a BotShortcutCommandTool; throws coze::CozeError (decode) when it is not JSON.
  static BotShortcutCommandTool parse(const std::string& json_text) {
    return BotShortcutCommandTool(::coze::detail::parse_model(kName, json_text));
  }
  std::optional<std::string> name() const;
  // One of: plugin, workflow (open).
  std::optional<std::string> type() const;
};

// Whether and how a bot suggests the user's next questions
class BotSuggestReplyInfo : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 15;
  static constexpr const char* kName = "BotSuggestReplyInfo";
  BotSuggestReplyInfo() = default;
  explicit BotSuggestReplyInfo(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a BotSuggestReplyInfo; throws coze::CozeError (decode) when it is not JSON.
  static BotSuggestReplyInfo parse(const std::string& json_text) {
    return BotSuggestReplyInfo(::coze::detail::parse_model(kName, json_text));
  }
  // One of: disable, enable, customized (open).
  std::optional<std::string> reply_mode() const;
  std::optional<std::string> customized_prompt() const;
};

// A variable of a bot
class BotVariable : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 16;
  static constexpr const char* kName = "BotVariable";
  BotVariable() = default;
  explicit BotVariable(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a BotVariable; throws coze::CozeError (decode) when it is not JSON.
  static BotVariable parse(const std::string& json_text) {
    return BotVariable(::coze::detail::parse_model(kName, json_text));
  }
  std::optional<std::string> keyword() const;
  std::optional<std::string> default_value() const;
  // One of: KVVariable, ListVariable (open).
  std::optional<std::string> variable_type() const;
  // One of: custom, system, location, feishu, app (open).
  std::optional<std::string> channel() const;
  std::optional<std::string> description() const;
  std::optional<bool> enable() const;
  std::optional<bool> prompt_enable() const;
};

// A voice of a bot
class BotVoiceInfo : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 17;
  static constexpr const char* kName = "BotVoiceInfo";
  BotVoiceInfo() = default;
  explicit BotVoiceInfo(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a BotVoiceInfo; throws coze::CozeError (decode) when it is not JSON.
  static BotVoiceInfo parse(const std::string& json_text) {
    return BotVoiceInfo(::coze::detail::parse_model(kName, json_text));
  }
  std::optional<std::string> voice_id() const;
  std::optional<std::string> language_code() const;
};

// A workflow by id
class BotWorkflowIdInfo : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 18;
  static constexpr const char* kName = "BotWorkflowIdInfo";
  BotWorkflowIdInfo() = default;
  explicit BotWorkflowIdInfo(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a BotWorkflowIdInfo; throws coze::CozeError (decode) when it is not JSON.
  static BotWorkflowIdInfo parse(const std::string& json_text) {
    return BotWorkflowIdInfo(::coze::detail::parse_model(kName, json_text));
  }
  std::optional<std::string> id() const;
};

// Workflows to bind to a bot
class BotWorkflowIdList : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 19;
  static constexpr const char* kName = "BotWorkflowIdList";
  BotWorkflowIdList() = default;
  explicit BotWorkflowIdList(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a BotWorkflowIdList; throws coze::CozeError (decode) when it is not JSON.
  static BotWorkflowIdList parse(const std::string& json_text) {
    return BotWorkflowIdList(::coze::detail::parse_model(kName, json_text));
  }
  std::optional<std::vector<::coze::model::BotWorkflowIdInfo>> ids() const;
};

// A workflow bound to a bot
class BotWorkflowInfo : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 20;
  static constexpr const char* kName = "BotWorkflowInfo";
  BotWorkflowInfo() = default;
  explicit BotWorkflowInfo(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a BotWorkflowInfo; throws coze::CozeError (decode) when it is not JSON.
  static BotWorkflowInfo parse(const std::string& json_text) {
    return BotWorkflowInfo(::coze::detail::parse_model(kName, json_text));
  }
  std::optional<std::string> id() const;
  std::optional<std::string> name() const;
  std::optional<std::string> description() const;
  std::optional<std::string> icon_url() const;
};

// Where a background image sits
class CanvasPosition : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 21;
  static constexpr const char* kName = "CanvasPosition";
  CanvasPosition() = default;
  explicit CanvasPosition(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a CanvasPosition; throws coze::CozeError (decode) when it is not JSON.
  static CanvasPosition parse(const std::string& json_text) {
    return CanvasPosition(::coze::detail::parse_model(kName, json_text));
  }
  std::optional<double> width() const;
  std::optional<double> height() const;
  std::optional<double> left() const;
  std::optional<double> top() const;
};

// One call of a bot inside a conversation
class Chat : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 22;
  static constexpr const char* kName = "Chat";
  Chat() = default;
  explicit Chat(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a Chat; throws coze::CozeError (decode) when it is not JSON.
  static Chat parse(const std::string& json_text) { return Chat(::coze::detail::parse_model(kName, json_text)); }
  std::optional<std::string> id() const;
  std::optional<std::string> conversation_id() const;
  std::optional<std::string> bot_id() const;
  // Unix time in seconds
  std::optional<int64_t> created_at() const;
  // Unix time in seconds
  std::optional<int64_t> completed_at() const;
  // Unix time in seconds
  std::optional<int64_t> failed_at() const;
  // Custom key-value pairs
  std::optional<std::map<std::string, std::optional<std::string>>> meta_data() const;
  std::optional<::coze::model::ChatError> last_error() const;
  // One of: created, in_progress, completed, failed, requires_action, canceled (open).
  std::optional<std::string> status() const;
  std::optional<::coze::model::ChatRequiredAction> required_action() const;
  std::optional<::coze::model::Usage> usage() const;
  // Context section of the chat
  std::optional<std::string> section_id() const;
  // Ids of the additional messages saved
  std::optional<std::vector<::coze::model::InsertedMessage>> inserted_additional_messages() const;
};

// Why a chat failed
class ChatError : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 23;
  static constexpr const char* kName = "ChatError";
  ChatError() = default;
  explicit ChatError(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a ChatError; throws coze::CozeError (decode) when it is not JSON.
  static ChatError parse(const std::string& json_text) {
    return ChatError(::coze::detail::parse_model(kName, json_text));
  }
  std::optional<int64_t> code() const;
  std::optional<std::string> msg() const;
};

// What the caller must do for the chat to continue
class ChatRequiredAction : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 24;
  static constexpr const char* kName = "ChatRequiredAction";
  ChatRequiredAction() = default;
  explicit ChatRequiredAction(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a ChatRequiredAction; throws coze::CozeError (decode) when it is not JSON.
  static ChatRequiredAction parse(const std::string& json_text) {
    return ChatRequiredAction(::coze::detail::parse_model(kName, json_text));
  }
  // One of: submit_tool_outputs (open).
  std::optional<std::string> type() const;
  std::optional<::coze::model::ChatSubmitToolOutputs> submit_tool_outputs() const;
};

// The tool calls whose results the chat waits for
class ChatSubmitToolOutputs : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 25;
  static constexpr const char* kName = "ChatSubmitToolOutputs";
  ChatSubmitToolOutputs() = default;
  explicit ChatSubmitToolOutputs(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a ChatSubmitToolOutputs; throws coze::CozeError (decode) when it is not JSON.
  static ChatSubmitToolOutputs parse(const std::string& json_text) {
    return ChatSubmitToolOutputs(::coze::detail::parse_model(kName, json_text));
  }
  std::optional<std::vector<::coze::model::ChatToolCall>> tool_calls() const;
};

// One tool call to answer with chat.submit_tool_outputs
class ChatToolCall : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 26;
  static constexpr const char* kName = "ChatToolCall";
  ChatToolCall() = default;
  explicit ChatToolCall(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a ChatToolCall; throws coze::CozeError (decode) when it is not JSON.
  static ChatToolCall parse(const std::string& json_text) {
    return ChatToolCall(::coze::detail::parse_model(kName, json_text));
  }
  // The tool_call_id to answer with
  std::optional<std::string> id() const;
  // One of: function, reply_message (open).
  std::optional<std::string> type() const;
  std::optional<::coze::model::ChatToolCallFunction> function() const;
};

// The function a tool call asks for
class ChatToolCallFunction : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 27;
  static constexpr const char* kName = "ChatToolCallFunction";
  ChatToolCallFunction() = default;
  explicit ChatToolCallFunction(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a ChatToolCallFunction; throws coze::CozeError (decode) when it is not JSON.
  static ChatToolCallFunction parse(const std::string& json_text) {
    return ChatToolCallFunction(::coze::detail::parse_model(kName, json_text));
  }
  std::optional<std::string> name() const;
  // JSON text of the arguments
  std::optional<std::string> arguments() const;
};

// What a client knows of the service's health (Client::health_json): the error rate, the circuit breaker, the
// retry budget
class ClientHealth : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 28;
  static constexpr const char* kName = "ClientHealth";
  ClientHealth() = default;
  explicit ClientHealth(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a ClientHealth; throws coze::CozeError (decode) when it is not JSON.
  static ClientHealth parse(const std::string& json_text) {
    return ClientHealth(::coze::detail::parse_model(kName, json_text));
  }
  // The circuit breaker's state (closed when it is off)
  std::optional<std::string> state() const;
  // Whether the circuit breaker is on
  std::optional<bool> breaker() const;
  // The moving average of failed attempts over attempts (0 to 1)
  std::optional<double> error_rate() const;
  // Whether a slice with attempts has closed (before that error_rate is 0)
  std::optional<bool> rated() const;
  // Attempts in the last slice that closed with attempts
  std::optional<int64_t> attempts() const;
  // Failed attempts in that slice
  std::optional<int64_t> failures() const;
  // Attempts in the slice running now
  std::optional<int64_t> current_attempts() const;
  // Failed attempts in the slice running now
  std::optional<int64_t> current_failures() const;
  // Attempts since the client was made
  std::optional<int64_t> total_attempts() const;
  // Failed attempts since the client was made
  std::optional<int64_t> total_failures() const;
  // While open: milliseconds until a probe may go out
  std::optional<int64_t> open_ms_left() const;
  // How many times the breaker opened
  std::optional<int64_t> opened() const;
  // Attempts failed at once by the breaker
  std::optional<int64_t> rejected() const;
  // Retries the retry budget allowed
  std::optional<int64_t> retries_spent() const;
  // Tokens left in the retry budget
  std::optional<double> retry_budget_left() const;
};

// The voice just cloned
class CloneVoiceResult : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 29;
  static constexpr const char* kName = "CloneVoiceResult";
  CloneVoiceResult() = default;
  explicit CloneVoiceResult(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a CloneVoiceResult; throws coze::CozeError (decode) when it is not JSON.
  static CloneVoiceResult parse(const std::string& json_text) {
    return CloneVoiceResult(::coze::detail::parse_model(kName, json_text));
  }
  std::optional<std::string> voice_id() const;
};

// A conversation between a bot and a user
class Conversation : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 30;
  static constexpr const char* kName = "Conversation";
  Conversation() = default;
  explicit Conversation(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a Conversation; throws coze::CozeError (decode) when it is not JSON.
  static Conversation parse(const std::string& json_text) {
    return Conversation(::coze::detail::parse_model(kName, json_text));
  }
  std::optional<std::string> id() const;
  std::optional<std::string> name() const;
  // Unix time in seconds
  std::optional<int64_t> created_at() const;
  // Unix time in seconds
  std::optional<int64_t> updated_at() const;
  // Custom key-value pairs
  std::optional<std::map<std::string, std::optional<std::string>>> meta_data() const;
  // Newest context section
  std::optional<std::string> last_section_id() const;
  std::optional<std::string> creator_id() const;
  // Channel the conversation was created in
  std::optional<std::string> connector_id() const;
};

// The bot just created
class CreateBotResult : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 31;
  static constexpr const char* kName = "CreateBotResult";
  CreateBotResult() = default;
  explicit CreateBotResult(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a CreateBotResult; throws coze::CozeError (decode) when it is not JSON.
  static CreateBotResult parse(const std::string& json_text) {
    return CreateBotResult(::coze::detail::parse_model(kName, json_text));
  }
  std::optional<std::string> bot_id() const;
};

// The knowledge base just created
class CreateDatasetResult : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 32;
  static constexpr const char* kName = "CreateDatasetResult";
  CreateDatasetResult() = default;
  explicit CreateDatasetResult(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a CreateDatasetResult; throws coze::CozeError (decode) when it is not JSON.
  static CreateDatasetResult parse(const std::string& json_text) {
    return CreateDatasetResult(::coze::detail::parse_model(kName, json_text));
  }
  std::optional<std::string> dataset_id() const;
};

// A knowledge base
class Dataset : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 33;
  static constexpr const char* kName = "Dataset";
  Dataset() = default;
  explicit Dataset(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a Dataset; throws coze::CozeError (decode) when it is not JSON.
  static Dataset parse(const std::string& json_text) { return Dataset(::coze::detail::parse_model(kName, json_text)); }
  std::optional<std::string> dataset_id() const;
  std::optional<std::string> name() const;
  std::optional<std::string> description() const;
  std::optional<std::string> space_id() const;
  // 1 enabled, 3 disabled
  std::optional<int64_t> status() const;
  // 0 text, 1 table, 2 images
  std::optional<int64_t> format_type() const;
  // The caller owns it
  std::optional<bool> can_edit() const;
  std::optional<std::string> icon_uri() const;
  std::optional<std::string> icon_url() const;
  std::optional<int64_t> doc_count() const;
  std::optional<std::vector<std::optional<std::string>>> file_list() const;
  std::optional<int64_t> hit_count() const;
  std::optional<int64_t> bot_used_count() const;
  std::optional<int64_t> slice_count() const;
  // Total size in bytes
  std::optional<int64_t> all_file_size() const;
  std::optional<::coze::model::DocumentChunkStrategy> chunk_strategy() const;
  std::optional<std::vector<std::optional<std::string>>> failed_file_list() const;
  std::optional<std::vector<std::optional<std::string>>> processing_file_list() const;
  std::optional<std::vector<std::optional<std::string>>> processing_file_id_list() const;
  // Avatar of the creator
  std::optional<std::string> avatar_url() const;
  std::optional<std::string> creator_id() const;
  std::optional<std::string> creator_name() const;
  // Unix time in seconds
  std::optional<int64_t> create_time() const;
  // Unix time in seconds
  std::optional<int64_t> update_time() const;
};

// The device flow's codes (no envelope)
class DeviceCode : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 34;
  static constexpr const char* kName = "DeviceCode";
  DeviceCode() = default;
  explicit DeviceCode(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a DeviceCode; throws coze::CozeError (decode) when it is not JSON.
  static DeviceCode parse(const std::string& json_text) {
    return DeviceCode(::coze::detail::parse_model(kName, json_text));
  }
  std::optional<std::string> device_code() const;
  std::optional<std::string> user_code() const;
  std::optional<std::string> verification_uri() const;
  // The same URI under the name some answers use
  std::optional<std::string> verification_url() const;
  // Seconds to wait between polls
  std::optional<int64_t> interval() const;
  // Seconds the codes stay valid
  std::optional<int64_t> expires_in() const;
};

// A file of a knowledge base
class Document : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 35;
  static constexpr const char* kName = "Document";
  Document() = default;
  explicit Document(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a Document; throws coze::CozeError (decode) when it is not JSON.
  static Document parse(const std::string& json_text) {
    return Document(::coze::detail::parse_model(kName, json_text));
  }
  std::optional<std::string> document_id() const;
  std::optional<std::string> name() const;
  std::optional<int64_t> char_count() const;
  std::optional<::coze::model::DocumentChunkStrategy> chunk_strategy() const;
  // Unix time in seconds
  std::optional<int64_t> create_time() const;
  // Unix time in seconds
  std::optional<int64_t> update_time() const;
  // 0 text, 1 table, 2 image
  std::optional<int64_t> format_type() const;
  std::optional<int64_t> hit_count() const;
  // Size in bytes
  std::optional<int64_t> size() const;
  std::optional<int64_t> slice_count() const;
  // 0 local file, 1 web page, 5 uploaded file id, ...
  std::optional<int64_t> source_type() const;
  // 0 processing, 1 done, 9 failed
  std::optional<int64_t> status() const;
  // File extension
  std::optional<std::string> type() const;
  // Hours between automatic updates
  std::optional<int64_t> update_interval() const;
  // 0 no automatic update, 1 automatic update
  std::optional<int64_t> update_type() const;
  std::optional<std::string> tos_uri() const;
};

// A file to add to a knowledge base
class DocumentBase : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 36;
  static constexpr const char* kName = "DocumentBase";
  DocumentBase() = default;
  explicit DocumentBase(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a DocumentBase; throws coze::CozeError (decode) when it is not JSON.
  static DocumentBase parse(const std::string& json_text) {
    return DocumentBase(::coze::detail::parse_model(kName, json_text));
  }
  std::optional<std::string> name() const;
  std::optional<::coze::model::DocumentSourceInfo> source_info() const;
  std::optional<::coze::model::DocumentUpdateRule> update_rule() const;
  // Caption of an image
  std::optional<std::string> caption() const;
};

// How files are cut into slices
class DocumentChunkStrategy : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 37;
  static constexpr const char* kName = "DocumentChunkStrategy";
  DocumentChunkStrategy() = default;
  explicit DocumentChunkStrategy(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a DocumentChunkStrategy; throws coze::CozeError (decode) when it is not JSON.
  static DocumentChunkStrategy parse(const std::string& json_text) {
    return DocumentChunkStrategy(::coze::detail::parse_model(kName, json_text));
  }
  // 0 automatic, 1 custom
  std::optional<int64_t> chunk_type() const;
  std::optional<std::string> separator() const;
  std::optional<int64_t> max_tokens() const;
  std::optional<bool> remove_extra_spaces() const;
  std::optional<bool> remove_urls_emails() const;
  // 0 automatic, 1 manual (image knowledge bases)
  std::optional<int64_t> caption_type() const;
};

// Upload progress of one knowledge base file
class DocumentProgress : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 38;
  static constexpr const char* kName = "DocumentProgress";
  DocumentProgress() = default;
  explicit DocumentProgress(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a DocumentProgress; throws coze::CozeError (decode) when it is not JSON.
  static DocumentProgress parse(const std::string& json_text) {
    return DocumentProgress(::coze::detail::parse_model(kName, json_text));
  }
  std::optional<std::string> document_id() const;
  std::optional<std::string> url() const;
  // Size in bytes
  std::optional<int64_t> size() const;
  // File extension
  std::optional<std::string> type() const;
  // 0 processing, 1 done, 9 failed
  std::optional<int64_t> status() const;
  // Percent done
  std::optional<int64_t> progress() const;
  // 0 no automatic update, 1 automatic update
  std::optional<int64_t> update_type() const;
  std::optional<std::string> document_name() const;
  // Seconds left
  std::optional<int64_t> remaining_time() const;
  // Why it failed
  std::optional<std::string> status_descript() const;
  // Hours between automatic updates
  std::optional<int64_t> update_interval() const;
};

// Where a file's content comes from
class DocumentSourceInfo : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 39;
  static constexpr const char* kName = "DocumentSourceInfo";
  DocumentSourceInfo() = default;
  explicit DocumentSourceInfo(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a DocumentSourceInfo; throws coze::CozeError (decode) when it is not JSON.
  static DocumentSourceInfo parse(const std::string& json_text) {
    return DocumentSourceInfo(::coze::detail::parse_model(kName, json_text));
  }
  std::optional<std::string> file_base64() const;
  // File extension
  std::optional<std::string> file_type() const;
  std::optional<std::string> web_url() const;
  // 0 local file, 1 web page, 5 uploaded file id
  std::optional<int64_t> document_source() const;
  // A file from files.upload
  std::optional<std::string> source_file_id() const;
};

// How a web page file is refreshed
class DocumentUpdateRule : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 40;
  static constexpr const char* kName = "DocumentUpdateRule";
  DocumentUpdateRule() = default;
  explicit DocumentUpdateRule(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a DocumentUpdateRule; throws coze::CozeError (decode) when it is not JSON.
  static DocumentUpdateRule parse(const std::string& json_text) {
    return DocumentUpdateRule(::coze::detail::parse_model(kName, json_text));
  }
  // 0 no automatic update, 1 automatic update
  std::optional<int64_t> update_type() const;
  // Hours between automatic updates
  std::optional<int64_t> update_interval() const;
};

// Payload of a done event
class DoneEventData : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 41;
  static constexpr const char* kName = "DoneEventData";
  DoneEventData() = default;
  explicit DoneEventData(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a DoneEventData; throws coze::CozeError (decode) when it is not JSON.
  static DoneEventData parse(const std::string& json_text) {
    return DoneEventData(::coze::detail::parse_model(kName, json_text));
  }
  // Page showing the run, for chat flows and workflows
  std::optional<std::string> debug_url() const;
};

// What a template was copied into
class DuplicateTemplateResult : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 42;
  static constexpr const char* kName = "DuplicateTemplateResult";
  DuplicateTemplateResult() = default;
  explicit DuplicateTemplateResult(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a DuplicateTemplateResult; throws coze::CozeError (decode) when it is not JSON.
  static DuplicateTemplateResult parse(const std::string& json_text) {
    return DuplicateTemplateResult(::coze::detail::parse_model(kName, json_text));
  }
  std::optional<std::string> entity_id() const;
  // One of: agent (open).
  std::optional<std::string> entity_type() const;
};

// A message sent with a request
class EnterMessage : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 43;
  static constexpr const char* kName = "EnterMessage";
  EnterMessage() = default;
  explicit EnterMessage(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a EnterMessage; throws coze::CozeError (decode) when it is not JSON.
  static EnterMessage parse(const std::string& json_text) {
    return EnterMessage(::coze::detail::parse_model(kName, json_text));
  }
  // One of: user, assistant (open).
  std::optional<std::string> role() const;
  // One of: question, answer, function_call, tool_output, tool_response (open).
  std::optional<std::string> type() const;
  // Text, or the JSON text of object_string items
  std::optional<std::string> content() const;
  // One of: text, object_string (open).
  std::optional<std::string> content_type() const;
  // Custom key-value pairs
  std::optional<std::map<std::string, std::optional<std::string>>> meta_data() const;
};

// Payload of a chat error event
class ErrorEventData : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 44;
  static constexpr const char* kName = "ErrorEventData";
  ErrorEventData() = default;
  explicit ErrorEventData(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a ErrorEventData; throws coze::CozeError (decode) when it is not JSON.
  static ErrorEventData parse(const std::string& json_text) {
    return ErrorEventData(::coze::detail::parse_model(kName, json_text));
  }
  std::optional<int64_t> code() const;
  std::optional<std::string> msg() const;
};

// An uploaded file
class File : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 45;
  static constexpr const char* kName = "File";
  File() = default;
  explicit File(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a File; throws coze::CozeError (decode) when it is not JSON.
  static File parse(const std::string& json_text) { return File(::coze::detail::parse_model(kName, json_text)); }
  std::optional<std::string> id() const;
  // Size in bytes
  std::optional<int64_t> bytes() const;
  // Unix time in seconds
  std::optional<int64_t> created_at() const;
  std::optional<std::string> file_name() const;
};

// Where a background gradient starts and ends
class GradientPosition : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 46;
  static constexpr const char* kName = "GradientPosition";
  GradientPosition() = default;
  explicit GradientPosition(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a GradientPosition; throws coze::CozeError (decode) when it is not JSON.
  static GradientPosition parse(const std::string& json_text) {
    return GradientPosition(::coze::detail::parse_model(kName, json_text));
  }
  std::optional<double> left() const;
  std::optional<double> right() const;
};

// An additional message saved in the conversation
class InsertedMessage : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 47;
  static constexpr const char* kName = "InsertedMessage";
  InsertedMessage() = default;
  explicit InsertedMessage(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a InsertedMessage; throws coze::CozeError (decode) when it is not JSON.
  static InsertedMessage parse(const std::string& json_text) {
    return InsertedMessage(::coze::detail::parse_model(kName, json_text));
  }
  std::optional<std::string> id() const;
};

// A page of bots (v1 answers use space_bots)
class ListBotsResult : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 48;
  static constexpr const char* kName = "ListBotsResult";
  ListBotsResult() = default;
  explicit ListBotsResult(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a ListBotsResult; throws coze::CozeError (decode) when it is not JSON.
  static ListBotsResult parse(const std::string& json_text) {
    return ListBotsResult(::coze::detail::parse_model(kName, json_text));
  }
  std::optional<std::vector<::coze::model::SimpleBot>> items() const;
  std::optional<int64_t> total() const;
};

// A page of conversations
class ListConversationsResult : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 49;
  static constexpr const char* kName = "ListConversationsResult";
  ListConversationsResult() = default;
  explicit ListConversationsResult(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a ListConversationsResult; throws coze::CozeError (decode) when it is not JSON.
  static ListConversationsResult parse(const std::string& json_text) {
    return ListConversationsResult(::coze::detail::parse_model(kName, json_text));
  }
  std::optional<std::vector<::coze::model::Conversation>> conversations() const;
  std::optional<bool> has_more() const;
};

// A page of knowledge bases
class ListDatasetsResult : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 50;
  static constexpr const char* kName = "ListDatasetsResult";
  ListDatasetsResult() = default;
  explicit ListDatasetsResult(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a ListDatasetsResult; throws coze::CozeError (decode) when it is not JSON.
  static ListDatasetsResult parse(const std::string& json_text) {
    return ListDatasetsResult(::coze::detail::parse_model(kName, json_text));
  }
  std::optional<std::vector<::coze::model::Dataset>> dataset_list() const;
  std::optional<int64_t> total_count() const;
};

// A page of knowledge base files
class ListDocumentsResult : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 51;
  static constexpr const char* kName = "ListDocumentsResult";
  ListDocumentsResult() = default;
  explicit ListDocumentsResult(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a ListDocumentsResult; throws coze::CozeError (decode) when it is not JSON.
  static ListDocumentsResult parse(const std::string& json_text) {
    return ListDocumentsResult(::coze::detail::parse_model(kName, json_text));
  }
  std::optional<std::vector<::coze::model::Document>> document_infos() const;
  std::optional<int64_t> total() const;
};

// A page of messages
class ListMessagesResult : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 52;
  static constexpr const char* kName = "ListMessagesResult";
  ListMessagesResult() = default;
  explicit ListMessagesResult(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a ListMessagesResult; throws coze::CozeError (decode) when it is not JSON.
  static ListMessagesResult parse(const std::string& json_text) {
    return ListMessagesResult(::coze::detail::parse_model(kName, json_text));
  }
  std::optional<std::vector<::coze::model::Message>> data() const;
  // Id of the page's first message
  std::optional<std::string> first_id() const;
  // Id of the page's last message
  std::optional<std::string> last_id() const;
  std::optional<bool> has_more() const;
};

// A page of images
class ListPhotosResult : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 53;
  static constexpr const char* kName = "ListPhotosResult";
  ListPhotosResult() = default;
  explicit ListPhotosResult(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a ListPhotosResult; throws coze::CozeError (decode) when it is not JSON.
  static ListPhotosResult parse(const std::string& json_text) {
    return ListPhotosResult(::coze::detail::parse_model(kName, json_text));
  }
  std::optional<std::vector<::coze::model::Photo>> photo_infos() const;
  std::optional<int64_t> total_count() const;
};

// A page of voices
class ListVoicesResult : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 54;
  static constexpr const char* kName = "ListVoicesResult";
  ListVoicesResult() = default;
  explicit ListVoicesResult(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a ListVoicesResult; throws coze::CozeError (decode) when it is not JSON.
  static ListVoicesResult parse(const std::string& json_text) {
    return ListVoicesResult(::coze::detail::parse_model(kName, json_text));
  }
  std::optional<std::vector<::coze::model::Voice>> voice_list() const;
  std::optional<bool> has_more() const;
};

// A page of workflows
class ListWorkflowsResult : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 55;
  static constexpr const char* kName = "ListWorkflowsResult";
  ListWorkflowsResult() = default;
  explicit ListWorkflowsResult(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a ListWorkflowsResult; throws coze::CozeError (decode) when it is not JSON.
  static ListWorkflowsResult parse(const std::string& json_text) {
    return ListWorkflowsResult(::coze::detail::parse_model(kName, json_text));
  }
  std::optional<std::vector<::coze::model::WorkflowBasic>> items() const;
  std::optional<bool> has_more() const;
};

// A page of workspaces
class ListWorkspacesResult : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 56;
  static constexpr const char* kName = "ListWorkspacesResult";
  ListWorkspacesResult() = default;
  explicit ListWorkspacesResult(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a ListWorkspacesResult; throws coze::CozeError (decode) when it is not JSON.
  static ListWorkspacesResult parse(const std::string& json_text) {
    return ListWorkspacesResult(::coze::detail::parse_model(kName, json_text));
  }
  std::optional<std::vector<::coze::model::Workspace>> workspaces() const;
  std::optional<int64_t> total_count() const;
};

// One message of a conversation
class Message : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 57;
  static constexpr const char* kName = "Message";
  Message() = default;
  explicit Message(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a Message; throws coze::CozeError (decode) when it is not JSON.
  static Message parse(const std::string& json_text) { return Message(::coze::detail::parse_model(kName, json_text)); }
  std::optional<std::string> id() const;
  std::optional<std::string> conversation_id() const;
  std::optional<std::string> bot_id() const;
  std::optional<std::string> chat_id() const;
  // Context section of the message
  std::optional<std::string> section_id() const;
  // One of: user, assistant (open).
  std::optional<std::string> role() const;
  // One of: answer, question, function_call, tool_output, tool_response, follow_up, verbose (open).
  std::optional<std::string> type() const;
  // Text, JSON text of object_string items, or base64 audio
  std::optional<std::string> content() const;
  // One of: text, object_string, card, audio (open).
  std::optional<std::string> content_type() const;
  // The model's chain of thought
  std::optional<std::string> reasoning_content() const;
  // Custom key-value pairs
  std::optional<std::map<std::string, std::optional<std::string>>> meta_data() const;
  // Unix time in seconds
  std::optional<int64_t> created_at() const;
  // Unix time in seconds
  std::optional<int64_t> updated_at() const;
};

// An OAuth token answer (no envelope)
class OAuthToken : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 58;
  static constexpr const char* kName = "OAuthToken";
  OAuthToken() = default;
  explicit OAuthToken(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a OAuthToken; throws coze::CozeError (decode) when it is not JSON.
  static OAuthToken parse(const std::string& json_text) {
    return OAuthToken(::coze::detail::parse_model(kName, json_text));
  }
  std::optional<std::string> access_token() const;
  std::optional<std::string> token_type() const;
  // When the access token expires
  std::optional<int64_t> expires_in() const;
  std::optional<std::string> refresh_token() const;
};

// An image of an image knowledge base
class Photo : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 59;
  static constexpr const char* kName = "Photo";
  Photo() = default;
  explicit Photo(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a Photo; throws coze::CozeError (decode) when it is not JSON.
  static Photo parse(const std::string& json_text) { return Photo(::coze::detail::parse_model(kName, json_text)); }
  std::optional<std::string> document_id() const;
  std::optional<std::string> url() const;
  std::optional<std::string> name() const;
  // Size in bytes
  std::optional<int64_t> size() const;
  // File extension
  std::optional<std::string> type() const;
  // 0 processing, 1 done, 9 failed
  std::optional<int64_t> status() const;
  std::optional<std::string> caption() const;
  std::optional<std::string> creator_id() const;
  // 0 local file, 1 web page, 5 uploaded file id, ...
  std::optional<int64_t> source_type() const;
  // Unix time in seconds
  std::optional<int64_t> create_time() const;
  // Unix time in seconds
  std::optional<int64_t> update_time() const;
};

// Upload progress of knowledge base files
class ProcessDatasetResult : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 60;
  static constexpr const char* kName = "ProcessDatasetResult";
  ProcessDatasetResult() = default;
  explicit ProcessDatasetResult(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a ProcessDatasetResult; throws coze::CozeError (decode) when it is not JSON.
  static ProcessDatasetResult parse(const std::string& json_text) {
    return ProcessDatasetResult(::coze::detail::parse_model(kName, json_text));
  }
  std::optional<std::vector<::coze::model::DocumentProgress>> data() const;
};

// The version just published
class PublishBotResult : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 61;
  static constexpr const char* kName = "PublishBotResult";
  PublishBotResult() = default;
  explicit PublishBotResult(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a PublishBotResult; throws coze::CozeError (decode) when it is not JSON.
  static PublishBotResult parse(const std::string& json_text) {
    return PublishBotResult(::coze::detail::parse_model(kName, json_text));
  }
  std::optional<std::string> bot_id() const;
  std::optional<std::string> version() const;
};

// Details of an answer
class ResponseDetail : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 62;
  static constexpr const char* kName = "ResponseDetail";
  ResponseDetail() = default;
  explicit ResponseDetail(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a ResponseDetail; throws coze::CozeError (decode) when it is not JSON.
  static ResponseDetail parse(const std::string& json_text) {
    return ResponseDetail(::coze::detail::parse_model(kName, json_text));
  }
  // Log id of the request, for support
  std::optional<std::string> logid() const;
};

// User variables
class RetrieveVariablesResult : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 63;
  static constexpr const char* kName = "RetrieveVariablesResult";
  RetrieveVariablesResult() = default;
  explicit RetrieveVariablesResult(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a RetrieveVariablesResult; throws coze::CozeError (decode) when it is not JSON.
  static RetrieveVariablesResult parse(const std::string& json_text) {
    return RetrieveVariablesResult(::coze::detail::parse_model(kName, json_text));
  }
  std::optional<std::vector<::coze::model::VariableValue>> items() const;
};

// An RTC room to join
class Room : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 64;
  static constexpr const char* kName = "Room";
  Room() = default;
  explicit Room(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a Room; throws coze::CozeError (decode) when it is not JSON.
  static Room parse(const std::string& json_text) { return Room(::coze::detail::parse_model(kName, json_text)); }
  std::optional<std::string> room_id() const;
  // RTC application id
  std::optional<std::string> app_id() const;
  // Token to join the room
  std::optional<std::string> token() const;
  // The end user's id in the room
  std::optional<std::string> uid() const;
};

// Audio settings of an RTC room
class RoomAudioConfig : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 65;
  static constexpr const char* kName = "RoomAudioConfig";
  RoomAudioConfig() = default;
  explicit RoomAudioConfig(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a RoomAudioConfig; throws coze::CozeError (decode) when it is not JSON.
  static RoomAudioConfig parse(const std::string& json_text) {
    return RoomAudioConfig(::coze::detail::parse_model(kName, json_text));
  }
  // One of: AACLC, G711A, OPUS, G722 (open).
  std::optional<std::string> codec() const;
};

// Settings of an RTC room
class RoomConfig : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 66;
  static constexpr const char* kName = "RoomConfig";
  RoomConfig() = default;
  explicit RoomConfig(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a RoomConfig; throws coze::CozeError (decode) when it is not JSON.
  static RoomConfig parse(const std::string& json_text) {
    return RoomConfig(::coze::detail::parse_model(kName, json_text));
  }
  std::optional<::coze::model::RoomAudioConfig> audio_config() const;
  std::optional<::coze::model::RoomVideoConfig> video_config() const;
  // What the bot says first
  std::optional<std::string> prologue_content() const;
  // Delay before the prologue
  std::optional<int64_t> prologue_delay_duration_ms() const;
  // One of: default, s2s, podcast, translate (open).
  std::optional<std::string> room_mode() const;
  std::optional<::coze::model::RoomTranslateConfig> translate_config() const;
};

// Languages of a translate room
class RoomTranslateConfig : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 67;
  static constexpr const char* kName = "RoomTranslateConfig";
  RoomTranslateConfig() = default;
  explicit RoomTranslateConfig(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a RoomTranslateConfig; throws coze::CozeError (decode) when it is not JSON.
  static RoomTranslateConfig parse(const std::string& json_text) {
    return RoomTranslateConfig(::coze::detail::parse_model(kName, json_text));
  }
  std::optional<std::string> from() const;
  std::optional<std::string> to() const;
};

// Video settings of an RTC room
class RoomVideoConfig : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 68;
  static constexpr const char* kName = "RoomVideoConfig";
  RoomVideoConfig() = default;
  explicit RoomVideoConfig(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a RoomVideoConfig; throws coze::CozeError (decode) when it is not JSON.
  static RoomVideoConfig parse(const std::string& json_text) {
    return RoomVideoConfig(::coze::detail::parse_model(kName, json_text));
  }
  // One of: H264, BYTEVC1 (open).
  std::optional<std::string> codec() const;
  // One of: main, screen (open).
  std::optional<std::string> stream_video_type() const;
  std::optional<int64_t> video_frame_rate() const;
  std::optional<int64_t> video_frame_expire_duration() const;
};

// A context section of a conversation
class Section : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 69;
  static constexpr const char* kName = "Section";
  Section() = default;
  explicit Section(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a Section; throws coze::CozeError (decode) when it is not JSON.
  static Section parse(const std::string& json_text) { return Section(::coze::detail::parse_model(kName, json_text)); }
  std::optional<std::string> id() const;
  std::optional<std::string> conversation_id() const;
};

// A bot shortcut command to run in a chat
class ShortcutCommand : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 70;
  static constexpr const char* kName = "ShortcutCommand";
  ShortcutCommand() = default;
  explicit ShortcutCommand(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a ShortcutCommand; throws coze::CozeError (decode) when it is not JSON.
  static ShortcutCommand parse(const std::string& json_text) {
    return ShortcutCommand(::coze::detail::parse_model(kName, json_text));
  }
  std::optional<std::string> command_id() const;
  // Component values by component name
  std::optional<std::map<std::string, std::optional<std::string>>> parameters() const;
};

// A bot in a list (v1 answers use bot_id, bot_name, publish_time)
class SimpleBot : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 71;
  static constexpr const char* kName = "SimpleBot";
  SimpleBot() = default;
  explicit SimpleBot(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a SimpleBot; throws coze::CozeError (decode) when it is not JSON.
  static SimpleBot parse(const std::string& json_text) {
    return SimpleBot(::coze::detail::parse_model(kName, json_text));
  }
  std::optional<std::string> id() const;
  std::optional<std::string> name() const;
  std::optional<std::string> description() const;
  std::optional<std::string> icon_url() const;
  std::optional<bool> is_published() const;
  // Unix time in seconds
  std::optional<int64_t> updated_at() const;
  // Unix time in seconds
  std::optional<int64_t> published_at() const;
  std::optional<std::string> owner_user_id() const;
  std::optional<std::string> folder_id() const;
};

// The result of one tool call
class ToolOutput : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 72;
  static constexpr const char* kName = "ToolOutput";
  ToolOutput() = default;
  explicit ToolOutput(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a ToolOutput; throws coze::CozeError (decode) when it is not JSON.
  static ToolOutput parse(const std::string& json_text) {
    return ToolOutput(::coze::detail::parse_model(kName, json_text));
  }
  // id of the tool call answered
  std::optional<std::string> tool_call_id() const;
  std::optional<std::string> output() const;
};

// Text recognised in audio
class Transcription : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 73;
  static constexpr const char* kName = "Transcription";
  Transcription() = default;
  explicit Transcription(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a Transcription; throws coze::CozeError (decode) when it is not JSON.
  static Transcription parse(const std::string& json_text) {
    return Transcription(::coze::detail::parse_model(kName, json_text));
  }
  std::optional<std::string> text() const;
};

// Tokens used
class Usage : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 74;
  static constexpr const char* kName = "Usage";
  Usage() = default;
  explicit Usage(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a Usage; throws coze::CozeError (decode) when it is not JSON.
  static Usage parse(const std::string& json_text) { return Usage(::coze::detail::parse_model(kName, json_text)); }
  // Input plus output tokens
  std::optional<int64_t> token_count() const;
  // Output tokens
  std::optional<int64_t> output_count() const;
  // Input tokens
  std::optional<int64_t> input_count() const;
};

// A Coze user
class User : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 75;
  static constexpr const char* kName = "User";
  User() = default;
  explicit User(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a User; throws coze::CozeError (decode) when it is not JSON.
  static User parse(const std::string& json_text) { return User(::coze::detail::parse_model(kName, json_text)); }
  std::optional<std::string> user_id() const;
  std::optional<std::string> user_name() const;
  std::optional<std::string> nick_name() const;
  std::optional<std::string> avatar_url() const;
};

// A user variable
class VariableValue : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 76;
  static constexpr const char* kName = "VariableValue";
  VariableValue() = default;
  explicit VariableValue(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a VariableValue; throws coze::CozeError (decode) when it is not JSON.
  static VariableValue parse(const std::string& json_text) {
    return VariableValue(::coze::detail::parse_model(kName, json_text));
  }
  std::optional<std::string> keyword() const;
  std::optional<std::string> value() const;
  // Unix time in seconds; 0 for a default value
  std::optional<int64_t> create_time() const;
  // Unix time in seconds
  std::optional<int64_t> update_time() const;
};

// A voice for speech
class Voice : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 77;
  static constexpr const char* kName = "Voice";
  Voice() = default;
  explicit Voice(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a Voice; throws coze::CozeError (decode) when it is not JSON.
  static Voice parse(const std::string& json_text) { return Voice(::coze::detail::parse_model(kName, json_text)); }
  std::optional<std::string> voice_id() const;
  std::optional<std::string> name() const;
  std::optional<bool> is_system_voice() const;
  std::optional<std::string> language_code() const;
  std::optional<std::string> language_name() const;
  std::optional<std::string> preview_text() const;
  // URL of a sample
  std::optional<std::string> preview_audio() const;
  // Clonings left
  std::optional<int64_t> available_training_times() const;
  // Unix time in seconds
  std::optional<int64_t> create_time() const;
  // Unix time in seconds
  std::optional<int64_t> update_time() const;
  // One of: big, small (open).
  std::optional<std::string> model_type() const;
  // One of: init, cloned, all (open).
  std::optional<std::string> state() const;
  std::optional<std::vector<::coze::model::VoiceEmotion>> support_emotions() const;
};

// An emotion a voice can speak with
class VoiceEmotion : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 78;
  static constexpr const char* kName = "VoiceEmotion";
  VoiceEmotion() = default;
  explicit VoiceEmotion(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a VoiceEmotion; throws coze::CozeError (decode) when it is not JSON.
  static VoiceEmotion parse(const std::string& json_text) {
    return VoiceEmotion(::coze::detail::parse_model(kName, json_text));
  }
  std::optional<std::string> emotion() const;
  std::optional<std::string> display_name() const;
  std::optional<::coze::model::VoiceEmotionScale> emotion_scale_interval() const;
};

// Allowed strengths of an emotion
class VoiceEmotionScale : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 79;
  static constexpr const char* kName = "VoiceEmotionScale";
  VoiceEmotionScale() = default;
  explicit VoiceEmotionScale(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a VoiceEmotionScale; throws coze::CozeError (decode) when it is not JSON.
  static VoiceEmotionScale parse(const std::string& json_text) {
    return VoiceEmotionScale(::coze::detail::parse_model(kName, json_text));
  }
  std::optional<double> min() const;
  std::optional<double> max() const;
  // The field 'default'.
  std::optional<double> default_() const;
};

// A workflow's basic information
class WorkflowBasic : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 80;
  static constexpr const char* kName = "WorkflowBasic";
  WorkflowBasic() = default;
  explicit WorkflowBasic(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a WorkflowBasic; throws coze::CozeError (decode) when it is not JSON.
  static WorkflowBasic parse(const std::string& json_text) {
    return WorkflowBasic(::coze::detail::parse_model(kName, json_text));
  }
  std::optional<std::string> workflow_id() const;
  std::optional<std::string> workflow_name() const;
  std::optional<std::string> description() const;
  std::optional<std::string> icon_url() const;
  // App of the workflow; 0 when none
  std::optional<std::string> app_id() const;
  // Unix time in seconds
  std::optional<int64_t> created_at() const;
  // Unix time in seconds
  std::optional<int64_t> updated_at() const;
  std::optional<::coze::model::WorkflowUser> creator() const;
};

// Payload of a workflow Error event
class WorkflowErrorEvent : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 81;
  static constexpr const char* kName = "WorkflowErrorEvent";
  WorkflowErrorEvent() = default;
  explicit WorkflowErrorEvent(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a WorkflowErrorEvent; throws coze::CozeError (decode) when it is not JSON.
  static WorkflowErrorEvent parse(const std::string& json_text) {
    return WorkflowErrorEvent(::coze::detail::parse_model(kName, json_text));
  }
  std::optional<int64_t> error_code() const;
  std::optional<std::string> error_message() const;
};

// A workflow with its inputs and outputs
class WorkflowInfo : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 82;
  static constexpr const char* kName = "WorkflowInfo";
  WorkflowInfo() = default;
  explicit WorkflowInfo(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a WorkflowInfo; throws coze::CozeError (decode) when it is not JSON.
  static WorkflowInfo parse(const std::string& json_text) {
    return WorkflowInfo(::coze::detail::parse_model(kName, json_text));
  }
  std::optional<::coze::model::WorkflowBasic> workflow_detail() const;
  std::optional<::coze::model::WorkflowInput> input() const;
  std::optional<::coze::model::WorkflowOutput> output() const;
};

// The start node's input parameters
class WorkflowInput : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 83;
  static constexpr const char* kName = "WorkflowInput";
  WorkflowInput() = default;
  explicit WorkflowInput(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a WorkflowInput; throws coze::CozeError (decode) when it is not JSON.
  static WorkflowInput parse(const std::string& json_text) {
    return WorkflowInput(::coze::detail::parse_model(kName, json_text));
  }
  std::optional<std::map<std::string, ::coze::model::WorkflowParameter>> parameters() const;
};

// Why a workflow run stopped and how to resume it
class WorkflowInterruptData : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 84;
  static constexpr const char* kName = "WorkflowInterruptData";
  WorkflowInterruptData() = default;
  explicit WorkflowInterruptData(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a WorkflowInterruptData; throws coze::CozeError (decode) when it is not JSON.
  static WorkflowInterruptData parse(const std::string& json_text) {
    return WorkflowInterruptData(::coze::detail::parse_model(kName, json_text));
  }
  // Pass back to workflows.runs.resume
  std::optional<std::string> event_id() const;
  // Interrupt type; pass back as interrupt_type
  std::optional<int64_t> type() const;
  // The interrupting question, often JSON text
  std::optional<std::string> data() const;
  // Parameters the answer must supply
  std::optional<std::map<std::string, ::coze::AnyView>> required_parameters() const;
};

// Payload of a workflow Interrupt event
class WorkflowInterruptEvent : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 85;
  static constexpr const char* kName = "WorkflowInterruptEvent";
  WorkflowInterruptEvent() = default;
  explicit WorkflowInterruptEvent(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a WorkflowInterruptEvent; throws coze::CozeError (decode) when it is not JSON.
  static WorkflowInterruptEvent parse(const std::string& json_text) {
    return WorkflowInterruptEvent(::coze::detail::parse_model(kName, json_text));
  }
  std::optional<::coze::model::WorkflowInterruptData> interrupt_data() const;
  // Name of the interrupting node
  std::optional<std::string> node_title() const;
};

// Payload of a workflow Message event
class WorkflowMessageEvent : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 86;
  static constexpr const char* kName = "WorkflowMessageEvent";
  WorkflowMessageEvent() = default;
  explicit WorkflowMessageEvent(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a WorkflowMessageEvent; throws coze::CozeError (decode) when it is not JSON.
  static WorkflowMessageEvent parse(const std::string& json_text) {
    return WorkflowMessageEvent(::coze::detail::parse_model(kName, json_text));
  }
  std::optional<std::string> content() const;
  std::optional<std::string> content_type() const;
  // Name of the node that sent the message
  std::optional<std::string> node_title() const;
  // Index of the message within the node, from 0
  std::optional<std::string> node_seq_id() const;
  // Last message of the node
  std::optional<bool> node_is_finish() const;
  // Extra fields
  std::optional<std::map<std::string, std::optional<std::string>>> ext() const;
  std::optional<::coze::model::Usage> usage() const;
  // Reserved
  std::optional<std::string> cost() const;
  // Tokens used
  std::optional<int64_t> token() const;
  // Id of the node that sent the message
  std::optional<std::string> node_id() const;
  // Id of this execution of the node
  std::optional<std::string> node_execute_uuid() const;
};

// The output of one node execution
class WorkflowNodeExecuteHistory : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 87;
  static constexpr const char* kName = "WorkflowNodeExecuteHistory";
  WorkflowNodeExecuteHistory() = default;
  explicit WorkflowNodeExecuteHistory(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a WorkflowNodeExecuteHistory; throws coze::CozeError (decode) when it is not JSON.
  static WorkflowNodeExecuteHistory parse(const std::string& json_text) {
    return WorkflowNodeExecuteHistory(::coze::detail::parse_model(kName, json_text));
  }
  std::optional<bool> is_finish() const;
  // Usually JSON text
  std::optional<std::string> node_output() const;
};

// How one node of a workflow run went
class WorkflowNodeExecuteStatus : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 88;
  static constexpr const char* kName = "WorkflowNodeExecuteStatus";
  WorkflowNodeExecuteStatus() = default;
  explicit WorkflowNodeExecuteStatus(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a WorkflowNodeExecuteStatus; throws coze::CozeError (decode) when it is not JSON.
  static WorkflowNodeExecuteStatus parse(const std::string& json_text) {
    return WorkflowNodeExecuteStatus(::coze::detail::parse_model(kName, json_text));
  }
  std::optional<std::string> node_id() const;
  std::optional<bool> is_finish() const;
  // Iteration within a loop node
  std::optional<int64_t> loop_index() const;
  // Item within a batch node
  std::optional<int64_t> batch_index() const;
  // Unix time in seconds
  std::optional<int64_t> update_time() const;
  // Run id of a sub-workflow
  std::optional<std::string> sub_execute_id() const;
  // Id of this execution of the node
  std::optional<std::string> node_execute_uuid() const;
};

// The end node's output
class WorkflowOutput : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 89;
  static constexpr const char* kName = "WorkflowOutput";
  WorkflowOutput() = default;
  explicit WorkflowOutput(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a WorkflowOutput; throws coze::CozeError (decode) when it is not JSON.
  static WorkflowOutput parse(const std::string& json_text) {
    return WorkflowOutput(::coze::detail::parse_model(kName, json_text));
  }
  // Answer template when the end node returns text
  std::optional<std::string> content() const;
  std::optional<std::map<std::string, ::coze::model::WorkflowParameter>> parameters() const;
  // How the end node answers
  std::optional<std::string> terminate_plan() const;
};

// One parameter of a workflow
class WorkflowParameter : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 90;
  static constexpr const char* kName = "WorkflowParameter";
  WorkflowParameter() = default;
  explicit WorkflowParameter(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a WorkflowParameter; throws coze::CozeError (decode) when it is not JSON.
  static WorkflowParameter parse(const std::string& json_text) {
    return WorkflowParameter(::coze::detail::parse_model(kName, json_text));
  }
  std::optional<std::string> type() const;
  std::optional<bool> required() const;
  std::optional<std::string> description() const;
  std::optional<std::string> default_value() const;
  // Element parameter of an array parameter
  std::optional<::coze::AnyView> items() const;
  // Member parameters of an object parameter
  std::optional<std::map<std::string, ::coze::AnyView>> properties() const;
};

// One workflow run
class WorkflowRunHistory : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 91;
  static constexpr const char* kName = "WorkflowRunHistory";
  WorkflowRunHistory() = default;
  explicit WorkflowRunHistory(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a WorkflowRunHistory; throws coze::CozeError (decode) when it is not JSON.
  static WorkflowRunHistory parse(const std::string& json_text) {
    return WorkflowRunHistory(::coze::detail::parse_model(kName, json_text));
  }
  std::optional<std::string> execute_id() const;
  // One of: Success, Running, Fail (open).
  std::optional<std::string> execute_status() const;
  // Bot the run used; 0 when none
  std::optional<std::string> bot_id() const;
  std::optional<std::string> connector_id() const;
  // The end user's id
  std::optional<std::string> connector_uid() const;
  // 0 synchronous, 1 streaming, 2 asynchronous
  std::optional<int64_t> run_mode() const;
  // Log id of the asynchronous run
  std::optional<std::string> logid() const;
  // Unix time in seconds
  std::optional<int64_t> create_time() const;
  // Unix time in seconds
  std::optional<int64_t> update_time() const;
  // The workflow's output, usually JSON text
  std::optional<std::string> output() const;
  // 0 on success
  std::optional<std::string> error_code() const;
  std::optional<std::string> error_message() const;
  // Page showing the run (kept 7 days)
  std::optional<std::string> debug_url() const;
  std::optional<::coze::model::Usage> usage() const;
  // The output was cut for size
  std::optional<bool> is_output_trimmed() const;
  // Output nodes' runs by node
  std::optional<std::map<std::string, ::coze::model::WorkflowNodeExecuteStatus>> node_execute_status() const;
  std::optional<::coze::model::WorkflowInterruptData> interrupt_data() const;
};

// The result of a workflow run
class WorkflowRunResult : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 92;
  static constexpr const char* kName = "WorkflowRunResult";
  WorkflowRunResult() = default;
  explicit WorkflowRunResult(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a WorkflowRunResult; throws coze::CozeError (decode) when it is not JSON.
  static WorkflowRunResult parse(const std::string& json_text) {
    return WorkflowRunResult(::coze::detail::parse_model(kName, json_text));
  }
  // The workflow's output (sent as JSON text, parsed)
  std::optional<::coze::AnyView> data() const;
  // Run id, for the run history
  std::optional<std::string> execute_id() const;
  // Page showing the run (kept 7 days)
  std::optional<std::string> debug_url() const;
  std::optional<::coze::model::Usage> usage() const;
  std::optional<::coze::model::WorkflowInterruptData> interrupt_data() const;
  // Reserved
  std::optional<std::string> cost() const;
  // Tokens used
  std::optional<int64_t> token() const;
};

// A Coze user who created a workflow
class WorkflowUser : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 93;
  static constexpr const char* kName = "WorkflowUser";
  WorkflowUser() = default;
  explicit WorkflowUser(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a WorkflowUser; throws coze::CozeError (decode) when it is not JSON.
  static WorkflowUser parse(const std::string& json_text) {
    return WorkflowUser(::coze::detail::parse_model(kName, json_text));
  }
  std::optional<std::string> id() const;
  std::optional<std::string> name() const;
};

// A workspace
class Workspace : public ::coze::ModelView {
 public:
  static constexpr int kModelId = 94;
  static constexpr const char* kName = "Workspace";
  Workspace() = default;
  explicit Workspace(const ::coze::AnyView& view) : ModelView(view, kModelId) {}
  // The JSON text read as a Workspace; throws coze::CozeError (decode) when it is not JSON.
  static Workspace parse(const std::string& json_text) {
    return Workspace(::coze::detail::parse_model(kName, json_text));
  }
  std::optional<std::string> id() const;
  std::optional<std::string> name() const;
  std::optional<std::string> icon_url() const;
  std::optional<std::string> description() const;
  // One of: owner, admin, member (open).
  std::optional<std::string> role_type() const;
  // One of: personal, team (open).
  std::optional<std::string> workspace_type() const;
  std::optional<std::string> enterprise_id() const;
  std::optional<std::string> owner_uid() const;
  std::optional<std::vector<std::optional<std::string>>> admin_uids() const;
  std::optional<std::string> joined_status() const;
};

inline std::optional<std::string> BackgroundImageInfo::image_url() const {
  return ::coze::detail::Read<std::string>::from(field(0));
}
inline std::optional<std::string> BackgroundImageInfo::theme_color() const {
  return ::coze::detail::Read<std::string>::from(field(1));
}
inline std::optional<::coze::model::GradientPosition> BackgroundImageInfo::gradient_position() const {
  return ::coze::detail::Read<::coze::model::GradientPosition>::from(field(2));
}
inline std::optional<::coze::model::CanvasPosition> BackgroundImageInfo::canvas_position() const {
  return ::coze::detail::Read<::coze::model::CanvasPosition>::from(field(3));
}
inline std::optional<std::string> Bot::bot_id() const { return ::coze::detail::Read<std::string>::from(field(0)); }
inline std::optional<std::string> Bot::name() const { return ::coze::detail::Read<std::string>::from(field(1)); }
inline std::optional<std::string> Bot::description() const { return ::coze::detail::Read<std::string>::from(field(2)); }
inline std::optional<std::string> Bot::icon_url() const { return ::coze::detail::Read<std::string>::from(field(3)); }
inline std::optional<int64_t> Bot::create_time() const { return ::coze::detail::Read<int64_t>::from(field(4)); }
inline std::optional<int64_t> Bot::update_time() const { return ::coze::detail::Read<int64_t>::from(field(5)); }
inline std::optional<std::string> Bot::version() const { return ::coze::detail::Read<std::string>::from(field(6)); }
inline std::optional<::coze::model::BotPromptInfo> Bot::prompt_info() const {
  return ::coze::detail::Read<::coze::model::BotPromptInfo>::from(field(7));
}
inline std::optional<::coze::model::BotOnboardingInfo> Bot::onboarding_info() const {
  return ::coze::detail::Read<::coze::model::BotOnboardingInfo>::from(field(8));
}
inline std::optional<::coze::model::BotKnowledge> Bot::knowledge() const {
  return ::coze::detail::Read<::coze::model::BotKnowledge>::from(field(9));
}
inline std::optional<int64_t> Bot::bot_mode() const { return ::coze::detail::Read<int64_t>::from(field(10)); }
inline std::optional<std::vector<::coze::model::BotPluginInfo>> Bot::plugin_info_list() const {
  return ::coze::detail::Read<std::vector<::coze::model::BotPluginInfo>>::from(field(11));
}
inline std::optional<::coze::model::BotModelInfo> Bot::model_info() const {
  return ::coze::detail::Read<::coze::model::BotModelInfo>::from(field(12));
}
inline std::optional<::coze::model::BotSuggestReplyInfo> Bot::suggest_reply_info() const {
  return ::coze::detail::Read<::coze::model::BotSuggestReplyInfo>::from(field(13));
}
inline std::optional<::coze::model::BotBackgroundImageInfo> Bot::background_image_info() const {
  return ::coze::detail::Read<::coze::model::BotBackgroundImageInfo>::from(field(14));
}
inline std::optional<std::vector<::coze::model::BotVariable>> Bot::variables() const {
  return ::coze::detail::Read<std::vector<::coze::model::BotVariable>>::from(field(15));
}
inline std::optional<std::string> Bot::owner_user_id() const {
  return ::coze::detail::Read<std::string>::from(field(16));
}
inline std::optional<std::vector<::coze::model::BotVoiceInfo>> Bot::voice_info_list() const {
  return ::coze::detail::Read<std::vector<::coze::model::BotVoiceInfo>>::from(field(17));
}
inline std::optional<std::string> Bot::default_user_input_type() const {
  return ::coze::detail::Read<std::string>::from(field(18));
}
inline std::optional<std::vector<::coze::model::BotWorkflowInfo>> Bot::workflow_info_list() const {
  return ::coze::detail::Read<std::vector<::coze::model::BotWorkflowInfo>>::from(field(19));
}
inline std::optional<std::vector<::coze::model::BotShortcutCommandInfo>> Bot::shortcut_commands() const {
  return ::coze::detail::Read<std::vector<::coze::model::BotShortcutCommandInfo>>::from(field(20));
}
inline std::optional<std::string> Bot::folder_id() const { return ::coze::detail::Read<std::string>::from(field(21)); }
inline std::optional<::coze::model::BackgroundImageInfo> BotBackgroundImageInfo::web_background_image() const {
  return ::coze::detail::Read<::coze::model::BackgroundImageInfo>::from(field(0));
}
inline std::optional<::coze::model::BackgroundImageInfo> BotBackgroundImageInfo::mobile_background_image() const {
  return ::coze::detail::Read<::coze::model::BackgroundImageInfo>::from(field(1));
}
inline std::optional<std::vector<::coze::model::BotKnowledgeInfo>> BotKnowledge::knowledge_infos() const {
  return ::coze::detail::Read<std::vector<::coze::model::BotKnowledgeInfo>>::from(field(0));
}
inline std::optional<std::vector<std::optional<std::string>>> BotKnowledge::dataset_ids() const {
  return ::coze::detail::Read<std::vector<std::optional<std::string>>>::from(field(1));
}
inline std::optional<bool> BotKnowledge::auto_call() const { return ::coze::detail::Read<bool>::from(field(2)); }
inline std::optional<int64_t> BotKnowledge::search_strategy() const {
  return ::coze::detail::Read<int64_t>::from(field(3));
}
inline std::optional<std::string> BotKnowledgeInfo::id() const {
  return ::coze::detail::Read<std::string>::from(field(0));
}
inline std::optional<std::string> BotKnowledgeInfo::name() const {
  return ::coze::detail::Read<std::string>::from(field(1));
}
inline std::optional<std::string> BotModelInfo::model_id() const {
  return ::coze::detail::Read<std::string>::from(field(0));
}
inline std::optional<std::string> BotModelInfo::model_name() const {
  return ::coze::detail::Read<std::string>::from(field(1));
}
inline std::optional<double> BotModelInfo::temperature() const { return ::coze::detail::Read<double>::from(field(2)); }
inline std::optional<int64_t> BotModelInfo::top_k() const { return ::coze::detail::Read<int64_t>::from(field(3)); }
inline std::optional<double> BotModelInfo::top_p() const { return ::coze::detail::Read<double>::from(field(4)); }
inline std::optional<int64_t> BotModelInfo::max_tokens() const { return ::coze::detail::Read<int64_t>::from(field(5)); }
inline std::optional<int64_t> BotModelInfo::context_round() const {
  return ::coze::detail::Read<int64_t>::from(field(6));
}
inline std::optional<std::string> BotModelInfo::response_format() const {
  return ::coze::detail::Read<std::string>::from(field(7));
}
inline std::optional<double> BotModelInfo::presence_penalty() const {
  return ::coze::detail::Read<double>::from(field(8));
}
inline std::optional<double> BotModelInfo::frequency_penalty() const {
  return ::coze::detail::Read<double>::from(field(9));
}
inline std::optional<std::string> BotModelInfo::cache_type() const {
  return ::coze::detail::Read<std::string>::from(field(10));
}
inline std::optional<bool> BotModelInfo::sp_anti_leak() const { return ::coze::detail::Read<bool>::from(field(11)); }
inline std::optional<bool> BotModelInfo::sp_current_time() const { return ::coze::detail::Read<bool>::from(field(12)); }
inline std::optional<std::map<std::string, std::optional<std::string>>> BotModelInfo::parameters() const {
  return ::coze::detail::Read<std::map<std::string, std::optional<std::string>>>::from(field(13));
}
inline std::optional<std::string> BotOnboardingInfo::prologue() const {
  return ::coze::detail::Read<std::string>::from(field(0));
}
inline std::optional<std::vector<std::optional<std::string>>> BotOnboardingInfo::suggested_questions() const {
  return ::coze::detail::Read<std::vector<std::optional<std::string>>>::from(field(1));
}
inline std::optional<std::string> BotPluginApiInfo::api_id() const {
  return ::coze::detail::Read<std::string>::from(field(0));
}
inline std::optional<std::string> BotPluginApiInfo::name() const {
  return ::coze::detail::Read<std::string>::from(field(1));
}
inline std::optional<std::string> BotPluginApiInfo::description() const {
  return ::coze::detail::Read<std::string>::from(field(2));
}
inline std::optional<std::string> BotPluginIdInfo::plugin_id() const {
  return ::coze::detail::Read<std::string>::from(field(0));
}
inline std::optional<std::string> BotPluginIdInfo::api_id() const {
  return ::coze::detail::Read<std::string>::from(field(1));
}
inline std::optional<std::vector<::coze::model::BotPluginIdInfo>> BotPluginIdList::id_list() const {
  return ::coze::detail::Read<std::vector<::coze::model::BotPluginIdInfo>>::from(field(0));
}
inline std::optional<std::string> BotPluginInfo::plugin_id() const {
  return ::coze::detail::Read<std::string>::from(field(0));
}
inline std::optional<std::string> BotPluginInfo::name() const {
  return ::coze::detail::Read<std::string>::from(field(1));
}
inline std::optional<std::string> BotPluginInfo::description() const {
  return ::coze::detail::Read<std::string>::from(field(2));
}
inline std::optional<std::string> BotPluginInfo::icon_url() const {
  return ::coze::detail::Read<std::string>::from(field(3));
}
inline std::optional<std::vector<::coze::model::BotPluginApiInfo>> BotPluginInfo::api_info_list() const {
  return ::coze::detail::Read<std::vector<::coze::model::BotPluginApiInfo>>::from(field(4));
}
inline std::optional<std::string> BotPromptInfo::prompt() const {
  return ::coze::detail::Read<std::string>::from(field(0));
}
inline std::optional<std::string> BotShortcutCommandComponent::name() const {
  return ::coze::detail::Read<std::string>::from(field(0));
}
inline std::optional<std::string> BotShortcutCommandComponent::description() const {
  return ::coze::detail::Read<std::string>::from(field(1));
}
inline std::optional<std::string> BotShortcutCommandComponent::type() const {
  return ::coze::detail::Read<std::string>::from(field(2));
}
inline std::optional<std::string> BotShortcutCommandComponent::tool_parameter() const {
  return ::coze::detail::Read<std::string>::from(field(3));
}
inline std::optional<std::string> BotShortcutCommandComponent::default_value() const {
  return ::coze::detail::Read<std::string>::from(field(4));
}
inline std::optional<bool> BotShortcutCommandComponent::is_hide() const {
  return ::coze::detail::Read<bool>::from(field(5));
}
inline std::optional<std::vector<std::optional<std::string>>> BotShortcutCommandComponent::options() const {
  return ::coze::detail::Read<std::vector<std::optional<std::string>>>::from(field(6));
}
inline std::optional<std::string> BotShortcutCommandInfo::id() const {
  return ::coze::detail::Read<std::string>::from(field(0));
}
inline std::optional<std::string> BotShortcutCommandInfo::name() const {
  return ::coze::detail::Read<std::string>::from(field(1));
}
inline std::optional<std::string> BotShortcutCommandInfo::command() const {
  return ::coze::detail::Read<std::string>::from(field(2));
}
inline std::optional<std::string> BotShortcutCommandInfo::description() const {
  return ::coze::detail::Read<std::string>::from(field(3));
}
inline std::optional<std::string> BotShortcutCommandInfo::query_template() const {
  return ::coze::detail::Read<std::string>::from(field(4));
}
inline std::optional<std::string> BotShortcutCommandInfo::icon_url() const {
  return ::coze::detail::Read<std::string>::from(field(5));
}
inline std::optional<std::string> BotShortcutCommandInfo::agent_id() const {
  return ::coze::detail::Read<std::string>::from(field(6));
}
inline std::optional<::coze::model::BotShortcutCommandTool> BotShortcutCommandInfo::tool() const {
  return ::coze::detail::Read<::coze::model::BotShortcutCommandTool>::from(field(7));
}
inline std::optional<std::vector<::coze::model::BotShortcutCommandComponent>> BotShortcutCommandInfo::components()
    const {
  return ::coze::detail::Read<std::vector<::coze::model::BotShortcutCommandComponent>>::from(field(8));
}
inline std::optional<std::string> BotShortcutCommandTool::name() const {
  return ::coze::detail::Read<std::string>::from(field(0));
}
inline std::optional<std::string> BotShortcutCommandTool::type() const {
  return ::coze::detail::Read<std::string>::from(field(1));
}
inline std::optional<std::string> BotSuggestReplyInfo::reply_mode() const {
  return ::coze::detail::Read<std::string>::from(field(0));
}
inline std::optional<std::string> BotSuggestReplyInfo::customized_prompt() const {
  return ::coze::detail::Read<std::string>::from(field(1));
}
inline std::optional<std::string> BotVariable::keyword() const {
  return ::coze::detail::Read<std::string>::from(field(0));
}
inline std::optional<std::string> BotVariable::default_value() const {
  return ::coze::detail::Read<std::string>::from(field(1));
}
inline std::optional<std::string> BotVariable::variable_type() const {
  return ::coze::detail::Read<std::string>::from(field(2));
}
inline std::optional<std::string> BotVariable::channel() const {
  return ::coze::detail::Read<std::string>::from(field(3));
}
inline std::optional<std::string> BotVariable::description() const {
  return ::coze::detail::Read<std::string>::from(field(4));
}
inline std::optional<bool> BotVariable::enable() const { return ::coze::detail::Read<bool>::from(field(5)); }
inline std::optional<bool> BotVariable::prompt_enable() const { return ::coze::detail::Read<bool>::from(field(6)); }
inline std::optional<std::string> BotVoiceInfo::voice_id() const {
  return ::coze::detail::Read<std::string>::from(field(0));
}
inline std::optional<std::string> BotVoiceInfo::language_code() const {
  return ::coze::detail::Read<std::string>::from(field(1));
}
inline std::optional<std::string> BotWorkflowIdInfo::id() const {
  return ::coze::detail::Read<std::string>::from(field(0));
}
inline std::optional<std::vector<::coze::model::BotWorkflowIdInfo>> BotWorkflowIdList::ids() const {
  return ::coze::detail::Read<std::vector<::coze::model::BotWorkflowIdInfo>>::from(field(0));
}
inline std::optional<std::string> BotWorkflowInfo::id() const {
  return ::coze::detail::Read<std::string>::from(field(0));
}
inline std::optional<std::string> BotWorkflowInfo::name() const {
  return ::coze::detail::Read<std::string>::from(field(1));
}
inline std::optional<std::string> BotWorkflowInfo::description() const {
  return ::coze::detail::Read<std::string>::from(field(2));
}
inline std::optional<std::string> BotWorkflowInfo::icon_url() const {
  return ::coze::detail::Read<std::string>::from(field(3));
}
inline std::optional<double> CanvasPosition::width() const { return ::coze::detail::Read<double>::from(field(0)); }
inline std::optional<double> CanvasPosition::height() const { return ::coze::detail::Read<double>::from(field(1)); }
inline std::optional<double> CanvasPosition::left() const { return ::coze::detail::Read<double>::from(field(2)); }
inline std::optional<double> CanvasPosition::top() const { return ::coze::detail::Read<double>::from(field(3)); }
inline std::optional<std::string> Chat::id() const { return ::coze::detail::Read<std::string>::from(field(0)); }
inline std::optional<std::string> Chat::conversation_id() const {
  return ::coze::detail::Read<std::string>::from(field(1));
}
inline std::optional<std::string> Chat::bot_id() const { return ::coze::detail::Read<std::string>::from(field(2)); }
inline std::optional<int64_t> Chat::created_at() const { return ::coze::detail::Read<int64_t>::from(field(3)); }
inline std::optional<int64_t> Chat::completed_at() const { return ::coze::detail::Read<int64_t>::from(field(4)); }
inline std::optional<int64_t> Chat::failed_at() const { return ::coze::detail::Read<int64_t>::from(field(5)); }
inline std::optional<std::map<std::string, std::optional<std::string>>> Chat::meta_data() const {
  return ::coze::detail::Read<std::map<std::string, std::optional<std::string>>>::from(field(6));
}
inline std::optional<::coze::model::ChatError> Chat::last_error() const {
  return ::coze::detail::Read<::coze::model::ChatError>::from(field(7));
}
inline std::optional<std::string> Chat::status() const { return ::coze::detail::Read<std::string>::from(field(8)); }
inline std::optional<::coze::model::ChatRequiredAction> Chat::required_action() const {
  return ::coze::detail::Read<::coze::model::ChatRequiredAction>::from(field(9));
}
inline std::optional<::coze::model::Usage> Chat::usage() const {
  return ::coze::detail::Read<::coze::model::Usage>::from(field(10));
}
inline std::optional<std::string> Chat::section_id() const {
  return ::coze::detail::Read<std::string>::from(field(11));
}
inline std::optional<std::vector<::coze::model::InsertedMessage>> Chat::inserted_additional_messages() const {
  return ::coze::detail::Read<std::vector<::coze::model::InsertedMessage>>::from(field(12));
}
inline std::optional<int64_t> ChatError::code() const { return ::coze::detail::Read<int64_t>::from(field(0)); }
inline std::optional<std::string> ChatError::msg() const { return ::coze::detail::Read<std::string>::from(field(1)); }
inline std::optional<std::string> ChatRequiredAction::type() const {
  return ::coze::detail::Read<std::string>::from(field(0));
}
inline std::optional<::coze::model::ChatSubmitToolOutputs> ChatRequiredAction::submit_tool_outputs() const {
  return ::coze::detail::Read<::coze::model::ChatSubmitToolOutputs>::from(field(1));
}
inline std::optional<std::vector<::coze::model::ChatToolCall>> ChatSubmitToolOutputs::tool_calls() const {
  return ::coze::detail::Read<std::vector<::coze::model::ChatToolCall>>::from(field(0));
}
inline std::optional<std::string> ChatToolCall::id() const { return ::coze::detail::Read<std::string>::from(field(0)); }
inline std::optional<std::string> ChatToolCall::type() const {
  return ::coze::detail::Read<std::string>::from(field(1));
}
inline std::optional<::coze::model::ChatToolCallFunction> ChatToolCall::function() const {
  return ::coze::detail::Read<::coze::model::ChatToolCallFunction>::from(field(2));
}
inline std::optional<std::string> ChatToolCallFunction::name() const {
  return ::coze::detail::Read<std::string>::from(field(0));
}
inline std::optional<std::string> ChatToolCallFunction::arguments() const {
  return ::coze::detail::Read<std::string>::from(field(1));
}
inline std::optional<std::string> ClientHealth::state() const {
  return ::coze::detail::Read<std::string>::from(field(0));
}
inline std::optional<bool> ClientHealth::breaker() const { return ::coze::detail::Read<bool>::from(field(1)); }
inline std::optional<double> ClientHealth::error_rate() const { return ::coze::detail::Read<double>::from(field(2)); }
inline std::optional<bool> ClientHealth::rated() const { return ::coze::detail::Read<bool>::from(field(3)); }
inline std::optional<int64_t> ClientHealth::attempts() const { return ::coze::detail::Read<int64_t>::from(field(4)); }
inline std::optional<int64_t> ClientHealth::failures() const { return ::coze::detail::Read<int64_t>::from(field(5)); }
inline std::optional<int64_t> ClientHealth::current_attempts() const {
  return ::coze::detail::Read<int64_t>::from(field(6));
}
inline std::optional<int64_t> ClientHealth::current_failures() const {
  return ::coze::detail::Read<int64_t>::from(field(7));
}
inline std::optional<int64_t> ClientHealth::total_attempts() const {
  return ::coze::detail::Read<int64_t>::from(field(8));
}
inline std::optional<int64_t> ClientHealth::total_failures() const {
  return ::coze::detail::Read<int64_t>::from(field(9));
}
inline std::optional<int64_t> ClientHealth::open_ms_left() const {
  return ::coze::detail::Read<int64_t>::from(field(10));
}
inline std::optional<int64_t> ClientHealth::opened() const { return ::coze::detail::Read<int64_t>::from(field(11)); }
inline std::optional<int64_t> ClientHealth::rejected() const { return ::coze::detail::Read<int64_t>::from(field(12)); }
inline std::optional<int64_t> ClientHealth::retries_spent() const {
  return ::coze::detail::Read<int64_t>::from(field(13));
}
inline std::optional<double> ClientHealth::retry_budget_left() const {
  return ::coze::detail::Read<double>::from(field(14));
}
inline std::optional<std::string> CloneVoiceResult::voice_id() const {
  return ::coze::detail::Read<std::string>::from(field(0));
}
inline std::optional<std::string> Conversation::id() const { return ::coze::detail::Read<std::string>::from(field(0)); }
inline std::optional<std::string> Conversation::name() const {
  return ::coze::detail::Read<std::string>::from(field(1));
}
inline std::optional<int64_t> Conversation::created_at() const { return ::coze::detail::Read<int64_t>::from(field(2)); }
inline std::optional<int64_t> Conversation::updated_at() const { return ::coze::detail::Read<int64_t>::from(field(3)); }
inline std::optional<std::map<std::string, std::optional<std::string>>> Conversation::meta_data() const {
  return ::coze::detail::Read<std::map<std::string, std::optional<std::string>>>::from(field(4));
}
inline std::optional<std::string> Conversation::last_section_id() const {
  return ::coze::detail::Read<std::string>::from(field(5));
}
inline std::optional<std::string> Conversation::creator_id() const {
  return ::coze::detail::Read<std::string>::from(field(6));
}
inline std::optional<std::string> Conversation::connector_id() const {
  return ::coze::detail::Read<std::string>::from(field(7));
}
inline std::optional<std::string> CreateBotResult::bot_id() const {
  return ::coze::detail::Read<std::string>::from(field(0));
}
inline std::optional<std::string> CreateDatasetResult::dataset_id() const {
  return ::coze::detail::Read<std::string>::from(field(0));
}
inline std::optional<std::string> Dataset::dataset_id() const {
  return ::coze::detail::Read<std::string>::from(field(0));
}
inline std::optional<std::string> Dataset::name() const { return ::coze::detail::Read<std::string>::from(field(1)); }
inline std::optional<std::string> Dataset::description() const {
  return ::coze::detail::Read<std::string>::from(field(2));
}
inline std::optional<std::string> Dataset::space_id() const {
  return ::coze::detail::Read<std::string>::from(field(3));
}
inline std::optional<int64_t> Dataset::status() const { return ::coze::detail::Read<int64_t>::from(field(4)); }
inline std::optional<int64_t> Dataset::format_type() const { return ::coze::detail::Read<int64_t>::from(field(5)); }
inline std::optional<bool> Dataset::can_edit() const { return ::coze::detail::Read<bool>::from(field(6)); }
inline std::optional<std::string> Dataset::icon_uri() const {
  return ::coze::detail::Read<std::string>::from(field(7));
}
inline std::optional<std::string> Dataset::icon_url() const {
  return ::coze::detail::Read<std::string>::from(field(8));
}
inline std::optional<int64_t> Dataset::doc_count() const { return ::coze::detail::Read<int64_t>::from(field(9)); }
inline std::optional<std::vector<std::optional<std::string>>> Dataset::file_list() const {
  return ::coze::detail::Read<std::vector<std::optional<std::string>>>::from(field(10));
}
inline std::optional<int64_t> Dataset::hit_count() const { return ::coze::detail::Read<int64_t>::from(field(11)); }
inline std::optional<int64_t> Dataset::bot_used_count() const { return ::coze::detail::Read<int64_t>::from(field(12)); }
inline std::optional<int64_t> Dataset::slice_count() const { return ::coze::detail::Read<int64_t>::from(field(13)); }
inline std::optional<int64_t> Dataset::all_file_size() const { return ::coze::detail::Read<int64_t>::from(field(14)); }
inline std::optional<::coze::model::DocumentChunkStrategy> Dataset::chunk_strategy() const {
  return ::coze::detail::Read<::coze::model::DocumentChunkStrategy>::from(field(15));
}
inline std::optional<std::vector<std::optional<std::string>>> Dataset::failed_file_list() const {
  return ::coze::detail::Read<std::vector<std::optional<std::string>>>::from(field(16));
}
inline std::optional<std::vector<std::optional<std::string>>> Dataset::processing_file_list() const {
  return ::coze::detail::Read<std::vector<std::optional<std::string>>>::from(field(17));
}
inline std::optional<std::vector<std::optional<std::string>>> Dataset::processing_file_id_list() const {
  return ::coze::detail::Read<std::vector<std::optional<std::string>>>::from(field(18));
}
inline std::optional<std::string> Dataset::avatar_url() const {
  return ::coze::detail::Read<std::string>::from(field(19));
}
inline std::optional<std::string> Dataset::creator_id() const {
  return ::coze::detail::Read<std::string>::from(field(20));
}
inline std::optional<std::string> Dataset::creator_name() const {
  return ::coze::detail::Read<std::string>::from(field(21));
}
inline std::optional<int64_t> Dataset::create_time() const { return ::coze::detail::Read<int64_t>::from(field(22)); }
inline std::optional<int64_t> Dataset::update_time() const { return ::coze::detail::Read<int64_t>::from(field(23)); }
inline std::optional<std::string> DeviceCode::device_code() const {
  return ::coze::detail::Read<std::string>::from(field(0));
}
inline std::optional<std::string> DeviceCode::user_code() const {
  return ::coze::detail::Read<std::string>::from(field(1));
}
inline std::optional<std::string> DeviceCode::verification_uri() const {
  return ::coze::detail::Read<std::string>::from(field(2));
}
inline std::optional<std::string> DeviceCode::verification_url() const {
  return ::coze::detail::Read<std::string>::from(field(3));
}
inline std::optional<int64_t> DeviceCode::interval() const { return ::coze::detail::Read<int64_t>::from(field(4)); }
inline std::optional<int64_t> DeviceCode::expires_in() const { return ::coze::detail::Read<int64_t>::from(field(5)); }
inline std::optional<std::string> Document::document_id() const {
  return ::coze::detail::Read<std::string>::from(field(0));
}
inline std::optional<std::string> Document::name() const { return ::coze::detail::Read<std::string>::from(field(1)); }
inline std::optional<int64_t> Document::char_count() const { return ::coze::detail::Read<int64_t>::from(field(2)); }
inline std::optional<::coze::model::DocumentChunkStrategy> Document::chunk_strategy() const {
  return ::coze::detail::Read<::coze::model::DocumentChunkStrategy>::from(field(3));
}
inline std::optional<int64_t> Document::create_time() const { return ::coze::detail::Read<int64_t>::from(field(4)); }
inline std::optional<int64_t> Document::update_time() const { return ::coze::detail::Read<int64_t>::from(field(5)); }
inline std::optional<int64_t> Document::format_type() const { return ::coze::detail::Read<int64_t>::from(field(6)); }
inline std::optional<int64_t> Document::hit_count() const { return ::coze::detail::Read<int64_t>::from(field(7)); }
inline std::optional<int64_t> Document::size() const { return ::coze::detail::Read<int64_t>::from(field(8)); }
inline std::optional<int64_t> Document::slice_count() const { return ::coze::detail::Read<int64_t>::from(field(9)); }
inline std::optional<int64_t> Document::source_type() const { return ::coze::detail::Read<int64_t>::from(field(10)); }
inline std::optional<int64_t> Document::status() const { return ::coze::detail::Read<int64_t>::from(field(11)); }
inline std::optional<std::string> Document::type() const { return ::coze::detail::Read<std::string>::from(field(12)); }
inline std::optional<int64_t> Document::update_interval() const {
  return ::coze::detail::Read<int64_t>::from(field(13));
}
inline std::optional<int64_t> Document::update_type() const { return ::coze::detail::Read<int64_t>::from(field(14)); }
inline std::optional<std::string> Document::tos_uri() const {
  return ::coze::detail::Read<std::string>::from(field(15));
}
inline std::optional<std::string> DocumentBase::name() const {
  return ::coze::detail::Read<std::string>::from(field(0));
}
inline std::optional<::coze::model::DocumentSourceInfo> DocumentBase::source_info() const {
  return ::coze::detail::Read<::coze::model::DocumentSourceInfo>::from(field(1));
}
inline std::optional<::coze::model::DocumentUpdateRule> DocumentBase::update_rule() const {
  return ::coze::detail::Read<::coze::model::DocumentUpdateRule>::from(field(2));
}
inline std::optional<std::string> DocumentBase::caption() const {
  return ::coze::detail::Read<std::string>::from(field(3));
}
inline std::optional<int64_t> DocumentChunkStrategy::chunk_type() const {
  return ::coze::detail::Read<int64_t>::from(field(0));
}
inline std::optional<std::string> DocumentChunkStrategy::separator() const {
  return ::coze::detail::Read<std::string>::from(field(1));
}
inline std::optional<int64_t> DocumentChunkStrategy::max_tokens() const {
  return ::coze::detail::Read<int64_t>::from(field(2));
}
inline std::optional<bool> DocumentChunkStrategy::remove_extra_spaces() const {
  return ::coze::detail::Read<bool>::from(field(3));
}
inline std::optional<bool> DocumentChunkStrategy::remove_urls_emails() const {
  return ::coze::detail::Read<bool>::from(field(4));
}
inline std::optional<int64_t> DocumentChunkStrategy::caption_type() const {
  return ::coze::detail::Read<int64_t>::from(field(5));
}
inline std::optional<std::string> DocumentProgress::document_id() const {
  return ::coze::detail::Read<std::string>::from(field(0));
}
inline std::optional<std::string> DocumentProgress::url() const {
  return ::coze::detail::Read<std::string>::from(field(1));
}
inline std::optional<int64_t> DocumentProgress::size() const { return ::coze::detail::Read<int64_t>::from(field(2)); }
inline std::optional<std::string> DocumentProgress::type() const {
  return ::coze::detail::Read<std::string>::from(field(3));
}
inline std::optional<int64_t> DocumentProgress::status() const { return ::coze::detail::Read<int64_t>::from(field(4)); }
inline std::optional<int64_t> DocumentProgress::progress() const {
  return ::coze::detail::Read<int64_t>::from(field(5));
}
inline std::optional<int64_t> DocumentProgress::update_type() const {
  return ::coze::detail::Read<int64_t>::from(field(6));
}
inline std::optional<std::string> DocumentProgress::document_name() const {
  return ::coze::detail::Read<std::string>::from(field(7));
}
inline std::optional<int64_t> DocumentProgress::remaining_time() const {
  return ::coze::detail::Read<int64_t>::from(field(8));
}
inline std::optional<std::string> DocumentProgress::status_descript() const {
  return ::coze::detail::Read<std::string>::from(field(9));
}
inline std::optional<int64_t> DocumentProgress::update_interval() const {
  return ::coze::detail::Read<int64_t>::from(field(10));
}
inline std::optional<std::string> DocumentSourceInfo::file_base64() const {
  return ::coze::detail::Read<std::string>::from(field(0));
}
inline std::optional<std::string> DocumentSourceInfo::file_type() const {
  return ::coze::detail::Read<std::string>::from(field(1));
}
inline std::optional<std::string> DocumentSourceInfo::web_url() const {
  return ::coze::detail::Read<std::string>::from(field(2));
}
inline std::optional<int64_t> DocumentSourceInfo::document_source() const {
  return ::coze::detail::Read<int64_t>::from(field(3));
}
inline std::optional<std::string> DocumentSourceInfo::source_file_id() const {
  return ::coze::detail::Read<std::string>::from(field(4));
}
inline std::optional<int64_t> DocumentUpdateRule::update_type() const {
  return ::coze::detail::Read<int64_t>::from(field(0));
}
inline std::optional<int64_t> DocumentUpdateRule::update_interval() const {
  return ::coze::detail::Read<int64_t>::from(field(1));
}
inline std::optional<std::string> DoneEventData::debug_url() const {
  return ::coze::detail::Read<std::string>::from(field(0));
}
inline std::optional<std::string> DuplicateTemplateResult::entity_id() const {
  return ::coze::detail::Read<std::string>::from(field(0));
}
inline std::optional<std::string> DuplicateTemplateResult::entity_type() const {
  return ::coze::detail::Read<std::string>::from(field(1));
}
inline std::optional<std::string> EnterMessage::role() const {
  return ::coze::detail::Read<std::string>::from(field(0));
}
inline std::optional<std::string> EnterMessage::type() const {
  return ::coze::detail::Read<std::string>::from(field(1));
}
inline std::optional<std::string> EnterMessage::content() const {
  return ::coze::detail::Read<std::string>::from(field(2));
}
inline std::optional<std::string> EnterMessage::content_type() const {
  return ::coze::detail::Read<std::string>::from(field(3));
}
inline std::optional<std::map<std::string, std::optional<std::string>>> EnterMessage::meta_data() const {
  return ::coze::detail::Read<std::map<std::string, std::optional<std::string>>>::from(field(4));
}
inline std::optional<int64_t> ErrorEventData::code() const { return ::coze::detail::Read<int64_t>::from(field(0)); }
inline std::optional<std::string> ErrorEventData::msg() const {
  return ::coze::detail::Read<std::string>::from(field(1));
}
inline std::optional<std::string> File::id() const { return ::coze::detail::Read<std::string>::from(field(0)); }
inline std::optional<int64_t> File::bytes() const { return ::coze::detail::Read<int64_t>::from(field(1)); }
inline std::optional<int64_t> File::created_at() const { return ::coze::detail::Read<int64_t>::from(field(2)); }
inline std::optional<std::string> File::file_name() const { return ::coze::detail::Read<std::string>::from(field(3)); }
inline std::optional<double> GradientPosition::left() const { return ::coze::detail::Read<double>::from(field(0)); }
inline std::optional<double> GradientPosition::right() const { return ::coze::detail::Read<double>::from(field(1)); }
inline std::optional<std::string> InsertedMessage::id() const {
  return ::coze::detail::Read<std::string>::from(field(0));
}
inline std::optional<std::vector<::coze::model::SimpleBot>> ListBotsResult::items() const {
  return ::coze::detail::Read<std::vector<::coze::model::SimpleBot>>::from(field(0));
}
inline std::optional<int64_t> ListBotsResult::total() const { return ::coze::detail::Read<int64_t>::from(field(1)); }
inline std::optional<std::vector<::coze::model::Conversation>> ListConversationsResult::conversations() const {
  return ::coze::detail::Read<std::vector<::coze::model::Conversation>>::from(field(0));
}
inline std::optional<bool> ListConversationsResult::has_more() const {
  return ::coze::detail::Read<bool>::from(field(1));
}
inline std::optional<std::vector<::coze::model::Dataset>> ListDatasetsResult::dataset_list() const {
  return ::coze::detail::Read<std::vector<::coze::model::Dataset>>::from(field(0));
}
inline std::optional<int64_t> ListDatasetsResult::total_count() const {
  return ::coze::detail::Read<int64_t>::from(field(1));
}
inline std::optional<std::vector<::coze::model::Document>> ListDocumentsResult::document_infos() const {
  return ::coze::detail::Read<std::vector<::coze::model::Document>>::from(field(0));
}
inline std::optional<int64_t> ListDocumentsResult::total() const {
  return ::coze::detail::Read<int64_t>::from(field(1));
}
inline std::optional<std::vector<::coze::model::Message>> ListMessagesResult::data() const {
  return ::coze::detail::Read<std::vector<::coze::model::Message>>::from(field(0));
}
inline std::optional<std::string> ListMessagesResult::first_id() const {
  return ::coze::detail::Read<std::string>::from(field(1));
}
inline std::optional<std::string> ListMessagesResult::last_id() const {
  return ::coze::detail::Read<std::string>::from(field(2));
}
inline std::optional<bool> ListMessagesResult::has_more() const { return ::coze::detail::Read<bool>::from(field(3)); }
inline std::optional<std::vector<::coze::model::Photo>> ListPhotosResult::photo_infos() const {
  return ::coze::detail::Read<std::vector<::coze::model::Photo>>::from(field(0));
}
inline std::optional<int64_t> ListPhotosResult::total_count() const {
  return ::coze::detail::Read<int64_t>::from(field(1));
}
inline std::optional<std::vector<::coze::model::Voice>> ListVoicesResult::voice_list() const {
  return ::coze::detail::Read<std::vector<::coze::model::Voice>>::from(field(0));
}
inline std::optional<bool> ListVoicesResult::has_more() const { return ::coze::detail::Read<bool>::from(field(1)); }
inline std::optional<std::vector<::coze::model::WorkflowBasic>> ListWorkflowsResult::items() const {
  return ::coze::detail::Read<std::vector<::coze::model::WorkflowBasic>>::from(field(0));
}
inline std::optional<bool> ListWorkflowsResult::has_more() const { return ::coze::detail::Read<bool>::from(field(1)); }
inline std::optional<std::vector<::coze::model::Workspace>> ListWorkspacesResult::workspaces() const {
  return ::coze::detail::Read<std::vector<::coze::model::Workspace>>::from(field(0));
}
inline std::optional<int64_t> ListWorkspacesResult::total_count() const {
  return ::coze::detail::Read<int64_t>::from(field(1));
}
inline std::optional<std::string> Message::id() const { return ::coze::detail::Read<std::string>::from(field(0)); }
inline std::optional<std::string> Message::conversation_id() const {
  return ::coze::detail::Read<std::string>::from(field(1));
}
inline std::optional<std::string> Message::bot_id() const { return ::coze::detail::Read<std::string>::from(field(2)); }
inline std::optional<std::string> Message::chat_id() const { return ::coze::detail::Read<std::string>::from(field(3)); }
inline std::optional<std::string> Message::section_id() const {
  return ::coze::detail::Read<std::string>::from(field(4));
}
inline std::optional<std::string> Message::role() const { return ::coze::detail::Read<std::string>::from(field(5)); }
inline std::optional<std::string> Message::type() const { return ::coze::detail::Read<std::string>::from(field(6)); }
inline std::optional<std::string> Message::content() const { return ::coze::detail::Read<std::string>::from(field(7)); }
inline std::optional<std::string> Message::content_type() const {
  return ::coze::detail::Read<std::string>::from(field(8));
}
inline std::optional<std::string> Message::reasoning_content() const {
  return ::coze::detail::Read<std::string>::from(field(9));
}
inline std::optional<std::map<std::string, std::optional<std::string>>> Message::meta_data() const {
  return ::coze::detail::Read<std::map<std::string, std::optional<std::string>>>::from(field(10));
}
inline std::optional<int64_t> Message::created_at() const { return ::coze::detail::Read<int64_t>::from(field(11)); }
inline std::optional<int64_t> Message::updated_at() const { return ::coze::detail::Read<int64_t>::from(field(12)); }
inline std::optional<std::string> OAuthToken::access_token() const {
  return ::coze::detail::Read<std::string>::from(field(0));
}
inline std::optional<std::string> OAuthToken::token_type() const {
  return ::coze::detail::Read<std::string>::from(field(1));
}
inline std::optional<int64_t> OAuthToken::expires_in() const { return ::coze::detail::Read<int64_t>::from(field(2)); }
inline std::optional<std::string> OAuthToken::refresh_token() const {
  return ::coze::detail::Read<std::string>::from(field(3));
}
inline std::optional<std::string> Photo::document_id() const {
  return ::coze::detail::Read<std::string>::from(field(0));
}
inline std::optional<std::string> Photo::url() const { return ::coze::detail::Read<std::string>::from(field(1)); }
inline std::optional<std::string> Photo::name() const { return ::coze::detail::Read<std::string>::from(field(2)); }
inline std::optional<int64_t> Photo::size() const { return ::coze::detail::Read<int64_t>::from(field(3)); }
inline std::optional<std::string> Photo::type() const { return ::coze::detail::Read<std::string>::from(field(4)); }
inline std::optional<int64_t> Photo::status() const { return ::coze::detail::Read<int64_t>::from(field(5)); }
inline std::optional<std::string> Photo::caption() const { return ::coze::detail::Read<std::string>::from(field(6)); }
inline std::optional<std::string> Photo::creator_id() const {
  return ::coze::detail::Read<std::string>::from(field(7));
}
inline std::optional<int64_t> Photo::source_type() const { return ::coze::detail::Read<int64_t>::from(field(8)); }
inline std::optional<int64_t> Photo::create_time() const { return ::coze::detail::Read<int64_t>::from(field(9)); }
inline std::optional<int64_t> Photo::update_time() const { return ::coze::detail::Read<int64_t>::from(field(10)); }
inline std::optional<std::vector<::coze::model::DocumentProgress>> ProcessDatasetResult::data() const {
  return ::coze::detail::Read<std::vector<::coze::model::DocumentProgress>>::from(field(0));
}
inline std::optional<std::string> PublishBotResult::bot_id() const {
  return ::coze::detail::Read<std::string>::from(field(0));
}
inline std::optional<std::string> PublishBotResult::version() const {
  return ::coze::detail::Read<std::string>::from(field(1));
}
inline std::optional<std::string> ResponseDetail::logid() const {
  return ::coze::detail::Read<std::string>::from(field(0));
}
inline std::optional<std::vector<::coze::model::VariableValue>> RetrieveVariablesResult::items() const {
  return ::coze::detail::Read<std::vector<::coze::model::VariableValue>>::from(field(0));
}
inline std::optional<std::string> Room::room_id() const { return ::coze::detail::Read<std::string>::from(field(0)); }
inline std::optional<std::string> Room::app_id() const { return ::coze::detail::Read<std::string>::from(field(1)); }
inline std::optional<std::string> Room::token() const { return ::coze::detail::Read<std::string>::from(field(2)); }
inline std::optional<std::string> Room::uid() const { return ::coze::detail::Read<std::string>::from(field(3)); }
inline std::optional<std::string> RoomAudioConfig::codec() const {
  return ::coze::detail::Read<std::string>::from(field(0));
}
inline std::optional<::coze::model::RoomAudioConfig> RoomConfig::audio_config() const {
  return ::coze::detail::Read<::coze::model::RoomAudioConfig>::from(field(0));
}
inline std::optional<::coze::model::RoomVideoConfig> RoomConfig::video_config() const {
  return ::coze::detail::Read<::coze::model::RoomVideoConfig>::from(field(1));
}
inline std::optional<std::string> RoomConfig::prologue_content() const {
  return ::coze::detail::Read<std::string>::from(field(2));
}
inline std::optional<int64_t> RoomConfig::prologue_delay_duration_ms() const {
  return ::coze::detail::Read<int64_t>::from(field(3));
}
inline std::optional<std::string> RoomConfig::room_mode() const {
  return ::coze::detail::Read<std::string>::from(field(4));
}
inline std::optional<::coze::model::RoomTranslateConfig> RoomConfig::translate_config() const {
  return ::coze::detail::Read<::coze::model::RoomTranslateConfig>::from(field(5));
}
inline std::optional<std::string> RoomTranslateConfig::from() const {
  return ::coze::detail::Read<std::string>::from(field(0));
}
inline std::optional<std::string> RoomTranslateConfig::to() const {
  return ::coze::detail::Read<std::string>::from(field(1));
}
inline std::optional<std::string> RoomVideoConfig::codec() const {
  return ::coze::detail::Read<std::string>::from(field(0));
}
inline std::optional<std::string> RoomVideoConfig::stream_video_type() const {
  return ::coze::detail::Read<std::string>::from(field(1));
}
inline std::optional<int64_t> RoomVideoConfig::video_frame_rate() const {
  return ::coze::detail::Read<int64_t>::from(field(2));
}
inline std::optional<int64_t> RoomVideoConfig::video_frame_expire_duration() const {
  return ::coze::detail::Read<int64_t>::from(field(3));
}
inline std::optional<std::string> Section::id() const { return ::coze::detail::Read<std::string>::from(field(0)); }
inline std::optional<std::string> Section::conversation_id() const {
  return ::coze::detail::Read<std::string>::from(field(1));
}
inline std::optional<std::string> ShortcutCommand::command_id() const {
  return ::coze::detail::Read<std::string>::from(field(0));
}
inline std::optional<std::map<std::string, std::optional<std::string>>> ShortcutCommand::parameters() const {
  return ::coze::detail::Read<std::map<std::string, std::optional<std::string>>>::from(field(1));
}
inline std::optional<std::string> SimpleBot::id() const { return ::coze::detail::Read<std::string>::from(field(0)); }
inline std::optional<std::string> SimpleBot::name() const { return ::coze::detail::Read<std::string>::from(field(1)); }
inline std::optional<std::string> SimpleBot::description() const {
  return ::coze::detail::Read<std::string>::from(field(2));
}
inline std::optional<std::string> SimpleBot::icon_url() const {
  return ::coze::detail::Read<std::string>::from(field(3));
}
inline std::optional<bool> SimpleBot::is_published() const { return ::coze::detail::Read<bool>::from(field(4)); }
inline std::optional<int64_t> SimpleBot::updated_at() const { return ::coze::detail::Read<int64_t>::from(field(5)); }
inline std::optional<int64_t> SimpleBot::published_at() const { return ::coze::detail::Read<int64_t>::from(field(6)); }
inline std::optional<std::string> SimpleBot::owner_user_id() const {
  return ::coze::detail::Read<std::string>::from(field(7));
}
inline std::optional<std::string> SimpleBot::folder_id() const {
  return ::coze::detail::Read<std::string>::from(field(8));
}
inline std::optional<std::string> ToolOutput::tool_call_id() const {
  return ::coze::detail::Read<std::string>::from(field(0));
}
inline std::optional<std::string> ToolOutput::output() const {
  return ::coze::detail::Read<std::string>::from(field(1));
}
inline std::optional<std::string> Transcription::text() const {
  return ::coze::detail::Read<std::string>::from(field(0));
}
inline std::optional<int64_t> Usage::token_count() const { return ::coze::detail::Read<int64_t>::from(field(0)); }
inline std::optional<int64_t> Usage::output_count() const { return ::coze::detail::Read<int64_t>::from(field(1)); }
inline std::optional<int64_t> Usage::input_count() const { return ::coze::detail::Read<int64_t>::from(field(2)); }
inline std::optional<std::string> User::user_id() const { return ::coze::detail::Read<std::string>::from(field(0)); }
inline std::optional<std::string> User::user_name() const { return ::coze::detail::Read<std::string>::from(field(1)); }
inline std::optional<std::string> User::nick_name() const { return ::coze::detail::Read<std::string>::from(field(2)); }
inline std::optional<std::string> User::avatar_url() const { return ::coze::detail::Read<std::string>::from(field(3)); }
inline std::optional<std::string> VariableValue::keyword() const {
  return ::coze::detail::Read<std::string>::from(field(0));
}
inline std::optional<std::string> VariableValue::value() const {
  return ::coze::detail::Read<std::string>::from(field(1));
}
inline std::optional<int64_t> VariableValue::create_time() const {
  return ::coze::detail::Read<int64_t>::from(field(2));
}
inline std::optional<int64_t> VariableValue::update_time() const {
  return ::coze::detail::Read<int64_t>::from(field(3));
}
inline std::optional<std::string> Voice::voice_id() const { return ::coze::detail::Read<std::string>::from(field(0)); }
inline std::optional<std::string> Voice::name() const { return ::coze::detail::Read<std::string>::from(field(1)); }
inline std::optional<bool> Voice::is_system_voice() const { return ::coze::detail::Read<bool>::from(field(2)); }
inline std::optional<std::string> Voice::language_code() const {
  return ::coze::detail::Read<std::string>::from(field(3));
}
inline std::optional<std::string> Voice::language_name() const {
  return ::coze::detail::Read<std::string>::from(field(4));
}
inline std::optional<std::string> Voice::preview_text() const {
  return ::coze::detail::Read<std::string>::from(field(5));
}
inline std::optional<std::string> Voice::preview_audio() const {
  return ::coze::detail::Read<std::string>::from(field(6));
}
inline std::optional<int64_t> Voice::available_training_times() const {
  return ::coze::detail::Read<int64_t>::from(field(7));
}
inline std::optional<int64_t> Voice::create_time() const { return ::coze::detail::Read<int64_t>::from(field(8)); }
inline std::optional<int64_t> Voice::update_time() const { return ::coze::detail::Read<int64_t>::from(field(9)); }
inline std::optional<std::string> Voice::model_type() const {
  return ::coze::detail::Read<std::string>::from(field(10));
}
inline std::optional<std::string> Voice::state() const { return ::coze::detail::Read<std::string>::from(field(11)); }
inline std::optional<std::vector<::coze::model::VoiceEmotion>> Voice::support_emotions() const {
  return ::coze::detail::Read<std::vector<::coze::model::VoiceEmotion>>::from(field(12));
}
inline std::optional<std::string> VoiceEmotion::emotion() const {
  return ::coze::detail::Read<std::string>::from(field(0));
}
inline std::optional<std::string> VoiceEmotion::display_name() const {
  return ::coze::detail::Read<std::string>::from(field(1));
}
inline std::optional<::coze::model::VoiceEmotionScale> VoiceEmotion::emotion_scale_interval() const {
  return ::coze::detail::Read<::coze::model::VoiceEmotionScale>::from(field(2));
}
inline std::optional<double> VoiceEmotionScale::min() const { return ::coze::detail::Read<double>::from(field(0)); }
inline std::optional<double> VoiceEmotionScale::max() const { return ::coze::detail::Read<double>::from(field(1)); }
inline std::optional<double> VoiceEmotionScale::default_() const {
  return ::coze::detail::Read<double>::from(field(2));
}
inline std::optional<std::string> WorkflowBasic::workflow_id() const {
  return ::coze::detail::Read<std::string>::from(field(0));
}
inline std::optional<std::string> WorkflowBasic::workflow_name() const {
  return ::coze::detail::Read<std::string>::from(field(1));
}
inline std::optional<std::string> WorkflowBasic::description() const {
  return ::coze::detail::Read<std::string>::from(field(2));
}
inline std::optional<std::string> WorkflowBasic::icon_url() const {
  return ::coze::detail::Read<std::string>::from(field(3));
}
inline std::optional<std::string> WorkflowBasic::app_id() const {
  return ::coze::detail::Read<std::string>::from(field(4));
}
inline std::optional<int64_t> WorkflowBasic::created_at() const {
  return ::coze::detail::Read<int64_t>::from(field(5));
}
inline std::optional<int64_t> WorkflowBasic::updated_at() const {
  return ::coze::detail::Read<int64_t>::from(field(6));
}
inline std::optional<::coze::model::WorkflowUser> WorkflowBasic::creator() const {
  return ::coze::detail::Read<::coze::model::WorkflowUser>::from(field(7));
}
inline std::optional<int64_t> WorkflowErrorEvent::error_code() const {
  return ::coze::detail::Read<int64_t>::from(field(0));
}
inline std::optional<std::string> WorkflowErrorEvent::error_message() const {
  return ::coze::detail::Read<std::string>::from(field(1));
}
inline std::optional<::coze::model::WorkflowBasic> WorkflowInfo::workflow_detail() const {
  return ::coze::detail::Read<::coze::model::WorkflowBasic>::from(field(0));
}
inline std::optional<::coze::model::WorkflowInput> WorkflowInfo::input() const {
  return ::coze::detail::Read<::coze::model::WorkflowInput>::from(field(1));
}
inline std::optional<::coze::model::WorkflowOutput> WorkflowInfo::output() const {
  return ::coze::detail::Read<::coze::model::WorkflowOutput>::from(field(2));
}
inline std::optional<std::map<std::string, ::coze::model::WorkflowParameter>> WorkflowInput::parameters() const {
  return ::coze::detail::Read<std::map<std::string, ::coze::model::WorkflowParameter>>::from(field(0));
}
inline std::optional<std::string> WorkflowInterruptData::event_id() const {
  return ::coze::detail::Read<std::string>::from(field(0));
}
inline std::optional<int64_t> WorkflowInterruptData::type() const {
  return ::coze::detail::Read<int64_t>::from(field(1));
}
inline std::optional<std::string> WorkflowInterruptData::data() const {
  return ::coze::detail::Read<std::string>::from(field(2));
}
inline std::optional<std::map<std::string, ::coze::AnyView>> WorkflowInterruptData::required_parameters() const {
  return ::coze::detail::Read<std::map<std::string, ::coze::AnyView>>::from(field(3));
}
inline std::optional<::coze::model::WorkflowInterruptData> WorkflowInterruptEvent::interrupt_data() const {
  return ::coze::detail::Read<::coze::model::WorkflowInterruptData>::from(field(0));
}
inline std::optional<std::string> WorkflowInterruptEvent::node_title() const {
  return ::coze::detail::Read<std::string>::from(field(1));
}
inline std::optional<std::string> WorkflowMessageEvent::content() const {
  return ::coze::detail::Read<std::string>::from(field(0));
}
inline std::optional<std::string> WorkflowMessageEvent::content_type() const {
  return ::coze::detail::Read<std::string>::from(field(1));
}
inline std::optional<std::string> WorkflowMessageEvent::node_title() const {
  return ::coze::detail::Read<std::string>::from(field(2));
}
inline std::optional<std::string> WorkflowMessageEvent::node_seq_id() const {
  return ::coze::detail::Read<std::string>::from(field(3));
}
inline std::optional<bool> WorkflowMessageEvent::node_is_finish() const {
  return ::coze::detail::Read<bool>::from(field(4));
}
inline std::optional<std::map<std::string, std::optional<std::string>>> WorkflowMessageEvent::ext() const {
  return ::coze::detail::Read<std::map<std::string, std::optional<std::string>>>::from(field(5));
}
inline std::optional<::coze::model::Usage> WorkflowMessageEvent::usage() const {
  return ::coze::detail::Read<::coze::model::Usage>::from(field(6));
}
inline std::optional<std::string> WorkflowMessageEvent::cost() const {
  return ::coze::detail::Read<std::string>::from(field(7));
}
inline std::optional<int64_t> WorkflowMessageEvent::token() const {
  return ::coze::detail::Read<int64_t>::from(field(8));
}
inline std::optional<std::string> WorkflowMessageEvent::node_id() const {
  return ::coze::detail::Read<std::string>::from(field(9));
}
inline std::optional<std::string> WorkflowMessageEvent::node_execute_uuid() const {
  return ::coze::detail::Read<std::string>::from(field(10));
}
inline std::optional<bool> WorkflowNodeExecuteHistory::is_finish() const {
  return ::coze::detail::Read<bool>::from(field(0));
}
inline std::optional<std::string> WorkflowNodeExecuteHistory::node_output() const {
  return ::coze::detail::Read<std::string>::from(field(1));
}
inline std::optional<std::string> WorkflowNodeExecuteStatus::node_id() const {
  return ::coze::detail::Read<std::string>::from(field(0));
}
inline std::optional<bool> WorkflowNodeExecuteStatus::is_finish() const {
  return ::coze::detail::Read<bool>::from(field(1));
}
inline std::optional<int64_t> WorkflowNodeExecuteStatus::loop_index() const {
  return ::coze::detail::Read<int64_t>::from(field(2));
}
inline std::optional<int64_t> WorkflowNodeExecuteStatus::batch_index() const {
  return ::coze::detail::Read<int64_t>::from(field(3));
}
inline std::optional<int64_t> WorkflowNodeExecuteStatus::update_time() const {
  return ::coze::detail::Read<int64_t>::from(field(4));
}
inline std::optional<std::string> WorkflowNodeExecuteStatus::sub_execute_id() const {
  return ::coze::detail::Read<std::string>::from(field(5));
}
inline std::optional<std::string> WorkflowNodeExecuteStatus::node_execute_uuid() const {
  return ::coze::detail::Read<std::string>::from(field(6));
}
inline std::optional<std::string> WorkflowOutput::content() const {
  return ::coze::detail::Read<std::string>::from(field(0));
}
inline std::optional<std::map<std::string, ::coze::model::WorkflowParameter>> WorkflowOutput::parameters() const {
  return ::coze::detail::Read<std::map<std::string, ::coze::model::WorkflowParameter>>::from(field(1));
}
inline std::optional<std::string> WorkflowOutput::terminate_plan() const {
  return ::coze::detail::Read<std::string>::from(field(2));
}
inline std::optional<std::string> WorkflowParameter::type() const {
  return ::coze::detail::Read<std::string>::from(field(0));
}
inline std::optional<bool> WorkflowParameter::required() const { return ::coze::detail::Read<bool>::from(field(1)); }
inline std::optional<std::string> WorkflowParameter::description() const {
  return ::coze::detail::Read<std::string>::from(field(2));
}
inline std::optional<std::string> WorkflowParameter::default_value() const {
  return ::coze::detail::Read<std::string>::from(field(3));
}
inline std::optional<::coze::AnyView> WorkflowParameter::items() const {
  return ::coze::detail::Read<::coze::AnyView>::from(field(4));
}
inline std::optional<std::map<std::string, ::coze::AnyView>> WorkflowParameter::properties() const {
  return ::coze::detail::Read<std::map<std::string, ::coze::AnyView>>::from(field(5));
}
inline std::optional<std::string> WorkflowRunHistory::execute_id() const {
  return ::coze::detail::Read<std::string>::from(field(0));
}
inline std::optional<std::string> WorkflowRunHistory::execute_status() const {
  return ::coze::detail::Read<std::string>::from(field(1));
}
inline std::optional<std::string> WorkflowRunHistory::bot_id() const {
  return ::coze::detail::Read<std::string>::from(field(2));
}
inline std::optional<std::string> WorkflowRunHistory::connector_id() const {
  return ::coze::detail::Read<std::string>::from(field(3));
}
inline std::optional<std::string> WorkflowRunHistory::connector_uid() const {
  return ::coze::detail::Read<std::string>::from(field(4));
}
inline std::optional<int64_t> WorkflowRunHistory::run_mode() const {
  return ::coze::detail::Read<int64_t>::from(field(5));
}
inline std::optional<std::string> WorkflowRunHistory::logid() const {
  return ::coze::detail::Read<std::string>::from(field(6));
}
inline std::optional<int64_t> WorkflowRunHistory::create_time() const {
  return ::coze::detail::Read<int64_t>::from(field(7));
}
inline std::optional<int64_t> WorkflowRunHistory::update_time() const {
  return ::coze::detail::Read<int64_t>::from(field(8));
}
inline std::optional<std::string> WorkflowRunHistory::output() const {
  return ::coze::detail::Read<std::string>::from(field(9));
}
inline std::optional<std::string> WorkflowRunHistory::error_code() const {
  return ::coze::detail::Read<std::string>::from(field(10));
}
inline std::optional<std::string> WorkflowRunHistory::error_message() const {
  return ::coze::detail::Read<std::string>::from(field(11));
}
inline std::optional<std::string> WorkflowRunHistory::debug_url() const {
  return ::coze::detail::Read<std::string>::from(field(12));
}
inline std::optional<::coze::model::Usage> WorkflowRunHistory::usage() const {
  return ::coze::detail::Read<::coze::model::Usage>::from(field(13));
}
inline std::optional<bool> WorkflowRunHistory::is_output_trimmed() const {
  return ::coze::detail::Read<bool>::from(field(14));
}
inline std::optional<std::map<std::string, ::coze::model::WorkflowNodeExecuteStatus>>
WorkflowRunHistory::node_execute_status() const {
  return ::coze::detail::Read<std::map<std::string, ::coze::model::WorkflowNodeExecuteStatus>>::from(field(15));
}
inline std::optional<::coze::model::WorkflowInterruptData> WorkflowRunHistory::interrupt_data() const {
  return ::coze::detail::Read<::coze::model::WorkflowInterruptData>::from(field(16));
}
inline std::optional<::coze::AnyView> WorkflowRunResult::data() const {
  return ::coze::detail::Read<::coze::AnyView>::from(field(0));
}
inline std::optional<std::string> WorkflowRunResult::execute_id() const {
  return ::coze::detail::Read<std::string>::from(field(1));
}
inline std::optional<std::string> WorkflowRunResult::debug_url() const {
  return ::coze::detail::Read<std::string>::from(field(2));
}
inline std::optional<::coze::model::Usage> WorkflowRunResult::usage() const {
  return ::coze::detail::Read<::coze::model::Usage>::from(field(3));
}
inline std::optional<::coze::model::WorkflowInterruptData> WorkflowRunResult::interrupt_data() const {
  return ::coze::detail::Read<::coze::model::WorkflowInterruptData>::from(field(4));
}
inline std::optional<std::string> WorkflowRunResult::cost() const {
  return ::coze::detail::Read<std::string>::from(field(5));
}
inline std::optional<int64_t> WorkflowRunResult::token() const { return ::coze::detail::Read<int64_t>::from(field(6)); }
inline std::optional<std::string> WorkflowUser::id() const { return ::coze::detail::Read<std::string>::from(field(0)); }
inline std::optional<std::string> WorkflowUser::name() const {
  return ::coze::detail::Read<std::string>::from(field(1));
}
inline std::optional<std::string> Workspace::id() const { return ::coze::detail::Read<std::string>::from(field(0)); }
inline std::optional<std::string> Workspace::name() const { return ::coze::detail::Read<std::string>::from(field(1)); }
inline std::optional<std::string> Workspace::icon_url() const {
  return ::coze::detail::Read<std::string>::from(field(2));
}
inline std::optional<std::string> Workspace::description() const {
  return ::coze::detail::Read<std::string>::from(field(3));
}
inline std::optional<std::string> Workspace::role_type() const {
  return ::coze::detail::Read<std::string>::from(field(4));
}
inline std::optional<std::string> Workspace::workspace_type() const {
  return ::coze::detail::Read<std::string>::from(field(5));
}
inline std::optional<std::string> Workspace::enterprise_id() const {
  return ::coze::detail::Read<std::string>::from(field(6));
}
inline std::optional<std::string> Workspace::owner_uid() const {
  return ::coze::detail::Read<std::string>::from(field(7));
}
inline std::optional<std::vector<std::optional<std::string>>> Workspace::admin_uids() const {
  return ::coze::detail::Read<std::vector<std::optional<std::string>>>::from(field(8));
}
inline std::optional<std::string> Workspace::joined_status() const {
  return ::coze::detail::Read<std::string>::from(field(9));
}

// Calls f(M()) with a null view of the model class named `name` (an IR model name) and returns true; false
// when there is no such model. Lets generic code (a CLI, a test runner) reach a model's class by name, e.g.
// to call M::parse.
template <typename F>
bool visit_model(std::string_view name, F&& f) {
  if (name == "BackgroundImageInfo") return f(BackgroundImageInfo()), true;
  if (name == "Bot") return f(Bot()), true;
  if (name == "BotBackgroundImageInfo") return f(BotBackgroundImageInfo()), true;
  if (name == "BotKnowledge") return f(BotKnowledge()), true;
  if (name == "BotKnowledgeInfo") return f(BotKnowledgeInfo()), true;
  if (name == "BotModelInfo") return f(BotModelInfo()), true;
  if (name == "BotOnboardingInfo") return f(BotOnboardingInfo()), true;
  if (name == "BotPluginApiInfo") return f(BotPluginApiInfo()), true;
  if (name == "BotPluginIdInfo") return f(BotPluginIdInfo()), true;
  if (name == "BotPluginIdList") return f(BotPluginIdList()), true;
  if (name == "BotPluginInfo") return f(BotPluginInfo()), true;
  if (name == "BotPromptInfo") return f(BotPromptInfo()), true;
  if (name == "BotShortcutCommandComponent") return f(BotShortcutCommandComponent()), true;
  if (name == "BotShortcutCommandInfo") return f(BotShortcutCommandInfo()), true;
  if (name == "BotShortcutCommandTool") return f(BotShortcutCommandTool()), true;
  if (name == "BotSuggestReplyInfo") return f(BotSuggestReplyInfo()), true;
  if (name == "BotVariable") return f(BotVariable()), true;
  if (name == "BotVoiceInfo") return f(BotVoiceInfo()), true;
  if (name == "BotWorkflowIdInfo") return f(BotWorkflowIdInfo()), true;
  if (name == "BotWorkflowIdList") return f(BotWorkflowIdList()), true;
  if (name == "BotWorkflowInfo") return f(BotWorkflowInfo()), true;
  if (name == "CanvasPosition") return f(CanvasPosition()), true;
  if (name == "Chat") return f(Chat()), true;
  if (name == "ChatError") return f(ChatError()), true;
  if (name == "ChatRequiredAction") return f(ChatRequiredAction()), true;
  if (name == "ChatSubmitToolOutputs") return f(ChatSubmitToolOutputs()), true;
  if (name == "ChatToolCall") return f(ChatToolCall()), true;
  if (name == "ChatToolCallFunction") return f(ChatToolCallFunction()), true;
  if (name == "ClientHealth") return f(ClientHealth()), true;
  if (name == "CloneVoiceResult") return f(CloneVoiceResult()), true;
  if (name == "Conversation") return f(Conversation()), true;
  if (name == "CreateBotResult") return f(CreateBotResult()), true;
  if (name == "CreateDatasetResult") return f(CreateDatasetResult()), true;
  if (name == "Dataset") return f(Dataset()), true;
  if (name == "DeviceCode") return f(DeviceCode()), true;
  if (name == "Document") return f(Document()), true;
  if (name == "DocumentBase") return f(DocumentBase()), true;
  if (name == "DocumentChunkStrategy") return f(DocumentChunkStrategy()), true;
  if (name == "DocumentProgress") return f(DocumentProgress()), true;
  if (name == "DocumentSourceInfo") return f(DocumentSourceInfo()), true;
  if (name == "DocumentUpdateRule") return f(DocumentUpdateRule()), true;
  if (name == "DoneEventData") return f(DoneEventData()), true;
  if (name == "DuplicateTemplateResult") return f(DuplicateTemplateResult()), true;
  if (name == "EnterMessage") return f(EnterMessage()), true;
  if (name == "ErrorEventData") return f(ErrorEventData()), true;
  if (name == "File") return f(File()), true;
  if (name == "GradientPosition") return f(GradientPosition()), true;
  if (name == "InsertedMessage") return f(InsertedMessage()), true;
  if (name == "ListBotsResult") return f(ListBotsResult()), true;
  if (name == "ListConversationsResult") return f(ListConversationsResult()), true;
  if (name == "ListDatasetsResult") return f(ListDatasetsResult()), true;
  if (name == "ListDocumentsResult") return f(ListDocumentsResult()), true;
  if (name == "ListMessagesResult") return f(ListMessagesResult()), true;
  if (name == "ListPhotosResult") return f(ListPhotosResult()), true;
  if (name == "ListVoicesResult") return f(ListVoicesResult()), true;
  if (name == "ListWorkflowsResult") return f(ListWorkflowsResult()), true;
  if (name == "ListWorkspacesResult") return f(ListWorkspacesResult()), true;
  if (name == "Message") return f(Message()), true;
  if (name == "OAuthToken") return f(OAuthToken()), true;
  if (name == "Photo") return f(Photo()), true;
  if (name == "ProcessDatasetResult") return f(ProcessDatasetResult()), true;
  if (name == "PublishBotResult") return f(PublishBotResult()), true;
  if (name == "ResponseDetail") return f(ResponseDetail()), true;
  if (name == "RetrieveVariablesResult") return f(RetrieveVariablesResult()), true;
  if (name == "Room") return f(Room()), true;
  if (name == "RoomAudioConfig") return f(RoomAudioConfig()), true;
  if (name == "RoomConfig") return f(RoomConfig()), true;
  if (name == "RoomTranslateConfig") return f(RoomTranslateConfig()), true;
  if (name == "RoomVideoConfig") return f(RoomVideoConfig()), true;
  if (name == "Section") return f(Section()), true;
  if (name == "ShortcutCommand") return f(ShortcutCommand()), true;
  if (name == "SimpleBot") return f(SimpleBot()), true;
  if (name == "ToolOutput") return f(ToolOutput()), true;
  if (name == "Transcription") return f(Transcription()), true;
  if (name == "Usage") return f(Usage()), true;
  if (name == "User") return f(User()), true;
  if (name == "VariableValue") return f(VariableValue()), true;
  if (name == "Voice") return f(Voice()), true;
  if (name == "VoiceEmotion") return f(VoiceEmotion()), true;
  if (name == "VoiceEmotionScale") return f(VoiceEmotionScale()), true;
  if (name == "WorkflowBasic") return f(WorkflowBasic()), true;
  if (name == "WorkflowErrorEvent") return f(WorkflowErrorEvent()), true;
  if (name == "WorkflowInfo") return f(WorkflowInfo()), true;
  if (name == "WorkflowInput") return f(WorkflowInput()), true;
  if (name == "WorkflowInterruptData") return f(WorkflowInterruptData()), true;
  if (name == "WorkflowInterruptEvent") return f(WorkflowInterruptEvent()), true;
  if (name == "WorkflowMessageEvent") return f(WorkflowMessageEvent()), true;
  if (name == "WorkflowNodeExecuteHistory") return f(WorkflowNodeExecuteHistory()), true;
  if (name == "WorkflowNodeExecuteStatus") return f(WorkflowNodeExecuteStatus()), true;
  if (name == "WorkflowOutput") return f(WorkflowOutput()), true;
  if (name == "WorkflowParameter") return f(WorkflowParameter()), true;
  if (name == "WorkflowRunHistory") return f(WorkflowRunHistory()), true;
  if (name == "WorkflowRunResult") return f(WorkflowRunResult()), true;
  if (name == "WorkflowUser") return f(WorkflowUser()), true;
  if (name == "Workspace") return f(Workspace()), true;
  return false;
}

}  // namespace model

namespace input {

struct RoomAudioConfig;
struct RoomVideoConfig;
struct RoomTranslateConfig;
struct RoomConfig;
struct BotPromptInfo;
struct BotOnboardingInfo;
struct BotPluginIdInfo;
struct BotPluginIdList;
struct BotWorkflowIdInfo;
struct BotWorkflowIdList;
struct BotModelInfo;
struct BotSuggestReplyInfo;
struct BotKnowledgeInfo;
struct BotKnowledge;
struct EnterMessage;
struct ShortcutCommand;
struct ToolOutput;
struct DocumentSourceInfo;
struct DocumentUpdateRule;
struct DocumentBase;
struct DocumentChunkStrategy;
struct VariableValue;

// A RoomAudioConfig to send. Unset fields are left out; `extra` adds keys the description lacks.
struct RoomAudioConfig {
  std::optional<std::string> codec{};
  ::coze::Json extra{};  // a JSON object whose keys are sent as well

  ::coze::Json to_json() const;
};

// A RoomVideoConfig to send. Unset fields are left out; `extra` adds keys the description lacks.
struct RoomVideoConfig {
  std::optional<std::string> codec{};
  std::optional<std::string> stream_video_type{};
  std::optional<int64_t> video_frame_rate{};
  std::optional<int64_t> video_frame_expire_duration{};
  ::coze::Json extra{};  // a JSON object whose keys are sent as well

  ::coze::Json to_json() const;
};

// A RoomTranslateConfig to send. Unset fields are left out; `extra` adds keys the description lacks.
struct RoomTranslateConfig {
  std::optional<std::string> from{};
  std::optional<std::string> to{};
  ::coze::Json extra{};  // a JSON object whose keys are sent as well

  ::coze::Json to_json() const;
};

// A RoomConfig to send. Unset fields are left out; `extra` adds keys the description lacks.
struct RoomConfig {
  std::optional<::coze::input::RoomAudioConfig> audio_config{};
  std::optional<::coze::input::RoomVideoConfig> video_config{};
  // What the bot says first
  std::optional<std::string> prologue_content{};
  // Delay before the prologue
  std::optional<int64_t> prologue_delay_duration_ms{};
  std::optional<std::string> room_mode{};
  std::optional<::coze::input::RoomTranslateConfig> translate_config{};
  ::coze::Json extra{};  // a JSON object whose keys are sent as well

  ::coze::Json to_json() const;
};

// A BotPromptInfo to send. Unset fields are left out; `extra` adds keys the description lacks.
struct BotPromptInfo {
  std::optional<std::string> prompt{};
  ::coze::Json extra{};  // a JSON object whose keys are sent as well

  ::coze::Json to_json() const;
};

// A BotOnboardingInfo to send. Unset fields are left out; `extra` adds keys the description lacks.
struct BotOnboardingInfo {
  std::optional<std::string> prologue{};
  std::optional<std::vector<std::string>> suggested_questions{};
  ::coze::Json extra{};  // a JSON object whose keys are sent as well

  ::coze::Json to_json() const;
};

// A BotPluginIdInfo to send. Unset fields are left out; `extra` adds keys the description lacks.
struct BotPluginIdInfo {
  std::optional<std::string> plugin_id{};
  std::optional<std::string> api_id{};
  ::coze::Json extra{};  // a JSON object whose keys are sent as well

  ::coze::Json to_json() const;
};

// A BotPluginIdList to send. Unset fields are left out; `extra` adds keys the description lacks.
struct BotPluginIdList {
  std::optional<std::vector<::coze::input::BotPluginIdInfo>> id_list{};
  ::coze::Json extra{};  // a JSON object whose keys are sent as well

  ::coze::Json to_json() const;
};

// A BotWorkflowIdInfo to send. Unset fields are left out; `extra` adds keys the description lacks.
struct BotWorkflowIdInfo {
  std::optional<std::string> id{};
  ::coze::Json extra{};  // a JSON object whose keys are sent as well

  ::coze::Json to_json() const;
};

// A BotWorkflowIdList to send. Unset fields are left out; `extra` adds keys the description lacks.
struct BotWorkflowIdList {
  std::optional<std::vector<::coze::input::BotWorkflowIdInfo>> ids{};
  ::coze::Json extra{};  // a JSON object whose keys are sent as well

  ::coze::Json to_json() const;
};

// A BotModelInfo to send. Unset fields are left out; `extra` adds keys the description lacks.
struct BotModelInfo {
  std::optional<std::string> model_id{};
  std::optional<std::string> model_name{};
  std::optional<double> temperature{};
  std::optional<int64_t> top_k{};
  std::optional<double> top_p{};
  std::optional<int64_t> max_tokens{};
  // Rounds of context kept
  std::optional<int64_t> context_round{};
  std::optional<std::string> response_format{};
  std::optional<double> presence_penalty{};
  std::optional<double> frequency_penalty{};
  std::optional<std::string> cache_type{};
  // Protect the system prompt
  std::optional<bool> sp_anti_leak{};
  // Add the current time to the system prompt
  std::optional<bool> sp_current_time{};
  // Model-specific settings
  std::optional<std::map<std::string, std::string>> parameters{};
  ::coze::Json extra{};  // a JSON object whose keys are sent as well

  ::coze::Json to_json() const;
};

// A BotSuggestReplyInfo to send. Unset fields are left out; `extra` adds keys the description lacks.
struct BotSuggestReplyInfo {
  std::optional<std::string> reply_mode{};
  std::optional<std::string> customized_prompt{};
  ::coze::Json extra{};  // a JSON object whose keys are sent as well

  ::coze::Json to_json() const;
};

// A BotKnowledgeInfo to send. Unset fields are left out; `extra` adds keys the description lacks.
struct BotKnowledgeInfo {
  std::optional<std::string> id{};
  std::optional<std::string> name{};
  ::coze::Json extra{};  // a JSON object whose keys are sent as well

  ::coze::Json to_json() const;
};

// A BotKnowledge to send. Unset fields are left out; `extra` adds keys the description lacks.
struct BotKnowledge {
  std::optional<std::vector<::coze::input::BotKnowledgeInfo>> knowledge_infos{};
  std::optional<std::vector<std::string>> dataset_ids{};
  // Search on every turn
  std::optional<bool> auto_call{};
  // 0 semantic, 1 hybrid, 20 full text
  std::optional<int64_t> search_strategy{};
  ::coze::Json extra{};  // a JSON object whose keys are sent as well

  ::coze::Json to_json() const;
};

// A EnterMessage to send. Unset fields are left out; `extra` adds keys the description lacks.
struct EnterMessage {
  std::optional<std::string> role{};
  std::optional<std::string> type{};
  // Text, or the JSON text of object_string items
  std::optional<std::string> content{};
  std::optional<std::string> content_type{};
  // Custom key-value pairs
  std::optional<std::map<std::string, std::string>> meta_data{};
  ::coze::Json extra{};  // a JSON object whose keys are sent as well

  ::coze::Json to_json() const;
};

// A ShortcutCommand to send. Unset fields are left out; `extra` adds keys the description lacks.
struct ShortcutCommand {
  std::optional<std::string> command_id{};
  // Component values by component name
  std::optional<std::map<std::string, std::string>> parameters{};
  ::coze::Json extra{};  // a JSON object whose keys are sent as well

  ::coze::Json to_json() const;
};

// A ToolOutput to send. Unset fields are left out; `extra` adds keys the description lacks.
struct ToolOutput {
  // id of the tool call answered
  std::optional<std::string> tool_call_id{};
  std::optional<std::string> output{};
  ::coze::Json extra{};  // a JSON object whose keys are sent as well

  ::coze::Json to_json() const;
};

// A DocumentSourceInfo to send. Unset fields are left out; `extra` adds keys the description lacks.
struct DocumentSourceInfo {
  std::optional<std::string> file_base64{};
  // File extension
  std::optional<std::string> file_type{};
  std::optional<std::string> web_url{};
  // 0 local file, 1 web page, 5 uploaded file id
  std::optional<int64_t> document_source{};
  // A file from files.upload
  std::optional<std::string> source_file_id{};
  ::coze::Json extra{};  // a JSON object whose keys are sent as well

  ::coze::Json to_json() const;
};

// A DocumentUpdateRule to send. Unset fields are left out; `extra` adds keys the description lacks.
struct DocumentUpdateRule {
  // 0 no automatic update, 1 automatic update
  std::optional<int64_t> update_type{};
  // Hours between automatic updates
  std::optional<int64_t> update_interval{};
  ::coze::Json extra{};  // a JSON object whose keys are sent as well

  ::coze::Json to_json() const;
};

// A DocumentBase to send. Unset fields are left out; `extra` adds keys the description lacks.
struct DocumentBase {
  std::optional<std::string> name{};
  std::optional<::coze::input::DocumentSourceInfo> source_info{};
  std::optional<::coze::input::DocumentUpdateRule> update_rule{};
  // Caption of an image
  std::optional<std::string> caption{};
  ::coze::Json extra{};  // a JSON object whose keys are sent as well

  ::coze::Json to_json() const;
};

// A DocumentChunkStrategy to send. Unset fields are left out; `extra` adds keys the description lacks.
struct DocumentChunkStrategy {
  // 0 automatic, 1 custom
  std::optional<int64_t> chunk_type{};
  std::optional<std::string> separator{};
  std::optional<int64_t> max_tokens{};
  std::optional<bool> remove_extra_spaces{};
  std::optional<bool> remove_urls_emails{};
  // 0 automatic, 1 manual (image knowledge bases)
  std::optional<int64_t> caption_type{};
  ::coze::Json extra{};  // a JSON object whose keys are sent as well

  ::coze::Json to_json() const;
};

// A VariableValue to send. Unset fields are left out; `extra` adds keys the description lacks.
struct VariableValue {
  std::optional<std::string> keyword{};
  std::optional<std::string> value{};
  // Unix time in seconds; 0 for a default value
  std::optional<int64_t> create_time{};
  // Unix time in seconds
  std::optional<int64_t> update_time{};
  ::coze::Json extra{};  // a JSON object whose keys are sent as well

  ::coze::Json to_json() const;
};

inline ::coze::Json RoomAudioConfig::to_json() const {
  ::coze::Json out = ::coze::Json::object();
  if (codec) out.set("codec", ::coze::detail::to_json(*codec));
  for (const auto& kv : extra.members()) out.set(kv.first, kv.second);
  return out;
}
inline ::coze::Json RoomVideoConfig::to_json() const {
  ::coze::Json out = ::coze::Json::object();
  if (codec) out.set("codec", ::coze::detail::to_json(*codec));
  if (stream_video_type) out.set("stream_video_type", ::coze::detail::to_json(*stream_video_type));
  if (video_frame_rate) out.set("video_frame_rate", ::coze::detail::to_json(*video_frame_rate));
  if (video_frame_expire_duration)
    out.set("video_frame_expire_duration", ::coze::detail::to_json(*video_frame_expire_duration));
  for (const auto& kv : extra.members()) out.set(kv.first, kv.second);
  return out;
}
inline ::coze::Json RoomTranslateConfig::to_json() const {
  ::coze::Json out = ::coze::Json::object();
  if (from) out.set("from", ::coze::detail::to_json(*from));
  if (to) out.set("to", ::coze::detail::to_json(*to));
  for (const auto& kv : extra.members()) out.set(kv.first, kv.second);
  return out;
}
inline ::coze::Json RoomConfig::to_json() const {
  ::coze::Json out = ::coze::Json::object();
  if (audio_config) out.set("audio_config", ::coze::detail::to_json(*audio_config));
  if (video_config) out.set("video_config", ::coze::detail::to_json(*video_config));
  if (prologue_content) out.set("prologue_content", ::coze::detail::to_json(*prologue_content));
  if (prologue_delay_duration_ms)
    out.set("prologue_delay_duration_ms", ::coze::detail::to_json(*prologue_delay_duration_ms));
  if (room_mode) out.set("room_mode", ::coze::detail::to_json(*room_mode));
  if (translate_config) out.set("translate_config", ::coze::detail::to_json(*translate_config));
  for (const auto& kv : extra.members()) out.set(kv.first, kv.second);
  return out;
}
inline ::coze::Json BotPromptInfo::to_json() const {
  ::coze::Json out = ::coze::Json::object();
  if (prompt) out.set("prompt", ::coze::detail::to_json(*prompt));
  for (const auto& kv : extra.members()) out.set(kv.first, kv.second);
  return out;
}
inline ::coze::Json BotOnboardingInfo::to_json() const {
  ::coze::Json out = ::coze::Json::object();
  if (prologue) out.set("prologue", ::coze::detail::to_json(*prologue));
  if (suggested_questions) out.set("suggested_questions", ::coze::detail::to_json(*suggested_questions));
  for (const auto& kv : extra.members()) out.set(kv.first, kv.second);
  return out;
}
inline ::coze::Json BotPluginIdInfo::to_json() const {
  ::coze::Json out = ::coze::Json::object();
  if (plugin_id) out.set("plugin_id", ::coze::detail::to_json(*plugin_id));
  if (api_id) out.set("api_id", ::coze::detail::to_json(*api_id));
  for (const auto& kv : extra.members()) out.set(kv.first, kv.second);
  return out;
}
inline ::coze::Json BotPluginIdList::to_json() const {
  ::coze::Json out = ::coze::Json::object();
  if (id_list) out.set("id_list", ::coze::detail::to_json(*id_list));
  for (const auto& kv : extra.members()) out.set(kv.first, kv.second);
  return out;
}
inline ::coze::Json BotWorkflowIdInfo::to_json() const {
  ::coze::Json out = ::coze::Json::object();
  if (id) out.set("id", ::coze::detail::to_json(*id));
  for (const auto& kv : extra.members()) out.set(kv.first, kv.second);
  return out;
}
inline ::coze::Json BotWorkflowIdList::to_json() const {
  ::coze::Json out = ::coze::Json::object();
  if (ids) out.set("ids", ::coze::detail::to_json(*ids));
  for (const auto& kv : extra.members()) out.set(kv.first, kv.second);
  return out;
}
inline ::coze::Json BotModelInfo::to_json() const {
  ::coze::Json out = ::coze::Json::object();
  if (model_id) out.set("model_id", ::coze::detail::to_json(*model_id));
  if (model_name) out.set("model_name", ::coze::detail::to_json(*model_name));
  if (temperature) out.set("temperature", ::coze::detail::to_json(*temperature));
  if (top_k) out.set("top_k", ::coze::detail::to_json(*top_k));
  if (top_p) out.set("top_p", ::coze::detail::to_json(*top_p));
  if (max_tokens) out.set("max_tokens", ::coze::detail::to_json(*max_tokens));
  if (context_round) out.set("context_round", ::coze::detail::to_json(*context_round));
  if (response_format) out.set("response_format", ::coze::detail::to_json(*response_format));
  if (presence_penalty) out.set("presence_penalty", ::coze::detail::to_json(*presence_penalty));
  if (frequency_penalty) out.set("frequency_penalty", ::coze::detail::to_json(*frequency_penalty));
  if (cache_type) out.set("cache_type", ::coze::detail::to_json(*cache_type));
  if (sp_anti_leak) out.set("sp_anti_leak", ::coze::detail::to_json(*sp_anti_leak));
  if (sp_current_time) out.set("sp_current_time", ::coze::detail::to_json(*sp_current_time));
  if (parameters) out.set("parameters", ::coze::detail::to_json(*parameters));
  for (const auto& kv : extra.members()) out.set(kv.first, kv.second);
  return out;
}
inline ::coze::Json BotSuggestReplyInfo::to_json() const {
  ::coze::Json out = ::coze::Json::object();
  if (reply_mode) out.set("reply_mode", ::coze::detail::to_json(*reply_mode));
  if (customized_prompt) out.set("customized_prompt", ::coze::detail::to_json(*customized_prompt));
  for (const auto& kv : extra.members()) out.set(kv.first, kv.second);
  return out;
}
inline ::coze::Json BotKnowledgeInfo::to_json() const {
  ::coze::Json out = ::coze::Json::object();
  if (id) out.set("id", ::coze::detail::to_json(*id));
  if (name) out.set("name", ::coze::detail::to_json(*name));
  for (const auto& kv : extra.members()) out.set(kv.first, kv.second);
  return out;
}
inline ::coze::Json BotKnowledge::to_json() const {
  ::coze::Json out = ::coze::Json::object();
  if (knowledge_infos) out.set("knowledge_infos", ::coze::detail::to_json(*knowledge_infos));
  if (dataset_ids) out.set("dataset_ids", ::coze::detail::to_json(*dataset_ids));
  if (auto_call) out.set("auto_call", ::coze::detail::to_json(*auto_call));
  if (search_strategy) out.set("search_strategy", ::coze::detail::to_json(*search_strategy));
  for (const auto& kv : extra.members()) out.set(kv.first, kv.second);
  return out;
}
inline ::coze::Json EnterMessage::to_json() const {
  ::coze::Json out = ::coze::Json::object();
  if (role) out.set("role", ::coze::detail::to_json(*role));
  if (type) out.set("type", ::coze::detail::to_json(*type));
  if (content) out.set("content", ::coze::detail::to_json(*content));
  if (content_type) out.set("content_type", ::coze::detail::to_json(*content_type));
  if (meta_data) out.set("meta_data", ::coze::detail::to_json(*meta_data));
  for (const auto& kv : extra.members()) out.set(kv.first, kv.second);
  return out;
}
inline ::coze::Json ShortcutCommand::to_json() const {
  ::coze::Json out = ::coze::Json::object();
  if (command_id) out.set("command_id", ::coze::detail::to_json(*command_id));
  if (parameters) out.set("parameters", ::coze::detail::to_json(*parameters));
  for (const auto& kv : extra.members()) out.set(kv.first, kv.second);
  return out;
}
inline ::coze::Json ToolOutput::to_json() const {
  ::coze::Json out = ::coze::Json::object();
  if (tool_call_id) out.set("tool_call_id", ::coze::detail::to_json(*tool_call_id));
  if (output) out.set("output", ::coze::detail::to_json(*output));
  for (const auto& kv : extra.members()) out.set(kv.first, kv.second);
  return out;
}
inline ::coze::Json DocumentSourceInfo::to_json() const {
  ::coze::Json out = ::coze::Json::object();
  if (file_base64) out.set("file_base64", ::coze::detail::to_json(*file_base64));
  if (file_type) out.set("file_type", ::coze::detail::to_json(*file_type));
  if (web_url) out.set("web_url", ::coze::detail::to_json(*web_url));
  if (document_source) out.set("document_source", ::coze::detail::to_json(*document_source));
  if (source_file_id) out.set("source_file_id", ::coze::detail::to_json(*source_file_id));
  for (const auto& kv : extra.members()) out.set(kv.first, kv.second);
  return out;
}
inline ::coze::Json DocumentUpdateRule::to_json() const {
  ::coze::Json out = ::coze::Json::object();
  if (update_type) out.set("update_type", ::coze::detail::to_json(*update_type));
  if (update_interval) out.set("update_interval", ::coze::detail::to_json(*update_interval));
  for (const auto& kv : extra.members()) out.set(kv.first, kv.second);
  return out;
}
inline ::coze::Json DocumentBase::to_json() const {
  ::coze::Json out = ::coze::Json::object();
  if (name) out.set("name", ::coze::detail::to_json(*name));
  if (source_info) out.set("source_info", ::coze::detail::to_json(*source_info));
  if (update_rule) out.set("update_rule", ::coze::detail::to_json(*update_rule));
  if (caption) out.set("caption", ::coze::detail::to_json(*caption));
  for (const auto& kv : extra.members()) out.set(kv.first, kv.second);
  return out;
}
inline ::coze::Json DocumentChunkStrategy::to_json() const {
  ::coze::Json out = ::coze::Json::object();
  if (chunk_type) out.set("chunk_type", ::coze::detail::to_json(*chunk_type));
  if (separator) out.set("separator", ::coze::detail::to_json(*separator));
  if (max_tokens) out.set("max_tokens", ::coze::detail::to_json(*max_tokens));
  if (remove_extra_spaces) out.set("remove_extra_spaces", ::coze::detail::to_json(*remove_extra_spaces));
  if (remove_urls_emails) out.set("remove_urls_emails", ::coze::detail::to_json(*remove_urls_emails));
  if (caption_type) out.set("caption_type", ::coze::detail::to_json(*caption_type));
  for (const auto& kv : extra.members()) out.set(kv.first, kv.second);
  return out;
}
inline ::coze::Json VariableValue::to_json() const {
  ::coze::Json out = ::coze::Json::object();
  if (keyword) out.set("keyword", ::coze::detail::to_json(*keyword));
  if (value) out.set("value", ::coze::detail::to_json(*value));
  if (create_time) out.set("create_time", ::coze::detail::to_json(*create_time));
  if (update_time) out.set("update_time", ::coze::detail::to_json(*update_time));
  for (const auto& kv : extra.members()) out.set(kv.first, kv.second);
  return out;
}

}  // namespace input
}  // namespace coze
