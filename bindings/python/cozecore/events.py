"""Stream events as users see them."""

from __future__ import annotations

import json
from typing import Any, Optional

__all__ = ["StreamEvent", "ChatEvent"]


def _decode(data: str) -> Any:
    if not data:
        return {}
    try:
        return json.loads(data)
    except ValueError:
        return data  # not JSON: keep the text as it came


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
