// Command messages_pages makes a conversation with 5 messages (unless given
// one), then pages through its messages, two per page.
//
//	COZE_BASE_URL=http://127.0.0.1:PORT COZE_API_TOKEN=pat_x go run ./messages_pages [CONVERSATION_ID]
package main

import (
	"context"
	"fmt"
	"log"
	"os"

	"github.com/cozecore/cozecore/bindings/go/cozecore"
)

func main() {
	base := os.Getenv("COZE_BASE_URL")
	if base == "" {
		base = cozecore.DefaultBaseURL
	}
	c := cozecore.NewClient(cozecore.WithToken(os.Getenv("COZE_API_TOKEN")), cozecore.WithBaseURL(base))
	defer c.Close()
	ctx := context.Background()
	convID := ""
	if len(os.Args) > 1 {
		convID = os.Args[1]
	} else {
		var msgs []cozecore.EnterMessageParam
		for i := 1; i <= 5; i++ {
			msgs = append(msgs, cozecore.UserMessage(fmt.Sprintf("message %d", i)))
		}
		conv, err := c.Conversations.Create(ctx, cozecore.ConversationsCreateParams{Messages: msgs})
		if err != nil {
			log.Fatal(err)
		}
		convID = conv.ID()
	}
	pager := c.Conversations.Messages.ListPages(ctx, cozecore.ConversationsMessagesListParams{
		ConversationID: convID, Order: "asc", Limit: cozecore.Ptr[int64](2)})
	defer pager.Close()
	for page, err := range pager.Pages() {
		if err != nil {
			log.Fatal(err)
		}
		more, _ := page.HasMore()
		fmt.Printf("page %d: %d messages (has_more=%v, log id %s)\n", page.Number, len(page.Items), more, page.LogID)
		for _, m := range page.Items {
			fmt.Printf("  %s: %s\n", m.Role(), m.Content())
		}
	}
}
