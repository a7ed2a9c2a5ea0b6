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
// polls of chat.retrieve (default 1 s), rounded up to whole milliseconds;
// the core refuses one under 1 ms (ErrInvalidArgument).
func WithPollInterval(d time.Duration) CallOption { return pollInterval(d) }

// pollIntervalOf takes WithPollInterval out of opts: the other options,
// and the interval in ms (nil when none was given) for the flow's
// poll_interval_ms parameter.
func pollIntervalOf(opts []CallOption) ([]CallOption, *int64) {
	var ms *int64
	rest := make([]CallOption, 0, len(opts))
	for _, o := range opts {
		if d, ok := o.(pollInterval); ok {
			v, _ := durationMs(time.Duration(d)).(int64) // 0 for d <= 0, which the core refuses
			ms = &v
			continue
		}
		rest = append(rest, o)
	}
	return rest, ms
}

// createAndPoll runs a poll flow (x-coze-poll: the generated CreateAndPoll
// methods): the core creates the chat, polls it every poll interval until
// it is completed, failed, requires_action or canceled, hands the final
// chat over as a "chat" event, then ends with its messages.
func (c *Client) createAndPoll(ctx context.Context, flow string, params any, opts []CallOption) (*CreateAndPollResult, error) {
	out := &CreateAndPollResult{}
	r, err := c.run(ctx, flow, params, resultRecord, opts, func(ev Event) {
		if ev.Type == "chat" {
			out.Chat = ev.Chat() // its log id: the answer of the poll that saw the chat finished
		}
	})
	if err != nil {
		return nil, err
	}
	out.Messages = arrayOf(r.record, rootCell, newMessage)
	return out, nil
}
