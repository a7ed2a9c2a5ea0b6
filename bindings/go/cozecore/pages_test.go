package cozecore_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/cozecore/cozecore/bindings/go/cozecore"
)

// End-to-end tests of the pagers (<Method>Pages over the core's <op>.pages
// flows) and of Chat.CreateAndPoll, through the real driver against the
// fake Coze server.

// listRequests are the logged requests to path from index from on.
func listRequests(t *testing.T, path string, from int) []loggedRequest {
	t.Helper()
	var out []loggedRequest
	for _, r := range requestLog(t)[from:] {
		if r.Path == path {
			out = append(out, r)
		}
	}
	return out
}

const messageListPath = "/v1/conversation/message/list"

// conversationWithMessages makes a conversation holding n user messages
// "m0", "m1", ... (in that order) and gives its id and the messages' ids.
func conversationWithMessages(t *testing.T, c *cozecore.Client, n int) (string, []string) {
	t.Helper()
	conv := result(c.Conversations.Create(ctx, cozecore.ConversationsCreateParams{BotID: seedBot})).must(t)
	ids := make([]string, 0, n)
	for i := 0; i < n; i++ {
		m := result(c.Conversations.Messages.Create(ctx, cozecore.ConversationsMessagesCreateParams{
			ConversationID: conv.ID(), Role: "user", Content: fmt.Sprintf("m%d", i), ContentType: "text"})).must(t)
		ids = append(ids, m.ID())
	}
	return conv.ID(), ids
}

func TestE2EMessagePagesBothOrders(t *testing.T) {
	c := newClient(t, fakeServer(t), cozecore.WithMaxRetries(0))
	convID, created := conversationWithMessages(t, c, 250)
	before := settled()
	for _, order := range []string{"desc", "asc"} {
		t.Run(order, func(t *testing.T) {
			want := make([]string, len(created))
			for i := range created {
				if order == "desc" { // newest first
					want[i] = created[len(created)-1-i]
				} else {
					want[i] = created[i]
				}
			}
			logStart := len(requestLog(t))
			pager := c.Conversations.Messages.ListPages(ctx, cozecore.ConversationsMessagesListParams{
				ConversationID: convID, Order: order, Limit: cozecore.Ptr[int64](50)})
			defer pager.Close()
			if n := len(listRequests(t, messageListPath, logStart)); n != 0 {
				t.Fatalf("%d requests before the first Next", n)
			}
			var got []string
			seen := map[string]bool{}
			var logIDs []string
			for pager.Next() {
				m := pager.Item()
				page := pager.Page()
				if len(got)%50 == 0 {
					// The first item of a page: exactly this page has been asked for.
					if n := len(listRequests(t, messageListPath, logStart)); n != page.Number || n != len(got)/50+1 {
						t.Fatalf("item %d (page %d): %d list requests so far", len(got), page.Number, n)
					}
					if page.LogID == "" || page.Result.LogID() != page.LogID || len(page.Items) != 50 {
						t.Fatalf("page %d: log id %q / %q, %d items", page.Number, page.LogID, page.Result.LogID(), len(page.Items))
					}
					if more, ok := page.HasMore(); !ok || more != (page.Number < 5) {
						t.Fatalf("page %d: HasMore %v %v", page.Number, more, ok)
					}
					if _, ok := page.Total(); ok {
						t.Fatalf("page %d: a total where the answer has none", page.Number)
					}
					logIDs = append(logIDs, page.LogID)
				}
				if seen[m.ID()] {
					t.Fatalf("message %s handed out twice", m.ID())
				}
				seen[m.ID()] = true
				got = append(got, m.ID())
			}
			if err := pager.Err(); err != nil {
				t.Fatal(err)
			}
			if len(got) != len(want) {
				t.Fatalf("%d messages, want %d", len(got), len(want))
			}
			for i := range want {
				if got[i] != want[i] {
					t.Fatalf("message %d is %s, want %s", i, got[i], want[i])
				}
			}
			if logIDs[0] == logIDs[1] {
				t.Fatalf("pages share a log id: %v", logIDs)
			}
			// Five pages, five requests: the first without a cursor, then
			// after_id = the last id of the page before, in the listing order.
			reqs := listRequests(t, messageListPath, logStart)
			if len(reqs) != 5 {
				t.Fatalf("%d list requests, want 5", len(reqs))
			}
			for i, r := range reqs {
				var body map[string]any
				if err := json.Unmarshal([]byte(r.Body), &body); err != nil {
					t.Fatal(err)
				}
				if r.Query["conversation_id"] != convID || body["order"] != order || body["limit"] != float64(50) ||
					body["before_id"] != nil {
					t.Fatalf("request %d: %+v %s", i, r.Query, r.Body)
				}
				wantAfter := any(nil)
				if i > 0 {
					wantAfter = want[50*i-1]
				}
				if body["after_id"] != wantAfter {
					t.Fatalf("request %d: after_id %v, want %v", i, body["after_id"], wantAfter)
				}
			}
			if pager.Next() {
				t.Fatal("Next after the end")
			}
			if got := live(); got.calls != before.calls {
				t.Fatalf("live calls %d after the pages, want %d", got.calls, before.calls)
			}
		})
	}

	// Backwards from a before_id: the core follows before_id = first_id.
	logStart := len(requestLog(t))
	var back []string
	for page, err := range c.Conversations.Messages.ListPages(ctx, cozecore.ConversationsMessagesListParams{
		ConversationID: convID, Order: "asc", BeforeID: created[120], Limit: cozecore.Ptr[int64](50)}).Pages() {
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range page.Items {
			back = append(back, m.ID())
		}
	}
	// asc before message 120: messages 70..119, then 20..69, then 0..19.
	if len(back) != 120 || back[0] != created[70] || back[50] != created[20] || back[100] != created[0] {
		t.Fatalf("%d messages going back: %v ...", len(back), back[:min(3, len(back))])
	}
	if n := len(listRequests(t, messageListPath, logStart)); n != 3 {
		t.Fatalf("%d requests going back, want 3", n)
	}
}

func TestE2EConversationPages(t *testing.T) {
	c := newClient(t, fakeServer(t), cozecore.WithMaxRetries(0))
	var made []string
	for i := 0; i < 7; i++ {
		conv := result(c.Conversations.Create(ctx, cozecore.ConversationsCreateParams{BotID: seedBot,
			Name: fmt.Sprintf("c%d", i)})).must(t)
		made = append(made, conv.ID())
	}
	logStart := len(requestLog(t))
	var got []string
	var sizes []int
	var more []bool
	for page, err := range c.Conversations.ListPages(ctx, cozecore.ConversationsListParams{BotID: seedBot,
		PageSize: cozecore.Ptr[int64](3), SortOrder: "ASC"}).Pages() {
		if err != nil {
			t.Fatal(err)
		}
		if page.Number != len(sizes)+1 || page.LogID == "" {
			t.Fatalf("page %d, log id %q", page.Number, page.LogID)
		}
		sizes = append(sizes, len(page.Items))
		m, ok := page.HasMore()
		if !ok {
			t.Fatalf("page %d: no has_more", page.Number)
		}
		more = append(more, m)
		for _, conv := range page.Result.Conversations() {
			got = append(got, conv.ID())
		}
	}
	if fmt.Sprint(sizes) != "[3 3 1]" || fmt.Sprint(more) != "[true true false]" || fmt.Sprint(got) != fmt.Sprint(made) {
		t.Fatalf("pages %v, has_more %v, conversations %v, want %v", sizes, more, got, made)
	}
	reqs := listRequests(t, "/v1/conversations", logStart)
	if len(reqs) != 3 {
		t.Fatalf("%d requests, want 3", len(reqs))
	}
	for i, r := range reqs {
		if r.Query["page_num"] != fmt.Sprint(i+1) || r.Query["page_size"] != "3" || r.Query["bot_id"] != seedBot {
			t.Fatalf("request %d: %v", i, r.Query)
		}
	}

	// Items through All, newest first by default.
	var all []string
	for conv, err := range c.Conversations.ListPages(ctx, cozecore.ConversationsListParams{BotID: seedBot,
		PageSize: cozecore.Ptr[int64](2)}).All() {
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, conv.ID())
	}
	if len(all) != 7 || all[0] != made[6] || all[6] != made[0] {
		t.Fatalf("all %v", all)
	}
}

func TestE2EPagesWithATotal(t *testing.T) {
	c := newClient(t, fakeServer(t), cozecore.WithMaxRetries(0))
	logStart := len(requestLog(t))
	var sizes []int
	var names []string
	pager := c.Bots.ListPages(ctx, cozecore.BotsListParams{WorkspaceID: seedWorkspace, PublishStatus: "all",
		PageSize: cozecore.Ptr[int64](2)})
	defer pager.Close()
	for pager.NextPage() {
		page := pager.Page()
		if total, ok := page.Total(); !ok || total != 4 {
			t.Fatalf("page %d: total %d %v, want the 4 seed bots", page.Number, total, ok)
		}
		if _, ok := page.HasMore(); ok {
			t.Fatalf("page %d: a has_more where the result has none", page.Number)
		}
		sizes = append(sizes, len(page.Items))
		// Next goes on with the first item of the page NextPage moved to.
		if !pager.Next() || pager.Item().Name() != page.Items[0].Name() {
			t.Fatalf("page %d: Next after NextPage gave %v", page.Number, pager.Item())
		}
		names = append(names, pager.Item().Name())
	}
	if err := pager.Err(); err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(sizes) != "[2 2]" || len(names) != 2 || names[0] == names[1] {
		t.Fatalf("pages %v, first names %v", sizes, names)
	}
	// The total reached ends the pages: no request for an empty page after them.
	reqs := listRequests(t, "/v1/bots", logStart)
	if len(reqs) != 2 || reqs[1].Query["page_num"] != "2" {
		t.Fatalf("requests %+v, want pages 1 and 2", reqs)
	}

	// bots v1 pages count page_index.
	logStart = len(requestLog(t))
	n := 0
	for _, err := range c.Bots.ListV1Pages(ctx, cozecore.BotsListV1Params{SpaceID: seedWorkspace,
		PageSize: cozecore.Ptr[int64](3)}).All() {
		if err != nil {
			t.Fatal(err)
		}
		n++
	}
	reqs = listRequests(t, "/v1/space/published_bots_list", logStart)
	if n != 4 || len(reqs) != 2 || reqs[0].Query["page_index"] != "1" || reqs[1].Query["page_index"] != "2" {
		t.Fatalf("%d v1 bots in requests %+v", n, reqs)
	}
}

func TestE2EPagerLeftEarlySendsNothingMore(t *testing.T) {
	c := newClient(t, fakeServer(t), cozecore.WithMaxRetries(0))
	convID, _ := conversationWithMessages(t, c, 120)
	params := cozecore.ConversationsMessagesListParams{ConversationID: convID, Limit: cozecore.Ptr[int64](50)}
	before := settled()

	// A pager never iterated sends nothing and holds nothing.
	logStart := len(requestLog(t))
	unused := c.Conversations.Messages.ListPages(ctx, params)
	if got := live(); got.calls != before.calls {
		t.Fatalf("live calls %d for a pager not iterated, want %d", got.calls, before.calls)
	}
	unused.Close()
	if unused.Next() || unused.Err() != nil {
		t.Fatal("a closed pager went on")
	}

	// Break out of All after 10 items of page 1.
	n := 0
	for _, err := range c.Conversations.Messages.ListPages(ctx, params).All() {
		if err != nil {
			t.Fatal(err)
		}
		if n++; n == 10 {
			break
		}
	}
	if got := live(); got.calls != before.calls {
		t.Fatalf("live calls %d after breaking out of All, want %d", got.calls, before.calls)
	}
	if reqs := listRequests(t, messageListPath, logStart); len(reqs) != 1 {
		t.Fatalf("%d requests after 10 items of page 1, want 1", len(reqs))
	}

	// Next/Close: stop at the first item of page 2.
	logStart = len(requestLog(t))
	pager := c.Conversations.Messages.ListPages(ctx, params)
	for n = 0; pager.Next(); n++ {
		if n == 50 {
			if got := live(); got.calls <= before.calls { // the flow and its page's request
				t.Fatalf("live calls %d while paging, want more than %d", got.calls, before.calls)
			}
			break
		}
	}
	pager.Close()
	if got := live(); got.calls != before.calls {
		t.Fatalf("live calls %d after Close, want %d", got.calls, before.calls)
	}
	if reqs := listRequests(t, messageListPath, logStart); len(reqs) != 2 {
		t.Fatalf("%d requests after stopping on page 2, want 2", len(reqs))
	}
	if pager.Next() || pager.Err() != nil {
		t.Fatalf("the closed pager went on (err %v)", pager.Err())
	}

	// Pages left early.
	for _, err := range c.Conversations.Messages.ListPages(ctx, params).Pages() {
		if err != nil {
			t.Fatal(err)
		}
		break
	}
	if got := live(); got.calls != before.calls {
		t.Fatalf("live calls %d after breaking out of Pages, want %d", got.calls, before.calls)
	}

	// Close from another goroutine while Next waits for page 2.
	addFaults(t, map[string]any{}, map[string]any{"stall_ms": 2000})
	pager = c.Conversations.Messages.ListPages(ctx, params)
	for n = 0; n < 50 && pager.Next(); n++ {
	}
	time.AfterFunc(100*time.Millisecond, func() { pager.Close() })
	if pager.Next() || pager.Err() != nil { // without Close, Next would hand out page 2 after the stall
		t.Fatalf("Next went on after Close (err %v)", pager.Err())
	}
	if got := live(); got.calls != before.calls {
		t.Fatalf("live calls %d after Close from another goroutine, want %d", got.calls, before.calls)
	}
}

func TestE2EPagesErrorOnPage3(t *testing.T) {
	c := newClient(t, fakeServer(t), cozecore.WithMaxRetries(0))
	for i := 0; i < 7; i++ {
		result(c.Conversations.Create(ctx, cozecore.ConversationsCreateParams{BotID: seedBot})).must(t)
	}
	// Pages 1 and 2 answer; page 3 is refused.
	addFaults(t, map[string]any{}, map[string]any{},
		map[string]any{"status": 403, "body": map[string]any{"code": 4101, "msg": "no permission"}})
	var items int
	var pageErr error
	for _, err := range c.Conversations.ListPages(ctx, cozecore.ConversationsListParams{BotID: seedBot,
		PageSize: cozecore.Ptr[int64](3)}).All() {
		if err != nil {
			pageErr = err
			break
		}
		items++
	}
	if items != 6 || !errors.Is(pageErr, cozecore.ErrPermissionDenied) {
		t.Fatalf("%d items, then %v", items, pageErr)
	}
	e := asError(t, pageErr)
	if e.HTTPStatus != 403 || e.Code != 4101 || e.LogID == "" {
		t.Fatalf("error %+v", e)
	}

	// A page retried after a 503 (GET is idempotent) goes on.
	c2 := newClient(t, fakeServer(t), cozecore.WithMaxRetries(2))
	for i := 0; i < 3; i++ {
		result(c2.Conversations.Create(ctx, cozecore.ConversationsCreateParams{BotID: seedBot})).must(t)
	}
	logStart := len(requestLog(t))
	addFaults(t, map[string]any{}, map[string]any{"status": 503, "headers": map[string]any{"retry-after": "0"},
		"body": map[string]any{"code": 5000, "msg": "busy"}})
	items = 0
	for _, err := range c2.Conversations.ListPages(ctx, cozecore.ConversationsListParams{BotID: seedBot,
		PageSize: cozecore.Ptr[int64](2)}).All() {
		if err != nil {
			t.Fatal(err)
		}
		items++
	}
	if reqs := listRequests(t, "/v1/conversations", logStart); items != 3 || len(reqs) != 3 {
		t.Fatalf("%d items in %d requests, want 3 in 3 (page 2 retried once)", items, len(reqs))
	}

	// A server that hands back the same cursor: an api error, not a loop.
	logStart = len(requestLog(t))
	page := func(ids ...string) map[string]any {
		var data []any
		for _, id := range ids {
			data = append(data, map[string]any{"id": id, "role": "user", "content": "x"})
		}
		return map[string]any{"status": 200, "body": map[string]any{"code": 0, "msg": "", "data": data,
			"first_id": ids[0], "last_id": "12", "has_more": true}}
	}
	addFaults(t, page("11", "12"), page("13"))
	var ids []string
	pageErr = nil
	for m, err := range c.Conversations.Messages.ListPages(ctx, cozecore.ConversationsMessagesListParams{
		ConversationID: "7300000000000000999"}).All() {
		if err != nil {
			pageErr = err
			break
		}
		ids = append(ids, m.ID())
	}
	if !errors.Is(pageErr, cozecore.ErrAPI) || len(ids) == 0 || ids[0] != "11" {
		t.Fatalf("repeated cursor: items %v, then %v", ids, pageErr)
	}
	if reqs := listRequests(t, messageListPath, logStart); len(reqs) != 2 {
		t.Fatalf("%d requests for a repeated cursor, want 2", len(reqs))
	}

	// Bad parameters, or an idempotency key (each page request gets its
	// own): an error before anything is sent.
	logStart = len(requestLog(t))
	pager := c.Conversations.ListPages(ctx, cozecore.ConversationsListParams{BotID: seedBot,
		PageNum: cozecore.Ptr[int64](0)})
	if pager.Next() || !errors.Is(pager.Err(), cozecore.ErrInvalidArgument) {
		t.Fatalf("page_num 0: %v", pager.Err())
	}
	pager = c.Conversations.ListPages(ctx, cozecore.ConversationsListParams{BotID: seedBot},
		cozecore.WithIdempotencyKey("k-1"))
	if pager.NextPage() || !errors.Is(pager.Err(), cozecore.ErrInvalidArgument) {
		t.Fatalf("WithIdempotencyKey on a pager: %v", pager.Err())
	}
	if n := len(requestLog(t)) - logStart; n != 0 {
		t.Fatalf("%d requests sent for bad parameters", n)
	}
}

func TestE2ECreateAndPoll(t *testing.T) {
	c := newClient(t, fakeServer(t), cozecore.WithMaxRetries(0))
	before := settled()
	start := time.Now()
	res, err := c.Chat.CreateAndPoll(ctx, chatRequest(seedBot, "hello poll"), cozecore.WithPollInterval(100*time.Millisecond))
	if err != nil {
		t.Fatal(err)
	}
	if took := time.Since(start); took < 100*time.Millisecond {
		t.Fatalf("done in %v, before the first poll interval", took)
	}
	if res.Chat.Status() != "completed" || res.Chat.ID() == "" || res.Chat.LogID() == "" {
		t.Fatalf("chat %v (log id %q)", res.Chat, res.Chat.LogID())
	}
	if len(res.Messages) != 1 || res.Messages[0].Content() != "Echo: hello poll" || res.Messages[0].ChatID() != res.Chat.ID() {
		t.Fatalf("messages %v", res.Messages)
	}
	var paths []string
	for _, r := range requestLog(t) {
		paths = append(paths, r.Method+" "+r.Path)
	}
	if fmt.Sprint(paths) != "[POST /v3/chat GET /v3/chat/retrieve GET /v3/chat/message/list]" {
		t.Fatalf("requests %v", paths)
	}
	log := requestLog(t)
	if log[1].Query["chat_id"] != res.Chat.ID() || log[2].Query["conversation_id"] != res.Chat.ConversationID() {
		t.Fatalf("poll requests %+v", log[1:])
	}
	var body map[string]any
	if err := json.Unmarshal([]byte(log[0].Body), &body); err != nil || body["poll_interval_ms"] != nil || body["stream"] == true {
		t.Fatalf("create body %s", log[0].Body)
	}
	// The tools bot stops at requires_action.
	res, err = c.Chat.CreateAndPoll(ctx, chatRequest("tools", "weather?"), cozecore.WithPollInterval(10*time.Millisecond))
	if err != nil || res.Chat.Status() != "requires_action" || len(res.Chat.RequiredAction().SubmitToolOutputs().ToolCalls()) != 2 {
		t.Fatalf("tools chat %v, %v", res, err)
	}
	if got := live(); got.calls != before.calls {
		t.Fatalf("live calls %d, want %d", got.calls, before.calls)
	}

	// WithPollInterval belongs to CreateAndPoll only; a bad interval is refused before sending.
	if _, err := c.Chat.Create(ctx, chatRequest(seedBot, "x"), cozecore.WithPollInterval(time.Second)); !errors.Is(err, cozecore.ErrInvalidArgument) {
		t.Fatalf("WithPollInterval on Create: %v", err)
	}
	if _, err := c.Chat.CreateAndPoll(ctx, chatRequest(seedBot, "x"), cozecore.WithPollInterval(0)); !errors.Is(err, cozecore.ErrInvalidArgument) {
		t.Fatalf("poll interval 0: %v", err)
	}
}

func TestE2ECreateAndPollTimeoutCancelsTheChat(t *testing.T) {
	c := newClient(t, fakeServer(t), cozecore.WithMaxRetries(0))
	before := settled()
	start := time.Now()
	_, err := c.Chat.CreateAndPoll(ctx, chatRequest(slowBot, "take your time"),
		cozecore.WithPollInterval(50*time.Millisecond), cozecore.WithTimeout(400*time.Millisecond))
	took := time.Since(start)
	if !errors.Is(err, cozecore.ErrTimeout) {
		t.Fatalf("slow chat: %v", err)
	}
	if took < 400*time.Millisecond {
		t.Fatalf("timed out after %v, before the deadline", took)
	}
	log := requestLog(t)
	var chatID, convID string
	retrieves := 0
	var cancelled map[string]any
	for _, r := range log {
		switch r.Path {
		case "/v3/chat/retrieve":
			retrieves++
			chatID, convID = r.Query["chat_id"], r.Query["conversation_id"]
		case "/v3/chat/cancel":
			if err := json.Unmarshal([]byte(r.Body), &cancelled); err != nil {
				t.Fatal(err)
			}
		}
	}
	if retrieves == 0 || cancelled == nil || cancelled["chat_id"] != chatID || cancelled["conversation_id"] != convID {
		t.Fatalf("%d retrieves, cancel %v; log %+v", retrieves, cancelled, log)
	}
	if log[len(log)-1].Path != "/v3/chat/cancel" {
		t.Fatalf("the cancel is not the last request: %+v", log[len(log)-1])
	}
	chat := result(c.Chat.Retrieve(ctx, cozecore.ChatRetrieveParams{ConversationID: convID, ChatID: chatID})).must(t)
	if chat.Status() != "canceled" {
		t.Fatalf("the chat is %s after the timeout", chat.Status())
	}

	// A cancelled context stops polling at once, without cancelling the chat.
	fakeServer(t)
	cctx, cancel := context.WithTimeout(ctx, 200*time.Millisecond)
	defer cancel()
	_, err = c.Chat.CreateAndPoll(cctx, chatRequest(slowBot, "x"), cozecore.WithPollInterval(50*time.Millisecond))
	if !errors.Is(err, cozecore.ErrCancelled) || !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("cancelled poll: %v", err)
	}
	for _, r := range requestLog(t) {
		if r.Path == "/v3/chat/cancel" {
			t.Fatal("a cancelled context sent chat.cancel")
		}
	}
	if got := live(); got.calls != before.calls {
		t.Fatalf("live calls %d, want %d", got.calls, before.calls)
	}
}
