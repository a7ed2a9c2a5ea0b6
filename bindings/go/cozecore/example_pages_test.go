package cozecore_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"time"

	"github.com/cozecore/cozecore/bindings/go/cozecore"
)

// The snippets of README.md's "Pages and polling", compiled with the tests.

func ExampleConversationsMessagesService_ListPages() {
	c := cozecore.NewClient(cozecore.WithToken(os.Getenv("COZE_API_TOKEN")))
	defer c.Close()
	ctx := context.Background()
	convID := os.Getenv("COZE_CONVERSATION_ID")

	// Every message, oldest first, 50 a request.
	pager := c.Conversations.Messages.ListPages(ctx, cozecore.ConversationsMessagesListParams{
		ConversationID: convID, Order: "asc", Limit: cozecore.Ptr[int64](50)})
	defer pager.Close()
	for pager.Next() {
		m := pager.Item()
		fmt.Println(m.Role(), m.Content())
	}
	if err := pager.Err(); err != nil {
		log.Fatal(err)
	}

	// The same with range-over-func; breaking out closes the pager.
	for m, err := range c.Conversations.Messages.ListPages(ctx, cozecore.ConversationsMessagesListParams{
		ConversationID: convID}).All() {
		if err != nil {
			log.Fatal(err)
		}
		if m.Content() == "stop" {
			break
		}
	}

	// Page by page: the list result, its items, has_more, total, log id.
	for page, err := range c.Conversations.ListPages(ctx, cozecore.ConversationsListParams{
		BotID: os.Getenv("COZE_BOT_ID"), PageSize: cozecore.Ptr[int64](20)}).Pages() {
		if err != nil {
			log.Fatal(err)
		}
		more, _ := page.HasMore() // false, false when the answer has no has_more
		fmt.Println(page.Number, len(page.Items), more, page.LogID)
	}
}

func ExampleChatService_CreateAndPoll() {
	c := cozecore.NewClient(cozecore.WithToken(os.Getenv("COZE_API_TOKEN")))
	defer c.Close()

	res, err := c.Chat.CreateAndPoll(context.Background(), cozecore.ChatRequest{
		BotID: os.Getenv("COZE_BOT_ID"), UserID: "user-1",
		AdditionalMessages: []cozecore.EnterMessageParam{cozecore.UserMessage("Hello!")}},
		cozecore.WithPollInterval(500*time.Millisecond), cozecore.WithTimeout(2*time.Minute))
	if err != nil {
		log.Fatal(err) // ErrTimeout: the chat was cancelled (chat.cancel) first
	}
	fmt.Println(res.Chat.Status(), res.Chat.Usage().TokenCount())
	for _, m := range res.Messages {
		fmt.Println(m.Type(), m.Content())
	}
}
