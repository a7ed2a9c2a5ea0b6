package cozecore_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/cozecore/cozecore/bindings/go/cozecore"
)

// chatStreamBody is a chat stream of n message deltas (CJK, emoji and
// escapes in their content) between the chat events, as the API sends it.
func chatStreamBody(n int) string {
	var b strings.Builder
	chat := `{"id":"7401","conversation_id":"7400","bot_id":"b1","status":"in_progress"}`
	fmt.Fprintf(&b, "event:conversation.chat.created\ndata:%s\n\n", chat)
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "event:conversation.message.delta\ndata:{\"id\":\"7402\",\"conversation_id\":\"7400\","+
			"\"bot_id\":\"b1\",\"chat_id\":\"7401\",\"role\":\"assistant\",\"type\":\"answer\","+
			"\"content\":\"token %d 你好 👋 \\\"q\\\" \\u003c\\n\",\"content_type\":\"text\"}\n\n", i)
	}
	fmt.Fprintf(&b, "event:conversation.chat.completed\ndata:%s\n\n", strings.Replace(chat, "in_progress", "completed", 1))
	b.WriteString("event:done\ndata:\"[DONE]\"\n\n")
	return b.String()
}

// BenchmarkStreamDeltas streams a chat through the real driver (net/http
// on loopback, the core, the record reader) and reads every delta's
// content: the path a chat UI takes. Each chunk read from the body crosses
// into the core once, with its events coming back as one record.
func BenchmarkStreamDeltas(b *testing.B) {
	body := chatStreamBody(5000)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/event-stream")
		_, _ = w.Write([]byte(body))
	}))
	defer srv.Close()
	c := cozecore.NewClient(cozecore.WithToken("pat_bench"), cozecore.WithBaseURL(srv.URL))
	defer c.Close()
	params := cozecore.ChatStreamParams{BotID: "b1", UserID: "u"}
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	for b.Loop() {
		s, err := c.Chat.Stream(context.Background(), params)
		if err != nil {
			b.Fatal(err)
		}
		chars := 0
		for s.Next() {
			if ev := s.Event(); ev.Type == cozecore.EventConversationMessageDelta {
				chars += len(ev.Message().Content())
			}
		}
		if err := s.Err(); err != nil || chars == 0 {
			b.Fatalf("%d bytes of content, %v", chars, err)
		}
		s.Close()
	}
}
