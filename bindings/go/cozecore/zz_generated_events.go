// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).

package cozecore

// Event names of chat and workflow streams, as the API spells them.
const (
	// EventConversationChatCreated is the chat stream event "conversation.chat.created" (payload:
	// Chat).
	EventConversationChatCreated = "conversation.chat.created"
	// EventConversationChatInProgress is the chat stream event "conversation.chat.in_progress"
	// (payload: Chat).
	EventConversationChatInProgress = "conversation.chat.in_progress"
	// EventConversationChatCompleted is the chat stream event "conversation.chat.completed" (payload:
	// Chat).
	EventConversationChatCompleted = "conversation.chat.completed"
	// EventConversationChatFailed is the chat stream event "conversation.chat.failed" (payload: Chat).
	EventConversationChatFailed = "conversation.chat.failed"
	// EventConversationChatRequiresAction is the chat stream event "conversation.chat.requires_action"
	// (payload: Chat).
	EventConversationChatRequiresAction = "conversation.chat.requires_action"
	// EventConversationMessageDelta is the chat stream event "conversation.message.delta" (payload:
	// Message).
	EventConversationMessageDelta = "conversation.message.delta"
	// EventConversationMessageCompleted is the chat stream event "conversation.message.completed"
	// (payload: Message).
	EventConversationMessageCompleted = "conversation.message.completed"
	// EventConversationAudioDelta is the chat stream event "conversation.audio.delta" (payload:
	// Message).
	EventConversationAudioDelta = "conversation.audio.delta"
	// EventError is the chat stream event "error" (payload: ErrorEventData).
	EventError = "error"
	// EventDone is the chat stream event "done" (payload: DoneEventData).
	EventDone = "done"
	// EventWorkflowMessage is the workflow stream event "Message" (payload: WorkflowMessageEvent).
	EventWorkflowMessage = "Message"
	// EventWorkflowInterrupt is the workflow stream event "Interrupt" (payload:
	// WorkflowInterruptEvent).
	EventWorkflowInterrupt = "Interrupt"
	// EventWorkflowError is the workflow stream event "Error" (payload: WorkflowErrorEvent).
	EventWorkflowError = "Error"
	// EventWorkflowDone is the workflow stream event "Done" (payload: DoneEventData).
	EventWorkflowDone = "Done"
	// EventWorkflowPing is the workflow stream event "PING".
	EventWorkflowPing = "PING"
)

// Chat is the payload of conversation.chat.created, conversation.chat.in_progress,
// conversation.chat.completed, conversation.chat.failed, conversation.chat.requires_action events;
// a null Chat for other events.
func (e Event) Chat() Chat {
	return Chat{e.payload(22)}
}

// DoneEventData is the payload of done, Done events; a null DoneEventData for other events.
func (e Event) DoneEventData() DoneEventData {
	return DoneEventData{e.payload(41)}
}

// ErrorEventData is the payload of error events; a null ErrorEventData for other events.
func (e Event) ErrorEventData() ErrorEventData {
	return ErrorEventData{e.payload(44)}
}

// Message is the payload of conversation.message.delta, conversation.message.completed,
// conversation.audio.delta events; a null Message for other events.
func (e Event) Message() Message {
	return Message{e.payload(57)}
}

// WorkflowErrorEvent is the payload of Error events; a null WorkflowErrorEvent for other events.
func (e Event) WorkflowErrorEvent() WorkflowErrorEvent {
	return WorkflowErrorEvent{e.payload(81)}
}

// WorkflowInterruptEvent is the payload of Interrupt events; a null WorkflowInterruptEvent for
// other events.
func (e Event) WorkflowInterruptEvent() WorkflowInterruptEvent {
	return WorkflowInterruptEvent{e.payload(85)}
}

// WorkflowMessageEvent is the payload of Message events; a null WorkflowMessageEvent for other
// events.
func (e Event) WorkflowMessageEvent() WorkflowMessageEvent {
	return WorkflowMessageEvent{e.payload(86)}
}
