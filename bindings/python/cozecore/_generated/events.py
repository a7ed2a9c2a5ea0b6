# Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
"""Typed stream events: an event whose payload is a model also reads as that model.

``event.type`` is the event name, ``event.sse_id`` its SSE id, ``event.data`` the
payload; the payload's fields are properties of the event itself.
"""

from __future__ import annotations

from typing import Dict, Type

from .._record import StreamEvent, register_events
from .models import (
    Chat,
    DoneEventData,
    ErrorEventData,
    Message,
    WorkflowErrorEvent,
    WorkflowInterruptEvent,
    WorkflowMessageEvent,
)

__all__ = [
    "ChatEvent",
    "DoneEvent",
    "ErrorEvent",
    "MessageEvent",
    "WorkflowErrorStreamEvent",
    "WorkflowInterruptStreamEvent",
    "WorkflowMessageStreamEvent",
    "CHAT_EVENTS",
    "WORKFLOW_EVENTS",
]


class ChatEvent(StreamEvent, Chat):
    """A stream event with a Chat payload: ``conversation.chat.created``, ``conversation.chat.in_progress``,
    ``conversation.chat.completed``, ``conversation.chat.failed``, ``conversation.chat.requires_action``.
    """

    __slots__ = ()


class DoneEvent(StreamEvent, DoneEventData):
    """A stream event with a DoneEventData payload: ``done``, ``Done``."""

    __slots__ = ()


class ErrorEvent(StreamEvent, ErrorEventData):
    """A stream event with a ErrorEventData payload: ``error``."""

    __slots__ = ()


class MessageEvent(StreamEvent, Message):
    """A stream event with a Message payload: ``conversation.message.delta``, ``conversation.message.completed``,
    ``conversation.audio.delta``.
    """

    __slots__ = ()


class WorkflowErrorStreamEvent(StreamEvent, WorkflowErrorEvent):
    """A stream event with a WorkflowErrorEvent payload: ``Error``."""

    __slots__ = ()


class WorkflowInterruptStreamEvent(StreamEvent, WorkflowInterruptEvent):
    """A stream event with a WorkflowInterruptEvent payload: ``Interrupt``."""

    __slots__ = ()


class WorkflowMessageStreamEvent(StreamEvent, WorkflowMessageEvent):
    """A stream event with a WorkflowMessageEvent payload: ``Message``."""

    __slots__ = ()


# The chat stream's events and the class each arrives as.
CHAT_EVENTS: Dict[str, Type[StreamEvent]] = {
    "conversation.chat.created": ChatEvent,
    "conversation.chat.in_progress": ChatEvent,
    "conversation.chat.completed": ChatEvent,
    "conversation.chat.failed": ChatEvent,
    "conversation.chat.requires_action": ChatEvent,
    "conversation.message.delta": MessageEvent,
    "conversation.message.completed": MessageEvent,
    "conversation.audio.delta": MessageEvent,
    "error": ErrorEvent,
    "done": DoneEvent,
}


# The workflow stream's events and the class each arrives as.
WORKFLOW_EVENTS: Dict[str, Type[StreamEvent]] = {
    "Message": WorkflowMessageStreamEvent,
    "Interrupt": WorkflowInterruptStreamEvent,
    "Error": WorkflowErrorStreamEvent,
    "Done": DoneEvent,
    "PING": StreamEvent,
}

# The class of each event type code (its index in the IR's event names) with a model payload.
register_events(
    {
        0: ChatEvent,  # conversation.chat.created
        1: ChatEvent,  # conversation.chat.in_progress
        2: ChatEvent,  # conversation.chat.completed
        3: ChatEvent,  # conversation.chat.failed
        4: ChatEvent,  # conversation.chat.requires_action
        5: MessageEvent,  # conversation.message.delta
        6: MessageEvent,  # conversation.message.completed
        7: MessageEvent,  # conversation.audio.delta
        8: ErrorEvent,  # error
        9: DoneEvent,  # done
        10: WorkflowMessageStreamEvent,  # Message
        11: WorkflowInterruptStreamEvent,  # Interrupt
        12: WorkflowErrorStreamEvent,  # Error
        13: DoneEvent,  # Done
    }
)
