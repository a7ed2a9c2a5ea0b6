// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
// Typed views of the API's models and stream events. A view reads its
// fields out of a decoded record only when they are touched (see
// web/src/records.mjs and core/api/README.md "Records").

import {
  Model,
  StreamEvent,
  arrayReader,
  defineModel,
  mapReader,
  modelReader,
  parseModel,
  readAny,
  readBoolean,
  readField,
  readInteger,
  readNumber,
  readString,
} from '../records.mjs';

/** One chat background image */
export class BackgroundImageInfo extends Model {
  get image_url() {
    return readField(this, 0, readString);
  }

  get theme_color() {
    return readField(this, 1, readString);
  }

  get gradient_position() {
    return readField(this, 2, R_GradientPosition);
  }

  get canvas_position() {
    return readField(this, 3, R_CanvasPosition);
  }

  /** The JSON text as a BackgroundImageInfo; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(BackgroundImageInfo, text);
  }
}

/** A bot's configuration */
export class Bot extends Model {
  get bot_id() {
    return readField(this, 0, readString);
  }

  get name() {
    return readField(this, 1, readString);
  }

  get description() {
    return readField(this, 2, readString);
  }

  get icon_url() {
    return readField(this, 3, readString);
  }

  /** Unix time in seconds */
  get create_time() {
    return readField(this, 4, readInteger);
  }

  /** Unix time in seconds */
  get update_time() {
    return readField(this, 5, readInteger);
  }

  get version() {
    return readField(this, 6, readString);
  }

  get prompt_info() {
    return readField(this, 7, R_BotPromptInfo);
  }

  get onboarding_info() {
    return readField(this, 8, R_BotOnboardingInfo);
  }

  get knowledge() {
    return readField(this, 9, R_BotKnowledge);
  }

  /** 0 single agent, 1 multi agent, 2 single agent workflow */
  get bot_mode() {
    return readField(this, 10, readInteger);
  }

  get plugin_info_list() {
    return readField(this, 11, R_ARRAY_BotPluginInfo);
  }

  get model_info() {
    return readField(this, 12, R_BotModelInfo);
  }

  get suggest_reply_info() {
    return readField(this, 13, R_BotSuggestReplyInfo);
  }

  get background_image_info() {
    return readField(this, 14, R_BotBackgroundImageInfo);
  }

  get variables() {
    return readField(this, 15, R_ARRAY_BotVariable);
  }

  get owner_user_id() {
    return readField(this, 16, readString);
  }

  get voice_info_list() {
    return readField(this, 17, R_ARRAY_BotVoiceInfo);
  }

  get default_user_input_type() {
    return readField(this, 18, readString);
  }

  get workflow_info_list() {
    return readField(this, 19, R_ARRAY_BotWorkflowInfo);
  }

  get shortcut_commands() {
    return readField(this, 20, R_ARRAY_BotShortcutCommandInfo);
  }

  get folder_id() {
    return readField(this, 21, readString);
  }

  /** The JSON text as a Bot; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(Bot, text);
  }
}

/** A bot's chat background images */
export class BotBackgroundImageInfo extends Model {
  get web_background_image() {
    return readField(this, 0, R_BackgroundImageInfo);
  }

  get mobile_background_image() {
    return readField(this, 1, R_BackgroundImageInfo);
  }

  /** The JSON text as a BotBackgroundImageInfo; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(BotBackgroundImageInfo, text);
  }
}

/** Knowledge bases of a bot (knowledge_infos in answers; the others in updates) */
export class BotKnowledge extends Model {
  get knowledge_infos() {
    return readField(this, 0, R_ARRAY_BotKnowledgeInfo);
  }

  get dataset_ids() {
    return readField(this, 1, R_ARRAY_ID);
  }

  /** Search on every turn */
  get auto_call() {
    return readField(this, 2, readBoolean);
  }

  /** 0 semantic, 1 hybrid, 20 full text */
  get search_strategy() {
    return readField(this, 3, readInteger);
  }

  /** The JSON text as a BotKnowledge; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(BotKnowledge, text);
  }
}

/** A knowledge base bound to a bot */
export class BotKnowledgeInfo extends Model {
  get id() {
    return readField(this, 0, readString);
  }

  get name() {
    return readField(this, 1, readString);
  }

  /** The JSON text as a BotKnowledgeInfo; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(BotKnowledgeInfo, text);
  }
}

/** A bot's model and its settings */
export class BotModelInfo extends Model {
  get model_id() {
    return readField(this, 0, readString);
  }

  get model_name() {
    return readField(this, 1, readString);
  }

  get temperature() {
    return readField(this, 2, readNumber);
  }

  get top_k() {
    return readField(this, 3, readInteger);
  }

  get top_p() {
    return readField(this, 4, readNumber);
  }

  get max_tokens() {
    return readField(this, 5, readInteger);
  }

  /** Rounds of context kept */
  get context_round() {
    return readField(this, 6, readInteger);
  }

  get response_format() {
    return readField(this, 7, readString);
  }

  get presence_penalty() {
    return readField(this, 8, readNumber);
  }

  get frequency_penalty() {
    return readField(this, 9, readNumber);
  }

  get cache_type() {
    return readField(this, 10, readString);
  }

  /** Protect the system prompt */
  get sp_anti_leak() {
    return readField(this, 11, readBoolean);
  }

  /** Add the current time to the system prompt */
  get sp_current_time() {
    return readField(this, 12, readBoolean);
  }

  /** Model-specific settings */
  get parameters() {
    return readField(this, 13, R_MAP_STRING);
  }

  /** The JSON text as a BotModelInfo; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(BotModelInfo, text);
  }
}

/** A bot's opening message */
export class BotOnboardingInfo extends Model {
  get prologue() {
    return readField(this, 0, readString);
  }

  get suggested_questions() {
    return readField(this, 1, R_ARRAY_STRING);
  }

  /** The JSON text as a BotOnboardingInfo; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(BotOnboardingInfo, text);
  }
}

/** A tool of a plugin */
export class BotPluginApiInfo extends Model {
  get api_id() {
    return readField(this, 0, readString);
  }

  get name() {
    return readField(this, 1, readString);
  }

  get description() {
    return readField(this, 2, readString);
  }

  /** The JSON text as a BotPluginApiInfo; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(BotPluginApiInfo, text);
  }
}

/** A plugin tool by id */
export class BotPluginIdInfo extends Model {
  get plugin_id() {
    return readField(this, 0, readString);
  }

  get api_id() {
    return readField(this, 1, readString);
  }

  /** The JSON text as a BotPluginIdInfo; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(BotPluginIdInfo, text);
  }
}

/** Plugin tools to bind to a bot */
export class BotPluginIdList extends Model {
  get id_list() {
    return readField(this, 0, R_ARRAY_BotPluginIdInfo);
  }

  /** The JSON text as a BotPluginIdList; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(BotPluginIdList, text);
  }
}

/** A plugin bound to a bot */
export class BotPluginInfo extends Model {
  get plugin_id() {
    return readField(this, 0, readString);
  }

  get name() {
    return readField(this, 1, readString);
  }

  get description() {
    return readField(this, 2, readString);
  }

  get icon_url() {
    return readField(this, 3, readString);
  }

  get api_info_list() {
    return readField(this, 4, R_ARRAY_BotPluginApiInfo);
  }

  /** The JSON text as a BotPluginInfo; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(BotPluginInfo, text);
  }
}

/** A bot's persona and prompt */
export class BotPromptInfo extends Model {
  get prompt() {
    return readField(this, 0, readString);
  }

  /** The JSON text as a BotPromptInfo; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(BotPromptInfo, text);
  }
}

/** One input of a shortcut command */
export class BotShortcutCommandComponent extends Model {
  get name() {
    return readField(this, 0, readString);
  }

  get description() {
    return readField(this, 1, readString);
  }

  get type() {
    return readField(this, 2, readString);
  }

  get tool_parameter() {
    return readField(this, 3, readString);
  }

  get default_value() {
    return readField(this, 4, readString);
  }

  get is_hide() {
    return readField(this, 5, readBoolean);
  }

  get options() {
    return readField(this, 6, R_ARRAY_STRING);
  }

  /** The JSON text as a BotShortcutCommandComponent; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(BotShortcutCommandComponent, text);
  }
}

/** A shortcut command of a bot */
export class BotShortcutCommandInfo extends Model {
  get id() {
    return readField(this, 0, readString);
  }

  get name() {
    return readField(this, 1, readString);
  }

  get command() {
    return readField(this, 2, readString);
  }

  get description() {
    return readField(this, 3, readString);
  }

  get query_template() {
    return readField(this, 4, readString);
  }

  get icon_url() {
    return readField(this, 5, readString);
  }

  get agent_id() {
    return readField(this, 6, readString);
  }

  get tool() {
    return readField(this, 7, R_BotShortcutCommandTool);
  }

  get components() {
    return readField(this, 8, R_ARRAY_BotShortcutCommandComponent);
  }

  /** The JSON text as a BotShortcutCommandInfo; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(BotShortcutCommandInfo, text);
  }
}

/** The plugin or workflow a shortcut command runs */
export class BotShortcutCommandTool extends Model {
  get name() {
    return readField(this, 0, readString);
  }

  get type() {
    return readField(this, 1, readString);
  }

  /** The JSON text as a BotShortcutCommandTool; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(BotShortcutCommandTool, text);
  }
}

/** Whether and how a bot suggests the user's next questions */
export class BotSuggestReplyInfo extends Model {
  get reply_mode() {
    return readField(this, 0, readString);
  }

  get customized_prompt() {
    return readField(this, 1, readString);
  }

  /** The JSON text as a BotSuggestReplyInfo; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(BotSuggestReplyInfo, text);
  }
}

/** A variable of a bot */
export class BotVariable extends Model {
  get keyword() {
    return readField(this, 0, readString);
  }

  get default_value() {
    return readField(this, 1, readString);
  }

  get variable_type() {
    return readField(this, 2, readString);
  }

  get channel() {
    return readField(this, 3, readString);
  }

  get description() {
    return readField(this, 4, readString);
  }

  get enable() {
    return readField(this, 5, readBoolean);
  }

  get prompt_enable() {
    return readField(this, 6, readBoolean);
  }

  /** The JSON text as a BotVariable; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(BotVariable, text);
  }
}

/** A voice of a bot */
export class BotVoiceInfo extends Model {
  get voice_id() {
    return readField(this, 0, readString);
  }

  get language_code() {
    return readField(this, 1, readString);
  }

  /** The JSON text as a BotVoiceInfo; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(BotVoiceInfo, text);
  }
}

/** A workflow by id */
export class BotWorkflowIdInfo extends Model {
  get id() {
    return readField(this, 0, readString);
  }

  /** The JSON text as a BotWorkflowIdInfo; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(BotWorkflowIdInfo, text);
  }
}

/** Workflows to bind to a bot */
export class BotWorkflowIdList extends Model {
  get ids() {
    return readField(this, 0, R_ARRAY_BotWorkflowIdInfo);
  }

  /** The JSON text as a BotWorkflowIdList; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(BotWorkflowIdList, text);
  }
}

/** A workflow bound to a bot */
export class BotWorkflowInfo extends Model {
  get id() {
    return readField(this, 0, readString);
  }

  get name() {
    return readField(this, 1, readString);
  }

  get description() {
    return readField(this, 2, readString);
  }

  get icon_url() {
    return readField(this, 3, readString);
  }

  /** The JSON text as a BotWorkflowInfo; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(BotWorkflowInfo, text);
  }
}

/** Where a background image sits */
export class CanvasPosition extends Model {
  get width() {
    return readField(this, 0, readNumber);
  }

  get height() {
    return readField(this, 1, readNumber);
  }

  get left() {
    return readField(this, 2, readNumber);
  }

  get top() {
    return readField(this, 3, readNumber);
  }

  /** The JSON text as a CanvasPosition; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(CanvasPosition, text);
  }
}

/** One call of a bot inside a conversation */
export class Chat extends Model {
  get id() {
    return readField(this, 0, readString);
  }

  get conversation_id() {
    return readField(this, 1, readString);
  }

  get bot_id() {
    return readField(this, 2, readString);
  }

  /** Unix time in seconds */
  get created_at() {
    return readField(this, 3, readInteger);
  }

  /** Unix time in seconds */
  get completed_at() {
    return readField(this, 4, readInteger);
  }

  /** Unix time in seconds */
  get failed_at() {
    return readField(this, 5, readInteger);
  }

  /** Custom key-value pairs */
  get meta_data() {
    return readField(this, 6, R_MAP_STRING);
  }

  get last_error() {
    return readField(this, 7, R_ChatError);
  }

  get status() {
    return readField(this, 8, readString);
  }

  get required_action() {
    return readField(this, 9, R_ChatRequiredAction);
  }

  get usage() {
    return readField(this, 10, R_Usage);
  }

  /** Context section of the chat */
  get section_id() {
    return readField(this, 11, readString);
  }

  /** Ids of the additional messages saved */
  get inserted_additional_messages() {
    return readField(this, 12, R_ARRAY_InsertedMessage);
  }

  /** The JSON text as a Chat; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(Chat, text);
  }
}

/** Why a chat failed */
export class ChatError extends Model {
  get code() {
    return readField(this, 0, readInteger);
  }

  get msg() {
    return readField(this, 1, readString);
  }

  /** The JSON text as a ChatError; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(ChatError, text);
  }
}

/** What the caller must do for the chat to continue */
export class ChatRequiredAction extends Model {
  get type() {
    return readField(this, 0, readString);
  }

  get submit_tool_outputs() {
    return readField(this, 1, R_ChatSubmitToolOutputs);
  }

  /** The JSON text as a ChatRequiredAction; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(ChatRequiredAction, text);
  }
}

/** The tool calls whose results the chat waits for */
export class ChatSubmitToolOutputs extends Model {
  get tool_calls() {
    return readField(this, 0, R_ARRAY_ChatToolCall);
  }

  /** The JSON text as a ChatSubmitToolOutputs; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(ChatSubmitToolOutputs, text);
  }
}

/** One tool call to answer with chat.submit_tool_outputs */
export class ChatToolCall extends Model {
  /** The tool_call_id to answer with */
  get id() {
    return readField(this, 0, readString);
  }

  get type() {
    return readField(this, 1, readString);
  }

  get function() {
    return readField(this, 2, R_ChatToolCallFunction);
  }

  /** The JSON text as a ChatToolCall; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(ChatToolCall, text);
  }
}

/** The function a tool call asks for */
export class ChatToolCallFunction extends Model {
  get name() {
    return readField(this, 0, readString);
  }

  /** JSON text of the arguments */
  get arguments() {
    return readField(this, 1, readString);
  }

  /** The JSON text as a ChatToolCallFunction; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(ChatToolCallFunction, text);
  }
}

/** What a client knows of the service's health (Client::health_json): the error rate, the circuit breaker, the retry budget */
export class ClientHealth extends Model {
  /** The circuit breaker's state (closed when it is off) */
  get state() {
    return readField(this, 0, readString);
  }

  /** Whether the circuit breaker is on */
  get breaker() {
    return readField(this, 1, readBoolean);
  }

  /** The moving average of failed attempts over attempts (0 to 1) */
  get error_rate() {
    return readField(this, 2, readNumber);
  }

  /** Whether a slice with attempts has closed (before that error_rate is 0) */
  get rated() {
    return readField(this, 3, readBoolean);
  }

  /** Attempts in the last slice that closed with attempts */
  get attempts() {
    return readField(this, 4, readInteger);
  }

  /** Failed attempts in that slice */
  get failures() {
    return readField(this, 5, readInteger);
  }

  /** Attempts in the slice running now */
  get current_attempts() {
    return readField(this, 6, readInteger);
  }

  /** Failed attempts in the slice running now */
  get current_failures() {
    return readField(this, 7, readInteger);
  }

  /** Attempts since the client was made */
  get total_attempts() {
    return readField(this, 8, readInteger);
  }

  /** Failed attempts since the client was made */
  get total_failures() {
    return readField(this, 9, readInteger);
  }

  /** While open: milliseconds until a probe may go out */
  get open_ms_left() {
    return readField(this, 10, readInteger);
  }

  /** How many times the breaker opened */
  get opened() {
    return readField(this, 11, readInteger);
  }

  /** Attempts failed at once by the breaker */
  get rejected() {
    return readField(this, 12, readInteger);
  }

  /** Retries the retry budget allowed */
  get retries_spent() {
    return readField(this, 13, readInteger);
  }

  /** Tokens left in the retry budget */
  get retry_budget_left() {
    return readField(this, 14, readNumber);
  }

  /** The JSON text as a ClientHealth; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(ClientHealth, text);
  }
}

/** The voice just cloned */
export class CloneVoiceResult extends Model {
  get voice_id() {
    return readField(this, 0, readString);
  }

  /** The JSON text as a CloneVoiceResult; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(CloneVoiceResult, text);
  }
}

/** A conversation between a bot and a user */
export class Conversation extends Model {
  get id() {
    return readField(this, 0, readString);
  }

  get name() {
    return readField(this, 1, readString);
  }

  /** Unix time in seconds */
  get created_at() {
    return readField(this, 2, readInteger);
  }

  /** Unix time in seconds */
  get updated_at() {
    return readField(this, 3, readInteger);
  }

  /** Custom key-value pairs */
  get meta_data() {
    return readField(this, 4, R_MAP_STRING);
  }

  /** Newest context section */
  get last_section_id() {
    return readField(this, 5, readString);
  }

  get creator_id() {
    return readField(this, 6, readString);
  }

  /** Channel the conversation was created in */
  get connector_id() {
    return readField(this, 7, readString);
  }

  /** The JSON text as a Conversation; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(Conversation, text);
  }
}

/** The bot just created */
export class CreateBotResult extends Model {
  get bot_id() {
    return readField(this, 0, readString);
  }

  /** The JSON text as a CreateBotResult; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(CreateBotResult, text);
  }
}

/** The knowledge base just created */
export class CreateDatasetResult extends Model {
  get dataset_id() {
    return readField(this, 0, readString);
  }

  /** The JSON text as a CreateDatasetResult; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(CreateDatasetResult, text);
  }
}

/** A knowledge base */
export class Dataset extends Model {
  get dataset_id() {
    return readField(this, 0, readString);
  }

  get name() {
    return readField(this, 1, readString);
  }

  get description() {
    return readField(this, 2, readString);
  }

  get space_id() {
    return readField(this, 3, readString);
  }

  /** 1 enabled, 3 disabled */
  get status() {
    return readField(this, 4, readInteger);
  }

  /** 0 text, 1 table, 2 images */
  get format_type() {
    return readField(this, 5, readInteger);
  }

  /** The caller owns it */
  get can_edit() {
    return readField(this, 6, readBoolean);
  }

  get icon_uri() {
    return readField(this, 7, readString);
  }

  get icon_url() {
    return readField(this, 8, readString);
  }

  get doc_count() {
    return readField(this, 9, readInteger);
  }

  get file_list() {
    return readField(this, 10, R_ARRAY_STRING);
  }

  get hit_count() {
    return readField(this, 11, readInteger);
  }

  get bot_used_count() {
    return readField(this, 12, readInteger);
  }

  get slice_count() {
    return readField(this, 13, readInteger);
  }

  /** Total size in bytes */
  get all_file_size() {
    return readField(this, 14, readInteger);
  }

  get chunk_strategy() {
    return readField(this, 15, R_DocumentChunkStrategy);
  }

  get failed_file_list() {
    return readField(this, 16, R_ARRAY_STRING);
  }

  get processing_file_list() {
    return readField(this, 17, R_ARRAY_STRING);
  }

  get processing_file_id_list() {
    return readField(this, 18, R_ARRAY_ID);
  }

  /** Avatar of the creator */
  get avatar_url() {
    return readField(this, 19, readString);
  }

  get creator_id() {
    return readField(this, 20, readString);
  }

  get creator_name() {
    return readField(this, 21, readString);
  }

  /** Unix time in seconds */
  get create_time() {
    return readField(this, 22, readInteger);
  }

  /** Unix time in seconds */
  get update_time() {
    return readField(this, 23, readInteger);
  }

  /** The JSON text as a Dataset; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(Dataset, text);
  }
}

/** The device flow's codes (no envelope) */
export class DeviceCode extends Model {
  get device_code() {
    return readField(this, 0, readString);
  }

  get user_code() {
    return readField(this, 1, readString);
  }

  get verification_uri() {
    return readField(this, 2, readString);
  }

  /** The same URI under the name some answers use */
  get verification_url() {
    return readField(this, 3, readString);
  }

  /** Seconds to wait between polls */
  get interval() {
    return readField(this, 4, readInteger);
  }

  /** Seconds the codes stay valid */
  get expires_in() {
    return readField(this, 5, readInteger);
  }

  /** The JSON text as a DeviceCode; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(DeviceCode, text);
  }
}

/** A file of a knowledge base */
export class Document extends Model {
  get document_id() {
    return readField(this, 0, readString);
  }

  get name() {
    return readField(this, 1, readString);
  }

  get char_count() {
    return readField(this, 2, readInteger);
  }

  get chunk_strategy() {
    return readField(this, 3, R_DocumentChunkStrategy);
  }

  /** Unix time in seconds */
  get create_time() {
    return readField(this, 4, readInteger);
  }

  /** Unix time in seconds */
  get update_time() {
    return readField(this, 5, readInteger);
  }

  /** 0 text, 1 table, 2 image */
  get format_type() {
    return readField(this, 6, readInteger);
  }

  get hit_count() {
    return readField(this, 7, readInteger);
  }

  /** Size in bytes */
  get size() {
    return readField(this, 8, readInteger);
  }

  get slice_count() {
    return readField(this, 9, readInteger);
  }

  /** 0 local file, 1 web page, 5 uploaded file id, ... */
  get source_type() {
    return readField(this, 10, readInteger);
  }

  /** 0 processing, 1 done, 9 failed */
  get status() {
    return readField(this, 11, readInteger);
  }

  /** File extension */
  get type() {
    return readField(this, 12, readString);
  }

  /** Hours between automatic updates */
  get update_interval() {
    return readField(this, 13, readInteger);
  }

  /** 0 no automatic update, 1 automatic update */
  get update_type() {
    return readField(this, 14, readInteger);
  }

  get tos_uri() {
    return readField(this, 15, readString);
  }

  /** The JSON text as a Document; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(Document, text);
  }
}

/** A file to add to a knowledge base */
export class DocumentBase extends Model {
  get name() {
    return readField(this, 0, readString);
  }

  get source_info() {
    return readField(this, 1, R_DocumentSourceInfo);
  }

  get update_rule() {
    return readField(this, 2, R_DocumentUpdateRule);
  }

  /** Caption of an image */
  get caption() {
    return readField(this, 3, readString);
  }

  /** The JSON text as a DocumentBase; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(DocumentBase, text);
  }
}

/** How files are cut into slices */
export class DocumentChunkStrategy extends Model {
  /** 0 automatic, 1 custom */
  get chunk_type() {
    return readField(this, 0, readInteger);
  }

  get separator() {
    return readField(this, 1, readString);
  }

  get max_tokens() {
    return readField(this, 2, readInteger);
  }

  get remove_extra_spaces() {
    return readField(this, 3, readBoolean);
  }

  get remove_urls_emails() {
    return readField(this, 4, readBoolean);
  }

  /** 0 automatic, 1 manual (image knowledge bases) */
  get caption_type() {
    return readField(this, 5, readInteger);
  }

  /** The JSON text as a DocumentChunkStrategy; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(DocumentChunkStrategy, text);
  }
}

/** Upload progress of one knowledge base file */
export class DocumentProgress extends Model {
  get document_id() {
    return readField(this, 0, readString);
  }

  get url() {
    return readField(this, 1, readString);
  }

  /** Size in bytes */
  get size() {
    return readField(this, 2, readInteger);
  }

  /** File extension */
  get type() {
    return readField(this, 3, readString);
  }

  /** 0 processing, 1 done, 9 failed */
  get status() {
    return readField(this, 4, readInteger);
  }

  /** Percent done */
  get progress() {
    return readField(this, 5, readInteger);
  }

  /** 0 no automatic update, 1 automatic update */
  get update_type() {
    return readField(this, 6, readInteger);
  }

  get document_name() {
    return readField(this, 7, readString);
  }

  /** Seconds left */
  get remaining_time() {
    return readField(this, 8, readInteger);
  }

  /** Why it failed */
  get status_descript() {
    return readField(this, 9, readString);
  }

  /** Hours between automatic updates */
  get update_interval() {
    return readField(this, 10, readInteger);
  }

  /** The JSON text as a DocumentProgress; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(DocumentProgress, text);
  }
}

/** Where a file's content comes from */
export class DocumentSourceInfo extends Model {
  get file_base64() {
    return readField(this, 0, readString);
  }

  /** File extension */
  get file_type() {
    return readField(this, 1, readString);
  }

  get web_url() {
    return readField(this, 2, readString);
  }

  /** 0 local file, 1 web page, 5 uploaded file id */
  get document_source() {
    return readField(this, 3, readInteger);
  }

  /** A file from files.upload */
  get source_file_id() {
    return readField(this, 4, readString);
  }

  /** The JSON text as a DocumentSourceInfo; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(DocumentSourceInfo, text);
  }
}

/** How a web page file is refreshed */
export class DocumentUpdateRule extends Model {
  /** 0 no automatic update, 1 automatic update */
  get update_type() {
    return readField(this, 0, readInteger);
  }

  /** Hours between automatic updates */
  get update_interval() {
    return readField(this, 1, readInteger);
  }

  /** The JSON text as a DocumentUpdateRule; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(DocumentUpdateRule, text);
  }
}

/** Payload of a done event */
export class DoneEventData extends Model {
  /** Page showing the run, for chat flows and workflows */
  get debug_url() {
    return readField(this, 0, readString);
  }

  /** The JSON text as a DoneEventData; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(DoneEventData, text);
  }
}

/** What a template was copied into */
export class DuplicateTemplateResult extends Model {
  get entity_id() {
    return readField(this, 0, readString);
  }

  get entity_type() {
    return readField(this, 1, readString);
  }

  /** The JSON text as a DuplicateTemplateResult; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(DuplicateTemplateResult, text);
  }
}

/** A message sent with a request */
export class EnterMessage extends Model {
  get role() {
    return readField(this, 0, readString);
  }

  get type() {
    return readField(this, 1, readString);
  }

  /** Text, or the JSON text of object_string items */
  get content() {
    return readField(this, 2, readString);
  }

  get content_type() {
    return readField(this, 3, readString);
  }

  /** Custom key-value pairs */
  get meta_data() {
    return readField(this, 4, R_MAP_STRING);
  }

  /** The JSON text as a EnterMessage; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(EnterMessage, text);
  }
}

/** Payload of a chat error event */
export class ErrorEventData extends Model {
  get code() {
    return readField(this, 0, readInteger);
  }

  get msg() {
    return readField(this, 1, readString);
  }

  /** The JSON text as a ErrorEventData; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(ErrorEventData, text);
  }
}

/** An uploaded file */
export class File extends Model {
  get id() {
    return readField(this, 0, readString);
  }

  /** Size in bytes */
  get bytes() {
    return readField(this, 1, readInteger);
  }

  /** Unix time in seconds */
  get created_at() {
    return readField(this, 2, readInteger);
  }

  get file_name() {
    return readField(this, 3, readString);
  }

  /** The JSON text as a File; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(File, text);
  }
}

/** Where a background gradient starts and ends */
export class GradientPosition extends Model {
  get left() {
    return readField(this, 0, readNumber);
  }

  get right() {
    return readField(this, 1, readNumber);
  }

  /** The JSON text as a GradientPosition; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(GradientPosition, text);
  }
}

/** An additional message saved in the conversation */
export class InsertedMessage extends Model {
  get id() {
    return readField(this, 0, readString);
  }

  /** The JSON text as a InsertedMessage; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(InsertedMessage, text);
  }
}

/** A page of bots (v1 answers use space_bots) */
export class ListBotsResult extends Model {
  get items() {
    return readField(this, 0, R_ARRAY_SimpleBot);
  }

  get total() {
    return readField(this, 1, readInteger);
  }

  /** The JSON text as a ListBotsResult; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(ListBotsResult, text);
  }
}

/** A page of conversations */
export class ListConversationsResult extends Model {
  get conversations() {
    return readField(this, 0, R_ARRAY_Conversation);
  }

  get has_more() {
    return readField(this, 1, readBoolean);
  }

  /** The JSON text as a ListConversationsResult; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(ListConversationsResult, text);
  }
}

/** A page of knowledge bases */
export class ListDatasetsResult extends Model {
  get dataset_list() {
    return readField(this, 0, R_ARRAY_Dataset);
  }

  get total_count() {
    return readField(this, 1, readInteger);
  }

  /** The JSON text as a ListDatasetsResult; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(ListDatasetsResult, text);
  }
}

/** A page of knowledge base files */
export class ListDocumentsResult extends Model {
  get document_infos() {
    return readField(this, 0, R_ARRAY_Document);
  }

  get total() {
    return readField(this, 1, readInteger);
  }

  /** The JSON text as a ListDocumentsResult; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(ListDocumentsResult, text);
  }
}

/** A page of messages */
export class ListMessagesResult extends Model {
  get data() {
    return readField(this, 0, R_ARRAY_Message);
  }

  /** Id of the page's first message */
  get first_id() {
    return readField(this, 1, readString);
  }

  /** Id of the page's last message */
  get last_id() {
    return readField(this, 2, readString);
  }

  get has_more() {
    return readField(this, 3, readBoolean);
  }

  /** The JSON text as a ListMessagesResult; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(ListMessagesResult, text);
  }
}

/** A page of images */
export class ListPhotosResult extends Model {
  get photo_infos() {
    return readField(this, 0, R_ARRAY_Photo);
  }

  get total_count() {
    return readField(this, 1, readInteger);
  }

  /** The JSON text as a ListPhotosResult; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(ListPhotosResult, text);
  }
}

/** A page of voices */
export class ListVoicesResult extends Model {
  get voice_list() {
    return readField(this, 0, R_ARRAY_Voice);
  }

  get has_more() {
    return readField(this, 1, readBoolean);
  }

  /** The JSON text as a ListVoicesResult; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(ListVoicesResult, text);
  }
}

/** A page of workflows */
export class ListWorkflowsResult extends Model {
  get items() {
    return readField(this, 0, R_ARRAY_WorkflowBasic);
  }

  get has_more() {
    return readField(this, 1, readBoolean);
  }

  /** The JSON text as a ListWorkflowsResult; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(ListWorkflowsResult, text);
  }
}

/** A page of workspaces */
export class ListWorkspacesResult extends Model {
  get workspaces() {
    return readField(this, 0, R_ARRAY_Workspace);
  }

  get total_count() {
    return readField(this, 1, readInteger);
  }

  /** The JSON text as a ListWorkspacesResult; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(ListWorkspacesResult, text);
  }
}

/** One message of a conversation */
export class Message extends Model {
  get id() {
    return readField(this, 0, readString);
  }

  get conversation_id() {
    return readField(this, 1, readString);
  }

  get bot_id() {
    return readField(this, 2, readString);
  }

  get chat_id() {
    return readField(this, 3, readString);
  }

  /** Context section of the message */
  get section_id() {
    return readField(this, 4, readString);
  }

  get role() {
    return readField(this, 5, readString);
  }

  get type() {
    return readField(this, 6, readString);
  }

  /** Text, JSON text of object_string items, or base64 audio */
  get content() {
    return readField(this, 7, readString);
  }

  get content_type() {
    return readField(this, 8, readString);
  }

  /** The model's chain of thought */
  get reasoning_content() {
    return readField(this, 9, readString);
  }

  /** Custom key-value pairs */
  get meta_data() {
    return readField(this, 10, R_MAP_STRING);
  }

  /** Unix time in seconds */
  get created_at() {
    return readField(this, 11, readInteger);
  }

  /** Unix time in seconds */
  get updated_at() {
    return readField(this, 12, readInteger);
  }

  /** The JSON text as a Message; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(Message, text);
  }
}

/** An OAuth token answer (no envelope) */
export class OAuthToken extends Model {
  get access_token() {
    return readField(this, 0, readString);
  }

  get token_type() {
    return readField(this, 1, readString);
  }

  /** When the access token expires */
  get expires_in() {
    return readField(this, 2, readInteger);
  }

  get refresh_token() {
    return readField(this, 3, readString);
  }

  /** The JSON text as a OAuthToken; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(OAuthToken, text);
  }
}

/** An image of an image knowledge base */
export class Photo extends Model {
  get document_id() {
    return readField(this, 0, readString);
  }

  get url() {
    return readField(this, 1, readString);
  }

  get name() {
    return readField(this, 2, readString);
  }

  /** Size in bytes */
  get size() {
    return readField(this, 3, readInteger);
  }

  /** File extension */
  get type() {
    return readField(this, 4, readString);
  }

  /** 0 processing, 1 done, 9 failed */
  get status() {
    return readField(this, 5, readInteger);
  }

  get caption() {
    return readField(this, 6, readString);
  }

  get creator_id() {
    return readField(this, 7, readString);
  }

  /** 0 local file, 1 web page, 5 uploaded file id, ... */
  get source_type() {
    return readField(this, 8, readInteger);
  }

  /** Unix time in seconds */
  get create_time() {
    return readField(this, 9, readInteger);
  }

  /** Unix time in seconds */
  get update_time() {
    return readField(this, 10, readInteger);
  }

  /** The JSON text as a Photo; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(Photo, text);
  }
}

/** Upload progress of knowledge base files */
export class ProcessDatasetResult extends Model {
  get data() {
    return readField(this, 0, R_ARRAY_DocumentProgress);
  }

  /** The JSON text as a ProcessDatasetResult; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(ProcessDatasetResult, text);
  }
}

/** The version just published */
export class PublishBotResult extends Model {
  get bot_id() {
    return readField(this, 0, readString);
  }

  get version() {
    return readField(this, 1, readString);
  }

  /** The JSON text as a PublishBotResult; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(PublishBotResult, text);
  }
}

/** Details of an answer */
export class ResponseDetail extends Model {
  /** Log id of the request, for support */
  get logid() {
    return readField(this, 0, readString);
  }

  /** The JSON text as a ResponseDetail; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(ResponseDetail, text);
  }
}

/** User variables */
export class RetrieveVariablesResult extends Model {
  get items() {
    return readField(this, 0, R_ARRAY_VariableValue);
  }

  /** The JSON text as a RetrieveVariablesResult; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(RetrieveVariablesResult, text);
  }
}

/** An RTC room to join */
export class Room extends Model {
  get room_id() {
    return readField(this, 0, readString);
  }

  /** RTC application id */
  get app_id() {
    return readField(this, 1, readString);
  }

  /** Token to join the room */
  get token() {
    return readField(this, 2, readString);
  }

  /** The end user's id in the room */
  get uid() {
    return readField(this, 3, readString);
  }

  /** The JSON text as a Room; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(Room, text);
  }
}

/** Audio settings of an RTC room */
export class RoomAudioConfig extends Model {
  get codec() {
    return readField(this, 0, readString);
  }

  /** The JSON text as a RoomAudioConfig; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(RoomAudioConfig, text);
  }
}

/** Settings of an RTC room */
export class RoomConfig extends Model {
  get audio_config() {
    return readField(this, 0, R_RoomAudioConfig);
  }

  get video_config() {
    return readField(this, 1, R_RoomVideoConfig);
  }

  /** What the bot says first */
  get prologue_content() {
    return readField(this, 2, readString);
  }

  /** Delay before the prologue */
  get prologue_delay_duration_ms() {
    return readField(this, 3, readInteger);
  }

  get room_mode() {
    return readField(this, 4, readString);
  }

  get translate_config() {
    return readField(this, 5, R_RoomTranslateConfig);
  }

  /** The JSON text as a RoomConfig; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(RoomConfig, text);
  }
}

/** Languages of a translate room */
export class RoomTranslateConfig extends Model {
  get from() {
    return readField(this, 0, readString);
  }

  get to() {
    return readField(this, 1, readString);
  }

  /** The JSON text as a RoomTranslateConfig; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(RoomTranslateConfig, text);
  }
}

/** Video settings of an RTC room */
export class RoomVideoConfig extends Model {
  get codec() {
    return readField(this, 0, readString);
  }

  get stream_video_type() {
    return readField(this, 1, readString);
  }

  get video_frame_rate() {
    return readField(this, 2, readInteger);
  }

  get video_frame_expire_duration() {
    return readField(this, 3, readInteger);
  }

  /** The JSON text as a RoomVideoConfig; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(RoomVideoConfig, text);
  }
}

/** A context section of a conversation */
export class Section extends Model {
  get id() {
    return readField(this, 0, readString);
  }

  get conversation_id() {
    return readField(this, 1, readString);
  }

  /** The JSON text as a Section; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(Section, text);
  }
}

/** A bot shortcut command to run in a chat */
export class ShortcutCommand extends Model {
  get command_id() {
    return readField(this, 0, readString);
  }

  /** Component values by component name */
  get parameters() {
    return readField(this, 1, R_MAP_STRING);
  }

  /** The JSON text as a ShortcutCommand; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(ShortcutCommand, text);
  }
}

/** A bot in a list (v1 answers use bot_id, bot_name, publish_time) */
export class SimpleBot extends Model {
  get id() {
    return readField(this, 0, readString);
  }

  get name() {
    return readField(this, 1, readString);
  }

  get description() {
    return readField(this, 2, readString);
  }

  get icon_url() {
    return readField(this, 3, readString);
  }

  get is_published() {
    return readField(this, 4, readBoolean);
  }

  /** Unix time in seconds */
  get updated_at() {
    return readField(this, 5, readInteger);
  }

  /** Unix time in seconds */
  get published_at() {
    return readField(this, 6, readInteger);
  }

  get owner_user_id() {
    return readField(this, 7, readString);
  }

  get folder_id() {
    return readField(this, 8, readString);
  }

  /** The JSON text as a SimpleBot; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(SimpleBot, text);
  }
}

/** The result of one tool call */
export class ToolOutput extends Model {
  /** id of the tool call answered */
  get tool_call_id() {
    return readField(this, 0, readString);
  }

  get output() {
    return readField(this, 1, readString);
  }

  /** The JSON text as a ToolOutput; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(ToolOutput, text);
  }
}

/** Text recognised in audio */
export class Transcription extends Model {
  get text() {
    return readField(this, 0, readString);
  }

  /** The JSON text as a Transcription; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(Transcription, text);
  }
}

/** Tokens used */
export class Usage extends Model {
  /** Input plus output tokens */
  get token_count() {
    return readField(this, 0, readInteger);
  }

  /** Output tokens */
  get output_count() {
    return readField(this, 1, readInteger);
  }

  /** Input tokens */
  get input_count() {
    return readField(this, 2, readInteger);
  }

  /** The JSON text as a Usage; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(Usage, text);
  }
}

/** A Coze user */
export class User extends Model {
  get user_id() {
    return readField(this, 0, readString);
  }

  get user_name() {
    return readField(this, 1, readString);
  }

  get nick_name() {
    return readField(this, 2, readString);
  }

  get avatar_url() {
    return readField(this, 3, readString);
  }

  /** The JSON text as a User; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(User, text);
  }
}

/** A user variable */
export class VariableValue extends Model {
  get keyword() {
    return readField(this, 0, readString);
  }

  get value() {
    return readField(this, 1, readString);
  }

  /** Unix time in seconds; 0 for a default value */
  get create_time() {
    return readField(this, 2, readInteger);
  }

  /** Unix time in seconds */
  get update_time() {
    return readField(this, 3, readInteger);
  }

  /** The JSON text as a VariableValue; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(VariableValue, text);
  }
}

/** A voice for speech */
export class Voice extends Model {
  get voice_id() {
    return readField(this, 0, readString);
  }

  get name() {
    return readField(this, 1, readString);
  }

  get is_system_voice() {
    return readField(this, 2, readBoolean);
  }

  get language_code() {
    return readField(this, 3, readString);
  }

  get language_name() {
    return readField(this, 4, readString);
  }

  get preview_text() {
    return readField(this, 5, readString);
  }

  /** URL of a sample */
  get preview_audio() {
    return readField(this, 6, readString);
  }

  /** Clonings left */
  get available_training_times() {
    return readField(this, 7, readInteger);
  }

  /** Unix time in seconds */
  get create_time() {
    return readField(this, 8, readInteger);
  }

  /** Unix time in seconds */
  get update_time() {
    return readField(this, 9, readInteger);
  }

  get model_type() {
    return readField(this, 10, readString);
  }

  get state() {
    return readField(this, 11, readString);
  }

  get support_emotions() {
    return readField(this, 12, R_ARRAY_VoiceEmotion);
  }

  /** The JSON text as a Voice; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(Voice, text);
  }
}

/** An emotion a voice can speak with */
export class VoiceEmotion extends Model {
  get emotion() {
    return readField(this, 0, readString);
  }

  get display_name() {
    return readField(this, 1, readString);
  }

  get emotion_scale_interval() {
    return readField(this, 2, R_VoiceEmotionScale);
  }

  /** The JSON text as a VoiceEmotion; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(VoiceEmotion, text);
  }
}

/** Allowed strengths of an emotion */
export class VoiceEmotionScale extends Model {
  get min() {
    return readField(this, 0, readNumber);
  }

  get max() {
    return readField(this, 1, readNumber);
  }

  get default() {
    return readField(this, 2, readNumber);
  }

  /** The JSON text as a VoiceEmotionScale; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(VoiceEmotionScale, text);
  }
}

/** A workflow's basic information */
export class WorkflowBasic extends Model {
  get workflow_id() {
    return readField(this, 0, readString);
  }

  get workflow_name() {
    return readField(this, 1, readString);
  }

  get description() {
    return readField(this, 2, readString);
  }

  get icon_url() {
    return readField(this, 3, readString);
  }

  /** App of the workflow; 0 when none */
  get app_id() {
    return readField(this, 4, readString);
  }

  /** Unix time in seconds */
  get created_at() {
    return readField(this, 5, readInteger);
  }

  /** Unix time in seconds */
  get updated_at() {
    return readField(this, 6, readInteger);
  }

  get creator() {
    return readField(this, 7, R_WorkflowUser);
  }

  /** The JSON text as a WorkflowBasic; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(WorkflowBasic, text);
  }
}

/** Payload of a workflow Error event */
export class WorkflowErrorEvent extends Model {
  get error_code() {
    return readField(this, 0, readInteger);
  }

  get error_message() {
    return readField(this, 1, readString);
  }

  /** The JSON text as a WorkflowErrorEvent; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(WorkflowErrorEvent, text);
  }
}

/** A workflow with its inputs and outputs */
export class WorkflowInfo extends Model {
  get workflow_detail() {
    return readField(this, 0, R_WorkflowBasic);
  }

  get input() {
    return readField(this, 1, R_WorkflowInput);
  }

  get output() {
    return readField(this, 2, R_WorkflowOutput);
  }

  /** The JSON text as a WorkflowInfo; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(WorkflowInfo, text);
  }
}

/** The start node's input parameters */
export class WorkflowInput extends Model {
  get parameters() {
    return readField(this, 0, R_MAP_WorkflowParameter);
  }

  /** The JSON text as a WorkflowInput; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(WorkflowInput, text);
  }
}

/** Why a workflow run stopped and how to resume it */
export class WorkflowInterruptData extends Model {
  /** Pass back to workflows.runs.resume */
  get event_id() {
    return readField(this, 0, readString);
  }

  /** Interrupt type; pass back as interrupt_type */
  get type() {
    return readField(this, 1, readInteger);
  }

  /** The interrupting question, often JSON text */
  get data() {
    return readField(this, 2, readString);
  }

  /** Parameters the answer must supply */
  get required_parameters() {
    return readField(this, 3, R_MAP_ANY);
  }

  /** The JSON text as a WorkflowInterruptData; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(WorkflowInterruptData, text);
  }
}

/** Payload of a workflow Interrupt event */
export class WorkflowInterruptEvent extends Model {
  get interrupt_data() {
    return readField(this, 0, R_WorkflowInterruptData);
  }

  /** Name of the interrupting node */
  get node_title() {
    return readField(this, 1, readString);
  }

  /** The JSON text as a WorkflowInterruptEvent; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(WorkflowInterruptEvent, text);
  }
}

/** Payload of a workflow Message event */
export class WorkflowMessageEvent extends Model {
  get content() {
    return readField(this, 0, readString);
  }

  get content_type() {
    return readField(this, 1, readString);
  }

  /** Name of the node that sent the message */
  get node_title() {
    return readField(this, 2, readString);
  }

  /** Index of the message within the node, from 0 */
  get node_seq_id() {
    return readField(this, 3, readString);
  }

  /** Last message of the node */
  get node_is_finish() {
    return readField(this, 4, readBoolean);
  }

  /** Extra fields */
  get ext() {
    return readField(this, 5, R_MAP_STRING);
  }

  get usage() {
    return readField(this, 6, R_Usage);
  }

  /** Reserved */
  get cost() {
    return readField(this, 7, readString);
  }

  /** Tokens used */
  get token() {
    return readField(this, 8, readInteger);
  }

  /** Id of the node that sent the message */
  get node_id() {
    return readField(this, 9, readString);
  }

  /** Id of this execution of the node */
  get node_execute_uuid() {
    return readField(this, 10, readString);
  }

  /** The JSON text as a WorkflowMessageEvent; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(WorkflowMessageEvent, text);
  }
}

/** The output of one node execution */
export class WorkflowNodeExecuteHistory extends Model {
  get is_finish() {
    return readField(this, 0, readBoolean);
  }

  /** Usually JSON text */
  get node_output() {
    return readField(this, 1, readString);
  }

  /** The JSON text as a WorkflowNodeExecuteHistory; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(WorkflowNodeExecuteHistory, text);
  }
}

/** How one node of a workflow run went */
export class WorkflowNodeExecuteStatus extends Model {
  get node_id() {
    return readField(this, 0, readString);
  }

  get is_finish() {
    return readField(this, 1, readBoolean);
  }

  /** Iteration within a loop node */
  get loop_index() {
    return readField(this, 2, readInteger);
  }

  /** Item within a batch node */
  get batch_index() {
    return readField(this, 3, readInteger);
  }

  /** Unix time in seconds */
  get update_time() {
    return readField(this, 4, readInteger);
  }

  /** Run id of a sub-workflow */
  get sub_execute_id() {
    return readField(this, 5, readString);
  }

  /** Id of this execution of the node */
  get node_execute_uuid() {
    return readField(this, 6, readString);
  }

  /** The JSON text as a WorkflowNodeExecuteStatus; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(WorkflowNodeExecuteStatus, text);
  }
}

/** The end node's output */
export class WorkflowOutput extends Model {
  /** Answer template when the end node returns text */
  get content() {
    return readField(this, 0, readString);
  }

  get parameters() {
    return readField(this, 1, R_MAP_WorkflowParameter);
  }

  /** How the end node answers */
  get terminate_plan() {
    return readField(this, 2, readString);
  }

  /** The JSON text as a WorkflowOutput; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(WorkflowOutput, text);
  }
}

/** One parameter of a workflow */
export class WorkflowParameter extends Model {
  get type() {
    return readField(this, 0, readString);
  }

  get required() {
    return readField(this, 1, readBoolean);
  }

  get description() {
    return readField(this, 2, readString);
  }

  get default_value() {
    return readField(this, 3, readString);
  }

  /** Element parameter of an array parameter */
  get items() {
    return readField(this, 4, readAny);
  }

  /** Member parameters of an object parameter */
  get properties() {
    return readField(this, 5, R_MAP_ANY);
  }

  /** The JSON text as a WorkflowParameter; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(WorkflowParameter, text);
  }
}

/** One workflow run */
export class WorkflowRunHistory extends Model {
  get execute_id() {
    return readField(this, 0, readString);
  }

  get execute_status() {
    return readField(this, 1, readString);
  }

  /** Bot the run used; 0 when none */
  get bot_id() {
    return readField(this, 2, readString);
  }

  get connector_id() {
    return readField(this, 3, readString);
  }

  /** The end user's id */
  get connector_uid() {
    return readField(this, 4, readString);
  }

  /** 0 synchronous, 1 streaming, 2 asynchronous */
  get run_mode() {
    return readField(this, 5, readInteger);
  }

  /** Log id of the asynchronous run */
  get logid() {
    return readField(this, 6, readString);
  }

  /** Unix time in seconds */
  get create_time() {
    return readField(this, 7, readInteger);
  }

  /** Unix time in seconds */
  get update_time() {
    return readField(this, 8, readInteger);
  }

  /** The workflow's output, usually JSON text */
  get output() {
    return readField(this, 9, readString);
  }

  /** 0 on success */
  get error_code() {
    return readField(this, 10, readString);
  }

  get error_message() {
    return readField(this, 11, readString);
  }

  /** Page showing the run (kept 7 days) */
  get debug_url() {
    return readField(this, 12, readString);
  }

  get usage() {
    return readField(this, 13, R_Usage);
  }

  /** The output was cut for size */
  get is_output_trimmed() {
    return readField(this, 14, readBoolean);
  }

  /** Output nodes' runs by node */
  get node_execute_status() {
    return readField(this, 15, R_MAP_WorkflowNodeExecuteStatus);
  }

  get interrupt_data() {
    return readField(this, 16, R_WorkflowInterruptData);
  }

  /** The JSON text as a WorkflowRunHistory; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(WorkflowRunHistory, text);
  }
}

/** The result of a workflow run */
export class WorkflowRunResult extends Model {
  /** The workflow's output (sent as JSON text, parsed) */
  get data() {
    return readField(this, 0, readAny);
  }

  /** Run id, for the run history */
  get execute_id() {
    return readField(this, 1, readString);
  }

  /** Page showing the run (kept 7 days) */
  get debug_url() {
    return readField(this, 2, readString);
  }

  get usage() {
    return readField(this, 3, R_Usage);
  }

  get interrupt_data() {
    return readField(this, 4, R_WorkflowInterruptData);
  }

  /** Reserved */
  get cost() {
    return readField(this, 5, readString);
  }

  /** Tokens used */
  get token() {
    return readField(this, 6, readInteger);
  }

  /** The JSON text as a WorkflowRunResult; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(WorkflowRunResult, text);
  }
}

/** A Coze user who created a workflow */
export class WorkflowUser extends Model {
  get id() {
    return readField(this, 0, readString);
  }

  get name() {
    return readField(this, 1, readString);
  }

  /** The JSON text as a WorkflowUser; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(WorkflowUser, text);
  }
}

/** A workspace */
export class Workspace extends Model {
  get id() {
    return readField(this, 0, readString);
  }

  get name() {
    return readField(this, 1, readString);
  }

  get icon_url() {
    return readField(this, 2, readString);
  }

  get description() {
    return readField(this, 3, readString);
  }

  get role_type() {
    return readField(this, 4, readString);
  }

  get workspace_type() {
    return readField(this, 5, readString);
  }

  get enterprise_id() {
    return readField(this, 6, readString);
  }

  get owner_uid() {
    return readField(this, 7, readString);
  }

  get admin_uids() {
    return readField(this, 8, R_ARRAY_ID);
  }

  get joined_status() {
    return readField(this, 9, readString);
  }

  /** The JSON text as a Workspace; DecodeError when it is not JSON or not an object. */
  static parse(text) {
    return parseModel(Workspace, text);
  }
}

// Composite readers, built once.
const R_GradientPosition = modelReader(GradientPosition);
const R_CanvasPosition = modelReader(CanvasPosition);
const R_BotPromptInfo = modelReader(BotPromptInfo);
const R_BotOnboardingInfo = modelReader(BotOnboardingInfo);
const R_BotKnowledge = modelReader(BotKnowledge);
const R_BotPluginInfo = modelReader(BotPluginInfo);
const R_ARRAY_BotPluginInfo = arrayReader(R_BotPluginInfo);
const R_BotModelInfo = modelReader(BotModelInfo);
const R_BotSuggestReplyInfo = modelReader(BotSuggestReplyInfo);
const R_BotBackgroundImageInfo = modelReader(BotBackgroundImageInfo);
const R_BotVariable = modelReader(BotVariable);
const R_ARRAY_BotVariable = arrayReader(R_BotVariable);
const R_BotVoiceInfo = modelReader(BotVoiceInfo);
const R_ARRAY_BotVoiceInfo = arrayReader(R_BotVoiceInfo);
const R_BotWorkflowInfo = modelReader(BotWorkflowInfo);
const R_ARRAY_BotWorkflowInfo = arrayReader(R_BotWorkflowInfo);
const R_BotShortcutCommandInfo = modelReader(BotShortcutCommandInfo);
const R_ARRAY_BotShortcutCommandInfo = arrayReader(R_BotShortcutCommandInfo);
const R_BackgroundImageInfo = modelReader(BackgroundImageInfo);
const R_BotKnowledgeInfo = modelReader(BotKnowledgeInfo);
const R_ARRAY_BotKnowledgeInfo = arrayReader(R_BotKnowledgeInfo);
const R_ARRAY_ID = arrayReader(readString);
const R_MAP_STRING = mapReader(readString);
const R_ARRAY_STRING = arrayReader(readString);
const R_BotPluginIdInfo = modelReader(BotPluginIdInfo);
const R_ARRAY_BotPluginIdInfo = arrayReader(R_BotPluginIdInfo);
const R_BotPluginApiInfo = modelReader(BotPluginApiInfo);
const R_ARRAY_BotPluginApiInfo = arrayReader(R_BotPluginApiInfo);
const R_BotShortcutCommandTool = modelReader(BotShortcutCommandTool);
const R_BotShortcutCommandComponent = modelReader(BotShortcutCommandComponent);
const R_ARRAY_BotShortcutCommandComponent = arrayReader(R_BotShortcutCommandComponent);
const R_BotWorkflowIdInfo = modelReader(BotWorkflowIdInfo);
const R_ARRAY_BotWorkflowIdInfo = arrayReader(R_BotWorkflowIdInfo);
const R_ChatError = modelReader(ChatError);
const R_ChatRequiredAction = modelReader(ChatRequiredAction);
const R_Usage = modelReader(Usage);
const R_InsertedMessage = modelReader(InsertedMessage);
const R_ARRAY_InsertedMessage = arrayReader(R_InsertedMessage);
const R_ChatSubmitToolOutputs = modelReader(ChatSubmitToolOutputs);
const R_ChatToolCall = modelReader(ChatToolCall);
const R_ARRAY_ChatToolCall = arrayReader(R_ChatToolCall);
const R_ChatToolCallFunction = modelReader(ChatToolCallFunction);
const R_DocumentChunkStrategy = modelReader(DocumentChunkStrategy);
const R_DocumentSourceInfo = modelReader(DocumentSourceInfo);
const R_DocumentUpdateRule = modelReader(DocumentUpdateRule);
const R_SimpleBot = modelReader(SimpleBot);
const R_ARRAY_SimpleBot = arrayReader(R_SimpleBot);
const R_Conversation = modelReader(Conversation);
const R_ARRAY_Conversation = arrayReader(R_Conversation);
const R_Dataset = modelReader(Dataset);
const R_ARRAY_Dataset = arrayReader(R_Dataset);
const R_Document = modelReader(Document);
const R_ARRAY_Document = arrayReader(R_Document);
const R_Message = modelReader(Message);
const R_ARRAY_Message = arrayReader(R_Message);
const R_Photo = modelReader(Photo);
const R_ARRAY_Photo = arrayReader(R_Photo);
const R_Voice = modelReader(Voice);
const R_ARRAY_Voice = arrayReader(R_Voice);
const R_WorkflowBasic = modelReader(WorkflowBasic);
const R_ARRAY_WorkflowBasic = arrayReader(R_WorkflowBasic);
const R_Workspace = modelReader(Workspace);
const R_ARRAY_Workspace = arrayReader(R_Workspace);
const R_DocumentProgress = modelReader(DocumentProgress);
const R_ARRAY_DocumentProgress = arrayReader(R_DocumentProgress);
const R_VariableValue = modelReader(VariableValue);
const R_ARRAY_VariableValue = arrayReader(R_VariableValue);
const R_RoomAudioConfig = modelReader(RoomAudioConfig);
const R_RoomVideoConfig = modelReader(RoomVideoConfig);
const R_RoomTranslateConfig = modelReader(RoomTranslateConfig);
const R_VoiceEmotion = modelReader(VoiceEmotion);
const R_ARRAY_VoiceEmotion = arrayReader(R_VoiceEmotion);
const R_VoiceEmotionScale = modelReader(VoiceEmotionScale);
const R_WorkflowUser = modelReader(WorkflowUser);
const R_WorkflowInput = modelReader(WorkflowInput);
const R_WorkflowOutput = modelReader(WorkflowOutput);
const R_WorkflowParameter = modelReader(WorkflowParameter);
const R_MAP_WorkflowParameter = mapReader(R_WorkflowParameter);
const R_MAP_ANY = mapReader(readAny);
const R_WorkflowInterruptData = modelReader(WorkflowInterruptData);
const R_WorkflowNodeExecuteStatus = modelReader(WorkflowNodeExecuteStatus);
const R_MAP_WorkflowNodeExecuteStatus = mapReader(R_WorkflowNodeExecuteStatus);

/** Every model class by name. */
export const models = Object.freeze({
  BackgroundImageInfo,
  Bot,
  BotBackgroundImageInfo,
  BotKnowledge,
  BotKnowledgeInfo,
  BotModelInfo,
  BotOnboardingInfo,
  BotPluginApiInfo,
  BotPluginIdInfo,
  BotPluginIdList,
  BotPluginInfo,
  BotPromptInfo,
  BotShortcutCommandComponent,
  BotShortcutCommandInfo,
  BotShortcutCommandTool,
  BotSuggestReplyInfo,
  BotVariable,
  BotVoiceInfo,
  BotWorkflowIdInfo,
  BotWorkflowIdList,
  BotWorkflowInfo,
  CanvasPosition,
  Chat,
  ChatError,
  ChatRequiredAction,
  ChatSubmitToolOutputs,
  ChatToolCall,
  ChatToolCallFunction,
  ClientHealth,
  CloneVoiceResult,
  Conversation,
  CreateBotResult,
  CreateDatasetResult,
  Dataset,
  DeviceCode,
  Document,
  DocumentBase,
  DocumentChunkStrategy,
  DocumentProgress,
  DocumentSourceInfo,
  DocumentUpdateRule,
  DoneEventData,
  DuplicateTemplateResult,
  EnterMessage,
  ErrorEventData,
  File,
  GradientPosition,
  InsertedMessage,
  ListBotsResult,
  ListConversationsResult,
  ListDatasetsResult,
  ListDocumentsResult,
  ListMessagesResult,
  ListPhotosResult,
  ListVoicesResult,
  ListWorkflowsResult,
  ListWorkspacesResult,
  Message,
  OAuthToken,
  Photo,
  ProcessDatasetResult,
  PublishBotResult,
  ResponseDetail,
  RetrieveVariablesResult,
  Room,
  RoomAudioConfig,
  RoomConfig,
  RoomTranslateConfig,
  RoomVideoConfig,
  Section,
  ShortcutCommand,
  SimpleBot,
  ToolOutput,
  Transcription,
  Usage,
  User,
  VariableValue,
  Voice,
  VoiceEmotion,
  VoiceEmotionScale,
  WorkflowBasic,
  WorkflowErrorEvent,
  WorkflowInfo,
  WorkflowInput,
  WorkflowInterruptData,
  WorkflowInterruptEvent,
  WorkflowMessageEvent,
  WorkflowNodeExecuteHistory,
  WorkflowNodeExecuteStatus,
  WorkflowOutput,
  WorkflowParameter,
  WorkflowRunHistory,
  WorkflowRunResult,
  WorkflowUser,
  Workspace,
});

// Each model's id in records, its name and its fields in record order:
// [name, reader] (the canonical view's keys and values), plus `true`
// for a secret field (x-coze-secret: printed as ***, never its value).
defineModel(BackgroundImageInfo, 0, 'BackgroundImageInfo', [
  ['image_url', readString],
  ['theme_color', readString],
  ['gradient_position', R_GradientPosition],
  ['canvas_position', R_CanvasPosition],
]);
defineModel(Bot, 1, 'Bot', [
  ['bot_id', readString],
  ['name', readString],
  ['description', readString],
  ['icon_url', readString],
  ['create_time', readInteger],
  ['update_time', readInteger],
  ['version', readString],
  ['prompt_info', R_BotPromptInfo],
  ['onboarding_info', R_BotOnboardingInfo],
  ['knowledge', R_BotKnowledge],
  ['bot_mode', readInteger],
  ['plugin_info_list', R_ARRAY_BotPluginInfo],
  ['model_info', R_BotModelInfo],
  ['suggest_reply_info', R_BotSuggestReplyInfo],
  ['background_image_info', R_BotBackgroundImageInfo],
  ['variables', R_ARRAY_BotVariable],
  ['owner_user_id', readString],
  ['voice_info_list', R_ARRAY_BotVoiceInfo],
  ['default_user_input_type', readString],
  ['workflow_info_list', R_ARRAY_BotWorkflowInfo],
  ['shortcut_commands', R_ARRAY_BotShortcutCommandInfo],
  ['folder_id', readString],
]);
defineModel(BotBackgroundImageInfo, 2, 'BotBackgroundImageInfo', [
  ['web_background_image', R_BackgroundImageInfo],
  ['mobile_background_image', R_BackgroundImageInfo],
]);
defineModel(BotKnowledge, 3, 'BotKnowledge', [
  ['knowledge_infos', R_ARRAY_BotKnowledgeInfo],
  ['dataset_ids', R_ARRAY_ID],
  ['auto_call', readBoolean],
  ['search_strategy', readInteger],
]);
defineModel(BotKnowledgeInfo, 4, 'BotKnowledgeInfo', [
  ['id', readString],
  ['name', readString],
]);
defineModel(BotModelInfo, 5, 'BotModelInfo', [
  ['model_id', readString],
  ['model_name', readString],
  ['temperature', readNumber],
  ['top_k', readInteger],
  ['top_p', readNumber],
  ['max_tokens', readInteger],
  ['context_round', readInteger],
  ['response_format', readString],
  ['presence_penalty', readNumber],
  ['frequency_penalty', readNumber],
  ['cache_type', readString],
  ['sp_anti_leak', readBoolean],
  ['sp_current_time', readBoolean],
  ['parameters', R_MAP_STRING],
]);
defineModel(BotOnboardingInfo, 6, 'BotOnboardingInfo', [
  ['prologue', readString],
  ['suggested_questions', R_ARRAY_STRING],
]);
defineModel(BotPluginApiInfo, 7, 'BotPluginApiInfo', [
  ['api_id', readString],
  ['name', readString],
  ['description', readString],
]);
defineModel(BotPluginIdInfo, 8, 'BotPluginIdInfo', [
  ['plugin_id', readString],
  ['api_id', readString],
]);
defineModel(BotPluginIdList, 9, 'BotPluginIdList', [['id_list', R_ARRAY_BotPluginIdInfo]]);
defineModel(BotPluginInfo, 10, 'BotPluginInfo', [
  ['plugin_id', readString],
  ['name', readString],
  ['description', readString],
  ['icon_url', readString],
  ['api_info_list', R_ARRAY_BotPluginApiInfo],
]);
defineModel(BotPromptInfo, 11, 'BotPromptInfo', [['prompt', readString]]);
defineModel(BotShortcutCommandComponent, 12, 'BotShortcutCommandComponent', [
  ['name', readString],
  ['description', readString],
  ['type', readString],
  ['tool_parameter', readString],
  ['default_value', readString],
  ['is_hide', readBoolean],
  ['options', R_ARRAY_STRING],
]);
defineModel(BotShortcutCommandInfo, 13, 'BotShortcutCommandInfo', [
  ['id', readString],
  ['name', readString],
  ['command', readString],
  ['description', readString],
  ['query_template', readString],
  ['icon_url', readString],
  ['agent_id', readString],
  ['tool', R_BotShortcutCommandTool],
  ['components', R_ARRAY_BotShortcutCommandComponent],
]);
defineModel(BotShortcutCommandTool, 14, 'BotShortcutCommandTool', [
  ['name', readString],
  ['type', readString],
]);
defineModel(BotSuggestReplyInfo, 15, 'BotSuggestReplyInfo', [
  ['reply_mode', readString],
  ['customized_prompt', readString],
]);
defineModel(BotVariable, 16, 'BotVariable', [
  ['keyword', readString],
  ['default_value', readString],
  ['variable_type', readString],
  ['channel', readString],
  ['description', readString],
  ['enable', readBoolean],
  ['prompt_enable', readBoolean],
]);
defineModel(BotVoiceInfo, 17, 'BotVoiceInfo', [
  ['voice_id', readString],
  ['language_code', readString],
]);
defineModel(BotWorkflowIdInfo, 18, 'BotWorkflowIdInfo', [['id', readString]]);
defineModel(BotWorkflowIdList, 19, 'BotWorkflowIdList', [['ids', R_ARRAY_BotWorkflowIdInfo]]);
defineModel(BotWorkflowInfo, 20, 'BotWorkflowInfo', [
  ['id', readString],
  ['name', readString],
  ['description', readString],
  ['icon_url', readString],
]);
defineModel(CanvasPosition, 21, 'CanvasPosition', [
  ['width', readNumber],
  ['height', readNumber],
  ['left', readNumber],
  ['top', readNumber],
]);
defineModel(Chat, 22, 'Chat', [
  ['id', readString],
  ['conversation_id', readString],
  ['bot_id', readString],
  ['created_at', readInteger],
  ['completed_at', readInteger],
  ['failed_at', readInteger],
  ['meta_data', R_MAP_STRING],
  ['last_error', R_ChatError],
  ['status', readString],
  ['required_action', R_ChatRequiredAction],
  ['usage', R_Usage],
  ['section_id', readString],
  ['inserted_additional_messages', R_ARRAY_InsertedMessage],
]);
defineModel(ChatError, 23, 'ChatError', [
  ['code', readInteger],
  ['msg', readString],
]);
defineModel(ChatRequiredAction, 24, 'ChatRequiredAction', [
  ['type', readString],
  ['submit_tool_outputs', R_ChatSubmitToolOutputs],
]);
defineModel(ChatSubmitToolOutputs, 25, 'ChatSubmitToolOutputs', [['tool_calls', R_ARRAY_ChatToolCall]]);
defineModel(ChatToolCall, 26, 'ChatToolCall', [
  ['id', readString],
  ['type', readString],
  ['function', R_ChatToolCallFunction],
]);
defineModel(ChatToolCallFunction, 27, 'ChatToolCallFunction', [
  ['name', readString],
  ['arguments', readString],
]);
defineModel(ClientHealth, 28, 'ClientHealth', [
  ['state', readString],
  ['breaker', readBoolean],
  ['error_rate', readNumber],
  ['rated', readBoolean],
  ['attempts', readInteger],
  ['failures', readInteger],
  ['current_attempts', readInteger],
  ['current_failures', readInteger],
  ['total_attempts', readInteger],
  ['total_failures', readInteger],
  ['open_ms_left', readInteger],
  ['opened', readInteger],
  ['rejected', readInteger],
  ['retries_spent', readInteger],
  ['retry_budget_left', readNumber],
]);
defineModel(CloneVoiceResult, 29, 'CloneVoiceResult', [['voice_id', readString]]);
defineModel(Conversation, 30, 'Conversation', [
  ['id', readString],
  ['name', readString],
  ['created_at', readInteger],
  ['updated_at', readInteger],
  ['meta_data', R_MAP_STRING],
  ['last_section_id', readString],
  ['creator_id', readString],
  ['connector_id', readString],
]);
defineModel(CreateBotResult, 31, 'CreateBotResult', [['bot_id', readString]]);
defineModel(CreateDatasetResult, 32, 'CreateDatasetResult', [['dataset_id', readString]]);
defineModel(Dataset, 33, 'Dataset', [
  ['dataset_id', readString],
  ['name', readString],
  ['description', readString],
  ['space_id', readString],
  ['status', readInteger],
  ['format_type', readInteger],
  ['can_edit', readBoolean],
  ['icon_uri', readString],
  ['icon_url', readString],
  ['doc_count', readInteger],
  ['file_list', R_ARRAY_STRING],
  ['hit_count', readInteger],
  ['bot_used_count', readInteger],
  ['slice_count', readInteger],
  ['all_file_size', readInteger],
  ['chunk_strategy', R_DocumentChunkStrategy],
  ['failed_file_list', R_ARRAY_STRING],
  ['processing_file_list', R_ARRAY_STRING],
  ['processing_file_id_list', R_ARRAY_ID],
  ['avatar_url', readString],
  ['creator_id', readString],
  ['creator_name', readString],
  ['create_time', readInteger],
  ['update_time', readInteger],
]);
defineModel(DeviceCode, 34, 'DeviceCode', [
  ['device_code', readString, true],
  ['user_code', readString],
  ['verification_uri', readString],
  ['verification_url', readString],
  ['interval', readInteger],
  ['expires_in', readInteger],
]);
defineModel(Document, 35, 'Document', [
  ['document_id', readString],
  ['name', readString],
  ['char_count', readInteger],
  ['chunk_strategy', R_DocumentChunkStrategy],
  ['create_time', readInteger],
  ['update_time', readInteger],
  ['format_type', readInteger],
  ['hit_count', readInteger],
  ['size', readInteger],
  ['slice_count', readInteger],
  ['source_type', readInteger],
  ['status', readInteger],
  ['type', readString],
  ['update_interval', readInteger],
  ['update_type', readInteger],
  ['tos_uri', readString],
]);
defineModel(DocumentBase, 36, 'DocumentBase', [
  ['name', readString],
  ['source_info', R_DocumentSourceInfo],
  ['update_rule', R_DocumentUpdateRule],
  ['caption', readString],
]);
defineModel(DocumentChunkStrategy, 37, 'DocumentChunkStrategy', [
  ['chunk_type', readInteger],
  ['separator', readString],
  ['max_tokens', readInteger],
  ['remove_extra_spaces', readBoolean],
  ['remove_urls_emails', readBoolean],
  ['caption_type', readInteger],
]);
defineModel(DocumentProgress, 38, 'DocumentProgress', [
  ['document_id', readString],
  ['url', readString],
  ['size', readInteger],
  ['type', readString],
  ['status', readInteger],
  ['progress', readInteger],
  ['update_type', readInteger],
  ['document_name', readString],
  ['remaining_time', readInteger],
  ['status_descript', readString],
  ['update_interval', readInteger],
]);
defineModel(DocumentSourceInfo, 39, 'DocumentSourceInfo', [
  ['file_base64', readString],
  ['file_type', readString],
  ['web_url', readString],
  ['document_source', readInteger],
  ['source_file_id', readString],
]);
defineModel(DocumentUpdateRule, 40, 'DocumentUpdateRule', [
  ['update_type', readInteger],
  ['update_interval', readInteger],
]);
defineModel(DoneEventData, 41, 'DoneEventData', [['debug_url', readString]]);
defineModel(DuplicateTemplateResult, 42, 'DuplicateTemplateResult', [
  ['entity_id', readString],
  ['entity_type', readString],
]);
defineModel(EnterMessage, 43, 'EnterMessage', [
  ['role', readString],
  ['type', readString],
  ['content', readString],
  ['content_type', readString],
  ['meta_data', R_MAP_STRING],
]);
defineModel(ErrorEventData, 44, 'ErrorEventData', [
  ['code', readInteger],
  ['msg', readString],
]);
defineModel(File, 45, 'File', [
  ['id', readString],
  ['bytes', readInteger],
  ['created_at', readInteger],
  ['file_name', readString],
]);
defineModel(GradientPosition, 46, 'GradientPosition', [
  ['left', readNumber],
  ['right', readNumber],
]);
defineModel(InsertedMessage, 47, 'InsertedMessage', [['id', readString]]);
defineModel(ListBotsResult, 48, 'ListBotsResult', [
  ['items', R_ARRAY_SimpleBot],
  ['total', readInteger],
]);
defineModel(ListConversationsResult, 49, 'ListConversationsResult', [
  ['conversations', R_ARRAY_Conversation],
  ['has_more', readBoolean],
]);
defineModel(ListDatasetsResult, 50, 'ListDatasetsResult', [
  ['dataset_list', R_ARRAY_Dataset],
  ['total_count', readInteger],
]);
defineModel(ListDocumentsResult, 51, 'ListDocumentsResult', [
  ['document_infos', R_ARRAY_Document],
  ['total', readInteger],
]);
defineModel(ListMessagesResult, 52, 'ListMessagesResult', [
  ['data', R_ARRAY_Message],
  ['first_id', readString],
  ['last_id', readString],
  ['has_more', readBoolean],
]);
defineModel(ListPhotosResult, 53, 'ListPhotosResult', [
  ['photo_infos', R_ARRAY_Photo],
  ['total_count', readInteger],
]);
defineModel(ListVoicesResult, 54, 'ListVoicesResult', [
  ['voice_list', R_ARRAY_Voice],
  ['has_more', readBoolean],
]);
defineModel(ListWorkflowsResult, 55, 'ListWorkflowsResult', [
  ['items', R_ARRAY_WorkflowBasic],
  ['has_more', readBoolean],
]);
defineModel(ListWorkspacesResult, 56, 'ListWorkspacesResult', [
  ['workspaces', R_ARRAY_Workspace],
  ['total_count', readInteger],
]);
defineModel(Message, 57, 'Message', [
  ['id', readString],
  ['conversation_id', readString],
  ['bot_id', readString],
  ['chat_id', readString],
  ['section_id', readString],
  ['role', readString],
  ['type', readString],
  ['content', readString],
  ['content_type', readString],
  ['reasoning_content', readString],
  ['meta_data', R_MAP_STRING],
  ['created_at', readInteger],
  ['updated_at', readInteger],
]);
defineModel(OAuthToken, 58, 'OAuthToken', [
  ['access_token', readString, true],
  ['token_type', readString],
  ['expires_in', readInteger],
  ['refresh_token', readString, true],
]);
defineModel(Photo, 59, 'Photo', [
  ['document_id', readString],
  ['url', readString],
  ['name', readString],
  ['size', readInteger],
  ['type', readString],
  ['status', readInteger],
  ['caption', readString],
  ['creator_id', readString],
  ['source_type', readInteger],
  ['create_time', readInteger],
  ['update_time', readInteger],
]);
defineModel(ProcessDatasetResult, 60, 'ProcessDatasetResult', [['data', R_ARRAY_DocumentProgress]]);
defineModel(PublishBotResult, 61, 'PublishBotResult', [
  ['bot_id', readString],
  ['version', readString],
]);
defineModel(ResponseDetail, 62, 'ResponseDetail', [['logid', readString]]);
defineModel(RetrieveVariablesResult, 63, 'RetrieveVariablesResult', [['items', R_ARRAY_VariableValue]]);
defineModel(Room, 64, 'Room', [
  ['room_id', readString],
  ['app_id', readString],
  ['token', readString],
  ['uid', readString],
]);
defineModel(RoomAudioConfig, 65, 'RoomAudioConfig', [['codec', readString]]);
defineModel(RoomConfig, 66, 'RoomConfig', [
  ['audio_config', R_RoomAudioConfig],
  ['video_config', R_RoomVideoConfig],
  ['prologue_content', readString],
  ['prologue_delay_duration_ms', readInteger],
  ['room_mode', readString],
  ['translate_config', R_RoomTranslateConfig],
]);
defineModel(RoomTranslateConfig, 67, 'RoomTranslateConfig', [
  ['from', readString],
  ['to', readString],
]);
defineModel(RoomVideoConfig, 68, 'RoomVideoConfig', [
  ['codec', readString],
  ['stream_video_type', readString],
  ['video_frame_rate', readInteger],
  ['video_frame_expire_duration', readInteger],
]);
defineModel(Section, 69, 'Section', [
  ['id', readString],
  ['conversation_id', readString],
]);
defineModel(ShortcutCommand, 70, 'ShortcutCommand', [
  ['command_id', readString],
  ['parameters', R_MAP_STRING],
]);
defineModel(SimpleBot, 71, 'SimpleBot', [
  ['id', readString],
  ['name', readString],
  ['description', readString],
  ['icon_url', readString],
  ['is_published', readBoolean],
  ['updated_at', readInteger],
  ['published_at', readInteger],
  ['owner_user_id', readString],
  ['folder_id', readString],
]);
defineModel(ToolOutput, 72, 'ToolOutput', [
  ['tool_call_id', readString],
  ['output', readString],
]);
defineModel(Transcription, 73, 'Transcription', [['text', readString]]);
defineModel(Usage, 74, 'Usage', [
  ['token_count', readInteger],
  ['output_count', readInteger],
  ['input_count', readInteger],
]);
defineModel(User, 75, 'User', [
  ['user_id', readString],
  ['user_name', readString],
  ['nick_name', readString],
  ['avatar_url', readString],
]);
defineModel(VariableValue, 76, 'VariableValue', [
  ['keyword', readString],
  ['value', readString],
  ['create_time', readInteger],
  ['update_time', readInteger],
]);
defineModel(Voice, 77, 'Voice', [
  ['voice_id', readString],
  ['name', readString],
  ['is_system_voice', readBoolean],
  ['language_code', readString],
  ['language_name', readString],
  ['preview_text', readString],
  ['preview_audio', readString],
  ['available_training_times', readInteger],
  ['create_time', readInteger],
  ['update_time', readInteger],
  ['model_type', readString],
  ['state', readString],
  ['support_emotions', R_ARRAY_VoiceEmotion],
]);
defineModel(VoiceEmotion, 78, 'VoiceEmotion', [
  ['emotion', readString],
  ['display_name', readString],
  ['emotion_scale_interval', R_VoiceEmotionScale],
]);
defineModel(VoiceEmotionScale, 79, 'VoiceEmotionScale', [
  ['min', readNumber],
  ['max', readNumber],
  ['default', readNumber],
]);
defineModel(WorkflowBasic, 80, 'WorkflowBasic', [
  ['workflow_id', readString],
  ['workflow_name', readString],
  ['description', readString],
  ['icon_url', readString],
  ['app_id', readString],
  ['created_at', readInteger],
  ['updated_at', readInteger],
  ['creator', R_WorkflowUser],
]);
defineModel(WorkflowErrorEvent, 81, 'WorkflowErrorEvent', [
  ['error_code', readInteger],
  ['error_message', readString],
]);
defineModel(WorkflowInfo, 82, 'WorkflowInfo', [
  ['workflow_detail', R_WorkflowBasic],
  ['input', R_WorkflowInput],
  ['output', R_WorkflowOutput],
]);
defineModel(WorkflowInput, 83, 'WorkflowInput', [['parameters', R_MAP_WorkflowParameter]]);
defineModel(WorkflowInterruptData, 84, 'WorkflowInterruptData', [
  ['event_id', readString],
  ['type', readInteger],
  ['data', readString],
  ['required_parameters', R_MAP_ANY],
]);
defineModel(WorkflowInterruptEvent, 85, 'WorkflowInterruptEvent', [
  ['interrupt_data', R_WorkflowInterruptData],
  ['node_title', readString],
]);
defineModel(WorkflowMessageEvent, 86, 'WorkflowMessageEvent', [
  ['content', readString],
  ['content_type', readString],
  ['node_title', readString],
  ['node_seq_id', readString],
  ['node_is_finish', readBoolean],
  ['ext', R_MAP_STRING],
  ['usage', R_Usage],
  ['cost', readString],
  ['token', readInteger],
  ['node_id', readString],
  ['node_execute_uuid', readString],
]);
defineModel(WorkflowNodeExecuteHistory, 87, 'WorkflowNodeExecuteHistory', [
  ['is_finish', readBoolean],
  ['node_output', readString],
]);
defineModel(WorkflowNodeExecuteStatus, 88, 'WorkflowNodeExecuteStatus', [
  ['node_id', readString],
  ['is_finish', readBoolean],
  ['loop_index', readInteger],
  ['batch_index', readInteger],
  ['update_time', readInteger],
  ['sub_execute_id', readString],
  ['node_execute_uuid', readString],
]);
defineModel(WorkflowOutput, 89, 'WorkflowOutput', [
  ['content', readString],
  ['parameters', R_MAP_WorkflowParameter],
  ['terminate_plan', readString],
]);
defineModel(WorkflowParameter, 90, 'WorkflowParameter', [
  ['type', readString],
  ['required', readBoolean],
  ['description', readString],
  ['default_value', readString],
  ['items', readAny],
  ['properties', R_MAP_ANY],
]);
defineModel(WorkflowRunHistory, 91, 'WorkflowRunHistory', [
  ['execute_id', readString],
  ['execute_status', readString],
  ['bot_id', readString],
  ['connector_id', readString],
  ['connector_uid', readString],
  ['run_mode', readInteger],
  ['logid', readString],
  ['create_time', readInteger],
  ['update_time', readInteger],
  ['output', readString],
  ['error_code', readString],
  ['error_message', readString],
  ['debug_url', readString],
  ['usage', R_Usage],
  ['is_output_trimmed', readBoolean],
  ['node_execute_status', R_MAP_WorkflowNodeExecuteStatus],
  ['interrupt_data', R_WorkflowInterruptData],
]);
defineModel(WorkflowRunResult, 92, 'WorkflowRunResult', [
  ['data', readAny],
  ['execute_id', readString],
  ['debug_url', readString],
  ['usage', R_Usage],
  ['interrupt_data', R_WorkflowInterruptData],
  ['cost', readString],
  ['token', readInteger],
]);
defineModel(WorkflowUser, 93, 'WorkflowUser', [
  ['id', readString],
  ['name', readString],
]);
defineModel(Workspace, 94, 'Workspace', [
  ['id', readString],
  ['name', readString],
  ['icon_url', readString],
  ['description', readString],
  ['role_type', readString],
  ['workspace_type', readString],
  ['enterprise_id', readString],
  ['owner_uid', readString],
  ['admin_uids', R_ARRAY_ID],
  ['joined_status', readString],
]);

// The payload model of each chat stream event, by type code (null: no typed payload).
const chatEventModels = [
  Chat, // 0 conversation.chat.created
  Chat, // 1 conversation.chat.in_progress
  Chat, // 2 conversation.chat.completed
  Chat, // 3 conversation.chat.failed
  Chat, // 4 conversation.chat.requires_action
  Message, // 5 conversation.message.delta
  Message, // 6 conversation.message.completed
  Message, // 7 conversation.audio.delta
  ErrorEventData, // 8 error
  DoneEventData, // 9 done
  null, // 10 Message
  null, // 11 Interrupt
  null, // 12 Error
  null, // 13 Done
  null, // 14 PING
];

/** One event of a chat stream: `type`, `id`, and `data` typed by its name. */
export class ChatEvent extends StreamEvent {
  get data() {
    return this.payload(chatEventModels);
  }
}

// The payload model of each workflow stream event, by type code (null: no typed payload).
const workflowEventModels = [
  null, // 0 conversation.chat.created
  null, // 1 conversation.chat.in_progress
  null, // 2 conversation.chat.completed
  null, // 3 conversation.chat.failed
  null, // 4 conversation.chat.requires_action
  null, // 5 conversation.message.delta
  null, // 6 conversation.message.completed
  null, // 7 conversation.audio.delta
  null, // 8 error
  null, // 9 done
  WorkflowMessageEvent, // 10 Message
  WorkflowInterruptEvent, // 11 Interrupt
  WorkflowErrorEvent, // 12 Error
  DoneEventData, // 13 Done
  null, // 14 PING
];

/** One event of a workflow stream: `type`, `id`, and `data` typed by its name. */
export class WorkflowEvent extends StreamEvent {
  get data() {
    return this.payload(workflowEventModels);
  }
}
