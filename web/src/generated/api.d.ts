// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
// Types of the generated surface; web/index.d.ts re-exports them.

import type {
  BinaryRequestOptions,
  BinaryResult,
  ChatPollResult,
  Model,
  PageOptions,
  Pager,
  RequestOptions,
  Stream,
  StreamEvent,
  ToolSpec,
  Uploadable,
} from '../../index.js';

// ---- models (views of answers)

/** One chat background image */
export declare class BackgroundImageInfo extends Model {
  readonly image_url: string | undefined;
  readonly theme_color: string | undefined;
  readonly gradient_position: GradientPosition | undefined;
  readonly canvas_position: CanvasPosition | undefined;
  /** The JSON text as a BackgroundImageInfo; DecodeError when it is not JSON or not an object. */
  static parse(text: string): BackgroundImageInfo;
}

/** A bot's configuration */
export declare class Bot extends Model {
  readonly bot_id: string | undefined;
  readonly name: string | undefined;
  readonly description: string | undefined;
  readonly icon_url: string | undefined;
  /** Unix time in seconds */
  readonly create_time: number | undefined;
  /** Unix time in seconds */
  readonly update_time: number | undefined;
  readonly version: string | undefined;
  readonly prompt_info: BotPromptInfo | undefined;
  readonly onboarding_info: BotOnboardingInfo | undefined;
  readonly knowledge: BotKnowledge | undefined;
  /** 0 single agent, 1 multi agent, 2 single agent workflow */
  readonly bot_mode: number | undefined;
  readonly plugin_info_list: Array<BotPluginInfo> | undefined;
  readonly model_info: BotModelInfo | undefined;
  readonly suggest_reply_info: BotSuggestReplyInfo | undefined;
  readonly background_image_info: BotBackgroundImageInfo | undefined;
  readonly variables: Array<BotVariable> | undefined;
  readonly owner_user_id: string | undefined;
  readonly voice_info_list: Array<BotVoiceInfo> | undefined;
  /** One of: text, call, voice (others are kept). */
  readonly default_user_input_type: string | undefined;
  readonly workflow_info_list: Array<BotWorkflowInfo> | undefined;
  readonly shortcut_commands: Array<BotShortcutCommandInfo> | undefined;
  readonly folder_id: string | undefined;
  /** The JSON text as a Bot; DecodeError when it is not JSON or not an object. */
  static parse(text: string): Bot;
}

/** A bot's chat background images */
export declare class BotBackgroundImageInfo extends Model {
  readonly web_background_image: BackgroundImageInfo | undefined;
  readonly mobile_background_image: BackgroundImageInfo | undefined;
  /** The JSON text as a BotBackgroundImageInfo; DecodeError when it is not JSON or not an object. */
  static parse(text: string): BotBackgroundImageInfo;
}

/** Knowledge bases of a bot (knowledge_infos in answers; the others in updates) */
export declare class BotKnowledge extends Model {
  readonly knowledge_infos: Array<BotKnowledgeInfo> | undefined;
  readonly dataset_ids: Array<string> | undefined;
  /** Search on every turn */
  readonly auto_call: boolean | undefined;
  /** 0 semantic, 1 hybrid, 20 full text */
  readonly search_strategy: number | undefined;
  /** The JSON text as a BotKnowledge; DecodeError when it is not JSON or not an object. */
  static parse(text: string): BotKnowledge;
}

/** A knowledge base bound to a bot */
export declare class BotKnowledgeInfo extends Model {
  readonly id: string | undefined;
  readonly name: string | undefined;
  /** The JSON text as a BotKnowledgeInfo; DecodeError when it is not JSON or not an object. */
  static parse(text: string): BotKnowledgeInfo;
}

/** A bot's model and its settings */
export declare class BotModelInfo extends Model {
  readonly model_id: string | undefined;
  readonly model_name: string | undefined;
  readonly temperature: number | undefined;
  readonly top_k: number | undefined;
  readonly top_p: number | undefined;
  readonly max_tokens: number | undefined;
  /** Rounds of context kept */
  readonly context_round: number | undefined;
  /** One of: text, markdown, json (others are kept). */
  readonly response_format: string | undefined;
  readonly presence_penalty: number | undefined;
  readonly frequency_penalty: number | undefined;
  /** One of: closed, prefix (others are kept). */
  readonly cache_type: string | undefined;
  /** Protect the system prompt */
  readonly sp_anti_leak: boolean | undefined;
  /** Add the current time to the system prompt */
  readonly sp_current_time: boolean | undefined;
  /** Model-specific settings */
  readonly parameters: Record<string, string> | undefined;
  /** The JSON text as a BotModelInfo; DecodeError when it is not JSON or not an object. */
  static parse(text: string): BotModelInfo;
}

/** A bot's opening message */
export declare class BotOnboardingInfo extends Model {
  readonly prologue: string | undefined;
  readonly suggested_questions: Array<string> | undefined;
  /** The JSON text as a BotOnboardingInfo; DecodeError when it is not JSON or not an object. */
  static parse(text: string): BotOnboardingInfo;
}

/** A tool of a plugin */
export declare class BotPluginApiInfo extends Model {
  readonly api_id: string | undefined;
  readonly name: string | undefined;
  readonly description: string | undefined;
  /** The JSON text as a BotPluginApiInfo; DecodeError when it is not JSON or not an object. */
  static parse(text: string): BotPluginApiInfo;
}

/** A plugin tool by id */
export declare class BotPluginIdInfo extends Model {
  readonly plugin_id: string | undefined;
  readonly api_id: string | undefined;
  /** The JSON text as a BotPluginIdInfo; DecodeError when it is not JSON or not an object. */
  static parse(text: string): BotPluginIdInfo;
}

/** Plugin tools to bind to a bot */
export declare class BotPluginIdList extends Model {
  readonly id_list: Array<BotPluginIdInfo> | undefined;
  /** The JSON text as a BotPluginIdList; DecodeError when it is not JSON or not an object. */
  static parse(text: string): BotPluginIdList;
}

/** A plugin bound to a bot */
export declare class BotPluginInfo extends Model {
  readonly plugin_id: string | undefined;
  readonly name: string | undefined;
  readonly description: string | undefined;
  readonly icon_url: string | undefined;
  readonly api_info_list: Array<BotPluginApiInfo> | undefined;
  /** The JSON text as a BotPluginInfo; DecodeError when it is not JSON or not an object. */
  static parse(text: string): BotPluginInfo;
}

/** A bot's persona and prompt */
export declare class BotPromptInfo extends Model {
  readonly prompt: string | undefined;
  /** The JSON text as a BotPromptInfo; DecodeError when it is not JSON or not an object. */
  static parse(text: string): BotPromptInfo;
}

/** One input of a shortcut command */
export declare class BotShortcutCommandComponent extends Model {
  readonly name: string | undefined;
  readonly description: string | undefined;
  /** One of: text, select, file (others are kept). */
  readonly type: string | undefined;
  readonly tool_parameter: string | undefined;
  readonly default_value: string | undefined;
  readonly is_hide: boolean | undefined;
  readonly options: Array<string> | undefined;
  /** The JSON text as a BotShortcutCommandComponent; DecodeError when it is not JSON or not an object. */
  static parse(text: string): BotShortcutCommandComponent;
}

/** A shortcut command of a bot */
export declare class BotShortcutCommandInfo extends Model {
  readonly id: string | undefined;
  readonly name: string | undefined;
  readonly command: string | undefined;
  readonly description: string | undefined;
  readonly query_template: string | undefined;
  readonly icon_url: string | undefined;
  readonly agent_id: string | undefined;
  readonly tool: BotShortcutCommandTool | undefined;
  readonly components: Array<BotShortcutCommandComponent> | undefined;
  /** The JSON text as a BotShortcutCommandInfo; DecodeError when it is not JSON or not an object. */
  static parse(text: string): BotShortcutCommandInfo;
}

/** The plugin or workflow a shortcut command runs */
export declare class BotShortcutCommandTool extends Model {
  readonly name: string | undefined;
  /** One of: plugin, workflow (others are kept). */
  readonly type: string | undefined;
  /** The JSON text as a BotShortcutCommandTool; DecodeError when it is not JSON or not an object. */
  static parse(text: string): BotShortcutCommandTool;
}

/** Whether and how a bot suggests the user's next questions */
export declare class BotSuggestReplyInfo extends Model {
  /** One of: disable, enable, customized (others are kept). */
  readonly reply_mode: string | undefined;
  readonly customized_prompt: string | undefined;
  /** The JSON text as a BotSuggestReplyInfo; DecodeError when it is not JSON or not an object. */
  static parse(text: string): BotSuggestReplyInfo;
}

/** A variable of a bot */
export declare class BotVariable extends Model {
  readonly keyword: string | undefined;
  readonly default_value: string | undefined;
  /** One of: KVVariable, ListVariable (others are kept). */
  readonly variable_type: string | undefined;
  /** One of: custom, system, location, feishu, app (others are kept). */
  readonly channel: string | undefined;
  readonly description: string | undefined;
  readonly enable: boolean | undefined;
  readonly prompt_enable: boolean | undefined;
  /** The JSON text as a BotVariable; DecodeError when it is not JSON or not an object. */
  static parse(text: string): BotVariable;
}

/** A voice of a bot */
export declare class BotVoiceInfo extends Model {
  readonly voice_id: string | undefined;
  readonly language_code: string | undefined;
  /** The JSON text as a BotVoiceInfo; DecodeError when it is not JSON or not an object. */
  static parse(text: string): BotVoiceInfo;
}

/** A workflow by id */
export declare class BotWorkflowIdInfo extends Model {
  readonly id: string | undefined;
  /** The JSON text as a BotWorkflowIdInfo; DecodeError when it is not JSON or not an object. */
  static parse(text: string): BotWorkflowIdInfo;
}

/** Workflows to bind to a bot */
export declare class BotWorkflowIdList extends Model {
  readonly ids: Array<BotWorkflowIdInfo> | undefined;
  /** The JSON text as a BotWorkflowIdList; DecodeError when it is not JSON or not an object. */
  static parse(text: string): BotWorkflowIdList;
}

/** A workflow bound to a bot */
export declare class BotWorkflowInfo extends Model {
  readonly id: string | undefined;
  readonly name: string | undefined;
  readonly description: string | undefined;
  readonly icon_url: string | undefined;
  /** The JSON text as a BotWorkflowInfo; DecodeError when it is not JSON or not an object. */
  static parse(text: string): BotWorkflowInfo;
}

/** Where a background image sits */
export declare class CanvasPosition extends Model {
  readonly width: number | undefined;
  readonly height: number | undefined;
  readonly left: number | undefined;
  readonly top: number | undefined;
  /** The JSON text as a CanvasPosition; DecodeError when it is not JSON or not an object. */
  static parse(text: string): CanvasPosition;
}

/** One call of a bot inside a conversation */
export declare class Chat extends Model {
  readonly id: string | undefined;
  readonly conversation_id: string | undefined;
  readonly bot_id: string | undefined;
  /** Unix time in seconds */
  readonly created_at: number | undefined;
  /** Unix time in seconds */
  readonly completed_at: number | undefined;
  /** Unix time in seconds */
  readonly failed_at: number | undefined;
  /** Custom key-value pairs */
  readonly meta_data: Record<string, string> | undefined;
  readonly last_error: ChatError | undefined;
  /** One of: created, in_progress, completed, failed, requires_action, canceled (others are kept). */
  readonly status: string | undefined;
  readonly required_action: ChatRequiredAction | undefined;
  readonly usage: Usage | undefined;
  /** Context section of the chat */
  readonly section_id: string | undefined;
  /** Ids of the additional messages saved */
  readonly inserted_additional_messages: Array<InsertedMessage> | undefined;
  /** The JSON text as a Chat; DecodeError when it is not JSON or not an object. */
  static parse(text: string): Chat;
}

/** Why a chat failed */
export declare class ChatError extends Model {
  readonly code: number | undefined;
  readonly msg: string | undefined;
  /** The JSON text as a ChatError; DecodeError when it is not JSON or not an object. */
  static parse(text: string): ChatError;
}

/** What the caller must do for the chat to continue */
export declare class ChatRequiredAction extends Model {
  /** One of: submit_tool_outputs (others are kept). */
  readonly type: string | undefined;
  readonly submit_tool_outputs: ChatSubmitToolOutputs | undefined;
  /** The JSON text as a ChatRequiredAction; DecodeError when it is not JSON or not an object. */
  static parse(text: string): ChatRequiredAction;
}

/** The tool calls whose results the chat waits for */
export declare class ChatSubmitToolOutputs extends Model {
  readonly tool_calls: Array<ChatToolCall> | undefined;
  /** The JSON text as a ChatSubmitToolOutputs; DecodeError when it is not JSON or not an object. */
  static parse(text: string): ChatSubmitToolOutputs;
}

/** One tool call to answer with chat.submit_tool_outputs */
export declare class ChatToolCall extends Model {
  /** The tool_call_id to answer with */
  readonly id: string | undefined;
  /** One of: function, reply_message (others are kept). */
  readonly type: string | undefined;
  readonly function: ChatToolCallFunction | undefined;
  /** The JSON text as a ChatToolCall; DecodeError when it is not JSON or not an object. */
  static parse(text: string): ChatToolCall;
}

/** The function a tool call asks for */
export declare class ChatToolCallFunction extends Model {
  readonly name: string | undefined;
  /** JSON text of the arguments */
  readonly arguments: string | undefined;
  /** The JSON text as a ChatToolCallFunction; DecodeError when it is not JSON or not an object. */
  static parse(text: string): ChatToolCallFunction;
}

/** What a client knows of the service's health (Client::health_json): the error rate, the circuit breaker, the retry budget */
export declare class ClientHealth extends Model {
  /** The circuit breaker's state (closed when it is off) */
  readonly state: string | undefined;
  /** Whether the circuit breaker is on */
  readonly breaker: boolean | undefined;
  /** The moving average of failed attempts over attempts (0 to 1) */
  readonly error_rate: number | undefined;
  /** Whether a slice with attempts has closed (before that error_rate is 0) */
  readonly rated: boolean | undefined;
  /** Attempts in the last slice that closed with attempts */
  readonly attempts: number | undefined;
  /** Failed attempts in that slice */
  readonly failures: number | undefined;
  /** Attempts in the slice running now */
  readonly current_attempts: number | undefined;
  /** Failed attempts in the slice running now */
  readonly current_failures: number | undefined;
  /** Attempts since the client was made */
  readonly total_attempts: number | undefined;
  /** Failed attempts since the client was made */
  readonly total_failures: number | undefined;
  /** While open: milliseconds until a probe may go out */
  readonly open_ms_left: number | undefined;
  /** How many times the breaker opened */
  readonly opened: number | undefined;
  /** Attempts failed at once by the breaker */
  readonly rejected: number | undefined;
  /** Retries the retry budget allowed */
  readonly retries_spent: number | undefined;
  /** Tokens left in the retry budget */
  readonly retry_budget_left: number | undefined;
  /** The JSON text as a ClientHealth; DecodeError when it is not JSON or not an object. */
  static parse(text: string): ClientHealth;
}

/** The voice just cloned */
export declare class CloneVoiceResult extends Model {
  readonly voice_id: string | undefined;
  /** The JSON text as a CloneVoiceResult; DecodeError when it is not JSON or not an object. */
  static parse(text: string): CloneVoiceResult;
}

/** A conversation between a bot and a user */
export declare class Conversation extends Model {
  readonly id: string | undefined;
  readonly name: string | undefined;
  /** Unix time in seconds */
  readonly created_at: number | undefined;
  /** Unix time in seconds */
  readonly updated_at: number | undefined;
  /** Custom key-value pairs */
  readonly meta_data: Record<string, string> | undefined;
  /** Newest context section */
  readonly last_section_id: string | undefined;
  readonly creator_id: string | undefined;
  /** Channel the conversation was created in */
  readonly connector_id: string | undefined;
  /** The JSON text as a Conversation; DecodeError when it is not JSON or not an object. */
  static parse(text: string): Conversation;
}

/** The bot just created */
export declare class CreateBotResult extends Model {
  readonly bot_id: string | undefined;
  /** The JSON text as a CreateBotResult; DecodeError when it is not JSON or not an object. */
  static parse(text: string): CreateBotResult;
}

/** The knowledge base just created */
export declare class CreateDatasetResult extends Model {
  readonly dataset_id: string | undefined;
  /** The JSON text as a CreateDatasetResult; DecodeError when it is not JSON or not an object. */
  static parse(text: string): CreateDatasetResult;
}

/** A knowledge base */
export declare class Dataset extends Model {
  readonly dataset_id: string | undefined;
  readonly name: string | undefined;
  readonly description: string | undefined;
  readonly space_id: string | undefined;
  /** 1 enabled, 3 disabled */
  readonly status: number | undefined;
  /** 0 text, 1 table, 2 images */
  readonly format_type: number | undefined;
  /** The caller owns it */
  readonly can_edit: boolean | undefined;
  readonly icon_uri: string | undefined;
  readonly icon_url: string | undefined;
  readonly doc_count: number | undefined;
  readonly file_list: Array<string> | undefined;
  readonly hit_count: number | undefined;
  readonly bot_used_count: number | undefined;
  readonly slice_count: number | undefined;
  /** Total size in bytes */
  readonly all_file_size: number | undefined;
  readonly chunk_strategy: DocumentChunkStrategy | undefined;
  readonly failed_file_list: Array<string> | undefined;
  readonly processing_file_list: Array<string> | undefined;
  readonly processing_file_id_list: Array<string> | undefined;
  /** Avatar of the creator */
  readonly avatar_url: string | undefined;
  readonly creator_id: string | undefined;
  readonly creator_name: string | undefined;
  /** Unix time in seconds */
  readonly create_time: number | undefined;
  /** Unix time in seconds */
  readonly update_time: number | undefined;
  /** The JSON text as a Dataset; DecodeError when it is not JSON or not an object. */
  static parse(text: string): Dataset;
}

/** The device flow's codes (no envelope) */
export declare class DeviceCode extends Model {
  readonly device_code: string | undefined;
  readonly user_code: string | undefined;
  readonly verification_uri: string | undefined;
  /** The same URI under the name some answers use */
  readonly verification_url: string | undefined;
  /** Seconds to wait between polls */
  readonly interval: number | undefined;
  /** Seconds the codes stay valid */
  readonly expires_in: number | undefined;
  /** The JSON text as a DeviceCode; DecodeError when it is not JSON or not an object. */
  static parse(text: string): DeviceCode;
}

/** A file of a knowledge base */
export declare class Document extends Model {
  readonly document_id: string | undefined;
  readonly name: string | undefined;
  readonly char_count: number | undefined;
  readonly chunk_strategy: DocumentChunkStrategy | undefined;
  /** Unix time in seconds */
  readonly create_time: number | undefined;
  /** Unix time in seconds */
  readonly update_time: number | undefined;
  /** 0 text, 1 table, 2 image */
  readonly format_type: number | undefined;
  readonly hit_count: number | undefined;
  /** Size in bytes */
  readonly size: number | undefined;
  readonly slice_count: number | undefined;
  /** 0 local file, 1 web page, 5 uploaded file id, ... */
  readonly source_type: number | undefined;
  /** 0 processing, 1 done, 9 failed */
  readonly status: number | undefined;
  /** File extension */
  readonly type: string | undefined;
  /** Hours between automatic updates */
  readonly update_interval: number | undefined;
  /** 0 no automatic update, 1 automatic update */
  readonly update_type: number | undefined;
  readonly tos_uri: string | undefined;
  /** The JSON text as a Document; DecodeError when it is not JSON or not an object. */
  static parse(text: string): Document;
}

/** A file to add to a knowledge base */
export declare class DocumentBase extends Model {
  readonly name: string | undefined;
  readonly source_info: DocumentSourceInfo | undefined;
  readonly update_rule: DocumentUpdateRule | undefined;
  /** Caption of an image */
  readonly caption: string | undefined;
  /** The JSON text as a DocumentBase; DecodeError when it is not JSON or not an object. */
  static parse(text: string): DocumentBase;
}

/** How files are cut into slices */
export declare class DocumentChunkStrategy extends Model {
  /** 0 automatic, 1 custom */
  readonly chunk_type: number | undefined;
  readonly separator: string | undefined;
  readonly max_tokens: number | undefined;
  readonly remove_extra_spaces: boolean | undefined;
  readonly remove_urls_emails: boolean | undefined;
  /** 0 automatic, 1 manual (image knowledge bases) */
  readonly caption_type: number | undefined;
  /** The JSON text as a DocumentChunkStrategy; DecodeError when it is not JSON or not an object. */
  static parse(text: string): DocumentChunkStrategy;
}

/** Upload progress of one knowledge base file */
export declare class DocumentProgress extends Model {
  readonly document_id: string | undefined;
  readonly url: string | undefined;
  /** Size in bytes */
  readonly size: number | undefined;
  /** File extension */
  readonly type: string | undefined;
  /** 0 processing, 1 done, 9 failed */
  readonly status: number | undefined;
  /** Percent done */
  readonly progress: number | undefined;
  /** 0 no automatic update, 1 automatic update */
  readonly update_type: number | undefined;
  readonly document_name: string | undefined;
  /** Seconds left */
  readonly remaining_time: number | undefined;
  /** Why it failed */
  readonly status_descript: string | undefined;
  /** Hours between automatic updates */
  readonly update_interval: number | undefined;
  /** The JSON text as a DocumentProgress; DecodeError when it is not JSON or not an object. */
  static parse(text: string): DocumentProgress;
}

/** Where a file's content comes from */
export declare class DocumentSourceInfo extends Model {
  readonly file_base64: string | undefined;
  /** File extension */
  readonly file_type: string | undefined;
  readonly web_url: string | undefined;
  /** 0 local file, 1 web page, 5 uploaded file id */
  readonly document_source: number | undefined;
  /** A file from files.upload */
  readonly source_file_id: string | undefined;
  /** The JSON text as a DocumentSourceInfo; DecodeError when it is not JSON or not an object. */
  static parse(text: string): DocumentSourceInfo;
}

/** How a web page file is refreshed */
export declare class DocumentUpdateRule extends Model {
  /** 0 no automatic update, 1 automatic update */
  readonly update_type: number | undefined;
  /** Hours between automatic updates */
  readonly update_interval: number | undefined;
  /** The JSON text as a DocumentUpdateRule; DecodeError when it is not JSON or not an object. */
  static parse(text: string): DocumentUpdateRule;
}

/** Payload of a done event */
export declare class DoneEventData extends Model {
  /** Page showing the run, for chat flows and workflows */
  readonly debug_url: string | undefined;
  /** The JSON text as a DoneEventData; DecodeError when it is not JSON or not an object. */
  static parse(text: string): DoneEventData;
}

/** What a template was copied into */
export declare class DuplicateTemplateResult extends Model {
  readonly entity_id: string | undefined;
  /** One of: agent (others are kept). */
  readonly entity_type: string | undefined;
  /** The JSON text as a DuplicateTemplateResult; DecodeError when it is not JSON or not an object. */
  static parse(text: string): DuplicateTemplateResult;
}

/** A message sent with a request */
export declare class EnterMessage extends Model {
  /** One of: user, assistant (others are kept). */
  readonly role: string | undefined;
  /** One of: question, answer, function_call, tool_output, tool_response (others are kept). */
  readonly type: string | undefined;
  /** Text, or the JSON text of object_string items */
  readonly content: string | undefined;
  /** One of: text, object_string (others are kept). */
  readonly content_type: string | undefined;
  /** Custom key-value pairs */
  readonly meta_data: Record<string, string> | undefined;
  /** The JSON text as a EnterMessage; DecodeError when it is not JSON or not an object. */
  static parse(text: string): EnterMessage;
}

/** Payload of a chat error event */
export declare class ErrorEventData extends Model {
  readonly code: number | undefined;
  readonly msg: string | undefined;
  /** The JSON text as a ErrorEventData; DecodeError when it is not JSON or not an object. */
  static parse(text: string): ErrorEventData;
}

/** An uploaded file */
export declare class File extends Model {
  readonly id: string | undefined;
  /** Size in bytes */
  readonly bytes: number | undefined;
  /** Unix time in seconds */
  readonly created_at: number | undefined;
  readonly file_name: string | undefined;
  /** The JSON text as a File; DecodeError when it is not JSON or not an object. */
  static parse(text: string): File;
}

/** Where a background gradient starts and ends */
export declare class GradientPosition extends Model {
  readonly left: number | undefined;
  readonly right: number | undefined;
  /** The JSON text as a GradientPosition; DecodeError when it is not JSON or not an object. */
  static parse(text: string): GradientPosition;
}

/** An additional message saved in the conversation */
export declare class InsertedMessage extends Model {
  readonly id: string | undefined;
  /** The JSON text as a InsertedMessage; DecodeError when it is not JSON or not an object. */
  static parse(text: string): InsertedMessage;
}

/** A page of bots (v1 answers use space_bots) */
export declare class ListBotsResult extends Model {
  /** Also read from: space_bots. */
  readonly items: Array<SimpleBot> | undefined;
  readonly total: number | undefined;
  /** The JSON text as a ListBotsResult; DecodeError when it is not JSON or not an object. */
  static parse(text: string): ListBotsResult;
}

/** A page of conversations */
export declare class ListConversationsResult extends Model {
  readonly conversations: Array<Conversation> | undefined;
  readonly has_more: boolean | undefined;
  /** The JSON text as a ListConversationsResult; DecodeError when it is not JSON or not an object. */
  static parse(text: string): ListConversationsResult;
}

/** A page of knowledge bases */
export declare class ListDatasetsResult extends Model {
  readonly dataset_list: Array<Dataset> | undefined;
  readonly total_count: number | undefined;
  /** The JSON text as a ListDatasetsResult; DecodeError when it is not JSON or not an object. */
  static parse(text: string): ListDatasetsResult;
}

/** A page of knowledge base files */
export declare class ListDocumentsResult extends Model {
  readonly document_infos: Array<Document> | undefined;
  readonly total: number | undefined;
  /** The JSON text as a ListDocumentsResult; DecodeError when it is not JSON or not an object. */
  static parse(text: string): ListDocumentsResult;
}

/** A page of messages */
export declare class ListMessagesResult extends Model {
  readonly data: Array<Message> | undefined;
  /** Id of the page's first message */
  readonly first_id: string | undefined;
  /** Id of the page's last message */
  readonly last_id: string | undefined;
  readonly has_more: boolean | undefined;
  /** The JSON text as a ListMessagesResult; DecodeError when it is not JSON or not an object. */
  static parse(text: string): ListMessagesResult;
}

/** A page of images */
export declare class ListPhotosResult extends Model {
  readonly photo_infos: Array<Photo> | undefined;
  readonly total_count: number | undefined;
  /** The JSON text as a ListPhotosResult; DecodeError when it is not JSON or not an object. */
  static parse(text: string): ListPhotosResult;
}

/** A page of voices */
export declare class ListVoicesResult extends Model {
  readonly voice_list: Array<Voice> | undefined;
  readonly has_more: boolean | undefined;
  /** The JSON text as a ListVoicesResult; DecodeError when it is not JSON or not an object. */
  static parse(text: string): ListVoicesResult;
}

/** A page of workflows */
export declare class ListWorkflowsResult extends Model {
  readonly items: Array<WorkflowBasic> | undefined;
  readonly has_more: boolean | undefined;
  /** The JSON text as a ListWorkflowsResult; DecodeError when it is not JSON or not an object. */
  static parse(text: string): ListWorkflowsResult;
}

/** A page of workspaces */
export declare class ListWorkspacesResult extends Model {
  readonly workspaces: Array<Workspace> | undefined;
  readonly total_count: number | undefined;
  /** The JSON text as a ListWorkspacesResult; DecodeError when it is not JSON or not an object. */
  static parse(text: string): ListWorkspacesResult;
}

/** One message of a conversation */
export declare class Message extends Model {
  readonly id: string | undefined;
  readonly conversation_id: string | undefined;
  readonly bot_id: string | undefined;
  readonly chat_id: string | undefined;
  /** Context section of the message */
  readonly section_id: string | undefined;
  /** One of: user, assistant (others are kept). */
  readonly role: string | undefined;
  /** One of: answer, question, function_call, tool_output, tool_response, follow_up, verbose (others are kept). */
  readonly type: string | undefined;
  /** Text, JSON text of object_string items, or base64 audio */
  readonly content: string | undefined;
  /** One of: text, object_string, card, audio (others are kept). */
  readonly content_type: string | undefined;
  /** The model's chain of thought */
  readonly reasoning_content: string | undefined;
  /** Custom key-value pairs */
  readonly meta_data: Record<string, string> | undefined;
  /** Unix time in seconds */
  readonly created_at: number | undefined;
  /** Unix time in seconds */
  readonly updated_at: number | undefined;
  /** The JSON text as a Message; DecodeError when it is not JSON or not an object. */
  static parse(text: string): Message;
}

/** An OAuth token answer (no envelope) */
export declare class OAuthToken extends Model {
  readonly access_token: string | undefined;
  readonly token_type: string | undefined;
  /** When the access token expires */
  readonly expires_in: number | undefined;
  readonly refresh_token: string | undefined;
  /** The JSON text as a OAuthToken; DecodeError when it is not JSON or not an object. */
  static parse(text: string): OAuthToken;
}

/** An image of an image knowledge base */
export declare class Photo extends Model {
  readonly document_id: string | undefined;
  readonly url: string | undefined;
  readonly name: string | undefined;
  /** Size in bytes */
  readonly size: number | undefined;
  /** File extension */
  readonly type: string | undefined;
  /** 0 processing, 1 done, 9 failed */
  readonly status: number | undefined;
  readonly caption: string | undefined;
  readonly creator_id: string | undefined;
  /** 0 local file, 1 web page, 5 uploaded file id, ... */
  readonly source_type: number | undefined;
  /** Unix time in seconds */
  readonly create_time: number | undefined;
  /** Unix time in seconds */
  readonly update_time: number | undefined;
  /** The JSON text as a Photo; DecodeError when it is not JSON or not an object. */
  static parse(text: string): Photo;
}

/** Upload progress of knowledge base files */
export declare class ProcessDatasetResult extends Model {
  readonly data: Array<DocumentProgress> | undefined;
  /** The JSON text as a ProcessDatasetResult; DecodeError when it is not JSON or not an object. */
  static parse(text: string): ProcessDatasetResult;
}

/** The version just published */
export declare class PublishBotResult extends Model {
  readonly bot_id: string | undefined;
  readonly version: string | undefined;
  /** The JSON text as a PublishBotResult; DecodeError when it is not JSON or not an object. */
  static parse(text: string): PublishBotResult;
}

/** Details of an answer */
export declare class ResponseDetail extends Model {
  /** Log id of the request, for support */
  readonly logid: string | undefined;
  /** The JSON text as a ResponseDetail; DecodeError when it is not JSON or not an object. */
  static parse(text: string): ResponseDetail;
}

/** User variables */
export declare class RetrieveVariablesResult extends Model {
  readonly items: Array<VariableValue> | undefined;
  /** The JSON text as a RetrieveVariablesResult; DecodeError when it is not JSON or not an object. */
  static parse(text: string): RetrieveVariablesResult;
}

/** An RTC room to join */
export declare class Room extends Model {
  readonly room_id: string | undefined;
  /** RTC application id */
  readonly app_id: string | undefined;
  /** Token to join the room */
  readonly token: string | undefined;
  /** The end user's id in the room */
  readonly uid: string | undefined;
  /** The JSON text as a Room; DecodeError when it is not JSON or not an object. */
  static parse(text: string): Room;
}

/** Audio settings of an RTC room */
export declare class RoomAudioConfig extends Model {
  /** One of: AACLC, G711A, OPUS, G722 (others are kept). */
  readonly codec: string | undefined;
  /** The JSON text as a RoomAudioConfig; DecodeError when it is not JSON or not an object. */
  static parse(text: string): RoomAudioConfig;
}

/** Settings of an RTC room */
export declare class RoomConfig extends Model {
  readonly audio_config: RoomAudioConfig | undefined;
  readonly video_config: RoomVideoConfig | undefined;
  /** What the bot says first */
  readonly prologue_content: string | undefined;
  /** Delay before the prologue */
  readonly prologue_delay_duration_ms: number | undefined;
  /** One of: default, s2s, podcast, translate (others are kept). */
  readonly room_mode: string | undefined;
  readonly translate_config: RoomTranslateConfig | undefined;
  /** The JSON text as a RoomConfig; DecodeError when it is not JSON or not an object. */
  static parse(text: string): RoomConfig;
}

/** Languages of a translate room */
export declare class RoomTranslateConfig extends Model {
  readonly from: string | undefined;
  readonly to: string | undefined;
  /** The JSON text as a RoomTranslateConfig; DecodeError when it is not JSON or not an object. */
  static parse(text: string): RoomTranslateConfig;
}

/** Video settings of an RTC room */
export declare class RoomVideoConfig extends Model {
  /** One of: H264, BYTEVC1 (others are kept). */
  readonly codec: string | undefined;
  /** One of: main, screen (others are kept). */
  readonly stream_video_type: string | undefined;
  readonly video_frame_rate: number | undefined;
  readonly video_frame_expire_duration: number | undefined;
  /** The JSON text as a RoomVideoConfig; DecodeError when it is not JSON or not an object. */
  static parse(text: string): RoomVideoConfig;
}

/** A context section of a conversation */
export declare class Section extends Model {
  readonly id: string | undefined;
  readonly conversation_id: string | undefined;
  /** The JSON text as a Section; DecodeError when it is not JSON or not an object. */
  static parse(text: string): Section;
}

/** A bot shortcut command to run in a chat */
export declare class ShortcutCommand extends Model {
  readonly command_id: string | undefined;
  /** Component values by component name */
  readonly parameters: Record<string, string> | undefined;
  /** The JSON text as a ShortcutCommand; DecodeError when it is not JSON or not an object. */
  static parse(text: string): ShortcutCommand;
}

/** A bot in a list (v1 answers use bot_id, bot_name, publish_time) */
export declare class SimpleBot extends Model {
  /** Also read from: bot_id. */
  readonly id: string | undefined;
  /** Also read from: bot_name. */
  readonly name: string | undefined;
  readonly description: string | undefined;
  readonly icon_url: string | undefined;
  readonly is_published: boolean | undefined;
  /** Unix time in seconds */
  readonly updated_at: number | undefined;
  /** Unix time in seconds Also read from: publish_time. */
  readonly published_at: number | undefined;
  readonly owner_user_id: string | undefined;
  readonly folder_id: string | undefined;
  /** The JSON text as a SimpleBot; DecodeError when it is not JSON or not an object. */
  static parse(text: string): SimpleBot;
}

/** The result of one tool call */
export declare class ToolOutput extends Model {
  /** id of the tool call answered */
  readonly tool_call_id: string | undefined;
  readonly output: string | undefined;
  /** The JSON text as a ToolOutput; DecodeError when it is not JSON or not an object. */
  static parse(text: string): ToolOutput;
}

/** Text recognised in audio */
export declare class Transcription extends Model {
  readonly text: string | undefined;
  /** The JSON text as a Transcription; DecodeError when it is not JSON or not an object. */
  static parse(text: string): Transcription;
}

/** Tokens used */
export declare class Usage extends Model {
  /** Input plus output tokens */
  readonly token_count: number | undefined;
  /** Output tokens */
  readonly output_count: number | undefined;
  /** Input tokens */
  readonly input_count: number | undefined;
  /** The JSON text as a Usage; DecodeError when it is not JSON or not an object. */
  static parse(text: string): Usage;
}

/** A Coze user */
export declare class User extends Model {
  readonly user_id: string | undefined;
  readonly user_name: string | undefined;
  readonly nick_name: string | undefined;
  readonly avatar_url: string | undefined;
  /** The JSON text as a User; DecodeError when it is not JSON or not an object. */
  static parse(text: string): User;
}

/** A user variable */
export declare class VariableValue extends Model {
  readonly keyword: string | undefined;
  readonly value: string | undefined;
  /** Unix time in seconds; 0 for a default value */
  readonly create_time: number | undefined;
  /** Unix time in seconds */
  readonly update_time: number | undefined;
  /** The JSON text as a VariableValue; DecodeError when it is not JSON or not an object. */
  static parse(text: string): VariableValue;
}

/** A voice for speech */
export declare class Voice extends Model {
  readonly voice_id: string | undefined;
  readonly name: string | undefined;
  readonly is_system_voice: boolean | undefined;
  readonly language_code: string | undefined;
  readonly language_name: string | undefined;
  readonly preview_text: string | undefined;
  /** URL of a sample */
  readonly preview_audio: string | undefined;
  /** Clonings left */
  readonly available_training_times: number | undefined;
  /** Unix time in seconds */
  readonly create_time: number | undefined;
  /** Unix time in seconds */
  readonly update_time: number | undefined;
  /** One of: big, small (others are kept). */
  readonly model_type: string | undefined;
  /** One of: init, cloned, all (others are kept). */
  readonly state: string | undefined;
  readonly support_emotions: Array<VoiceEmotion> | undefined;
  /** The JSON text as a Voice; DecodeError when it is not JSON or not an object. */
  static parse(text: string): Voice;
}

/** An emotion a voice can speak with */
export declare class VoiceEmotion extends Model {
  readonly emotion: string | undefined;
  readonly display_name: string | undefined;
  readonly emotion_scale_interval: VoiceEmotionScale | undefined;
  /** The JSON text as a VoiceEmotion; DecodeError when it is not JSON or not an object. */
  static parse(text: string): VoiceEmotion;
}

/** Allowed strengths of an emotion */
export declare class VoiceEmotionScale extends Model {
  readonly min: number | undefined;
  readonly max: number | undefined;
  readonly default: number | undefined;
  /** The JSON text as a VoiceEmotionScale; DecodeError when it is not JSON or not an object. */
  static parse(text: string): VoiceEmotionScale;
}

/** A workflow's basic information */
export declare class WorkflowBasic extends Model {
  readonly workflow_id: string | undefined;
  readonly workflow_name: string | undefined;
  readonly description: string | undefined;
  readonly icon_url: string | undefined;
  /** App of the workflow; 0 when none */
  readonly app_id: string | undefined;
  /** Unix time in seconds */
  readonly created_at: number | undefined;
  /** Unix time in seconds */
  readonly updated_at: number | undefined;
  readonly creator: WorkflowUser | undefined;
  /** The JSON text as a WorkflowBasic; DecodeError when it is not JSON or not an object. */
  static parse(text: string): WorkflowBasic;
}

/** Payload of a workflow Error event */
export declare class WorkflowErrorEvent extends Model {
  readonly error_code: number | undefined;
  readonly error_message: string | undefined;
  /** The JSON text as a WorkflowErrorEvent; DecodeError when it is not JSON or not an object. */
  static parse(text: string): WorkflowErrorEvent;
}

/** A workflow with its inputs and outputs */
export declare class WorkflowInfo extends Model {
  readonly workflow_detail: WorkflowBasic | undefined;
  readonly input: WorkflowInput | undefined;
  readonly output: WorkflowOutput | undefined;
  /** The JSON text as a WorkflowInfo; DecodeError when it is not JSON or not an object. */
  static parse(text: string): WorkflowInfo;
}

/** The start node's input parameters */
export declare class WorkflowInput extends Model {
  readonly parameters: Record<string, WorkflowParameter> | undefined;
  /** The JSON text as a WorkflowInput; DecodeError when it is not JSON or not an object. */
  static parse(text: string): WorkflowInput;
}

/** Why a workflow run stopped and how to resume it */
export declare class WorkflowInterruptData extends Model {
  /** Pass back to workflows.runs.resume */
  readonly event_id: string | undefined;
  /** Interrupt type; pass back as interrupt_type */
  readonly type: number | undefined;
  /** The interrupting question, often JSON text */
  readonly data: string | undefined;
  /** Parameters the answer must supply */
  readonly required_parameters: Record<string, unknown> | undefined;
  /** The JSON text as a WorkflowInterruptData; DecodeError when it is not JSON or not an object. */
  static parse(text: string): WorkflowInterruptData;
}

/** Payload of a workflow Interrupt event */
export declare class WorkflowInterruptEvent extends Model {
  readonly interrupt_data: WorkflowInterruptData | undefined;
  /** Name of the interrupting node */
  readonly node_title: string | undefined;
  /** The JSON text as a WorkflowInterruptEvent; DecodeError when it is not JSON or not an object. */
  static parse(text: string): WorkflowInterruptEvent;
}

/** Payload of a workflow Message event */
export declare class WorkflowMessageEvent extends Model {
  readonly content: string | undefined;
  readonly content_type: string | undefined;
  /** Name of the node that sent the message */
  readonly node_title: string | undefined;
  /** Index of the message within the node, from 0 */
  readonly node_seq_id: string | undefined;
  /** Last message of the node */
  readonly node_is_finish: boolean | undefined;
  /** Extra fields */
  readonly ext: Record<string, string> | undefined;
  readonly usage: Usage | undefined;
  /** Reserved */
  readonly cost: string | undefined;
  /** Tokens used */
  readonly token: number | undefined;
  /** Id of the node that sent the message */
  readonly node_id: string | undefined;
  /** Id of this execution of the node */
  readonly node_execute_uuid: string | undefined;
  /** The JSON text as a WorkflowMessageEvent; DecodeError when it is not JSON or not an object. */
  static parse(text: string): WorkflowMessageEvent;
}

/** The output of one node execution */
export declare class WorkflowNodeExecuteHistory extends Model {
  readonly is_finish: boolean | undefined;
  /** Usually JSON text */
  readonly node_output: string | undefined;
  /** The JSON text as a WorkflowNodeExecuteHistory; DecodeError when it is not JSON or not an object. */
  static parse(text: string): WorkflowNodeExecuteHistory;
}

/** How one node of a workflow run went */
export declare class WorkflowNodeExecuteStatus extends Model {
  readonly node_id: string | undefined;
  readonly is_finish: boolean | undefined;
  /** Iteration within a loop node */
  readonly loop_index: number | undefined;
  /** Item within a batch node */
  readonly batch_index: number | undefined;
  /** Unix time in seconds */
  readonly update_time: number | undefined;
  /** Run id of a sub-workflow */
  readonly sub_execute_id: string | undefined;
  /** Id of this execution of the node */
  readonly node_execute_uuid: string | undefined;
  /** The JSON text as a WorkflowNodeExecuteStatus; DecodeError when it is not JSON or not an object. */
  static parse(text: string): WorkflowNodeExecuteStatus;
}

/** The end node's output */
export declare class WorkflowOutput extends Model {
  /** Answer template when the end node returns text */
  readonly content: string | undefined;
  readonly parameters: Record<string, WorkflowParameter> | undefined;
  /** How the end node answers */
  readonly terminate_plan: string | undefined;
  /** The JSON text as a WorkflowOutput; DecodeError when it is not JSON or not an object. */
  static parse(text: string): WorkflowOutput;
}

/** One parameter of a workflow */
export declare class WorkflowParameter extends Model {
  readonly type: string | undefined;
  readonly required: boolean | undefined;
  readonly description: string | undefined;
  readonly default_value: string | undefined;
  /** Element parameter of an array parameter */
  readonly items: unknown | undefined;
  /** Member parameters of an object parameter */
  readonly properties: Record<string, unknown> | undefined;
  /** The JSON text as a WorkflowParameter; DecodeError when it is not JSON or not an object. */
  static parse(text: string): WorkflowParameter;
}

/** One workflow run */
export declare class WorkflowRunHistory extends Model {
  readonly execute_id: string | undefined;
  /** One of: Success, Running, Fail (others are kept). */
  readonly execute_status: string | undefined;
  /** Bot the run used; 0 when none */
  readonly bot_id: string | undefined;
  readonly connector_id: string | undefined;
  /** The end user's id */
  readonly connector_uid: string | undefined;
  /** 0 synchronous, 1 streaming, 2 asynchronous */
  readonly run_mode: number | undefined;
  /** Log id of the asynchronous run */
  readonly logid: string | undefined;
  /** Unix time in seconds */
  readonly create_time: number | undefined;
  /** Unix time in seconds */
  readonly update_time: number | undefined;
  /** The workflow's output, usually JSON text */
  readonly output: string | undefined;
  /** 0 on success */
  readonly error_code: string | undefined;
  readonly error_message: string | undefined;
  /** Page showing the run (kept 7 days) */
  readonly debug_url: string | undefined;
  readonly usage: Usage | undefined;
  /** The output was cut for size */
  readonly is_output_trimmed: boolean | undefined;
  /** Output nodes' runs by node */
  readonly node_execute_status: Record<string, WorkflowNodeExecuteStatus> | undefined;
  readonly interrupt_data: WorkflowInterruptData | undefined;
  /** The JSON text as a WorkflowRunHistory; DecodeError when it is not JSON or not an object. */
  static parse(text: string): WorkflowRunHistory;
}

/** The result of a workflow run */
export declare class WorkflowRunResult extends Model {
  /** The workflow's output (sent as JSON text, parsed) */
  readonly data: unknown | undefined;
  /** Run id, for the run history */
  readonly execute_id: string | undefined;
  /** Page showing the run (kept 7 days) */
  readonly debug_url: string | undefined;
  readonly usage: Usage | undefined;
  readonly interrupt_data: WorkflowInterruptData | undefined;
  /** Reserved */
  readonly cost: string | undefined;
  /** Tokens used */
  readonly token: number | undefined;
  /** The JSON text as a WorkflowRunResult; DecodeError when it is not JSON or not an object. */
  static parse(text: string): WorkflowRunResult;
}

/** A Coze user who created a workflow */
export declare class WorkflowUser extends Model {
  readonly id: string | undefined;
  readonly name: string | undefined;
  /** The JSON text as a WorkflowUser; DecodeError when it is not JSON or not an object. */
  static parse(text: string): WorkflowUser;
}

/** A workspace */
export declare class Workspace extends Model {
  readonly id: string | undefined;
  readonly name: string | undefined;
  readonly icon_url: string | undefined;
  readonly description: string | undefined;
  /** One of: owner, admin, member (others are kept). */
  readonly role_type: string | undefined;
  /** One of: personal, team (others are kept). */
  readonly workspace_type: string | undefined;
  readonly enterprise_id: string | undefined;
  readonly owner_uid: string | undefined;
  readonly admin_uids: Array<string> | undefined;
  readonly joined_status: string | undefined;
  /** The JSON text as a Workspace; DecodeError when it is not JSON or not an object. */
  static parse(text: string): Workspace;
}

// ---- models as callers pass them in parameters

/** Knowledge bases of a bot (knowledge_infos in answers; the others in updates) */
export interface BotKnowledgeInit {
  knowledge_infos?: Array<BotKnowledgeInfoInit>;
  dataset_ids?: Array<string>;
  /** Search on every turn */
  auto_call?: boolean;
  /** 0 semantic, 1 hybrid, 20 full text */
  search_strategy?: number;
}

/** A knowledge base bound to a bot */
export interface BotKnowledgeInfoInit {
  id?: string;
  name?: string;
}

/** A bot's model and its settings */
export interface BotModelInfoInit {
  model_id?: string;
  model_name?: string;
  temperature?: number;
  top_k?: number;
  top_p?: number;
  max_tokens?: number;
  /** Rounds of context kept */
  context_round?: number;
  response_format?: string;
  presence_penalty?: number;
  frequency_penalty?: number;
  cache_type?: string;
  /** Protect the system prompt */
  sp_anti_leak?: boolean;
  /** Add the current time to the system prompt */
  sp_current_time?: boolean;
  /** Model-specific settings */
  parameters?: Record<string, string>;
}

/** A bot's opening message */
export interface BotOnboardingInfoInit {
  prologue?: string;
  suggested_questions?: Array<string>;
}

/** A plugin tool by id */
export interface BotPluginIdInfoInit {
  plugin_id?: string;
  api_id?: string;
}

/** Plugin tools to bind to a bot */
export interface BotPluginIdListInit {
  id_list?: Array<BotPluginIdInfoInit>;
}

/** A bot's persona and prompt */
export interface BotPromptInfoInit {
  prompt?: string;
}

/** Whether and how a bot suggests the user's next questions */
export interface BotSuggestReplyInfoInit {
  reply_mode?: string;
  customized_prompt?: string;
}

/** A workflow by id */
export interface BotWorkflowIdInfoInit {
  id?: string;
}

/** Workflows to bind to a bot */
export interface BotWorkflowIdListInit {
  ids?: Array<BotWorkflowIdInfoInit>;
}

/** A file to add to a knowledge base */
export interface DocumentBaseInit {
  name?: string;
  source_info?: DocumentSourceInfoInit;
  update_rule?: DocumentUpdateRuleInit;
  /** Caption of an image */
  caption?: string;
}

/** How files are cut into slices */
export interface DocumentChunkStrategyInit {
  /** 0 automatic, 1 custom */
  chunk_type?: number;
  separator?: string;
  max_tokens?: number;
  remove_extra_spaces?: boolean;
  remove_urls_emails?: boolean;
  /** 0 automatic, 1 manual (image knowledge bases) */
  caption_type?: number;
}

/** Where a file's content comes from */
export interface DocumentSourceInfoInit {
  file_base64?: string;
  /** File extension */
  file_type?: string;
  web_url?: string;
  /** 0 local file, 1 web page, 5 uploaded file id */
  document_source?: number;
  /** A file from files.upload */
  source_file_id?: string;
}

/** How a web page file is refreshed */
export interface DocumentUpdateRuleInit {
  /** 0 no automatic update, 1 automatic update */
  update_type?: number;
  /** Hours between automatic updates */
  update_interval?: number;
}

/** A message sent with a request */
export interface EnterMessageInit {
  role?: string;
  type?: string;
  /** Text, or the JSON text of object_string items */
  content?: string;
  content_type?: string;
  /** Custom key-value pairs */
  meta_data?: Record<string, string>;
}

/** Audio settings of an RTC room */
export interface RoomAudioConfigInit {
  codec?: string;
}

/** Settings of an RTC room */
export interface RoomConfigInit {
  audio_config?: RoomAudioConfigInit;
  video_config?: RoomVideoConfigInit;
  /** What the bot says first */
  prologue_content?: string;
  /** Delay before the prologue */
  prologue_delay_duration_ms?: number;
  room_mode?: string;
  translate_config?: RoomTranslateConfigInit;
}

/** Languages of a translate room */
export interface RoomTranslateConfigInit {
  from?: string;
  to?: string;
}

/** Video settings of an RTC room */
export interface RoomVideoConfigInit {
  codec?: string;
  stream_video_type?: string;
  video_frame_rate?: number;
  video_frame_expire_duration?: number;
}

/** A bot shortcut command to run in a chat */
export interface ShortcutCommandInit {
  command_id?: string;
  /** Component values by component name */
  parameters?: Record<string, string>;
}

/** The result of one tool call */
export interface ToolOutputInit {
  /** id of the tool call answered */
  tool_call_id?: string;
  output?: string;
}

/** A user variable */
export interface VariableValueInit {
  keyword?: string;
  value?: string;
  /** Unix time in seconds; 0 for a default value */
  create_time?: number;
  /** Unix time in seconds */
  update_time?: number;
}

// ---- stream events

/** Every model class by name. */
export declare const models: {
  readonly BackgroundImageInfo: typeof BackgroundImageInfo;
  readonly Bot: typeof Bot;
  readonly BotBackgroundImageInfo: typeof BotBackgroundImageInfo;
  readonly BotKnowledge: typeof BotKnowledge;
  readonly BotKnowledgeInfo: typeof BotKnowledgeInfo;
  readonly BotModelInfo: typeof BotModelInfo;
  readonly BotOnboardingInfo: typeof BotOnboardingInfo;
  readonly BotPluginApiInfo: typeof BotPluginApiInfo;
  readonly BotPluginIdInfo: typeof BotPluginIdInfo;
  readonly BotPluginIdList: typeof BotPluginIdList;
  readonly BotPluginInfo: typeof BotPluginInfo;
  readonly BotPromptInfo: typeof BotPromptInfo;
  readonly BotShortcutCommandComponent: typeof BotShortcutCommandComponent;
  readonly BotShortcutCommandInfo: typeof BotShortcutCommandInfo;
  readonly BotShortcutCommandTool: typeof BotShortcutCommandTool;
  readonly BotSuggestReplyInfo: typeof BotSuggestReplyInfo;
  readonly BotVariable: typeof BotVariable;
  readonly BotVoiceInfo: typeof BotVoiceInfo;
  readonly BotWorkflowIdInfo: typeof BotWorkflowIdInfo;
  readonly BotWorkflowIdList: typeof BotWorkflowIdList;
  readonly BotWorkflowInfo: typeof BotWorkflowInfo;
  readonly CanvasPosition: typeof CanvasPosition;
  readonly Chat: typeof Chat;
  readonly ChatError: typeof ChatError;
  readonly ChatRequiredAction: typeof ChatRequiredAction;
  readonly ChatSubmitToolOutputs: typeof ChatSubmitToolOutputs;
  readonly ChatToolCall: typeof ChatToolCall;
  readonly ChatToolCallFunction: typeof ChatToolCallFunction;
  readonly ClientHealth: typeof ClientHealth;
  readonly CloneVoiceResult: typeof CloneVoiceResult;
  readonly Conversation: typeof Conversation;
  readonly CreateBotResult: typeof CreateBotResult;
  readonly CreateDatasetResult: typeof CreateDatasetResult;
  readonly Dataset: typeof Dataset;
  readonly DeviceCode: typeof DeviceCode;
  readonly Document: typeof Document;
  readonly DocumentBase: typeof DocumentBase;
  readonly DocumentChunkStrategy: typeof DocumentChunkStrategy;
  readonly DocumentProgress: typeof DocumentProgress;
  readonly DocumentSourceInfo: typeof DocumentSourceInfo;
  readonly DocumentUpdateRule: typeof DocumentUpdateRule;
  readonly DoneEventData: typeof DoneEventData;
  readonly DuplicateTemplateResult: typeof DuplicateTemplateResult;
  readonly EnterMessage: typeof EnterMessage;
  readonly ErrorEventData: typeof ErrorEventData;
  readonly File: typeof File;
  readonly GradientPosition: typeof GradientPosition;
  readonly InsertedMessage: typeof InsertedMessage;
  readonly ListBotsResult: typeof ListBotsResult;
  readonly ListConversationsResult: typeof ListConversationsResult;
  readonly ListDatasetsResult: typeof ListDatasetsResult;
  readonly ListDocumentsResult: typeof ListDocumentsResult;
  readonly ListMessagesResult: typeof ListMessagesResult;
  readonly ListPhotosResult: typeof ListPhotosResult;
  readonly ListVoicesResult: typeof ListVoicesResult;
  readonly ListWorkflowsResult: typeof ListWorkflowsResult;
  readonly ListWorkspacesResult: typeof ListWorkspacesResult;
  readonly Message: typeof Message;
  readonly OAuthToken: typeof OAuthToken;
  readonly Photo: typeof Photo;
  readonly ProcessDatasetResult: typeof ProcessDatasetResult;
  readonly PublishBotResult: typeof PublishBotResult;
  readonly ResponseDetail: typeof ResponseDetail;
  readonly RetrieveVariablesResult: typeof RetrieveVariablesResult;
  readonly Room: typeof Room;
  readonly RoomAudioConfig: typeof RoomAudioConfig;
  readonly RoomConfig: typeof RoomConfig;
  readonly RoomTranslateConfig: typeof RoomTranslateConfig;
  readonly RoomVideoConfig: typeof RoomVideoConfig;
  readonly Section: typeof Section;
  readonly ShortcutCommand: typeof ShortcutCommand;
  readonly SimpleBot: typeof SimpleBot;
  readonly ToolOutput: typeof ToolOutput;
  readonly Transcription: typeof Transcription;
  readonly Usage: typeof Usage;
  readonly User: typeof User;
  readonly VariableValue: typeof VariableValue;
  readonly Voice: typeof Voice;
  readonly VoiceEmotion: typeof VoiceEmotion;
  readonly VoiceEmotionScale: typeof VoiceEmotionScale;
  readonly WorkflowBasic: typeof WorkflowBasic;
  readonly WorkflowErrorEvent: typeof WorkflowErrorEvent;
  readonly WorkflowInfo: typeof WorkflowInfo;
  readonly WorkflowInput: typeof WorkflowInput;
  readonly WorkflowInterruptData: typeof WorkflowInterruptData;
  readonly WorkflowInterruptEvent: typeof WorkflowInterruptEvent;
  readonly WorkflowMessageEvent: typeof WorkflowMessageEvent;
  readonly WorkflowNodeExecuteHistory: typeof WorkflowNodeExecuteHistory;
  readonly WorkflowNodeExecuteStatus: typeof WorkflowNodeExecuteStatus;
  readonly WorkflowOutput: typeof WorkflowOutput;
  readonly WorkflowParameter: typeof WorkflowParameter;
  readonly WorkflowRunHistory: typeof WorkflowRunHistory;
  readonly WorkflowRunResult: typeof WorkflowRunResult;
  readonly WorkflowUser: typeof WorkflowUser;
  readonly Workspace: typeof Workspace;
};

/** An event of a chat stream (its `data` typed by its name). */
export declare class ChatEvent<T extends string = string, D = unknown> extends StreamEvent<T, D> {}
/** The events of a chat stream, narrowed by `type`. */
export type ChatStreamEvent =
  | ChatEvent<'conversation.chat.created', Chat | undefined>
  | ChatEvent<'conversation.chat.in_progress', Chat | undefined>
  | ChatEvent<'conversation.chat.completed', Chat | undefined>
  | ChatEvent<'conversation.chat.failed', Chat | undefined>
  | ChatEvent<'conversation.chat.requires_action', Chat | undefined>
  | ChatEvent<'conversation.message.delta', Message | undefined>
  | ChatEvent<'conversation.message.completed', Message | undefined>
  | ChatEvent<'conversation.audio.delta', Message | undefined>
  | ChatEvent<'error', ErrorEventData | undefined>
  | ChatEvent<'done', DoneEventData | undefined>;

/** An event of a workflow stream (its `data` typed by its name). */
export declare class WorkflowEvent<T extends string = string, D = unknown> extends StreamEvent<T, D> {}
/** The events of a workflow stream, narrowed by `type`. */
export type WorkflowStreamEvent =
  | WorkflowEvent<'Message', WorkflowMessageEvent | undefined>
  | WorkflowEvent<'Interrupt', WorkflowInterruptEvent | undefined>
  | WorkflowEvent<'Error', WorkflowErrorEvent | undefined>
  | WorkflowEvent<'Done', DoneEventData | undefined>
  | WorkflowEvent<'PING', unknown | undefined>;

// ---- parameters

/** Parameters of `audio.rooms.create`. */
export interface AudioRoomsCreateParams {
  bot_id: string;
  conversation_id?: string;
  voice_id?: string;
  /** The end user's id in the room */
  uid?: string;
  workflow_id?: string;
  config?: RoomConfigInit;
}

/** Parameters of `audio.speech.create`. */
export interface AudioSpeechCreateParams {
  /** Text to speak */
  input: string;
  voice_id: string;
  response_format?: string;
  /** Speaking rate (default 1) */
  speed?: number;
  /** Samples per second (default 24000) */
  sample_rate?: number;
  /** Volume change in percent */
  loudness_rate?: number;
  /** Emotion of a multi-emotion voice */
  emotion?: string;
  /** Strength of the emotion */
  emotion_scale?: number;
}

/** Parameters of `audio.transcriptions.create`. */
export interface AudioTranscriptionsCreateParams {
  /** The audio */
  file: Uploadable;
}

/** Parameters of `audio.voices.clone`. */
export interface AudioVoicesCloneParams {
  voice_name: string;
  /** The recording */
  file: Uploadable;
  audio_format: string;
  language?: string;
  /** Voice to train again */
  voice_id?: string;
  /** Text of the preview audio */
  preview_text?: string;
  /** What the recording says */
  text?: string;
  space_id?: string;
  description?: string;
}

/** Parameters of `audio.voices.list`. */
export interface AudioVoicesListParams {
  /** Leave out the system voices */
  filter_system_voice?: boolean;
  model_type?: string;
  voice_state?: string;
  /** Page number from 1 */
  page_num?: number;
  /** Items per page */
  page_size?: number;
}

/** Parameters of `bots.create`. */
export interface BotsCreateParams {
  /** Workspace of the bot */
  space_id: string;
  name: string;
  description?: string;
  /** Uploaded file used as the icon */
  icon_file_id?: string;
  prompt_info?: BotPromptInfoInit;
  onboarding_info?: BotOnboardingInfoInit;
  plugin_id_list?: BotPluginIdListInit;
  workflow_id_list?: BotWorkflowIdListInit;
  model_info_config?: BotModelInfoInit;
  suggest_reply_info?: BotSuggestReplyInfoInit;
}

/** Parameters of `bots.list`. */
export interface BotsListParams {
  workspace_id?: string;
  publish_status?: string;
  /** Only the bots published to this channel */
  connector_id?: string;
  /** Page number from 1 */
  page_num?: number;
  /** Items per page */
  page_size?: number;
  /** 1 runs bots.list_v1 instead; never sent */
  use_api_version?: number;
  space_id?: string;
  /** Page number from 1 */
  page_index?: number;
}

/** Parameters of `bots.list_v1`. */
export interface BotsListV1Params {
  space_id: string;
  /** Page number from 1 */
  page_index?: number;
  /** Items per page */
  page_size?: number;
}

/** Parameters of `bots.publish`. */
export interface BotsPublishParams {
  bot_id: string;
  /** Channels (1024 API, 999 Chat SDK) */
  connector_ids: Array<string>;
}

/** Parameters of `bots.retrieve`. */
export interface BotsRetrieveParams {
  bot_id: string;
  /** The published version (default) or the draft */
  is_published?: boolean;
  /** 1 runs bots.retrieve_v1 instead; never sent */
  use_api_version?: number;
}

/** Parameters of `bots.retrieve_v1`. */
export interface BotsRetrieveV1Params {
  bot_id: string;
}

/** Parameters of `bots.update`. */
export interface BotsUpdateParams {
  bot_id: string;
  name?: string;
  description?: string;
  /** Uploaded file used as the icon */
  icon_file_id?: string;
  prompt_info?: BotPromptInfoInit;
  onboarding_info?: BotOnboardingInfoInit;
  knowledge?: BotKnowledgeInit;
  plugin_id_list?: BotPluginIdListInit;
  workflow_id_list?: BotWorkflowIdListInit;
  model_info_config?: BotModelInfoInit;
  suggest_reply_info?: BotSuggestReplyInfoInit;
}

/** Parameters of `chat.cancel`. */
export interface ChatCancelParams {
  conversation_id: string;
  chat_id: string;
}

/** Parameters of `chat.create`. */
export interface ChatCreateParams {
  /** Conversation to chat in; a new one when absent */
  conversation_id?: string;
  /** Bot to chat with */
  bot_id: string;
  /** The caller's own id for the end user */
  user_id: string;
  /** Context messages; the last one is the query */
  additional_messages?: Array<EnterMessageInit>;
  /** Values of the bot's prompt variables */
  custom_variables?: Record<string, string>;
  /** Save the chat's messages in the conversation */
  auto_save_history?: boolean;
  /** Custom key-value pairs kept on the chat */
  meta_data?: Record<string, string>;
  /** Extra parameters such as latitude and longitude */
  extra_params?: Record<string, string>;
  /** Input parameters of the bot's chat flow */
  parameters?: unknown;
  /** Allow card messages in the answer */
  enable_card?: boolean;
  shortcut_command?: ShortcutCommandInit;
  /** Channel of the chat (1024 API, 999 Chat SDK) */
  connector_id?: string;
}

/** Parameters of `chat.create_and_poll`: those of `chat.create`, plus the polling interval. */
export interface ChatCreateAndPollParams extends ChatCreateParams {
  /** How long to wait between two polls, in ms (default 1000; a fraction is rounded up). */
  poll_interval_ms?: number;
}

/** Parameters of `chat.run_tools`: those of `chat.create`, plus the tools and the run's options. */
export interface ChatRunToolsParams extends ChatCreateParams {
  /** The local tools, each {name, description?, parameters? (a JSON Schema object), run(args, context)}; the core checks each schema before anything is sent. */
  tools: Array<ToolSpec<any>>;
  /** How many times the bot may ask for tools (1..1000, default 8); one more fails with a ToolError. */
  max_rounds?: number;
  /** How long a round waits for its tools, in ms (default 60000; a fraction is rounded up); a tool still running then is answered as timed out. */
  tool_timeout_ms?: number;
  /** 'output' (default): a failing tool's output is {"error": ...}; 'fail': the run fails with a ToolError (the chat is cancelled). */
  tool_errors?: 'output' | 'fail';
}

/** Parameters of `chat.messages.list`. */
export interface ChatMessagesListParams {
  conversation_id: string;
  chat_id: string;
}

/** Parameters of `chat.retrieve`. */
export interface ChatRetrieveParams {
  conversation_id: string;
  chat_id: string;
}

/** Parameters of `chat.stream`. */
export interface ChatStreamParams {
  /** Conversation to chat in; a new one when absent */
  conversation_id?: string;
  /** Bot to chat with */
  bot_id: string;
  /** The caller's own id for the end user */
  user_id: string;
  /** Context messages; the last one is the query */
  additional_messages?: Array<EnterMessageInit>;
  /** Values of the bot's prompt variables */
  custom_variables?: Record<string, string>;
  /** Save the chat's messages in the conversation */
  auto_save_history?: boolean;
  /** Custom key-value pairs kept on the chat */
  meta_data?: Record<string, string>;
  /** Extra parameters such as latitude and longitude */
  extra_params?: Record<string, string>;
  /** Input parameters of the bot's chat flow */
  parameters?: unknown;
  /** Allow card messages in the answer */
  enable_card?: boolean;
  shortcut_command?: ShortcutCommandInit;
  /** Channel of the chat (1024 API, 999 Chat SDK) */
  connector_id?: string;
}

/** Parameters of `chat.submit_tool_outputs`. */
export interface ChatSubmitToolOutputsParams {
  conversation_id: string;
  chat_id: string;
  /** One result per tool call */
  tool_outputs: Array<ToolOutputInit>;
  /** Channel of the chat (1024 API, 999 Chat SDK) */
  connector_id?: string;
}

/** Parameters of `chat.submit_tool_outputs.stream`. */
export interface ChatSubmitToolOutputsStreamParams {
  conversation_id: string;
  chat_id: string;
  /** One result per tool call */
  tool_outputs: Array<ToolOutputInit>;
  /** Channel of the chat (1024 API, 999 Chat SDK) */
  connector_id?: string;
}

/** Parameters of `conversations.clear`. */
export interface ConversationsClearParams {
  conversation_id: string;
}

/** Parameters of `conversations.create`. */
export interface ConversationsCreateParams {
  /** Bot the conversation belongs to */
  bot_id?: string;
  /** Conversation name */
  name?: string;
  /** Initial messages (at most 16) */
  messages?: Array<EnterMessageInit>;
  /** Custom key-value pairs */
  meta_data?: Record<string, string>;
  /** Channel (1024 API, 999 Chat SDK) */
  connector_id?: string;
}

/** Parameters of `conversations.delete`. */
export interface ConversationsDeleteParams {
  conversation_id: string;
}

/** Parameters of `conversations.list`. */
export interface ConversationsListParams {
  bot_id: string;
  /** Page number from 1 */
  page_num?: number;
  /** Items per page (at most 50) */
  page_size?: number;
  /** Order by creation time */
  sort_order?: string;
  /** Channel to list (1024 API, 999 Chat SDK) */
  connector_id?: string;
}

/** Parameters of `conversations.messages.create`. */
export interface ConversationsMessagesCreateParams {
  conversation_id: string;
  role: string;
  /** Text, or the JSON text of object_string items */
  content: string;
  content_type: string;
  /** Custom key-value pairs */
  meta_data?: Record<string, string>;
}

/** Parameters of `conversations.messages.delete`. */
export interface ConversationsMessagesDeleteParams {
  conversation_id: string;
  message_id: string;
}

/** Parameters of `conversations.messages.feedback.create`. */
export interface ConversationsMessagesFeedbackCreateParams {
  conversation_id: string;
  message_id: string;
  feedback_type: string;
  /** Reasons for an unlike */
  reason_types?: Array<string>;
  /** Free text */
  comment?: string;
}

/** Parameters of `conversations.messages.feedback.delete`. */
export interface ConversationsMessagesFeedbackDeleteParams {
  conversation_id: string;
  message_id: string;
}

/** Parameters of `conversations.messages.list`. */
export interface ConversationsMessagesListParams {
  conversation_id: string;
  /** Order by creation time (default desc) */
  order?: string;
  /** Only the messages of this chat */
  chat_id?: string;
  /** Messages before this one */
  before_id?: string;
  /** Messages after this one */
  after_id?: string;
  /** Items per page (1-50) */
  limit?: number;
  /** Only the messages of this bot */
  bot_id?: string;
}

/** Parameters of `conversations.messages.retrieve`. */
export interface ConversationsMessagesRetrieveParams {
  conversation_id: string;
  message_id: string;
}

/** Parameters of `conversations.messages.update`. */
export interface ConversationsMessagesUpdateParams {
  conversation_id: string;
  message_id: string;
  /** Text, or the JSON text of object_string items */
  content?: string;
  content_type?: string;
  /** Custom key-value pairs */
  meta_data?: Record<string, string>;
}

/** Parameters of `conversations.retrieve`. */
export interface ConversationsRetrieveParams {
  conversation_id: string;
}

/** Parameters of `conversations.update`. */
export interface ConversationsUpdateParams {
  conversation_id: string;
  /** New name */
  name?: string;
}

/** Parameters of `datasets.create`. */
export interface DatasetsCreateParams {
  name: string;
  space_id: string;
  /** 0 text, 2 images */
  format_type: number;
  description?: string;
  /** Uploaded file used as the icon */
  file_id?: string;
}

/** Parameters of `datasets.delete`. */
export interface DatasetsDeleteParams {
  dataset_id: string;
}

/** Parameters of `datasets.documents.create`. */
export interface DatasetsDocumentsCreateParams {
  dataset_id: string;
  /** The files to add */
  document_bases: Array<DocumentBaseInit>;
  chunk_strategy?: DocumentChunkStrategyInit;
  /** 0 text, 2 images */
  format_type?: number;
}

/** Parameters of `datasets.documents.delete`. */
export interface DatasetsDocumentsDeleteParams {
  document_ids: Array<string>;
}

/** Parameters of `datasets.documents.list`. */
export interface DatasetsDocumentsListParams {
  dataset_id: string;
  /** Page number from 1 */
  page?: number;
  /** Items per page */
  size?: number;
}

/** Parameters of `datasets.documents.update`. */
export interface DatasetsDocumentsUpdateParams {
  document_id: string;
  /** New name */
  document_name?: string;
  update_rule?: DocumentUpdateRuleInit;
}

/** Parameters of `datasets.images.list`. */
export interface DatasetsImagesListParams {
  dataset_id: string;
  /** Only images whose name or caption contains this */
  keyword?: string;
  /** Only images with (true) or without (false) a caption */
  has_caption?: boolean;
  /** Page number from 1 */
  page_num?: number;
  /** Items per page */
  page_size?: number;
}

/** Parameters of `datasets.images.update`. */
export interface DatasetsImagesUpdateParams {
  dataset_id: string;
  document_id: string;
  caption: string;
}

/** Parameters of `datasets.list`. */
export interface DatasetsListParams {
  space_id: string;
  /** Only names containing this */
  name?: string;
  /** 0 text, 1 table, 2 images */
  format_type?: number;
  /** Page number from 1 */
  page_num?: number;
  /** Items per page */
  page_size?: number;
}

/** Parameters of `datasets.process`. */
export interface DatasetsProcessParams {
  dataset_id: string;
  document_ids: Array<string>;
}

/** Parameters of `datasets.update`. */
export interface DatasetsUpdateParams {
  dataset_id: string;
  name: string;
  /** Uploaded file used as the icon */
  file_id?: string;
  description?: string;
}

/** Parameters of `files.retrieve`. */
export interface FilesRetrieveParams {
  file_id: string;
}

/** Parameters of `files.upload`. */
export interface FilesUploadParams {
  /** The file (at most 512 MB) */
  file: Uploadable;
}

/** Parameters of `oauth.account_token`. */
export interface OauthAccountTokenParams {
  account_id: string;
  /** The grant */
  grant_type: string;
  /** The OAuth app's id */
  client_id?: string;
  /** authorization_code - the code the redirect brought */
  code?: string;
  /** authorization_code - the redirect URI given to authorize */
  redirect_uri?: string;
  /** authorization_code with PKCE - the verifier of the challenge */
  code_verifier?: string;
  /** refresh_token - the refresh token */
  refresh_token?: string;
  /** device_code - the device code */
  device_code?: string;
  /** jwt-bearer - the access token's lifetime (default 900) */
  duration_seconds?: number;
  /** jwt-bearer - an optional scope object */
  scope?: unknown;
}

/** Parameters of `oauth.device_code`. */
export interface OauthDeviceCodeParams {
  /** The OAuth app's id */
  client_id: string;
}

/** Parameters of `oauth.enterprise_token`. */
export interface OauthEnterpriseTokenParams {
  enterprise_id: string;
  /** The grant */
  grant_type: string;
  /** The OAuth app's id */
  client_id?: string;
  /** authorization_code - the code the redirect brought */
  code?: string;
  /** authorization_code - the redirect URI given to authorize */
  redirect_uri?: string;
  /** authorization_code with PKCE - the verifier of the challenge */
  code_verifier?: string;
  /** refresh_token - the refresh token */
  refresh_token?: string;
  /** device_code - the device code */
  device_code?: string;
  /** jwt-bearer - the access token's lifetime (default 900) */
  duration_seconds?: number;
  /** jwt-bearer - an optional scope object */
  scope?: unknown;
}

/** Parameters of `oauth.token`. */
export interface OauthTokenParams {
  /** The grant */
  grant_type: string;
  /** The OAuth app's id */
  client_id?: string;
  /** authorization_code - the code the redirect brought */
  code?: string;
  /** authorization_code - the redirect URI given to authorize */
  redirect_uri?: string;
  /** authorization_code with PKCE - the verifier of the challenge */
  code_verifier?: string;
  /** refresh_token - the refresh token */
  refresh_token?: string;
  /** device_code - the device code */
  device_code?: string;
  /** jwt-bearer - the access token's lifetime (default 900) */
  duration_seconds?: number;
  /** jwt-bearer - an optional scope object */
  scope?: unknown;
}

/** Parameters of `templates.duplicate`. */
export interface TemplatesDuplicateParams {
  template_id: string;
  workspace_id: string;
  /** Name of the copy */
  name?: string;
}

/** Parameters of `users.me` (it has none). */
export interface UsersMeParams {}

/** Parameters of `variables.retrieve`. */
export interface VariablesRetrieveParams {
  app_id?: string;
  bot_id?: string;
  connector_id?: string;
  /** The end user's id in the channel */
  connector_uid?: string;
  /** Comma-separated variable names; all when absent */
  keywords?: string;
}

/** Parameters of `variables.update`. */
export interface VariablesUpdateParams {
  app_id?: string;
  bot_id?: string;
  connector_id?: string;
  /** The end user's id in the channel */
  connector_uid?: string;
  /** keyword and value of each variable */
  data: Array<VariableValueInit>;
}

/** Parameters of `workflows.chat.stream`. */
export interface WorkflowsChatStreamParams {
  workflow_id: string;
  /** Context messages; the last one is the query */
  additional_messages: Array<EnterMessageInit>;
  /** Input parameters of the start node */
  parameters?: unknown;
  /** App the chat flow belongs to */
  app_id?: string;
  /** Bot to run the chat flow as */
  bot_id?: string;
  /** Conversation to chat in */
  conversation_id?: string;
  /** Extra fields such as latitude, longitude, user_id */
  ext?: Record<string, string>;
  /** Version to run */
  workflow_version?: string;
  /** Channel (default 1024, API) */
  connector_id?: string;
}

/** Parameters of `workflows.list`. */
export interface WorkflowsListParams {
  workspace_id?: string;
  /** Page number from 1 */
  page_num?: number;
  /** Items per page */
  page_size?: number;
  workflow_mode?: string;
  /** Only the workflows of this app */
  app_id?: string;
  publish_status?: string;
}

/** Parameters of `workflows.retrieve`. */
export interface WorkflowsRetrieveParams {
  workflow_id: string;
  /** Include the start node's inputs and the end node's outputs */
  include_input_output?: boolean;
}

/** Parameters of `workflows.runs.create`. */
export interface WorkflowsRunsCreateParams {
  workflow_id: string;
  /** Input parameters of the start node */
  parameters?: unknown;
  /** Bot to run the workflow as */
  bot_id?: string;
  /** App the workflow belongs to */
  app_id?: string;
  /** Extra fields such as latitude, longitude, user_id */
  ext?: Record<string, string>;
  /** Run asynchronously; poll the run history with execute_id */
  is_async?: boolean;
  /** Version to run */
  workflow_version?: string;
  /** Channel (default 1024, API) */
  connector_id?: string;
}

/** Parameters of `workflows.runs.histories.execute_nodes.retrieve`. */
export interface WorkflowsRunsHistoriesExecuteNodesRetrieveParams {
  workflow_id: string;
  execute_id: string;
  node_execute_uuid: string;
}

/** Parameters of `workflows.runs.histories.retrieve`. */
export interface WorkflowsRunsHistoriesRetrieveParams {
  workflow_id: string;
  execute_id: string;
}

/** Parameters of `workflows.runs.resume`. */
export interface WorkflowsRunsResumeParams {
  workflow_id: string;
  /** event_id of the Interrupt event */
  event_id: string;
  /** The answer to the interrupting question */
  resume_data: string;
  /** type of the Interrupt event */
  interrupt_type: number;
}

/** Parameters of `workflows.runs.stream`. */
export interface WorkflowsRunsStreamParams {
  workflow_id: string;
  /** Input parameters of the start node */
  parameters?: unknown;
  /** Bot to run the workflow as */
  bot_id?: string;
  /** App the workflow belongs to */
  app_id?: string;
  /** Extra fields such as latitude, longitude, user_id */
  ext?: Record<string, string>;
  /** Version to run */
  workflow_version?: string;
  /** Channel (default 1024, API) */
  connector_id?: string;
}

/** Parameters of `workspaces.list`. */
export interface WorkspacesListParams {
  /** Page number from 1 */
  page_num?: number;
  /** Items per page */
  page_size?: number;
  /** Only the workspaces of this enterprise */
  enterprise_id?: string;
  /** Only the workspaces of this user */
  user_id?: string;
  /** Only the workspaces of this organisation account */
  coze_account_id?: string;
}

// ---- resources

/** coze.audio.rooms */
export interface AudioRoomsResource {
  /** Creates an RTC room with a bot. `audio.rooms.create`: POST /v1/audio/rooms. */
  create(params: AudioRoomsCreateParams, options?: RequestOptions): Promise<Room>;
}

/** coze.audio.speech */
export interface AudioSpeechResource {
  /** Turns text into speech. `audio.speech.create`: POST /v1/audio/speech. */
  create(params: AudioSpeechCreateParams, options?: BinaryRequestOptions): Promise<BinaryResult>;
}

/** coze.audio.transcriptions */
export interface AudioTranscriptionsResource {
  /** Turns speech into text. `audio.transcriptions.create`: POST /v1/audio/transcriptions. */
  create(params: AudioTranscriptionsCreateParams, options?: RequestOptions): Promise<Transcription>;
}

/** coze.audio.voices */
export interface AudioVoicesResource {
  /** Clones a voice from a recording. `audio.voices.clone`: POST /v1/audio/voices/clone. */
  clone(params: AudioVoicesCloneParams, options?: RequestOptions): Promise<CloneVoiceResult>;
  /** Lists the voices available. `audio.voices.list`: GET /v1/audio/voices. */
  list(params?: AudioVoicesListParams, options?: RequestOptions): Promise<ListVoicesResult>;
  /** Every page of `audio.voices.list`, read lazily: `for await` gives the items (`voice_list` of each page), `pages()` the pages. The `timeout` option bounds each page's request, not the whole iteration. `audio.voices.list.pages`. */
  listPages(params?: AudioVoicesListParams, options?: PageOptions): Pager<Voice, ListVoicesResult>;
}

/** coze.audio */
export interface AudioResource {
  readonly rooms: AudioRoomsResource;
  readonly speech: AudioSpeechResource;
  readonly transcriptions: AudioTranscriptionsResource;
  readonly voices: AudioVoicesResource;
}

/** coze.bots */
export interface BotsResource {
  /** Creates a draft bot. `bots.create`: POST /v1/bot/create. */
  create(params: BotsCreateParams, options?: RequestOptions): Promise<CreateBotResult>;
  /** Lists the bots of a workspace. `bots.list`: GET /v1/bots. */
  list(params?: BotsListParams, options?: RequestOptions): Promise<ListBotsResult>;
  /** Every page of `bots.list`, read lazily: `for await` gives the items (`items` of each page), `pages()` the pages. The `timeout` option bounds each page's request, not the whole iteration. `bots.list.pages`. */
  listPages(params?: BotsListParams, options?: PageOptions): Pager<SimpleBot, ListBotsResult>;
  /** Lists the bots of a space published to the API channel (v1). `bots.list_v1`: GET /v1/space/published_bots_list. */
  listV1(params: BotsListV1Params, options?: RequestOptions): Promise<ListBotsResult>;
  /** Every page of `bots.list_v1`, read lazily: `for await` gives the items (`items` of each page), `pages()` the pages. The `timeout` option bounds each page's request, not the whole iteration. `bots.list_v1.pages`. */
  listV1Pages(params: BotsListV1Params, options?: PageOptions): Pager<SimpleBot, ListBotsResult>;
  /** Publishes a bot to channels. `bots.publish`: POST /v1/bot/publish. */
  publish(params: BotsPublishParams, options?: RequestOptions): Promise<PublishBotResult>;
  /** Gets a bot's configuration. `bots.retrieve`: GET /v1/bots/{bot_id}. */
  retrieve(params: BotsRetrieveParams, options?: RequestOptions): Promise<Bot>;
  /** Gets a bot published to the API channel (v1). `bots.retrieve_v1`: GET /v1/bot/get_online_info. */
  retrieveV1(params: BotsRetrieveV1Params, options?: RequestOptions): Promise<Bot>;
  /** Changes a bot's draft. `bots.update`: POST /v1/bot/update. */
  update(params: BotsUpdateParams, options?: RequestOptions): Promise<null>;
}

/** coze.chat.messages */
export interface ChatMessagesResource {
  /** Lists the messages of a chat. `chat.messages.list`: GET /v3/chat/message/list. */
  list(params: ChatMessagesListParams, options?: RequestOptions): Promise<Array<Message>>;
}

/** coze.chat */
export interface ChatResource {
  readonly messages: ChatMessagesResource;
  /** Cancels a chat in progress. `chat.cancel`: POST /v3/chat/cancel. */
  cancel(params: ChatCancelParams, options?: RequestOptions): Promise<Chat>;
  /** Starts a chat with a bot. `chat.create`: POST /v3/chat. */
  create(params: ChatCreateParams, options?: RequestOptions): Promise<Chat>;
  /** `chat.create`, then polls it every `poll_interval_ms` until it ends, and resolves to the answer (the core's `chat.create_and_poll`). With a `timeout` option, a run still going at the deadline is cancelled and the promise rejects with a TimeoutError; `signal` cancels too. */
  createAndPoll(params: ChatCreateAndPollParams, options?: RequestOptions): Promise<ChatPollResult>;
  /** `chat.create` streamed, running the local `tools` each time the bot asks and submitting their outputs, until the chat ends (the core's `chat.run_tools`): the events of every round. Each round's functions run concurrently; `signal` or leaving the loop cancels the run. */
  runTools(params: ChatRunToolsParams, options?: RequestOptions): Stream<ChatStreamEvent>;
  /** Gets a chat. `chat.retrieve`: GET /v3/chat/retrieve. */
  retrieve(params: ChatRetrieveParams, options?: RequestOptions): Promise<Chat>;
  /** Starts a chat with a bot (streaming). `chat.stream`: POST /v3/chat. */
  stream(params: ChatStreamParams, options?: RequestOptions): Stream<ChatStreamEvent>;
  /** Submits tool results to a chat that requires action. `chat.submit_tool_outputs`: POST /v3/chat/submit_tool_outputs. */
  submitToolOutputs(params: ChatSubmitToolOutputsParams, options?: RequestOptions): Promise<Chat>;
  /** Submits tool results to a chat that requires action (streaming). `chat.submit_tool_outputs.stream`: POST /v3/chat/submit_tool_outputs. */
  submitToolOutputsStream(params: ChatSubmitToolOutputsStreamParams, options?: RequestOptions): Stream<ChatStreamEvent>;
}

/** coze.conversations.messages.feedback */
export interface ConversationsMessagesFeedbackResource {
  /** Rates a bot's message. `conversations.messages.feedback.create`: POST /v1/conversations/{conversation_id}/messages/{message_id}/feedback. */
  create(params: ConversationsMessagesFeedbackCreateParams, options?: RequestOptions): Promise<null>;
  /** Removes the rating of a message. `conversations.messages.feedback.delete`: DELETE /v1/conversations/{conversation_id}/messages/{message_id}/feedback. */
  delete(params: ConversationsMessagesFeedbackDeleteParams, options?: RequestOptions): Promise<null>;
}

/** coze.conversations.messages */
export interface ConversationsMessagesResource {
  readonly feedback: ConversationsMessagesFeedbackResource;
  /** Adds a message to a conversation. `conversations.messages.create`: POST /v1/conversation/message/create. */
  create(params: ConversationsMessagesCreateParams, options?: RequestOptions): Promise<Message>;
  /** Deletes a message. `conversations.messages.delete`: POST /v1/conversation/message/delete. */
  delete(params: ConversationsMessagesDeleteParams, options?: RequestOptions): Promise<Message>;
  /** Lists a conversation's messages. `conversations.messages.list`: POST /v1/conversation/message/list. */
  list(params: ConversationsMessagesListParams, options?: RequestOptions): Promise<ListMessagesResult>;
  /** Every page of `conversations.messages.list`, read lazily: `for await` gives the items (`data` of each page), `pages()` the pages. The `timeout` option bounds each page's request, not the whole iteration. `conversations.messages.list.pages`. */
  listPages(params: ConversationsMessagesListParams, options?: PageOptions): Pager<Message, ListMessagesResult>;
  /** Gets a message. `conversations.messages.retrieve`: GET /v1/conversation/message/retrieve. */
  retrieve(params: ConversationsMessagesRetrieveParams, options?: RequestOptions): Promise<Message>;
  /** Changes a message. `conversations.messages.update`: POST /v1/conversation/message/modify. */
  update(params: ConversationsMessagesUpdateParams, options?: RequestOptions): Promise<Message>;
}

/** coze.conversations */
export interface ConversationsResource {
  readonly messages: ConversationsMessagesResource;
  /** Clears a conversation's context by starting a new section. `conversations.clear`: POST /v1/conversations/{conversation_id}/clear. */
  clear(params: ConversationsClearParams, options?: RequestOptions): Promise<Section>;
  /** Creates a conversation. `conversations.create`: POST /v1/conversation/create. */
  create(params?: ConversationsCreateParams, options?: RequestOptions): Promise<Conversation>;
  /** Deletes a conversation. `conversations.delete`: DELETE /v1/conversations/{conversation_id}. */
  delete(params: ConversationsDeleteParams, options?: RequestOptions): Promise<null>;
  /** Lists a bot's conversations. `conversations.list`: GET /v1/conversations. */
  list(params: ConversationsListParams, options?: RequestOptions): Promise<ListConversationsResult>;
  /** Every page of `conversations.list`, read lazily: `for await` gives the items (`conversations` of each page), `pages()` the pages. The `timeout` option bounds each page's request, not the whole iteration. `conversations.list.pages`. */
  listPages(params: ConversationsListParams, options?: PageOptions): Pager<Conversation, ListConversationsResult>;
  /** Gets a conversation. `conversations.retrieve`: GET /v1/conversation/retrieve. */
  retrieve(params: ConversationsRetrieveParams, options?: RequestOptions): Promise<Conversation>;
  /** Renames a conversation. `conversations.update`: PUT /v1/conversations/{conversation_id}. */
  update(params: ConversationsUpdateParams, options?: RequestOptions): Promise<Conversation>;
}

/** coze.datasets.documents */
export interface DatasetsDocumentsResource {
  /** Uploads files to a knowledge base. `datasets.documents.create`: POST /open_api/knowledge/document/create. */
  create(params: DatasetsDocumentsCreateParams, options?: RequestOptions): Promise<Array<Document>>;
  /** Deletes knowledge base files. `datasets.documents.delete`: POST /open_api/knowledge/document/delete. */
  delete(params: DatasetsDocumentsDeleteParams, options?: RequestOptions): Promise<null>;
  /** Lists the files of a knowledge base. `datasets.documents.list`: POST /open_api/knowledge/document/list. */
  list(params: DatasetsDocumentsListParams, options?: RequestOptions): Promise<ListDocumentsResult>;
  /** Every page of `datasets.documents.list`, read lazily: `for await` gives the items (`document_infos` of each page), `pages()` the pages. The `timeout` option bounds each page's request, not the whole iteration. `datasets.documents.list.pages`. */
  listPages(params: DatasetsDocumentsListParams, options?: PageOptions): Pager<Document, ListDocumentsResult>;
  /** Renames a knowledge base file or changes its update rule. `datasets.documents.update`: POST /open_api/knowledge/document/update. */
  update(params: DatasetsDocumentsUpdateParams, options?: RequestOptions): Promise<null>;
}

/** coze.datasets.images */
export interface DatasetsImagesResource {
  /** Lists the images of an image knowledge base. `datasets.images.list`: GET /v1/datasets/{dataset_id}/images. */
  list(params: DatasetsImagesListParams, options?: RequestOptions): Promise<ListPhotosResult>;
  /** Every page of `datasets.images.list`, read lazily: `for await` gives the items (`photo_infos` of each page), `pages()` the pages. The `timeout` option bounds each page's request, not the whole iteration. `datasets.images.list.pages`. */
  listPages(params: DatasetsImagesListParams, options?: PageOptions): Pager<Photo, ListPhotosResult>;
  /** Changes an image's caption. `datasets.images.update`: PUT /v1/datasets/{dataset_id}/images/{document_id}. */
  update(params: DatasetsImagesUpdateParams, options?: RequestOptions): Promise<null>;
}

/** coze.datasets */
export interface DatasetsResource {
  readonly documents: DatasetsDocumentsResource;
  readonly images: DatasetsImagesResource;
  /** Creates a knowledge base. `datasets.create`: POST /v1/datasets. */
  create(params: DatasetsCreateParams, options?: RequestOptions): Promise<CreateDatasetResult>;
  /** Deletes a knowledge base and its files. `datasets.delete`: DELETE /v1/datasets/{dataset_id}. */
  delete(params: DatasetsDeleteParams, options?: RequestOptions): Promise<null>;
  /** Lists the knowledge bases of a space. `datasets.list`: GET /v1/datasets. */
  list(params: DatasetsListParams, options?: RequestOptions): Promise<ListDatasetsResult>;
  /** Every page of `datasets.list`, read lazily: `for await` gives the items (`dataset_list` of each page), `pages()` the pages. The `timeout` option bounds each page's request, not the whole iteration. `datasets.list.pages`. */
  listPages(params: DatasetsListParams, options?: PageOptions): Pager<Dataset, ListDatasetsResult>;
  /** Gets the upload progress of knowledge base files. `datasets.process`: POST /v1/datasets/{dataset_id}/process. */
  process(params: DatasetsProcessParams, options?: RequestOptions): Promise<Array<DocumentProgress>>;
  /** Changes a knowledge base. `datasets.update`: PUT /v1/datasets/{dataset_id}. */
  update(params: DatasetsUpdateParams, options?: RequestOptions): Promise<null>;
}

/** coze.files */
export interface FilesResource {
  /** Gets an uploaded file's information. `files.retrieve`: GET /v1/files/retrieve. */
  retrieve(params: FilesRetrieveParams, options?: RequestOptions): Promise<File>;
  /** Uploads a file. `files.upload`: POST /v1/files/upload. */
  upload(params: FilesUploadParams, options?: RequestOptions): Promise<File>;
}

/** coze.oauth */
export interface OauthResource {
  /** Gets a service app's access token for an account. `oauth.account_token`: POST /api/permission/oauth2/account/{account_id}/token. */
  accountToken(params: OauthAccountTokenParams, options?: RequestOptions): Promise<OAuthToken>;
  /** Starts the device flow - a user code to show and a device code to poll with. `oauth.device_code`: POST /api/permission/oauth2/device/code. */
  deviceCode(params: OauthDeviceCodeParams, options?: RequestOptions): Promise<DeviceCode>;
  /** Gets a service app's access token for an enterprise. `oauth.enterprise_token`: POST /api/permission/oauth2/enterprise_id/{enterprise_id}/token. */
  enterpriseToken(params: OauthEnterpriseTokenParams, options?: RequestOptions): Promise<OAuthToken>;
  /** Gets an access token for a grant. `oauth.token`: POST /api/permission/oauth2/token. */
  token(params: OauthTokenParams, options?: RequestOptions): Promise<OAuthToken>;
}

/** coze.templates */
export interface TemplatesResource {
  /** Copies a template into a workspace. `templates.duplicate`: POST /v1/templates/{template_id}/duplicate. */
  duplicate(params: TemplatesDuplicateParams, options?: RequestOptions): Promise<DuplicateTemplateResult>;
}

/** coze.users */
export interface UsersResource {
  /** Gets the caller's own user. `users.me`: GET /v1/users/me. */
  me(params?: UsersMeParams, options?: RequestOptions): Promise<User>;
}

/** coze.variables */
export interface VariablesResource {
  /** Reads user variables of a bot or app. `variables.retrieve`: GET /v1/variables. */
  retrieve(params?: VariablesRetrieveParams, options?: RequestOptions): Promise<RetrieveVariablesResult>;
  /** Sets user variables of a bot or app. `variables.update`: PUT /v1/variables. */
  update(params: VariablesUpdateParams, options?: RequestOptions): Promise<null>;
}

/** coze.workflows.chat */
export interface WorkflowsChatResource {
  /** Runs a chat flow and streams chat events. `workflows.chat.stream`: POST /v1/workflows/chat. */
  stream(params: WorkflowsChatStreamParams, options?: RequestOptions): Stream<ChatStreamEvent>;
}

/** coze.workflows.runs.histories.execute_nodes */
export interface WorkflowsRunsHistoriesExecuteNodesResource {
  /** Gets the output of one node execution of a workflow run. `workflows.runs.histories.execute_nodes.retrieve`: GET /v1/workflows/{workflow_id}/run_histories/{execute_id}/execute_nodes/{node_execute_uuid}. */
  retrieve(
    params: WorkflowsRunsHistoriesExecuteNodesRetrieveParams,
    options?: RequestOptions,
  ): Promise<WorkflowNodeExecuteHistory>;
}

/** coze.workflows.runs.histories */
export interface WorkflowsRunsHistoriesResource {
  readonly executeNodes: WorkflowsRunsHistoriesExecuteNodesResource;
  /** Gets the result of an asynchronous workflow run. `workflows.runs.histories.retrieve`: GET /v1/workflows/{workflow_id}/run_histories/{execute_id}. */
  retrieve(params: WorkflowsRunsHistoriesRetrieveParams, options?: RequestOptions): Promise<Array<WorkflowRunHistory>>;
}

/** coze.workflows.runs */
export interface WorkflowsRunsResource {
  readonly histories: WorkflowsRunsHistoriesResource;
  /** Runs a published workflow and waits for its result. `workflows.runs.create`: POST /v1/workflow/run. */
  create(params: WorkflowsRunsCreateParams, options?: RequestOptions): Promise<WorkflowRunResult>;
  /** Resumes an interrupted workflow run and streams its events. `workflows.runs.resume`: POST /v1/workflow/stream_resume. */
  resume(params: WorkflowsRunsResumeParams, options?: RequestOptions): Stream<WorkflowStreamEvent>;
  /** Runs a published workflow and streams its events. `workflows.runs.stream`: POST /v1/workflow/stream_run. */
  stream(params: WorkflowsRunsStreamParams, options?: RequestOptions): Stream<WorkflowStreamEvent>;
}

/** coze.workflows */
export interface WorkflowsResource {
  readonly chat: WorkflowsChatResource;
  readonly runs: WorkflowsRunsResource;
  /** Lists the workflows of a workspace. `workflows.list`: GET /v1/workflows. */
  list(params?: WorkflowsListParams, options?: RequestOptions): Promise<ListWorkflowsResult>;
  /** Every page of `workflows.list`, read lazily: `for await` gives the items (`items` of each page), `pages()` the pages. The `timeout` option bounds each page's request, not the whole iteration. `workflows.list.pages`. */
  listPages(params?: WorkflowsListParams, options?: PageOptions): Pager<WorkflowBasic, ListWorkflowsResult>;
  /** Gets a workflow. `workflows.retrieve`: GET /v1/workflows/{workflow_id}. */
  retrieve(params: WorkflowsRetrieveParams, options?: RequestOptions): Promise<WorkflowInfo>;
}

/** coze.workspaces */
export interface WorkspacesResource {
  /** Lists the workspaces the caller has joined. `workspaces.list`: GET /v1/workspaces. */
  list(params?: WorkspacesListParams, options?: RequestOptions): Promise<ListWorkspacesResult>;
  /** Every page of `workspaces.list`, read lazily: `for await` gives the items (`workspaces` of each page), `pages()` the pages. The `timeout` option bounds each page's request, not the whole iteration. `workspaces.list.pages`. */
  listPages(params?: WorkspacesListParams, options?: PageOptions): Pager<Workspace, ListWorkspacesResult>;
}

/** The resources of a client (merged into Coze). */
export interface CozeResources {
  readonly audio: AudioResource;
  readonly bots: BotsResource;
  readonly chat: ChatResource;
  readonly conversations: ConversationsResource;
  readonly datasets: DatasetsResource;
  readonly files: FilesResource;
  readonly oauth: OauthResource;
  readonly templates: TemplatesResource;
  readonly users: UsersResource;
  readonly variables: VariablesResource;
  readonly workflows: WorkflowsResource;
  readonly workspaces: WorkspacesResource;
}

/** Every operation by name: its parameters and what it answers. */
export interface OperationTypes {
  'audio.rooms.create': { params: AudioRoomsCreateParams; result: Room };
  'audio.speech.create': { params: AudioSpeechCreateParams; result: BinaryResult };
  'audio.transcriptions.create': { params: AudioTranscriptionsCreateParams; result: Transcription };
  'audio.voices.clone': { params: AudioVoicesCloneParams; result: CloneVoiceResult };
  'audio.voices.list': { params: AudioVoicesListParams; result: ListVoicesResult };
  'audio.voices.list.pages': { params: AudioVoicesListParams; result: ListVoicesResult };
  'bots.create': { params: BotsCreateParams; result: CreateBotResult };
  'bots.list': { params: BotsListParams; result: ListBotsResult };
  'bots.list.pages': { params: BotsListParams; result: ListBotsResult };
  'bots.list_v1': { params: BotsListV1Params; result: ListBotsResult };
  'bots.list_v1.pages': { params: BotsListV1Params; result: ListBotsResult };
  'bots.publish': { params: BotsPublishParams; result: PublishBotResult };
  'bots.retrieve': { params: BotsRetrieveParams; result: Bot };
  'bots.retrieve_v1': { params: BotsRetrieveV1Params; result: Bot };
  'bots.update': { params: BotsUpdateParams; result: null };
  'chat.cancel': { params: ChatCancelParams; result: Chat };
  'chat.create': { params: ChatCreateParams; result: Chat };
  'chat.run_tools': { params: ChatRunToolsParams; stream: ChatStreamEvent };
  'chat.messages.list': { params: ChatMessagesListParams; result: Array<Message> };
  'chat.retrieve': { params: ChatRetrieveParams; result: Chat };
  'chat.stream': { params: ChatStreamParams; stream: ChatStreamEvent };
  'chat.submit_tool_outputs': { params: ChatSubmitToolOutputsParams; result: Chat };
  'chat.submit_tool_outputs.stream': { params: ChatSubmitToolOutputsStreamParams; stream: ChatStreamEvent };
  'conversations.clear': { params: ConversationsClearParams; result: Section };
  'conversations.create': { params: ConversationsCreateParams; result: Conversation };
  'conversations.delete': { params: ConversationsDeleteParams; result: null };
  'conversations.list': { params: ConversationsListParams; result: ListConversationsResult };
  'conversations.list.pages': { params: ConversationsListParams; result: ListConversationsResult };
  'conversations.messages.create': { params: ConversationsMessagesCreateParams; result: Message };
  'conversations.messages.delete': { params: ConversationsMessagesDeleteParams; result: Message };
  'conversations.messages.feedback.create': { params: ConversationsMessagesFeedbackCreateParams; result: null };
  'conversations.messages.feedback.delete': { params: ConversationsMessagesFeedbackDeleteParams; result: null };
  'conversations.messages.list': { params: ConversationsMessagesListParams; result: ListMessagesResult };
  'conversations.messages.list.pages': { params: ConversationsMessagesListParams; result: ListMessagesResult };
  'conversations.messages.retrieve': { params: ConversationsMessagesRetrieveParams; result: Message };
  'conversations.messages.update': { params: ConversationsMessagesUpdateParams; result: Message };
  'conversations.retrieve': { params: ConversationsRetrieveParams; result: Conversation };
  'conversations.update': { params: ConversationsUpdateParams; result: Conversation };
  'datasets.create': { params: DatasetsCreateParams; result: CreateDatasetResult };
  'datasets.delete': { params: DatasetsDeleteParams; result: null };
  'datasets.documents.create': { params: DatasetsDocumentsCreateParams; result: Array<Document> };
  'datasets.documents.delete': { params: DatasetsDocumentsDeleteParams; result: null };
  'datasets.documents.list': { params: DatasetsDocumentsListParams; result: ListDocumentsResult };
  'datasets.documents.list.pages': { params: DatasetsDocumentsListParams; result: ListDocumentsResult };
  'datasets.documents.update': { params: DatasetsDocumentsUpdateParams; result: null };
  'datasets.images.list': { params: DatasetsImagesListParams; result: ListPhotosResult };
  'datasets.images.list.pages': { params: DatasetsImagesListParams; result: ListPhotosResult };
  'datasets.images.update': { params: DatasetsImagesUpdateParams; result: null };
  'datasets.list': { params: DatasetsListParams; result: ListDatasetsResult };
  'datasets.list.pages': { params: DatasetsListParams; result: ListDatasetsResult };
  'datasets.process': { params: DatasetsProcessParams; result: Array<DocumentProgress> };
  'datasets.update': { params: DatasetsUpdateParams; result: null };
  'files.retrieve': { params: FilesRetrieveParams; result: File };
  'files.upload': { params: FilesUploadParams; result: File };
  'oauth.account_token': { params: OauthAccountTokenParams; result: OAuthToken };
  'oauth.device_code': { params: OauthDeviceCodeParams; result: DeviceCode };
  'oauth.enterprise_token': { params: OauthEnterpriseTokenParams; result: OAuthToken };
  'oauth.token': { params: OauthTokenParams; result: OAuthToken };
  'templates.duplicate': { params: TemplatesDuplicateParams; result: DuplicateTemplateResult };
  'users.me': { params: UsersMeParams; result: User };
  'variables.retrieve': { params: VariablesRetrieveParams; result: RetrieveVariablesResult };
  'variables.update': { params: VariablesUpdateParams; result: null };
  'workflows.chat.stream': { params: WorkflowsChatStreamParams; stream: ChatStreamEvent };
  'workflows.list': { params: WorkflowsListParams; result: ListWorkflowsResult };
  'workflows.list.pages': { params: WorkflowsListParams; result: ListWorkflowsResult };
  'workflows.retrieve': { params: WorkflowsRetrieveParams; result: WorkflowInfo };
  'workflows.runs.create': { params: WorkflowsRunsCreateParams; result: WorkflowRunResult };
  'workflows.runs.histories.execute_nodes.retrieve': {
    params: WorkflowsRunsHistoriesExecuteNodesRetrieveParams;
    result: WorkflowNodeExecuteHistory;
  };
  'workflows.runs.histories.retrieve': {
    params: WorkflowsRunsHistoriesRetrieveParams;
    result: Array<WorkflowRunHistory>;
  };
  'workflows.runs.resume': { params: WorkflowsRunsResumeParams; stream: WorkflowStreamEvent };
  'workflows.runs.stream': { params: WorkflowsRunsStreamParams; stream: WorkflowStreamEvent };
  'workspaces.list': { params: WorkspacesListParams; result: ListWorkspacesResult };
  'workspaces.list.pages': { params: WorkspacesListParams; result: ListWorkspacesResult };
}
