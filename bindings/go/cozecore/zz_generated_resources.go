// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).

package cozecore

import (
	"context"
	"io"
)

// Resources are the API's resources, one field per top-level resource, each with one method per
// operation and a field per sub-resource; Client embeds them (c.Chat, c.Conversations.Messages,
// ...).
type Resources struct {
	// Audio is the audio resource.
	Audio *AudioService
	// Bots is the bots resource.
	Bots *BotsService
	// Chat is the chat resource.
	Chat *ChatService
	// Conversations is the conversations resource.
	Conversations *ConversationsService
	// Datasets is the datasets resource.
	Datasets *DatasetsService
	// Files is the files resource.
	Files *FilesService
	// OAuth is the oauth resource.
	OAuth *OAuthService
	// Templates is the templates resource.
	Templates *TemplatesService
	// Users is the users resource.
	Users *UsersService
	// Variables is the variables resource.
	Variables *VariablesService
	// Workflows is the workflows resource.
	Workflows *WorkflowsService
	// Workspaces is the workspaces resource.
	Workspaces *WorkspacesService
}

func (r *Resources) init(c *Client) {
	r.Audio = newAudioService(c)
	r.Bots = newBotsService(c)
	r.Chat = newChatService(c)
	r.Conversations = newConversationsService(c)
	r.Datasets = newDatasetsService(c)
	r.Files = newFilesService(c)
	r.OAuth = newOAuthService(c)
	r.Templates = newTemplatesService(c)
	r.Users = newUsersService(c)
	r.Variables = newVariablesService(c)
	r.Workflows = newWorkflowsService(c)
	r.Workspaces = newWorkspacesService(c)
}

// AudioService is the audio resource.
type AudioService struct {
	c *Client
	// Rooms is the audio.rooms resource.
	Rooms *AudioRoomsService
	// Speech is the audio.speech resource.
	Speech *AudioSpeechService
	// Transcriptions is the audio.transcriptions resource.
	Transcriptions *AudioTranscriptionsService
	// Voices is the audio.voices resource.
	Voices *AudioVoicesService
}

func newAudioService(c *Client) *AudioService {
	s := &AudioService{c: c}
	s.Rooms = newAudioRoomsService(c)
	s.Speech = newAudioSpeechService(c)
	s.Transcriptions = newAudioTranscriptionsService(c)
	s.Voices = newAudioVoicesService(c)
	return s
}

// AudioRoomsService is the audio.rooms resource (audio.rooms.create).
type AudioRoomsService struct {
	c *Client
}

func newAudioRoomsService(c *Client) *AudioRoomsService {
	return &AudioRoomsService{c: c}
}

// Create calls audio.rooms.create (POST /v1/audio/rooms): creates an RTC room with a bot.
func (s *AudioRoomsService) Create(ctx context.Context, params AudioRoomsCreateParams, opts ...CallOption) (Room, error) {
	r, err := s.c.invoke(ctx, "audio.rooms.create", params, opts)
	if err != nil {
		return Room{}, err
	}
	return newRoom(r, rootCell), nil
}

// AudioSpeechService is the audio.speech resource (audio.speech.create).
type AudioSpeechService struct {
	c *Client
}

func newAudioSpeechService(c *Client) *AudioSpeechService {
	return &AudioSpeechService{c: c}
}

// Create calls audio.speech.create (POST /v1/audio/speech): turns text into speech.
// It returns the bytes of the answer and their content type; CreateTo and CreateToFile stream them
// instead.
func (s *AudioSpeechService) Create(ctx context.Context, params AudioSpeechCreateParams, opts ...CallOption) (*Binary, error) {
	return s.c.invokeBinary(ctx, "audio.speech.create", params, opts)
}

// CreateTo is Create with the answer written to w as it arrives (a file, any io.Writer, or a
// WriterFunc callback), never whole in memory; the Binary returned has its Size but no Data.
func (s *AudioSpeechService) CreateTo(ctx context.Context, params AudioSpeechCreateParams, w io.Writer, opts ...CallOption) (*Binary, error) {
	return s.c.invokeBinaryTo(ctx, "audio.speech.create", params, w, opts)
}

// CreateToFile is Create with the answer written to the file at path as it arrives (created or
// truncated; removed when the call fails); the Binary returned has its Size but no Data.
func (s *AudioSpeechService) CreateToFile(ctx context.Context, params AudioSpeechCreateParams, path string, opts ...CallOption) (*Binary, error) {
	return s.c.invokeBinaryToFile(ctx, "audio.speech.create", params, path, opts)
}

// AudioTranscriptionsService is the audio.transcriptions resource (audio.transcriptions.create).
type AudioTranscriptionsService struct {
	c *Client
}

func newAudioTranscriptionsService(c *Client) *AudioTranscriptionsService {
	return &AudioTranscriptionsService{c: c}
}

// Create calls audio.transcriptions.create (POST /v1/audio/transcriptions): turns speech into text.
func (s *AudioTranscriptionsService) Create(ctx context.Context, params AudioTranscriptionsCreateParams, opts ...CallOption) (Transcription, error) {
	r, err := s.c.invoke(ctx, "audio.transcriptions.create", params, opts)
	if err != nil {
		return Transcription{}, err
	}
	return newTranscription(r, rootCell), nil
}

// AudioVoicesService is the audio.voices resource (audio.voices.clone, audio.voices.list).
type AudioVoicesService struct {
	c *Client
}

func newAudioVoicesService(c *Client) *AudioVoicesService {
	return &AudioVoicesService{c: c}
}

// Clone calls audio.voices.clone (POST /v1/audio/voices/clone): clones a voice from a recording.
func (s *AudioVoicesService) Clone(ctx context.Context, params AudioVoicesCloneParams, opts ...CallOption) (CloneVoiceResult, error) {
	r, err := s.c.invoke(ctx, "audio.voices.clone", params, opts)
	if err != nil {
		return CloneVoiceResult{}, err
	}
	return newCloneVoiceResult(r, rootCell), nil
}

// List calls audio.voices.list (GET /v1/audio/voices): lists the voices available.
func (s *AudioVoicesService) List(ctx context.Context, params AudioVoicesListParams, opts ...CallOption) (ListVoicesResult, error) {
	r, err := s.c.invoke(ctx, "audio.voices.list", params, opts)
	if err != nil {
		return ListVoicesResult{}, err
	}
	return newListVoicesResult(r, rootCell), nil
}

// ListPages runs List page after page (the core's audio.voices.list.pages flow, page_num paging):
// the Pager hands out each page's voice_list as Voice items and asks for the next page only when
// the items before it were taken, so one page is in memory at a time. Nothing is sent before the
// first Next; Close it (or range over All or Pages) to stop early. A timeout bounds each page's
// request, not the whole iteration.
func (s *AudioVoicesService) ListPages(ctx context.Context, params AudioVoicesListParams, opts ...CallOption) *Pager[Voice, ListVoicesResult] {
	return newPager(ctx, s.c, "audio.voices.list.pages", params, opts, newListVoicesResult, ListVoicesResult.VoiceList,
		&pageFields{hasMore: "has_more"})
}

// BotsService is the bots resource (bots.create, bots.list, bots.list_v1, bots.publish,
// bots.retrieve, bots.retrieve_v1, bots.update).
type BotsService struct {
	c *Client
}

func newBotsService(c *Client) *BotsService {
	return &BotsService{c: c}
}

// Create calls bots.create (POST /v1/bot/create): creates a draft bot.
func (s *BotsService) Create(ctx context.Context, params BotsCreateParams, opts ...CallOption) (CreateBotResult, error) {
	r, err := s.c.invoke(ctx, "bots.create", params, opts)
	if err != nil {
		return CreateBotResult{}, err
	}
	return newCreateBotResult(r, rootCell), nil
}

// List calls bots.list (GET /v1/bots): lists the bots of a workspace.
func (s *BotsService) List(ctx context.Context, params BotsListParams, opts ...CallOption) (ListBotsResult, error) {
	r, err := s.c.invoke(ctx, "bots.list", params, opts)
	if err != nil {
		return ListBotsResult{}, err
	}
	return newListBotsResult(r, rootCell), nil
}

// ListPages runs List page after page (the core's bots.list.pages flow, page_num paging): the Pager
// hands out each page's items as SimpleBot items and asks for the next page only when the items
// before it were taken, so one page is in memory at a time. Nothing is sent before the first Next;
// Close it (or range over All or Pages) to stop early. A timeout bounds each page's request, not
// the whole iteration.
func (s *BotsService) ListPages(ctx context.Context, params BotsListParams, opts ...CallOption) *Pager[SimpleBot, ListBotsResult] {
	return newPager(ctx, s.c, "bots.list.pages", params, opts, newListBotsResult, ListBotsResult.Items,
		&pageFields{total: "total"})
}

// ListV1 calls bots.list_v1 (GET /v1/space/published_bots_list): lists the bots of a space
// published to the API channel (v1).
func (s *BotsService) ListV1(ctx context.Context, params BotsListV1Params, opts ...CallOption) (ListBotsResult, error) {
	r, err := s.c.invoke(ctx, "bots.list_v1", params, opts)
	if err != nil {
		return ListBotsResult{}, err
	}
	return newListBotsResult(r, rootCell), nil
}

// ListV1Pages runs ListV1 page after page (the core's bots.list_v1.pages flow, page_index paging):
// the Pager hands out each page's items as SimpleBot items and asks for the next page only when the
// items before it were taken, so one page is in memory at a time. Nothing is sent before the first
// Next; Close it (or range over All or Pages) to stop early. A timeout bounds each page's request,
// not the whole iteration.
func (s *BotsService) ListV1Pages(ctx context.Context, params BotsListV1Params, opts ...CallOption) *Pager[SimpleBot, ListBotsResult] {
	return newPager(ctx, s.c, "bots.list_v1.pages", params, opts, newListBotsResult, ListBotsResult.Items,
		&pageFields{total: "total"})
}

// Publish calls bots.publish (POST /v1/bot/publish): publishes a bot to channels.
func (s *BotsService) Publish(ctx context.Context, params BotsPublishParams, opts ...CallOption) (PublishBotResult, error) {
	r, err := s.c.invoke(ctx, "bots.publish", params, opts)
	if err != nil {
		return PublishBotResult{}, err
	}
	return newPublishBotResult(r, rootCell), nil
}

// Retrieve calls bots.retrieve (GET /v1/bots/{bot_id}): gets a bot's configuration.
func (s *BotsService) Retrieve(ctx context.Context, params BotsRetrieveParams, opts ...CallOption) (Bot, error) {
	r, err := s.c.invoke(ctx, "bots.retrieve", params, opts)
	if err != nil {
		return Bot{}, err
	}
	return newBot(r, rootCell), nil
}

// RetrieveV1 calls bots.retrieve_v1 (GET /v1/bot/get_online_info): gets a bot published to the API
// channel (v1).
func (s *BotsService) RetrieveV1(ctx context.Context, params BotsRetrieveV1Params, opts ...CallOption) (Bot, error) {
	r, err := s.c.invoke(ctx, "bots.retrieve_v1", params, opts)
	if err != nil {
		return Bot{}, err
	}
	return newBot(r, rootCell), nil
}

// Update calls bots.update (POST /v1/bot/update): changes a bot's draft.
func (s *BotsService) Update(ctx context.Context, params BotsUpdateParams, opts ...CallOption) error {
	_, err := s.c.invoke(ctx, "bots.update", params, opts)
	return err
}

// ChatService is the chat resource (chat.cancel, chat.create, chat.retrieve, chat.stream,
// chat.submit_tool_outputs, chat.submit_tool_outputs.stream).
type ChatService struct {
	c *Client
	// Messages is the chat.messages resource.
	Messages *ChatMessagesService
}

func newChatService(c *Client) *ChatService {
	s := &ChatService{c: c}
	s.Messages = newChatMessagesService(c)
	return s
}

// Cancel calls chat.cancel (POST /v3/chat/cancel): cancels a chat in progress.
func (s *ChatService) Cancel(ctx context.Context, params ChatCancelParams, opts ...CallOption) (Chat, error) {
	r, err := s.c.invoke(ctx, "chat.cancel", params, opts)
	if err != nil {
		return Chat{}, err
	}
	return newChat(r, rootCell), nil
}

// Create calls chat.create (POST /v3/chat): starts a chat with a bot.
func (s *ChatService) Create(ctx context.Context, params ChatCreateParams, opts ...CallOption) (Chat, error) {
	r, err := s.c.invoke(ctx, "chat.create", params, opts)
	if err != nil {
		return Chat{}, err
	}
	return newChat(r, rootCell), nil
}

// CreateAndPoll runs chat.create and polls the chat until it has finished (the core's
// chat.create_and_poll flow): then it returns the final Chat and its messages. WithPollInterval
// sets the time between polls (default 1 s). A timeout (WithTimeout, WithCallTimeout, or the
// client's) bounds the whole flow: when it passes first, the core cancels the chat and the call
// fails with ErrTimeout. Cancelling ctx stops the flow at once (ErrCancelled) without cancelling
// the chat.
func (s *ChatService) CreateAndPoll(ctx context.Context, params ChatCreateParams, opts ...CallOption) (*CreateAndPollResult, error) {
	p := chatCreateAndPollParams{ChatCreateParams: params}
	opts, p.PollIntervalMs = pollIntervalOf(opts)
	return s.c.createAndPoll(ctx, "chat.create_and_poll", p, opts)
}

// RunTools runs chat.create as a stream and runs the local tools the bot asks for (the core's
// chat.run_tools flow). At each requires_action the core checks every call's arguments against its
// tool's schema and fills in defaults; each function then runs in a goroutine of its own, all of a
// round at once, and the core submits their outputs and streams on, for at most WithMaxRounds
// rounds (default 8). The stream yields every round's events, the final answer included, and
// returns once the first event has arrived. WithToolTimeout bounds each round's functions (default
// 60 s); WithToolErrors says what a failing call does (default: its output is an error object).
// Closing the stream or cancelling ctx while tools run ends the call with ErrCancelled and cancels
// their context.
func (s *ChatService) RunTools(ctx context.Context, params ChatCreateParams, tools []Tool, opts ...CallOption) (*Stream, error) {
	p := chatRunToolsParams{ChatCreateParams: params}
	return s.c.runTools(ctx, "chat.run_tools", &p, &p.toolRunParams, tools, opts)
}

// Retrieve calls chat.retrieve (GET /v3/chat/retrieve): gets a chat.
func (s *ChatService) Retrieve(ctx context.Context, params ChatRetrieveParams, opts ...CallOption) (Chat, error) {
	r, err := s.c.invoke(ctx, "chat.retrieve", params, opts)
	if err != nil {
		return Chat{}, err
	}
	return newChat(r, rootCell), nil
}

// Stream calls chat.stream (POST /v3/chat): starts a chat with a bot (streaming).
// It returns once the first event has arrived; the stream yields chat events.
func (s *ChatService) Stream(ctx context.Context, params ChatStreamParams, opts ...CallOption) (*Stream, error) {
	return s.c.DoStream(ctx, "chat.stream", params, opts...)
}

// SubmitToolOutputs calls chat.submit_tool_outputs (POST /v3/chat/submit_tool_outputs): submits
// tool results to a chat that requires action.
func (s *ChatService) SubmitToolOutputs(ctx context.Context, params ChatSubmitToolOutputsParams, opts ...CallOption) (Chat, error) {
	r, err := s.c.invoke(ctx, "chat.submit_tool_outputs", params, opts)
	if err != nil {
		return Chat{}, err
	}
	return newChat(r, rootCell), nil
}

// SubmitToolOutputsStream calls chat.submit_tool_outputs.stream (POST
// /v3/chat/submit_tool_outputs): submits tool results to a chat that requires action (streaming).
// It returns once the first event has arrived; the stream yields chat events.
func (s *ChatService) SubmitToolOutputsStream(ctx context.Context, params ChatSubmitToolOutputsStreamParams, opts ...CallOption) (*Stream, error) {
	return s.c.DoStream(ctx, "chat.submit_tool_outputs.stream", params, opts...)
}

// ChatMessagesService is the chat.messages resource (chat.messages.list).
type ChatMessagesService struct {
	c *Client
}

func newChatMessagesService(c *Client) *ChatMessagesService {
	return &ChatMessagesService{c: c}
}

// List calls chat.messages.list (GET /v3/chat/message/list): lists the messages of a chat.
func (s *ChatMessagesService) List(ctx context.Context, params ChatMessagesListParams, opts ...CallOption) ([]Message, error) {
	r, err := s.c.invoke(ctx, "chat.messages.list", params, opts)
	if err != nil {
		return nil, err
	}
	return arrayOf(r, rootCell, newMessage), nil
}

// ConversationsService is the conversations resource (conversations.clear, conversations.create,
// conversations.delete, conversations.list, conversations.retrieve, conversations.update).
type ConversationsService struct {
	c *Client
	// Messages is the conversations.messages resource.
	Messages *ConversationsMessagesService
}

func newConversationsService(c *Client) *ConversationsService {
	s := &ConversationsService{c: c}
	s.Messages = newConversationsMessagesService(c)
	return s
}

// Clear calls conversations.clear (POST /v1/conversations/{conversation_id}/clear): clears a
// conversation's context by starting a new section.
func (s *ConversationsService) Clear(ctx context.Context, params ConversationsClearParams, opts ...CallOption) (Section, error) {
	r, err := s.c.invoke(ctx, "conversations.clear", params, opts)
	if err != nil {
		return Section{}, err
	}
	return newSection(r, rootCell), nil
}

// Create calls conversations.create (POST /v1/conversation/create): creates a conversation.
func (s *ConversationsService) Create(ctx context.Context, params ConversationsCreateParams, opts ...CallOption) (Conversation, error) {
	r, err := s.c.invoke(ctx, "conversations.create", params, opts)
	if err != nil {
		return Conversation{}, err
	}
	return newConversation(r, rootCell), nil
}

// Delete calls conversations.delete (DELETE /v1/conversations/{conversation_id}): deletes a
// conversation.
func (s *ConversationsService) Delete(ctx context.Context, params ConversationsDeleteParams, opts ...CallOption) error {
	_, err := s.c.invoke(ctx, "conversations.delete", params, opts)
	return err
}

// List calls conversations.list (GET /v1/conversations): lists a bot's conversations.
func (s *ConversationsService) List(ctx context.Context, params ConversationsListParams, opts ...CallOption) (ListConversationsResult, error) {
	r, err := s.c.invoke(ctx, "conversations.list", params, opts)
	if err != nil {
		return ListConversationsResult{}, err
	}
	return newListConversationsResult(r, rootCell), nil
}

// ListPages runs List page after page (the core's conversations.list.pages flow, page_num paging):
// the Pager hands out each page's conversations as Conversation items and asks for the next page
// only when the items before it were taken, so one page is in memory at a time. Nothing is sent
// before the first Next; Close it (or range over All or Pages) to stop early. A timeout bounds each
// page's request, not the whole iteration.
func (s *ConversationsService) ListPages(ctx context.Context, params ConversationsListParams, opts ...CallOption) *Pager[Conversation, ListConversationsResult] {
	return newPager(ctx, s.c, "conversations.list.pages", params, opts, newListConversationsResult, ListConversationsResult.Conversations,
		&pageFields{hasMore: "has_more"})
}

// Retrieve calls conversations.retrieve (GET /v1/conversation/retrieve): gets a conversation.
func (s *ConversationsService) Retrieve(ctx context.Context, params ConversationsRetrieveParams, opts ...CallOption) (Conversation, error) {
	r, err := s.c.invoke(ctx, "conversations.retrieve", params, opts)
	if err != nil {
		return Conversation{}, err
	}
	return newConversation(r, rootCell), nil
}

// Update calls conversations.update (PUT /v1/conversations/{conversation_id}): renames a
// conversation.
func (s *ConversationsService) Update(ctx context.Context, params ConversationsUpdateParams, opts ...CallOption) (Conversation, error) {
	r, err := s.c.invoke(ctx, "conversations.update", params, opts)
	if err != nil {
		return Conversation{}, err
	}
	return newConversation(r, rootCell), nil
}

// ConversationsMessagesService is the conversations.messages resource
// (conversations.messages.create, conversations.messages.delete, conversations.messages.list,
// conversations.messages.retrieve, conversations.messages.update).
type ConversationsMessagesService struct {
	c *Client
	// Feedback is the conversations.messages.feedback resource.
	Feedback *ConversationsMessagesFeedbackService
}

func newConversationsMessagesService(c *Client) *ConversationsMessagesService {
	s := &ConversationsMessagesService{c: c}
	s.Feedback = newConversationsMessagesFeedbackService(c)
	return s
}

// Create calls conversations.messages.create (POST /v1/conversation/message/create): adds a message
// to a conversation.
func (s *ConversationsMessagesService) Create(ctx context.Context, params ConversationsMessagesCreateParams, opts ...CallOption) (Message, error) {
	r, err := s.c.invoke(ctx, "conversations.messages.create", params, opts)
	if err != nil {
		return Message{}, err
	}
	return newMessage(r, rootCell), nil
}

// Delete calls conversations.messages.delete (POST /v1/conversation/message/delete): deletes a
// message.
func (s *ConversationsMessagesService) Delete(ctx context.Context, params ConversationsMessagesDeleteParams, opts ...CallOption) (Message, error) {
	r, err := s.c.invoke(ctx, "conversations.messages.delete", params, opts)
	if err != nil {
		return Message{}, err
	}
	return newMessage(r, rootCell), nil
}

// List calls conversations.messages.list (POST /v1/conversation/message/list): lists a
// conversation's messages.
func (s *ConversationsMessagesService) List(ctx context.Context, params ConversationsMessagesListParams, opts ...CallOption) (ListMessagesResult, error) {
	r, err := s.c.invoke(ctx, "conversations.messages.list", params, opts)
	if err != nil {
		return ListMessagesResult{}, err
	}
	return newListMessagesResult(r, rootCell), nil
}

// ListPages runs List page after page (the core's conversations.messages.list.pages flow, cursor
// paging): the Pager hands out each page's data as Message items and asks for the next page only
// when the items before it were taken, so one page is in memory at a time. Nothing is sent before
// the first Next; Close it (or range over All or Pages) to stop early. A timeout bounds each page's
// request, not the whole iteration.
func (s *ConversationsMessagesService) ListPages(ctx context.Context, params ConversationsMessagesListParams, opts ...CallOption) *Pager[Message, ListMessagesResult] {
	return newPager(ctx, s.c, "conversations.messages.list.pages", params, opts, newListMessagesResult, ListMessagesResult.Data,
		&pageFields{hasMore: "has_more"})
}

// Retrieve calls conversations.messages.retrieve (GET /v1/conversation/message/retrieve): gets a
// message.
func (s *ConversationsMessagesService) Retrieve(ctx context.Context, params ConversationsMessagesRetrieveParams, opts ...CallOption) (Message, error) {
	r, err := s.c.invoke(ctx, "conversations.messages.retrieve", params, opts)
	if err != nil {
		return Message{}, err
	}
	return newMessage(r, rootCell), nil
}

// Update calls conversations.messages.update (POST /v1/conversation/message/modify): changes a
// message.
func (s *ConversationsMessagesService) Update(ctx context.Context, params ConversationsMessagesUpdateParams, opts ...CallOption) (Message, error) {
	r, err := s.c.invoke(ctx, "conversations.messages.update", params, opts)
	if err != nil {
		return Message{}, err
	}
	return newMessage(r, rootCell), nil
}

// ConversationsMessagesFeedbackService is the conversations.messages.feedback resource
// (conversations.messages.feedback.create, conversations.messages.feedback.delete).
type ConversationsMessagesFeedbackService struct {
	c *Client
}

func newConversationsMessagesFeedbackService(c *Client) *ConversationsMessagesFeedbackService {
	return &ConversationsMessagesFeedbackService{c: c}
}

// Create calls conversations.messages.feedback.create (POST
// /v1/conversations/{conversation_id}/messages/{message_id}/feedback): rates a bot's message.
func (s *ConversationsMessagesFeedbackService) Create(ctx context.Context, params ConversationsMessagesFeedbackCreateParams, opts ...CallOption) error {
	_, err := s.c.invoke(ctx, "conversations.messages.feedback.create", params, opts)
	return err
}

// Delete calls conversations.messages.feedback.delete (DELETE
// /v1/conversations/{conversation_id}/messages/{message_id}/feedback): removes the rating of a
// message.
func (s *ConversationsMessagesFeedbackService) Delete(ctx context.Context, params ConversationsMessagesFeedbackDeleteParams, opts ...CallOption) error {
	_, err := s.c.invoke(ctx, "conversations.messages.feedback.delete", params, opts)
	return err
}

// DatasetsService is the datasets resource (datasets.create, datasets.delete, datasets.list,
// datasets.process, datasets.update).
type DatasetsService struct {
	c *Client
	// Documents is the datasets.documents resource.
	Documents *DatasetsDocumentsService
	// Images is the datasets.images resource.
	Images *DatasetsImagesService
}

func newDatasetsService(c *Client) *DatasetsService {
	s := &DatasetsService{c: c}
	s.Documents = newDatasetsDocumentsService(c)
	s.Images = newDatasetsImagesService(c)
	return s
}

// Create calls datasets.create (POST /v1/datasets): creates a knowledge base.
func (s *DatasetsService) Create(ctx context.Context, params DatasetsCreateParams, opts ...CallOption) (CreateDatasetResult, error) {
	r, err := s.c.invoke(ctx, "datasets.create", params, opts)
	if err != nil {
		return CreateDatasetResult{}, err
	}
	return newCreateDatasetResult(r, rootCell), nil
}

// Delete calls datasets.delete (DELETE /v1/datasets/{dataset_id}): deletes a knowledge base and its
// files.
func (s *DatasetsService) Delete(ctx context.Context, params DatasetsDeleteParams, opts ...CallOption) error {
	_, err := s.c.invoke(ctx, "datasets.delete", params, opts)
	return err
}

// List calls datasets.list (GET /v1/datasets): lists the knowledge bases of a space.
func (s *DatasetsService) List(ctx context.Context, params DatasetsListParams, opts ...CallOption) (ListDatasetsResult, error) {
	r, err := s.c.invoke(ctx, "datasets.list", params, opts)
	if err != nil {
		return ListDatasetsResult{}, err
	}
	return newListDatasetsResult(r, rootCell), nil
}

// ListPages runs List page after page (the core's datasets.list.pages flow, page_num paging): the
// Pager hands out each page's dataset_list as Dataset items and asks for the next page only when
// the items before it were taken, so one page is in memory at a time. Nothing is sent before the
// first Next; Close it (or range over All or Pages) to stop early. A timeout bounds each page's
// request, not the whole iteration.
func (s *DatasetsService) ListPages(ctx context.Context, params DatasetsListParams, opts ...CallOption) *Pager[Dataset, ListDatasetsResult] {
	return newPager(ctx, s.c, "datasets.list.pages", params, opts, newListDatasetsResult, ListDatasetsResult.DatasetList,
		&pageFields{total: "total_count"})
}

// Process calls datasets.process (POST /v1/datasets/{dataset_id}/process): gets the upload progress
// of knowledge base files.
func (s *DatasetsService) Process(ctx context.Context, params DatasetsProcessParams, opts ...CallOption) ([]DocumentProgress, error) {
	r, err := s.c.invoke(ctx, "datasets.process", params, opts)
	if err != nil {
		return nil, err
	}
	return arrayOf(r, rootCell, newDocumentProgress), nil
}

// Update calls datasets.update (PUT /v1/datasets/{dataset_id}): changes a knowledge base.
func (s *DatasetsService) Update(ctx context.Context, params DatasetsUpdateParams, opts ...CallOption) error {
	_, err := s.c.invoke(ctx, "datasets.update", params, opts)
	return err
}

// DatasetsDocumentsService is the datasets.documents resource (datasets.documents.create,
// datasets.documents.delete, datasets.documents.list, datasets.documents.update).
type DatasetsDocumentsService struct {
	c *Client
}

func newDatasetsDocumentsService(c *Client) *DatasetsDocumentsService {
	return &DatasetsDocumentsService{c: c}
}

// Create calls datasets.documents.create (POST /open_api/knowledge/document/create): uploads files
// to a knowledge base.
func (s *DatasetsDocumentsService) Create(ctx context.Context, params DatasetsDocumentsCreateParams, opts ...CallOption) ([]Document, error) {
	r, err := s.c.invoke(ctx, "datasets.documents.create", params, opts)
	if err != nil {
		return nil, err
	}
	return arrayOf(r, rootCell, newDocument), nil
}

// Delete calls datasets.documents.delete (POST /open_api/knowledge/document/delete): deletes
// knowledge base files.
func (s *DatasetsDocumentsService) Delete(ctx context.Context, params DatasetsDocumentsDeleteParams, opts ...CallOption) error {
	_, err := s.c.invoke(ctx, "datasets.documents.delete", params, opts)
	return err
}

// List calls datasets.documents.list (POST /open_api/knowledge/document/list): lists the files of a
// knowledge base.
func (s *DatasetsDocumentsService) List(ctx context.Context, params DatasetsDocumentsListParams, opts ...CallOption) (ListDocumentsResult, error) {
	r, err := s.c.invoke(ctx, "datasets.documents.list", params, opts)
	if err != nil {
		return ListDocumentsResult{}, err
	}
	return newListDocumentsResult(r, rootCell), nil
}

// ListPages runs List page after page (the core's datasets.documents.list.pages flow, page_num
// paging): the Pager hands out each page's document_infos as Document items and asks for the next
// page only when the items before it were taken, so one page is in memory at a time. Nothing is
// sent before the first Next; Close it (or range over All or Pages) to stop early. A timeout bounds
// each page's request, not the whole iteration.
func (s *DatasetsDocumentsService) ListPages(ctx context.Context, params DatasetsDocumentsListParams, opts ...CallOption) *Pager[Document, ListDocumentsResult] {
	return newPager(ctx, s.c, "datasets.documents.list.pages", params, opts, newListDocumentsResult, ListDocumentsResult.DocumentInfos,
		&pageFields{total: "total"})
}

// Update calls datasets.documents.update (POST /open_api/knowledge/document/update): renames a
// knowledge base file or changes its update rule.
func (s *DatasetsDocumentsService) Update(ctx context.Context, params DatasetsDocumentsUpdateParams, opts ...CallOption) error {
	_, err := s.c.invoke(ctx, "datasets.documents.update", params, opts)
	return err
}

// DatasetsImagesService is the datasets.images resource (datasets.images.list,
// datasets.images.update).
type DatasetsImagesService struct {
	c *Client
}

func newDatasetsImagesService(c *Client) *DatasetsImagesService {
	return &DatasetsImagesService{c: c}
}

// List calls datasets.images.list (GET /v1/datasets/{dataset_id}/images): lists the images of an
// image knowledge base.
func (s *DatasetsImagesService) List(ctx context.Context, params DatasetsImagesListParams, opts ...CallOption) (ListPhotosResult, error) {
	r, err := s.c.invoke(ctx, "datasets.images.list", params, opts)
	if err != nil {
		return ListPhotosResult{}, err
	}
	return newListPhotosResult(r, rootCell), nil
}

// ListPages runs List page after page (the core's datasets.images.list.pages flow, page_num
// paging): the Pager hands out each page's photo_infos as Photo items and asks for the next page
// only when the items before it were taken, so one page is in memory at a time. Nothing is sent
// before the first Next; Close it (or range over All or Pages) to stop early. A timeout bounds each
// page's request, not the whole iteration.
func (s *DatasetsImagesService) ListPages(ctx context.Context, params DatasetsImagesListParams, opts ...CallOption) *Pager[Photo, ListPhotosResult] {
	return newPager(ctx, s.c, "datasets.images.list.pages", params, opts, newListPhotosResult, ListPhotosResult.PhotoInfos,
		&pageFields{total: "total_count"})
}

// Update calls datasets.images.update (PUT /v1/datasets/{dataset_id}/images/{document_id}): changes
// an image's caption.
func (s *DatasetsImagesService) Update(ctx context.Context, params DatasetsImagesUpdateParams, opts ...CallOption) error {
	_, err := s.c.invoke(ctx, "datasets.images.update", params, opts)
	return err
}

// FilesService is the files resource (files.retrieve, files.upload).
type FilesService struct {
	c *Client
}

func newFilesService(c *Client) *FilesService {
	return &FilesService{c: c}
}

// Retrieve calls files.retrieve (GET /v1/files/retrieve): gets an uploaded file's information.
func (s *FilesService) Retrieve(ctx context.Context, params FilesRetrieveParams, opts ...CallOption) (File, error) {
	r, err := s.c.invoke(ctx, "files.retrieve", params, opts)
	if err != nil {
		return File{}, err
	}
	return newFile(r, rootCell), nil
}

// Upload calls files.upload (POST /v1/files/upload): uploads a file.
func (s *FilesService) Upload(ctx context.Context, params FilesUploadParams, opts ...CallOption) (File, error) {
	r, err := s.c.invoke(ctx, "files.upload", params, opts)
	if err != nil {
		return File{}, err
	}
	return newFile(r, rootCell), nil
}

// OAuthService is the oauth resource (oauth.account_token, oauth.device_code,
// oauth.enterprise_token, oauth.token).
type OAuthService struct {
	c *Client
}

func newOAuthService(c *Client) *OAuthService {
	return &OAuthService{c: c}
}

// AccountToken calls oauth.account_token (POST /api/permission/oauth2/account/{account_id}/token):
// gets a service app's access token for an account.
func (s *OAuthService) AccountToken(ctx context.Context, params OAuthAccountTokenParams, opts ...CallOption) (OAuthToken, error) {
	r, err := s.c.invoke(ctx, "oauth.account_token", params, opts)
	if err != nil {
		return OAuthToken{}, err
	}
	return newOAuthToken(r, rootCell), nil
}

// DeviceCode calls oauth.device_code (POST /api/permission/oauth2/device/code): starts the device
// flow - a user code to show and a device code to poll with.
func (s *OAuthService) DeviceCode(ctx context.Context, params OAuthDeviceCodeParams, opts ...CallOption) (DeviceCode, error) {
	r, err := s.c.invoke(ctx, "oauth.device_code", params, opts)
	if err != nil {
		return DeviceCode{}, err
	}
	return newDeviceCode(r, rootCell), nil
}

// EnterpriseToken calls oauth.enterprise_token (POST
// /api/permission/oauth2/enterprise_id/{enterprise_id}/token): gets a service app's access token
// for an enterprise.
func (s *OAuthService) EnterpriseToken(ctx context.Context, params OAuthEnterpriseTokenParams, opts ...CallOption) (OAuthToken, error) {
	r, err := s.c.invoke(ctx, "oauth.enterprise_token", params, opts)
	if err != nil {
		return OAuthToken{}, err
	}
	return newOAuthToken(r, rootCell), nil
}

// Token calls oauth.token (POST /api/permission/oauth2/token): gets an access token for a grant.
func (s *OAuthService) Token(ctx context.Context, params OAuthTokenParams, opts ...CallOption) (OAuthToken, error) {
	r, err := s.c.invoke(ctx, "oauth.token", params, opts)
	if err != nil {
		return OAuthToken{}, err
	}
	return newOAuthToken(r, rootCell), nil
}

// TemplatesService is the templates resource (templates.duplicate).
type TemplatesService struct {
	c *Client
}

func newTemplatesService(c *Client) *TemplatesService {
	return &TemplatesService{c: c}
}

// Duplicate calls templates.duplicate (POST /v1/templates/{template_id}/duplicate): copies a
// template into a workspace.
func (s *TemplatesService) Duplicate(ctx context.Context, params TemplatesDuplicateParams, opts ...CallOption) (DuplicateTemplateResult, error) {
	r, err := s.c.invoke(ctx, "templates.duplicate", params, opts)
	if err != nil {
		return DuplicateTemplateResult{}, err
	}
	return newDuplicateTemplateResult(r, rootCell), nil
}

// UsersService is the users resource (users.me).
type UsersService struct {
	c *Client
}

func newUsersService(c *Client) *UsersService {
	return &UsersService{c: c}
}

// Me calls users.me (GET /v1/users/me): gets the caller's own user.
func (s *UsersService) Me(ctx context.Context, opts ...CallOption) (User, error) {
	r, err := s.c.invoke(ctx, "users.me", nil, opts)
	if err != nil {
		return User{}, err
	}
	return newUser(r, rootCell), nil
}

// VariablesService is the variables resource (variables.retrieve, variables.update).
type VariablesService struct {
	c *Client
}

func newVariablesService(c *Client) *VariablesService {
	return &VariablesService{c: c}
}

// Retrieve calls variables.retrieve (GET /v1/variables): reads user variables of a bot or app.
func (s *VariablesService) Retrieve(ctx context.Context, params VariablesRetrieveParams, opts ...CallOption) (RetrieveVariablesResult, error) {
	r, err := s.c.invoke(ctx, "variables.retrieve", params, opts)
	if err != nil {
		return RetrieveVariablesResult{}, err
	}
	return newRetrieveVariablesResult(r, rootCell), nil
}

// Update calls variables.update (PUT /v1/variables): sets user variables of a bot or app.
func (s *VariablesService) Update(ctx context.Context, params VariablesUpdateParams, opts ...CallOption) error {
	_, err := s.c.invoke(ctx, "variables.update", params, opts)
	return err
}

// WorkflowsService is the workflows resource (workflows.list, workflows.retrieve).
type WorkflowsService struct {
	c *Client
	// Chat is the workflows.chat resource.
	Chat *WorkflowsChatService
	// Runs is the workflows.runs resource.
	Runs *WorkflowsRunsService
}

func newWorkflowsService(c *Client) *WorkflowsService {
	s := &WorkflowsService{c: c}
	s.Chat = newWorkflowsChatService(c)
	s.Runs = newWorkflowsRunsService(c)
	return s
}

// List calls workflows.list (GET /v1/workflows): lists the workflows of a workspace.
func (s *WorkflowsService) List(ctx context.Context, params WorkflowsListParams, opts ...CallOption) (ListWorkflowsResult, error) {
	r, err := s.c.invoke(ctx, "workflows.list", params, opts)
	if err != nil {
		return ListWorkflowsResult{}, err
	}
	return newListWorkflowsResult(r, rootCell), nil
}

// ListPages runs List page after page (the core's workflows.list.pages flow, page_num paging): the
// Pager hands out each page's items as WorkflowBasic items and asks for the next page only when the
// items before it were taken, so one page is in memory at a time. Nothing is sent before the first
// Next; Close it (or range over All or Pages) to stop early. A timeout bounds each page's request,
// not the whole iteration.
func (s *WorkflowsService) ListPages(ctx context.Context, params WorkflowsListParams, opts ...CallOption) *Pager[WorkflowBasic, ListWorkflowsResult] {
	return newPager(ctx, s.c, "workflows.list.pages", params, opts, newListWorkflowsResult, ListWorkflowsResult.Items,
		&pageFields{hasMore: "has_more"})
}

// Retrieve calls workflows.retrieve (GET /v1/workflows/{workflow_id}): gets a workflow.
func (s *WorkflowsService) Retrieve(ctx context.Context, params WorkflowsRetrieveParams, opts ...CallOption) (WorkflowInfo, error) {
	r, err := s.c.invoke(ctx, "workflows.retrieve", params, opts)
	if err != nil {
		return WorkflowInfo{}, err
	}
	return newWorkflowInfo(r, rootCell), nil
}

// WorkflowsChatService is the workflows.chat resource (workflows.chat.stream).
type WorkflowsChatService struct {
	c *Client
}

func newWorkflowsChatService(c *Client) *WorkflowsChatService {
	return &WorkflowsChatService{c: c}
}

// Stream calls workflows.chat.stream (POST /v1/workflows/chat): runs a chat flow and streams chat
// events.
// It returns once the first event has arrived; the stream yields chat events.
func (s *WorkflowsChatService) Stream(ctx context.Context, params WorkflowsChatStreamParams, opts ...CallOption) (*Stream, error) {
	return s.c.DoStream(ctx, "workflows.chat.stream", params, opts...)
}

// WorkflowsRunsService is the workflows.runs resource (workflows.runs.create,
// workflows.runs.resume, workflows.runs.stream).
type WorkflowsRunsService struct {
	c *Client
	// Histories is the workflows.runs.histories resource.
	Histories *WorkflowsRunsHistoriesService
}

func newWorkflowsRunsService(c *Client) *WorkflowsRunsService {
	s := &WorkflowsRunsService{c: c}
	s.Histories = newWorkflowsRunsHistoriesService(c)
	return s
}

// Create calls workflows.runs.create (POST /v1/workflow/run): runs a published workflow and waits
// for its result.
func (s *WorkflowsRunsService) Create(ctx context.Context, params WorkflowsRunsCreateParams, opts ...CallOption) (WorkflowRunResult, error) {
	r, err := s.c.invoke(ctx, "workflows.runs.create", params, opts)
	if err != nil {
		return WorkflowRunResult{}, err
	}
	return newWorkflowRunResult(r, rootCell), nil
}

// Resume calls workflows.runs.resume (POST /v1/workflow/stream_resume): resumes an interrupted
// workflow run and streams its events.
// It returns once the first event has arrived; the stream yields workflow events.
func (s *WorkflowsRunsService) Resume(ctx context.Context, params WorkflowsRunsResumeParams, opts ...CallOption) (*Stream, error) {
	return s.c.DoStream(ctx, "workflows.runs.resume", params, opts...)
}

// Stream calls workflows.runs.stream (POST /v1/workflow/stream_run): runs a published workflow and
// streams its events.
// It returns once the first event has arrived; the stream yields workflow events.
func (s *WorkflowsRunsService) Stream(ctx context.Context, params WorkflowsRunsStreamParams, opts ...CallOption) (*Stream, error) {
	return s.c.DoStream(ctx, "workflows.runs.stream", params, opts...)
}

// WorkflowsRunsHistoriesService is the workflows.runs.histories resource
// (workflows.runs.histories.retrieve).
type WorkflowsRunsHistoriesService struct {
	c *Client
	// ExecuteNodes is the workflows.runs.histories.execute_nodes resource.
	ExecuteNodes *WorkflowsRunsHistoriesExecuteNodesService
}

func newWorkflowsRunsHistoriesService(c *Client) *WorkflowsRunsHistoriesService {
	s := &WorkflowsRunsHistoriesService{c: c}
	s.ExecuteNodes = newWorkflowsRunsHistoriesExecuteNodesService(c)
	return s
}

// Retrieve calls workflows.runs.histories.retrieve (GET
// /v1/workflows/{workflow_id}/run_histories/{execute_id}): gets the result of an asynchronous
// workflow run.
func (s *WorkflowsRunsHistoriesService) Retrieve(ctx context.Context, params WorkflowsRunsHistoriesRetrieveParams, opts ...CallOption) ([]WorkflowRunHistory, error) {
	r, err := s.c.invoke(ctx, "workflows.runs.histories.retrieve", params, opts)
	if err != nil {
		return nil, err
	}
	return arrayOf(r, rootCell, newWorkflowRunHistory), nil
}

// WorkflowsRunsHistoriesExecuteNodesService is the workflows.runs.histories.execute_nodes resource
// (workflows.runs.histories.execute_nodes.retrieve).
type WorkflowsRunsHistoriesExecuteNodesService struct {
	c *Client
}

func newWorkflowsRunsHistoriesExecuteNodesService(c *Client) *WorkflowsRunsHistoriesExecuteNodesService {
	return &WorkflowsRunsHistoriesExecuteNodesService{c: c}
}

// Retrieve calls workflows.runs.histories.execute_nodes.retrieve (GET
// /v1/workflows/{workflow_id}/run_histories/{execute_id}/execute_nodes/{node_execute_uuid}): gets
// the output of one node execution of a workflow run.
func (s *WorkflowsRunsHistoriesExecuteNodesService) Retrieve(ctx context.Context, params WorkflowsRunsHistoriesExecuteNodesRetrieveParams, opts ...CallOption) (WorkflowNodeExecuteHistory, error) {
	r, err := s.c.invoke(ctx, "workflows.runs.histories.execute_nodes.retrieve", params, opts)
	if err != nil {
		return WorkflowNodeExecuteHistory{}, err
	}
	return newWorkflowNodeExecuteHistory(r, rootCell), nil
}

// WorkspacesService is the workspaces resource (workspaces.list).
type WorkspacesService struct {
	c *Client
}

func newWorkspacesService(c *Client) *WorkspacesService {
	return &WorkspacesService{c: c}
}

// List calls workspaces.list (GET /v1/workspaces): lists the workspaces the caller has joined.
func (s *WorkspacesService) List(ctx context.Context, params WorkspacesListParams, opts ...CallOption) (ListWorkspacesResult, error) {
	r, err := s.c.invoke(ctx, "workspaces.list", params, opts)
	if err != nil {
		return ListWorkspacesResult{}, err
	}
	return newListWorkspacesResult(r, rootCell), nil
}

// ListPages runs List page after page (the core's workspaces.list.pages flow, page_num paging): the
// Pager hands out each page's workspaces as Workspace items and asks for the next page only when
// the items before it were taken, so one page is in memory at a time. Nothing is sent before the
// first Next; Close it (or range over All or Pages) to stop early. A timeout bounds each page's
// request, not the whole iteration.
func (s *WorkspacesService) ListPages(ctx context.Context, params WorkspacesListParams, opts ...CallOption) *Pager[Workspace, ListWorkspacesResult] {
	return newPager(ctx, s.c, "workspaces.list.pages", params, opts, newListWorkspacesResult, ListWorkspacesResult.Workspaces,
		&pageFields{total: "total_count"})
}

// AudioRoomsCreateParams are the parameters of audio.rooms.create (POST /v1/audio/rooms). Fields
// marked required must be set; the others are sent only when set.
type AudioRoomsCreateParams struct {
	// BotID is "bot_id" (body, required).
	BotID string `json:"bot_id,omitempty"`
	// ConversationID is "conversation_id" (body).
	ConversationID string `json:"conversation_id,omitempty"`
	// VoiceID is "voice_id" (body).
	VoiceID string `json:"voice_id,omitempty"`
	// UID is "uid" (body): the end user's id in the room.
	UID string `json:"uid,omitempty"`
	// WorkflowID is "workflow_id" (body).
	WorkflowID string `json:"workflow_id,omitempty"`
	// Config is "config" (body).
	Config *RoomConfigParam `json:"config,omitempty"`
}

// AudioSpeechCreateParams are the parameters of audio.speech.create (POST /v1/audio/speech). Fields
// marked required must be set; the others are sent only when set.
type AudioSpeechCreateParams struct {
	// Input is "input" (body, required): text to speak.
	Input string `json:"input,omitempty"`
	// VoiceID is "voice_id" (body, required).
	VoiceID string `json:"voice_id,omitempty"`
	// ResponseFormat is "response_format" (body).
	ResponseFormat string `json:"response_format,omitempty"`
	// Speed is "speed" (body): speaking rate (default 1).
	Speed *float64 `json:"speed,omitempty"`
	// SampleRate is "sample_rate" (body): samples per second (default 24000).
	SampleRate *int64 `json:"sample_rate,omitempty"`
	// LoudnessRate is "loudness_rate" (body): volume change in percent.
	LoudnessRate *int64 `json:"loudness_rate,omitempty"`
	// Emotion is "emotion" (body): emotion of a multi-emotion voice.
	Emotion string `json:"emotion,omitempty"`
	// EmotionScale is "emotion_scale" (body): strength of the emotion.
	EmotionScale *float64 `json:"emotion_scale,omitempty"`
}

// AudioTranscriptionsCreateParams are the parameters of audio.transcriptions.create (POST
// /v1/audio/transcriptions). Fields marked required must be set; the others are sent only when set.
type AudioTranscriptionsCreateParams struct {
	// File is "file" (multipart file, required): the audio.
	File FileUpload `json:"file"`
}

// AudioVoicesCloneParams are the parameters of audio.voices.clone (POST /v1/audio/voices/clone).
// Fields marked required must be set; the others are sent only when set.
type AudioVoicesCloneParams struct {
	// VoiceName is "voice_name" (body, required).
	VoiceName string `json:"voice_name,omitempty"`
	// File is "file" (multipart file, required): the recording.
	File FileUpload `json:"file"`
	// AudioFormat is "audio_format" (body, required).
	AudioFormat string `json:"audio_format,omitempty"`
	// Language is "language" (body).
	Language string `json:"language,omitempty"`
	// VoiceID is "voice_id" (body): voice to train again.
	VoiceID string `json:"voice_id,omitempty"`
	// PreviewText is "preview_text" (body): text of the preview audio.
	PreviewText string `json:"preview_text,omitempty"`
	// Text is "text" (body): what the recording says.
	Text string `json:"text,omitempty"`
	// SpaceID is "space_id" (body).
	SpaceID string `json:"space_id,omitempty"`
	// Description is "description" (body).
	Description string `json:"description,omitempty"`
}

// AudioVoicesListParams are the parameters of audio.voices.list (GET /v1/audio/voices). Fields
// marked required must be set; the others are sent only when set.
type AudioVoicesListParams struct {
	// FilterSystemVoice is "filter_system_voice" (query): leave out the system voices.
	FilterSystemVoice *bool `json:"filter_system_voice,omitempty"`
	// ModelType is "model_type" (query).
	ModelType string `json:"model_type,omitempty"`
	// VoiceState is "voice_state" (query).
	VoiceState string `json:"voice_state,omitempty"`
	// PageNum is "page_num" (query): page number from 1.
	PageNum *int64 `json:"page_num,omitempty"`
	// PageSize is "page_size" (query): items per page.
	PageSize *int64 `json:"page_size,omitempty"`
}

// BotsCreateParams are the parameters of bots.create (POST /v1/bot/create). Fields marked required
// must be set; the others are sent only when set.
type BotsCreateParams struct {
	// SpaceID is "space_id" (body, required): workspace of the bot.
	SpaceID string `json:"space_id,omitempty"`
	// Name is "name" (body, required).
	Name string `json:"name,omitempty"`
	// Description is "description" (body).
	Description string `json:"description,omitempty"`
	// IconFileID is "icon_file_id" (body): uploaded file used as the icon.
	IconFileID string `json:"icon_file_id,omitempty"`
	// PromptInfo is "prompt_info" (body).
	PromptInfo *BotPromptInfoParam `json:"prompt_info,omitempty"`
	// OnboardingInfo is "onboarding_info" (body).
	OnboardingInfo *BotOnboardingInfoParam `json:"onboarding_info,omitempty"`
	// PluginIDList is "plugin_id_list" (body).
	PluginIDList *BotPluginIdListParam `json:"plugin_id_list,omitempty"`
	// WorkflowIDList is "workflow_id_list" (body).
	WorkflowIDList *BotWorkflowIdListParam `json:"workflow_id_list,omitempty"`
	// ModelInfoConfig is "model_info_config" (body).
	ModelInfoConfig *BotModelInfoParam `json:"model_info_config,omitempty"`
	// SuggestReplyInfo is "suggest_reply_info" (body).
	SuggestReplyInfo *BotSuggestReplyInfoParam `json:"suggest_reply_info,omitempty"`
}

// BotsListParams are the parameters of bots.list (GET /v1/bots). Fields marked required must be
// set; the others are sent only when set.
type BotsListParams struct {
	// WorkspaceID is "workspace_id" (query).
	WorkspaceID string `json:"workspace_id,omitempty"`
	// PublishStatus is "publish_status" (query).
	PublishStatus string `json:"publish_status,omitempty"`
	// ConnectorID is "connector_id" (query): only the bots published to this channel.
	ConnectorID string `json:"connector_id,omitempty"`
	// PageNum is "page_num" (query): page number from 1.
	PageNum *int64 `json:"page_num,omitempty"`
	// PageSize is "page_size" (query): items per page.
	PageSize *int64 `json:"page_size,omitempty"`
	// UseAPIVersion is "use_api_version" (query): 1 runs bots.list_v1 instead; never sent.
	UseAPIVersion *int64 `json:"use_api_version,omitempty"`
	// SpaceID is "space_id" (query). Setting it selects a variant of bots.list (x-coze-variant-of).
	SpaceID string `json:"space_id,omitempty"`
	// PageIndex is "page_index" (query): page number from 1. Setting it selects a variant of bots.list
	// (x-coze-variant-of).
	PageIndex *int64 `json:"page_index,omitempty"`
}

// BotsListV1Params are the parameters of bots.list_v1 (GET /v1/space/published_bots_list). Fields
// marked required must be set; the others are sent only when set.
type BotsListV1Params struct {
	// SpaceID is "space_id" (query, required).
	SpaceID string `json:"space_id,omitempty"`
	// PageIndex is "page_index" (query): page number from 1.
	PageIndex *int64 `json:"page_index,omitempty"`
	// PageSize is "page_size" (query): items per page.
	PageSize *int64 `json:"page_size,omitempty"`
}

// BotsPublishParams are the parameters of bots.publish (POST /v1/bot/publish). Fields marked
// required must be set; the others are sent only when set.
type BotsPublishParams struct {
	// BotID is "bot_id" (body, required).
	BotID string `json:"bot_id,omitempty"`
	// ConnectorIDs is "connector_ids" (body, required): channels (1024 API, 999 Chat SDK).
	ConnectorIDs []string `json:"connector_ids"`
}

// BotsRetrieveParams are the parameters of bots.retrieve (GET /v1/bots/{bot_id}). Fields marked
// required must be set; the others are sent only when set.
type BotsRetrieveParams struct {
	// BotID is "bot_id" (path, required).
	BotID string `json:"bot_id,omitempty"`
	// IsPublished is "is_published" (query): the published version (default) or the draft.
	IsPublished *bool `json:"is_published,omitempty"`
	// UseAPIVersion is "use_api_version" (query): 1 runs bots.retrieve_v1 instead; never sent.
	UseAPIVersion *int64 `json:"use_api_version,omitempty"`
}

// BotsRetrieveV1Params are the parameters of bots.retrieve_v1 (GET /v1/bot/get_online_info). Fields
// marked required must be set; the others are sent only when set.
type BotsRetrieveV1Params struct {
	// BotID is "bot_id" (query, required).
	BotID string `json:"bot_id,omitempty"`
}

// BotsUpdateParams are the parameters of bots.update (POST /v1/bot/update). Fields marked required
// must be set; the others are sent only when set.
type BotsUpdateParams struct {
	// BotID is "bot_id" (body, required).
	BotID string `json:"bot_id,omitempty"`
	// Name is "name" (body).
	Name string `json:"name,omitempty"`
	// Description is "description" (body).
	Description string `json:"description,omitempty"`
	// IconFileID is "icon_file_id" (body): uploaded file used as the icon.
	IconFileID string `json:"icon_file_id,omitempty"`
	// PromptInfo is "prompt_info" (body).
	PromptInfo *BotPromptInfoParam `json:"prompt_info,omitempty"`
	// OnboardingInfo is "onboarding_info" (body).
	OnboardingInfo *BotOnboardingInfoParam `json:"onboarding_info,omitempty"`
	// Knowledge is "knowledge" (body).
	Knowledge *BotKnowledgeParam `json:"knowledge,omitempty"`
	// PluginIDList is "plugin_id_list" (body).
	PluginIDList *BotPluginIdListParam `json:"plugin_id_list,omitempty"`
	// WorkflowIDList is "workflow_id_list" (body).
	WorkflowIDList *BotWorkflowIdListParam `json:"workflow_id_list,omitempty"`
	// ModelInfoConfig is "model_info_config" (body).
	ModelInfoConfig *BotModelInfoParam `json:"model_info_config,omitempty"`
	// SuggestReplyInfo is "suggest_reply_info" (body).
	SuggestReplyInfo *BotSuggestReplyInfoParam `json:"suggest_reply_info,omitempty"`
}

// ChatCancelParams are the parameters of chat.cancel (POST /v3/chat/cancel). Fields marked required
// must be set; the others are sent only when set.
type ChatCancelParams struct {
	// ConversationID is "conversation_id" (body, required).
	ConversationID string `json:"conversation_id,omitempty"`
	// ChatID is "chat_id" (body, required).
	ChatID string `json:"chat_id,omitempty"`
}

// ChatCreateParams are the parameters of chat.create (POST /v3/chat). Fields marked required must
// be set; the others are sent only when set.
type ChatCreateParams struct {
	// ConversationID is "conversation_id" (query): conversation to chat in; a new one when absent.
	ConversationID string `json:"conversation_id,omitempty"`
	// BotID is "bot_id" (body, required): bot to chat with.
	BotID string `json:"bot_id,omitempty"`
	// UserID is "user_id" (body, required): the caller's own id for the end user.
	UserID string `json:"user_id,omitempty"`
	// AdditionalMessages is "additional_messages" (body): context messages; the last one is the query.
	AdditionalMessages []EnterMessageParam `json:"additional_messages,omitempty"`
	// CustomVariables is "custom_variables" (body): values of the bot's prompt variables.
	CustomVariables map[string]string `json:"custom_variables,omitempty"`
	// AutoSaveHistory is "auto_save_history" (body): save the chat's messages in the conversation.
	AutoSaveHistory *bool `json:"auto_save_history,omitempty"`
	// MetaData is "meta_data" (body): custom key-value pairs kept on the chat.
	MetaData map[string]string `json:"meta_data,omitempty"`
	// ExtraParams is "extra_params" (body): extra parameters such as latitude and longitude.
	ExtraParams map[string]string `json:"extra_params,omitempty"`
	// Parameters is "parameters" (body): input parameters of the bot's chat flow.
	Parameters any `json:"parameters,omitempty"`
	// EnableCard is "enable_card" (body): allow card messages in the answer.
	EnableCard *bool `json:"enable_card,omitempty"`
	// ShortcutCommand is "shortcut_command" (body).
	ShortcutCommand *ShortcutCommandParam `json:"shortcut_command,omitempty"`
	// ConnectorID is "connector_id" (body): channel of the chat (1024 API, 999 Chat SDK).
	ConnectorID string `json:"connector_id,omitempty"`
}

// chatCreateAndPollParams are the parameters of chat.create_and_poll: chat.create's, plus the poll
// interval.
type chatCreateAndPollParams struct {
	ChatCreateParams
	// PollIntervalMs is "poll_interval_ms": the time between polls (WithPollInterval).
	PollIntervalMs *int64 `json:"poll_interval_ms,omitempty"`
}

// chatRunToolsParams are the parameters of chat.run_tools: chat.create's, plus the tools and the
// run's options.
type chatRunToolsParams struct {
	ChatCreateParams
	toolRunParams
}

// ChatMessagesListParams are the parameters of chat.messages.list (GET /v3/chat/message/list).
// Fields marked required must be set; the others are sent only when set.
type ChatMessagesListParams struct {
	// ConversationID is "conversation_id" (query, required).
	ConversationID string `json:"conversation_id,omitempty"`
	// ChatID is "chat_id" (query, required).
	ChatID string `json:"chat_id,omitempty"`
}

// ChatRetrieveParams are the parameters of chat.retrieve (GET /v3/chat/retrieve). Fields marked
// required must be set; the others are sent only when set.
type ChatRetrieveParams struct {
	// ConversationID is "conversation_id" (query, required).
	ConversationID string `json:"conversation_id,omitempty"`
	// ChatID is "chat_id" (query, required).
	ChatID string `json:"chat_id,omitempty"`
}

// ChatStreamParams are the parameters of chat.stream, the same as chat.create's.
type ChatStreamParams = ChatCreateParams

// ChatSubmitToolOutputsParams are the parameters of chat.submit_tool_outputs (POST
// /v3/chat/submit_tool_outputs). Fields marked required must be set; the others are sent only when
// set.
type ChatSubmitToolOutputsParams struct {
	// ConversationID is "conversation_id" (query, required).
	ConversationID string `json:"conversation_id,omitempty"`
	// ChatID is "chat_id" (query, required).
	ChatID string `json:"chat_id,omitempty"`
	// ToolOutputs is "tool_outputs" (body, required): one result per tool call.
	ToolOutputs []ToolOutputParam `json:"tool_outputs"`
	// ConnectorID is "connector_id" (body): channel of the chat (1024 API, 999 Chat SDK).
	ConnectorID string `json:"connector_id,omitempty"`
}

// ChatSubmitToolOutputsStreamParams are the parameters of chat.submit_tool_outputs.stream, the same
// as chat.submit_tool_outputs's.
type ChatSubmitToolOutputsStreamParams = ChatSubmitToolOutputsParams

// ConversationsClearParams are the parameters of conversations.clear (POST
// /v1/conversations/{conversation_id}/clear). Fields marked required must be set; the others are
// sent only when set.
type ConversationsClearParams struct {
	// ConversationID is "conversation_id" (path, required).
	ConversationID string `json:"conversation_id,omitempty"`
}

// ConversationsCreateParams are the parameters of conversations.create (POST
// /v1/conversation/create). Fields marked required must be set; the others are sent only when set.
type ConversationsCreateParams struct {
	// BotID is "bot_id" (body): bot the conversation belongs to.
	BotID string `json:"bot_id,omitempty"`
	// Name is "name" (body): conversation name.
	Name string `json:"name,omitempty"`
	// Messages is "messages" (body): initial messages (at most 16).
	Messages []EnterMessageParam `json:"messages,omitempty"`
	// MetaData is "meta_data" (body): custom key-value pairs.
	MetaData map[string]string `json:"meta_data,omitempty"`
	// ConnectorID is "connector_id" (body): channel (1024 API, 999 Chat SDK).
	ConnectorID string `json:"connector_id,omitempty"`
}

// ConversationsDeleteParams are the parameters of conversations.delete (DELETE
// /v1/conversations/{conversation_id}). Fields marked required must be set; the others are sent
// only when set.
type ConversationsDeleteParams struct {
	// ConversationID is "conversation_id" (path, required).
	ConversationID string `json:"conversation_id,omitempty"`
}

// ConversationsListParams are the parameters of conversations.list (GET /v1/conversations). Fields
// marked required must be set; the others are sent only when set.
type ConversationsListParams struct {
	// BotID is "bot_id" (query, required).
	BotID string `json:"bot_id,omitempty"`
	// PageNum is "page_num" (query): page number from 1.
	PageNum *int64 `json:"page_num,omitempty"`
	// PageSize is "page_size" (query): items per page (at most 50).
	PageSize *int64 `json:"page_size,omitempty"`
	// SortOrder is "sort_order" (query): order by creation time.
	SortOrder string `json:"sort_order,omitempty"`
	// ConnectorID is "connector_id" (query): channel to list (1024 API, 999 Chat SDK).
	ConnectorID string `json:"connector_id,omitempty"`
}

// ConversationsMessagesCreateParams are the parameters of conversations.messages.create (POST
// /v1/conversation/message/create). Fields marked required must be set; the others are sent only
// when set.
type ConversationsMessagesCreateParams struct {
	// ConversationID is "conversation_id" (query, required).
	ConversationID string `json:"conversation_id,omitempty"`
	// Role is "role" (body, required).
	Role string `json:"role,omitempty"`
	// Content is "content" (body, required): text, or the JSON text of object_string items.
	Content string `json:"content,omitempty"`
	// ContentType is "content_type" (body, required).
	ContentType string `json:"content_type,omitempty"`
	// MetaData is "meta_data" (body): custom key-value pairs.
	MetaData map[string]string `json:"meta_data,omitempty"`
}

// ConversationsMessagesDeleteParams are the parameters of conversations.messages.delete (POST
// /v1/conversation/message/delete). Fields marked required must be set; the others are sent only
// when set.
type ConversationsMessagesDeleteParams struct {
	// ConversationID is "conversation_id" (query, required).
	ConversationID string `json:"conversation_id,omitempty"`
	// MessageID is "message_id" (query, required).
	MessageID string `json:"message_id,omitempty"`
}

// ConversationsMessagesFeedbackCreateParams are the parameters of
// conversations.messages.feedback.create (POST
// /v1/conversations/{conversation_id}/messages/{message_id}/feedback). Fields marked required must
// be set; the others are sent only when set.
type ConversationsMessagesFeedbackCreateParams struct {
	// ConversationID is "conversation_id" (path, required).
	ConversationID string `json:"conversation_id,omitempty"`
	// MessageID is "message_id" (path, required).
	MessageID string `json:"message_id,omitempty"`
	// FeedbackType is "feedback_type" (body, required).
	FeedbackType string `json:"feedback_type,omitempty"`
	// ReasonTypes is "reason_types" (body): reasons for an unlike.
	ReasonTypes []string `json:"reason_types,omitempty"`
	// Comment is "comment" (body): free text.
	Comment string `json:"comment,omitempty"`
}

// ConversationsMessagesFeedbackDeleteParams are the parameters of
// conversations.messages.feedback.delete (DELETE
// /v1/conversations/{conversation_id}/messages/{message_id}/feedback). Fields marked required must
// be set; the others are sent only when set.
type ConversationsMessagesFeedbackDeleteParams struct {
	// ConversationID is "conversation_id" (path, required).
	ConversationID string `json:"conversation_id,omitempty"`
	// MessageID is "message_id" (path, required).
	MessageID string `json:"message_id,omitempty"`
}

// ConversationsMessagesListParams are the parameters of conversations.messages.list (POST
// /v1/conversation/message/list). Fields marked required must be set; the others are sent only when
// set.
type ConversationsMessagesListParams struct {
	// ConversationID is "conversation_id" (query, required).
	ConversationID string `json:"conversation_id,omitempty"`
	// Order is "order" (body): order by creation time (default desc).
	Order string `json:"order,omitempty"`
	// ChatID is "chat_id" (body): only the messages of this chat.
	ChatID string `json:"chat_id,omitempty"`
	// BeforeID is "before_id" (body): messages before this one.
	BeforeID string `json:"before_id,omitempty"`
	// AfterID is "after_id" (body): messages after this one.
	AfterID string `json:"after_id,omitempty"`
	// Limit is "limit" (body): items per page (1-50).
	Limit *int64 `json:"limit,omitempty"`
	// BotID is "bot_id" (body): only the messages of this bot.
	BotID string `json:"bot_id,omitempty"`
}

// ConversationsMessagesRetrieveParams are the parameters of conversations.messages.retrieve (GET
// /v1/conversation/message/retrieve). Fields marked required must be set; the others are sent only
// when set.
type ConversationsMessagesRetrieveParams struct {
	// ConversationID is "conversation_id" (query, required).
	ConversationID string `json:"conversation_id,omitempty"`
	// MessageID is "message_id" (query, required).
	MessageID string `json:"message_id,omitempty"`
}

// ConversationsMessagesUpdateParams are the parameters of conversations.messages.update (POST
// /v1/conversation/message/modify). Fields marked required must be set; the others are sent only
// when set.
type ConversationsMessagesUpdateParams struct {
	// ConversationID is "conversation_id" (query, required).
	ConversationID string `json:"conversation_id,omitempty"`
	// MessageID is "message_id" (query, required).
	MessageID string `json:"message_id,omitempty"`
	// Content is "content" (body): text, or the JSON text of object_string items.
	Content string `json:"content,omitempty"`
	// ContentType is "content_type" (body).
	ContentType string `json:"content_type,omitempty"`
	// MetaData is "meta_data" (body): custom key-value pairs.
	MetaData map[string]string `json:"meta_data,omitempty"`
}

// ConversationsRetrieveParams are the parameters of conversations.retrieve (GET
// /v1/conversation/retrieve). Fields marked required must be set; the others are sent only when
// set.
type ConversationsRetrieveParams struct {
	// ConversationID is "conversation_id" (query, required).
	ConversationID string `json:"conversation_id,omitempty"`
}

// ConversationsUpdateParams are the parameters of conversations.update (PUT
// /v1/conversations/{conversation_id}). Fields marked required must be set; the others are sent
// only when set.
type ConversationsUpdateParams struct {
	// ConversationID is "conversation_id" (path, required).
	ConversationID string `json:"conversation_id,omitempty"`
	// Name is "name" (body): new name.
	Name string `json:"name,omitempty"`
}

// DatasetsCreateParams are the parameters of datasets.create (POST /v1/datasets). Fields marked
// required must be set; the others are sent only when set.
type DatasetsCreateParams struct {
	// Name is "name" (body, required).
	Name string `json:"name,omitempty"`
	// SpaceID is "space_id" (body, required).
	SpaceID string `json:"space_id,omitempty"`
	// FormatType is "format_type" (body, required): 0 text, 2 images.
	FormatType int64 `json:"format_type"`
	// Description is "description" (body).
	Description string `json:"description,omitempty"`
	// FileID is "file_id" (body): uploaded file used as the icon.
	FileID string `json:"file_id,omitempty"`
}

// DatasetsDeleteParams are the parameters of datasets.delete (DELETE /v1/datasets/{dataset_id}).
// Fields marked required must be set; the others are sent only when set.
type DatasetsDeleteParams struct {
	// DatasetID is "dataset_id" (path, required).
	DatasetID string `json:"dataset_id,omitempty"`
}

// DatasetsDocumentsCreateParams are the parameters of datasets.documents.create (POST
// /open_api/knowledge/document/create). Fields marked required must be set; the others are sent
// only when set.
type DatasetsDocumentsCreateParams struct {
	// DatasetID is "dataset_id" (body, required).
	DatasetID string `json:"dataset_id,omitempty"`
	// DocumentBases is "document_bases" (body, required): the files to add.
	DocumentBases []DocumentBaseParam `json:"document_bases"`
	// ChunkStrategy is "chunk_strategy" (body).
	ChunkStrategy *DocumentChunkStrategyParam `json:"chunk_strategy,omitempty"`
	// FormatType is "format_type" (body): 0 text, 2 images.
	FormatType *int64 `json:"format_type,omitempty"`
}

// DatasetsDocumentsDeleteParams are the parameters of datasets.documents.delete (POST
// /open_api/knowledge/document/delete). Fields marked required must be set; the others are sent
// only when set.
type DatasetsDocumentsDeleteParams struct {
	// DocumentIDs is "document_ids" (body, required).
	DocumentIDs []string `json:"document_ids"`
}

// DatasetsDocumentsListParams are the parameters of datasets.documents.list (POST
// /open_api/knowledge/document/list). Fields marked required must be set; the others are sent only
// when set.
type DatasetsDocumentsListParams struct {
	// DatasetID is "dataset_id" (body, required).
	DatasetID string `json:"dataset_id,omitempty"`
	// Page is "page" (body): page number from 1.
	Page *int64 `json:"page,omitempty"`
	// Size is "size" (body): items per page.
	Size *int64 `json:"size,omitempty"`
}

// DatasetsDocumentsUpdateParams are the parameters of datasets.documents.update (POST
// /open_api/knowledge/document/update). Fields marked required must be set; the others are sent
// only when set.
type DatasetsDocumentsUpdateParams struct {
	// DocumentID is "document_id" (body, required).
	DocumentID string `json:"document_id,omitempty"`
	// DocumentName is "document_name" (body): new name.
	DocumentName string `json:"document_name,omitempty"`
	// UpdateRule is "update_rule" (body).
	UpdateRule *DocumentUpdateRuleParam `json:"update_rule,omitempty"`
}

// DatasetsImagesListParams are the parameters of datasets.images.list (GET
// /v1/datasets/{dataset_id}/images). Fields marked required must be set; the others are sent only
// when set.
type DatasetsImagesListParams struct {
	// DatasetID is "dataset_id" (path, required).
	DatasetID string `json:"dataset_id,omitempty"`
	// Keyword is "keyword" (query): only images whose name or caption contains this.
	Keyword string `json:"keyword,omitempty"`
	// HasCaption is "has_caption" (query): only images with (true) or without (false) a caption.
	HasCaption *bool `json:"has_caption,omitempty"`
	// PageNum is "page_num" (query): page number from 1.
	PageNum *int64 `json:"page_num,omitempty"`
	// PageSize is "page_size" (query): items per page.
	PageSize *int64 `json:"page_size,omitempty"`
}

// DatasetsImagesUpdateParams are the parameters of datasets.images.update (PUT
// /v1/datasets/{dataset_id}/images/{document_id}). Fields marked required must be set; the others
// are sent only when set.
type DatasetsImagesUpdateParams struct {
	// DatasetID is "dataset_id" (path, required).
	DatasetID string `json:"dataset_id,omitempty"`
	// DocumentID is "document_id" (path, required).
	DocumentID string `json:"document_id,omitempty"`
	// Caption is "caption" (body, required).
	Caption string `json:"caption,omitempty"`
}

// DatasetsListParams are the parameters of datasets.list (GET /v1/datasets). Fields marked required
// must be set; the others are sent only when set.
type DatasetsListParams struct {
	// SpaceID is "space_id" (query, required).
	SpaceID string `json:"space_id,omitempty"`
	// Name is "name" (query): only names containing this.
	Name string `json:"name,omitempty"`
	// FormatType is "format_type" (query): 0 text, 1 table, 2 images.
	FormatType *int64 `json:"format_type,omitempty"`
	// PageNum is "page_num" (query): page number from 1.
	PageNum *int64 `json:"page_num,omitempty"`
	// PageSize is "page_size" (query): items per page.
	PageSize *int64 `json:"page_size,omitempty"`
}

// DatasetsProcessParams are the parameters of datasets.process (POST
// /v1/datasets/{dataset_id}/process). Fields marked required must be set; the others are sent only
// when set.
type DatasetsProcessParams struct {
	// DatasetID is "dataset_id" (path, required).
	DatasetID string `json:"dataset_id,omitempty"`
	// DocumentIDs is "document_ids" (body, required).
	DocumentIDs []string `json:"document_ids"`
}

// DatasetsUpdateParams are the parameters of datasets.update (PUT /v1/datasets/{dataset_id}).
// Fields marked required must be set; the others are sent only when set.
type DatasetsUpdateParams struct {
	// DatasetID is "dataset_id" (path, required).
	DatasetID string `json:"dataset_id,omitempty"`
	// Name is "name" (body, required).
	Name string `json:"name,omitempty"`
	// FileID is "file_id" (body): uploaded file used as the icon.
	FileID string `json:"file_id,omitempty"`
	// Description is "description" (body).
	Description string `json:"description,omitempty"`
}

// FilesRetrieveParams are the parameters of files.retrieve (GET /v1/files/retrieve). Fields marked
// required must be set; the others are sent only when set.
type FilesRetrieveParams struct {
	// FileID is "file_id" (query, required).
	FileID string `json:"file_id,omitempty"`
}

// FilesUploadParams are the parameters of files.upload (POST /v1/files/upload). Fields marked
// required must be set; the others are sent only when set.
type FilesUploadParams struct {
	// File is "file" (multipart file, required): the file (at most 512 MB).
	File FileUpload `json:"file"`
}

// OAuthAccountTokenParams are the parameters of oauth.account_token (POST
// /api/permission/oauth2/account/{account_id}/token). Fields marked required must be set; the
// others are sent only when set.
type OAuthAccountTokenParams struct {
	// AccountID is "account_id" (path, required).
	AccountID string `json:"account_id,omitempty"`
	// GrantType is "grant_type" (body, required): the grant.
	GrantType string `json:"grant_type,omitempty"`
	// ClientID is "client_id" (body): the OAuth app's id.
	ClientID string `json:"client_id,omitempty"`
	// Code is "code" (body): authorization_code - the code the redirect brought.
	Code string `json:"code,omitempty"`
	// RedirectURI is "redirect_uri" (body): authorization_code - the redirect URI given to authorize.
	RedirectURI string `json:"redirect_uri,omitempty"`
	// CodeVerifier is "code_verifier" (body): authorization_code with PKCE - the verifier of the
	// challenge.
	CodeVerifier string `json:"code_verifier,omitempty"`
	// RefreshToken is "refresh_token" (body): refresh_token - the refresh token.
	RefreshToken string `json:"refresh_token,omitempty"`
	// DeviceCode is "device_code" (body): device_code - the device code.
	DeviceCode string `json:"device_code,omitempty"`
	// DurationSeconds is "duration_seconds" (body): jwt-bearer - the access token's lifetime (default
	// 900).
	DurationSeconds *int64 `json:"duration_seconds,omitempty"`
	// Scope is "scope" (body): jwt-bearer - an optional scope object.
	Scope any `json:"scope,omitempty"`
}

// OAuthDeviceCodeParams are the parameters of oauth.device_code (POST
// /api/permission/oauth2/device/code). Fields marked required must be set; the others are sent only
// when set.
type OAuthDeviceCodeParams struct {
	// ClientID is "client_id" (body, required): the OAuth app's id.
	ClientID string `json:"client_id,omitempty"`
}

// OAuthEnterpriseTokenParams are the parameters of oauth.enterprise_token (POST
// /api/permission/oauth2/enterprise_id/{enterprise_id}/token). Fields marked required must be set;
// the others are sent only when set.
type OAuthEnterpriseTokenParams struct {
	// EnterpriseID is "enterprise_id" (path, required).
	EnterpriseID string `json:"enterprise_id,omitempty"`
	// GrantType is "grant_type" (body, required): the grant.
	GrantType string `json:"grant_type,omitempty"`
	// ClientID is "client_id" (body): the OAuth app's id.
	ClientID string `json:"client_id,omitempty"`
	// Code is "code" (body): authorization_code - the code the redirect brought.
	Code string `json:"code,omitempty"`
	// RedirectURI is "redirect_uri" (body): authorization_code - the redirect URI given to authorize.
	RedirectURI string `json:"redirect_uri,omitempty"`
	// CodeVerifier is "code_verifier" (body): authorization_code with PKCE - the verifier of the
	// challenge.
	CodeVerifier string `json:"code_verifier,omitempty"`
	// RefreshToken is "refresh_token" (body): refresh_token - the refresh token.
	RefreshToken string `json:"refresh_token,omitempty"`
	// DeviceCode is "device_code" (body): device_code - the device code.
	DeviceCode string `json:"device_code,omitempty"`
	// DurationSeconds is "duration_seconds" (body): jwt-bearer - the access token's lifetime (default
	// 900).
	DurationSeconds *int64 `json:"duration_seconds,omitempty"`
	// Scope is "scope" (body): jwt-bearer - an optional scope object.
	Scope any `json:"scope,omitempty"`
}

// OAuthTokenParams are the parameters of oauth.token (POST /api/permission/oauth2/token). Fields
// marked required must be set; the others are sent only when set.
type OAuthTokenParams struct {
	// GrantType is "grant_type" (body, required): the grant.
	GrantType string `json:"grant_type,omitempty"`
	// ClientID is "client_id" (body): the OAuth app's id.
	ClientID string `json:"client_id,omitempty"`
	// Code is "code" (body): authorization_code - the code the redirect brought.
	Code string `json:"code,omitempty"`
	// RedirectURI is "redirect_uri" (body): authorization_code - the redirect URI given to authorize.
	RedirectURI string `json:"redirect_uri,omitempty"`
	// CodeVerifier is "code_verifier" (body): authorization_code with PKCE - the verifier of the
	// challenge.
	CodeVerifier string `json:"code_verifier,omitempty"`
	// RefreshToken is "refresh_token" (body): refresh_token - the refresh token.
	RefreshToken string `json:"refresh_token,omitempty"`
	// DeviceCode is "device_code" (body): device_code - the device code.
	DeviceCode string `json:"device_code,omitempty"`
	// DurationSeconds is "duration_seconds" (body): jwt-bearer - the access token's lifetime (default
	// 900).
	DurationSeconds *int64 `json:"duration_seconds,omitempty"`
	// Scope is "scope" (body): jwt-bearer - an optional scope object.
	Scope any `json:"scope,omitempty"`
}

// TemplatesDuplicateParams are the parameters of templates.duplicate (POST
// /v1/templates/{template_id}/duplicate). Fields marked required must be set; the others are sent
// only when set.
type TemplatesDuplicateParams struct {
	// TemplateID is "template_id" (path, required).
	TemplateID string `json:"template_id,omitempty"`
	// WorkspaceID is "workspace_id" (body, required).
	WorkspaceID string `json:"workspace_id,omitempty"`
	// Name is "name" (body): name of the copy.
	Name string `json:"name,omitempty"`
}

// VariablesRetrieveParams are the parameters of variables.retrieve (GET /v1/variables). Fields
// marked required must be set; the others are sent only when set.
type VariablesRetrieveParams struct {
	// AppID is "app_id" (query).
	AppID string `json:"app_id,omitempty"`
	// BotID is "bot_id" (query).
	BotID string `json:"bot_id,omitempty"`
	// ConnectorID is "connector_id" (query).
	ConnectorID string `json:"connector_id,omitempty"`
	// ConnectorUID is "connector_uid" (query): the end user's id in the channel.
	ConnectorUID string `json:"connector_uid,omitempty"`
	// Keywords is "keywords" (query): comma-separated variable names; all when absent.
	Keywords string `json:"keywords,omitempty"`
}

// VariablesUpdateParams are the parameters of variables.update (PUT /v1/variables). Fields marked
// required must be set; the others are sent only when set.
type VariablesUpdateParams struct {
	// AppID is "app_id" (body).
	AppID string `json:"app_id,omitempty"`
	// BotID is "bot_id" (body).
	BotID string `json:"bot_id,omitempty"`
	// ConnectorID is "connector_id" (body).
	ConnectorID string `json:"connector_id,omitempty"`
	// ConnectorUID is "connector_uid" (body): the end user's id in the channel.
	ConnectorUID string `json:"connector_uid,omitempty"`
	// Data is "data" (body, required): keyword and value of each variable.
	Data []VariableValueParam `json:"data"`
}

// WorkflowsChatStreamParams are the parameters of workflows.chat.stream (POST /v1/workflows/chat).
// Fields marked required must be set; the others are sent only when set.
type WorkflowsChatStreamParams struct {
	// WorkflowID is "workflow_id" (body, required).
	WorkflowID string `json:"workflow_id,omitempty"`
	// AdditionalMessages is "additional_messages" (body, required): context messages; the last one is
	// the query.
	AdditionalMessages []EnterMessageParam `json:"additional_messages"`
	// Parameters is "parameters" (body): input parameters of the start node.
	Parameters any `json:"parameters,omitempty"`
	// AppID is "app_id" (body): app the chat flow belongs to.
	AppID string `json:"app_id,omitempty"`
	// BotID is "bot_id" (body): bot to run the chat flow as.
	BotID string `json:"bot_id,omitempty"`
	// ConversationID is "conversation_id" (body): conversation to chat in.
	ConversationID string `json:"conversation_id,omitempty"`
	// Ext is "ext" (body): extra fields such as latitude, longitude, user_id.
	Ext map[string]string `json:"ext,omitempty"`
	// WorkflowVersion is "workflow_version" (body): version to run.
	WorkflowVersion string `json:"workflow_version,omitempty"`
	// ConnectorID is "connector_id" (body): channel (default 1024, API).
	ConnectorID string `json:"connector_id,omitempty"`
}

// WorkflowsListParams are the parameters of workflows.list (GET /v1/workflows). Fields marked
// required must be set; the others are sent only when set.
type WorkflowsListParams struct {
	// WorkspaceID is "workspace_id" (query).
	WorkspaceID string `json:"workspace_id,omitempty"`
	// PageNum is "page_num" (query): page number from 1.
	PageNum *int64 `json:"page_num,omitempty"`
	// PageSize is "page_size" (query): items per page.
	PageSize *int64 `json:"page_size,omitempty"`
	// WorkflowMode is "workflow_mode" (query).
	WorkflowMode string `json:"workflow_mode,omitempty"`
	// AppID is "app_id" (query): only the workflows of this app.
	AppID string `json:"app_id,omitempty"`
	// PublishStatus is "publish_status" (query).
	PublishStatus string `json:"publish_status,omitempty"`
}

// WorkflowsRetrieveParams are the parameters of workflows.retrieve (GET
// /v1/workflows/{workflow_id}). Fields marked required must be set; the others are sent only when
// set.
type WorkflowsRetrieveParams struct {
	// WorkflowID is "workflow_id" (path, required).
	WorkflowID string `json:"workflow_id,omitempty"`
	// IncludeInputOutput is "include_input_output" (query): include the start node's inputs and the
	// end node's outputs.
	IncludeInputOutput *bool `json:"include_input_output,omitempty"`
}

// WorkflowsRunsCreateParams are the parameters of workflows.runs.create (POST /v1/workflow/run).
// Fields marked required must be set; the others are sent only when set.
type WorkflowsRunsCreateParams struct {
	// WorkflowID is "workflow_id" (body, required).
	WorkflowID string `json:"workflow_id,omitempty"`
	// Parameters is "parameters" (body): input parameters of the start node.
	Parameters any `json:"parameters,omitempty"`
	// BotID is "bot_id" (body): bot to run the workflow as.
	BotID string `json:"bot_id,omitempty"`
	// AppID is "app_id" (body): app the workflow belongs to.
	AppID string `json:"app_id,omitempty"`
	// Ext is "ext" (body): extra fields such as latitude, longitude, user_id.
	Ext map[string]string `json:"ext,omitempty"`
	// IsAsync is "is_async" (body): run asynchronously; poll the run history with execute_id.
	IsAsync *bool `json:"is_async,omitempty"`
	// WorkflowVersion is "workflow_version" (body): version to run.
	WorkflowVersion string `json:"workflow_version,omitempty"`
	// ConnectorID is "connector_id" (body): channel (default 1024, API).
	ConnectorID string `json:"connector_id,omitempty"`
}

// WorkflowsRunsHistoriesExecuteNodesRetrieveParams are the parameters of
// workflows.runs.histories.execute_nodes.retrieve (GET
// /v1/workflows/{workflow_id}/run_histories/{execute_id}/execute_nodes/{node_execute_uuid}). Fields
// marked required must be set; the others are sent only when set.
type WorkflowsRunsHistoriesExecuteNodesRetrieveParams struct {
	// WorkflowID is "workflow_id" (path, required).
	WorkflowID string `json:"workflow_id,omitempty"`
	// ExecuteID is "execute_id" (path, required).
	ExecuteID string `json:"execute_id,omitempty"`
	// NodeExecuteUUID is "node_execute_uuid" (path, required).
	NodeExecuteUUID string `json:"node_execute_uuid,omitempty"`
}

// WorkflowsRunsHistoriesRetrieveParams are the parameters of workflows.runs.histories.retrieve (GET
// /v1/workflows/{workflow_id}/run_histories/{execute_id}). Fields marked required must be set; the
// others are sent only when set.
type WorkflowsRunsHistoriesRetrieveParams struct {
	// WorkflowID is "workflow_id" (path, required).
	WorkflowID string `json:"workflow_id,omitempty"`
	// ExecuteID is "execute_id" (path, required).
	ExecuteID string `json:"execute_id,omitempty"`
}

// WorkflowsRunsResumeParams are the parameters of workflows.runs.resume (POST
// /v1/workflow/stream_resume). Fields marked required must be set; the others are sent only when
// set.
type WorkflowsRunsResumeParams struct {
	// WorkflowID is "workflow_id" (body, required).
	WorkflowID string `json:"workflow_id,omitempty"`
	// EventID is "event_id" (body, required): event_id of the Interrupt event.
	EventID string `json:"event_id,omitempty"`
	// ResumeData is "resume_data" (body, required): the answer to the interrupting question.
	ResumeData string `json:"resume_data,omitempty"`
	// InterruptType is "interrupt_type" (body, required): type of the Interrupt event.
	InterruptType int64 `json:"interrupt_type"`
}

// WorkflowsRunsStreamParams are the parameters of workflows.runs.stream (POST
// /v1/workflow/stream_run). Fields marked required must be set; the others are sent only when set.
type WorkflowsRunsStreamParams struct {
	// WorkflowID is "workflow_id" (body, required).
	WorkflowID string `json:"workflow_id,omitempty"`
	// Parameters is "parameters" (body): input parameters of the start node.
	Parameters any `json:"parameters,omitempty"`
	// BotID is "bot_id" (body): bot to run the workflow as.
	BotID string `json:"bot_id,omitempty"`
	// AppID is "app_id" (body): app the workflow belongs to.
	AppID string `json:"app_id,omitempty"`
	// Ext is "ext" (body): extra fields such as latitude, longitude, user_id.
	Ext map[string]string `json:"ext,omitempty"`
	// WorkflowVersion is "workflow_version" (body): version to run.
	WorkflowVersion string `json:"workflow_version,omitempty"`
	// ConnectorID is "connector_id" (body): channel (default 1024, API).
	ConnectorID string `json:"connector_id,omitempty"`
}

// WorkspacesListParams are the parameters of workspaces.list (GET /v1/workspaces). Fields marked
// required must be set; the others are sent only when set.
type WorkspacesListParams struct {
	// PageNum is "page_num" (query): page number from 1.
	PageNum *int64 `json:"page_num,omitempty"`
	// PageSize is "page_size" (query): items per page.
	PageSize *int64 `json:"page_size,omitempty"`
	// EnterpriseID is "enterprise_id" (query): only the workspaces of this enterprise.
	EnterpriseID string `json:"enterprise_id,omitempty"`
	// UserID is "user_id" (query): only the workspaces of this user.
	UserID string `json:"user_id,omitempty"`
	// CozeAccountID is "coze_account_id" (query): only the workspaces of this organisation account.
	CozeAccountID string `json:"coze_account_id,omitempty"`
}

// decodeResult reads a result record of op as the typed value its method returns; false for
// operations without a JSON result.
func decodeResult(op string, r *record) (any, bool) {
	switch op {
	case "audio.rooms.create":
		return newRoom(r, rootCell), true
	case "audio.transcriptions.create":
		return newTranscription(r, rootCell), true
	case "audio.voices.clone":
		return newCloneVoiceResult(r, rootCell), true
	case "audio.voices.list":
		return newListVoicesResult(r, rootCell), true
	case "bots.create":
		return newCreateBotResult(r, rootCell), true
	case "bots.list":
		return newListBotsResult(r, rootCell), true
	case "bots.list_v1":
		return newListBotsResult(r, rootCell), true
	case "bots.publish":
		return newPublishBotResult(r, rootCell), true
	case "bots.retrieve":
		return newBot(r, rootCell), true
	case "bots.retrieve_v1":
		return newBot(r, rootCell), true
	case "bots.update":
		return nil, true
	case "chat.cancel":
		return newChat(r, rootCell), true
	case "chat.create":
		return newChat(r, rootCell), true
	case "chat.messages.list":
		return arrayOf(r, rootCell, newMessage), true
	case "chat.retrieve":
		return newChat(r, rootCell), true
	case "chat.submit_tool_outputs":
		return newChat(r, rootCell), true
	case "conversations.clear":
		return newSection(r, rootCell), true
	case "conversations.create":
		return newConversation(r, rootCell), true
	case "conversations.delete":
		return nil, true
	case "conversations.list":
		return newListConversationsResult(r, rootCell), true
	case "conversations.messages.create":
		return newMessage(r, rootCell), true
	case "conversations.messages.delete":
		return newMessage(r, rootCell), true
	case "conversations.messages.feedback.create":
		return nil, true
	case "conversations.messages.feedback.delete":
		return nil, true
	case "conversations.messages.list":
		return newListMessagesResult(r, rootCell), true
	case "conversations.messages.retrieve":
		return newMessage(r, rootCell), true
	case "conversations.messages.update":
		return newMessage(r, rootCell), true
	case "conversations.retrieve":
		return newConversation(r, rootCell), true
	case "conversations.update":
		return newConversation(r, rootCell), true
	case "datasets.create":
		return newCreateDatasetResult(r, rootCell), true
	case "datasets.delete":
		return nil, true
	case "datasets.documents.create":
		return arrayOf(r, rootCell, newDocument), true
	case "datasets.documents.delete":
		return nil, true
	case "datasets.documents.list":
		return newListDocumentsResult(r, rootCell), true
	case "datasets.documents.update":
		return nil, true
	case "datasets.images.list":
		return newListPhotosResult(r, rootCell), true
	case "datasets.images.update":
		return nil, true
	case "datasets.list":
		return newListDatasetsResult(r, rootCell), true
	case "datasets.process":
		return arrayOf(r, rootCell, newDocumentProgress), true
	case "datasets.update":
		return nil, true
	case "files.retrieve":
		return newFile(r, rootCell), true
	case "files.upload":
		return newFile(r, rootCell), true
	case "oauth.account_token":
		return newOAuthToken(r, rootCell), true
	case "oauth.device_code":
		return newDeviceCode(r, rootCell), true
	case "oauth.enterprise_token":
		return newOAuthToken(r, rootCell), true
	case "oauth.token":
		return newOAuthToken(r, rootCell), true
	case "templates.duplicate":
		return newDuplicateTemplateResult(r, rootCell), true
	case "users.me":
		return newUser(r, rootCell), true
	case "variables.retrieve":
		return newRetrieveVariablesResult(r, rootCell), true
	case "variables.update":
		return nil, true
	case "workflows.list":
		return newListWorkflowsResult(r, rootCell), true
	case "workflows.retrieve":
		return newWorkflowInfo(r, rootCell), true
	case "workflows.runs.create":
		return newWorkflowRunResult(r, rootCell), true
	case "workflows.runs.histories.execute_nodes.retrieve":
		return newWorkflowNodeExecuteHistory(r, rootCell), true
	case "workflows.runs.histories.retrieve":
		return arrayOf(r, rootCell, newWorkflowRunHistory), true
	case "workspaces.list":
		return newListWorkspacesResult(r, rootCell), true
	}
	return nil, false
}
