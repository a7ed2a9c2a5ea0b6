package cozecore

import (
	"context"
	"errors"
	"time"
)

// CreateAndPollResult is what c.Chat.CreateAndPoll returns.
type CreateAndPollResult struct {
	// Chat is the chat as the last poll saw it: status completed, failed,
	// requires_action or canceled.
	Chat Chat
	// Messages are the chat's messages (chat.messages.list).
	Messages []Message
}

// pollInterval is WithPollInterval: read by CreateAndPoll, refused by any other call.
type pollInterval time.Duration

func (pollInterval) applyCall(s *callSettings) {
	if s.err == nil {
		s.err = errors.New("WithPollInterval applies to Chat.CreateAndPoll only")
	}
}

// WithPollInterval sets how long Chat.CreateAndPoll waits between two
// polls of chat.retrieve (default 1 s; at least 1 ms).
func WithPollInterval(d time.Duration) CallOption { return pollInterval(d) }

// createAndPollParams are chat.create's parameters plus the flow's own.
type createAndPollParams struct {
	ChatCreateParams
	PollIntervalMs *int64 `json:"poll_interval_ms,omitempty"`
}

// CreateAndPoll creates a chat without streaming and waits for it to finish
// (the core's chat.create_and_poll flow): chat.create, then chat.retrieve
// every poll interval (WithPollInterval, default 1 s) until the chat is
// completed, failed, requires_action or canceled, then chat.messages.list.
// It returns the final chat and its messages.
//
// A timeout (WithTimeout / WithCallTimeout, or the client's) bounds the
// whole flow: when it passes before the chat has finished, the core cancels
// the chat (chat.cancel) and the call fails with ErrTimeout. Cancelling ctx
// stops the flow at once (ErrCancelled) without cancelling the chat.
func (s *ChatService) CreateAndPoll(ctx context.Context, params ChatCreateParams,
	opts ...CallOption) (*CreateAndPollResult, error) {
	body := createAndPollParams{ChatCreateParams: params}
	rest := make([]CallOption, 0, len(opts))
	for _, o := range opts {
		if d, ok := o.(pollInterval); ok {
			ms := int64((time.Duration(d) + time.Millisecond - 1) / time.Millisecond)
			if d <= 0 {
				ms = 0 // refused by the core as invalid_argument
			}
			body.PollIntervalMs = &ms
			continue
		}
		rest = append(rest, o)
	}
	r, err := s.c.start(ctx, "chat.create_and_poll", body, resultRecord, nil, rest)
	if err != nil {
		return nil, err
	}
	defer r.release()
	out := &CreateAndPollResult{}
	for {
		batch, err := r.advance()
		if err != nil {
			return nil, err
		}
		if batch == nil {
			break
		}
		batch.logID = r.logID // the answer of the poll that saw the chat finished
		first, n := batch.items(rootCell)
		for i := int32(0); i < n; i++ {
			if ev := eventAt(batch, first+3*i); ev.Type == "chat" {
				out.Chat = ev.Chat()
			}
		}
	}
	out.Messages = arrayOf(r.record, rootCell, newMessage)
	return out, nil
}
