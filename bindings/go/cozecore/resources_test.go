package cozecore_test

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"net/url"
	"reflect"
	"strings"
	"testing"

	"github.com/cozecore/cozecore/bindings/go/cozecore"
)

// End-to-end tests of the generated resources, one or more per operation
// group, through the real driver against the fake Coze server
// (tests/fake_coze/README.md describes its seed data and routes).

const (
	seedWorkspace = "7300000000000000001"
	seedBot       = "7300000000000000101"
	slowBot       = "7300000000000000104"
	seedWorkflow  = "7300000000000000201"
	seedVoice     = "7300000000000000301"
	seedTemplate  = "7300000000000000401"
	fakeUser      = "7300000000000000010"
)

var ctx = context.Background()

// outcome is what a call returned: result(c.X.Y(...)).must(t) fails the test
// on an error and gives the value.
type outcome[T any] struct {
	v   T
	err error
}

func result[T any](v T, err error) outcome[T] { return outcome[T]{v, err} }

func (o outcome[T]) must(t *testing.T) T {
	t.Helper()
	if o.err != nil {
		t.Fatal(o.err)
	}
	return o.v
}

// lastRequest is the last API request the fake server logged.
func lastRequest(t *testing.T) loggedRequest {
	t.Helper()
	log := requestLog(t)
	if len(log) == 0 {
		t.Fatal("no request logged")
	}
	return log[len(log)-1]
}

func TestE2EChatRetrieveMessagesAndCancel(t *testing.T) {
	c := newClient(t, fakeServer(t), cozecore.WithMaxRetries(0))
	streamed, err := events(c.Chat.Stream(ctx, chatRequest(seedBot, "hi")))
	if err != nil {
		t.Fatal(err)
	}
	chat := streamed[0].Chat()
	done := result(c.Chat.Retrieve(ctx, cozecore.ChatRetrieveParams{ConversationID: chat.ConversationID(), ChatID: chat.ID()})).must(t)
	if done.ID() != chat.ID() || done.Status() != "completed" || done.Usage().TokenCount() == 0 || !done.Has("usage") {
		t.Fatalf("retrieved %v", done)
	}
	msgs := result(c.Chat.Messages.List(ctx, cozecore.ChatMessagesListParams{ConversationID: chat.ConversationID(), ChatID: chat.ID()})).must(t)
	if len(msgs) != 1 || msgs[0].Content() != "Echo: hi" || msgs[0].Role() != "assistant" || msgs[0].ChatID() != chat.ID() {
		t.Fatalf("messages %v", msgs)
	}
	if req := lastRequest(t); req.Method != "GET" || req.Path != "/v3/chat/message/list" || req.Query["chat_id"] != chat.ID() {
		t.Fatalf("request %+v", req)
	}

	// A slow chat stays in progress until it is cancelled.
	slow := result(c.Chat.Create(ctx, chatRequest(slowBot, "take your time"))).must(t)
	if slow.Status() != "in_progress" {
		t.Fatalf("slow chat %v", slow)
	}
	cancelled := result(c.Chat.Cancel(ctx, cozecore.ChatCancelParams{ConversationID: slow.ConversationID(), ChatID: slow.ID()})).must(t)
	if cancelled.ID() != slow.ID() || cancelled.Status() != "canceled" {
		t.Fatalf("cancelled %v", cancelled)
	}
	// A completed chat cannot be cancelled (Coze code 4104).
	_, err = c.Chat.Cancel(ctx, cozecore.ChatCancelParams{ConversationID: chat.ConversationID(), ChatID: chat.ID()})
	if e := asError(t, err); e.Code != 4104 {
		t.Fatalf("cancel of a completed chat: %+v", e)
	}
}

func TestE2EConversations(t *testing.T) {
	c := newClient(t, fakeServer(t), cozecore.WithMaxRetries(0))
	conv := result(c.Conversations.Create(ctx, cozecore.ConversationsCreateParams{BotID: seedBot, Name: "trip",
		MetaData: map[string]string{"k": "v"}, Messages: []cozecore.EnterMessageParam{cozecore.UserMessage("plan a trip")}})).must(t)
	if conv.ID() == "" || conv.Name() != "trip" || conv.MetaData()["k"] != "v" || conv.CreatedAt() == 0 {
		t.Fatalf("created %v", conv)
	}
	if got := result(c.Conversations.Retrieve(ctx, cozecore.ConversationsRetrieveParams{ConversationID: conv.ID()})).must(t); got.ID() != conv.ID() {
		t.Fatalf("retrieved %v", got)
	}
	renamed := result(c.Conversations.Update(ctx, cozecore.ConversationsUpdateParams{ConversationID: conv.ID(), Name: "holiday"})).must(t)
	if renamed.Name() != "holiday" {
		t.Fatalf("renamed %v", renamed)
	}
	if req := lastRequest(t); req.Method != "PUT" || req.Path != "/v1/conversations/"+conv.ID() {
		t.Fatalf("update request %+v", req)
	}
	list := result(c.Conversations.List(ctx, cozecore.ConversationsListParams{BotID: seedBot, PageSize: cozecore.Ptr[int64](10)})).must(t)
	if convs := list.Conversations(); len(convs) != 1 || convs[0].ID() != conv.ID() || list.HasMore() {
		t.Fatalf("list %v", list)
	}
	section := result(c.Conversations.Clear(ctx, cozecore.ConversationsClearParams{ConversationID: conv.ID()})).must(t)
	if section.ConversationID() != conv.ID() || section.ID() == "" {
		t.Fatalf("section %v", section)
	}
	if err := c.Conversations.Delete(ctx, cozecore.ConversationsDeleteParams{ConversationID: conv.ID()}); err != nil {
		t.Fatal(err)
	}
	_, err := c.Conversations.Retrieve(ctx, cozecore.ConversationsRetrieveParams{ConversationID: conv.ID()})
	if !errors.Is(err, cozecore.ErrNotFound) {
		t.Fatalf("retrieve after delete: %v", err)
	}
}

func TestE2EConversationMessagesAndFeedback(t *testing.T) {
	c := newClient(t, fakeServer(t), cozecore.WithMaxRetries(0))
	conv := result(c.Conversations.Create(ctx, cozecore.ConversationsCreateParams{BotID: seedBot})).must(t)
	var ids []string
	for _, text := range []string{"one", "two", "three"} {
		m := result(c.Conversations.Messages.Create(ctx, cozecore.ConversationsMessagesCreateParams{
			ConversationID: conv.ID(), Role: "user", Content: text, ContentType: "text"})).must(t)
		if m.Content() != text || m.ConversationID() != conv.ID() || m.Role() != "user" {
			t.Fatalf("created %v", m)
		}
		ids = append(ids, m.ID())
	}
	page := result(c.Conversations.Messages.List(ctx, cozecore.ConversationsMessagesListParams{ConversationID: conv.ID(),
		Order: "asc", Limit: cozecore.Ptr[int64](2)})).must(t)
	if data := page.Data(); len(data) != 2 || data[0].ID() != ids[0] || page.FirstID() != ids[0] || page.LastID() != ids[1] ||
		!page.HasMore() {
		t.Fatalf("first page %v", page)
	}
	rest := result(c.Conversations.Messages.List(ctx, cozecore.ConversationsMessagesListParams{ConversationID: conv.ID(),
		Order: "asc", AfterID: page.LastID()})).must(t)
	if data := rest.Data(); len(data) != 1 || data[0].Content() != "three" || rest.HasMore() {
		t.Fatalf("second page %v", rest)
	}
	got := result(c.Conversations.Messages.Retrieve(ctx, cozecore.ConversationsMessagesRetrieveParams{ConversationID: conv.ID(),
		MessageID: ids[1]})).must(t)
	if got.Content() != "two" {
		t.Fatalf("retrieved %v", got)
	}
	edited := result(c.Conversations.Messages.Update(ctx, cozecore.ConversationsMessagesUpdateParams{ConversationID: conv.ID(),
		MessageID: ids[1], Content: "deux"})).must(t)
	if edited.ID() != ids[1] || edited.Content() != "deux" {
		t.Fatalf("updated %v", edited)
	}

	feedback := cozecore.ConversationsMessagesFeedbackCreateParams{ConversationID: conv.ID(), MessageID: ids[1],
		FeedbackType: "like", ReasonTypes: []string{"accurate"}, Comment: "nice"}
	if err := c.Conversations.Messages.Feedback.Create(ctx, feedback); err != nil {
		t.Fatal(err)
	}
	req := lastRequest(t)
	var body map[string]any
	if req.Path != "/v1/conversations/"+conv.ID()+"/messages/"+ids[1]+"/feedback" ||
		json.Unmarshal([]byte(req.Body), &body) != nil || body["feedback_type"] != "like" || body["comment"] != "nice" {
		t.Fatalf("feedback request %+v", req)
	}
	del := cozecore.ConversationsMessagesFeedbackDeleteParams{ConversationID: conv.ID(), MessageID: ids[1]}
	if err := c.Conversations.Messages.Feedback.Delete(ctx, del); err != nil {
		t.Fatal(err)
	}
	if lastRequest(t).Method != "DELETE" {
		t.Fatal("feedback delete is not a DELETE")
	}
	if err := c.Conversations.Messages.Feedback.Delete(ctx, del); !errors.Is(err, cozecore.ErrNotFound) {
		t.Fatalf("second feedback delete: %v", err)
	}

	deleted := result(c.Conversations.Messages.Delete(ctx, cozecore.ConversationsMessagesDeleteParams{ConversationID: conv.ID(),
		MessageID: ids[0]})).must(t)
	if deleted.ID() != ids[0] {
		t.Fatalf("deleted %v", deleted)
	}
}

func TestE2EWorkflowsCatalogueAndRunHistories(t *testing.T) {
	c := newClient(t, fakeServer(t), cozecore.WithMaxRetries(0))
	list := result(c.Workflows.List(ctx, cozecore.WorkflowsListParams{WorkspaceID: seedWorkspace, WorkflowMode: "workflow"})).must(t)
	items := list.Items()
	if len(items) != 2 || items[0].WorkflowID() != seedWorkflow || items[0].WorkflowName() != "echo" ||
		items[0].Creator().ID() != fakeUser {
		t.Fatalf("workflows %v", list)
	}
	info := result(c.Workflows.Retrieve(ctx, cozecore.WorkflowsRetrieveParams{WorkflowID: seedWorkflow,
		IncludeInputOutput: cozecore.Ptr(true)})).must(t)
	if info.WorkflowDetail().WorkflowName() != "echo" || !info.Input().Valid() || !info.Output().Valid() {
		t.Fatalf("workflow %v", info)
	}
	if req := lastRequest(t); req.Query["include_input_output"] != "true" {
		t.Fatalf("query %v", req.Query)
	}

	run := result(c.Workflows.Runs.Create(ctx, cozecore.WorkflowsRunsCreateParams{WorkflowID: seedWorkflow,
		Parameters: map[string]any{"input": "history"}})).must(t)
	histories := result(c.Workflows.Runs.Histories.Retrieve(ctx, cozecore.WorkflowsRunsHistoriesRetrieveParams{
		WorkflowID: seedWorkflow, ExecuteID: run.ExecuteID()})).must(t)
	if len(histories) != 1 || histories[0].ExecuteID() != run.ExecuteID() || histories[0].ExecuteStatus() != "Success" ||
		!strings.Contains(histories[0].Output(), "Echo: history") {
		t.Fatalf("histories %v", histories)
	}
	nodes := histories[0].NodeExecuteStatus()
	if len(nodes) != 2 {
		t.Fatalf("node statuses %v", nodes)
	}
	var outputs []string
	for _, n := range nodes {
		node := result(c.Workflows.Runs.Histories.ExecuteNodes.Retrieve(ctx, cozecore.WorkflowsRunsHistoriesExecuteNodesRetrieveParams{
			WorkflowID: seedWorkflow, ExecuteID: run.ExecuteID(), NodeExecuteUUID: n.NodeExecuteUUID()})).must(t)
		if !node.IsFinish() {
			t.Fatalf("node %v", node)
		}
		outputs = append(outputs, node.NodeOutput())
	}
	if joined := strings.Join(outputs, " "); !strings.Contains(joined, "history") {
		t.Fatalf("node outputs %q", outputs)
	}
}

func TestE2EBotsV1AndV2(t *testing.T) {
	c := newClient(t, fakeServer(t), cozecore.WithMaxRetries(0))
	created := result(c.Bots.Create(ctx, cozecore.BotsCreateParams{SpaceID: seedWorkspace, Name: "Helper",
		Description: "helps", PromptInfo: &cozecore.BotPromptInfoParam{Prompt: "Be helpful"}})).must(t)
	id := created.BotID()
	if id == "" {
		t.Fatalf("created %v", created)
	}
	if err := c.Bots.Update(ctx, cozecore.BotsUpdateParams{BotID: id, Name: "Helper 2"}); err != nil {
		t.Fatal(err)
	}
	published := result(c.Bots.Publish(ctx, cozecore.BotsPublishParams{BotID: id, ConnectorIDs: []string{"1024"}})).must(t)
	if published.BotID() != id || published.Version() != "1" {
		t.Fatalf("published %v", published)
	}
	bot := result(c.Bots.Retrieve(ctx, cozecore.BotsRetrieveParams{BotID: id})).must(t)
	if bot.BotID() != id || bot.Name() != "Helper 2" || bot.PromptInfo().Prompt() != "Be helpful" || bot.OwnerUserID() != fakeUser {
		t.Fatalf("bot %v", bot)
	}
	if req := lastRequest(t); req.Path != "/v1/bots/"+id {
		t.Fatalf("v2 retrieve path %s", req.Path)
	}
	if v1 := result(c.Bots.RetrieveV1(ctx, cozecore.BotsRetrieveV1Params{BotID: id})).must(t); v1.Name() != "Helper 2" {
		t.Fatalf("v1 bot %v", v1)
	}
	if req := lastRequest(t); req.Path != "/v1/bot/get_online_info" || req.Query["bot_id"] != id {
		t.Fatalf("v1 retrieve request %+v", req)
	}

	v2 := result(c.Bots.List(ctx, cozecore.BotsListParams{WorkspaceID: seedWorkspace, PublishStatus: "all"})).must(t)
	if v2.Total() != 5 || len(v2.Items()) != 5 || !v2.Items()[0].IsPublished() {
		t.Fatalf("v2 list %v", v2)
	}
	if req := lastRequest(t); req.Path != "/v1/bots" {
		t.Fatalf("v2 list path %s", req.Path)
	}
	// Given space_id, bots.list runs its v1 variant (the official SDKs' switch).
	v1 := result(c.Bots.List(ctx, cozecore.BotsListParams{SpaceID: seedWorkspace})).must(t)
	if req := lastRequest(t); req.Path != "/v1/space/published_bots_list" || req.Query["space_id"] != seedWorkspace {
		t.Fatalf("v1 list request %+v", req)
	}
	if v1.Total() != 5 {
		t.Fatalf("v1 list %v", v1)
	}
	if direct := result(c.Bots.ListV1(ctx, cozecore.BotsListV1Params{SpaceID: seedWorkspace})).must(t); direct.Total() != 5 {
		t.Fatalf("v1 list %v", direct)
	}
}

func TestE2EFilesUploadAndRetrieve(t *testing.T) {
	c := newClient(t, fakeServer(t), cozecore.WithMaxRetries(0))
	data := []byte("hello, file \x00\xff")
	file := result(c.Files.Upload(ctx, cozecore.FilesUploadParams{File: cozecore.FileUpload{Data: data,
		Filename: "notes.txt", ContentType: "text/plain"}})).must(t)
	if file.ID() == "" || file.Bytes() != int64(len(data)) || file.FileName() != "notes.txt" {
		t.Fatalf("uploaded %v", file)
	}
	req := lastRequest(t)
	if !strings.HasPrefix(req.Headers["content-type"], "multipart/form-data; boundary=") ||
		!strings.Contains(req.Body, `filename="notes.txt"`) {
		t.Fatalf("upload request %+v", req)
	}
	got := result(c.Files.Retrieve(ctx, cozecore.FilesRetrieveParams{FileID: file.ID()})).must(t)
	if got.ID() != file.ID() || got.FileName() != "notes.txt" || got.CreatedAt() == 0 {
		t.Fatalf("retrieved %v", got)
	}
}

func TestE2EDatasetsDocumentsAndImages(t *testing.T) {
	c := newClient(t, fakeServer(t), cozecore.WithMaxRetries(0))
	ds := result(c.Datasets.Create(ctx, cozecore.DatasetsCreateParams{Name: "docs", SpaceID: seedWorkspace, FormatType: 0})).must(t)
	images := result(c.Datasets.Create(ctx, cozecore.DatasetsCreateParams{Name: "pics", SpaceID: seedWorkspace, FormatType: 2})).must(t)
	if err := c.Datasets.Update(ctx, cozecore.DatasetsUpdateParams{DatasetID: ds.DatasetID(), Name: "handbook"}); err != nil {
		t.Fatal(err)
	}

	text := base64.StdEncoding.EncodeToString([]byte("chapter one"))
	docs := result(c.Datasets.Documents.Create(ctx, cozecore.DatasetsDocumentsCreateParams{DatasetID: ds.DatasetID(),
		DocumentBases: []cozecore.DocumentBaseParam{{Name: "one.txt",
			SourceInfo: &cozecore.DocumentSourceInfoParam{FileBase64: text, FileType: "txt"}}}})).must(t)
	if len(docs) != 1 || docs[0].Name() != "one.txt" || docs[0].Size() != int64(len("chapter one")) || docs[0].DocumentID() == "" {
		t.Fatalf("documents %v", docs)
	}
	if req := lastRequest(t); req.Headers["agw-js-conv"] != "str" {
		t.Fatalf("the knowledge API header is missing: %v", req.Headers)
	}
	docID := docs[0].DocumentID()
	if err := c.Datasets.Documents.Update(ctx, cozecore.DatasetsDocumentsUpdateParams{DocumentID: docID,
		DocumentName: "first.txt"}); err != nil {
		t.Fatal(err)
	}
	listed := result(c.Datasets.Documents.List(ctx, cozecore.DatasetsDocumentsListParams{DatasetID: ds.DatasetID()})).must(t)
	if listed.Total() != 1 || listed.DocumentInfos()[0].Name() != "first.txt" {
		t.Fatalf("listed %v", listed)
	}
	progress := result(c.Datasets.Process(ctx, cozecore.DatasetsProcessParams{DatasetID: ds.DatasetID(),
		DocumentIDs: []string{docID}})).must(t)
	if len(progress) != 1 || progress[0].DocumentID() != docID || progress[0].Progress() != 100 {
		t.Fatalf("progress %v", progress)
	}
	all := result(c.Datasets.List(ctx, cozecore.DatasetsListParams{SpaceID: seedWorkspace})).must(t)
	var names []string
	for _, d := range all.DatasetList() {
		names = append(names, d.Name())
	}
	if all.TotalCount() != 2 || !reflect.DeepEqual(names, []string{"handbook", "pics"}) || all.DatasetList()[0].DocCount() != 1 {
		t.Fatalf("datasets %v", all)
	}

	// Images: a document of an image dataset, captioned, found by keyword.
	photo := result(c.Datasets.Documents.Create(ctx, cozecore.DatasetsDocumentsCreateParams{DatasetID: images.DatasetID(),
		DocumentBases: []cozecore.DocumentBaseParam{{Name: "cat.png", SourceInfo: &cozecore.DocumentSourceInfoParam{
			FileBase64: base64.StdEncoding.EncodeToString([]byte("\x89PNG")), FileType: "png"}}}})).must(t)
	if err := c.Datasets.Images.Update(ctx, cozecore.DatasetsImagesUpdateParams{DatasetID: images.DatasetID(),
		DocumentID: photo[0].DocumentID(), Caption: "a sleeping cat"}); err != nil {
		t.Fatal(err)
	}
	found := result(c.Datasets.Images.List(ctx, cozecore.DatasetsImagesListParams{DatasetID: images.DatasetID(), Keyword: "cat"})).must(t)
	if found.TotalCount() != 1 || found.PhotoInfos()[0].Caption() != "a sleeping cat" || found.PhotoInfos()[0].Name() != "cat.png" {
		t.Fatalf("images %v", found)
	}

	if err := c.Datasets.Documents.Delete(ctx, cozecore.DatasetsDocumentsDeleteParams{DocumentIDs: []string{docID}}); err != nil {
		t.Fatal(err)
	}
	if err := c.Datasets.Delete(ctx, cozecore.DatasetsDeleteParams{DatasetID: ds.DatasetID()}); err != nil {
		t.Fatal(err)
	}
	if req := lastRequest(t); req.Method != "DELETE" || req.Path != "/v1/datasets/"+ds.DatasetID() {
		t.Fatalf("delete request %+v", req)
	}
}

func TestE2EAudio(t *testing.T) {
	c := newClient(t, fakeServer(t), cozecore.WithMaxRetries(0))
	speech := result(c.Audio.Speech.Create(ctx, cozecore.AudioSpeechCreateParams{Input: "Bonjour 你好", VoiceID: seedVoice,
		ResponseFormat: "mp3"})).must(t)
	if speech.ContentType != "audio/mpeg" || !bytes.HasPrefix(speech.Data, []byte("ID3")) ||
		!bytes.HasSuffix(speech.Data, []byte("Bonjour 你好")) || speech.LogID == "" {
		t.Fatalf("speech %q %q", speech.ContentType, speech.Data)
	}
	heard := result(c.Audio.Transcriptions.Create(ctx, cozecore.AudioTranscriptionsCreateParams{
		File: cozecore.FileUpload{Data: speech.Data, Filename: "speech.mp3", ContentType: "audio/mpeg"}})).must(t)
	if heard.Text() != "Bonjour 你好" {
		t.Fatalf("transcription %v", heard)
	}

	voices := result(c.Audio.Voices.List(ctx, cozecore.AudioVoicesListParams{})).must(t)
	if list := voices.VoiceList(); len(list) != 2 || list[0].VoiceID() != seedVoice || !list[0].IsSystemVoice() {
		t.Fatalf("voices %v", voices)
	}
	clone := result(c.Audio.Voices.Clone(ctx, cozecore.AudioVoicesCloneParams{VoiceName: "mine", AudioFormat: "mp3",
		File: cozecore.FileUpload{Data: speech.Data, Filename: "sample.mp3"}, Language: "en"})).must(t)
	if clone.VoiceID() == "" {
		t.Fatalf("clone %v", clone)
	}
	mine := result(c.Audio.Voices.List(ctx, cozecore.AudioVoicesListParams{FilterSystemVoice: cozecore.Ptr(true)})).must(t)
	if list := mine.VoiceList(); len(list) != 1 || list[0].VoiceID() != clone.VoiceID() || list[0].Name() != "mine" {
		t.Fatalf("own voices %v", mine)
	}
	if req := lastRequest(t); req.Query["filter_system_voice"] != "true" {
		t.Fatalf("query %v", req.Query)
	}

	room := result(c.Audio.Rooms.Create(ctx, cozecore.AudioRoomsCreateParams{BotID: seedBot, VoiceID: seedVoice, UID: "u-1"})).must(t)
	if room.RoomID() == "" || room.AppID() == "" || room.Token() == "" || room.UID() != "u-1" {
		t.Fatalf("room %v", room)
	}
}

func TestE2EWorkspacesVariablesTemplatesAndMe(t *testing.T) {
	c := newClient(t, fakeServer(t), cozecore.WithMaxRetries(0))
	ws := result(c.Workspaces.List(ctx, cozecore.WorkspacesListParams{PageSize: cozecore.Ptr[int64](1)})).must(t)
	if ws.TotalCount() != 2 || len(ws.Workspaces()) != 1 || ws.Workspaces()[0].ID() != seedWorkspace ||
		ws.Workspaces()[0].RoleType() != "owner" {
		t.Fatalf("workspaces %v", ws)
	}

	if err := c.Variables.Update(ctx, cozecore.VariablesUpdateParams{BotID: seedBot, ConnectorUID: "u-1",
		Data: []cozecore.VariableValueParam{{Keyword: "city", Value: "Paris"}, {Keyword: "lang", Value: "fr"}}}); err != nil {
		t.Fatal(err)
	}
	vars := result(c.Variables.Retrieve(ctx, cozecore.VariablesRetrieveParams{BotID: seedBot, ConnectorUID: "u-1",
		Keywords: "city"})).must(t)
	if items := vars.Items(); len(items) != 1 || items[0].Keyword() != "city" || items[0].Value() != "Paris" ||
		items[0].CreateTime() == 0 {
		t.Fatalf("variables %v", vars)
	}

	dup := result(c.Templates.Duplicate(ctx, cozecore.TemplatesDuplicateParams{TemplateID: seedTemplate,
		WorkspaceID: seedWorkspace, Name: "My service bot"})).must(t)
	if dup.EntityID() == "" || dup.EntityType() != "agent" {
		t.Fatalf("duplicate %v", dup)
	}
	if bot := result(c.Bots.Retrieve(ctx, cozecore.BotsRetrieveParams{BotID: dup.EntityID()})).must(t); bot.Name() != "My service bot" {
		t.Fatalf("duplicated bot %v", bot)
	}

	me := result(c.Users.Me(ctx)).must(t)
	if me.UserID() != fakeUser || me.NickName() != "Fake User" || me.LogID() == "" {
		t.Fatalf("me %v", me)
	}
	if req := lastRequest(t); req.Method != "GET" || req.Path != "/v1/users/me" || req.Body != "" {
		t.Fatalf("me request %+v", req)
	}
}

func TestE2EParametersByNameGoWhereTheOperationPutsThem(t *testing.T) {
	c := newClient(t, fakeServer(t), cozecore.WithMaxRetries(0))
	// Operations run by name take the API's names; the core puts each one in
	// the path, the query or the body as the operation says.
	res, err := c.Do(ctx, "conversations.messages.feedback.create", map[string]any{"conversation_id": "1", "message_id": "2",
		"feedback_type": "like"})
	if !errors.Is(err, cozecore.ErrNotFound) || res != nil {
		t.Fatalf("feedback on an unknown conversation: %v", err)
	}
	req := lastRequest(t)
	if req.Path != "/v1/conversations/1/messages/2/feedback" || req.Body != `{"feedback_type":"like"}` {
		t.Fatalf("request %+v", req)
	}
	// A required parameter left out is refused before anything is sent.
	n := len(requestLog(t))
	_, err = c.Conversations.Retrieve(ctx, cozecore.ConversationsRetrieveParams{})
	if !errors.Is(err, cozecore.ErrInvalidArgument) || !strings.Contains(err.Error(), "conversation_id") {
		t.Fatalf("missing required parameter: %v", err)
	}
	if len(requestLog(t)) != n {
		t.Fatal("a request went out without its required parameter")
	}
}

func TestE2EExtraHeadersQueryAndBodyGoOut(t *testing.T) {
	c := newClient(t, fakeServer(t), cozecore.WithMaxRetries(0))
	conv := result(c.Conversations.Create(ctx, cozecore.ConversationsCreateParams{BotID: seedBot},
		cozecore.WithExtraHeaders(map[string]string{"X-Trace-Tag": "blue"}),
		cozecore.WithExtraQuery(map[string]string{"beta": "on", "q": "a b&c"}),
		cozecore.WithExtraBody(map[string]any{"name": "from extra body", "custom": map[string]any{"n": 1}}),
		cozecore.WithHeader("X-Call", "1"))).must(t)
	req := lastRequest(t)
	var body map[string]any
	if err := json.Unmarshal([]byte(req.Body), &body); err != nil {
		t.Fatal(err)
	}
	if req.Headers["x-trace-tag"] != "blue" || req.Headers["x-call"] != "1" || req.Query["beta"] != "on" ||
		req.Query["q"] != "a b&c" || body["bot_id"] != seedBot || !reflect.DeepEqual(body["custom"], map[string]any{"n": 1.0}) {
		t.Fatalf("request %+v", req)
	}
	// The fake server keeps the name it got, so the extra body reached it.
	if conv.Name() != "from extra body" {
		t.Fatalf("conversation %v", conv)
	}
	if _, err := c.Users.Me(ctx, cozecore.WithExtraBody(map[string]any{"bad": make(chan int)})); !errors.Is(err, cozecore.ErrInvalidArgument) {
		t.Fatalf("an extra body that cannot be encoded: %v", err)
	}
}

func TestE2EPathValuesAreURLEncoded(t *testing.T) {
	c := newClient(t, fakeServer(t), cozecore.WithMaxRetries(0))
	const id = "a/b c?d#e%"
	_, err := c.Conversations.Clear(ctx, cozecore.ConversationsClearParams{ConversationID: id})
	if err == nil {
		t.Fatal("a conversation with that id exists")
	}
	req := lastRequest(t)
	segment, ok := strings.CutPrefix(req.Path, "/v1/conversations/")
	segment, ok2 := strings.CutSuffix(segment, "/clear")
	if !ok || !ok2 || strings.ContainsAny(segment, "/ ?#") {
		t.Fatalf("path %q", req.Path)
	}
	if got, err := url.PathUnescape(segment); err != nil || got != id {
		t.Fatalf("path segment %q decodes to %q (%v)", segment, got, err)
	}
}
