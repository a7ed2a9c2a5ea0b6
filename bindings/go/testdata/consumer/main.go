// Command consumer is a program in a module of its own, as a user of the
// package writes one. `scripts/targets/go test` copies it into an empty
// directory outside the checkout, next to a go.mod whose replace points at
// bindings/go (go.mod.in), builds it with a plain `go build` (cgo compiles
// the core: no CMake step, no prebuilt library) and runs it against the fake
// server: it streams a chat, then cancels a second one after its first
// delta. The README's quick start and its errors and cancellation snippets
// are cut from it.
//
//	COZE_BASE_URL=http://127.0.0.1:PORT COZE_API_TOKEN=pat_x ./consumer
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/cozecore/cozecore/bindings/go/cozecore"
)

func main() {
	base := os.Getenv("COZE_BASE_URL")
	if base == "" {
		base = cozecore.DefaultBaseURL
	}
	params := cozecore.ChatStreamParams{BotID: "7300000000000000101", UserID: "example-user",
		AdditionalMessages: []cozecore.EnterMessageParam{cozecore.UserMessage("Hello from cozecore")}}
	c := cozecore.NewClient(cozecore.WithToken(os.Getenv("COZE_API_TOKEN")), cozecore.WithBaseURL(base),
		cozecore.WithTimeout(30*time.Second), cozecore.WithMaxRetries(2))
	defer c.Close()
	ctx := context.Background()
	s, err := c.Chat.Stream(ctx, params)
	if err != nil {
		fail(err)
	}
	for ev, err := range s.All() { // the stream is closed when the loop ends, breaks or panics
		if err != nil {
			fail(err)
		}
		switch ev.Type {
		case cozecore.EventConversationMessageDelta:
			fmt.Print(ev.Content())
		case cozecore.EventConversationChatCompleted:
			fmt.Printf("\n[completed: %d tokens]\n", ev.Chat().Usage().TokenCount())
		}
	}
	if err := cancelAfterFirstDelta(ctx, c, params); err != nil {
		fail(err)
	}
}

func cancelAfterFirstDelta(ctx context.Context, c *cozecore.Client, params cozecore.ChatStreamParams) error {
	// Cancelling the context ends the call at once, mid-stream: the range
	// ends with an ErrCancelled error (which also wraps context.Canceled).
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	s, err := c.Chat.Stream(ctx, params)
	if err != nil {
		return err
	}
	for ev, err := range s.All() {
		if errors.Is(err, cozecore.ErrCancelled) {
			fmt.Println("[cancelled after the first delta]")
			return nil
		}
		if err != nil {
			return err
		}
		if ev.Type == cozecore.EventConversationMessageDelta {
			cancel()
		}
	}
	return errors.New("the stream was not cancelled")
}

// fail tells what went wrong and exits: every failure is a *cozecore.Error
// whose Kind says what happened (errors.Is(err, cozecore.ErrRateLimited), ...).
func fail(err error) {
	var e *cozecore.Error
	switch {
	case errors.Is(err, cozecore.ErrAuthentication):
		fmt.Fprintln(os.Stderr, "check COZE_API_TOKEN:", err)
	case errors.Is(err, cozecore.ErrRateLimited) && errors.As(err, &e):
		fmt.Fprintf(os.Stderr, "rate limited, retry after %d ms\n", e.RetryAfterMs)
	case errors.As(err, &e):
		fmt.Fprintf(os.Stderr, "%s: %s (code %d, HTTP %d, log id %s)\n", e.Kind, e.Message, e.Code, e.HTTPStatus, e.LogID)
	default:
		fmt.Fprintln(os.Stderr, err)
	}
	os.Exit(1)
}
