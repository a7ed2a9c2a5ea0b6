"""Stream events and the objects they carry, as users see them.

The core hands each event over as its name and validated JSON text; this
module decodes the JSON and offers typed views. Decoding is lenient: a field
of the wrong type reads as empty rather than failing, and an event nobody
knows is still delivered with its raw payload.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import functools
import json
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, List, Mapping, Optional, Tuple, Union, get_args, get_origin, get_type_hints

from .errors import DecodeError

__all__ = [
    "StreamEvent",
    "ChatEvent",
    "WorkflowEvent",
    "Message",
    "Chat",
    "ChatError",
    "Usage",
    "ToolCall",
    "ToolCallFunction",
    "RequiredAction",
    "WorkflowMessage",
    "WorkflowError",
    "WorkflowInterrupt",
    "WorkflowInterruptData",
]


def _decode(data: str) -> Any:
    if not data:
        return {}
    try:
        return json.loads(data)
    except ValueError:
        return data  # not JSON: keep the text as it came


# -- lenient field readers (the core's rules: ids are strings on the wire, numbers accepted)


def _text(obj: Mapping[str, Any], key: str) -> str:
    value = obj.get(key)
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return json.dumps(value)
    return ""


def _int(obj: Mapping[str, Any], key: str) -> int:
    value = obj.get(key)
    if isinstance(value, bool):
        return 0
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.isascii() and value.isdigit():
        return int(value)
    return 0


def _bool(obj: Mapping[str, Any], key: str) -> bool:
    value = obj.get(key)
    return value is True or value == "true"


def _object(obj: Mapping[str, Any], key: str) -> Dict[str, Any]:
    value = obj.get(key)
    return value if isinstance(value, dict) else {}


def _json_text(obj: Mapping[str, Any], key: str) -> str:
    """Strings as they are; objects and arrays as their JSON text."""
    value = obj.get(key)
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return _text(obj, key)


def _json_field() -> Any:
    """A text field that keeps an object or array as its JSON text (see _json_text)."""
    return field(default="", metadata={"json_text": True})


_Reader = Callable[[Mapping[str, Any], str], Any]


def _reader(tp: Any, json_text: bool) -> _Reader:
    """How a field of type tp is read: by the lenient readers above; a nested
    object from its dict (an empty one when absent), an Optional one as None
    unless the field holds an object."""
    if tp is str:
        return _json_text if json_text else _text
    if tp is bool:
        return _bool
    if tp is int:
        return _int
    if get_origin(tp) is dict:
        return _object
    if dataclasses.is_dataclass(tp):
        return lambda obj, key: tp.from_dict(_object(obj, key))
    inner = [a for a in get_args(tp) if a is not type(None)]
    if get_origin(tp) is Union and len(inner) == 1 and dataclasses.is_dataclass(inner[0]):
        cls = inner[0]

        def optional(obj: Mapping[str, Any], key: str) -> Any:
            value = obj.get(key)
            return cls.from_dict(value) if isinstance(value, dict) else None

        return optional
    raise TypeError(f"no reader for a field of type {tp!r}")


@functools.lru_cache(maxsize=None)
def _readers(cls: type) -> Tuple[Tuple[str, _Reader], ...]:
    hints = get_type_hints(cls)
    return tuple(
        (f.name, _reader(hints[f.name], bool(f.metadata.get("json_text")))) for f in dataclasses.fields(cls)
    )


class _Decoded:
    """from_dict for the dataclasses below: each field read by its name and type."""

    @classmethod
    def from_dict(cls, obj: Mapping[str, Any]) -> Any:
        return cls(**{name: read(obj, name) for name, read in _readers(cls)})


# -- the objects streams carry


@dataclass(frozen=True)
class Usage(_Decoded):
    """Token counts of a chat or a workflow node."""

    token_count: int = 0
    output_count: int = 0
    input_count: int = 0


@dataclass(frozen=True)
class Message(_Decoded):
    """A message of a conversation (the payload of conversation.message.* and conversation.audio.* events)."""

    id: str = ""
    conversation_id: str = ""
    bot_id: str = ""
    chat_id: str = ""
    section_id: str = ""
    role: str = ""
    type: str = ""  # answer, question, function_call, tool_output, tool_response, follow_up, verbose
    content: str = ""
    content_type: str = ""  # text, object_string, card, audio
    reasoning_content: str = ""
    meta_data: Dict[str, Any] = field(default_factory=dict)
    created_at: int = 0
    updated_at: int = 0


@dataclass(frozen=True)
class ToolCallFunction(_Decoded):
    name: str = ""
    arguments: str = _json_field()  # JSON text of the arguments


@dataclass(frozen=True)
class ToolCall(_Decoded):
    """A function the bot asks the client to run; answer with {tool_call_id: id, output}."""

    id: str = ""
    type: str = ""
    function: ToolCallFunction = field(default_factory=ToolCallFunction)


@dataclass(frozen=True)
class RequiredAction:
    """What a chat in status requires_action waits for."""

    type: str = ""
    tool_calls: List[ToolCall] = field(default_factory=list)

    @classmethod
    def from_dict(cls, obj: Mapping[str, Any]) -> "RequiredAction":
        calls = _object(obj, "submit_tool_outputs").get("tool_calls")
        items = calls if isinstance(calls, list) else []
        return cls(_text(obj, "type"), [ToolCall.from_dict(c) for c in items if isinstance(c, dict)])


@dataclass(frozen=True)
class ChatError(_Decoded):
    code: int = 0
    msg: str = ""


@dataclass(frozen=True)
class Chat(_Decoded):
    """A chat (the payload of conversation.chat.* events)."""

    id: str = ""
    conversation_id: str = ""
    bot_id: str = ""
    section_id: str = ""
    status: str = ""  # created, in_progress, completed, failed, requires_action, canceled
    created_at: int = 0
    completed_at: int = 0
    failed_at: int = 0
    meta_data: Dict[str, Any] = field(default_factory=dict)
    last_error: Optional[ChatError] = None
    required_action: Optional[RequiredAction] = None
    usage: Optional[Usage] = None


@dataclass(frozen=True)
class WorkflowMessage(_Decoded):
    """Output of a workflow node (a Message event)."""

    content: str = _json_field()
    content_type: str = ""
    node_title: str = ""
    node_seq_id: str = ""  # the message's index within its node
    node_is_finish: bool = False  # the node's last message
    ext: Dict[str, Any] = field(default_factory=dict)
    usage: Optional[Usage] = None


@dataclass(frozen=True)
class WorkflowError(_Decoded):
    error_code: int = 0
    error_message: str = ""


@dataclass(frozen=True)
class WorkflowInterruptData(_Decoded):
    """Resume with event_id and type (workflows.resume(event_id=..., interrupt_type=...))."""

    event_id: str = ""
    type: int = 0
    data: str = _json_field()


@dataclass(frozen=True)
class WorkflowInterrupt(_Decoded):
    """A workflow node waiting for input."""

    interrupt_data: WorkflowInterruptData = field(default_factory=WorkflowInterruptData)
    node_title: str = ""


# -- events


class StreamEvent:
    """One decoded stream event: `type` as the API names it, `data` its JSON payload."""

    __slots__ = ("type", "data")

    def __init__(self, type: str, data: Any) -> None:
        self.type = type
        self.data = data

    @classmethod
    def from_wire(cls, type: str, data: str) -> "StreamEvent":
        return cls(type, _decode(data))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, StreamEvent):
            return NotImplemented
        return self.type == other.type and self.data == other.data

    def __repr__(self) -> str:
        return f"{type(self).__name__}(type={self.type!r}, data={self.data!r})"


class ChatEvent(StreamEvent):
    """A chat stream event (`conversation.message.delta`, `conversation.chat.completed`, `done`, ...)."""

    __slots__ = ()

    @property
    def is_message(self) -> bool:
        return self.type.startswith("conversation.message.")

    @property
    def content(self) -> Optional[str]:
        """The message text of a message event; None for other events."""
        if not self.is_message or not isinstance(self.data, dict):
            return None
        content = self.data.get("content")
        return content if isinstance(content, str) else None

    @property
    def is_done(self) -> bool:
        return self.type == "done"

    @property
    def message(self) -> Optional[Message]:
        """The Message of a conversation.message.* or conversation.audio.* event, else None."""
        if not self.type.startswith(("conversation.message.", "conversation.audio.")):
            return None
        if not isinstance(self.data, dict):
            return None
        return Message.from_dict(self.data)

    @property
    def chat(self) -> Optional[Chat]:
        """The Chat of a conversation.chat.* event, else None."""
        if not self.type.startswith("conversation.chat.") or not isinstance(self.data, dict):
            return None
        return Chat.from_dict(self.data)

    @property
    def tool_calls(self) -> List[ToolCall]:
        """The calls a conversation.chat.requires_action event asks for; [] for other events."""
        chat = self.chat
        if chat is None or chat.required_action is None:
            return []
        return chat.required_action.tool_calls

    @property
    def debug_url(self) -> Optional[str]:
        """The debug URL a done event may carry ({debug_url}); None otherwise."""
        if not self.is_done or not isinstance(self.data, dict):
            return None
        url = self.data.get("debug_url")
        return url if isinstance(url, str) else None

    @property
    def is_audio(self) -> bool:
        """conversation.audio.delta, or a message whose content_type is audio."""
        if self.type == "conversation.audio.delta":
            return True
        return self.type.startswith("conversation.message.") and isinstance(self.data, dict) and (
            self.data.get("content_type") == "audio"
        )

    @property
    def audio(self) -> Optional[bytes]:
        """The audio of an audio event, decoded from base64; None for other events.

        Raises DecodeError when the content is not base64.
        """
        if not self.is_audio:
            return None
        content = self.data.get("content") if isinstance(self.data, dict) else None
        if content is None:
            content = ""
        if not isinstance(content, str):
            raise DecodeError(f"the audio of a '{self.type}' event is not a string")
        return _base64(content, self.type)


def _base64(text: str, event_type: str) -> bytes:
    # Standard alphabet; the padding may be left out.
    stripped = text.rstrip("=")
    padded = stripped + "=" * (-len(stripped) % 4)
    try:
        pad = len(text) - len(stripped)
        if len(stripped) % 4 == 1 or pad > 2 or (pad and len(text) % 4) or not text.isascii():
            raise ValueError("bad length")
        out = base64.b64decode(padded, validate=True)
    except (ValueError, binascii.Error):
        raise DecodeError(f"the audio of a '{event_type}' event is not base64") from None
    if base64.b64encode(out).decode("ascii").rstrip("=") != stripped:
        raise DecodeError(f"the audio of a '{event_type}' event is not base64")  # stray bits
    return out


_WORKFLOW_TYPES = {"message": "message", "error": "error", "interrupt": "interrupt", "done": "done", "ping": "ping"}


class WorkflowEvent:
    """A workflow stream event (workflows.stream / workflows.resume).

    `type` is the event normalised: "message", "error", "interrupt", "done",
    "ping", or "unknown" for a name nobody knows (the server's names are
    matched case-insensitively); `event` is the name as received and `data`
    the decoded payload, so an unknown event arrives whole.
    """

    __slots__ = ("type", "event", "data")

    def __init__(self, event: str, data: Any) -> None:
        self.type = _WORKFLOW_TYPES.get(event.lower(), "unknown")
        self.event = event
        self.data = data

    @classmethod
    def from_wire(cls, type: str, data: str) -> "WorkflowEvent":
        return cls(type, _decode(data))

    @property
    def _object(self) -> Dict[str, Any]:
        return self.data if isinstance(self.data, dict) else {}

    @property
    def message(self) -> Optional[WorkflowMessage]:
        return WorkflowMessage.from_dict(self._object) if self.type == "message" else None

    @property
    def content(self) -> Optional[str]:
        """The text of a Message event; None for other events."""
        message = self.message
        return None if message is None else message.content

    @property
    def error(self) -> Optional[WorkflowError]:
        return WorkflowError.from_dict(self._object) if self.type == "error" else None

    @property
    def interrupt(self) -> Optional[WorkflowInterrupt]:
        return WorkflowInterrupt.from_dict(self._object) if self.type == "interrupt" else None

    @property
    def is_done(self) -> bool:
        return self.type == "done"

    @property
    def debug_url(self) -> Optional[str]:
        """The debug URL a Done event may carry; None otherwise."""
        if not self.is_done:
            return None
        url = self._object.get("debug_url")
        return url if isinstance(url, str) else None

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, WorkflowEvent):
            return NotImplemented
        return self.event == other.event and self.data == other.data

    def __repr__(self) -> str:
        return f"WorkflowEvent(type={self.type!r}, event={self.event!r}, data={self.data!r})"
