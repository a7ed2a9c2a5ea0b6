// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
// Typed views of stream events: the event's name, kind, SSE id and payload.
// Include coze/client.h.
#pragma once

#include <optional>

#include "coze/generated/models.h"
#include "coze/record_view.h"

namespace coze {

// The events of chat streams; `unknown` for any other event.
enum class ChatEventKind {
  conversation_chat_created,          // conversation.chat.created
  conversation_chat_in_progress,      // conversation.chat.in_progress
  conversation_chat_completed,        // conversation.chat.completed
  conversation_chat_failed,           // conversation.chat.failed
  conversation_chat_requires_action,  // conversation.chat.requires_action
  conversation_message_delta,         // conversation.message.delta
  conversation_message_completed,     // conversation.message.completed
  conversation_audio_delta,           // conversation.audio.delta
  error,                              // error
  done,                               // done
  unknown,
};

// One event of a chat stream. payload() is the decoded payload; the typed accessors give it as the event's
// model (std::nullopt for events of another model). Unknown events keep their raw payload as a plain value.
class ChatEvent : public ::coze::EventView {
 public:
  ChatEvent() = default;
  explicit ChatEvent(const ::coze::EventView& event) : EventView(event) {}

  ChatEventKind kind() const {
    switch (code()) {
      case 0:
        return ChatEventKind::conversation_chat_created;
      case 1:
        return ChatEventKind::conversation_chat_in_progress;
      case 2:
        return ChatEventKind::conversation_chat_completed;
      case 3:
        return ChatEventKind::conversation_chat_failed;
      case 4:
        return ChatEventKind::conversation_chat_requires_action;
      case 5:
        return ChatEventKind::conversation_message_delta;
      case 6:
        return ChatEventKind::conversation_message_completed;
      case 7:
        return ChatEventKind::conversation_audio_delta;
      case 8:
        return ChatEventKind::error;
      case 9:
        return ChatEventKind::done;
      default:
        return ChatEventKind::unknown;
    }
  }
  bool is(ChatEventKind k) const { return kind() == k; }
  // The payload of conversation.chat.created, conversation.chat.in_progress, conversation.chat.completed,
  // conversation.chat.failed, conversation.chat.requires_action.
  std::optional<::coze::model::Chat> chat() const { return payload_as<::coze::model::Chat>(); }
  // The payload of conversation.message.delta, conversation.message.completed, conversation.audio.delta.
  std::optional<::coze::model::Message> message() const { return payload_as<::coze::model::Message>(); }
  // The payload of error.
  std::optional<::coze::model::ErrorEventData> error_event_data() const {
    return payload_as<::coze::model::ErrorEventData>();
  }
  // The payload of done.
  std::optional<::coze::model::DoneEventData> done_event_data() const {
    return payload_as<::coze::model::DoneEventData>();
  }
};

// The events of workflow streams; `unknown` for any other event.
enum class WorkflowEventKind {
  message,    // Message
  interrupt,  // Interrupt
  error,      // Error
  done,       // Done
  ping,       // PING
  unknown,
};

// One event of a workflow stream. payload() is the decoded payload; the typed accessors give it as the
// event's model (std::nullopt for events of another model). Unknown events keep their raw payload as a plain
// value.
class WorkflowEvent : public ::coze::EventView {
 public:
  WorkflowEvent() = default;
  explicit WorkflowEvent(const ::coze::EventView& event) : EventView(event) {}

  WorkflowEventKind kind() const {
    switch (code()) {
      case 10:
        return WorkflowEventKind::message;
      case 11:
        return WorkflowEventKind::interrupt;
      case 12:
        return WorkflowEventKind::error;
      case 13:
        return WorkflowEventKind::done;
      case 14:
        return WorkflowEventKind::ping;
      default:
        return WorkflowEventKind::unknown;
    }
  }
  bool is(WorkflowEventKind k) const { return kind() == k; }
  // The payload of Message.
  std::optional<::coze::model::WorkflowMessageEvent> workflow_message_event() const {
    return payload_as<::coze::model::WorkflowMessageEvent>();
  }
  // The payload of Interrupt.
  std::optional<::coze::model::WorkflowInterruptEvent> workflow_interrupt_event() const {
    return payload_as<::coze::model::WorkflowInterruptEvent>();
  }
  // The payload of Error.
  std::optional<::coze::model::WorkflowErrorEvent> workflow_error_event() const {
    return payload_as<::coze::model::WorkflowErrorEvent>();
  }
  // The payload of Done.
  std::optional<::coze::model::DoneEventData> done_event_data() const {
    return payload_as<::coze::model::DoneEventData>();
  }
};

}  // namespace coze
