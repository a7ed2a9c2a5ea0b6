// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).

package cozecore

// modelNames are the models by model id (the core's model_names).
var modelNames = [...]string{
	"BackgroundImageInfo",
	"Bot",
	"BotBackgroundImageInfo",
	"BotKnowledge",
	"BotKnowledgeInfo",
	"BotModelInfo",
	"BotOnboardingInfo",
	"BotPluginApiInfo",
	"BotPluginIdInfo",
	"BotPluginIdList",
	"BotPluginInfo",
	"BotPromptInfo",
	"BotShortcutCommandComponent",
	"BotShortcutCommandInfo",
	"BotShortcutCommandTool",
	"BotSuggestReplyInfo",
	"BotVariable",
	"BotVoiceInfo",
	"BotWorkflowIdInfo",
	"BotWorkflowIdList",
	"BotWorkflowInfo",
	"CanvasPosition",
	"Chat",
	"ChatError",
	"ChatRequiredAction",
	"ChatSubmitToolOutputs",
	"ChatToolCall",
	"ChatToolCallFunction",
	"ClientHealth",
	"CloneVoiceResult",
	"Conversation",
	"CreateBotResult",
	"CreateDatasetResult",
	"Dataset",
	"DeviceCode",
	"Document",
	"DocumentBase",
	"DocumentChunkStrategy",
	"DocumentProgress",
	"DocumentSourceInfo",
	"DocumentUpdateRule",
	"DoneEventData",
	"DuplicateTemplateResult",
	"EnterMessage",
	"ErrorEventData",
	"File",
	"GradientPosition",
	"InsertedMessage",
	"ListBotsResult",
	"ListConversationsResult",
	"ListDatasetsResult",
	"ListDocumentsResult",
	"ListMessagesResult",
	"ListPhotosResult",
	"ListVoicesResult",
	"ListWorkflowsResult",
	"ListWorkspacesResult",
	"Message",
	"OAuthToken",
	"Photo",
	"ProcessDatasetResult",
	"PublishBotResult",
	"ResponseDetail",
	"RetrieveVariablesResult",
	"Room",
	"RoomAudioConfig",
	"RoomConfig",
	"RoomTranslateConfig",
	"RoomVideoConfig",
	"Section",
	"ShortcutCommand",
	"SimpleBot",
	"ToolOutput",
	"Transcription",
	"Usage",
	"User",
	"VariableValue",
	"Voice",
	"VoiceEmotion",
	"VoiceEmotionScale",
	"WorkflowBasic",
	"WorkflowErrorEvent",
	"WorkflowInfo",
	"WorkflowInput",
	"WorkflowInterruptData",
	"WorkflowInterruptEvent",
	"WorkflowMessageEvent",
	"WorkflowNodeExecuteHistory",
	"WorkflowNodeExecuteStatus",
	"WorkflowOutput",
	"WorkflowParameter",
	"WorkflowRunHistory",
	"WorkflowRunResult",
	"WorkflowUser",
	"Workspace",
}

// modelFieldNames are the known fields of each model by model id (the order of their cells in a
// record).
var modelFieldNames = [...][]string{
	{"image_url", "theme_color", "gradient_position", "canvas_position"},
	{"bot_id", "name", "description", "icon_url", "create_time", "update_time", "version", "prompt_info", "onboarding_info", "knowledge", "bot_mode", "plugin_info_list", "model_info", "suggest_reply_info", "background_image_info", "variables", "owner_user_id", "voice_info_list", "default_user_input_type", "workflow_info_list", "shortcut_commands", "folder_id"},
	{"web_background_image", "mobile_background_image"},
	{"knowledge_infos", "dataset_ids", "auto_call", "search_strategy"},
	{"id", "name"},
	{"model_id", "model_name", "temperature", "top_k", "top_p", "max_tokens", "context_round", "response_format", "presence_penalty", "frequency_penalty", "cache_type", "sp_anti_leak", "sp_current_time", "parameters"},
	{"prologue", "suggested_questions"},
	{"api_id", "name", "description"},
	{"plugin_id", "api_id"},
	{"id_list"},
	{"plugin_id", "name", "description", "icon_url", "api_info_list"},
	{"prompt"},
	{"name", "description", "type", "tool_parameter", "default_value", "is_hide", "options"},
	{"id", "name", "command", "description", "query_template", "icon_url", "agent_id", "tool", "components"},
	{"name", "type"},
	{"reply_mode", "customized_prompt"},
	{"keyword", "default_value", "variable_type", "channel", "description", "enable", "prompt_enable"},
	{"voice_id", "language_code"},
	{"id"},
	{"ids"},
	{"id", "name", "description", "icon_url"},
	{"width", "height", "left", "top"},
	{"id", "conversation_id", "bot_id", "created_at", "completed_at", "failed_at", "meta_data", "last_error", "status", "required_action", "usage", "section_id", "inserted_additional_messages"},
	{"code", "msg"},
	{"type", "submit_tool_outputs"},
	{"tool_calls"},
	{"id", "type", "function"},
	{"name", "arguments"},
	{"state", "breaker", "error_rate", "rated", "attempts", "failures", "current_attempts", "current_failures", "total_attempts", "total_failures", "open_ms_left", "opened", "rejected", "retries_spent", "retry_budget_left"},
	{"voice_id"},
	{"id", "name", "created_at", "updated_at", "meta_data", "last_section_id", "creator_id", "connector_id"},
	{"bot_id"},
	{"dataset_id"},
	{"dataset_id", "name", "description", "space_id", "status", "format_type", "can_edit", "icon_uri", "icon_url", "doc_count", "file_list", "hit_count", "bot_used_count", "slice_count", "all_file_size", "chunk_strategy", "failed_file_list", "processing_file_list", "processing_file_id_list", "avatar_url", "creator_id", "creator_name", "create_time", "update_time"},
	{"device_code", "user_code", "verification_uri", "verification_url", "interval", "expires_in"},
	{"document_id", "name", "char_count", "chunk_strategy", "create_time", "update_time", "format_type", "hit_count", "size", "slice_count", "source_type", "status", "type", "update_interval", "update_type", "tos_uri"},
	{"name", "source_info", "update_rule", "caption"},
	{"chunk_type", "separator", "max_tokens", "remove_extra_spaces", "remove_urls_emails", "caption_type"},
	{"document_id", "url", "size", "type", "status", "progress", "update_type", "document_name", "remaining_time", "status_descript", "update_interval"},
	{"file_base64", "file_type", "web_url", "document_source", "source_file_id"},
	{"update_type", "update_interval"},
	{"debug_url"},
	{"entity_id", "entity_type"},
	{"role", "type", "content", "content_type", "meta_data"},
	{"code", "msg"},
	{"id", "bytes", "created_at", "file_name"},
	{"left", "right"},
	{"id"},
	{"items", "total"},
	{"conversations", "has_more"},
	{"dataset_list", "total_count"},
	{"document_infos", "total"},
	{"data", "first_id", "last_id", "has_more"},
	{"photo_infos", "total_count"},
	{"voice_list", "has_more"},
	{"items", "has_more"},
	{"workspaces", "total_count"},
	{"id", "conversation_id", "bot_id", "chat_id", "section_id", "role", "type", "content", "content_type", "reasoning_content", "meta_data", "created_at", "updated_at"},
	{"access_token", "token_type", "expires_in", "refresh_token"},
	{"document_id", "url", "name", "size", "type", "status", "caption", "creator_id", "source_type", "create_time", "update_time"},
	{"data"},
	{"bot_id", "version"},
	{"logid"},
	{"items"},
	{"room_id", "app_id", "token", "uid"},
	{"codec"},
	{"audio_config", "video_config", "prologue_content", "prologue_delay_duration_ms", "room_mode", "translate_config"},
	{"from", "to"},
	{"codec", "stream_video_type", "video_frame_rate", "video_frame_expire_duration"},
	{"id", "conversation_id"},
	{"command_id", "parameters"},
	{"id", "name", "description", "icon_url", "is_published", "updated_at", "published_at", "owner_user_id", "folder_id"},
	{"tool_call_id", "output"},
	{"text"},
	{"token_count", "output_count", "input_count"},
	{"user_id", "user_name", "nick_name", "avatar_url"},
	{"keyword", "value", "create_time", "update_time"},
	{"voice_id", "name", "is_system_voice", "language_code", "language_name", "preview_text", "preview_audio", "available_training_times", "create_time", "update_time", "model_type", "state", "support_emotions"},
	{"emotion", "display_name", "emotion_scale_interval"},
	{"min", "max", "default"},
	{"workflow_id", "workflow_name", "description", "icon_url", "app_id", "created_at", "updated_at", "creator"},
	{"error_code", "error_message"},
	{"workflow_detail", "input", "output"},
	{"parameters"},
	{"event_id", "type", "data", "required_parameters"},
	{"interrupt_data", "node_title"},
	{"content", "content_type", "node_title", "node_seq_id", "node_is_finish", "ext", "usage", "cost", "token", "node_id", "node_execute_uuid"},
	{"is_finish", "node_output"},
	{"node_id", "is_finish", "loop_index", "batch_index", "update_time", "sub_execute_id", "node_execute_uuid"},
	{"content", "parameters", "terminate_plan"},
	{"type", "required", "description", "default_value", "items", "properties"},
	{"execute_id", "execute_status", "bot_id", "connector_id", "connector_uid", "run_mode", "logid", "create_time", "update_time", "output", "error_code", "error_message", "debug_url", "usage", "is_output_trimmed", "node_execute_status", "interrupt_data"},
	{"data", "execute_id", "debug_url", "usage", "interrupt_data", "cost", "token"},
	{"id", "name"},
	{"id", "name", "icon_url", "description", "role_type", "workspace_type", "enterprise_id", "owner_uid", "admin_uids", "joined_status"},
}

// modelSecrets are the secret fields of the models that have some, by model id (x-coze-secret):
// String shows *** for their values.
var modelSecrets = map[int32][]string{
	// DeviceCode
	34: {"device_code"},
	// OAuthToken
	58: {"access_token", "refresh_token"},
}

// BackgroundImageInfo is a view of the BackgroundImageInfo model: one chat background image.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type BackgroundImageInfo struct{ view }

func newBackgroundImageInfo(r *record, c int32) BackgroundImageInfo {
	return BackgroundImageInfo{r.object(c)}
}

// ParseBackgroundImageInfo reads JSON text as a BackgroundImageInfo, with the canonical rules of
// every cozecore language; text that is not JSON is an error of kind KindDecode.
func ParseBackgroundImageInfo(text string) (BackgroundImageInfo, error) {
	r, err := decodeModel("BackgroundImageInfo", text)
	if err != nil {
		return BackgroundImageInfo{}, err
	}
	return newBackgroundImageInfo(r, rootCell), nil
}

// ImageURL is the "image_url" field.
func (v BackgroundImageInfo) ImageURL() string {
	return v.r.text(v.field(0))
}

// ThemeColor is the "theme_color" field.
func (v BackgroundImageInfo) ThemeColor() string {
	return v.r.text(v.field(1))
}

// GradientPosition is the "gradient_position" field.
func (v BackgroundImageInfo) GradientPosition() GradientPosition {
	return newGradientPosition(v.r, v.field(2))
}

// CanvasPosition is the "canvas_position" field.
func (v BackgroundImageInfo) CanvasPosition() CanvasPosition {
	return newCanvasPosition(v.r, v.field(3))
}

// Bot is a view of the Bot model: a bot's configuration.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type Bot struct{ view }

func newBot(r *record, c int32) Bot {
	return Bot{r.object(c)}
}

// ParseBot reads JSON text as a Bot, with the canonical rules of every cozecore language; text that
// is not JSON is an error of kind KindDecode.
func ParseBot(text string) (Bot, error) {
	r, err := decodeModel("Bot", text)
	if err != nil {
		return Bot{}, err
	}
	return newBot(r, rootCell), nil
}

// BotID is the "bot_id" field.
func (v Bot) BotID() string {
	return v.r.text(v.field(0))
}

// Name is the "name" field.
func (v Bot) Name() string {
	return v.r.text(v.field(1))
}

// Description is the "description" field.
func (v Bot) Description() string {
	return v.r.text(v.field(2))
}

// IconURL is the "icon_url" field.
func (v Bot) IconURL() string {
	return v.r.text(v.field(3))
}

// CreateTime is the "create_time" field: unix time in seconds.
func (v Bot) CreateTime() int64 {
	return v.r.integer(v.field(4))
}

// UpdateTime is the "update_time" field: unix time in seconds.
func (v Bot) UpdateTime() int64 {
	return v.r.integer(v.field(5))
}

// Version is the "version" field.
func (v Bot) Version() string {
	return v.r.text(v.field(6))
}

// PromptInfo is the "prompt_info" field.
func (v Bot) PromptInfo() BotPromptInfo {
	return newBotPromptInfo(v.r, v.field(7))
}

// OnboardingInfo is the "onboarding_info" field.
func (v Bot) OnboardingInfo() BotOnboardingInfo {
	return newBotOnboardingInfo(v.r, v.field(8))
}

// Knowledge is the "knowledge" field.
func (v Bot) Knowledge() BotKnowledge {
	return newBotKnowledge(v.r, v.field(9))
}

// BotMode is the "bot_mode" field: 0 single agent, 1 multi agent, 2 single agent workflow.
func (v Bot) BotMode() int64 {
	return v.r.integer(v.field(10))
}

// PluginInfoList is the "plugin_info_list" field.
func (v Bot) PluginInfoList() []BotPluginInfo {
	return arrayOf(v.r, v.field(11), newBotPluginInfo)
}

// ModelInfo is the "model_info" field.
func (v Bot) ModelInfo() BotModelInfo {
	return newBotModelInfo(v.r, v.field(12))
}

// SuggestReplyInfo is the "suggest_reply_info" field.
func (v Bot) SuggestReplyInfo() BotSuggestReplyInfo {
	return newBotSuggestReplyInfo(v.r, v.field(13))
}

// BackgroundImageInfo is the "background_image_info" field.
func (v Bot) BackgroundImageInfo() BotBackgroundImageInfo {
	return newBotBackgroundImageInfo(v.r, v.field(14))
}

// Variables is the "variables" field.
func (v Bot) Variables() []BotVariable {
	return arrayOf(v.r, v.field(15), newBotVariable)
}

// OwnerUserID is the "owner_user_id" field.
func (v Bot) OwnerUserID() string {
	return v.r.text(v.field(16))
}

// VoiceInfoList is the "voice_info_list" field.
func (v Bot) VoiceInfoList() []BotVoiceInfo {
	return arrayOf(v.r, v.field(17), newBotVoiceInfo)
}

// DefaultUserInputType is the "default_user_input_type" field. Known values: "text", "call",
// "voice" (others are kept).
func (v Bot) DefaultUserInputType() string {
	return v.r.text(v.field(18))
}

// WorkflowInfoList is the "workflow_info_list" field.
func (v Bot) WorkflowInfoList() []BotWorkflowInfo {
	return arrayOf(v.r, v.field(19), newBotWorkflowInfo)
}

// ShortcutCommands is the "shortcut_commands" field.
func (v Bot) ShortcutCommands() []BotShortcutCommandInfo {
	return arrayOf(v.r, v.field(20), newBotShortcutCommandInfo)
}

// FolderID is the "folder_id" field.
func (v Bot) FolderID() string {
	return v.r.text(v.field(21))
}

// BotBackgroundImageInfo is a view of the BotBackgroundImageInfo model: a bot's chat background
// images.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type BotBackgroundImageInfo struct{ view }

func newBotBackgroundImageInfo(r *record, c int32) BotBackgroundImageInfo {
	return BotBackgroundImageInfo{r.object(c)}
}

// ParseBotBackgroundImageInfo reads JSON text as a BotBackgroundImageInfo, with the canonical rules
// of every cozecore language; text that is not JSON is an error of kind KindDecode.
func ParseBotBackgroundImageInfo(text string) (BotBackgroundImageInfo, error) {
	r, err := decodeModel("BotBackgroundImageInfo", text)
	if err != nil {
		return BotBackgroundImageInfo{}, err
	}
	return newBotBackgroundImageInfo(r, rootCell), nil
}

// WebBackgroundImage is the "web_background_image" field.
func (v BotBackgroundImageInfo) WebBackgroundImage() BackgroundImageInfo {
	return newBackgroundImageInfo(v.r, v.field(0))
}

// MobileBackgroundImage is the "mobile_background_image" field.
func (v BotBackgroundImageInfo) MobileBackgroundImage() BackgroundImageInfo {
	return newBackgroundImageInfo(v.r, v.field(1))
}

// BotKnowledge is a view of the BotKnowledge model: knowledge bases of a bot (knowledge_infos in
// answers; the others in updates).
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type BotKnowledge struct{ view }

func newBotKnowledge(r *record, c int32) BotKnowledge {
	return BotKnowledge{r.object(c)}
}

// ParseBotKnowledge reads JSON text as a BotKnowledge, with the canonical rules of every cozecore
// language; text that is not JSON is an error of kind KindDecode.
func ParseBotKnowledge(text string) (BotKnowledge, error) {
	r, err := decodeModel("BotKnowledge", text)
	if err != nil {
		return BotKnowledge{}, err
	}
	return newBotKnowledge(r, rootCell), nil
}

// KnowledgeInfos is the "knowledge_infos" field.
func (v BotKnowledge) KnowledgeInfos() []BotKnowledgeInfo {
	return arrayOf(v.r, v.field(0), newBotKnowledgeInfo)
}

// DatasetIDs is the "dataset_ids" field.
func (v BotKnowledge) DatasetIDs() []string {
	return arrayOf(v.r, v.field(1), (*record).text)
}

// AutoCall is the "auto_call" field: search on every turn.
func (v BotKnowledge) AutoCall() bool {
	return v.r.boolean(v.field(2))
}

// SearchStrategy is the "search_strategy" field: 0 semantic, 1 hybrid, 20 full text.
func (v BotKnowledge) SearchStrategy() int64 {
	return v.r.integer(v.field(3))
}

// BotKnowledgeInfo is a view of the BotKnowledgeInfo model: a knowledge base bound to a bot.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type BotKnowledgeInfo struct{ view }

func newBotKnowledgeInfo(r *record, c int32) BotKnowledgeInfo {
	return BotKnowledgeInfo{r.object(c)}
}

// ParseBotKnowledgeInfo reads JSON text as a BotKnowledgeInfo, with the canonical rules of every
// cozecore language; text that is not JSON is an error of kind KindDecode.
func ParseBotKnowledgeInfo(text string) (BotKnowledgeInfo, error) {
	r, err := decodeModel("BotKnowledgeInfo", text)
	if err != nil {
		return BotKnowledgeInfo{}, err
	}
	return newBotKnowledgeInfo(r, rootCell), nil
}

// ID is the "id" field.
func (v BotKnowledgeInfo) ID() string {
	return v.r.text(v.field(0))
}

// Name is the "name" field.
func (v BotKnowledgeInfo) Name() string {
	return v.r.text(v.field(1))
}

// BotModelInfo is a view of the BotModelInfo model: a bot's model and its settings.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type BotModelInfo struct{ view }

func newBotModelInfo(r *record, c int32) BotModelInfo {
	return BotModelInfo{r.object(c)}
}

// ParseBotModelInfo reads JSON text as a BotModelInfo, with the canonical rules of every cozecore
// language; text that is not JSON is an error of kind KindDecode.
func ParseBotModelInfo(text string) (BotModelInfo, error) {
	r, err := decodeModel("BotModelInfo", text)
	if err != nil {
		return BotModelInfo{}, err
	}
	return newBotModelInfo(r, rootCell), nil
}

// ModelID is the "model_id" field.
func (v BotModelInfo) ModelID() string {
	return v.r.text(v.field(0))
}

// ModelName is the "model_name" field.
func (v BotModelInfo) ModelName() string {
	return v.r.text(v.field(1))
}

// Temperature is the "temperature" field.
func (v BotModelInfo) Temperature() float64 {
	return v.r.number(v.field(2))
}

// TopK is the "top_k" field.
func (v BotModelInfo) TopK() int64 {
	return v.r.integer(v.field(3))
}

// TopP is the "top_p" field.
func (v BotModelInfo) TopP() float64 {
	return v.r.number(v.field(4))
}

// MaxTokens is the "max_tokens" field.
func (v BotModelInfo) MaxTokens() int64 {
	return v.r.integer(v.field(5))
}

// ContextRound is the "context_round" field: rounds of context kept.
func (v BotModelInfo) ContextRound() int64 {
	return v.r.integer(v.field(6))
}

// ResponseFormat is the "response_format" field. Known values: "text", "markdown", "json" (others
// are kept).
func (v BotModelInfo) ResponseFormat() string {
	return v.r.text(v.field(7))
}

// PresencePenalty is the "presence_penalty" field.
func (v BotModelInfo) PresencePenalty() float64 {
	return v.r.number(v.field(8))
}

// FrequencyPenalty is the "frequency_penalty" field.
func (v BotModelInfo) FrequencyPenalty() float64 {
	return v.r.number(v.field(9))
}

// CacheType is the "cache_type" field. Known values: "closed", "prefix" (others are kept).
func (v BotModelInfo) CacheType() string {
	return v.r.text(v.field(10))
}

// SpAntiLeak is the "sp_anti_leak" field: protect the system prompt.
func (v BotModelInfo) SpAntiLeak() bool {
	return v.r.boolean(v.field(11))
}

// SpCurrentTime is the "sp_current_time" field: add the current time to the system prompt.
func (v BotModelInfo) SpCurrentTime() bool {
	return v.r.boolean(v.field(12))
}

// Parameters is the "parameters" field: model-specific settings.
func (v BotModelInfo) Parameters() map[string]string {
	return mapOf(v.r, v.field(13), (*record).text)
}

// BotOnboardingInfo is a view of the BotOnboardingInfo model: a bot's opening message.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type BotOnboardingInfo struct{ view }

func newBotOnboardingInfo(r *record, c int32) BotOnboardingInfo {
	return BotOnboardingInfo{r.object(c)}
}

// ParseBotOnboardingInfo reads JSON text as a BotOnboardingInfo, with the canonical rules of every
// cozecore language; text that is not JSON is an error of kind KindDecode.
func ParseBotOnboardingInfo(text string) (BotOnboardingInfo, error) {
	r, err := decodeModel("BotOnboardingInfo", text)
	if err != nil {
		return BotOnboardingInfo{}, err
	}
	return newBotOnboardingInfo(r, rootCell), nil
}

// Prologue is the "prologue" field.
func (v BotOnboardingInfo) Prologue() string {
	return v.r.text(v.field(0))
}

// SuggestedQuestions is the "suggested_questions" field.
func (v BotOnboardingInfo) SuggestedQuestions() []string {
	return arrayOf(v.r, v.field(1), (*record).text)
}

// BotPluginApiInfo is a view of the BotPluginApiInfo model: a tool of a plugin.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type BotPluginApiInfo struct{ view }

func newBotPluginApiInfo(r *record, c int32) BotPluginApiInfo {
	return BotPluginApiInfo{r.object(c)}
}

// ParseBotPluginApiInfo reads JSON text as a BotPluginApiInfo, with the canonical rules of every
// cozecore language; text that is not JSON is an error of kind KindDecode.
func ParseBotPluginApiInfo(text string) (BotPluginApiInfo, error) {
	r, err := decodeModel("BotPluginApiInfo", text)
	if err != nil {
		return BotPluginApiInfo{}, err
	}
	return newBotPluginApiInfo(r, rootCell), nil
}

// APIID is the "api_id" field.
func (v BotPluginApiInfo) APIID() string {
	return v.r.text(v.field(0))
}

// Name is the "name" field.
func (v BotPluginApiInfo) Name() string {
	return v.r.text(v.field(1))
}

// Description is the "description" field.
func (v BotPluginApiInfo) Description() string {
	return v.r.text(v.field(2))
}

// BotPluginIdInfo is a view of the BotPluginIdInfo model: a plugin tool by id.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type BotPluginIdInfo struct{ view }

func newBotPluginIdInfo(r *record, c int32) BotPluginIdInfo {
	return BotPluginIdInfo{r.object(c)}
}

// ParseBotPluginIdInfo reads JSON text as a BotPluginIdInfo, with the canonical rules of every
// cozecore language; text that is not JSON is an error of kind KindDecode.
func ParseBotPluginIdInfo(text string) (BotPluginIdInfo, error) {
	r, err := decodeModel("BotPluginIdInfo", text)
	if err != nil {
		return BotPluginIdInfo{}, err
	}
	return newBotPluginIdInfo(r, rootCell), nil
}

// PluginID is the "plugin_id" field.
func (v BotPluginIdInfo) PluginID() string {
	return v.r.text(v.field(0))
}

// APIID is the "api_id" field.
func (v BotPluginIdInfo) APIID() string {
	return v.r.text(v.field(1))
}

// BotPluginIdList is a view of the BotPluginIdList model: plugin tools to bind to a bot.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type BotPluginIdList struct{ view }

func newBotPluginIdList(r *record, c int32) BotPluginIdList {
	return BotPluginIdList{r.object(c)}
}

// ParseBotPluginIdList reads JSON text as a BotPluginIdList, with the canonical rules of every
// cozecore language; text that is not JSON is an error of kind KindDecode.
func ParseBotPluginIdList(text string) (BotPluginIdList, error) {
	r, err := decodeModel("BotPluginIdList", text)
	if err != nil {
		return BotPluginIdList{}, err
	}
	return newBotPluginIdList(r, rootCell), nil
}

// IDList is the "id_list" field.
func (v BotPluginIdList) IDList() []BotPluginIdInfo {
	return arrayOf(v.r, v.field(0), newBotPluginIdInfo)
}

// BotPluginInfo is a view of the BotPluginInfo model: a plugin bound to a bot.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type BotPluginInfo struct{ view }

func newBotPluginInfo(r *record, c int32) BotPluginInfo {
	return BotPluginInfo{r.object(c)}
}

// ParseBotPluginInfo reads JSON text as a BotPluginInfo, with the canonical rules of every cozecore
// language; text that is not JSON is an error of kind KindDecode.
func ParseBotPluginInfo(text string) (BotPluginInfo, error) {
	r, err := decodeModel("BotPluginInfo", text)
	if err != nil {
		return BotPluginInfo{}, err
	}
	return newBotPluginInfo(r, rootCell), nil
}

// PluginID is the "plugin_id" field.
func (v BotPluginInfo) PluginID() string {
	return v.r.text(v.field(0))
}

// Name is the "name" field.
func (v BotPluginInfo) Name() string {
	return v.r.text(v.field(1))
}

// Description is the "description" field.
func (v BotPluginInfo) Description() string {
	return v.r.text(v.field(2))
}

// IconURL is the "icon_url" field.
func (v BotPluginInfo) IconURL() string {
	return v.r.text(v.field(3))
}

// APIInfoList is the "api_info_list" field.
func (v BotPluginInfo) APIInfoList() []BotPluginApiInfo {
	return arrayOf(v.r, v.field(4), newBotPluginApiInfo)
}

// BotPromptInfo is a view of the BotPromptInfo model: a bot's persona and prompt.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type BotPromptInfo struct{ view }

func newBotPromptInfo(r *record, c int32) BotPromptInfo {
	return BotPromptInfo{r.object(c)}
}

// ParseBotPromptInfo reads JSON text as a BotPromptInfo, with the canonical rules of every cozecore
// language; text that is not JSON is an error of kind KindDecode.
func ParseBotPromptInfo(text string) (BotPromptInfo, error) {
	r, err := decodeModel("BotPromptInfo", text)
	if err != nil {
		return BotPromptInfo{}, err
	}
	return newBotPromptInfo(r, rootCell), nil
}

// Prompt is the "prompt" field.
func (v BotPromptInfo) Prompt() string {
	return v.r.text(v.field(0))
}

// BotShortcutCommandComponent is a view of the BotShortcutCommandComponent model: one input of a
// shortcut command.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type BotShortcutCommandComponent struct{ view }

func newBotShortcutCommandComponent(r *record, c int32) BotShortcutCommandComponent {
	return BotShortcutCommandComponent{r.object(c)}
}

// ParseBotShortcutCommandComponent reads JSON text as a BotShortcutCommandComponent, with the
// canonical rules of every cozecore language; text that is not JSON is an error of kind KindDecode.
func ParseBotShortcutCommandComponent(text string) (BotShortcutCommandComponent, error) {
	r, err := decodeModel("BotShortcutCommandComponent", text)
	if err != nil {
		return BotShortcutCommandComponent{}, err
	}
	return newBotShortcutCommandComponent(r, rootCell), nil
}

// Name is the "name" field.
func (v BotShortcutCommandComponent) Name() string {
	return v.r.text(v.field(0))
}

// Description is the "description" field.
func (v BotShortcutCommandComponent) Description() string {
	return v.r.text(v.field(1))
}

// Type is the "type" field. Known values: "text", "select", "file" (others are kept).
func (v BotShortcutCommandComponent) Type() string {
	return v.r.text(v.field(2))
}

// ToolParameter is the "tool_parameter" field.
func (v BotShortcutCommandComponent) ToolParameter() string {
	return v.r.text(v.field(3))
}

// DefaultValue is the "default_value" field.
func (v BotShortcutCommandComponent) DefaultValue() string {
	return v.r.text(v.field(4))
}

// IsHide is the "is_hide" field.
func (v BotShortcutCommandComponent) IsHide() bool {
	return v.r.boolean(v.field(5))
}

// Options is the "options" field.
func (v BotShortcutCommandComponent) Options() []string {
	return arrayOf(v.r, v.field(6), (*record).text)
}

// BotShortcutCommandInfo is a view of the BotShortcutCommandInfo model: a shortcut command of a
// bot.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type BotShortcutCommandInfo struct{ view }

func newBotShortcutCommandInfo(r *record, c int32) BotShortcutCommandInfo {
	return BotShortcutCommandInfo{r.object(c)}
}

// ParseBotShortcutCommandInfo reads JSON text as a BotShortcutCommandInfo, with the canonical rules
// of every cozecore language; text that is not JSON is an error of kind KindDecode.
func ParseBotShortcutCommandInfo(text string) (BotShortcutCommandInfo, error) {
	r, err := decodeModel("BotShortcutCommandInfo", text)
	if err != nil {
		return BotShortcutCommandInfo{}, err
	}
	return newBotShortcutCommandInfo(r, rootCell), nil
}

// ID is the "id" field.
func (v BotShortcutCommandInfo) ID() string {
	return v.r.text(v.field(0))
}

// Name is the "name" field.
func (v BotShortcutCommandInfo) Name() string {
	return v.r.text(v.field(1))
}

// Command is the "command" field.
func (v BotShortcutCommandInfo) Command() string {
	return v.r.text(v.field(2))
}

// Description is the "description" field.
func (v BotShortcutCommandInfo) Description() string {
	return v.r.text(v.field(3))
}

// QueryTemplate is the "query_template" field.
func (v BotShortcutCommandInfo) QueryTemplate() string {
	return v.r.text(v.field(4))
}

// IconURL is the "icon_url" field.
func (v BotShortcutCommandInfo) IconURL() string {
	return v.r.text(v.field(5))
}

// AgentID is the "agent_id" field.
func (v BotShortcutCommandInfo) AgentID() string {
	return v.r.text(v.field(6))
}

// Tool is the "tool" field.
func (v BotShortcutCommandInfo) Tool() BotShortcutCommandTool {
	return newBotShortcutCommandTool(v.r, v.field(7))
}

// Components is the "components" field.
func (v BotShortcutCommandInfo) Components() []BotShortcutCommandComponent {
	return arrayOf(v.r, v.field(8), newBotShortcutCommandComponent)
}

// BotShortcutCommandTool is a view of the BotShortcutCommandTool model: the plugin or workflow a
// shortcut command runs.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type BotShortcutCommandTool struct{ view }

func newBotShortcutCommandTool(r *record, c int32) BotShortcutCommandTool {
	return BotShortcutCommandTool{r.object(c)}
}

// ParseBotShortcutCommandTool reads JSON text as a BotShortcutCommandTool, with the canonical rules
// of every cozecore language; text that is not JSON is an error of kind KindDecode.
func ParseBotShortcutCommandTool(text string) (BotShortcutCommandTool, error) {
	r, err := decodeModel("BotShortcutCommandTool", text)
	if err != nil {
		return BotShortcutCommandTool{}, err
	}
	return newBotShortcutCommandTool(r, rootCell), nil
}

// Name is the "name" field.
func (v BotShortcutCommandTool) Name() string {
	return v.r.text(v.field(0))
}

// Type is the "type" field. Known values: "plugin", "workflow" (others are kept).
func (v BotShortcutCommandTool) Type() string {
	return v.r.text(v.field(1))
}

// BotSuggestReplyInfo is a view of the BotSuggestReplyInfo model: whether and how a bot suggests
// the user's next questions.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type BotSuggestReplyInfo struct{ view }

func newBotSuggestReplyInfo(r *record, c int32) BotSuggestReplyInfo {
	return BotSuggestReplyInfo{r.object(c)}
}

// ParseBotSuggestReplyInfo reads JSON text as a BotSuggestReplyInfo, with the canonical rules of
// every cozecore language; text that is not JSON is an error of kind KindDecode.
func ParseBotSuggestReplyInfo(text string) (BotSuggestReplyInfo, error) {
	r, err := decodeModel("BotSuggestReplyInfo", text)
	if err != nil {
		return BotSuggestReplyInfo{}, err
	}
	return newBotSuggestReplyInfo(r, rootCell), nil
}

// ReplyMode is the "reply_mode" field. Known values: "disable", "enable", "customized" (others are
// kept).
func (v BotSuggestReplyInfo) ReplyMode() string {
	return v.r.text(v.field(0))
}

// CustomizedPrompt is the "customized_prompt" field.
func (v BotSuggestReplyInfo) CustomizedPrompt() string {
	return v.r.text(v.field(1))
}

// BotVariable is a view of the BotVariable model: a variable of a bot.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type BotVariable struct{ view }

func newBotVariable(r *record, c int32) BotVariable {
	return BotVariable{r.object(c)}
}

// ParseBotVariable reads JSON text as a BotVariable, with the canonical rules of every cozecore
// language; text that is not JSON is an error of kind KindDecode.
func ParseBotVariable(text string) (BotVariable, error) {
	r, err := decodeModel("BotVariable", text)
	if err != nil {
		return BotVariable{}, err
	}
	return newBotVariable(r, rootCell), nil
}

// Keyword is the "keyword" field.
func (v BotVariable) Keyword() string {
	return v.r.text(v.field(0))
}

// DefaultValue is the "default_value" field.
func (v BotVariable) DefaultValue() string {
	return v.r.text(v.field(1))
}

// VariableType is the "variable_type" field. Known values: "KVVariable", "ListVariable" (others are
// kept).
func (v BotVariable) VariableType() string {
	return v.r.text(v.field(2))
}

// Channel is the "channel" field. Known values: "custom", "system", "location", "feishu", "app"
// (others are kept).
func (v BotVariable) Channel() string {
	return v.r.text(v.field(3))
}

// Description is the "description" field.
func (v BotVariable) Description() string {
	return v.r.text(v.field(4))
}

// Enable is the "enable" field.
func (v BotVariable) Enable() bool {
	return v.r.boolean(v.field(5))
}

// PromptEnable is the "prompt_enable" field.
func (v BotVariable) PromptEnable() bool {
	return v.r.boolean(v.field(6))
}

// BotVoiceInfo is a view of the BotVoiceInfo model: a voice of a bot.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type BotVoiceInfo struct{ view }

func newBotVoiceInfo(r *record, c int32) BotVoiceInfo {
	return BotVoiceInfo{r.object(c)}
}

// ParseBotVoiceInfo reads JSON text as a BotVoiceInfo, with the canonical rules of every cozecore
// language; text that is not JSON is an error of kind KindDecode.
func ParseBotVoiceInfo(text string) (BotVoiceInfo, error) {
	r, err := decodeModel("BotVoiceInfo", text)
	if err != nil {
		return BotVoiceInfo{}, err
	}
	return newBotVoiceInfo(r, rootCell), nil
}

// VoiceID is the "voice_id" field.
func (v BotVoiceInfo) VoiceID() string {
	return v.r.text(v.field(0))
}

// LanguageCode is the "language_code" field.
func (v BotVoiceInfo) LanguageCode() string {
	return v.r.text(v.field(1))
}

// BotWorkflowIdInfo is a view of the BotWorkflowIdInfo model: a workflow by id.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type BotWorkflowIdInfo struct{ view }

func newBotWorkflowIdInfo(r *record, c int32) BotWorkflowIdInfo {
	return BotWorkflowIdInfo{r.object(c)}
}

// ParseBotWorkflowIdInfo reads JSON text as a BotWorkflowIdInfo, with the canonical rules of every
// cozecore language; text that is not JSON is an error of kind KindDecode.
func ParseBotWorkflowIdInfo(text string) (BotWorkflowIdInfo, error) {
	r, err := decodeModel("BotWorkflowIdInfo", text)
	if err != nil {
		return BotWorkflowIdInfo{}, err
	}
	return newBotWorkflowIdInfo(r, rootCell), nil
}

// ID is the "id" field.
func (v BotWorkflowIdInfo) ID() string {
	return v.r.text(v.field(0))
}

// BotWorkflowIdList is a view of the BotWorkflowIdList model: workflows to bind to a bot.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type BotWorkflowIdList struct{ view }

func newBotWorkflowIdList(r *record, c int32) BotWorkflowIdList {
	return BotWorkflowIdList{r.object(c)}
}

// ParseBotWorkflowIdList reads JSON text as a BotWorkflowIdList, with the canonical rules of every
// cozecore language; text that is not JSON is an error of kind KindDecode.
func ParseBotWorkflowIdList(text string) (BotWorkflowIdList, error) {
	r, err := decodeModel("BotWorkflowIdList", text)
	if err != nil {
		return BotWorkflowIdList{}, err
	}
	return newBotWorkflowIdList(r, rootCell), nil
}

// IDs is the "ids" field.
func (v BotWorkflowIdList) IDs() []BotWorkflowIdInfo {
	return arrayOf(v.r, v.field(0), newBotWorkflowIdInfo)
}

// BotWorkflowInfo is a view of the BotWorkflowInfo model: a workflow bound to a bot.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type BotWorkflowInfo struct{ view }

func newBotWorkflowInfo(r *record, c int32) BotWorkflowInfo {
	return BotWorkflowInfo{r.object(c)}
}

// ParseBotWorkflowInfo reads JSON text as a BotWorkflowInfo, with the canonical rules of every
// cozecore language; text that is not JSON is an error of kind KindDecode.
func ParseBotWorkflowInfo(text string) (BotWorkflowInfo, error) {
	r, err := decodeModel("BotWorkflowInfo", text)
	if err != nil {
		return BotWorkflowInfo{}, err
	}
	return newBotWorkflowInfo(r, rootCell), nil
}

// ID is the "id" field.
func (v BotWorkflowInfo) ID() string {
	return v.r.text(v.field(0))
}

// Name is the "name" field.
func (v BotWorkflowInfo) Name() string {
	return v.r.text(v.field(1))
}

// Description is the "description" field.
func (v BotWorkflowInfo) Description() string {
	return v.r.text(v.field(2))
}

// IconURL is the "icon_url" field.
func (v BotWorkflowInfo) IconURL() string {
	return v.r.text(v.field(3))
}

// CanvasPosition is a view of the CanvasPosition model: where a background image sits.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type CanvasPosition struct{ view }

func newCanvasPosition(r *record, c int32) CanvasPosition {
	return CanvasPosition{r.object(c)}
}

// ParseCanvasPosition reads JSON text as a CanvasPosition, with the canonical rules of every
// cozecore language; text that is not JSON is an error of kind KindDecode.
func ParseCanvasPosition(text string) (CanvasPosition, error) {
	r, err := decodeModel("CanvasPosition", text)
	if err != nil {
		return CanvasPosition{}, err
	}
	return newCanvasPosition(r, rootCell), nil
}

// Width is the "width" field.
func (v CanvasPosition) Width() float64 {
	return v.r.number(v.field(0))
}

// Height is the "height" field.
func (v CanvasPosition) Height() float64 {
	return v.r.number(v.field(1))
}

// Left is the "left" field.
func (v CanvasPosition) Left() float64 {
	return v.r.number(v.field(2))
}

// Top is the "top" field.
func (v CanvasPosition) Top() float64 {
	return v.r.number(v.field(3))
}

// Chat is a view of the Chat model: one call of a bot inside a conversation.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type Chat struct{ view }

func newChat(r *record, c int32) Chat {
	return Chat{r.object(c)}
}

// ParseChat reads JSON text as a Chat, with the canonical rules of every cozecore language; text
// that is not JSON is an error of kind KindDecode.
func ParseChat(text string) (Chat, error) {
	r, err := decodeModel("Chat", text)
	if err != nil {
		return Chat{}, err
	}
	return newChat(r, rootCell), nil
}

// ID is the "id" field.
func (v Chat) ID() string {
	return v.r.text(v.field(0))
}

// ConversationID is the "conversation_id" field.
func (v Chat) ConversationID() string {
	return v.r.text(v.field(1))
}

// BotID is the "bot_id" field.
func (v Chat) BotID() string {
	return v.r.text(v.field(2))
}

// CreatedAt is the "created_at" field: unix time in seconds.
func (v Chat) CreatedAt() int64 {
	return v.r.integer(v.field(3))
}

// CompletedAt is the "completed_at" field: unix time in seconds.
func (v Chat) CompletedAt() int64 {
	return v.r.integer(v.field(4))
}

// FailedAt is the "failed_at" field: unix time in seconds.
func (v Chat) FailedAt() int64 {
	return v.r.integer(v.field(5))
}

// MetaData is the "meta_data" field: custom key-value pairs.
func (v Chat) MetaData() map[string]string {
	return mapOf(v.r, v.field(6), (*record).text)
}

// LastError is the "last_error" field.
func (v Chat) LastError() ChatError {
	return newChatError(v.r, v.field(7))
}

// Status is the "status" field. Known values: "created", "in_progress", "completed", "failed",
// "requires_action", "canceled" (others are kept).
func (v Chat) Status() string {
	return v.r.text(v.field(8))
}

// RequiredAction is the "required_action" field.
func (v Chat) RequiredAction() ChatRequiredAction {
	return newChatRequiredAction(v.r, v.field(9))
}

// Usage is the "usage" field.
func (v Chat) Usage() Usage {
	return newUsage(v.r, v.field(10))
}

// SectionID is the "section_id" field: context section of the chat.
func (v Chat) SectionID() string {
	return v.r.text(v.field(11))
}

// InsertedAdditionalMessages is the "inserted_additional_messages" field: ids of the additional
// messages saved.
func (v Chat) InsertedAdditionalMessages() []InsertedMessage {
	return arrayOf(v.r, v.field(12), newInsertedMessage)
}

// ChatError is a view of the ChatError model: why a chat failed.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type ChatError struct{ view }

func newChatError(r *record, c int32) ChatError {
	return ChatError{r.object(c)}
}

// ParseChatError reads JSON text as a ChatError, with the canonical rules of every cozecore
// language; text that is not JSON is an error of kind KindDecode.
func ParseChatError(text string) (ChatError, error) {
	r, err := decodeModel("ChatError", text)
	if err != nil {
		return ChatError{}, err
	}
	return newChatError(r, rootCell), nil
}

// Code is the "code" field.
func (v ChatError) Code() int64 {
	return v.r.integer(v.field(0))
}

// Msg is the "msg" field.
func (v ChatError) Msg() string {
	return v.r.text(v.field(1))
}

// ChatRequiredAction is a view of the ChatRequiredAction model: what the caller must do for the
// chat to continue.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type ChatRequiredAction struct{ view }

func newChatRequiredAction(r *record, c int32) ChatRequiredAction {
	return ChatRequiredAction{r.object(c)}
}

// ParseChatRequiredAction reads JSON text as a ChatRequiredAction, with the canonical rules of
// every cozecore language; text that is not JSON is an error of kind KindDecode.
func ParseChatRequiredAction(text string) (ChatRequiredAction, error) {
	r, err := decodeModel("ChatRequiredAction", text)
	if err != nil {
		return ChatRequiredAction{}, err
	}
	return newChatRequiredAction(r, rootCell), nil
}

// Type is the "type" field. Known values: "submit_tool_outputs" (others are kept).
func (v ChatRequiredAction) Type() string {
	return v.r.text(v.field(0))
}

// SubmitToolOutputs is the "submit_tool_outputs" field.
func (v ChatRequiredAction) SubmitToolOutputs() ChatSubmitToolOutputs {
	return newChatSubmitToolOutputs(v.r, v.field(1))
}

// ChatSubmitToolOutputs is a view of the ChatSubmitToolOutputs model: the tool calls whose results
// the chat waits for.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type ChatSubmitToolOutputs struct{ view }

func newChatSubmitToolOutputs(r *record, c int32) ChatSubmitToolOutputs {
	return ChatSubmitToolOutputs{r.object(c)}
}

// ParseChatSubmitToolOutputs reads JSON text as a ChatSubmitToolOutputs, with the canonical rules
// of every cozecore language; text that is not JSON is an error of kind KindDecode.
func ParseChatSubmitToolOutputs(text string) (ChatSubmitToolOutputs, error) {
	r, err := decodeModel("ChatSubmitToolOutputs", text)
	if err != nil {
		return ChatSubmitToolOutputs{}, err
	}
	return newChatSubmitToolOutputs(r, rootCell), nil
}

// ToolCalls is the "tool_calls" field.
func (v ChatSubmitToolOutputs) ToolCalls() []ChatToolCall {
	return arrayOf(v.r, v.field(0), newChatToolCall)
}

// ChatToolCall is a view of the ChatToolCall model: one tool call to answer with
// chat.submit_tool_outputs.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type ChatToolCall struct{ view }

func newChatToolCall(r *record, c int32) ChatToolCall {
	return ChatToolCall{r.object(c)}
}

// ParseChatToolCall reads JSON text as a ChatToolCall, with the canonical rules of every cozecore
// language; text that is not JSON is an error of kind KindDecode.
func ParseChatToolCall(text string) (ChatToolCall, error) {
	r, err := decodeModel("ChatToolCall", text)
	if err != nil {
		return ChatToolCall{}, err
	}
	return newChatToolCall(r, rootCell), nil
}

// ID is the "id" field: the tool_call_id to answer with.
func (v ChatToolCall) ID() string {
	return v.r.text(v.field(0))
}

// Type is the "type" field. Known values: "function", "reply_message" (others are kept).
func (v ChatToolCall) Type() string {
	return v.r.text(v.field(1))
}

// Function is the "function" field.
func (v ChatToolCall) Function() ChatToolCallFunction {
	return newChatToolCallFunction(v.r, v.field(2))
}

// ChatToolCallFunction is a view of the ChatToolCallFunction model: the function a tool call asks
// for.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type ChatToolCallFunction struct{ view }

func newChatToolCallFunction(r *record, c int32) ChatToolCallFunction {
	return ChatToolCallFunction{r.object(c)}
}

// ParseChatToolCallFunction reads JSON text as a ChatToolCallFunction, with the canonical rules of
// every cozecore language; text that is not JSON is an error of kind KindDecode.
func ParseChatToolCallFunction(text string) (ChatToolCallFunction, error) {
	r, err := decodeModel("ChatToolCallFunction", text)
	if err != nil {
		return ChatToolCallFunction{}, err
	}
	return newChatToolCallFunction(r, rootCell), nil
}

// Name is the "name" field.
func (v ChatToolCallFunction) Name() string {
	return v.r.text(v.field(0))
}

// Arguments is the "arguments" field: JSON text of the arguments.
func (v ChatToolCallFunction) Arguments() string {
	return v.r.text(v.field(1))
}

// ClientHealth is a view of the ClientHealth model: what a client knows of the service's health
// (Client::health_json): the error rate, the circuit breaker, the retry budget.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type ClientHealth struct{ view }

func newClientHealth(r *record, c int32) ClientHealth {
	return ClientHealth{r.object(c)}
}

// ParseClientHealth reads JSON text as a ClientHealth, with the canonical rules of every cozecore
// language; text that is not JSON is an error of kind KindDecode.
func ParseClientHealth(text string) (ClientHealth, error) {
	r, err := decodeModel("ClientHealth", text)
	if err != nil {
		return ClientHealth{}, err
	}
	return newClientHealth(r, rootCell), nil
}

// State is the "state" field: the circuit breaker's state (closed when it is off).
func (v ClientHealth) State() string {
	return v.r.text(v.field(0))
}

// Breaker is the "breaker" field: whether the circuit breaker is on.
func (v ClientHealth) Breaker() bool {
	return v.r.boolean(v.field(1))
}

// ErrorRate is the "error_rate" field: the moving average of failed attempts over attempts (0 to
// 1).
func (v ClientHealth) ErrorRate() float64 {
	return v.r.number(v.field(2))
}

// Rated is the "rated" field: whether a slice with attempts has closed (before that error_rate is
// 0).
func (v ClientHealth) Rated() bool {
	return v.r.boolean(v.field(3))
}

// Attempts is the "attempts" field: attempts in the last slice that closed with attempts.
func (v ClientHealth) Attempts() int64 {
	return v.r.integer(v.field(4))
}

// Failures is the "failures" field: failed attempts in that slice.
func (v ClientHealth) Failures() int64 {
	return v.r.integer(v.field(5))
}

// CurrentAttempts is the "current_attempts" field: attempts in the slice running now.
func (v ClientHealth) CurrentAttempts() int64 {
	return v.r.integer(v.field(6))
}

// CurrentFailures is the "current_failures" field: failed attempts in the slice running now.
func (v ClientHealth) CurrentFailures() int64 {
	return v.r.integer(v.field(7))
}

// TotalAttempts is the "total_attempts" field: attempts since the client was made.
func (v ClientHealth) TotalAttempts() int64 {
	return v.r.integer(v.field(8))
}

// TotalFailures is the "total_failures" field: failed attempts since the client was made.
func (v ClientHealth) TotalFailures() int64 {
	return v.r.integer(v.field(9))
}

// OpenMsLeft is the "open_ms_left" field: while open: milliseconds until a probe may go out.
func (v ClientHealth) OpenMsLeft() int64 {
	return v.r.integer(v.field(10))
}

// Opened is the "opened" field: how many times the breaker opened.
func (v ClientHealth) Opened() int64 {
	return v.r.integer(v.field(11))
}

// Rejected is the "rejected" field: attempts failed at once by the breaker.
func (v ClientHealth) Rejected() int64 {
	return v.r.integer(v.field(12))
}

// RetriesSpent is the "retries_spent" field: retries the retry budget allowed.
func (v ClientHealth) RetriesSpent() int64 {
	return v.r.integer(v.field(13))
}

// RetryBudgetLeft is the "retry_budget_left" field: tokens left in the retry budget.
func (v ClientHealth) RetryBudgetLeft() float64 {
	return v.r.number(v.field(14))
}

// CloneVoiceResult is a view of the CloneVoiceResult model: the voice just cloned.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type CloneVoiceResult struct{ view }

func newCloneVoiceResult(r *record, c int32) CloneVoiceResult {
	return CloneVoiceResult{r.object(c)}
}

// ParseCloneVoiceResult reads JSON text as a CloneVoiceResult, with the canonical rules of every
// cozecore language; text that is not JSON is an error of kind KindDecode.
func ParseCloneVoiceResult(text string) (CloneVoiceResult, error) {
	r, err := decodeModel("CloneVoiceResult", text)
	if err != nil {
		return CloneVoiceResult{}, err
	}
	return newCloneVoiceResult(r, rootCell), nil
}

// VoiceID is the "voice_id" field.
func (v CloneVoiceResult) VoiceID() string {
	return v.r.text(v.field(0))
}

// Conversation is a view of the Conversation model: a conversation between a bot and a user.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type Conversation struct{ view }

func newConversation(r *record, c int32) Conversation {
	return Conversation{r.object(c)}
}

// ParseConversation reads JSON text as a Conversation, with the canonical rules of every cozecore
// language; text that is not JSON is an error of kind KindDecode.
func ParseConversation(text string) (Conversation, error) {
	r, err := decodeModel("Conversation", text)
	if err != nil {
		return Conversation{}, err
	}
	return newConversation(r, rootCell), nil
}

// ID is the "id" field.
func (v Conversation) ID() string {
	return v.r.text(v.field(0))
}

// Name is the "name" field.
func (v Conversation) Name() string {
	return v.r.text(v.field(1))
}

// CreatedAt is the "created_at" field: unix time in seconds.
func (v Conversation) CreatedAt() int64 {
	return v.r.integer(v.field(2))
}

// UpdatedAt is the "updated_at" field: unix time in seconds.
func (v Conversation) UpdatedAt() int64 {
	return v.r.integer(v.field(3))
}

// MetaData is the "meta_data" field: custom key-value pairs.
func (v Conversation) MetaData() map[string]string {
	return mapOf(v.r, v.field(4), (*record).text)
}

// LastSectionID is the "last_section_id" field: newest context section.
func (v Conversation) LastSectionID() string {
	return v.r.text(v.field(5))
}

// CreatorID is the "creator_id" field.
func (v Conversation) CreatorID() string {
	return v.r.text(v.field(6))
}

// ConnectorID is the "connector_id" field: channel the conversation was created in.
func (v Conversation) ConnectorID() string {
	return v.r.text(v.field(7))
}

// CreateBotResult is a view of the CreateBotResult model: the bot just created.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type CreateBotResult struct{ view }

func newCreateBotResult(r *record, c int32) CreateBotResult {
	return CreateBotResult{r.object(c)}
}

// ParseCreateBotResult reads JSON text as a CreateBotResult, with the canonical rules of every
// cozecore language; text that is not JSON is an error of kind KindDecode.
func ParseCreateBotResult(text string) (CreateBotResult, error) {
	r, err := decodeModel("CreateBotResult", text)
	if err != nil {
		return CreateBotResult{}, err
	}
	return newCreateBotResult(r, rootCell), nil
}

// BotID is the "bot_id" field.
func (v CreateBotResult) BotID() string {
	return v.r.text(v.field(0))
}

// CreateDatasetResult is a view of the CreateDatasetResult model: the knowledge base just created.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type CreateDatasetResult struct{ view }

func newCreateDatasetResult(r *record, c int32) CreateDatasetResult {
	return CreateDatasetResult{r.object(c)}
}

// ParseCreateDatasetResult reads JSON text as a CreateDatasetResult, with the canonical rules of
// every cozecore language; text that is not JSON is an error of kind KindDecode.
func ParseCreateDatasetResult(text string) (CreateDatasetResult, error) {
	r, err := decodeModel("CreateDatasetResult", text)
	if err != nil {
		return CreateDatasetResult{}, err
	}
	return newCreateDatasetResult(r, rootCell), nil
}

// DatasetID is the "dataset_id" field.
func (v CreateDatasetResult) DatasetID() string {
	return v.r.text(v.field(0))
}

// Dataset is a view of the Dataset model: a knowledge base.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type Dataset struct{ view }

func newDataset(r *record, c int32) Dataset {
	return Dataset{r.object(c)}
}

// ParseDataset reads JSON text as a Dataset, with the canonical rules of every cozecore language;
// text that is not JSON is an error of kind KindDecode.
func ParseDataset(text string) (Dataset, error) {
	r, err := decodeModel("Dataset", text)
	if err != nil {
		return Dataset{}, err
	}
	return newDataset(r, rootCell), nil
}

// DatasetID is the "dataset_id" field.
func (v Dataset) DatasetID() string {
	return v.r.text(v.field(0))
}

// Name is the "name" field.
func (v Dataset) Name() string {
	return v.r.text(v.field(1))
}

// Description is the "description" field.
func (v Dataset) Description() string {
	return v.r.text(v.field(2))
}

// SpaceID is the "space_id" field.
func (v Dataset) SpaceID() string {
	return v.r.text(v.field(3))
}

// Status is the "status" field: 1 enabled, 3 disabled.
func (v Dataset) Status() int64 {
	return v.r.integer(v.field(4))
}

// FormatType is the "format_type" field: 0 text, 1 table, 2 images.
func (v Dataset) FormatType() int64 {
	return v.r.integer(v.field(5))
}

// CanEdit is the "can_edit" field: the caller owns it.
func (v Dataset) CanEdit() bool {
	return v.r.boolean(v.field(6))
}

// IconURI is the "icon_uri" field.
func (v Dataset) IconURI() string {
	return v.r.text(v.field(7))
}

// IconURL is the "icon_url" field.
func (v Dataset) IconURL() string {
	return v.r.text(v.field(8))
}

// DocCount is the "doc_count" field.
func (v Dataset) DocCount() int64 {
	return v.r.integer(v.field(9))
}

// FileList is the "file_list" field.
func (v Dataset) FileList() []string {
	return arrayOf(v.r, v.field(10), (*record).text)
}

// HitCount is the "hit_count" field.
func (v Dataset) HitCount() int64 {
	return v.r.integer(v.field(11))
}

// BotUsedCount is the "bot_used_count" field.
func (v Dataset) BotUsedCount() int64 {
	return v.r.integer(v.field(12))
}

// SliceCount is the "slice_count" field.
func (v Dataset) SliceCount() int64 {
	return v.r.integer(v.field(13))
}

// AllFileSize is the "all_file_size" field: total size in bytes.
func (v Dataset) AllFileSize() int64 {
	return v.r.integer(v.field(14))
}

// ChunkStrategy is the "chunk_strategy" field.
func (v Dataset) ChunkStrategy() DocumentChunkStrategy {
	return newDocumentChunkStrategy(v.r, v.field(15))
}

// FailedFileList is the "failed_file_list" field.
func (v Dataset) FailedFileList() []string {
	return arrayOf(v.r, v.field(16), (*record).text)
}

// ProcessingFileList is the "processing_file_list" field.
func (v Dataset) ProcessingFileList() []string {
	return arrayOf(v.r, v.field(17), (*record).text)
}

// ProcessingFileIDList is the "processing_file_id_list" field.
func (v Dataset) ProcessingFileIDList() []string {
	return arrayOf(v.r, v.field(18), (*record).text)
}

// AvatarURL is the "avatar_url" field: avatar of the creator.
func (v Dataset) AvatarURL() string {
	return v.r.text(v.field(19))
}

// CreatorID is the "creator_id" field.
func (v Dataset) CreatorID() string {
	return v.r.text(v.field(20))
}

// CreatorName is the "creator_name" field.
func (v Dataset) CreatorName() string {
	return v.r.text(v.field(21))
}

// CreateTime is the "create_time" field: unix time in seconds.
func (v Dataset) CreateTime() int64 {
	return v.r.integer(v.field(22))
}

// UpdateTime is the "update_time" field: unix time in seconds.
func (v Dataset) UpdateTime() int64 {
	return v.r.integer(v.field(23))
}

// DeviceCode is a view of the DeviceCode model: the device flow's codes (no envelope).
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type DeviceCode struct{ view }

func newDeviceCode(r *record, c int32) DeviceCode {
	return DeviceCode{r.object(c)}
}

// ParseDeviceCode reads JSON text as a DeviceCode, with the canonical rules of every cozecore
// language; text that is not JSON is an error of kind KindDecode.
func ParseDeviceCode(text string) (DeviceCode, error) {
	r, err := decodeModel("DeviceCode", text)
	if err != nil {
		return DeviceCode{}, err
	}
	return newDeviceCode(r, rootCell), nil
}

// DeviceCode is the "device_code" field.
func (v DeviceCode) DeviceCode() string {
	return v.r.text(v.field(0))
}

// UserCode is the "user_code" field.
func (v DeviceCode) UserCode() string {
	return v.r.text(v.field(1))
}

// VerificationURI is the "verification_uri" field.
func (v DeviceCode) VerificationURI() string {
	return v.r.text(v.field(2))
}

// VerificationURL is the "verification_url" field: the same URI under the name some answers use.
func (v DeviceCode) VerificationURL() string {
	return v.r.text(v.field(3))
}

// Interval is the "interval" field: seconds to wait between polls.
func (v DeviceCode) Interval() int64 {
	return v.r.integer(v.field(4))
}

// ExpiresIn is the "expires_in" field: seconds the codes stay valid.
func (v DeviceCode) ExpiresIn() int64 {
	return v.r.integer(v.field(5))
}

// Document is a view of the Document model: a file of a knowledge base.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type Document struct{ view }

func newDocument(r *record, c int32) Document {
	return Document{r.object(c)}
}

// ParseDocument reads JSON text as a Document, with the canonical rules of every cozecore language;
// text that is not JSON is an error of kind KindDecode.
func ParseDocument(text string) (Document, error) {
	r, err := decodeModel("Document", text)
	if err != nil {
		return Document{}, err
	}
	return newDocument(r, rootCell), nil
}

// DocumentID is the "document_id" field.
func (v Document) DocumentID() string {
	return v.r.text(v.field(0))
}

// Name is the "name" field.
func (v Document) Name() string {
	return v.r.text(v.field(1))
}

// CharCount is the "char_count" field.
func (v Document) CharCount() int64 {
	return v.r.integer(v.field(2))
}

// ChunkStrategy is the "chunk_strategy" field.
func (v Document) ChunkStrategy() DocumentChunkStrategy {
	return newDocumentChunkStrategy(v.r, v.field(3))
}

// CreateTime is the "create_time" field: unix time in seconds.
func (v Document) CreateTime() int64 {
	return v.r.integer(v.field(4))
}

// UpdateTime is the "update_time" field: unix time in seconds.
func (v Document) UpdateTime() int64 {
	return v.r.integer(v.field(5))
}

// FormatType is the "format_type" field: 0 text, 1 table, 2 image.
func (v Document) FormatType() int64 {
	return v.r.integer(v.field(6))
}

// HitCount is the "hit_count" field.
func (v Document) HitCount() int64 {
	return v.r.integer(v.field(7))
}

// Size is the "size" field: size in bytes.
func (v Document) Size() int64 {
	return v.r.integer(v.field(8))
}

// SliceCount is the "slice_count" field.
func (v Document) SliceCount() int64 {
	return v.r.integer(v.field(9))
}

// SourceType is the "source_type" field: 0 local file, 1 web page, 5 uploaded file id, ...
func (v Document) SourceType() int64 {
	return v.r.integer(v.field(10))
}

// Status is the "status" field: 0 processing, 1 done, 9 failed.
func (v Document) Status() int64 {
	return v.r.integer(v.field(11))
}

// Type is the "type" field: file extension.
func (v Document) Type() string {
	return v.r.text(v.field(12))
}

// UpdateInterval is the "update_interval" field: hours between automatic updates.
func (v Document) UpdateInterval() int64 {
	return v.r.integer(v.field(13))
}

// UpdateType is the "update_type" field: 0 no automatic update, 1 automatic update.
func (v Document) UpdateType() int64 {
	return v.r.integer(v.field(14))
}

// TosURI is the "tos_uri" field.
func (v Document) TosURI() string {
	return v.r.text(v.field(15))
}

// DocumentBase is a view of the DocumentBase model: a file to add to a knowledge base.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type DocumentBase struct{ view }

func newDocumentBase(r *record, c int32) DocumentBase {
	return DocumentBase{r.object(c)}
}

// ParseDocumentBase reads JSON text as a DocumentBase, with the canonical rules of every cozecore
// language; text that is not JSON is an error of kind KindDecode.
func ParseDocumentBase(text string) (DocumentBase, error) {
	r, err := decodeModel("DocumentBase", text)
	if err != nil {
		return DocumentBase{}, err
	}
	return newDocumentBase(r, rootCell), nil
}

// Name is the "name" field.
func (v DocumentBase) Name() string {
	return v.r.text(v.field(0))
}

// SourceInfo is the "source_info" field.
func (v DocumentBase) SourceInfo() DocumentSourceInfo {
	return newDocumentSourceInfo(v.r, v.field(1))
}

// UpdateRule is the "update_rule" field.
func (v DocumentBase) UpdateRule() DocumentUpdateRule {
	return newDocumentUpdateRule(v.r, v.field(2))
}

// Caption is the "caption" field: caption of an image.
func (v DocumentBase) Caption() string {
	return v.r.text(v.field(3))
}

// DocumentChunkStrategy is a view of the DocumentChunkStrategy model: how files are cut into
// slices.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type DocumentChunkStrategy struct{ view }

func newDocumentChunkStrategy(r *record, c int32) DocumentChunkStrategy {
	return DocumentChunkStrategy{r.object(c)}
}

// ParseDocumentChunkStrategy reads JSON text as a DocumentChunkStrategy, with the canonical rules
// of every cozecore language; text that is not JSON is an error of kind KindDecode.
func ParseDocumentChunkStrategy(text string) (DocumentChunkStrategy, error) {
	r, err := decodeModel("DocumentChunkStrategy", text)
	if err != nil {
		return DocumentChunkStrategy{}, err
	}
	return newDocumentChunkStrategy(r, rootCell), nil
}

// ChunkType is the "chunk_type" field: 0 automatic, 1 custom.
func (v DocumentChunkStrategy) ChunkType() int64 {
	return v.r.integer(v.field(0))
}

// Separator is the "separator" field.
func (v DocumentChunkStrategy) Separator() string {
	return v.r.text(v.field(1))
}

// MaxTokens is the "max_tokens" field.
func (v DocumentChunkStrategy) MaxTokens() int64 {
	return v.r.integer(v.field(2))
}

// RemoveExtraSpaces is the "remove_extra_spaces" field.
func (v DocumentChunkStrategy) RemoveExtraSpaces() bool {
	return v.r.boolean(v.field(3))
}

// RemoveURLsEmails is the "remove_urls_emails" field.
func (v DocumentChunkStrategy) RemoveURLsEmails() bool {
	return v.r.boolean(v.field(4))
}

// CaptionType is the "caption_type" field: 0 automatic, 1 manual (image knowledge bases).
func (v DocumentChunkStrategy) CaptionType() int64 {
	return v.r.integer(v.field(5))
}

// DocumentProgress is a view of the DocumentProgress model: upload progress of one knowledge base
// file.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type DocumentProgress struct{ view }

func newDocumentProgress(r *record, c int32) DocumentProgress {
	return DocumentProgress{r.object(c)}
}

// ParseDocumentProgress reads JSON text as a DocumentProgress, with the canonical rules of every
// cozecore language; text that is not JSON is an error of kind KindDecode.
func ParseDocumentProgress(text string) (DocumentProgress, error) {
	r, err := decodeModel("DocumentProgress", text)
	if err != nil {
		return DocumentProgress{}, err
	}
	return newDocumentProgress(r, rootCell), nil
}

// DocumentID is the "document_id" field.
func (v DocumentProgress) DocumentID() string {
	return v.r.text(v.field(0))
}

// URL is the "url" field.
func (v DocumentProgress) URL() string {
	return v.r.text(v.field(1))
}

// Size is the "size" field: size in bytes.
func (v DocumentProgress) Size() int64 {
	return v.r.integer(v.field(2))
}

// Type is the "type" field: file extension.
func (v DocumentProgress) Type() string {
	return v.r.text(v.field(3))
}

// Status is the "status" field: 0 processing, 1 done, 9 failed.
func (v DocumentProgress) Status() int64 {
	return v.r.integer(v.field(4))
}

// Progress is the "progress" field: percent done.
func (v DocumentProgress) Progress() int64 {
	return v.r.integer(v.field(5))
}

// UpdateType is the "update_type" field: 0 no automatic update, 1 automatic update.
func (v DocumentProgress) UpdateType() int64 {
	return v.r.integer(v.field(6))
}

// DocumentName is the "document_name" field.
func (v DocumentProgress) DocumentName() string {
	return v.r.text(v.field(7))
}

// RemainingTime is the "remaining_time" field: seconds left.
func (v DocumentProgress) RemainingTime() int64 {
	return v.r.integer(v.field(8))
}

// StatusDescript is the "status_descript" field: why it failed.
func (v DocumentProgress) StatusDescript() string {
	return v.r.text(v.field(9))
}

// UpdateInterval is the "update_interval" field: hours between automatic updates.
func (v DocumentProgress) UpdateInterval() int64 {
	return v.r.integer(v.field(10))
}

// DocumentSourceInfo is a view of the DocumentSourceInfo model: where a file's content comes from.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type DocumentSourceInfo struct{ view }

func newDocumentSourceInfo(r *record, c int32) DocumentSourceInfo {
	return DocumentSourceInfo{r.object(c)}
}

// ParseDocumentSourceInfo reads JSON text as a DocumentSourceInfo, with the canonical rules of
// every cozecore language; text that is not JSON is an error of kind KindDecode.
func ParseDocumentSourceInfo(text string) (DocumentSourceInfo, error) {
	r, err := decodeModel("DocumentSourceInfo", text)
	if err != nil {
		return DocumentSourceInfo{}, err
	}
	return newDocumentSourceInfo(r, rootCell), nil
}

// FileBase64 is the "file_base64" field.
func (v DocumentSourceInfo) FileBase64() string {
	return v.r.text(v.field(0))
}

// FileType is the "file_type" field: file extension.
func (v DocumentSourceInfo) FileType() string {
	return v.r.text(v.field(1))
}

// WebURL is the "web_url" field.
func (v DocumentSourceInfo) WebURL() string {
	return v.r.text(v.field(2))
}

// DocumentSource is the "document_source" field: 0 local file, 1 web page, 5 uploaded file id.
func (v DocumentSourceInfo) DocumentSource() int64 {
	return v.r.integer(v.field(3))
}

// SourceFileID is the "source_file_id" field: a file from files.upload.
func (v DocumentSourceInfo) SourceFileID() string {
	return v.r.text(v.field(4))
}

// DocumentUpdateRule is a view of the DocumentUpdateRule model: how a web page file is refreshed.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type DocumentUpdateRule struct{ view }

func newDocumentUpdateRule(r *record, c int32) DocumentUpdateRule {
	return DocumentUpdateRule{r.object(c)}
}

// ParseDocumentUpdateRule reads JSON text as a DocumentUpdateRule, with the canonical rules of
// every cozecore language; text that is not JSON is an error of kind KindDecode.
func ParseDocumentUpdateRule(text string) (DocumentUpdateRule, error) {
	r, err := decodeModel("DocumentUpdateRule", text)
	if err != nil {
		return DocumentUpdateRule{}, err
	}
	return newDocumentUpdateRule(r, rootCell), nil
}

// UpdateType is the "update_type" field: 0 no automatic update, 1 automatic update.
func (v DocumentUpdateRule) UpdateType() int64 {
	return v.r.integer(v.field(0))
}

// UpdateInterval is the "update_interval" field: hours between automatic updates.
func (v DocumentUpdateRule) UpdateInterval() int64 {
	return v.r.integer(v.field(1))
}

// DoneEventData is a view of the DoneEventData model: payload of a done event.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type DoneEventData struct{ view }

func newDoneEventData(r *record, c int32) DoneEventData {
	return DoneEventData{r.object(c)}
}

// ParseDoneEventData reads JSON text as a DoneEventData, with the canonical rules of every cozecore
// language; text that is not JSON is an error of kind KindDecode.
func ParseDoneEventData(text string) (DoneEventData, error) {
	r, err := decodeModel("DoneEventData", text)
	if err != nil {
		return DoneEventData{}, err
	}
	return newDoneEventData(r, rootCell), nil
}

// DebugURL is the "debug_url" field: page showing the run, for chat flows and workflows.
func (v DoneEventData) DebugURL() string {
	return v.r.text(v.field(0))
}

// DuplicateTemplateResult is a view of the DuplicateTemplateResult model: what a template was
// copied into.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type DuplicateTemplateResult struct{ view }

func newDuplicateTemplateResult(r *record, c int32) DuplicateTemplateResult {
	return DuplicateTemplateResult{r.object(c)}
}

// ParseDuplicateTemplateResult reads JSON text as a DuplicateTemplateResult, with the canonical
// rules of every cozecore language; text that is not JSON is an error of kind KindDecode.
func ParseDuplicateTemplateResult(text string) (DuplicateTemplateResult, error) {
	r, err := decodeModel("DuplicateTemplateResult", text)
	if err != nil {
		return DuplicateTemplateResult{}, err
	}
	return newDuplicateTemplateResult(r, rootCell), nil
}

// EntityID is the "entity_id" field.
func (v DuplicateTemplateResult) EntityID() string {
	return v.r.text(v.field(0))
}

// EntityType is the "entity_type" field. Known values: "agent" (others are kept).
func (v DuplicateTemplateResult) EntityType() string {
	return v.r.text(v.field(1))
}

// EnterMessage is a view of the EnterMessage model: a message sent with a request.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type EnterMessage struct{ view }

func newEnterMessage(r *record, c int32) EnterMessage {
	return EnterMessage{r.object(c)}
}

// ParseEnterMessage reads JSON text as a EnterMessage, with the canonical rules of every cozecore
// language; text that is not JSON is an error of kind KindDecode.
func ParseEnterMessage(text string) (EnterMessage, error) {
	r, err := decodeModel("EnterMessage", text)
	if err != nil {
		return EnterMessage{}, err
	}
	return newEnterMessage(r, rootCell), nil
}

// Role is the "role" field. Known values: "user", "assistant" (others are kept).
func (v EnterMessage) Role() string {
	return v.r.text(v.field(0))
}

// Type is the "type" field. Known values: "question", "answer", "function_call", "tool_output",
// "tool_response" (others are kept).
func (v EnterMessage) Type() string {
	return v.r.text(v.field(1))
}

// Content is the "content" field: text, or the JSON text of object_string items.
func (v EnterMessage) Content() string {
	return v.r.text(v.field(2))
}

// ContentType is the "content_type" field. Known values: "text", "object_string" (others are kept).
func (v EnterMessage) ContentType() string {
	return v.r.text(v.field(3))
}

// MetaData is the "meta_data" field: custom key-value pairs.
func (v EnterMessage) MetaData() map[string]string {
	return mapOf(v.r, v.field(4), (*record).text)
}

// ErrorEventData is a view of the ErrorEventData model: payload of a chat error event.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type ErrorEventData struct{ view }

func newErrorEventData(r *record, c int32) ErrorEventData {
	return ErrorEventData{r.object(c)}
}

// ParseErrorEventData reads JSON text as a ErrorEventData, with the canonical rules of every
// cozecore language; text that is not JSON is an error of kind KindDecode.
func ParseErrorEventData(text string) (ErrorEventData, error) {
	r, err := decodeModel("ErrorEventData", text)
	if err != nil {
		return ErrorEventData{}, err
	}
	return newErrorEventData(r, rootCell), nil
}

// Code is the "code" field.
func (v ErrorEventData) Code() int64 {
	return v.r.integer(v.field(0))
}

// Msg is the "msg" field.
func (v ErrorEventData) Msg() string {
	return v.r.text(v.field(1))
}

// File is a view of the File model: an uploaded file.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type File struct{ view }

func newFile(r *record, c int32) File {
	return File{r.object(c)}
}

// ParseFile reads JSON text as a File, with the canonical rules of every cozecore language; text
// that is not JSON is an error of kind KindDecode.
func ParseFile(text string) (File, error) {
	r, err := decodeModel("File", text)
	if err != nil {
		return File{}, err
	}
	return newFile(r, rootCell), nil
}

// ID is the "id" field.
func (v File) ID() string {
	return v.r.text(v.field(0))
}

// Bytes is the "bytes" field: size in bytes.
func (v File) Bytes() int64 {
	return v.r.integer(v.field(1))
}

// CreatedAt is the "created_at" field: unix time in seconds.
func (v File) CreatedAt() int64 {
	return v.r.integer(v.field(2))
}

// FileName is the "file_name" field.
func (v File) FileName() string {
	return v.r.text(v.field(3))
}

// GradientPosition is a view of the GradientPosition model: where a background gradient starts and
// ends.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type GradientPosition struct{ view }

func newGradientPosition(r *record, c int32) GradientPosition {
	return GradientPosition{r.object(c)}
}

// ParseGradientPosition reads JSON text as a GradientPosition, with the canonical rules of every
// cozecore language; text that is not JSON is an error of kind KindDecode.
func ParseGradientPosition(text string) (GradientPosition, error) {
	r, err := decodeModel("GradientPosition", text)
	if err != nil {
		return GradientPosition{}, err
	}
	return newGradientPosition(r, rootCell), nil
}

// Left is the "left" field.
func (v GradientPosition) Left() float64 {
	return v.r.number(v.field(0))
}

// Right is the "right" field.
func (v GradientPosition) Right() float64 {
	return v.r.number(v.field(1))
}

// InsertedMessage is a view of the InsertedMessage model: an additional message saved in the
// conversation.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type InsertedMessage struct{ view }

func newInsertedMessage(r *record, c int32) InsertedMessage {
	return InsertedMessage{r.object(c)}
}

// ParseInsertedMessage reads JSON text as a InsertedMessage, with the canonical rules of every
// cozecore language; text that is not JSON is an error of kind KindDecode.
func ParseInsertedMessage(text string) (InsertedMessage, error) {
	r, err := decodeModel("InsertedMessage", text)
	if err != nil {
		return InsertedMessage{}, err
	}
	return newInsertedMessage(r, rootCell), nil
}

// ID is the "id" field.
func (v InsertedMessage) ID() string {
	return v.r.text(v.field(0))
}

// ListBotsResult is a view of the ListBotsResult model: a page of bots (v1 answers use space_bots).
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type ListBotsResult struct{ view }

func newListBotsResult(r *record, c int32) ListBotsResult {
	return ListBotsResult{r.object(c)}
}

// ParseListBotsResult reads JSON text as a ListBotsResult, with the canonical rules of every
// cozecore language; text that is not JSON is an error of kind KindDecode.
func ParseListBotsResult(text string) (ListBotsResult, error) {
	r, err := decodeModel("ListBotsResult", text)
	if err != nil {
		return ListBotsResult{}, err
	}
	return newListBotsResult(r, rootCell), nil
}

// Items is the "items" field. Also read from "space_bots".
func (v ListBotsResult) Items() []SimpleBot {
	return arrayOf(v.r, v.field(0), newSimpleBot)
}

// Total is the "total" field.
func (v ListBotsResult) Total() int64 {
	return v.r.integer(v.field(1))
}

// ListConversationsResult is a view of the ListConversationsResult model: a page of conversations.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type ListConversationsResult struct{ view }

func newListConversationsResult(r *record, c int32) ListConversationsResult {
	return ListConversationsResult{r.object(c)}
}

// ParseListConversationsResult reads JSON text as a ListConversationsResult, with the canonical
// rules of every cozecore language; text that is not JSON is an error of kind KindDecode.
func ParseListConversationsResult(text string) (ListConversationsResult, error) {
	r, err := decodeModel("ListConversationsResult", text)
	if err != nil {
		return ListConversationsResult{}, err
	}
	return newListConversationsResult(r, rootCell), nil
}

// Conversations is the "conversations" field.
func (v ListConversationsResult) Conversations() []Conversation {
	return arrayOf(v.r, v.field(0), newConversation)
}

// HasMore is the "has_more" field.
func (v ListConversationsResult) HasMore() bool {
	return v.r.boolean(v.field(1))
}

// ListDatasetsResult is a view of the ListDatasetsResult model: a page of knowledge bases.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type ListDatasetsResult struct{ view }

func newListDatasetsResult(r *record, c int32) ListDatasetsResult {
	return ListDatasetsResult{r.object(c)}
}

// ParseListDatasetsResult reads JSON text as a ListDatasetsResult, with the canonical rules of
// every cozecore language; text that is not JSON is an error of kind KindDecode.
func ParseListDatasetsResult(text string) (ListDatasetsResult, error) {
	r, err := decodeModel("ListDatasetsResult", text)
	if err != nil {
		return ListDatasetsResult{}, err
	}
	return newListDatasetsResult(r, rootCell), nil
}

// DatasetList is the "dataset_list" field.
func (v ListDatasetsResult) DatasetList() []Dataset {
	return arrayOf(v.r, v.field(0), newDataset)
}

// TotalCount is the "total_count" field.
func (v ListDatasetsResult) TotalCount() int64 {
	return v.r.integer(v.field(1))
}

// ListDocumentsResult is a view of the ListDocumentsResult model: a page of knowledge base files.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type ListDocumentsResult struct{ view }

func newListDocumentsResult(r *record, c int32) ListDocumentsResult {
	return ListDocumentsResult{r.object(c)}
}

// ParseListDocumentsResult reads JSON text as a ListDocumentsResult, with the canonical rules of
// every cozecore language; text that is not JSON is an error of kind KindDecode.
func ParseListDocumentsResult(text string) (ListDocumentsResult, error) {
	r, err := decodeModel("ListDocumentsResult", text)
	if err != nil {
		return ListDocumentsResult{}, err
	}
	return newListDocumentsResult(r, rootCell), nil
}

// DocumentInfos is the "document_infos" field.
func (v ListDocumentsResult) DocumentInfos() []Document {
	return arrayOf(v.r, v.field(0), newDocument)
}

// Total is the "total" field.
func (v ListDocumentsResult) Total() int64 {
	return v.r.integer(v.field(1))
}

// ListMessagesResult is a view of the ListMessagesResult model: a page of messages.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type ListMessagesResult struct{ view }

func newListMessagesResult(r *record, c int32) ListMessagesResult {
	return ListMessagesResult{r.object(c)}
}

// ParseListMessagesResult reads JSON text as a ListMessagesResult, with the canonical rules of
// every cozecore language; text that is not JSON is an error of kind KindDecode.
func ParseListMessagesResult(text string) (ListMessagesResult, error) {
	r, err := decodeModel("ListMessagesResult", text)
	if err != nil {
		return ListMessagesResult{}, err
	}
	return newListMessagesResult(r, rootCell), nil
}

// Data is the "data" field.
func (v ListMessagesResult) Data() []Message {
	return arrayOf(v.r, v.field(0), newMessage)
}

// FirstID is the "first_id" field: id of the page's first message.
func (v ListMessagesResult) FirstID() string {
	return v.r.text(v.field(1))
}

// LastID is the "last_id" field: id of the page's last message.
func (v ListMessagesResult) LastID() string {
	return v.r.text(v.field(2))
}

// HasMore is the "has_more" field.
func (v ListMessagesResult) HasMore() bool {
	return v.r.boolean(v.field(3))
}

// ListPhotosResult is a view of the ListPhotosResult model: a page of images.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type ListPhotosResult struct{ view }

func newListPhotosResult(r *record, c int32) ListPhotosResult {
	return ListPhotosResult{r.object(c)}
}

// ParseListPhotosResult reads JSON text as a ListPhotosResult, with the canonical rules of every
// cozecore language; text that is not JSON is an error of kind KindDecode.
func ParseListPhotosResult(text string) (ListPhotosResult, error) {
	r, err := decodeModel("ListPhotosResult", text)
	if err != nil {
		return ListPhotosResult{}, err
	}
	return newListPhotosResult(r, rootCell), nil
}

// PhotoInfos is the "photo_infos" field.
func (v ListPhotosResult) PhotoInfos() []Photo {
	return arrayOf(v.r, v.field(0), newPhoto)
}

// TotalCount is the "total_count" field.
func (v ListPhotosResult) TotalCount() int64 {
	return v.r.integer(v.field(1))
}

// ListVoicesResult is a view of the ListVoicesResult model: a page of voices.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type ListVoicesResult struct{ view }

func newListVoicesResult(r *record, c int32) ListVoicesResult {
	return ListVoicesResult{r.object(c)}
}

// ParseListVoicesResult reads JSON text as a ListVoicesResult, with the canonical rules of every
// cozecore language; text that is not JSON is an error of kind KindDecode.
func ParseListVoicesResult(text string) (ListVoicesResult, error) {
	r, err := decodeModel("ListVoicesResult", text)
	if err != nil {
		return ListVoicesResult{}, err
	}
	return newListVoicesResult(r, rootCell), nil
}

// VoiceList is the "voice_list" field.
func (v ListVoicesResult) VoiceList() []Voice {
	return arrayOf(v.r, v.field(0), newVoice)
}

// HasMore is the "has_more" field.
func (v ListVoicesResult) HasMore() bool {
	return v.r.boolean(v.field(1))
}

// ListWorkflowsResult is a view of the ListWorkflowsResult model: a page of workflows.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type ListWorkflowsResult struct{ view }

func newListWorkflowsResult(r *record, c int32) ListWorkflowsResult {
	return ListWorkflowsResult{r.object(c)}
}

// ParseListWorkflowsResult reads JSON text as a ListWorkflowsResult, with the canonical rules of
// every cozecore language; text that is not JSON is an error of kind KindDecode.
func ParseListWorkflowsResult(text string) (ListWorkflowsResult, error) {
	r, err := decodeModel("ListWorkflowsResult", text)
	if err != nil {
		return ListWorkflowsResult{}, err
	}
	return newListWorkflowsResult(r, rootCell), nil
}

// Items is the "items" field.
func (v ListWorkflowsResult) Items() []WorkflowBasic {
	return arrayOf(v.r, v.field(0), newWorkflowBasic)
}

// HasMore is the "has_more" field.
func (v ListWorkflowsResult) HasMore() bool {
	return v.r.boolean(v.field(1))
}

// ListWorkspacesResult is a view of the ListWorkspacesResult model: a page of workspaces.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type ListWorkspacesResult struct{ view }

func newListWorkspacesResult(r *record, c int32) ListWorkspacesResult {
	return ListWorkspacesResult{r.object(c)}
}

// ParseListWorkspacesResult reads JSON text as a ListWorkspacesResult, with the canonical rules of
// every cozecore language; text that is not JSON is an error of kind KindDecode.
func ParseListWorkspacesResult(text string) (ListWorkspacesResult, error) {
	r, err := decodeModel("ListWorkspacesResult", text)
	if err != nil {
		return ListWorkspacesResult{}, err
	}
	return newListWorkspacesResult(r, rootCell), nil
}

// Workspaces is the "workspaces" field.
func (v ListWorkspacesResult) Workspaces() []Workspace {
	return arrayOf(v.r, v.field(0), newWorkspace)
}

// TotalCount is the "total_count" field.
func (v ListWorkspacesResult) TotalCount() int64 {
	return v.r.integer(v.field(1))
}

// Message is a view of the Message model: one message of a conversation.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type Message struct{ view }

func newMessage(r *record, c int32) Message {
	return Message{r.object(c)}
}

// ParseMessage reads JSON text as a Message, with the canonical rules of every cozecore language;
// text that is not JSON is an error of kind KindDecode.
func ParseMessage(text string) (Message, error) {
	r, err := decodeModel("Message", text)
	if err != nil {
		return Message{}, err
	}
	return newMessage(r, rootCell), nil
}

// ID is the "id" field.
func (v Message) ID() string {
	return v.r.text(v.field(0))
}

// ConversationID is the "conversation_id" field.
func (v Message) ConversationID() string {
	return v.r.text(v.field(1))
}

// BotID is the "bot_id" field.
func (v Message) BotID() string {
	return v.r.text(v.field(2))
}

// ChatID is the "chat_id" field.
func (v Message) ChatID() string {
	return v.r.text(v.field(3))
}

// SectionID is the "section_id" field: context section of the message.
func (v Message) SectionID() string {
	return v.r.text(v.field(4))
}

// Role is the "role" field. Known values: "user", "assistant" (others are kept).
func (v Message) Role() string {
	return v.r.text(v.field(5))
}

// Type is the "type" field. Known values: "answer", "question", "function_call", "tool_output",
// "tool_response", "follow_up", "verbose" (others are kept).
func (v Message) Type() string {
	return v.r.text(v.field(6))
}

// Content is the "content" field: text, JSON text of object_string items, or base64 audio.
func (v Message) Content() string {
	return v.r.text(v.field(7))
}

// ContentType is the "content_type" field. Known values: "text", "object_string", "card", "audio"
// (others are kept).
func (v Message) ContentType() string {
	return v.r.text(v.field(8))
}

// ReasoningContent is the "reasoning_content" field: the model's chain of thought.
func (v Message) ReasoningContent() string {
	return v.r.text(v.field(9))
}

// MetaData is the "meta_data" field: custom key-value pairs.
func (v Message) MetaData() map[string]string {
	return mapOf(v.r, v.field(10), (*record).text)
}

// CreatedAt is the "created_at" field: unix time in seconds.
func (v Message) CreatedAt() int64 {
	return v.r.integer(v.field(11))
}

// UpdatedAt is the "updated_at" field: unix time in seconds.
func (v Message) UpdatedAt() int64 {
	return v.r.integer(v.field(12))
}

// OAuthToken is a view of the OAuthToken model: an OAuth token answer (no envelope).
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type OAuthToken struct{ view }

func newOAuthToken(r *record, c int32) OAuthToken {
	return OAuthToken{r.object(c)}
}

// ParseOAuthToken reads JSON text as a OAuthToken, with the canonical rules of every cozecore
// language; text that is not JSON is an error of kind KindDecode.
func ParseOAuthToken(text string) (OAuthToken, error) {
	r, err := decodeModel("OAuthToken", text)
	if err != nil {
		return OAuthToken{}, err
	}
	return newOAuthToken(r, rootCell), nil
}

// AccessToken is the "access_token" field.
func (v OAuthToken) AccessToken() string {
	return v.r.text(v.field(0))
}

// TokenType is the "token_type" field.
func (v OAuthToken) TokenType() string {
	return v.r.text(v.field(1))
}

// ExpiresIn is the "expires_in" field: when the access token expires.
func (v OAuthToken) ExpiresIn() int64 {
	return v.r.integer(v.field(2))
}

// RefreshToken is the "refresh_token" field.
func (v OAuthToken) RefreshToken() string {
	return v.r.text(v.field(3))
}

// Photo is a view of the Photo model: an image of an image knowledge base.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type Photo struct{ view }

func newPhoto(r *record, c int32) Photo {
	return Photo{r.object(c)}
}

// ParsePhoto reads JSON text as a Photo, with the canonical rules of every cozecore language; text
// that is not JSON is an error of kind KindDecode.
func ParsePhoto(text string) (Photo, error) {
	r, err := decodeModel("Photo", text)
	if err != nil {
		return Photo{}, err
	}
	return newPhoto(r, rootCell), nil
}

// DocumentID is the "document_id" field.
func (v Photo) DocumentID() string {
	return v.r.text(v.field(0))
}

// URL is the "url" field.
func (v Photo) URL() string {
	return v.r.text(v.field(1))
}

// Name is the "name" field.
func (v Photo) Name() string {
	return v.r.text(v.field(2))
}

// Size is the "size" field: size in bytes.
func (v Photo) Size() int64 {
	return v.r.integer(v.field(3))
}

// Type is the "type" field: file extension.
func (v Photo) Type() string {
	return v.r.text(v.field(4))
}

// Status is the "status" field: 0 processing, 1 done, 9 failed.
func (v Photo) Status() int64 {
	return v.r.integer(v.field(5))
}

// Caption is the "caption" field.
func (v Photo) Caption() string {
	return v.r.text(v.field(6))
}

// CreatorID is the "creator_id" field.
func (v Photo) CreatorID() string {
	return v.r.text(v.field(7))
}

// SourceType is the "source_type" field: 0 local file, 1 web page, 5 uploaded file id, ...
func (v Photo) SourceType() int64 {
	return v.r.integer(v.field(8))
}

// CreateTime is the "create_time" field: unix time in seconds.
func (v Photo) CreateTime() int64 {
	return v.r.integer(v.field(9))
}

// UpdateTime is the "update_time" field: unix time in seconds.
func (v Photo) UpdateTime() int64 {
	return v.r.integer(v.field(10))
}

// ProcessDatasetResult is a view of the ProcessDatasetResult model: upload progress of knowledge
// base files.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type ProcessDatasetResult struct{ view }

func newProcessDatasetResult(r *record, c int32) ProcessDatasetResult {
	return ProcessDatasetResult{r.object(c)}
}

// ParseProcessDatasetResult reads JSON text as a ProcessDatasetResult, with the canonical rules of
// every cozecore language; text that is not JSON is an error of kind KindDecode.
func ParseProcessDatasetResult(text string) (ProcessDatasetResult, error) {
	r, err := decodeModel("ProcessDatasetResult", text)
	if err != nil {
		return ProcessDatasetResult{}, err
	}
	return newProcessDatasetResult(r, rootCell), nil
}

// Data is the "data" field.
func (v ProcessDatasetResult) Data() []DocumentProgress {
	return arrayOf(v.r, v.field(0), newDocumentProgress)
}

// PublishBotResult is a view of the PublishBotResult model: the version just published.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type PublishBotResult struct{ view }

func newPublishBotResult(r *record, c int32) PublishBotResult {
	return PublishBotResult{r.object(c)}
}

// ParsePublishBotResult reads JSON text as a PublishBotResult, with the canonical rules of every
// cozecore language; text that is not JSON is an error of kind KindDecode.
func ParsePublishBotResult(text string) (PublishBotResult, error) {
	r, err := decodeModel("PublishBotResult", text)
	if err != nil {
		return PublishBotResult{}, err
	}
	return newPublishBotResult(r, rootCell), nil
}

// BotID is the "bot_id" field.
func (v PublishBotResult) BotID() string {
	return v.r.text(v.field(0))
}

// Version is the "version" field.
func (v PublishBotResult) Version() string {
	return v.r.text(v.field(1))
}

// ResponseDetail is a view of the ResponseDetail model: details of an answer.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type ResponseDetail struct{ view }

func newResponseDetail(r *record, c int32) ResponseDetail {
	return ResponseDetail{r.object(c)}
}

// ParseResponseDetail reads JSON text as a ResponseDetail, with the canonical rules of every
// cozecore language; text that is not JSON is an error of kind KindDecode.
func ParseResponseDetail(text string) (ResponseDetail, error) {
	r, err := decodeModel("ResponseDetail", text)
	if err != nil {
		return ResponseDetail{}, err
	}
	return newResponseDetail(r, rootCell), nil
}

// Logid is the "logid" field: log id of the request, for support.
func (v ResponseDetail) Logid() string {
	return v.r.text(v.field(0))
}

// RetrieveVariablesResult is a view of the RetrieveVariablesResult model: user variables.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type RetrieveVariablesResult struct{ view }

func newRetrieveVariablesResult(r *record, c int32) RetrieveVariablesResult {
	return RetrieveVariablesResult{r.object(c)}
}

// ParseRetrieveVariablesResult reads JSON text as a RetrieveVariablesResult, with the canonical
// rules of every cozecore language; text that is not JSON is an error of kind KindDecode.
func ParseRetrieveVariablesResult(text string) (RetrieveVariablesResult, error) {
	r, err := decodeModel("RetrieveVariablesResult", text)
	if err != nil {
		return RetrieveVariablesResult{}, err
	}
	return newRetrieveVariablesResult(r, rootCell), nil
}

// Items is the "items" field.
func (v RetrieveVariablesResult) Items() []VariableValue {
	return arrayOf(v.r, v.field(0), newVariableValue)
}

// Room is a view of the Room model: an RTC room to join.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type Room struct{ view }

func newRoom(r *record, c int32) Room {
	return Room{r.object(c)}
}

// ParseRoom reads JSON text as a Room, with the canonical rules of every cozecore language; text
// that is not JSON is an error of kind KindDecode.
func ParseRoom(text string) (Room, error) {
	r, err := decodeModel("Room", text)
	if err != nil {
		return Room{}, err
	}
	return newRoom(r, rootCell), nil
}

// RoomID is the "room_id" field.
func (v Room) RoomID() string {
	return v.r.text(v.field(0))
}

// AppID is the "app_id" field: RTC application id.
func (v Room) AppID() string {
	return v.r.text(v.field(1))
}

// Token is the "token" field: token to join the room.
func (v Room) Token() string {
	return v.r.text(v.field(2))
}

// UID is the "uid" field: the end user's id in the room.
func (v Room) UID() string {
	return v.r.text(v.field(3))
}

// RoomAudioConfig is a view of the RoomAudioConfig model: audio settings of an RTC room.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type RoomAudioConfig struct{ view }

func newRoomAudioConfig(r *record, c int32) RoomAudioConfig {
	return RoomAudioConfig{r.object(c)}
}

// ParseRoomAudioConfig reads JSON text as a RoomAudioConfig, with the canonical rules of every
// cozecore language; text that is not JSON is an error of kind KindDecode.
func ParseRoomAudioConfig(text string) (RoomAudioConfig, error) {
	r, err := decodeModel("RoomAudioConfig", text)
	if err != nil {
		return RoomAudioConfig{}, err
	}
	return newRoomAudioConfig(r, rootCell), nil
}

// Codec is the "codec" field. Known values: "AACLC", "G711A", "OPUS", "G722" (others are kept).
func (v RoomAudioConfig) Codec() string {
	return v.r.text(v.field(0))
}

// RoomConfig is a view of the RoomConfig model: settings of an RTC room.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type RoomConfig struct{ view }

func newRoomConfig(r *record, c int32) RoomConfig {
	return RoomConfig{r.object(c)}
}

// ParseRoomConfig reads JSON text as a RoomConfig, with the canonical rules of every cozecore
// language; text that is not JSON is an error of kind KindDecode.
func ParseRoomConfig(text string) (RoomConfig, error) {
	r, err := decodeModel("RoomConfig", text)
	if err != nil {
		return RoomConfig{}, err
	}
	return newRoomConfig(r, rootCell), nil
}

// AudioConfig is the "audio_config" field.
func (v RoomConfig) AudioConfig() RoomAudioConfig {
	return newRoomAudioConfig(v.r, v.field(0))
}

// VideoConfig is the "video_config" field.
func (v RoomConfig) VideoConfig() RoomVideoConfig {
	return newRoomVideoConfig(v.r, v.field(1))
}

// PrologueContent is the "prologue_content" field: what the bot says first.
func (v RoomConfig) PrologueContent() string {
	return v.r.text(v.field(2))
}

// PrologueDelayDurationMs is the "prologue_delay_duration_ms" field: delay before the prologue.
func (v RoomConfig) PrologueDelayDurationMs() int64 {
	return v.r.integer(v.field(3))
}

// RoomMode is the "room_mode" field. Known values: "default", "s2s", "podcast", "translate" (others
// are kept).
func (v RoomConfig) RoomMode() string {
	return v.r.text(v.field(4))
}

// TranslateConfig is the "translate_config" field.
func (v RoomConfig) TranslateConfig() RoomTranslateConfig {
	return newRoomTranslateConfig(v.r, v.field(5))
}

// RoomTranslateConfig is a view of the RoomTranslateConfig model: languages of a translate room.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type RoomTranslateConfig struct{ view }

func newRoomTranslateConfig(r *record, c int32) RoomTranslateConfig {
	return RoomTranslateConfig{r.object(c)}
}

// ParseRoomTranslateConfig reads JSON text as a RoomTranslateConfig, with the canonical rules of
// every cozecore language; text that is not JSON is an error of kind KindDecode.
func ParseRoomTranslateConfig(text string) (RoomTranslateConfig, error) {
	r, err := decodeModel("RoomTranslateConfig", text)
	if err != nil {
		return RoomTranslateConfig{}, err
	}
	return newRoomTranslateConfig(r, rootCell), nil
}

// From is the "from" field.
func (v RoomTranslateConfig) From() string {
	return v.r.text(v.field(0))
}

// To is the "to" field.
func (v RoomTranslateConfig) To() string {
	return v.r.text(v.field(1))
}

// RoomVideoConfig is a view of the RoomVideoConfig model: video settings of an RTC room.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type RoomVideoConfig struct{ view }

func newRoomVideoConfig(r *record, c int32) RoomVideoConfig {
	return RoomVideoConfig{r.object(c)}
}

// ParseRoomVideoConfig reads JSON text as a RoomVideoConfig, with the canonical rules of every
// cozecore language; text that is not JSON is an error of kind KindDecode.
func ParseRoomVideoConfig(text string) (RoomVideoConfig, error) {
	r, err := decodeModel("RoomVideoConfig", text)
	if err != nil {
		return RoomVideoConfig{}, err
	}
	return newRoomVideoConfig(r, rootCell), nil
}

// Codec is the "codec" field. Known values: "H264", "BYTEVC1" (others are kept).
func (v RoomVideoConfig) Codec() string {
	return v.r.text(v.field(0))
}

// StreamVideoType is the "stream_video_type" field. Known values: "main", "screen" (others are
// kept).
func (v RoomVideoConfig) StreamVideoType() string {
	return v.r.text(v.field(1))
}

// VideoFrameRate is the "video_frame_rate" field.
func (v RoomVideoConfig) VideoFrameRate() int64 {
	return v.r.integer(v.field(2))
}

// VideoFrameExpireDuration is the "video_frame_expire_duration" field.
func (v RoomVideoConfig) VideoFrameExpireDuration() int64 {
	return v.r.integer(v.field(3))
}

// Section is a view of the Section model: a context section of a conversation.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type Section struct{ view }

func newSection(r *record, c int32) Section {
	return Section{r.object(c)}
}

// ParseSection reads JSON text as a Section, with the canonical rules of every cozecore language;
// text that is not JSON is an error of kind KindDecode.
func ParseSection(text string) (Section, error) {
	r, err := decodeModel("Section", text)
	if err != nil {
		return Section{}, err
	}
	return newSection(r, rootCell), nil
}

// ID is the "id" field.
func (v Section) ID() string {
	return v.r.text(v.field(0))
}

// ConversationID is the "conversation_id" field.
func (v Section) ConversationID() string {
	return v.r.text(v.field(1))
}

// ShortcutCommand is a view of the ShortcutCommand model: a bot shortcut command to run in a chat.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type ShortcutCommand struct{ view }

func newShortcutCommand(r *record, c int32) ShortcutCommand {
	return ShortcutCommand{r.object(c)}
}

// ParseShortcutCommand reads JSON text as a ShortcutCommand, with the canonical rules of every
// cozecore language; text that is not JSON is an error of kind KindDecode.
func ParseShortcutCommand(text string) (ShortcutCommand, error) {
	r, err := decodeModel("ShortcutCommand", text)
	if err != nil {
		return ShortcutCommand{}, err
	}
	return newShortcutCommand(r, rootCell), nil
}

// CommandID is the "command_id" field.
func (v ShortcutCommand) CommandID() string {
	return v.r.text(v.field(0))
}

// Parameters is the "parameters" field: component values by component name.
func (v ShortcutCommand) Parameters() map[string]string {
	return mapOf(v.r, v.field(1), (*record).text)
}

// SimpleBot is a view of the SimpleBot model: a bot in a list (v1 answers use bot_id, bot_name,
// publish_time).
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type SimpleBot struct{ view }

func newSimpleBot(r *record, c int32) SimpleBot {
	return SimpleBot{r.object(c)}
}

// ParseSimpleBot reads JSON text as a SimpleBot, with the canonical rules of every cozecore
// language; text that is not JSON is an error of kind KindDecode.
func ParseSimpleBot(text string) (SimpleBot, error) {
	r, err := decodeModel("SimpleBot", text)
	if err != nil {
		return SimpleBot{}, err
	}
	return newSimpleBot(r, rootCell), nil
}

// ID is the "id" field. Also read from "bot_id".
func (v SimpleBot) ID() string {
	return v.r.text(v.field(0))
}

// Name is the "name" field. Also read from "bot_name".
func (v SimpleBot) Name() string {
	return v.r.text(v.field(1))
}

// Description is the "description" field.
func (v SimpleBot) Description() string {
	return v.r.text(v.field(2))
}

// IconURL is the "icon_url" field.
func (v SimpleBot) IconURL() string {
	return v.r.text(v.field(3))
}

// IsPublished is the "is_published" field.
func (v SimpleBot) IsPublished() bool {
	return v.r.boolean(v.field(4))
}

// UpdatedAt is the "updated_at" field: unix time in seconds.
func (v SimpleBot) UpdatedAt() int64 {
	return v.r.integer(v.field(5))
}

// PublishedAt is the "published_at" field: unix time in seconds. Also read from "publish_time".
func (v SimpleBot) PublishedAt() int64 {
	return v.r.integer(v.field(6))
}

// OwnerUserID is the "owner_user_id" field.
func (v SimpleBot) OwnerUserID() string {
	return v.r.text(v.field(7))
}

// FolderID is the "folder_id" field.
func (v SimpleBot) FolderID() string {
	return v.r.text(v.field(8))
}

// ToolOutput is a view of the ToolOutput model: the result of one tool call.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type ToolOutput struct{ view }

func newToolOutput(r *record, c int32) ToolOutput {
	return ToolOutput{r.object(c)}
}

// ParseToolOutput reads JSON text as a ToolOutput, with the canonical rules of every cozecore
// language; text that is not JSON is an error of kind KindDecode.
func ParseToolOutput(text string) (ToolOutput, error) {
	r, err := decodeModel("ToolOutput", text)
	if err != nil {
		return ToolOutput{}, err
	}
	return newToolOutput(r, rootCell), nil
}

// ToolCallID is the "tool_call_id" field: id of the tool call answered.
func (v ToolOutput) ToolCallID() string {
	return v.r.text(v.field(0))
}

// Output is the "output" field.
func (v ToolOutput) Output() string {
	return v.r.text(v.field(1))
}

// Transcription is a view of the Transcription model: text recognised in audio.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type Transcription struct{ view }

func newTranscription(r *record, c int32) Transcription {
	return Transcription{r.object(c)}
}

// ParseTranscription reads JSON text as a Transcription, with the canonical rules of every cozecore
// language; text that is not JSON is an error of kind KindDecode.
func ParseTranscription(text string) (Transcription, error) {
	r, err := decodeModel("Transcription", text)
	if err != nil {
		return Transcription{}, err
	}
	return newTranscription(r, rootCell), nil
}

// Text is the "text" field.
func (v Transcription) Text() string {
	return v.r.text(v.field(0))
}

// Usage is a view of the Usage model: tokens used.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type Usage struct{ view }

func newUsage(r *record, c int32) Usage {
	return Usage{r.object(c)}
}

// ParseUsage reads JSON text as a Usage, with the canonical rules of every cozecore language; text
// that is not JSON is an error of kind KindDecode.
func ParseUsage(text string) (Usage, error) {
	r, err := decodeModel("Usage", text)
	if err != nil {
		return Usage{}, err
	}
	return newUsage(r, rootCell), nil
}

// TokenCount is the "token_count" field: input plus output tokens.
func (v Usage) TokenCount() int64 {
	return v.r.integer(v.field(0))
}

// OutputCount is the "output_count" field: output tokens.
func (v Usage) OutputCount() int64 {
	return v.r.integer(v.field(1))
}

// InputCount is the "input_count" field: input tokens.
func (v Usage) InputCount() int64 {
	return v.r.integer(v.field(2))
}

// User is a view of the User model: a Coze user.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type User struct{ view }

func newUser(r *record, c int32) User {
	return User{r.object(c)}
}

// ParseUser reads JSON text as a User, with the canonical rules of every cozecore language; text
// that is not JSON is an error of kind KindDecode.
func ParseUser(text string) (User, error) {
	r, err := decodeModel("User", text)
	if err != nil {
		return User{}, err
	}
	return newUser(r, rootCell), nil
}

// UserID is the "user_id" field.
func (v User) UserID() string {
	return v.r.text(v.field(0))
}

// UserName is the "user_name" field.
func (v User) UserName() string {
	return v.r.text(v.field(1))
}

// NickName is the "nick_name" field.
func (v User) NickName() string {
	return v.r.text(v.field(2))
}

// AvatarURL is the "avatar_url" field.
func (v User) AvatarURL() string {
	return v.r.text(v.field(3))
}

// VariableValue is a view of the VariableValue model: a user variable.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type VariableValue struct{ view }

func newVariableValue(r *record, c int32) VariableValue {
	return VariableValue{r.object(c)}
}

// ParseVariableValue reads JSON text as a VariableValue, with the canonical rules of every cozecore
// language; text that is not JSON is an error of kind KindDecode.
func ParseVariableValue(text string) (VariableValue, error) {
	r, err := decodeModel("VariableValue", text)
	if err != nil {
		return VariableValue{}, err
	}
	return newVariableValue(r, rootCell), nil
}

// Keyword is the "keyword" field.
func (v VariableValue) Keyword() string {
	return v.r.text(v.field(0))
}

// Value is the "value" field.
func (v VariableValue) Value() string {
	return v.r.text(v.field(1))
}

// CreateTime is the "create_time" field: unix time in seconds; 0 for a default value.
func (v VariableValue) CreateTime() int64 {
	return v.r.integer(v.field(2))
}

// UpdateTime is the "update_time" field: unix time in seconds.
func (v VariableValue) UpdateTime() int64 {
	return v.r.integer(v.field(3))
}

// Voice is a view of the Voice model: a voice for speech.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type Voice struct{ view }

func newVoice(r *record, c int32) Voice {
	return Voice{r.object(c)}
}

// ParseVoice reads JSON text as a Voice, with the canonical rules of every cozecore language; text
// that is not JSON is an error of kind KindDecode.
func ParseVoice(text string) (Voice, error) {
	r, err := decodeModel("Voice", text)
	if err != nil {
		return Voice{}, err
	}
	return newVoice(r, rootCell), nil
}

// VoiceID is the "voice_id" field.
func (v Voice) VoiceID() string {
	return v.r.text(v.field(0))
}

// Name is the "name" field.
func (v Voice) Name() string {
	return v.r.text(v.field(1))
}

// IsSystemVoice is the "is_system_voice" field.
func (v Voice) IsSystemVoice() bool {
	return v.r.boolean(v.field(2))
}

// LanguageCode is the "language_code" field.
func (v Voice) LanguageCode() string {
	return v.r.text(v.field(3))
}

// LanguageName is the "language_name" field.
func (v Voice) LanguageName() string {
	return v.r.text(v.field(4))
}

// PreviewText is the "preview_text" field.
func (v Voice) PreviewText() string {
	return v.r.text(v.field(5))
}

// PreviewAudio is the "preview_audio" field: URL of a sample.
func (v Voice) PreviewAudio() string {
	return v.r.text(v.field(6))
}

// AvailableTrainingTimes is the "available_training_times" field: clonings left.
func (v Voice) AvailableTrainingTimes() int64 {
	return v.r.integer(v.field(7))
}

// CreateTime is the "create_time" field: unix time in seconds.
func (v Voice) CreateTime() int64 {
	return v.r.integer(v.field(8))
}

// UpdateTime is the "update_time" field: unix time in seconds.
func (v Voice) UpdateTime() int64 {
	return v.r.integer(v.field(9))
}

// ModelType is the "model_type" field. Known values: "big", "small" (others are kept).
func (v Voice) ModelType() string {
	return v.r.text(v.field(10))
}

// State is the "state" field. Known values: "init", "cloned", "all" (others are kept).
func (v Voice) State() string {
	return v.r.text(v.field(11))
}

// SupportEmotions is the "support_emotions" field.
func (v Voice) SupportEmotions() []VoiceEmotion {
	return arrayOf(v.r, v.field(12), newVoiceEmotion)
}

// VoiceEmotion is a view of the VoiceEmotion model: an emotion a voice can speak with.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type VoiceEmotion struct{ view }

func newVoiceEmotion(r *record, c int32) VoiceEmotion {
	return VoiceEmotion{r.object(c)}
}

// ParseVoiceEmotion reads JSON text as a VoiceEmotion, with the canonical rules of every cozecore
// language; text that is not JSON is an error of kind KindDecode.
func ParseVoiceEmotion(text string) (VoiceEmotion, error) {
	r, err := decodeModel("VoiceEmotion", text)
	if err != nil {
		return VoiceEmotion{}, err
	}
	return newVoiceEmotion(r, rootCell), nil
}

// Emotion is the "emotion" field.
func (v VoiceEmotion) Emotion() string {
	return v.r.text(v.field(0))
}

// DisplayName is the "display_name" field.
func (v VoiceEmotion) DisplayName() string {
	return v.r.text(v.field(1))
}

// EmotionScaleInterval is the "emotion_scale_interval" field.
func (v VoiceEmotion) EmotionScaleInterval() VoiceEmotionScale {
	return newVoiceEmotionScale(v.r, v.field(2))
}

// VoiceEmotionScale is a view of the VoiceEmotionScale model: allowed strengths of an emotion.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type VoiceEmotionScale struct{ view }

func newVoiceEmotionScale(r *record, c int32) VoiceEmotionScale {
	return VoiceEmotionScale{r.object(c)}
}

// ParseVoiceEmotionScale reads JSON text as a VoiceEmotionScale, with the canonical rules of every
// cozecore language; text that is not JSON is an error of kind KindDecode.
func ParseVoiceEmotionScale(text string) (VoiceEmotionScale, error) {
	r, err := decodeModel("VoiceEmotionScale", text)
	if err != nil {
		return VoiceEmotionScale{}, err
	}
	return newVoiceEmotionScale(r, rootCell), nil
}

// Min is the "min" field.
func (v VoiceEmotionScale) Min() float64 {
	return v.r.number(v.field(0))
}

// Max is the "max" field.
func (v VoiceEmotionScale) Max() float64 {
	return v.r.number(v.field(1))
}

// Default is the "default" field.
func (v VoiceEmotionScale) Default() float64 {
	return v.r.number(v.field(2))
}

// WorkflowBasic is a view of the WorkflowBasic model: a workflow's basic information.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type WorkflowBasic struct{ view }

func newWorkflowBasic(r *record, c int32) WorkflowBasic {
	return WorkflowBasic{r.object(c)}
}

// ParseWorkflowBasic reads JSON text as a WorkflowBasic, with the canonical rules of every cozecore
// language; text that is not JSON is an error of kind KindDecode.
func ParseWorkflowBasic(text string) (WorkflowBasic, error) {
	r, err := decodeModel("WorkflowBasic", text)
	if err != nil {
		return WorkflowBasic{}, err
	}
	return newWorkflowBasic(r, rootCell), nil
}

// WorkflowID is the "workflow_id" field.
func (v WorkflowBasic) WorkflowID() string {
	return v.r.text(v.field(0))
}

// WorkflowName is the "workflow_name" field.
func (v WorkflowBasic) WorkflowName() string {
	return v.r.text(v.field(1))
}

// Description is the "description" field.
func (v WorkflowBasic) Description() string {
	return v.r.text(v.field(2))
}

// IconURL is the "icon_url" field.
func (v WorkflowBasic) IconURL() string {
	return v.r.text(v.field(3))
}

// AppID is the "app_id" field: app of the workflow; 0 when none.
func (v WorkflowBasic) AppID() string {
	return v.r.text(v.field(4))
}

// CreatedAt is the "created_at" field: unix time in seconds.
func (v WorkflowBasic) CreatedAt() int64 {
	return v.r.integer(v.field(5))
}

// UpdatedAt is the "updated_at" field: unix time in seconds.
func (v WorkflowBasic) UpdatedAt() int64 {
	return v.r.integer(v.field(6))
}

// Creator is the "creator" field.
func (v WorkflowBasic) Creator() WorkflowUser {
	return newWorkflowUser(v.r, v.field(7))
}

// WorkflowErrorEvent is a view of the WorkflowErrorEvent model: payload of a workflow Error event.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type WorkflowErrorEvent struct{ view }

func newWorkflowErrorEvent(r *record, c int32) WorkflowErrorEvent {
	return WorkflowErrorEvent{r.object(c)}
}

// ParseWorkflowErrorEvent reads JSON text as a WorkflowErrorEvent, with the canonical rules of
// every cozecore language; text that is not JSON is an error of kind KindDecode.
func ParseWorkflowErrorEvent(text string) (WorkflowErrorEvent, error) {
	r, err := decodeModel("WorkflowErrorEvent", text)
	if err != nil {
		return WorkflowErrorEvent{}, err
	}
	return newWorkflowErrorEvent(r, rootCell), nil
}

// ErrorCode is the "error_code" field.
func (v WorkflowErrorEvent) ErrorCode() int64 {
	return v.r.integer(v.field(0))
}

// ErrorMessage is the "error_message" field.
func (v WorkflowErrorEvent) ErrorMessage() string {
	return v.r.text(v.field(1))
}

// WorkflowInfo is a view of the WorkflowInfo model: a workflow with its inputs and outputs.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type WorkflowInfo struct{ view }

func newWorkflowInfo(r *record, c int32) WorkflowInfo {
	return WorkflowInfo{r.object(c)}
}

// ParseWorkflowInfo reads JSON text as a WorkflowInfo, with the canonical rules of every cozecore
// language; text that is not JSON is an error of kind KindDecode.
func ParseWorkflowInfo(text string) (WorkflowInfo, error) {
	r, err := decodeModel("WorkflowInfo", text)
	if err != nil {
		return WorkflowInfo{}, err
	}
	return newWorkflowInfo(r, rootCell), nil
}

// WorkflowDetail is the "workflow_detail" field.
func (v WorkflowInfo) WorkflowDetail() WorkflowBasic {
	return newWorkflowBasic(v.r, v.field(0))
}

// Input is the "input" field.
func (v WorkflowInfo) Input() WorkflowInput {
	return newWorkflowInput(v.r, v.field(1))
}

// Output is the "output" field.
func (v WorkflowInfo) Output() WorkflowOutput {
	return newWorkflowOutput(v.r, v.field(2))
}

// WorkflowInput is a view of the WorkflowInput model: the start node's input parameters.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type WorkflowInput struct{ view }

func newWorkflowInput(r *record, c int32) WorkflowInput {
	return WorkflowInput{r.object(c)}
}

// ParseWorkflowInput reads JSON text as a WorkflowInput, with the canonical rules of every cozecore
// language; text that is not JSON is an error of kind KindDecode.
func ParseWorkflowInput(text string) (WorkflowInput, error) {
	r, err := decodeModel("WorkflowInput", text)
	if err != nil {
		return WorkflowInput{}, err
	}
	return newWorkflowInput(r, rootCell), nil
}

// Parameters is the "parameters" field.
func (v WorkflowInput) Parameters() map[string]WorkflowParameter {
	return mapOf(v.r, v.field(0), newWorkflowParameter)
}

// WorkflowInterruptData is a view of the WorkflowInterruptData model: why a workflow run stopped
// and how to resume it.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type WorkflowInterruptData struct{ view }

func newWorkflowInterruptData(r *record, c int32) WorkflowInterruptData {
	return WorkflowInterruptData{r.object(c)}
}

// ParseWorkflowInterruptData reads JSON text as a WorkflowInterruptData, with the canonical rules
// of every cozecore language; text that is not JSON is an error of kind KindDecode.
func ParseWorkflowInterruptData(text string) (WorkflowInterruptData, error) {
	r, err := decodeModel("WorkflowInterruptData", text)
	if err != nil {
		return WorkflowInterruptData{}, err
	}
	return newWorkflowInterruptData(r, rootCell), nil
}

// EventID is the "event_id" field: pass back to workflows.runs.resume.
func (v WorkflowInterruptData) EventID() string {
	return v.r.text(v.field(0))
}

// Type is the "type" field: interrupt type; pass back as interrupt_type.
func (v WorkflowInterruptData) Type() int64 {
	return v.r.integer(v.field(1))
}

// Data is the "data" field: the interrupting question, often JSON text.
func (v WorkflowInterruptData) Data() string {
	return v.r.text(v.field(2))
}

// RequiredParameters is the "required_parameters" field: parameters the answer must supply.
func (v WorkflowInterruptData) RequiredParameters() map[string]any {
	return mapOf(v.r, v.field(3), (*record).plain)
}

// WorkflowInterruptEvent is a view of the WorkflowInterruptEvent model: payload of a workflow
// Interrupt event.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type WorkflowInterruptEvent struct{ view }

func newWorkflowInterruptEvent(r *record, c int32) WorkflowInterruptEvent {
	return WorkflowInterruptEvent{r.object(c)}
}

// ParseWorkflowInterruptEvent reads JSON text as a WorkflowInterruptEvent, with the canonical rules
// of every cozecore language; text that is not JSON is an error of kind KindDecode.
func ParseWorkflowInterruptEvent(text string) (WorkflowInterruptEvent, error) {
	r, err := decodeModel("WorkflowInterruptEvent", text)
	if err != nil {
		return WorkflowInterruptEvent{}, err
	}
	return newWorkflowInterruptEvent(r, rootCell), nil
}

// InterruptData is the "interrupt_data" field.
func (v WorkflowInterruptEvent) InterruptData() WorkflowInterruptData {
	return newWorkflowInterruptData(v.r, v.field(0))
}

// NodeTitle is the "node_title" field: name of the interrupting node.
func (v WorkflowInterruptEvent) NodeTitle() string {
	return v.r.text(v.field(1))
}

// WorkflowMessageEvent is a view of the WorkflowMessageEvent model: payload of a workflow Message
// event.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type WorkflowMessageEvent struct{ view }

func newWorkflowMessageEvent(r *record, c int32) WorkflowMessageEvent {
	return WorkflowMessageEvent{r.object(c)}
}

// ParseWorkflowMessageEvent reads JSON text as a WorkflowMessageEvent, with the canonical rules of
// every cozecore language; text that is not JSON is an error of kind KindDecode.
func ParseWorkflowMessageEvent(text string) (WorkflowMessageEvent, error) {
	r, err := decodeModel("WorkflowMessageEvent", text)
	if err != nil {
		return WorkflowMessageEvent{}, err
	}
	return newWorkflowMessageEvent(r, rootCell), nil
}

// Content is the "content" field.
func (v WorkflowMessageEvent) Content() string {
	return v.r.text(v.field(0))
}

// ContentType is the "content_type" field.
func (v WorkflowMessageEvent) ContentType() string {
	return v.r.text(v.field(1))
}

// NodeTitle is the "node_title" field: name of the node that sent the message.
func (v WorkflowMessageEvent) NodeTitle() string {
	return v.r.text(v.field(2))
}

// NodeSeqID is the "node_seq_id" field: index of the message within the node, from 0.
func (v WorkflowMessageEvent) NodeSeqID() string {
	return v.r.text(v.field(3))
}

// NodeIsFinish is the "node_is_finish" field: last message of the node.
func (v WorkflowMessageEvent) NodeIsFinish() bool {
	return v.r.boolean(v.field(4))
}

// Ext is the "ext" field: extra fields.
func (v WorkflowMessageEvent) Ext() map[string]string {
	return mapOf(v.r, v.field(5), (*record).text)
}

// Usage is the "usage" field.
func (v WorkflowMessageEvent) Usage() Usage {
	return newUsage(v.r, v.field(6))
}

// Cost is the "cost" field: reserved.
func (v WorkflowMessageEvent) Cost() string {
	return v.r.text(v.field(7))
}

// Token is the "token" field: tokens used.
func (v WorkflowMessageEvent) Token() int64 {
	return v.r.integer(v.field(8))
}

// NodeID is the "node_id" field: id of the node that sent the message.
func (v WorkflowMessageEvent) NodeID() string {
	return v.r.text(v.field(9))
}

// NodeExecuteUUID is the "node_execute_uuid" field: id of this execution of the node.
func (v WorkflowMessageEvent) NodeExecuteUUID() string {
	return v.r.text(v.field(10))
}

// WorkflowNodeExecuteHistory is a view of the WorkflowNodeExecuteHistory model: the output of one
// node execution.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type WorkflowNodeExecuteHistory struct{ view }

func newWorkflowNodeExecuteHistory(r *record, c int32) WorkflowNodeExecuteHistory {
	return WorkflowNodeExecuteHistory{r.object(c)}
}

// ParseWorkflowNodeExecuteHistory reads JSON text as a WorkflowNodeExecuteHistory, with the
// canonical rules of every cozecore language; text that is not JSON is an error of kind KindDecode.
func ParseWorkflowNodeExecuteHistory(text string) (WorkflowNodeExecuteHistory, error) {
	r, err := decodeModel("WorkflowNodeExecuteHistory", text)
	if err != nil {
		return WorkflowNodeExecuteHistory{}, err
	}
	return newWorkflowNodeExecuteHistory(r, rootCell), nil
}

// IsFinish is the "is_finish" field.
func (v WorkflowNodeExecuteHistory) IsFinish() bool {
	return v.r.boolean(v.field(0))
}

// NodeOutput is the "node_output" field: usually JSON text.
func (v WorkflowNodeExecuteHistory) NodeOutput() string {
	return v.r.text(v.field(1))
}

// WorkflowNodeExecuteStatus is a view of the WorkflowNodeExecuteStatus model: how one node of a
// workflow run went.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type WorkflowNodeExecuteStatus struct{ view }

func newWorkflowNodeExecuteStatus(r *record, c int32) WorkflowNodeExecuteStatus {
	return WorkflowNodeExecuteStatus{r.object(c)}
}

// ParseWorkflowNodeExecuteStatus reads JSON text as a WorkflowNodeExecuteStatus, with the canonical
// rules of every cozecore language; text that is not JSON is an error of kind KindDecode.
func ParseWorkflowNodeExecuteStatus(text string) (WorkflowNodeExecuteStatus, error) {
	r, err := decodeModel("WorkflowNodeExecuteStatus", text)
	if err != nil {
		return WorkflowNodeExecuteStatus{}, err
	}
	return newWorkflowNodeExecuteStatus(r, rootCell), nil
}

// NodeID is the "node_id" field.
func (v WorkflowNodeExecuteStatus) NodeID() string {
	return v.r.text(v.field(0))
}

// IsFinish is the "is_finish" field.
func (v WorkflowNodeExecuteStatus) IsFinish() bool {
	return v.r.boolean(v.field(1))
}

// LoopIndex is the "loop_index" field: iteration within a loop node.
func (v WorkflowNodeExecuteStatus) LoopIndex() int64 {
	return v.r.integer(v.field(2))
}

// BatchIndex is the "batch_index" field: item within a batch node.
func (v WorkflowNodeExecuteStatus) BatchIndex() int64 {
	return v.r.integer(v.field(3))
}

// UpdateTime is the "update_time" field: unix time in seconds.
func (v WorkflowNodeExecuteStatus) UpdateTime() int64 {
	return v.r.integer(v.field(4))
}

// SubExecuteID is the "sub_execute_id" field: run id of a sub-workflow.
func (v WorkflowNodeExecuteStatus) SubExecuteID() string {
	return v.r.text(v.field(5))
}

// NodeExecuteUUID is the "node_execute_uuid" field: id of this execution of the node.
func (v WorkflowNodeExecuteStatus) NodeExecuteUUID() string {
	return v.r.text(v.field(6))
}

// WorkflowOutput is a view of the WorkflowOutput model: the end node's output.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type WorkflowOutput struct{ view }

func newWorkflowOutput(r *record, c int32) WorkflowOutput {
	return WorkflowOutput{r.object(c)}
}

// ParseWorkflowOutput reads JSON text as a WorkflowOutput, with the canonical rules of every
// cozecore language; text that is not JSON is an error of kind KindDecode.
func ParseWorkflowOutput(text string) (WorkflowOutput, error) {
	r, err := decodeModel("WorkflowOutput", text)
	if err != nil {
		return WorkflowOutput{}, err
	}
	return newWorkflowOutput(r, rootCell), nil
}

// Content is the "content" field: answer template when the end node returns text.
func (v WorkflowOutput) Content() string {
	return v.r.text(v.field(0))
}

// Parameters is the "parameters" field.
func (v WorkflowOutput) Parameters() map[string]WorkflowParameter {
	return mapOf(v.r, v.field(1), newWorkflowParameter)
}

// TerminatePlan is the "terminate_plan" field: how the end node answers.
func (v WorkflowOutput) TerminatePlan() string {
	return v.r.text(v.field(2))
}

// WorkflowParameter is a view of the WorkflowParameter model: one parameter of a workflow.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type WorkflowParameter struct{ view }

func newWorkflowParameter(r *record, c int32) WorkflowParameter {
	return WorkflowParameter{r.object(c)}
}

// ParseWorkflowParameter reads JSON text as a WorkflowParameter, with the canonical rules of every
// cozecore language; text that is not JSON is an error of kind KindDecode.
func ParseWorkflowParameter(text string) (WorkflowParameter, error) {
	r, err := decodeModel("WorkflowParameter", text)
	if err != nil {
		return WorkflowParameter{}, err
	}
	return newWorkflowParameter(r, rootCell), nil
}

// Type is the "type" field.
func (v WorkflowParameter) Type() string {
	return v.r.text(v.field(0))
}

// Required is the "required" field.
func (v WorkflowParameter) Required() bool {
	return v.r.boolean(v.field(1))
}

// Description is the "description" field.
func (v WorkflowParameter) Description() string {
	return v.r.text(v.field(2))
}

// DefaultValue is the "default_value" field.
func (v WorkflowParameter) DefaultValue() string {
	return v.r.text(v.field(3))
}

// Items is the "items" field: element parameter of an array parameter.
func (v WorkflowParameter) Items() any {
	return v.r.plain(v.field(4))
}

// Properties is the "properties" field: member parameters of an object parameter.
func (v WorkflowParameter) Properties() map[string]any {
	return mapOf(v.r, v.field(5), (*record).plain)
}

// WorkflowRunHistory is a view of the WorkflowRunHistory model: one workflow run.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type WorkflowRunHistory struct{ view }

func newWorkflowRunHistory(r *record, c int32) WorkflowRunHistory {
	return WorkflowRunHistory{r.object(c)}
}

// ParseWorkflowRunHistory reads JSON text as a WorkflowRunHistory, with the canonical rules of
// every cozecore language; text that is not JSON is an error of kind KindDecode.
func ParseWorkflowRunHistory(text string) (WorkflowRunHistory, error) {
	r, err := decodeModel("WorkflowRunHistory", text)
	if err != nil {
		return WorkflowRunHistory{}, err
	}
	return newWorkflowRunHistory(r, rootCell), nil
}

// ExecuteID is the "execute_id" field.
func (v WorkflowRunHistory) ExecuteID() string {
	return v.r.text(v.field(0))
}

// ExecuteStatus is the "execute_status" field. Known values: "Success", "Running", "Fail" (others
// are kept).
func (v WorkflowRunHistory) ExecuteStatus() string {
	return v.r.text(v.field(1))
}

// BotID is the "bot_id" field: bot the run used; 0 when none.
func (v WorkflowRunHistory) BotID() string {
	return v.r.text(v.field(2))
}

// ConnectorID is the "connector_id" field.
func (v WorkflowRunHistory) ConnectorID() string {
	return v.r.text(v.field(3))
}

// ConnectorUID is the "connector_uid" field: the end user's id.
func (v WorkflowRunHistory) ConnectorUID() string {
	return v.r.text(v.field(4))
}

// RunMode is the "run_mode" field: 0 synchronous, 1 streaming, 2 asynchronous.
func (v WorkflowRunHistory) RunMode() int64 {
	return v.r.integer(v.field(5))
}

// Logid is the "logid" field: log id of the asynchronous run.
func (v WorkflowRunHistory) Logid() string {
	return v.r.text(v.field(6))
}

// CreateTime is the "create_time" field: unix time in seconds.
func (v WorkflowRunHistory) CreateTime() int64 {
	return v.r.integer(v.field(7))
}

// UpdateTime is the "update_time" field: unix time in seconds.
func (v WorkflowRunHistory) UpdateTime() int64 {
	return v.r.integer(v.field(8))
}

// Output is the "output" field: the workflow's output, usually JSON text.
func (v WorkflowRunHistory) Output() string {
	return v.r.text(v.field(9))
}

// ErrorCode is the "error_code" field: 0 on success.
func (v WorkflowRunHistory) ErrorCode() string {
	return v.r.text(v.field(10))
}

// ErrorMessage is the "error_message" field.
func (v WorkflowRunHistory) ErrorMessage() string {
	return v.r.text(v.field(11))
}

// DebugURL is the "debug_url" field: page showing the run (kept 7 days).
func (v WorkflowRunHistory) DebugURL() string {
	return v.r.text(v.field(12))
}

// Usage is the "usage" field.
func (v WorkflowRunHistory) Usage() Usage {
	return newUsage(v.r, v.field(13))
}

// IsOutputTrimmed is the "is_output_trimmed" field: the output was cut for size.
func (v WorkflowRunHistory) IsOutputTrimmed() bool {
	return v.r.boolean(v.field(14))
}

// NodeExecuteStatus is the "node_execute_status" field: output nodes' runs by node.
func (v WorkflowRunHistory) NodeExecuteStatus() map[string]WorkflowNodeExecuteStatus {
	return mapOf(v.r, v.field(15), newWorkflowNodeExecuteStatus)
}

// InterruptData is the "interrupt_data" field.
func (v WorkflowRunHistory) InterruptData() WorkflowInterruptData {
	return newWorkflowInterruptData(v.r, v.field(16))
}

// WorkflowRunResult is a view of the WorkflowRunResult model: the result of a workflow run.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type WorkflowRunResult struct{ view }

func newWorkflowRunResult(r *record, c int32) WorkflowRunResult {
	return WorkflowRunResult{r.object(c)}
}

// ParseWorkflowRunResult reads JSON text as a WorkflowRunResult, with the canonical rules of every
// cozecore language; text that is not JSON is an error of kind KindDecode.
func ParseWorkflowRunResult(text string) (WorkflowRunResult, error) {
	r, err := decodeModel("WorkflowRunResult", text)
	if err != nil {
		return WorkflowRunResult{}, err
	}
	return newWorkflowRunResult(r, rootCell), nil
}

// Data is the "data" field: the workflow's output (sent as JSON text, parsed).
func (v WorkflowRunResult) Data() any {
	return v.r.plain(v.field(0))
}

// ExecuteID is the "execute_id" field: run id, for the run history.
func (v WorkflowRunResult) ExecuteID() string {
	return v.r.text(v.field(1))
}

// DebugURL is the "debug_url" field: page showing the run (kept 7 days).
func (v WorkflowRunResult) DebugURL() string {
	return v.r.text(v.field(2))
}

// Usage is the "usage" field.
func (v WorkflowRunResult) Usage() Usage {
	return newUsage(v.r, v.field(3))
}

// InterruptData is the "interrupt_data" field.
func (v WorkflowRunResult) InterruptData() WorkflowInterruptData {
	return newWorkflowInterruptData(v.r, v.field(4))
}

// Cost is the "cost" field: reserved.
func (v WorkflowRunResult) Cost() string {
	return v.r.text(v.field(5))
}

// Token is the "token" field: tokens used.
func (v WorkflowRunResult) Token() int64 {
	return v.r.integer(v.field(6))
}

// WorkflowUser is a view of the WorkflowUser model: a Coze user who created a workflow.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type WorkflowUser struct{ view }

func newWorkflowUser(r *record, c int32) WorkflowUser {
	return WorkflowUser{r.object(c)}
}

// ParseWorkflowUser reads JSON text as a WorkflowUser, with the canonical rules of every cozecore
// language; text that is not JSON is an error of kind KindDecode.
func ParseWorkflowUser(text string) (WorkflowUser, error) {
	r, err := decodeModel("WorkflowUser", text)
	if err != nil {
		return WorkflowUser{}, err
	}
	return newWorkflowUser(r, rootCell), nil
}

// ID is the "id" field.
func (v WorkflowUser) ID() string {
	return v.r.text(v.field(0))
}

// Name is the "name" field.
func (v WorkflowUser) Name() string {
	return v.r.text(v.field(1))
}

// Workspace is a view of the Workspace model: a workspace.
// Its fields are read from the decoded answer when called; a null or absent field gives the zero
// value (Has tells them apart), and the keys the model does not know are kept (Extra, ToMap).
type Workspace struct{ view }

func newWorkspace(r *record, c int32) Workspace {
	return Workspace{r.object(c)}
}

// ParseWorkspace reads JSON text as a Workspace, with the canonical rules of every cozecore
// language; text that is not JSON is an error of kind KindDecode.
func ParseWorkspace(text string) (Workspace, error) {
	r, err := decodeModel("Workspace", text)
	if err != nil {
		return Workspace{}, err
	}
	return newWorkspace(r, rootCell), nil
}

// ID is the "id" field.
func (v Workspace) ID() string {
	return v.r.text(v.field(0))
}

// Name is the "name" field.
func (v Workspace) Name() string {
	return v.r.text(v.field(1))
}

// IconURL is the "icon_url" field.
func (v Workspace) IconURL() string {
	return v.r.text(v.field(2))
}

// Description is the "description" field.
func (v Workspace) Description() string {
	return v.r.text(v.field(3))
}

// RoleType is the "role_type" field. Known values: "owner", "admin", "member" (others are kept).
func (v Workspace) RoleType() string {
	return v.r.text(v.field(4))
}

// WorkspaceType is the "workspace_type" field. Known values: "personal", "team" (others are kept).
func (v Workspace) WorkspaceType() string {
	return v.r.text(v.field(5))
}

// EnterpriseID is the "enterprise_id" field.
func (v Workspace) EnterpriseID() string {
	return v.r.text(v.field(6))
}

// OwnerUID is the "owner_uid" field.
func (v Workspace) OwnerUID() string {
	return v.r.text(v.field(7))
}

// AdminUIDs is the "admin_uids" field.
func (v Workspace) AdminUIDs() []string {
	return arrayOf(v.r, v.field(8), (*record).text)
}

// JoinedStatus is the "joined_status" field.
func (v Workspace) JoinedStatus() string {
	return v.r.text(v.field(9))
}

// BotKnowledgeParam is the BotKnowledge model as a parameter: fields left empty are not sent.
type BotKnowledgeParam struct {
	// KnowledgeInfos is "knowledge_infos".
	KnowledgeInfos []BotKnowledgeInfoParam `json:"knowledge_infos,omitempty"`
	// DatasetIDs is "dataset_ids".
	DatasetIDs []string `json:"dataset_ids,omitempty"`
	// AutoCall is "auto_call": search on every turn.
	AutoCall *bool `json:"auto_call,omitempty"`
	// SearchStrategy is "search_strategy": 0 semantic, 1 hybrid, 20 full text.
	SearchStrategy *int64 `json:"search_strategy,omitempty"`
}

// BotKnowledgeInfoParam is the BotKnowledgeInfo model as a parameter: fields left empty are not
// sent.
type BotKnowledgeInfoParam struct {
	// ID is "id".
	ID string `json:"id,omitempty"`
	// Name is "name".
	Name string `json:"name,omitempty"`
}

// BotModelInfoParam is the BotModelInfo model as a parameter: fields left empty are not sent.
type BotModelInfoParam struct {
	// ModelID is "model_id".
	ModelID string `json:"model_id,omitempty"`
	// ModelName is "model_name".
	ModelName string `json:"model_name,omitempty"`
	// Temperature is "temperature".
	Temperature *float64 `json:"temperature,omitempty"`
	// TopK is "top_k".
	TopK *int64 `json:"top_k,omitempty"`
	// TopP is "top_p".
	TopP *float64 `json:"top_p,omitempty"`
	// MaxTokens is "max_tokens".
	MaxTokens *int64 `json:"max_tokens,omitempty"`
	// ContextRound is "context_round": rounds of context kept.
	ContextRound *int64 `json:"context_round,omitempty"`
	// ResponseFormat is "response_format".
	ResponseFormat string `json:"response_format,omitempty"`
	// PresencePenalty is "presence_penalty".
	PresencePenalty *float64 `json:"presence_penalty,omitempty"`
	// FrequencyPenalty is "frequency_penalty".
	FrequencyPenalty *float64 `json:"frequency_penalty,omitempty"`
	// CacheType is "cache_type".
	CacheType string `json:"cache_type,omitempty"`
	// SpAntiLeak is "sp_anti_leak": protect the system prompt.
	SpAntiLeak *bool `json:"sp_anti_leak,omitempty"`
	// SpCurrentTime is "sp_current_time": add the current time to the system prompt.
	SpCurrentTime *bool `json:"sp_current_time,omitempty"`
	// Parameters is "parameters": model-specific settings.
	Parameters map[string]string `json:"parameters,omitempty"`
}

// BotOnboardingInfoParam is the BotOnboardingInfo model as a parameter: fields left empty are not
// sent.
type BotOnboardingInfoParam struct {
	// Prologue is "prologue".
	Prologue string `json:"prologue,omitempty"`
	// SuggestedQuestions is "suggested_questions".
	SuggestedQuestions []string `json:"suggested_questions,omitempty"`
}

// BotPluginIdInfoParam is the BotPluginIdInfo model as a parameter: fields left empty are not sent.
type BotPluginIdInfoParam struct {
	// PluginID is "plugin_id".
	PluginID string `json:"plugin_id,omitempty"`
	// APIID is "api_id".
	APIID string `json:"api_id,omitempty"`
}

// BotPluginIdListParam is the BotPluginIdList model as a parameter: fields left empty are not sent.
type BotPluginIdListParam struct {
	// IDList is "id_list".
	IDList []BotPluginIdInfoParam `json:"id_list,omitempty"`
}

// BotPromptInfoParam is the BotPromptInfo model as a parameter: fields left empty are not sent.
type BotPromptInfoParam struct {
	// Prompt is "prompt".
	Prompt string `json:"prompt,omitempty"`
}

// BotSuggestReplyInfoParam is the BotSuggestReplyInfo model as a parameter: fields left empty are
// not sent.
type BotSuggestReplyInfoParam struct {
	// ReplyMode is "reply_mode".
	ReplyMode string `json:"reply_mode,omitempty"`
	// CustomizedPrompt is "customized_prompt".
	CustomizedPrompt string `json:"customized_prompt,omitempty"`
}

// BotWorkflowIdInfoParam is the BotWorkflowIdInfo model as a parameter: fields left empty are not
// sent.
type BotWorkflowIdInfoParam struct {
	// ID is "id".
	ID string `json:"id,omitempty"`
}

// BotWorkflowIdListParam is the BotWorkflowIdList model as a parameter: fields left empty are not
// sent.
type BotWorkflowIdListParam struct {
	// IDs is "ids".
	IDs []BotWorkflowIdInfoParam `json:"ids,omitempty"`
}

// DocumentBaseParam is the DocumentBase model as a parameter: fields left empty are not sent.
type DocumentBaseParam struct {
	// Name is "name".
	Name string `json:"name,omitempty"`
	// SourceInfo is "source_info".
	SourceInfo *DocumentSourceInfoParam `json:"source_info,omitempty"`
	// UpdateRule is "update_rule".
	UpdateRule *DocumentUpdateRuleParam `json:"update_rule,omitempty"`
	// Caption is "caption": caption of an image.
	Caption string `json:"caption,omitempty"`
}

// DocumentChunkStrategyParam is the DocumentChunkStrategy model as a parameter: fields left empty
// are not sent.
type DocumentChunkStrategyParam struct {
	// ChunkType is "chunk_type": 0 automatic, 1 custom.
	ChunkType *int64 `json:"chunk_type,omitempty"`
	// Separator is "separator".
	Separator string `json:"separator,omitempty"`
	// MaxTokens is "max_tokens".
	MaxTokens *int64 `json:"max_tokens,omitempty"`
	// RemoveExtraSpaces is "remove_extra_spaces".
	RemoveExtraSpaces *bool `json:"remove_extra_spaces,omitempty"`
	// RemoveURLsEmails is "remove_urls_emails".
	RemoveURLsEmails *bool `json:"remove_urls_emails,omitempty"`
	// CaptionType is "caption_type": 0 automatic, 1 manual (image knowledge bases).
	CaptionType *int64 `json:"caption_type,omitempty"`
}

// DocumentSourceInfoParam is the DocumentSourceInfo model as a parameter: fields left empty are not
// sent.
type DocumentSourceInfoParam struct {
	// FileBase64 is "file_base64".
	FileBase64 string `json:"file_base64,omitempty"`
	// FileType is "file_type": file extension.
	FileType string `json:"file_type,omitempty"`
	// WebURL is "web_url".
	WebURL string `json:"web_url,omitempty"`
	// DocumentSource is "document_source": 0 local file, 1 web page, 5 uploaded file id.
	DocumentSource *int64 `json:"document_source,omitempty"`
	// SourceFileID is "source_file_id": a file from files.upload.
	SourceFileID string `json:"source_file_id,omitempty"`
}

// DocumentUpdateRuleParam is the DocumentUpdateRule model as a parameter: fields left empty are not
// sent.
type DocumentUpdateRuleParam struct {
	// UpdateType is "update_type": 0 no automatic update, 1 automatic update.
	UpdateType *int64 `json:"update_type,omitempty"`
	// UpdateInterval is "update_interval": hours between automatic updates.
	UpdateInterval *int64 `json:"update_interval,omitempty"`
}

// EnterMessageParam is the EnterMessage model as a parameter: fields left empty are not sent.
type EnterMessageParam struct {
	// Role is "role".
	Role string `json:"role,omitempty"`
	// Type is "type".
	Type string `json:"type,omitempty"`
	// Content is "content": text, or the JSON text of object_string items.
	Content string `json:"content,omitempty"`
	// ContentType is "content_type".
	ContentType string `json:"content_type,omitempty"`
	// MetaData is "meta_data": custom key-value pairs.
	MetaData map[string]string `json:"meta_data,omitempty"`
}

// RoomAudioConfigParam is the RoomAudioConfig model as a parameter: fields left empty are not sent.
type RoomAudioConfigParam struct {
	// Codec is "codec".
	Codec string `json:"codec,omitempty"`
}

// RoomConfigParam is the RoomConfig model as a parameter: fields left empty are not sent.
type RoomConfigParam struct {
	// AudioConfig is "audio_config".
	AudioConfig *RoomAudioConfigParam `json:"audio_config,omitempty"`
	// VideoConfig is "video_config".
	VideoConfig *RoomVideoConfigParam `json:"video_config,omitempty"`
	// PrologueContent is "prologue_content": what the bot says first.
	PrologueContent string `json:"prologue_content,omitempty"`
	// PrologueDelayDurationMs is "prologue_delay_duration_ms": delay before the prologue.
	PrologueDelayDurationMs *int64 `json:"prologue_delay_duration_ms,omitempty"`
	// RoomMode is "room_mode".
	RoomMode string `json:"room_mode,omitempty"`
	// TranslateConfig is "translate_config".
	TranslateConfig *RoomTranslateConfigParam `json:"translate_config,omitempty"`
}

// RoomTranslateConfigParam is the RoomTranslateConfig model as a parameter: fields left empty are
// not sent.
type RoomTranslateConfigParam struct {
	// From is "from".
	From string `json:"from,omitempty"`
	// To is "to".
	To string `json:"to,omitempty"`
}

// RoomVideoConfigParam is the RoomVideoConfig model as a parameter: fields left empty are not sent.
type RoomVideoConfigParam struct {
	// Codec is "codec".
	Codec string `json:"codec,omitempty"`
	// StreamVideoType is "stream_video_type".
	StreamVideoType string `json:"stream_video_type,omitempty"`
	// VideoFrameRate is "video_frame_rate".
	VideoFrameRate *int64 `json:"video_frame_rate,omitempty"`
	// VideoFrameExpireDuration is "video_frame_expire_duration".
	VideoFrameExpireDuration *int64 `json:"video_frame_expire_duration,omitempty"`
}

// ShortcutCommandParam is the ShortcutCommand model as a parameter: fields left empty are not sent.
type ShortcutCommandParam struct {
	// CommandID is "command_id".
	CommandID string `json:"command_id,omitempty"`
	// Parameters is "parameters": component values by component name.
	Parameters map[string]string `json:"parameters,omitempty"`
}

// ToolOutputParam is the ToolOutput model as a parameter: fields left empty are not sent.
type ToolOutputParam struct {
	// ToolCallID is "tool_call_id": id of the tool call answered.
	ToolCallID string `json:"tool_call_id,omitempty"`
	// Output is "output".
	Output string `json:"output,omitempty"`
}

// VariableValueParam is the VariableValue model as a parameter: fields left empty are not sent.
type VariableValueParam struct {
	// Keyword is "keyword".
	Keyword string `json:"keyword,omitempty"`
	// Value is "value".
	Value string `json:"value,omitempty"`
	// CreateTime is "create_time": unix time in seconds; 0 for a default value.
	CreateTime *int64 `json:"create_time,omitempty"`
	// UpdateTime is "update_time": unix time in seconds.
	UpdateTime *int64 `json:"update_time,omitempty"`
}

// parseModel reads text as the model named name through its Parse function.
func parseModel(name, text string) (Viewer, error) {
	switch name {
	case "BackgroundImageInfo":
		return ParseBackgroundImageInfo(text)
	case "Bot":
		return ParseBot(text)
	case "BotBackgroundImageInfo":
		return ParseBotBackgroundImageInfo(text)
	case "BotKnowledge":
		return ParseBotKnowledge(text)
	case "BotKnowledgeInfo":
		return ParseBotKnowledgeInfo(text)
	case "BotModelInfo":
		return ParseBotModelInfo(text)
	case "BotOnboardingInfo":
		return ParseBotOnboardingInfo(text)
	case "BotPluginApiInfo":
		return ParseBotPluginApiInfo(text)
	case "BotPluginIdInfo":
		return ParseBotPluginIdInfo(text)
	case "BotPluginIdList":
		return ParseBotPluginIdList(text)
	case "BotPluginInfo":
		return ParseBotPluginInfo(text)
	case "BotPromptInfo":
		return ParseBotPromptInfo(text)
	case "BotShortcutCommandComponent":
		return ParseBotShortcutCommandComponent(text)
	case "BotShortcutCommandInfo":
		return ParseBotShortcutCommandInfo(text)
	case "BotShortcutCommandTool":
		return ParseBotShortcutCommandTool(text)
	case "BotSuggestReplyInfo":
		return ParseBotSuggestReplyInfo(text)
	case "BotVariable":
		return ParseBotVariable(text)
	case "BotVoiceInfo":
		return ParseBotVoiceInfo(text)
	case "BotWorkflowIdInfo":
		return ParseBotWorkflowIdInfo(text)
	case "BotWorkflowIdList":
		return ParseBotWorkflowIdList(text)
	case "BotWorkflowInfo":
		return ParseBotWorkflowInfo(text)
	case "CanvasPosition":
		return ParseCanvasPosition(text)
	case "Chat":
		return ParseChat(text)
	case "ChatError":
		return ParseChatError(text)
	case "ChatRequiredAction":
		return ParseChatRequiredAction(text)
	case "ChatSubmitToolOutputs":
		return ParseChatSubmitToolOutputs(text)
	case "ChatToolCall":
		return ParseChatToolCall(text)
	case "ChatToolCallFunction":
		return ParseChatToolCallFunction(text)
	case "ClientHealth":
		return ParseClientHealth(text)
	case "CloneVoiceResult":
		return ParseCloneVoiceResult(text)
	case "Conversation":
		return ParseConversation(text)
	case "CreateBotResult":
		return ParseCreateBotResult(text)
	case "CreateDatasetResult":
		return ParseCreateDatasetResult(text)
	case "Dataset":
		return ParseDataset(text)
	case "DeviceCode":
		return ParseDeviceCode(text)
	case "Document":
		return ParseDocument(text)
	case "DocumentBase":
		return ParseDocumentBase(text)
	case "DocumentChunkStrategy":
		return ParseDocumentChunkStrategy(text)
	case "DocumentProgress":
		return ParseDocumentProgress(text)
	case "DocumentSourceInfo":
		return ParseDocumentSourceInfo(text)
	case "DocumentUpdateRule":
		return ParseDocumentUpdateRule(text)
	case "DoneEventData":
		return ParseDoneEventData(text)
	case "DuplicateTemplateResult":
		return ParseDuplicateTemplateResult(text)
	case "EnterMessage":
		return ParseEnterMessage(text)
	case "ErrorEventData":
		return ParseErrorEventData(text)
	case "File":
		return ParseFile(text)
	case "GradientPosition":
		return ParseGradientPosition(text)
	case "InsertedMessage":
		return ParseInsertedMessage(text)
	case "ListBotsResult":
		return ParseListBotsResult(text)
	case "ListConversationsResult":
		return ParseListConversationsResult(text)
	case "ListDatasetsResult":
		return ParseListDatasetsResult(text)
	case "ListDocumentsResult":
		return ParseListDocumentsResult(text)
	case "ListMessagesResult":
		return ParseListMessagesResult(text)
	case "ListPhotosResult":
		return ParseListPhotosResult(text)
	case "ListVoicesResult":
		return ParseListVoicesResult(text)
	case "ListWorkflowsResult":
		return ParseListWorkflowsResult(text)
	case "ListWorkspacesResult":
		return ParseListWorkspacesResult(text)
	case "Message":
		return ParseMessage(text)
	case "OAuthToken":
		return ParseOAuthToken(text)
	case "Photo":
		return ParsePhoto(text)
	case "ProcessDatasetResult":
		return ParseProcessDatasetResult(text)
	case "PublishBotResult":
		return ParsePublishBotResult(text)
	case "ResponseDetail":
		return ParseResponseDetail(text)
	case "RetrieveVariablesResult":
		return ParseRetrieveVariablesResult(text)
	case "Room":
		return ParseRoom(text)
	case "RoomAudioConfig":
		return ParseRoomAudioConfig(text)
	case "RoomConfig":
		return ParseRoomConfig(text)
	case "RoomTranslateConfig":
		return ParseRoomTranslateConfig(text)
	case "RoomVideoConfig":
		return ParseRoomVideoConfig(text)
	case "Section":
		return ParseSection(text)
	case "ShortcutCommand":
		return ParseShortcutCommand(text)
	case "SimpleBot":
		return ParseSimpleBot(text)
	case "ToolOutput":
		return ParseToolOutput(text)
	case "Transcription":
		return ParseTranscription(text)
	case "Usage":
		return ParseUsage(text)
	case "User":
		return ParseUser(text)
	case "VariableValue":
		return ParseVariableValue(text)
	case "Voice":
		return ParseVoice(text)
	case "VoiceEmotion":
		return ParseVoiceEmotion(text)
	case "VoiceEmotionScale":
		return ParseVoiceEmotionScale(text)
	case "WorkflowBasic":
		return ParseWorkflowBasic(text)
	case "WorkflowErrorEvent":
		return ParseWorkflowErrorEvent(text)
	case "WorkflowInfo":
		return ParseWorkflowInfo(text)
	case "WorkflowInput":
		return ParseWorkflowInput(text)
	case "WorkflowInterruptData":
		return ParseWorkflowInterruptData(text)
	case "WorkflowInterruptEvent":
		return ParseWorkflowInterruptEvent(text)
	case "WorkflowMessageEvent":
		return ParseWorkflowMessageEvent(text)
	case "WorkflowNodeExecuteHistory":
		return ParseWorkflowNodeExecuteHistory(text)
	case "WorkflowNodeExecuteStatus":
		return ParseWorkflowNodeExecuteStatus(text)
	case "WorkflowOutput":
		return ParseWorkflowOutput(text)
	case "WorkflowParameter":
		return ParseWorkflowParameter(text)
	case "WorkflowRunHistory":
		return ParseWorkflowRunHistory(text)
	case "WorkflowRunResult":
		return ParseWorkflowRunResult(text)
	case "WorkflowUser":
		return ParseWorkflowUser(text)
	case "Workspace":
		return ParseWorkspace(text)
	}
	return nil, unknownModel(name)
}
