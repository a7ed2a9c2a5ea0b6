// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
// The operations: one params struct per operation and one class per resource
// path with one method per operation. Included by coze/client.h (include that).
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "coze/generated/events.h"
#include "coze/generated/models.h"

namespace coze {

class ClientBase;

namespace params {

// Parameters of audio.rooms.create (POST /v1/audio/rooms).
struct AudioRoomsCreate {
  // [body, required]
  std::string bot_id{};
  // [body]
  std::optional<std::string> conversation_id{};
  // [body]
  std::optional<std::string> voice_id{};
  // [body] The end user's id in the room
  std::optional<std::string> uid{};
  // [body]
  std::optional<std::string> workflow_id{};
  // [body]
  std::optional<::coze::input::RoomConfig> config{};

  ::coze::Json to_json() const {
    ::coze::Json out = ::coze::Json::object();
    out.set("bot_id", ::coze::detail::to_json(bot_id));
    if (conversation_id) out.set("conversation_id", ::coze::detail::to_json(*conversation_id));
    if (voice_id) out.set("voice_id", ::coze::detail::to_json(*voice_id));
    if (uid) out.set("uid", ::coze::detail::to_json(*uid));
    if (workflow_id) out.set("workflow_id", ::coze::detail::to_json(*workflow_id));
    if (config) out.set("config", ::coze::detail::to_json(*config));
    return out;
  }
};

// Parameters of audio.speech.create (POST /v1/audio/speech).
struct AudioSpeechCreate {
  // [body, required] Text to speak
  std::string input{};
  // [body, required]
  std::string voice_id{};
  // [body]
  std::optional<std::string> response_format{};
  // [body] Speaking rate (default 1)
  std::optional<double> speed{};
  // [body] Samples per second (default 24000)
  std::optional<int64_t> sample_rate{};
  // [body] Volume change in percent
  std::optional<int64_t> loudness_rate{};
  // [body] Emotion of a multi-emotion voice
  std::optional<std::string> emotion{};
  // [body] Strength of the emotion
  std::optional<double> emotion_scale{};

  ::coze::Json to_json() const {
    ::coze::Json out = ::coze::Json::object();
    out.set("input", ::coze::detail::to_json(input));
    out.set("voice_id", ::coze::detail::to_json(voice_id));
    if (response_format) out.set("response_format", ::coze::detail::to_json(*response_format));
    if (speed) out.set("speed", ::coze::detail::to_json(*speed));
    if (sample_rate) out.set("sample_rate", ::coze::detail::to_json(*sample_rate));
    if (loudness_rate) out.set("loudness_rate", ::coze::detail::to_json(*loudness_rate));
    if (emotion) out.set("emotion", ::coze::detail::to_json(*emotion));
    if (emotion_scale) out.set("emotion_scale", ::coze::detail::to_json(*emotion_scale));
    return out;
  }
};

// Parameters of audio.transcriptions.create (POST /v1/audio/transcriptions).
struct AudioTranscriptionsCreate {
  // [file part, required] The audio
  ::coze::FileParam file{};

  ::coze::Json to_json() const {
    ::coze::Json out = ::coze::Json::object();
    out.set("file", file.to_json("file"));
    return out;
  }
};

// Parameters of audio.voices.clone (POST /v1/audio/voices/clone).
struct AudioVoicesClone {
  // [body, required]
  std::string voice_name{};
  // [file part, required] The recording
  ::coze::FileParam file{};
  // [body, required]
  std::string audio_format{};
  // [body]
  std::optional<std::string> language{};
  // [body] Voice to train again
  std::optional<std::string> voice_id{};
  // [body] Text of the preview audio
  std::optional<std::string> preview_text{};
  // [body] What the recording says
  std::optional<std::string> text{};
  // [body]
  std::optional<std::string> space_id{};
  // [body]
  std::optional<std::string> description{};

  ::coze::Json to_json() const {
    ::coze::Json out = ::coze::Json::object();
    out.set("voice_name", ::coze::detail::to_json(voice_name));
    out.set("file", file.to_json("file"));
    out.set("audio_format", ::coze::detail::to_json(audio_format));
    if (language) out.set("language", ::coze::detail::to_json(*language));
    if (voice_id) out.set("voice_id", ::coze::detail::to_json(*voice_id));
    if (preview_text) out.set("preview_text", ::coze::detail::to_json(*preview_text));
    if (text) out.set("text", ::coze::detail::to_json(*text));
    if (space_id) out.set("space_id", ::coze::detail::to_json(*space_id));
    if (description) out.set("description", ::coze::detail::to_json(*description));
    return out;
  }
};

// Parameters of audio.voices.list (GET /v1/audio/voices).
struct AudioVoicesList {
  // [query] Leave out the system voices
  std::optional<bool> filter_system_voice{};
  // [query]
  std::optional<std::string> model_type{};
  // [query]
  std::optional<std::string> voice_state{};
  // [query] Page number from 1
  std::optional<int64_t> page_num{};
  // [query] Items per page
  std::optional<int64_t> page_size{};

  ::coze::Json to_json() const {
    ::coze::Json out = ::coze::Json::object();
    if (filter_system_voice) out.set("filter_system_voice", ::coze::detail::to_json(*filter_system_voice));
    if (model_type) out.set("model_type", ::coze::detail::to_json(*model_type));
    if (voice_state) out.set("voice_state", ::coze::detail::to_json(*voice_state));
    if (page_num) out.set("page_num", ::coze::detail::to_json(*page_num));
    if (page_size) out.set("page_size", ::coze::detail::to_json(*page_size));
    return out;
  }
};

// Parameters of bots.create (POST /v1/bot/create).
struct BotsCreate {
  // [body, required] Workspace of the bot
  std::string space_id{};
  // [body, required]
  std::string name{};
  // [body]
  std::optional<std::string> description{};
  // [body] Uploaded file used as the icon
  std::optional<std::string> icon_file_id{};
  // [body]
  std::optional<::coze::input::BotPromptInfo> prompt_info{};
  // [body]
  std::optional<::coze::input::BotOnboardingInfo> onboarding_info{};
  // [body]
  std::optional<::coze::input::BotPluginIdList> plugin_id_list{};
  // [body]
  std::optional<::coze::input::BotWorkflowIdList> workflow_id_list{};
  // [body]
  std::optional<::coze::input::BotModelInfo> model_info_config{};
  // [body]
  std::optional<::coze::input::BotSuggestReplyInfo> suggest_reply_info{};

  ::coze::Json to_json() const {
    ::coze::Json out = ::coze::Json::object();
    out.set("space_id", ::coze::detail::to_json(space_id));
    out.set("name", ::coze::detail::to_json(name));
    if (description) out.set("description", ::coze::detail::to_json(*description));
    if (icon_file_id) out.set("icon_file_id", ::coze::detail::to_json(*icon_file_id));
    if (prompt_info) out.set("prompt_info", ::coze::detail::to_json(*prompt_info));
    if (onboarding_info) out.set("onboarding_info", ::coze::detail::to_json(*onboarding_info));
    if (plugin_id_list) out.set("plugin_id_list", ::coze::detail::to_json(*plugin_id_list));
    if (workflow_id_list) out.set("workflow_id_list", ::coze::detail::to_json(*workflow_id_list));
    if (model_info_config) out.set("model_info_config", ::coze::detail::to_json(*model_info_config));
    if (suggest_reply_info) out.set("suggest_reply_info", ::coze::detail::to_json(*suggest_reply_info));
    return out;
  }
};

// Parameters of bots.list (GET /v1/bots).
struct BotsList {
  // [query]
  std::optional<std::string> workspace_id{};
  // [query]
  std::optional<std::string> publish_status{};
  // [query] Only the bots published to this channel
  std::optional<std::string> connector_id{};
  // [query] Page number from 1
  std::optional<int64_t> page_num{};
  // [query] Items per page
  std::optional<int64_t> page_size{};
  // [query] 1 runs bots.list_v1 instead; never sent
  std::optional<int64_t> use_api_version{};

  ::coze::Json to_json() const {
    ::coze::Json out = ::coze::Json::object();
    if (workspace_id) out.set("workspace_id", ::coze::detail::to_json(*workspace_id));
    if (publish_status) out.set("publish_status", ::coze::detail::to_json(*publish_status));
    if (connector_id) out.set("connector_id", ::coze::detail::to_json(*connector_id));
    if (page_num) out.set("page_num", ::coze::detail::to_json(*page_num));
    if (page_size) out.set("page_size", ::coze::detail::to_json(*page_size));
    if (use_api_version) out.set("use_api_version", ::coze::detail::to_json(*use_api_version));
    return out;
  }
};

// Parameters of bots.list_v1 (GET /v1/space/published_bots_list).
struct BotsListV1 {
  // [query, required]
  std::string space_id{};
  // [query] Page number from 1
  std::optional<int64_t> page_index{};
  // [query] Items per page
  std::optional<int64_t> page_size{};

  ::coze::Json to_json() const {
    ::coze::Json out = ::coze::Json::object();
    out.set("space_id", ::coze::detail::to_json(space_id));
    if (page_index) out.set("page_index", ::coze::detail::to_json(*page_index));
    if (page_size) out.set("page_size", ::coze::detail::to_json(*page_size));
    return out;
  }
};

// Parameters of bots.publish (POST /v1/bot/publish).
struct BotsPublish {
  // [body, required]
  std::string bot_id{};
  // [body, required] Channels (1024 API, 999 Chat SDK)
  std::vector<std::string> connector_ids{};

  ::coze::Json to_json() const {
    ::coze::Json out = ::coze::Json::object();
    out.set("bot_id", ::coze::detail::to_json(bot_id));
    out.set("connector_ids", ::coze::detail::to_json(connector_ids));
    return out;
  }
};

// Parameters of bots.retrieve (GET /v1/bots/{bot_id}).
struct BotsRetrieve {
  // [path, required]
  std::string bot_id{};
  // [query] The published version (default) or the draft
  std::optional<bool> is_published{};
  // [query] 1 runs bots.retrieve_v1 instead; never sent
  std::optional<int64_t> use_api_version{};

  ::coze::Json to_json() const {
    ::coze::Json out = ::coze::Json::object();
    out.set("bot_id", ::coze::detail::to_json(bot_id));
    if (is_published) out.set("is_published", ::coze::detail::to_json(*is_published));
    if (use_api_version) out.set("use_api_version", ::coze::detail::to_json(*use_api_version));
    return out;
  }
};

// Parameters of bots.retrieve_v1 (GET /v1/bot/get_online_info).
struct BotsRetrieveV1 {
  // [query, required]
  std::string bot_id{};

  ::coze::Json to_json() const {
    ::coze::Json out = ::coze::Json::object();
    out.set("bot_id", ::coze::detail::to_json(bot_id));
    return out;
  }
};

// Parameters of bots.update (POST /v1/bot/update).
struct BotsUpdate {
  // [body, required]
  std::string bot_id{};
  // [body]
  std::optional<std::string> name{};
  // [body]
  std::optional<std::string> description{};
  // [body] Uploaded file used as the icon
  std::optional<std::string> icon_file_id{};
  // [body]
  std::optional<::coze::input::BotPromptInfo> prompt_info{};
  // [body]
  std::optional<::coze::input::BotOnboardingInfo> onboarding_info{};
  // [body]
  std::optional<::coze::input::BotKnowledge> knowledge{};
  // [body]
  std::optional<::coze::input::BotPluginIdList> plugin_id_list{};
  // [body]
  std::optional<::coze::input::BotWorkflowIdList> workflow_id_list{};
  // [body]
  std::optional<::coze::input::BotModelInfo> model_info_config{};
  // [body]
  std::optional<::coze::input::BotSuggestReplyInfo> suggest_reply_info{};

  ::coze::Json to_json() const {
    ::coze::Json out = ::coze::Json::object();
    out.set("bot_id", ::coze::detail::to_json(bot_id));
    if (name) out.set("name", ::coze::detail::to_json(*name));
    if (description) out.set("description", ::coze::detail::to_json(*description));
    if (icon_file_id) out.set("icon_file_id", ::coze::detail::to_json(*icon_file_id));
    if (prompt_info) out.set("prompt_info", ::coze::detail::to_json(*prompt_info));
    if (onboarding_info) out.set("onboarding_info", ::coze::detail::to_json(*onboarding_info));
    if (knowledge) out.set("knowledge", ::coze::detail::to_json(*knowledge));
    if (plugin_id_list) out.set("plugin_id_list", ::coze::detail::to_json(*plugin_id_list));
    if (workflow_id_list) out.set("workflow_id_list", ::coze::detail::to_json(*workflow_id_list));
    if (model_info_config) out.set("model_info_config", ::coze::detail::to_json(*model_info_config));
    if (suggest_reply_info) out.set("suggest_reply_info", ::coze::detail::to_json(*suggest_reply_info));
    return out;
  }
};

// Parameters of chat.cancel (POST /v3/chat/cancel).
struct ChatCancel {
  // [body, required]
  std::string conversation_id{};
  // [body, required]
  std::string chat_id{};

  ::coze::Json to_json() const {
    ::coze::Json out = ::coze::Json::object();
    out.set("conversation_id", ::coze::detail::to_json(conversation_id));
    out.set("chat_id", ::coze::detail::to_json(chat_id));
    return out;
  }
};

// Parameters of chat.create (POST /v3/chat).
struct ChatCreate {
  // [query] Conversation to chat in; a new one when absent
  std::optional<std::string> conversation_id{};
  // [body, required] Bot to chat with
  std::string bot_id{};
  // [body, required] The caller's own id for the end user
  std::string user_id{};
  // [body] Context messages; the last one is the query
  std::optional<std::vector<::coze::input::EnterMessage>> additional_messages{};
  // [body] Values of the bot's prompt variables
  std::optional<std::map<std::string, std::string>> custom_variables{};
  // [body] Save the chat's messages in the conversation
  std::optional<bool> auto_save_history{};
  // [body] Custom key-value pairs kept on the chat
  std::optional<std::map<std::string, std::string>> meta_data{};
  // [body] Extra parameters such as latitude and longitude
  std::optional<std::map<std::string, std::string>> extra_params{};
  // [body] Input parameters of the bot's chat flow
  std::optional<::coze::Json> parameters{};
  // [body] Allow card messages in the answer
  std::optional<bool> enable_card{};
  // [body]
  std::optional<::coze::input::ShortcutCommand> shortcut_command{};
  // [body] Channel of the chat (1024 API, 999 Chat SDK)
  std::optional<std::string> connector_id{};

  ::coze::Json to_json() const {
    ::coze::Json out = ::coze::Json::object();
    if (conversation_id) out.set("conversation_id", ::coze::detail::to_json(*conversation_id));
    out.set("bot_id", ::coze::detail::to_json(bot_id));
    out.set("user_id", ::coze::detail::to_json(user_id));
    if (additional_messages) out.set("additional_messages", ::coze::detail::to_json(*additional_messages));
    if (custom_variables) out.set("custom_variables", ::coze::detail::to_json(*custom_variables));
    if (auto_save_history) out.set("auto_save_history", ::coze::detail::to_json(*auto_save_history));
    if (meta_data) out.set("meta_data", ::coze::detail::to_json(*meta_data));
    if (extra_params) out.set("extra_params", ::coze::detail::to_json(*extra_params));
    if (parameters) out.set("parameters", ::coze::detail::to_json(*parameters));
    if (enable_card) out.set("enable_card", ::coze::detail::to_json(*enable_card));
    if (shortcut_command) out.set("shortcut_command", ::coze::detail::to_json(*shortcut_command));
    if (connector_id) out.set("connector_id", ::coze::detail::to_json(*connector_id));
    return out;
  }
};

// Parameters of chat.messages.list (GET /v3/chat/message/list).
struct ChatMessagesList {
  // [query, required]
  std::string conversation_id{};
  // [query, required]
  std::string chat_id{};

  ::coze::Json to_json() const {
    ::coze::Json out = ::coze::Json::object();
    out.set("conversation_id", ::coze::detail::to_json(conversation_id));
    out.set("chat_id", ::coze::detail::to_json(chat_id));
    return out;
  }
};

// Parameters of chat.retrieve (GET /v3/chat/retrieve).
struct ChatRetrieve {
  // [query, required]
  std::string conversation_id{};
  // [query, required]
  std::string chat_id{};

  ::coze::Json to_json() const {
    ::coze::Json out = ::coze::Json::object();
    out.set("conversation_id", ::coze::detail::to_json(conversation_id));
    out.set("chat_id", ::coze::detail::to_json(chat_id));
    return out;
  }
};

// Parameters of chat.submit_tool_outputs (POST /v3/chat/submit_tool_outputs).
struct ChatSubmitToolOutputs {
  // [query, required]
  std::string conversation_id{};
  // [query, required]
  std::string chat_id{};
  // [body, required] One result per tool call
  std::vector<::coze::input::ToolOutput> tool_outputs{};
  // [body] Channel of the chat (1024 API, 999 Chat SDK)
  std::optional<std::string> connector_id{};

  ::coze::Json to_json() const {
    ::coze::Json out = ::coze::Json::object();
    out.set("conversation_id", ::coze::detail::to_json(conversation_id));
    out.set("chat_id", ::coze::detail::to_json(chat_id));
    out.set("tool_outputs", ::coze::detail::to_json(tool_outputs));
    if (connector_id) out.set("connector_id", ::coze::detail::to_json(*connector_id));
    return out;
  }
};

// Parameters of conversations.clear (POST /v1/conversations/{conversation_id}/clear).
struct ConversationsClear {
  // [path, required]
  std::string conversation_id{};

  ::coze::Json to_json() const {
    ::coze::Json out = ::coze::Json::object();
    out.set("conversation_id", ::coze::detail::to_json(conversation_id));
    return out;
  }
};

// Parameters of conversations.create (POST /v1/conversation/create).
struct ConversationsCreate {
  // [body] Bot the conversation belongs to
  std::optional<std::string> bot_id{};
  // [body] Conversation name
  std::optional<std::string> name{};
  // [body] Initial messages (at most 16)
  std::optional<std::vector<::coze::input::EnterMessage>> messages{};
  // [body] Custom key-value pairs
  std::optional<std::map<std::string, std::string>> meta_data{};
  // [body] Channel (1024 API, 999 Chat SDK)
  std::optional<std::string> connector_id{};

  ::coze::Json to_json() const {
    ::coze::Json out = ::coze::Json::object();
    if (bot_id) out.set("bot_id", ::coze::detail::to_json(*bot_id));
    if (name) out.set("name", ::coze::detail::to_json(*name));
    if (messages) out.set("messages", ::coze::detail::to_json(*messages));
    if (meta_data) out.set("meta_data", ::coze::detail::to_json(*meta_data));
    if (connector_id) out.set("connector_id", ::coze::detail::to_json(*connector_id));
    return out;
  }
};

// Parameters of conversations.delete (DELETE /v1/conversations/{conversation_id}).
struct ConversationsDelete {
  // [path, required]
  std::string conversation_id{};

  ::coze::Json to_json() const {
    ::coze::Json out = ::coze::Json::object();
    out.set("conversation_id", ::coze::detail::to_json(conversation_id));
    return out;
  }
};

// Parameters of conversations.list (GET /v1/conversations).
struct ConversationsList {
  // [query, required]
  std::string bot_id{};
  // [query] Page number from 1
  std::optional<int64_t> page_num{};
  // [query] Items per page (at most 50)
  std::optional<int64_t> page_size{};
  // [query] Order by creation time
  std::optional<std::string> sort_order{};
  // [query] Channel to list (1024 API, 999 Chat SDK)
  std::optional<std::string> connector_id{};

  ::coze::Json to_json() const {
    ::coze::Json out = ::coze::Json::object();
    out.set("bot_id", ::coze::detail::to_json(bot_id));
    if (page_num) out.set("page_num", ::coze::detail::to_json(*page_num));
    if (page_size) out.set("page_size", ::coze::detail::to_json(*page_size));
    if (sort_order) out.set("sort_order", ::coze::detail::to_json(*sort_order));
    if (connector_id) out.set("connector_id", ::coze::detail::to_json(*connector_id));
    return out;
  }
};

// Parameters of conversations.messages.create (POST /v1/conversation/message/create).
struct ConversationsMessagesCreate {
  // [query, required]
  std::string conversation_id{};
  // [body, required]
  std::string role{};
  // [body, required] Text, or the JSON text of object_string items
  std::string content{};
  // [body, required]
  std::string content_type{};
  // [body] Custom key-value pairs
  std::optional<std::map<std::string, std::string>> meta_data{};

  ::coze::Json to_json() const {
    ::coze::Json out = ::coze::Json::object();
    out.set("conversation_id", ::coze::detail::to_json(conversation_id));
    out.set("role", ::coze::detail::to_json(role));
    out.set("content", ::coze::detail::to_json(content));
    out.set("content_type", ::coze::detail::to_json(content_type));
    if (meta_data) out.set("meta_data", ::coze::detail::to_json(*meta_data));
    return out;
  }
};

// Parameters of conversations.messages.delete (POST /v1/conversation/message/delete).
struct ConversationsMessagesDelete {
  // [query, required]
  std::string conversation_id{};
  // [query, required]
  std::string message_id{};

  ::coze::Json to_json() const {
    ::coze::Json out = ::coze::Json::object();
    out.set("conversation_id", ::coze::detail::to_json(conversation_id));
    out.set("message_id", ::coze::detail::to_json(message_id));
    return out;
  }
};

// Parameters of conversations.messages.feedback.create (POST
// /v1/conversations/{conversation_id}/messages/{message_id}/feedback).
struct ConversationsMessagesFeedbackCreate {
  // [path, required]
  std::string conversation_id{};
  // [path, required]
  std::string message_id{};
  // [body, required]
  std::string feedback_type{};
  // [body] Reasons for an unlike
  std::optional<std::vector<std::string>> reason_types{};
  // [body] Free text
  std::optional<std::string> comment{};

  ::coze::Json to_json() const {
    ::coze::Json out = ::coze::Json::object();
    out.set("conversation_id", ::coze::detail::to_json(conversation_id));
    out.set("message_id", ::coze::detail::to_json(message_id));
    out.set("feedback_type", ::coze::detail::to_json(feedback_type));
    if (reason_types) out.set("reason_types", ::coze::detail::to_json(*reason_types));
    if (comment) out.set("comment", ::coze::detail::to_json(*comment));
    return out;
  }
};

// Parameters of conversations.messages.feedback.delete (DELETE
// /v1/conversations/{conversation_id}/messages/{message_id}/feedback).
struct ConversationsMessagesFeedbackDelete {
  // [path, required]
  std::string conversation_id{};
  // [path, required]
  std::string message_id{};

  ::coze::Json to_json() const {
    ::coze::Json out = ::coze::Json::object();
    out.set("conversation_id", ::coze::detail::to_json(conversation_id));
    out.set("message_id", ::coze::detail::to_json(message_id));
    return out;
  }
};

// Parameters of conversations.messages.list (POST /v1/conversation/message/list).
struct ConversationsMessagesList {
  // [query, required]
  std::string conversation_id{};
  // [body] Order by creation time (default desc)
  std::optional<std::string> order{};
  // [body] Only the messages of this chat
  std::optional<std::string> chat_id{};
  // [body] Messages before this one
  std::optional<std::string> before_id{};
  // [body] Messages after this one
  std::optional<std::string> after_id{};
  // [body] Items per page (1-50)
  std::optional<int64_t> limit{};
  // [body] Only the messages of this bot
  std::optional<std::string> bot_id{};

  ::coze::Json to_json() const {
    ::coze::Json out = ::coze::Json::object();
    out.set("conversation_id", ::coze::detail::to_json(conversation_id));
    if (order) out.set("order", ::coze::detail::to_json(*order));
    if (chat_id) out.set("chat_id", ::coze::detail::to_json(*chat_id));
    if (before_id) out.set("before_id", ::coze::detail::to_json(*before_id));
    if (after_id) out.set("after_id", ::coze::detail::to_json(*after_id));
    if (limit) out.set("limit", ::coze::detail::to_json(*limit));
    if (bot_id) out.set("bot_id", ::coze::detail::to_json(*bot_id));
    return out;
  }
};

// Parameters of conversations.messages.retrieve (GET /v1/conversation/message/retrieve).
struct ConversationsMessagesRetrieve {
  // [query, required]
  std::string conversation_id{};
  // [query, required]
  std::string message_id{};

  ::coze::Json to_json() const {
    ::coze::Json out = ::coze::Json::object();
    out.set("conversation_id", ::coze::detail::to_json(conversation_id));
    out.set("message_id", ::coze::detail::to_json(message_id));
    return out;
  }
};

// Parameters of conversations.messages.update (POST /v1/conversation/message/modify).
struct ConversationsMessagesUpdate {
  // [query, required]
  std::string conversation_id{};
  // [query, required]
  std::string message_id{};
  // [body] Text, or the JSON text of object_string items
  std::optional<std::string> content{};
  // [body]
  std::optional<std::string> content_type{};
  // [body] Custom key-value pairs
  std::optional<std::map<std::string, std::string>> meta_data{};

  ::coze::Json to_json() const {
    ::coze::Json out = ::coze::Json::object();
    out.set("conversation_id", ::coze::detail::to_json(conversation_id));
    out.set("message_id", ::coze::detail::to_json(message_id));
    if (content) out.set("content", ::coze::detail::to_json(*content));
    if (content_type) out.set("content_type", ::coze::detail::to_json(*content_type));
    if (meta_data) out.set("meta_data", ::coze::detail::to_json(*meta_data));
    return out;
  }
};

// Parameters of conversations.retrieve (GET /v1/conversation/retrieve).
struct ConversationsRetrieve {
  // [query, required]
  std::string conversation_id{};

  ::coze::Json to_json() const {
    ::coze::Json out = ::coze::Json::object();
    out.set("conversation_id", ::coze::detail::to_json(conversation_id));
    return out;
  }
};

// Parameters of conversations.update (PUT /v1/conversations/{conversation_id}).
struct ConversationsUpdate {
  // [path, required]
  std::string conversation_id{};
  // [body] New name
  std::optional<std::string> name{};

  ::coze::Json to_json() const {
    ::coze::Json out = ::coze::Json::object();
    out.set("conversation_id", ::coze::detail::to_json(conversation_id));
    if (name) out.set("name", ::coze::detail::to_json(*name));
    return out;
  }
};

// Parameters of datasets.create (POST /v1/datasets).
struct DatasetsCreate {
  // [body, required]
  std::string name{};
  // [body, required]
  std::string space_id{};
  // [body, required] 0 text, 2 images
  int64_t format_type{};
  // [body]
  std::optional<std::string> description{};
  // [body] Uploaded file used as the icon
  std::optional<std::string> file_id{};

  ::coze::Json to_json() const {
    ::coze::Json out = ::coze::Json::object();
    out.set("name", ::coze::detail::to_json(name));
    out.set("space_id", ::coze::detail::to_json(space_id));
    out.set("format_type", ::coze::detail::to_json(format_type));
    if (description) out.set("description", ::coze::detail::to_json(*description));
    if (file_id) out.set("file_id", ::coze::detail::to_json(*file_id));
    return out;
  }
};

// Parameters of datasets.delete (DELETE /v1/datasets/{dataset_id}).
struct DatasetsDelete {
  // [path, required]
  std::string dataset_id{};

  ::coze::Json to_json() const {
    ::coze::Json out = ::coze::Json::object();
    out.set("dataset_id", ::coze::detail::to_json(dataset_id));
    return out;
  }
};

// Parameters of datasets.documents.create (POST /open_api/knowledge/document/create).
struct DatasetsDocumentsCreate {
  // [body, required]
  std::string dataset_id{};
  // [body, required] The files to add
  std::vector<::coze::input::DocumentBase> document_bases{};
  // [body]
  std::optional<::coze::input::DocumentChunkStrategy> chunk_strategy{};
  // [body] 0 text, 2 images
  std::optional<int64_t> format_type{};

  ::coze::Json to_json() const {
    ::coze::Json out = ::coze::Json::object();
    out.set("dataset_id", ::coze::detail::to_json(dataset_id));
    out.set("document_bases", ::coze::detail::to_json(document_bases));
    if (chunk_strategy) out.set("chunk_strategy", ::coze::detail::to_json(*chunk_strategy));
    if (format_type) out.set("format_type", ::coze::detail::to_json(*format_type));
    return out;
  }
};

// Parameters of datasets.documents.delete (POST /open_api/knowledge/document/delete).
struct DatasetsDocumentsDelete {
  // [body, required]
  std::vector<std::string> document_ids{};

  ::coze::Json to_json() const {
    ::coze::Json out = ::coze::Json::object();
    out.set("document_ids", ::coze::detail::to_json(document_ids));
    return out;
  }
};

// Parameters of datasets.documents.list (POST /open_api/knowledge/document/list).
struct DatasetsDocumentsList {
  // [body, required]
  std::string dataset_id{};
  // [body] Page number from 1
  std::optional<int64_t> page{};
  // [body] Items per page
  std::optional<int64_t> size{};

  ::coze::Json to_json() const {
    ::coze::Json out = ::coze::Json::object();
    out.set("dataset_id", ::coze::detail::to_json(dataset_id));
    if (page) out.set("page", ::coze::detail::to_json(*page));
    if (size) out.set("size", ::coze::detail::to_json(*size));
    return out;
  }
};

// Parameters of datasets.documents.update (POST /open_api/knowledge/document/update).
struct DatasetsDocumentsUpdate {
  // [body, required]
  std::string document_id{};
  // [body] New name
  std::optional<std::string> document_name{};
  // [body]
  std::optional<::coze::input::DocumentUpdateRule> update_rule{};

  ::coze::Json to_json() const {
    ::coze::Json out = ::coze::Json::object();
    out.set("document_id", ::coze::detail::to_json(document_id));
    if (document_name) out.set("document_name", ::coze::detail::to_json(*document_name));
    if (update_rule) out.set("update_rule", ::coze::detail::to_json(*update_rule));
    return out;
  }
};

// Parameters of datasets.images.list (GET /v1/datasets/{dataset_id}/images).
struct DatasetsImagesList {
  // [path, required]
  std::string dataset_id{};
  // [query] Only images whose name or caption contains this
  std::optional<std::string> keyword{};
  // [query] Only images with (true) or without (false) a caption
  std::optional<bool> has_caption{};
  // [query] Page number from 1
  std::optional<int64_t> page_num{};
  // [query] Items per page
  std::optional<int64_t> page_size{};

  ::coze::Json to_json() const {
    ::coze::Json out = ::coze::Json::object();
    out.set("dataset_id", ::coze::detail::to_json(dataset_id));
    if (keyword) out.set("keyword", ::coze::detail::to_json(*keyword));
    if (has_caption) out.set("has_caption", ::coze::detail::to_json(*has_caption));
    if (page_num) out.set("page_num", ::coze::detail::to_json(*page_num));
    if (page_size) out.set("page_size", ::coze::detail::to_json(*page_size));
    return out;
  }
};

// Parameters of datasets.images.update (PUT /v1/datasets/{dataset_id}/images/{document_id}).
struct DatasetsImagesUpdate {
  // [path, required]
  std::string dataset_id{};
  // [path, required]
  std::string document_id{};
  // [body, required]
  std::string caption{};

  ::coze::Json to_json() const {
    ::coze::Json out = ::coze::Json::object();
    out.set("dataset_id", ::coze::detail::to_json(dataset_id));
    out.set("document_id", ::coze::detail::to_json(document_id));
    out.set("caption", ::coze::detail::to_json(caption));
    return out;
  }
};

// Parameters of datasets.list (GET /v1/datasets).
struct DatasetsList {
  // [query, required]
  std::string space_id{};
  // [query] Only names containing this
  std::optional<std::string> name{};
  // [query] 0 text, 1 table, 2 images
  std::optional<int64_t> format_type{};
  // [query] Page number from 1
  std::optional<int64_t> page_num{};
  // [query] Items per page
  std::optional<int64_t> page_size{};

  ::coze::Json to_json() const {
    ::coze::Json out = ::coze::Json::object();
    out.set("space_id", ::coze::detail::to_json(space_id));
    if (name) out.set("name", ::coze::detail::to_json(*name));
    if (format_type) out.set("format_type", ::coze::detail::to_json(*format_type));
    if (page_num) out.set("page_num", ::coze::detail::to_json(*page_num));
    if (page_size) out.set("page_size", ::coze::detail::to_json(*page_size));
    return out;
  }
};

// Parameters of datasets.process (POST /v1/datasets/{dataset_id}/process).
struct DatasetsProcess {
  // [path, required]
  std::string dataset_id{};
  // [body, required]
  std::vector<std::string> document_ids{};

  ::coze::Json to_json() const {
    ::coze::Json out = ::coze::Json::object();
    out.set("dataset_id", ::coze::detail::to_json(dataset_id));
    out.set("document_ids", ::coze::detail::to_json(document_ids));
    return out;
  }
};

// Parameters of datasets.update (PUT /v1/datasets/{dataset_id}).
struct DatasetsUpdate {
  // [path, required]
  std::string dataset_id{};
  // [body, required]
  std::string name{};
  // [body] Uploaded file used as the icon
  std::optional<std::string> file_id{};
  // [body]
  std::optional<std::string> description{};

  ::coze::Json to_json() const {
    ::coze::Json out = ::coze::Json::object();
    out.set("dataset_id", ::coze::detail::to_json(dataset_id));
    out.set("name", ::coze::detail::to_json(name));
    if (file_id) out.set("file_id", ::coze::detail::to_json(*file_id));
    if (description) out.set("description", ::coze::detail::to_json(*description));
    return out;
  }
};

// Parameters of files.retrieve (GET /v1/files/retrieve).
struct FilesRetrieve {
  // [query, required]
  std::string file_id{};

  ::coze::Json to_json() const {
    ::coze::Json out = ::coze::Json::object();
    out.set("file_id", ::coze::detail::to_json(file_id));
    return out;
  }
};

// Parameters of files.upload (POST /v1/files/upload).
struct FilesUpload {
  // [file part, required] The file (at most 512 MB)
  ::coze::FileParam file{};

  ::coze::Json to_json() const {
    ::coze::Json out = ::coze::Json::object();
    out.set("file", file.to_json("file"));
    return out;
  }
};

// Parameters of oauth.account_token (POST /api/permission/oauth2/account/{account_id}/token).
struct OauthAccountToken {
  // [path, required]
  std::string account_id{};
  // [body, required] The grant
  std::string grant_type{};
  // [body] The OAuth app's id
  std::optional<std::string> client_id{};
  // [body] authorization_code - the code the redirect brought
  std::optional<std::string> code{};
  // [body] authorization_code - the redirect URI given to authorize
  std::optional<std::string> redirect_uri{};
  // [body] authorization_code with PKCE - the verifier of the challenge
  std::optional<std::string> code_verifier{};
  // [body] refresh_token - the refresh token
  std::optional<std::string> refresh_token{};
  // [body] device_code - the device code
  std::optional<std::string> device_code{};
  // [body] jwt-bearer - the access token's lifetime (default 900)
  std::optional<int64_t> duration_seconds{};
  // [body] jwt-bearer - an optional scope object
  std::optional<::coze::Json> scope{};

  ::coze::Json to_json() const {
    ::coze::Json out = ::coze::Json::object();
    out.set("account_id", ::coze::detail::to_json(account_id));
    out.set("grant_type", ::coze::detail::to_json(grant_type));
    if (client_id) out.set("client_id", ::coze::detail::to_json(*client_id));
    if (code) out.set("code", ::coze::detail::to_json(*code));
    if (redirect_uri) out.set("redirect_uri", ::coze::detail::to_json(*redirect_uri));
    if (code_verifier) out.set("code_verifier", ::coze::detail::to_json(*code_verifier));
    if (refresh_token) out.set("refresh_token", ::coze::detail::to_json(*refresh_token));
    if (device_code) out.set("device_code", ::coze::detail::to_json(*device_code));
    if (duration_seconds) out.set("duration_seconds", ::coze::detail::to_json(*duration_seconds));
    if (scope) out.set("scope", ::coze::detail::to_json(*scope));
    return out;
  }
};

// Parameters of oauth.device_code (POST /api/permission/oauth2/device/code).
struct OauthDeviceCode {
  // [body, required] The OAuth app's id
  std::string client_id{};

  ::coze::Json to_json() const {
    ::coze::Json out = ::coze::Json::object();
    out.set("client_id", ::coze::detail::to_json(client_id));
    return out;
  }
};

// Parameters of oauth.enterprise_token (POST /api/permission/oauth2/enterprise_id/{enterprise_id}/token).
struct OauthEnterpriseToken {
  // [path, required]
  std::string enterprise_id{};
  // [body, required] The grant
  std::string grant_type{};
  // [body] The OAuth app's id
  std::optional<std::string> client_id{};
  // [body] authorization_code - the code the redirect brought
  std::optional<std::string> code{};
  // [body] authorization_code - the redirect URI given to authorize
  std::optional<std::string> redirect_uri{};
  // [body] authorization_code with PKCE - the verifier of the challenge
  std::optional<std::string> code_verifier{};
  // [body] refresh_token - the refresh token
  std::optional<std::string> refresh_token{};
  // [body] device_code - the device code
  std::optional<std::string> device_code{};
  // [body] jwt-bearer - the access token's lifetime (default 900)
  std::optional<int64_t> duration_seconds{};
  // [body] jwt-bearer - an optional scope object
  std::optional<::coze::Json> scope{};

  ::coze::Json to_json() const {
    ::coze::Json out = ::coze::Json::object();
    out.set("enterprise_id", ::coze::detail::to_json(enterprise_id));
    out.set("grant_type", ::coze::detail::to_json(grant_type));
    if (client_id) out.set("client_id", ::coze::detail::to_json(*client_id));
    if (code) out.set("code", ::coze::detail::to_json(*code));
    if (redirect_uri) out.set("redirect_uri", ::coze::detail::to_json(*redirect_uri));
    if (code_verifier) out.set("code_verifier", ::coze::detail::to_json(*code_verifier));
    if (refresh_token) out.set("refresh_token", ::coze::detail::to_json(*refresh_token));
    if (device_code) out.set("device_code", ::coze::detail::to_json(*device_code));
    if (duration_seconds) out.set("duration_seconds", ::coze::detail::to_json(*duration_seconds));
    if (scope) out.set("scope", ::coze::detail::to_json(*scope));
    return out;
  }
};

// Parameters of oauth.token (POST /api/permission/oauth2/token).
struct OauthToken {
  // [body, required] The grant
  std::string grant_type{};
  // [body] The OAuth app's id
  std::optional<std::string> client_id{};
  // [body] authorization_code - the code the redirect brought
  std::optional<std::string> code{};
  // [body] authorization_code - the redirect URI given to authorize
  std::optional<std::string> redirect_uri{};
  // [body] authorization_code with PKCE - the verifier of the challenge
  std::optional<std::string> code_verifier{};
  // [body] refresh_token - the refresh token
  std::optional<std::string> refresh_token{};
  // [body] device_code - the device code
  std::optional<std::string> device_code{};
  // [body] jwt-bearer - the access token's lifetime (default 900)
  std::optional<int64_t> duration_seconds{};
  // [body] jwt-bearer - an optional scope object
  std::optional<::coze::Json> scope{};

  ::coze::Json to_json() const {
    ::coze::Json out = ::coze::Json::object();
    out.set("grant_type", ::coze::detail::to_json(grant_type));
    if (client_id) out.set("client_id", ::coze::detail::to_json(*client_id));
    if (code) out.set("code", ::coze::detail::to_json(*code));
    if (redirect_uri) out.set("redirect_uri", ::coze::detail::to_json(*redirect_uri));
    if (code_verifier) out.set("code_verifier", ::coze::detail::to_json(*code_verifier));
    if (refresh_token) out.set("refresh_token", ::coze::detail::to_json(*refresh_token));
    if (device_code) out.set("device_code", ::coze::detail::to_json(*device_code));
    if (duration_seconds) out.set("duration_seconds", ::coze::detail::to_json(*duration_seconds));
    if (scope) out.set("scope", ::coze::detail::to_json(*scope));
    return out;
  }
};

// Parameters of templates.duplicate (POST /v1/templates/{template_id}/duplicate).
struct TemplatesDuplicate {
  // [path, required]
  std::string template_id{};
  // [body, required]
  std::string workspace_id{};
  // [body] Name of the copy
  std::optional<std::string> name{};

  ::coze::Json to_json() const {
    ::coze::Json out = ::coze::Json::object();
    out.set("template_id", ::coze::detail::to_json(template_id));
    out.set("workspace_id", ::coze::detail::to_json(workspace_id));
    if (name) out.set("name", ::coze::detail::to_json(*name));
    return out;
  }
};

// Parameters of users.me (GET /v1/users/me).
struct UsersMe {
  ::coze::Json to_json() const {
    ::coze::Json out = ::coze::Json::object();
    return out;
  }
};

// Parameters of variables.retrieve (GET /v1/variables).
struct VariablesRetrieve {
  // [query]
  std::optional<std::string> app_id{};
  // [query]
  std::optional<std::string> bot_id{};
  // [query]
  std::optional<std::string> connector_id{};
  // [query] The end user's id in the channel
  std::optional<std::string> connector_uid{};
  // [query] Comma-separated variable names; all when absent
  std::optional<std::string> keywords{};

  ::coze::Json to_json() const {
    ::coze::Json out = ::coze::Json::object();
    if (app_id) out.set("app_id", ::coze::detail::to_json(*app_id));
    if (bot_id) out.set("bot_id", ::coze::detail::to_json(*bot_id));
    if (connector_id) out.set("connector_id", ::coze::detail::to_json(*connector_id));
    if (connector_uid) out.set("connector_uid", ::coze::detail::to_json(*connector_uid));
    if (keywords) out.set("keywords", ::coze::detail::to_json(*keywords));
    return out;
  }
};

// Parameters of variables.update (PUT /v1/variables).
struct VariablesUpdate {
  // [body]
  std::optional<std::string> app_id{};
  // [body]
  std::optional<std::string> bot_id{};
  // [body]
  std::optional<std::string> connector_id{};
  // [body] The end user's id in the channel
  std::optional<std::string> connector_uid{};
  // [body, required] keyword and value of each variable
  std::vector<::coze::input::VariableValue> data{};

  ::coze::Json to_json() const {
    ::coze::Json out = ::coze::Json::object();
    if (app_id) out.set("app_id", ::coze::detail::to_json(*app_id));
    if (bot_id) out.set("bot_id", ::coze::detail::to_json(*bot_id));
    if (connector_id) out.set("connector_id", ::coze::detail::to_json(*connector_id));
    if (connector_uid) out.set("connector_uid", ::coze::detail::to_json(*connector_uid));
    out.set("data", ::coze::detail::to_json(data));
    return out;
  }
};

// Parameters of workflows.chat.stream (POST /v1/workflows/chat).
struct WorkflowsChatStream {
  // [body, required]
  std::string workflow_id{};
  // [body, required] Context messages; the last one is the query
  std::vector<::coze::input::EnterMessage> additional_messages{};
  // [body] Input parameters of the start node
  std::optional<::coze::Json> parameters{};
  // [body] App the chat flow belongs to
  std::optional<std::string> app_id{};
  // [body] Bot to run the chat flow as
  std::optional<std::string> bot_id{};
  // [body] Conversation to chat in
  std::optional<std::string> conversation_id{};
  // [body] Extra fields such as latitude, longitude, user_id
  std::optional<std::map<std::string, std::string>> ext{};
  // [body] Version to run
  std::optional<std::string> workflow_version{};
  // [body] Channel (default 1024, API)
  std::optional<std::string> connector_id{};

  ::coze::Json to_json() const {
    ::coze::Json out = ::coze::Json::object();
    out.set("workflow_id", ::coze::detail::to_json(workflow_id));
    out.set("additional_messages", ::coze::detail::to_json(additional_messages));
    if (parameters) out.set("parameters", ::coze::detail::to_json(*parameters));
    if (app_id) out.set("app_id", ::coze::detail::to_json(*app_id));
    if (bot_id) out.set("bot_id", ::coze::detail::to_json(*bot_id));
    if (conversation_id) out.set("conversation_id", ::coze::detail::to_json(*conversation_id));
    if (ext) out.set("ext", ::coze::detail::to_json(*ext));
    if (workflow_version) out.set("workflow_version", ::coze::detail::to_json(*workflow_version));
    if (connector_id) out.set("connector_id", ::coze::detail::to_json(*connector_id));
    return out;
  }
};

// Parameters of workflows.list (GET /v1/workflows).
struct WorkflowsList {
  // [query]
  std::optional<std::string> workspace_id{};
  // [query] Page number from 1
  std::optional<int64_t> page_num{};
  // [query] Items per page
  std::optional<int64_t> page_size{};
  // [query]
  std::optional<std::string> workflow_mode{};
  // [query] Only the workflows of this app
  std::optional<std::string> app_id{};
  // [query]
  std::optional<std::string> publish_status{};

  ::coze::Json to_json() const {
    ::coze::Json out = ::coze::Json::object();
    if (workspace_id) out.set("workspace_id", ::coze::detail::to_json(*workspace_id));
    if (page_num) out.set("page_num", ::coze::detail::to_json(*page_num));
    if (page_size) out.set("page_size", ::coze::detail::to_json(*page_size));
    if (workflow_mode) out.set("workflow_mode", ::coze::detail::to_json(*workflow_mode));
    if (app_id) out.set("app_id", ::coze::detail::to_json(*app_id));
    if (publish_status) out.set("publish_status", ::coze::detail::to_json(*publish_status));
    return out;
  }
};

// Parameters of workflows.retrieve (GET /v1/workflows/{workflow_id}).
struct WorkflowsRetrieve {
  // [path, required]
  std::string workflow_id{};
  // [query] Include the start node's inputs and the end node's outputs
  std::optional<bool> include_input_output{};

  ::coze::Json to_json() const {
    ::coze::Json out = ::coze::Json::object();
    out.set("workflow_id", ::coze::detail::to_json(workflow_id));
    if (include_input_output) out.set("include_input_output", ::coze::detail::to_json(*include_input_output));
    return out;
  }
};

// Parameters of workflows.runs.create (POST /v1/workflow/run).
struct WorkflowsRunsCreate {
  // [body, required]
  std::string workflow_id{};
  // [body] Input parameters of the start node
  std::optional<::coze::Json> parameters{};
  // [body] Bot to run the workflow as
  std::optional<std::string> bot_id{};
  // [body] App the workflow belongs to
  std::optional<std::string> app_id{};
  // [body] Extra fields such as latitude, longitude, user_id
  std::optional<std::map<std::string, std::string>> ext{};
  // [body] Run asynchronously; poll the run history with execute_id
  std::optional<bool> is_async{};
  // [body] Version to run
  std::optional<std::string> workflow_version{};
  // [body] Channel (default 1024, API)
  std::optional<std::string> connector_id{};

  ::coze::Json to_json() const {
    ::coze::Json out = ::coze::Json::object();
    out.set("workflow_id", ::coze::detail::to_json(workflow_id));
    if (parameters) out.set("parameters", ::coze::detail::to_json(*parameters));
    if (bot_id) out.set("bot_id", ::coze::detail::to_json(*bot_id));
    if (app_id) out.set("app_id", ::coze::detail::to_json(*app_id));
    if (ext) out.set("ext", ::coze::detail::to_json(*ext));
    if (is_async) out.set("is_async", ::coze::detail::to_json(*is_async));
    if (workflow_version) out.set("workflow_version", ::coze::detail::to_json(*workflow_version));
    if (connector_id) out.set("connector_id", ::coze::detail::to_json(*connector_id));
    return out;
  }
};

// Parameters of workflows.runs.histories.execute_nodes.retrieve (GET
// /v1/workflows/{workflow_id}/run_histories/{execute_id}/execute_nodes/{node_execute_uuid}).
struct WorkflowsRunsHistoriesExecuteNodesRetrieve {
  // [path, required]
  std::string workflow_id{};
  // [path, required]
  std::string execute_id{};
  // [path, required]
  std::string node_execute_uuid{};

  ::coze::Json to_json() const {
    ::coze::Json out = ::coze::Json::object();
    out.set("workflow_id", ::coze::detail::to_json(workflow_id));
    out.set("execute_id", ::coze::detail::to_json(execute_id));
    out.set("node_execute_uuid", ::coze::detail::to_json(node_execute_uuid));
    return out;
  }
};

// Parameters of workflows.runs.histories.retrieve (GET
// /v1/workflows/{workflow_id}/run_histories/{execute_id}).
struct WorkflowsRunsHistoriesRetrieve {
  // [path, required]
  std::string workflow_id{};
  // [path, required]
  std::string execute_id{};

  ::coze::Json to_json() const {
    ::coze::Json out = ::coze::Json::object();
    out.set("workflow_id", ::coze::detail::to_json(workflow_id));
    out.set("execute_id", ::coze::detail::to_json(execute_id));
    return out;
  }
};

// Parameters of workflows.runs.resume (POST /v1/workflow/stream_resume).
struct WorkflowsRunsResume {
  // [body, required]
  std::string workflow_id{};
  // [body, required] event_id of the Interrupt event
  std::string event_id{};
  // [body, required] The answer to the interrupting question
  std::string resume_data{};
  // [body, required] type of the Interrupt event
  int64_t interrupt_type{};

  ::coze::Json to_json() const {
    ::coze::Json out = ::coze::Json::object();
    out.set("workflow_id", ::coze::detail::to_json(workflow_id));
    out.set("event_id", ::coze::detail::to_json(event_id));
    out.set("resume_data", ::coze::detail::to_json(resume_data));
    out.set("interrupt_type", ::coze::detail::to_json(interrupt_type));
    return out;
  }
};

// Parameters of workflows.runs.stream (POST /v1/workflow/stream_run).
struct WorkflowsRunsStream {
  // [body, required]
  std::string workflow_id{};
  // [body] Input parameters of the start node
  std::optional<::coze::Json> parameters{};
  // [body] Bot to run the workflow as
  std::optional<std::string> bot_id{};
  // [body] App the workflow belongs to
  std::optional<std::string> app_id{};
  // [body] Extra fields such as latitude, longitude, user_id
  std::optional<std::map<std::string, std::string>> ext{};
  // [body] Version to run
  std::optional<std::string> workflow_version{};
  // [body] Channel (default 1024, API)
  std::optional<std::string> connector_id{};

  ::coze::Json to_json() const {
    ::coze::Json out = ::coze::Json::object();
    out.set("workflow_id", ::coze::detail::to_json(workflow_id));
    if (parameters) out.set("parameters", ::coze::detail::to_json(*parameters));
    if (bot_id) out.set("bot_id", ::coze::detail::to_json(*bot_id));
    if (app_id) out.set("app_id", ::coze::detail::to_json(*app_id));
    if (ext) out.set("ext", ::coze::detail::to_json(*ext));
    if (workflow_version) out.set("workflow_version", ::coze::detail::to_json(*workflow_version));
    if (connector_id) out.set("connector_id", ::coze::detail::to_json(*connector_id));
    return out;
  }
};

// Parameters of workspaces.list (GET /v1/workspaces).
struct WorkspacesList {
  // [query] Page number from 1
  std::optional<int64_t> page_num{};
  // [query] Items per page
  std::optional<int64_t> page_size{};
  // [query] Only the workspaces of this enterprise
  std::optional<std::string> enterprise_id{};
  // [query] Only the workspaces of this user
  std::optional<std::string> user_id{};
  // [query] Only the workspaces of this organisation account
  std::optional<std::string> coze_account_id{};

  ::coze::Json to_json() const {
    ::coze::Json out = ::coze::Json::object();
    if (page_num) out.set("page_num", ::coze::detail::to_json(*page_num));
    if (page_size) out.set("page_size", ::coze::detail::to_json(*page_size));
    if (enterprise_id) out.set("enterprise_id", ::coze::detail::to_json(*enterprise_id));
    if (user_id) out.set("user_id", ::coze::detail::to_json(*user_id));
    if (coze_account_id) out.set("coze_account_id", ::coze::detail::to_json(*coze_account_id));
    return out;
  }
};

// Parameters of chat.stream: those of chat.create.
using ChatStream = ChatCreate;
// Parameters of chat.submit_tool_outputs.stream: those of chat.submit_tool_outputs.
using ChatSubmitToolOutputsStream = ChatSubmitToolOutputs;

}  // namespace params

namespace resources {

class WorkflowsRunsHistoriesExecuteNodes;
class ConversationsMessagesFeedback;
class WorkflowsRunsHistories;
class AudioRooms;
class AudioSpeech;
class AudioTranscriptions;
class AudioVoices;
class ChatMessages;
class ConversationsMessages;
class DatasetsDocuments;
class DatasetsImages;
class WorkflowsChat;
class WorkflowsRuns;
class Audio;
class Bots;
class Chat;
class Conversations;
class Datasets;
class Files;
class Oauth;
class Templates;
class Users;
class Variables;
class Workflows;
class Workspaces;

// The workflows.runs.histories.execute_nodes resource.
class WorkflowsRunsHistoriesExecuteNodes {
 public:
  explicit WorkflowsRunsHistoriesExecuteNodes(::coze::ClientBase& client) : client_(&client) {}
  // workflows.runs.histories.execute_nodes.retrieve: Gets the output of one node execution of a workflow run
  ::coze::model::WorkflowNodeExecuteHistory retrieve(
      const ::coze::params::WorkflowsRunsHistoriesExecuteNodesRetrieve& params,
      const ::coze::RequestOptions& options = ::coze::RequestOptions()) const;

 private:
  ::coze::ClientBase* client_;
};

// The conversations.messages.feedback resource.
class ConversationsMessagesFeedback {
 public:
  explicit ConversationsMessagesFeedback(::coze::ClientBase& client) : client_(&client) {}
  // conversations.messages.feedback.create: Rates a bot's message
  void create(const ::coze::params::ConversationsMessagesFeedbackCreate& params,
              const ::coze::RequestOptions& options = ::coze::RequestOptions()) const;
  // conversations.messages.feedback.delete: Removes the rating of a message
  void delete_(const ::coze::params::ConversationsMessagesFeedbackDelete& params,
               const ::coze::RequestOptions& options = ::coze::RequestOptions()) const;

 private:
  ::coze::ClientBase* client_;
};

// The workflows.runs.histories resource.
class WorkflowsRunsHistories {
 public:
  explicit WorkflowsRunsHistories(::coze::ClientBase& client) : client_(&client) {}
  WorkflowsRunsHistoriesExecuteNodes execute_nodes() const;
  // workflows.runs.histories.retrieve: Gets the result of an asynchronous workflow run
  std::vector<::coze::model::WorkflowRunHistory> retrieve(
      const ::coze::params::WorkflowsRunsHistoriesRetrieve& params,
      const ::coze::RequestOptions& options = ::coze::RequestOptions()) const;

 private:
  ::coze::ClientBase* client_;
};

// The audio.rooms resource.
class AudioRooms {
 public:
  explicit AudioRooms(::coze::ClientBase& client) : client_(&client) {}
  // audio.rooms.create: Creates an RTC room with a bot
  ::coze::model::Room create(const ::coze::params::AudioRoomsCreate& params,
                             const ::coze::RequestOptions& options = ::coze::RequestOptions()) const;

 private:
  ::coze::ClientBase* client_;
};

// The audio.speech resource.
class AudioSpeech {
 public:
  explicit AudioSpeech(::coze::ClientBase& client) : client_(&client) {}
  // audio.speech.create: Turns text into speech Returns the bytes and their content type.
  ::coze::Binary create(const ::coze::params::AudioSpeechCreate& params,
                        const ::coze::RequestOptions& options = ::coze::RequestOptions()) const;
  // audio.speech.create, streamed: writes the bytes to `sink` as they arrive (a callback, a std::ostream,
  // coze::ByteSink::file(path)); returns their content type and count.
  ::coze::Download create(const ::coze::params::AudioSpeechCreate& params, const ::coze::ByteSink& sink,
                          const ::coze::RequestOptions& options = ::coze::RequestOptions()) const;

 private:
  ::coze::ClientBase* client_;
};

// The audio.transcriptions resource.
class AudioTranscriptions {
 public:
  explicit AudioTranscriptions(::coze::ClientBase& client) : client_(&client) {}
  // audio.transcriptions.create: Turns speech into text
  ::coze::model::Transcription create(const ::coze::params::AudioTranscriptionsCreate& params,
                                      const ::coze::RequestOptions& options = ::coze::RequestOptions()) const;

 private:
  ::coze::ClientBase* client_;
};

// The audio.voices resource.
class AudioVoices {
 public:
  explicit AudioVoices(::coze::ClientBase& client) : client_(&client) {}
  // audio.voices.clone: Clones a voice from a recording
  ::coze::model::CloneVoiceResult clone(const ::coze::params::AudioVoicesClone& params,
                                        const ::coze::RequestOptions& options = ::coze::RequestOptions()) const;
  // audio.voices.list: Lists the voices available
  ::coze::model::ListVoicesResult list(const ::coze::params::AudioVoicesList& params = {},
                                       const ::coze::RequestOptions& options = ::coze::RequestOptions()) const;
  // audio.voices.list, every page (page_num paging): a lazy, single-pass range over the items (model::Voice),
  // one page in memory at a time; pages() gives the pages (has_more, total, items, log id). Sends nothing
  // until iterated; throws CozeError from the iteration. options.timeout_ms bounds each page's request, not
  // the whole iteration.
  ::coze::Pager<::coze::model::ListVoicesResult, ::coze::model::Voice> list_pages(
      const ::coze::params::AudioVoicesList& params = {},
      const ::coze::PageOptions& options = ::coze::PageOptions()) const;

 private:
  ::coze::ClientBase* client_;
};

// The chat.messages resource.
class ChatMessages {
 public:
  explicit ChatMessages(::coze::ClientBase& client) : client_(&client) {}
  // chat.messages.list: Lists the messages of a chat
  std::vector<::coze::model::Message> list(const ::coze::params::ChatMessagesList& params,
                                           const ::coze::RequestOptions& options = ::coze::RequestOptions()) const;

 private:
  ::coze::ClientBase* client_;
};

// The conversations.messages resource.
class ConversationsMessages {
 public:
  explicit ConversationsMessages(::coze::ClientBase& client) : client_(&client) {}
  ConversationsMessagesFeedback feedback() const;
  // conversations.messages.create: Adds a message to a conversation
  ::coze::model::Message create(const ::coze::params::ConversationsMessagesCreate& params,
                                const ::coze::RequestOptions& options = ::coze::RequestOptions()) const;
  // conversations.messages.delete: Deletes a message
  ::coze::model::Message delete_(const ::coze::params::ConversationsMessagesDelete& params,
                                 const ::coze::RequestOptions& options = ::coze::RequestOptions()) const;
  // conversations.messages.list: Lists a conversation's messages
  ::coze::model::ListMessagesResult list(const ::coze::params::ConversationsMessagesList& params,
                                         const ::coze::RequestOptions& options = ::coze::RequestOptions()) const;
  // conversations.messages.list, every page (cursor paging): a lazy, single-pass range over the items
  // (model::Message), one page in memory at a time; pages() gives the pages (has_more, total, items, log id).
  // Sends nothing until iterated; throws CozeError from the iteration. options.timeout_ms bounds each page's
  // request, not the whole iteration.
  ::coze::Pager<::coze::model::ListMessagesResult, ::coze::model::Message> list_pages(
      const ::coze::params::ConversationsMessagesList& params,
      const ::coze::PageOptions& options = ::coze::PageOptions()) const;
  // conversations.messages.retrieve: Gets a message
  ::coze::model::Message retrieve(const ::coze::params::ConversationsMessagesRetrieve& params,
                                  const ::coze::RequestOptions& options = ::coze::RequestOptions()) const;
  // conversations.messages.update: Changes a message
  ::coze::model::Message update(const ::coze::params::ConversationsMessagesUpdate& params,
                                const ::coze::RequestOptions& options = ::coze::RequestOptions()) const;

 private:
  ::coze::ClientBase* client_;
};

// The datasets.documents resource.
class DatasetsDocuments {
 public:
  explicit DatasetsDocuments(::coze::ClientBase& client) : client_(&client) {}
  // datasets.documents.create: Uploads files to a knowledge base
  std::vector<::coze::model::Document> create(const ::coze::params::DatasetsDocumentsCreate& params,
                                              const ::coze::RequestOptions& options = ::coze::RequestOptions()) const;
  // datasets.documents.delete: Deletes knowledge base files
  void delete_(const ::coze::params::DatasetsDocumentsDelete& params,
               const ::coze::RequestOptions& options = ::coze::RequestOptions()) const;
  // datasets.documents.list: Lists the files of a knowledge base
  ::coze::model::ListDocumentsResult list(const ::coze::params::DatasetsDocumentsList& params,
                                          const ::coze::RequestOptions& options = ::coze::RequestOptions()) const;
  // datasets.documents.list, every page (page_num paging): a lazy, single-pass range over the items
  // (model::Document), one page in memory at a time; pages() gives the pages (has_more, total, items, log
  // id). Sends nothing until iterated; throws CozeError from the iteration. options.timeout_ms bounds each
  // page's request, not the whole iteration.
  ::coze::Pager<::coze::model::ListDocumentsResult, ::coze::model::Document> list_pages(
      const ::coze::params::DatasetsDocumentsList& params,
      const ::coze::PageOptions& options = ::coze::PageOptions()) const;
  // datasets.documents.update: Renames a knowledge base file or changes its update rule
  void update(const ::coze::params::DatasetsDocumentsUpdate& params,
              const ::coze::RequestOptions& options = ::coze::RequestOptions()) const;

 private:
  ::coze::ClientBase* client_;
};

// The datasets.images resource.
class DatasetsImages {
 public:
  explicit DatasetsImages(::coze::ClientBase& client) : client_(&client) {}
  // datasets.images.list: Lists the images of an image knowledge base
  ::coze::model::ListPhotosResult list(const ::coze::params::DatasetsImagesList& params,
                                       const ::coze::RequestOptions& options = ::coze::RequestOptions()) const;
  // datasets.images.list, every page (page_num paging): a lazy, single-pass range over the items
  // (model::Photo), one page in memory at a time; pages() gives the pages (has_more, total, items, log id).
  // Sends nothing until iterated; throws CozeError from the iteration. options.timeout_ms bounds each page's
  // request, not the whole iteration.
  ::coze::Pager<::coze::model::ListPhotosResult, ::coze::model::Photo> list_pages(
      const ::coze::params::DatasetsImagesList& params,
      const ::coze::PageOptions& options = ::coze::PageOptions()) const;
  // datasets.images.update: Changes an image's caption
  void update(const ::coze::params::DatasetsImagesUpdate& params,
              const ::coze::RequestOptions& options = ::coze::RequestOptions()) const;

 private:
  ::coze::ClientBase* client_;
};

// The workflows.chat resource.
class WorkflowsChat {
 public:
  explicit WorkflowsChat(::coze::ClientBase& client) : client_(&client) {}
  // workflows.chat.stream: Runs a chat flow and streams chat events Calls on_event with each ChatEvent as it
  // arrives.
  void stream(const ::coze::params::WorkflowsChatStream& params,
              const std::function<void(const ::coze::ChatEvent&)>& on_event,
              const ::coze::RequestOptions& options = ::coze::RequestOptions()) const;

 private:
  ::coze::ClientBase* client_;
};

// The workflows.runs resource.
class WorkflowsRuns {
 public:
  explicit WorkflowsRuns(::coze::ClientBase& client) : client_(&client) {}
  WorkflowsRunsHistories histories() const;
  // workflows.runs.create: Runs a published workflow and waits for its result
  ::coze::model::WorkflowRunResult create(const ::coze::params::WorkflowsRunsCreate& params,
                                          const ::coze::RequestOptions& options = ::coze::RequestOptions()) const;
  // workflows.runs.resume: Resumes an interrupted workflow run and streams its events Calls on_event with
  // each WorkflowEvent as it arrives.
  void resume(const ::coze::params::WorkflowsRunsResume& params,
              const std::function<void(const ::coze::WorkflowEvent&)>& on_event,
              const ::coze::RequestOptions& options = ::coze::RequestOptions()) const;
  // workflows.runs.stream: Runs a published workflow and streams its events Calls on_event with each
  // WorkflowEvent as it arrives.
  void stream(const ::coze::params::WorkflowsRunsStream& params,
              const std::function<void(const ::coze::WorkflowEvent&)>& on_event,
              const ::coze::RequestOptions& options = ::coze::RequestOptions()) const;

 private:
  ::coze::ClientBase* client_;
};

// The audio resource.
class Audio {
 public:
  explicit Audio(::coze::ClientBase& client) : client_(&client) {}
  AudioRooms rooms() const;
  AudioSpeech speech() const;
  AudioTranscriptions transcriptions() const;
  AudioVoices voices() const;

 private:
  ::coze::ClientBase* client_;
};

// The bots resource.
class Bots {
 public:
  explicit Bots(::coze::ClientBase& client) : client_(&client) {}
  // bots.create: Creates a draft bot
  ::coze::model::CreateBotResult create(const ::coze::params::BotsCreate& params,
                                        const ::coze::RequestOptions& options = ::coze::RequestOptions()) const;
  // bots.list: Lists the bots of a workspace
  ::coze::model::ListBotsResult list(const ::coze::params::BotsList& params = {},
                                     const ::coze::RequestOptions& options = ::coze::RequestOptions()) const;
  // bots.list, every page (page_num paging): a lazy, single-pass range over the items (model::SimpleBot), one
  // page in memory at a time; pages() gives the pages (has_more, total, items, log id). Sends nothing until
  // iterated; throws CozeError from the iteration. options.timeout_ms bounds each page's request, not the
  // whole iteration.
  ::coze::Pager<::coze::model::ListBotsResult, ::coze::model::SimpleBot> list_pages(
      const ::coze::params::BotsList& params = {}, const ::coze::PageOptions& options = ::coze::PageOptions()) const;
  // bots.list_v1: Lists the bots of a space published to the API channel (v1)
  ::coze::model::ListBotsResult list_v1(const ::coze::params::BotsListV1& params,
                                        const ::coze::RequestOptions& options = ::coze::RequestOptions()) const;
  // bots.list_v1, every page (page_index paging): a lazy, single-pass range over the items
  // (model::SimpleBot), one page in memory at a time; pages() gives the pages (has_more, total, items, log
  // id). Sends nothing until iterated; throws CozeError from the iteration. options.timeout_ms bounds each
  // page's request, not the whole iteration.
  ::coze::Pager<::coze::model::ListBotsResult, ::coze::model::SimpleBot> list_v1_pages(
      const ::coze::params::BotsListV1& params, const ::coze::PageOptions& options = ::coze::PageOptions()) const;
  // bots.publish: Publishes a bot to channels
  ::coze::model::PublishBotResult publish(const ::coze::params::BotsPublish& params,
                                          const ::coze::RequestOptions& options = ::coze::RequestOptions()) const;
  // bots.retrieve: Gets a bot's configuration
  ::coze::model::Bot retrieve(const ::coze::params::BotsRetrieve& params,
                              const ::coze::RequestOptions& options = ::coze::RequestOptions()) const;
  // bots.retrieve_v1: Gets a bot published to the API channel (v1)
  ::coze::model::Bot retrieve_v1(const ::coze::params::BotsRetrieveV1& params,
                                 const ::coze::RequestOptions& options = ::coze::RequestOptions()) const;
  // bots.update: Changes a bot's draft
  void update(const ::coze::params::BotsUpdate& params,
              const ::coze::RequestOptions& options = ::coze::RequestOptions()) const;

 private:
  ::coze::ClientBase* client_;
};

// The chat resource.
class Chat {
 public:
  explicit Chat(::coze::ClientBase& client) : client_(&client) {}
  ChatMessages messages() const;
  // chat.cancel: Cancels a chat in progress
  ::coze::model::Chat cancel(const ::coze::params::ChatCancel& params,
                             const ::coze::RequestOptions& options = ::coze::RequestOptions()) const;
  // chat.create: Starts a chat with a bot
  ::coze::model::Chat create(const ::coze::params::ChatCreate& params,
                             const ::coze::RequestOptions& options = ::coze::RequestOptions()) const;
  // chat.create_and_poll: creates the chat, polls chat.retrieve every poll.interval_ms until it is completed,
  // failed, requires_action or canceled, then lists its messages. When the timeout (poll.timeout_ms, else
  // options.timeout_ms) passes first, the chat is cancelled and TimeoutError thrown.
  ::coze::ChatPoll create_and_poll(const ::coze::params::ChatCreate& params,
                                   const ::coze::PollOptions& poll = ::coze::PollOptions(),
                                   const ::coze::RequestOptions& options = ::coze::RequestOptions()) const;
  // chat.run_tools: streams the chat like stream() and, each time the bot asks for tools (requires_action),
  // validates every call's arguments against its Tool's schema, runs the tools (each on a thread of its own),
  // submits their outputs and streams on, up to run.max_rounds rounds. Calls on_event with each ChatEvent of
  // every round. Throws ToolError at the round limit, or when run.fail_on_error and a tool fails.
  void run_tools(const ::coze::params::ChatCreate& params, const std::vector<::coze::Tool>& tools,
                 const std::function<void(const ::coze::ChatEvent&)>& on_event,
                 const ::coze::ToolsOptions& run = ::coze::ToolsOptions(),
                 const ::coze::RequestOptions& options = ::coze::RequestOptions()) const;
  // chat.retrieve: Gets a chat
  ::coze::model::Chat retrieve(const ::coze::params::ChatRetrieve& params,
                               const ::coze::RequestOptions& options = ::coze::RequestOptions()) const;
  // chat.stream: Starts a chat with a bot (streaming) Calls on_event with each ChatEvent as it arrives.
  void stream(const ::coze::params::ChatStream& params, const std::function<void(const ::coze::ChatEvent&)>& on_event,
              const ::coze::RequestOptions& options = ::coze::RequestOptions()) const;
  // chat.submit_tool_outputs: Submits tool results to a chat that requires action
  ::coze::model::Chat submit_tool_outputs(const ::coze::params::ChatSubmitToolOutputs& params,
                                          const ::coze::RequestOptions& options = ::coze::RequestOptions()) const;
  // chat.submit_tool_outputs.stream: Submits tool results to a chat that requires action (streaming) Calls
  // on_event with each ChatEvent as it arrives.
  void submit_tool_outputs_stream(const ::coze::params::ChatSubmitToolOutputsStream& params,
                                  const std::function<void(const ::coze::ChatEvent&)>& on_event,
                                  const ::coze::RequestOptions& options = ::coze::RequestOptions()) const;

 private:
  ::coze::ClientBase* client_;
};

// The conversations resource.
class Conversations {
 public:
  explicit Conversations(::coze::ClientBase& client) : client_(&client) {}
  ConversationsMessages messages() const;
  // conversations.clear: Clears a conversation's context by starting a new section
  ::coze::model::Section clear(const ::coze::params::ConversationsClear& params,
                               const ::coze::RequestOptions& options = ::coze::RequestOptions()) const;
  // conversations.create: Creates a conversation
  ::coze::model::Conversation create(const ::coze::params::ConversationsCreate& params = {},
                                     const ::coze::RequestOptions& options = ::coze::RequestOptions()) const;
  // conversations.delete: Deletes a conversation
  void delete_(const ::coze::params::ConversationsDelete& params,
               const ::coze::RequestOptions& options = ::coze::RequestOptions()) const;
  // conversations.list: Lists a bot's conversations
  ::coze::model::ListConversationsResult list(const ::coze::params::ConversationsList& params,
                                              const ::coze::RequestOptions& options = ::coze::RequestOptions()) const;
  // conversations.list, every page (page_num paging): a lazy, single-pass range over the items
  // (model::Conversation), one page in memory at a time; pages() gives the pages (has_more, total, items, log
  // id). Sends nothing until iterated; throws CozeError from the iteration. options.timeout_ms bounds each
  // page's request, not the whole iteration.
  ::coze::Pager<::coze::model::ListConversationsResult, ::coze::model::Conversation> list_pages(
      const ::coze::params::ConversationsList& params,
      const ::coze::PageOptions& options = ::coze::PageOptions()) const;
  // conversations.retrieve: Gets a conversation
  ::coze::model::Conversation retrieve(const ::coze::params::ConversationsRetrieve& params,
                                       const ::coze::RequestOptions& options = ::coze::RequestOptions()) const;
  // conversations.update: Renames a conversation
  ::coze::model::Conversation update(const ::coze::params::ConversationsUpdate& params,
                                     const ::coze::RequestOptions& options = ::coze::RequestOptions()) const;

 private:
  ::coze::ClientBase* client_;
};

// The datasets resource.
class Datasets {
 public:
  explicit Datasets(::coze::ClientBase& client) : client_(&client) {}
  DatasetsDocuments documents() const;
  DatasetsImages images() const;
  // datasets.create: Creates a knowledge base
  ::coze::model::CreateDatasetResult create(const ::coze::params::DatasetsCreate& params,
                                            const ::coze::RequestOptions& options = ::coze::RequestOptions()) const;
  // datasets.delete: Deletes a knowledge base and its files
  void delete_(const ::coze::params::DatasetsDelete& params,
               const ::coze::RequestOptions& options = ::coze::RequestOptions()) const;
  // datasets.list: Lists the knowledge bases of a space
  ::coze::model::ListDatasetsResult list(const ::coze::params::DatasetsList& params,
                                         const ::coze::RequestOptions& options = ::coze::RequestOptions()) const;
  // datasets.list, every page (page_num paging): a lazy, single-pass range over the items (model::Dataset),
  // one page in memory at a time; pages() gives the pages (has_more, total, items, log id). Sends nothing
  // until iterated; throws CozeError from the iteration. options.timeout_ms bounds each page's request, not
  // the whole iteration.
  ::coze::Pager<::coze::model::ListDatasetsResult, ::coze::model::Dataset> list_pages(
      const ::coze::params::DatasetsList& params, const ::coze::PageOptions& options = ::coze::PageOptions()) const;
  // datasets.process: Gets the upload progress of knowledge base files
  std::vector<::coze::model::DocumentProgress> process(
      const ::coze::params::DatasetsProcess& params,
      const ::coze::RequestOptions& options = ::coze::RequestOptions()) const;
  // datasets.update: Changes a knowledge base
  void update(const ::coze::params::DatasetsUpdate& params,
              const ::coze::RequestOptions& options = ::coze::RequestOptions()) const;

 private:
  ::coze::ClientBase* client_;
};

// The files resource.
class Files {
 public:
  explicit Files(::coze::ClientBase& client) : client_(&client) {}
  // files.retrieve: Gets an uploaded file's information
  ::coze::model::File retrieve(const ::coze::params::FilesRetrieve& params,
                               const ::coze::RequestOptions& options = ::coze::RequestOptions()) const;
  // files.upload: Uploads a file
  ::coze::model::File upload(const ::coze::params::FilesUpload& params,
                             const ::coze::RequestOptions& options = ::coze::RequestOptions()) const;

 private:
  ::coze::ClientBase* client_;
};

// The oauth resource.
class Oauth {
 public:
  explicit Oauth(::coze::ClientBase& client) : client_(&client) {}
  // oauth.account_token: Gets a service app's access token for an account
  ::coze::model::OAuthToken account_token(const ::coze::params::OauthAccountToken& params,
                                          const ::coze::RequestOptions& options = ::coze::RequestOptions()) const;
  // oauth.device_code: Starts the device flow - a user code to show and a device code to poll with
  ::coze::model::DeviceCode device_code(const ::coze::params::OauthDeviceCode& params,
                                        const ::coze::RequestOptions& options = ::coze::RequestOptions()) const;
  // oauth.enterprise_token: Gets a service app's access token for an enterprise
  ::coze::model::OAuthToken enterprise_token(const ::coze::params::OauthEnterpriseToken& params,
                                             const ::coze::RequestOptions& options = ::coze::RequestOptions()) const;
  // oauth.token: Gets an access token for a grant. A web app's client secret, or a service app's JWT, goes as
  // the bearer (CallOptions headers); PKCE and device apps send none.
  ::coze::model::OAuthToken token(const ::coze::params::OauthToken& params,
                                  const ::coze::RequestOptions& options = ::coze::RequestOptions()) const;

 private:
  ::coze::ClientBase* client_;
};

// The templates resource.
class Templates {
 public:
  explicit Templates(::coze::ClientBase& client) : client_(&client) {}
  // templates.duplicate: Copies a template into a workspace
  ::coze::model::DuplicateTemplateResult duplicate(
      const ::coze::params::TemplatesDuplicate& params,
      const ::coze::RequestOptions& options = ::coze::RequestOptions()) const;

 private:
  ::coze::ClientBase* client_;
};

// The users resource.
class Users {
 public:
  explicit Users(::coze::ClientBase& client) : client_(&client) {}
  // users.me: Gets the caller's own user
  ::coze::model::User me(const ::coze::RequestOptions& options = ::coze::RequestOptions()) const;

 private:
  ::coze::ClientBase* client_;
};

// The variables resource.
class Variables {
 public:
  explicit Variables(::coze::ClientBase& client) : client_(&client) {}
  // variables.retrieve: Reads user variables of a bot or app
  ::coze::model::RetrieveVariablesResult retrieve(
      const ::coze::params::VariablesRetrieve& params = {},
      const ::coze::RequestOptions& options = ::coze::RequestOptions()) const;
  // variables.update: Sets user variables of a bot or app
  void update(const ::coze::params::VariablesUpdate& params,
              const ::coze::RequestOptions& options = ::coze::RequestOptions()) const;

 private:
  ::coze::ClientBase* client_;
};

// The workflows resource.
class Workflows {
 public:
  explicit Workflows(::coze::ClientBase& client) : client_(&client) {}
  WorkflowsChat chat() const;
  WorkflowsRuns runs() const;
  // workflows.list: Lists the workflows of a workspace
  ::coze::model::ListWorkflowsResult list(const ::coze::params::WorkflowsList& params = {},
                                          const ::coze::RequestOptions& options = ::coze::RequestOptions()) const;
  // workflows.list, every page (page_num paging): a lazy, single-pass range over the items
  // (model::WorkflowBasic), one page in memory at a time; pages() gives the pages (has_more, total, items,
  // log id). Sends nothing until iterated; throws CozeError from the iteration. options.timeout_ms bounds
  // each page's request, not the whole iteration.
  ::coze::Pager<::coze::model::ListWorkflowsResult, ::coze::model::WorkflowBasic> list_pages(
      const ::coze::params::WorkflowsList& params = {},
      const ::coze::PageOptions& options = ::coze::PageOptions()) const;
  // workflows.retrieve: Gets a workflow
  ::coze::model::WorkflowInfo retrieve(const ::coze::params::WorkflowsRetrieve& params,
                                       const ::coze::RequestOptions& options = ::coze::RequestOptions()) const;

 private:
  ::coze::ClientBase* client_;
};

// The workspaces resource.
class Workspaces {
 public:
  explicit Workspaces(::coze::ClientBase& client) : client_(&client) {}
  // workspaces.list: Lists the workspaces the caller has joined
  ::coze::model::ListWorkspacesResult list(const ::coze::params::WorkspacesList& params = {},
                                           const ::coze::RequestOptions& options = ::coze::RequestOptions()) const;
  // workspaces.list, every page (page_num paging): a lazy, single-pass range over the items
  // (model::Workspace), one page in memory at a time; pages() gives the pages (has_more, total, items, log
  // id). Sends nothing until iterated; throws CozeError from the iteration. options.timeout_ms bounds each
  // page's request, not the whole iteration.
  ::coze::Pager<::coze::model::ListWorkspacesResult, ::coze::model::Workspace> list_pages(
      const ::coze::params::WorkspacesList& params = {},
      const ::coze::PageOptions& options = ::coze::PageOptions()) const;

 private:
  ::coze::ClientBase* client_;
};

inline ::coze::model::WorkflowNodeExecuteHistory WorkflowsRunsHistoriesExecuteNodes::retrieve(
    const ::coze::params::WorkflowsRunsHistoriesExecuteNodesRetrieve& params,
    const ::coze::RequestOptions& options) const {
  ::coze::AnyView root =
      client_->call("workflows.runs.histories.execute_nodes.retrieve", params.to_json().dump(), options);
  return ::coze::model::WorkflowNodeExecuteHistory(root);
}
inline void ConversationsMessagesFeedback::create(const ::coze::params::ConversationsMessagesFeedbackCreate& params,
                                                  const ::coze::RequestOptions& options) const {
  client_->call("conversations.messages.feedback.create", params.to_json().dump(), options);
}
inline void ConversationsMessagesFeedback::delete_(const ::coze::params::ConversationsMessagesFeedbackDelete& params,
                                                   const ::coze::RequestOptions& options) const {
  client_->call("conversations.messages.feedback.delete", params.to_json().dump(), options);
}
inline WorkflowsRunsHistoriesExecuteNodes WorkflowsRunsHistories::execute_nodes() const {
  return WorkflowsRunsHistoriesExecuteNodes(*client_);
}
inline std::vector<::coze::model::WorkflowRunHistory> WorkflowsRunsHistories::retrieve(
    const ::coze::params::WorkflowsRunsHistoriesRetrieve& params, const ::coze::RequestOptions& options) const {
  ::coze::AnyView root = client_->call("workflows.runs.histories.retrieve", params.to_json().dump(), options);
  return ::coze::detail::read_or_empty<std::vector<::coze::model::WorkflowRunHistory>>(root);
}
inline ::coze::model::Room AudioRooms::create(const ::coze::params::AudioRoomsCreate& params,
                                              const ::coze::RequestOptions& options) const {
  ::coze::AnyView root = client_->call("audio.rooms.create", params.to_json().dump(), options);
  return ::coze::model::Room(root);
}
inline ::coze::Binary AudioSpeech::create(const ::coze::params::AudioSpeechCreate& params,
                                          const ::coze::RequestOptions& options) const {
  return client_->call_binary("audio.speech.create", params.to_json().dump(), options);
}
inline ::coze::Download AudioSpeech::create(const ::coze::params::AudioSpeechCreate& params,
                                            const ::coze::ByteSink& sink, const ::coze::RequestOptions& options) const {
  return client_->call_binary("audio.speech.create", params.to_json().dump(), sink, options);
}
inline ::coze::model::Transcription AudioTranscriptions::create(const ::coze::params::AudioTranscriptionsCreate& params,
                                                                const ::coze::RequestOptions& options) const {
  const ::coze::Uploads files{{"file", &params.file}};
  ::coze::AnyView root = client_->call("audio.transcriptions.create", params.to_json().dump(), options, files);
  return ::coze::model::Transcription(root);
}
inline ::coze::model::CloneVoiceResult AudioVoices::clone(const ::coze::params::AudioVoicesClone& params,
                                                          const ::coze::RequestOptions& options) const {
  const ::coze::Uploads files{{"file", &params.file}};
  ::coze::AnyView root = client_->call("audio.voices.clone", params.to_json().dump(), options, files);
  return ::coze::model::CloneVoiceResult(root);
}
inline ::coze::model::ListVoicesResult AudioVoices::list(const ::coze::params::AudioVoicesList& params,
                                                         const ::coze::RequestOptions& options) const {
  ::coze::AnyView root = client_->call("audio.voices.list", params.to_json().dump(), options);
  return ::coze::model::ListVoicesResult(root);
}
inline ::coze::Pager<::coze::model::ListVoicesResult, ::coze::model::Voice> AudioVoices::list_pages(
    const ::coze::params::AudioVoicesList& params, const ::coze::PageOptions& options) const {
  return {*client_, "audio.voices.list.pages", params.to_json().dump(), options, {"voice_list", "has_more", nullptr}};
}
inline std::vector<::coze::model::Message> ChatMessages::list(const ::coze::params::ChatMessagesList& params,
                                                              const ::coze::RequestOptions& options) const {
  ::coze::AnyView root = client_->call("chat.messages.list", params.to_json().dump(), options);
  return ::coze::detail::read_or_empty<std::vector<::coze::model::Message>>(root);
}
inline ConversationsMessagesFeedback ConversationsMessages::feedback() const {
  return ConversationsMessagesFeedback(*client_);
}
inline ::coze::model::Message ConversationsMessages::create(const ::coze::params::ConversationsMessagesCreate& params,
                                                            const ::coze::RequestOptions& options) const {
  ::coze::AnyView root = client_->call("conversations.messages.create", params.to_json().dump(), options);
  return ::coze::model::Message(root);
}
inline ::coze::model::Message ConversationsMessages::delete_(const ::coze::params::ConversationsMessagesDelete& params,
                                                             const ::coze::RequestOptions& options) const {
  ::coze::AnyView root = client_->call("conversations.messages.delete", params.to_json().dump(), options);
  return ::coze::model::Message(root);
}
inline ::coze::model::ListMessagesResult ConversationsMessages::list(
    const ::coze::params::ConversationsMessagesList& params, const ::coze::RequestOptions& options) const {
  ::coze::AnyView root = client_->call("conversations.messages.list", params.to_json().dump(), options);
  return ::coze::model::ListMessagesResult(root);
}
inline ::coze::Pager<::coze::model::ListMessagesResult, ::coze::model::Message> ConversationsMessages::list_pages(
    const ::coze::params::ConversationsMessagesList& params, const ::coze::PageOptions& options) const {
  return {*client_, "conversations.messages.list.pages",
          params.to_json().dump(), options, {"data", "has_more", nullptr}};
}
inline ::coze::model::Message ConversationsMessages::retrieve(
    const ::coze::params::ConversationsMessagesRetrieve& params, const ::coze::RequestOptions& options) const {
  ::coze::AnyView root = client_->call("conversations.messages.retrieve", params.to_json().dump(), options);
  return ::coze::model::Message(root);
}
inline ::coze::model::Message ConversationsMessages::update(const ::coze::params::ConversationsMessagesUpdate& params,
                                                            const ::coze::RequestOptions& options) const {
  ::coze::AnyView root = client_->call("conversations.messages.update", params.to_json().dump(), options);
  return ::coze::model::Message(root);
}
inline std::vector<::coze::model::Document> DatasetsDocuments::create(
    const ::coze::params::DatasetsDocumentsCreate& params, const ::coze::RequestOptions& options) const {
  ::coze::AnyView root = client_->call("datasets.documents.create", params.to_json().dump(), options);
  return ::coze::detail::read_or_empty<std::vector<::coze::model::Document>>(root);
}
inline void DatasetsDocuments::delete_(const ::coze::params::DatasetsDocumentsDelete& params,
                                       const ::coze::RequestOptions& options) const {
  client_->call("datasets.documents.delete", params.to_json().dump(), options);
}
inline ::coze::model::ListDocumentsResult DatasetsDocuments::list(const ::coze::params::DatasetsDocumentsList& params,
                                                                  const ::coze::RequestOptions& options) const {
  ::coze::AnyView root = client_->call("datasets.documents.list", params.to_json().dump(), options);
  return ::coze::model::ListDocumentsResult(root);
}
inline ::coze::Pager<::coze::model::ListDocumentsResult, ::coze::model::Document> DatasetsDocuments::list_pages(
    const ::coze::params::DatasetsDocumentsList& params, const ::coze::PageOptions& options) const {
  return {*client_, "datasets.documents.list.pages",
          params.to_json().dump(), options, {"document_infos", nullptr, "total"}};
}
inline void DatasetsDocuments::update(const ::coze::params::DatasetsDocumentsUpdate& params,
                                      const ::coze::RequestOptions& options) const {
  client_->call("datasets.documents.update", params.to_json().dump(), options);
}
inline ::coze::model::ListPhotosResult DatasetsImages::list(const ::coze::params::DatasetsImagesList& params,
                                                            const ::coze::RequestOptions& options) const {
  ::coze::AnyView root = client_->call("datasets.images.list", params.to_json().dump(), options);
  return ::coze::model::ListPhotosResult(root);
}
inline ::coze::Pager<::coze::model::ListPhotosResult, ::coze::model::Photo> DatasetsImages::list_pages(
    const ::coze::params::DatasetsImagesList& params, const ::coze::PageOptions& options) const {
  return {*client_, "datasets.images.list.pages",
          params.to_json().dump(), options, {"photo_infos", nullptr, "total_count"}};
}
inline void DatasetsImages::update(const ::coze::params::DatasetsImagesUpdate& params,
                                   const ::coze::RequestOptions& options) const {
  client_->call("datasets.images.update", params.to_json().dump(), options);
}
inline void WorkflowsChat::stream(const ::coze::params::WorkflowsChatStream& params,
                                  const std::function<void(const ::coze::ChatEvent&)>& on_event,
                                  const ::coze::RequestOptions& options) const {
  auto each = [&on_event](const ::coze::EventView& event) {
    if (on_event) on_event(::coze::ChatEvent(event));
  };
  client_->stream("workflows.chat.stream", params.to_json().dump(), each, options);
}
inline WorkflowsRunsHistories WorkflowsRuns::histories() const { return WorkflowsRunsHistories(*client_); }
inline ::coze::model::WorkflowRunResult WorkflowsRuns::create(const ::coze::params::WorkflowsRunsCreate& params,
                                                              const ::coze::RequestOptions& options) const {
  ::coze::AnyView root = client_->call("workflows.runs.create", params.to_json().dump(), options);
  return ::coze::model::WorkflowRunResult(root);
}
inline void WorkflowsRuns::resume(const ::coze::params::WorkflowsRunsResume& params,
                                  const std::function<void(const ::coze::WorkflowEvent&)>& on_event,
                                  const ::coze::RequestOptions& options) const {
  auto each = [&on_event](const ::coze::EventView& event) {
    if (on_event) on_event(::coze::WorkflowEvent(event));
  };
  client_->stream("workflows.runs.resume", params.to_json().dump(), each, options);
}
inline void WorkflowsRuns::stream(const ::coze::params::WorkflowsRunsStream& params,
                                  const std::function<void(const ::coze::WorkflowEvent&)>& on_event,
                                  const ::coze::RequestOptions& options) const {
  auto each = [&on_event](const ::coze::EventView& event) {
    if (on_event) on_event(::coze::WorkflowEvent(event));
  };
  client_->stream("workflows.runs.stream", params.to_json().dump(), each, options);
}
inline AudioRooms Audio::rooms() const { return AudioRooms(*client_); }
inline AudioSpeech Audio::speech() const { return AudioSpeech(*client_); }
inline AudioTranscriptions Audio::transcriptions() const { return AudioTranscriptions(*client_); }
inline AudioVoices Audio::voices() const { return AudioVoices(*client_); }
inline ::coze::model::CreateBotResult Bots::create(const ::coze::params::BotsCreate& params,
                                                   const ::coze::RequestOptions& options) const {
  ::coze::AnyView root = client_->call("bots.create", params.to_json().dump(), options);
  return ::coze::model::CreateBotResult(root);
}
inline ::coze::model::ListBotsResult Bots::list(const ::coze::params::BotsList& params,
                                                const ::coze::RequestOptions& options) const {
  ::coze::AnyView root = client_->call("bots.list", params.to_json().dump(), options);
  return ::coze::model::ListBotsResult(root);
}
inline ::coze::Pager<::coze::model::ListBotsResult, ::coze::model::SimpleBot> Bots::list_pages(
    const ::coze::params::BotsList& params, const ::coze::PageOptions& options) const {
  return {*client_, "bots.list.pages", params.to_json().dump(), options, {"items", nullptr, "total"}};
}
inline ::coze::model::ListBotsResult Bots::list_v1(const ::coze::params::BotsListV1& params,
                                                   const ::coze::RequestOptions& options) const {
  ::coze::AnyView root = client_->call("bots.list_v1", params.to_json().dump(), options);
  return ::coze::model::ListBotsResult(root);
}
inline ::coze::Pager<::coze::model::ListBotsResult, ::coze::model::SimpleBot> Bots::list_v1_pages(
    const ::coze::params::BotsListV1& params, const ::coze::PageOptions& options) const {
  return {*client_, "bots.list_v1.pages", params.to_json().dump(), options, {"items", nullptr, "total"}};
}
inline ::coze::model::PublishBotResult Bots::publish(const ::coze::params::BotsPublish& params,
                                                     const ::coze::RequestOptions& options) const {
  ::coze::AnyView root = client_->call("bots.publish", params.to_json().dump(), options);
  return ::coze::model::PublishBotResult(root);
}
inline ::coze::model::Bot Bots::retrieve(const ::coze::params::BotsRetrieve& params,
                                         const ::coze::RequestOptions& options) const {
  ::coze::AnyView root = client_->call("bots.retrieve", params.to_json().dump(), options);
  return ::coze::model::Bot(root);
}
inline ::coze::model::Bot Bots::retrieve_v1(const ::coze::params::BotsRetrieveV1& params,
                                            const ::coze::RequestOptions& options) const {
  ::coze::AnyView root = client_->call("bots.retrieve_v1", params.to_json().dump(), options);
  return ::coze::model::Bot(root);
}
inline void Bots::update(const ::coze::params::BotsUpdate& params, const ::coze::RequestOptions& options) const {
  client_->call("bots.update", params.to_json().dump(), options);
}
inline ChatMessages Chat::messages() const { return ChatMessages(*client_); }
inline ::coze::model::Chat Chat::cancel(const ::coze::params::ChatCancel& params,
                                        const ::coze::RequestOptions& options) const {
  ::coze::AnyView root = client_->call("chat.cancel", params.to_json().dump(), options);
  return ::coze::model::Chat(root);
}
inline ::coze::model::Chat Chat::create(const ::coze::params::ChatCreate& params,
                                        const ::coze::RequestOptions& options) const {
  ::coze::AnyView root = client_->call("chat.create", params.to_json().dump(), options);
  return ::coze::model::Chat(root);
}
inline ::coze::ChatPoll Chat::create_and_poll(const ::coze::params::ChatCreate& params, const ::coze::PollOptions& poll,
                                              const ::coze::RequestOptions& options) const {
  return client_->create_and_poll(params.to_json().dump(), poll, options);
}
inline void Chat::run_tools(const ::coze::params::ChatCreate& params, const std::vector<::coze::Tool>& tools,
                            const std::function<void(const ::coze::ChatEvent&)>& on_event,
                            const ::coze::ToolsOptions& run, const ::coze::RequestOptions& options) const {
  auto each = [&on_event](const ::coze::EventView& event) {
    if (on_event) on_event(::coze::ChatEvent(event));
  };
  client_->run_tools(params.to_json().dump(), tools, each, run, options);
}
inline ::coze::model::Chat Chat::retrieve(const ::coze::params::ChatRetrieve& params,
                                          const ::coze::RequestOptions& options) const {
  ::coze::AnyView root = client_->call("chat.retrieve", params.to_json().dump(), options);
  return ::coze::model::Chat(root);
}
inline void Chat::stream(const ::coze::params::ChatStream& params,
                         const std::function<void(const ::coze::ChatEvent&)>& on_event,
                         const ::coze::RequestOptions& options) const {
  auto each = [&on_event](const ::coze::EventView& event) {
    if (on_event) on_event(::coze::ChatEvent(event));
  };
  client_->stream("chat.stream", params.to_json().dump(), each, options);
}
inline ::coze::model::Chat Chat::submit_tool_outputs(const ::coze::params::ChatSubmitToolOutputs& params,
                                                     const ::coze::RequestOptions& options) const {
  ::coze::AnyView root = client_->call("chat.submit_tool_outputs", params.to_json().dump(), options);
  return ::coze::model::Chat(root);
}
inline void Chat::submit_tool_outputs_stream(const ::coze::params::ChatSubmitToolOutputsStream& params,
                                             const std::function<void(const ::coze::ChatEvent&)>& on_event,
                                             const ::coze::RequestOptions& options) const {
  auto each = [&on_event](const ::coze::EventView& event) {
    if (on_event) on_event(::coze::ChatEvent(event));
  };
  client_->stream("chat.submit_tool_outputs.stream", params.to_json().dump(), each, options);
}
inline ConversationsMessages Conversations::messages() const { return ConversationsMessages(*client_); }
inline ::coze::model::Section Conversations::clear(const ::coze::params::ConversationsClear& params,
                                                   const ::coze::RequestOptions& options) const {
  ::coze::AnyView root = client_->call("conversations.clear", params.to_json().dump(), options);
  return ::coze::model::Section(root);
}
inline ::coze::model::Conversation Conversations::create(const ::coze::params::ConversationsCreate& params,
                                                         const ::coze::RequestOptions& options) const {
  ::coze::AnyView root = client_->call("conversations.create", params.to_json().dump(), options);
  return ::coze::model::Conversation(root);
}
inline void Conversations::delete_(const ::coze::params::ConversationsDelete& params,
                                   const ::coze::RequestOptions& options) const {
  client_->call("conversations.delete", params.to_json().dump(), options);
}
inline ::coze::model::ListConversationsResult Conversations::list(const ::coze::params::ConversationsList& params,
                                                                  const ::coze::RequestOptions& options) const {
  ::coze::AnyView root = client_->call("conversations.list", params.to_json().dump(), options);
  return ::coze::model::ListConversationsResult(root);
}
inline ::coze::Pager<::coze::model::ListConversationsResult, ::coze::model::Conversation> Conversations::list_pages(
    const ::coze::params::ConversationsList& params, const ::coze::PageOptions& options) const {
  return {*client_, "conversations.list.pages",
          params.to_json().dump(), options, {"conversations", "has_more", nullptr}};
}
inline ::coze::model::Conversation Conversations::retrieve(const ::coze::params::ConversationsRetrieve& params,
                                                           const ::coze::RequestOptions& options) const {
  ::coze::AnyView root = client_->call("conversations.retrieve", params.to_json().dump(), options);
  return ::coze::model::Conversation(root);
}
inline ::coze::model::Conversation Conversations::update(const ::coze::params::ConversationsUpdate& params,
                                                         const ::coze::RequestOptions& options) const {
  ::coze::AnyView root = client_->call("conversations.update", params.to_json().dump(), options);
  return ::coze::model::Conversation(root);
}
inline DatasetsDocuments Datasets::documents() const { return DatasetsDocuments(*client_); }
inline DatasetsImages Datasets::images() const { return DatasetsImages(*client_); }
inline ::coze::model::CreateDatasetResult Datasets::create(const ::coze::params::DatasetsCreate& params,
                                                           const ::coze::RequestOptions& options) const {
  ::coze::AnyView root = client_->call("datasets.create", params.to_json().dump(), options);
  return ::coze::model::CreateDatasetResult(root);
}
inline void Datasets::delete_(const ::coze::params::DatasetsDelete& params,
                              const ::coze::RequestOptions& options) const {
  client_->call("datasets.delete", params.to_json().dump(), options);
}
inline ::coze::model::ListDatasetsResult Datasets::list(const ::coze::params::DatasetsList& params,
                                                        const ::coze::RequestOptions& options) const {
  ::coze::AnyView root = client_->call("datasets.list", params.to_json().dump(), options);
  return ::coze::model::ListDatasetsResult(root);
}
inline ::coze::Pager<::coze::model::ListDatasetsResult, ::coze::model::Dataset> Datasets::list_pages(
    const ::coze::params::DatasetsList& params, const ::coze::PageOptions& options) const {
  return {*client_, "datasets.list.pages", params.to_json().dump(), options, {"dataset_list", nullptr, "total_count"}};
}
inline std::vector<::coze::model::DocumentProgress> Datasets::process(const ::coze::params::DatasetsProcess& params,
                                                                      const ::coze::RequestOptions& options) const {
  ::coze::AnyView root = client_->call("datasets.process", params.to_json().dump(), options);
  return ::coze::detail::read_or_empty<std::vector<::coze::model::DocumentProgress>>(root);
}
inline void Datasets::update(const ::coze::params::DatasetsUpdate& params,
                             const ::coze::RequestOptions& options) const {
  client_->call("datasets.update", params.to_json().dump(), options);
}
inline ::coze::model::File Files::retrieve(const ::coze::params::FilesRetrieve& params,
                                           const ::coze::RequestOptions& options) const {
  ::coze::AnyView root = client_->call("files.retrieve", params.to_json().dump(), options);
  return ::coze::model::File(root);
}
inline ::coze::model::File Files::upload(const ::coze::params::FilesUpload& params,
                                         const ::coze::RequestOptions& options) const {
  const ::coze::Uploads files{{"file", &params.file}};
  ::coze::AnyView root = client_->call("files.upload", params.to_json().dump(), options, files);
  return ::coze::model::File(root);
}
inline ::coze::model::OAuthToken Oauth::account_token(const ::coze::params::OauthAccountToken& params,
                                                      const ::coze::RequestOptions& options) const {
  ::coze::AnyView root = client_->call("oauth.account_token", params.to_json().dump(), options);
  return ::coze::model::OAuthToken(root);
}
inline ::coze::model::DeviceCode Oauth::device_code(const ::coze::params::OauthDeviceCode& params,
                                                    const ::coze::RequestOptions& options) const {
  ::coze::AnyView root = client_->call("oauth.device_code", params.to_json().dump(), options);
  return ::coze::model::DeviceCode(root);
}
inline ::coze::model::OAuthToken Oauth::enterprise_token(const ::coze::params::OauthEnterpriseToken& params,
                                                         const ::coze::RequestOptions& options) const {
  ::coze::AnyView root = client_->call("oauth.enterprise_token", params.to_json().dump(), options);
  return ::coze::model::OAuthToken(root);
}
inline ::coze::model::OAuthToken Oauth::token(const ::coze::params::OauthToken& params,
                                              const ::coze::RequestOptions& options) const {
  ::coze::AnyView root = client_->call("oauth.token", params.to_json().dump(), options);
  return ::coze::model::OAuthToken(root);
}
inline ::coze::model::DuplicateTemplateResult Templates::duplicate(const ::coze::params::TemplatesDuplicate& params,
                                                                   const ::coze::RequestOptions& options) const {
  ::coze::AnyView root = client_->call("templates.duplicate", params.to_json().dump(), options);
  return ::coze::model::DuplicateTemplateResult(root);
}
inline ::coze::model::User Users::me(const ::coze::RequestOptions& options) const {
  ::coze::AnyView root = client_->call("users.me", "{}", options);
  return ::coze::model::User(root);
}
inline ::coze::model::RetrieveVariablesResult Variables::retrieve(const ::coze::params::VariablesRetrieve& params,
                                                                  const ::coze::RequestOptions& options) const {
  ::coze::AnyView root = client_->call("variables.retrieve", params.to_json().dump(), options);
  return ::coze::model::RetrieveVariablesResult(root);
}
inline void Variables::update(const ::coze::params::VariablesUpdate& params,
                              const ::coze::RequestOptions& options) const {
  client_->call("variables.update", params.to_json().dump(), options);
}
inline WorkflowsChat Workflows::chat() const { return WorkflowsChat(*client_); }
inline WorkflowsRuns Workflows::runs() const { return WorkflowsRuns(*client_); }
inline ::coze::model::ListWorkflowsResult Workflows::list(const ::coze::params::WorkflowsList& params,
                                                          const ::coze::RequestOptions& options) const {
  ::coze::AnyView root = client_->call("workflows.list", params.to_json().dump(), options);
  return ::coze::model::ListWorkflowsResult(root);
}
inline ::coze::Pager<::coze::model::ListWorkflowsResult, ::coze::model::WorkflowBasic> Workflows::list_pages(
    const ::coze::params::WorkflowsList& params, const ::coze::PageOptions& options) const {
  return {*client_, "workflows.list.pages", params.to_json().dump(), options, {"items", "has_more", nullptr}};
}
inline ::coze::model::WorkflowInfo Workflows::retrieve(const ::coze::params::WorkflowsRetrieve& params,
                                                       const ::coze::RequestOptions& options) const {
  ::coze::AnyView root = client_->call("workflows.retrieve", params.to_json().dump(), options);
  return ::coze::model::WorkflowInfo(root);
}
inline ::coze::model::ListWorkspacesResult Workspaces::list(const ::coze::params::WorkspacesList& params,
                                                            const ::coze::RequestOptions& options) const {
  ::coze::AnyView root = client_->call("workspaces.list", params.to_json().dump(), options);
  return ::coze::model::ListWorkspacesResult(root);
}
inline ::coze::Pager<::coze::model::ListWorkspacesResult, ::coze::model::Workspace> Workspaces::list_pages(
    const ::coze::params::WorkspacesList& params, const ::coze::PageOptions& options) const {
  return {*client_, "workspaces.list.pages", params.to_json().dump(), options, {"workspaces", nullptr, "total_count"}};
}

}  // namespace resources

// The top-level resources of a CozeClient (client.chat(), client.conversations(), ...).
class ApiRoot {
 public:
  explicit ApiRoot(::coze::ClientBase& client) : client_(&client) {}
  resources::Audio audio() const { return resources::Audio(*client_); }
  resources::Bots bots() const { return resources::Bots(*client_); }
  resources::Chat chat() const { return resources::Chat(*client_); }
  resources::Conversations conversations() const { return resources::Conversations(*client_); }
  resources::Datasets datasets() const { return resources::Datasets(*client_); }
  resources::Files files() const { return resources::Files(*client_); }
  resources::Oauth oauth() const { return resources::Oauth(*client_); }
  resources::Templates templates() const { return resources::Templates(*client_); }
  resources::Users users() const { return resources::Users(*client_); }
  resources::Variables variables() const { return resources::Variables(*client_); }
  resources::Workflows workflows() const { return resources::Workflows(*client_); }
  resources::Workspaces workspaces() const { return resources::Workspaces(*client_); }

 private:
  ::coze::ClientBase* client_;
};

}  // namespace coze
