package cozecore

import (
	"context"
	"encoding/json"
)

// ChatService is the chat API (/v3/chat).
type ChatService struct {
	c *Client
}

// Message is one message of a conversation. Content is text, or a JSON
// array of objects when ContentType is "object_string".
type Message struct {
	ID               string            `json:"id,omitempty"`
	ConversationID   string            `json:"conversation_id,omitempty"`
	BotID            string            `json:"bot_id,omitempty"`
	ChatID           string            `json:"chat_id,omitempty"`
	SectionID        string            `json:"section_id,omitempty"`
	Role             string            `json:"role"`
	Type             string            `json:"type,omitempty"`
	Content          string            `json:"content"`
	ContentType      string            `json:"content_type,omitempty"`
	ReasoningContent string            `json:"reasoning_content,omitempty"`
	MetaData         map[string]string `json:"meta_data,omitempty"`
	CreatedAt        int64             `json:"created_at,omitempty"`
	UpdatedAt        int64             `json:"updated_at,omitempty"`
}

// UserMessage is a text message from the user.
func UserMessage(content string) Message {
	return Message{Role: "user", Type: "question", Content: content, ContentType: "text"}
}

// AssistantMessage is a text answer of the bot, e.g. to replay history.
func AssistantMessage(content string) Message {
	return Message{Role: "assistant", Type: "answer", Content: content, ContentType: "text"}
}

// ChatRequest starts a chat with a bot. BotID and UserID are required.
type ChatRequest struct {
	BotID              string            `json:"bot_id"`
	UserID             string            `json:"user_id"`
	ConversationID     string            `json:"conversation_id,omitempty"`
	AdditionalMessages []Message         `json:"additional_messages,omitempty"`
	CustomVariables    map[string]string `json:"custom_variables,omitempty"`
	AutoSaveHistory    *bool             `json:"auto_save_history,omitempty"`
	MetaData           map[string]string `json:"meta_data,omitempty"`
	ExtraParams        map[string]string `json:"extra_params,omitempty"`
	Parameters         map[string]any    `json:"parameters,omitempty"`
}

// Chat is one chat: the answer of Create and the payload of conversation.chat.* events.
type Chat struct {
	ID             string            `json:"id"`
	ConversationID string            `json:"conversation_id"`
	BotID          string            `json:"bot_id"`
	CreatedAt      int64             `json:"created_at,omitempty"`
	CompletedAt    int64             `json:"completed_at,omitempty"`
	FailedAt       int64             `json:"failed_at,omitempty"`
	MetaData       map[string]string `json:"meta_data,omitempty"`
	LastError      *ChatError        `json:"last_error,omitempty"`
	Status         string            `json:"status"`
	RequiredAction json.RawMessage   `json:"required_action,omitempty"`
	Usage          *ChatUsage        `json:"usage,omitempty"`
	SectionID      string            `json:"section_id,omitempty"`

	// LogID is the X-Tt-Logid of the answer (set by Create).
	LogID string `json:"-"`
}

// ChatError is why a chat failed.
type ChatError struct {
	Code int64  `json:"code"`
	Msg  string `json:"msg"`
}

// ChatUsage counts the tokens of a chat.
type ChatUsage struct {
	TokenCount  int64 `json:"token_count"`
	OutputCount int64 `json:"output_count"`
	InputCount  int64 `json:"input_count"`
}

// Create starts a chat without streaming and returns it (usually still
// in_progress: poll or stream to get the answer).
func (s *ChatService) Create(ctx context.Context, req ChatRequest, opts ...CallOption) (*Chat, error) {
	res, err := s.c.Do(ctx, "chat.create", req, opts...)
	if err != nil {
		return nil, err
	}
	var chat Chat
	if err := json.Unmarshal(res.Data, &chat); err != nil {
		e := newError(KindDecode, "chat.create: unexpected answer: "+err.Error(), err)
		e.LogID = res.LogID
		return nil, e
	}
	chat.LogID = res.LogID
	return &chat, nil
}

// Stream starts a chat and streams its events (message deltas as they are
// generated, then conversation.chat.completed and done).
func (s *ChatService) Stream(ctx context.Context, req ChatRequest, opts ...CallOption) (*Stream, error) {
	return s.c.DoStream(ctx, "chat.stream", req, opts...)
}
