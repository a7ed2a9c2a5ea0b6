// Command chat_stream streams a chat's answer as it is written.
//
//	COZE_BASE_URL=http://127.0.0.1:PORT COZE_API_TOKEN=pat_x go run ./chat_stream [BOT_ID] [MESSAGE]
package main

import (
	"context"
	"fmt"
	"log"
	"os"

	"github.com/cozecore/cozecore/bindings/go/cozecore"
)

func main() {
	bot, text := "7300000000000000101", "Hello from cozecore"
	if len(os.Args) > 1 {
		bot = os.Args[1]
	}
	if len(os.Args) > 2 {
		text = os.Args[2]
	}
	c := cozecore.NewClient(cozecore.WithToken(os.Getenv("COZE_API_TOKEN")),
		cozecore.WithBaseURL(baseURL()))
	defer c.Close()
	ctx := context.Background()
	s, err := c.Chat.Stream(ctx, cozecore.ChatStreamParams{BotID: bot, UserID: "example-user",
		AdditionalMessages: []cozecore.EnterMessageParam{cozecore.UserMessage(text)}})
	if err != nil {
		log.Fatal(err)
	}
	defer s.Close()
	for s.Next() {
		ev := s.Event()
		switch ev.Type {
		case cozecore.EventConversationMessageDelta:
			fmt.Print(ev.Message().Content())
		case cozecore.EventConversationChatCompleted:
			fmt.Printf("\n[completed: %d tokens]\n", ev.Chat().Usage().TokenCount())
		}
	}
	if err := s.Err(); err != nil {
		log.Fatal(err)
	}
}

func baseURL() string {
	if u := os.Getenv("COZE_BASE_URL"); u != "" {
		return u
	}
	return cozecore.DefaultBaseURL
}
