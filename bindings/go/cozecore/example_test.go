package cozecore_test

import (
	"context"
	"errors"
	"fmt"
	"log"
	"os"

	"github.com/cozecore/cozecore/bindings/go/cozecore"
)

func ExampleChatService_Stream() {
	c := cozecore.NewClient(cozecore.WithToken(os.Getenv("COZE_API_TOKEN")))
	defer c.Close()

	stream, err := c.Chat.Stream(context.Background(), cozecore.ChatRequest{
		BotID:              os.Getenv("COZE_BOT_ID"),
		UserID:             "user-1",
		AdditionalMessages: []cozecore.EnterMessageParam{cozecore.UserMessage("Hello!")},
	})
	if err != nil {
		log.Fatal(err)
	}
	defer stream.Close()
	for stream.Next() {
		if ev := stream.Event(); ev.Type == cozecore.EventConversationMessageDelta {
			fmt.Print(ev.Content())
		}
	}
	if err := stream.Err(); err != nil {
		log.Fatal(err)
	}
}

func ExampleError() {
	c := cozecore.NewClient(cozecore.WithToken("pat_..."), cozecore.WithBaseURL("https://api.coze.cn"))
	defer c.Close()

	_, err := c.Chat.Create(context.Background(), cozecore.ChatRequest{BotID: "7379462189365198898", UserID: "u"})
	var e *cozecore.Error
	switch {
	case errors.Is(err, cozecore.ErrAuthentication):
		log.Print("check the token and the API region")
	case errors.Is(err, cozecore.ErrRateLimited) && errors.As(err, &e):
		log.Printf("rate limited; retry after %d ms (logid %s)", e.RetryAfterMs, e.LogID)
	case err != nil:
		log.Print(err)
	}
}
