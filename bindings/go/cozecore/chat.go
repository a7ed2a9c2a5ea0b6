package cozecore

// A few hand-written shortcuts over the generated surface, for the common
// chat calls.

// ChatRequest is the parameters of c.Chat.Create and c.Chat.Stream.
type ChatRequest = ChatCreateParams

// UserMessage is a text message from the user, for ChatRequest.AdditionalMessages.
func UserMessage(content string) EnterMessageParam {
	return EnterMessageParam{Role: "user", Type: "question", Content: content, ContentType: "text"}
}

// AssistantMessage is a text answer of the bot, e.g. to replay history.
func AssistantMessage(content string) EnterMessageParam {
	return EnterMessageParam{Role: "assistant", Type: "answer", Content: content, ContentType: "text"}
}
