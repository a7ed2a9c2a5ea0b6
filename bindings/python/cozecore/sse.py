"""The core's incremental event-stream parser: bytes in, events out."""

from __future__ import annotations

from typing import List, NamedTuple, Optional

from ._bridge import core

__all__ = ["SseEvent", "SseParser"]


class SseEvent(NamedTuple):
    type: str  # "message" when the block had no `event:` field
    data: str  # `data:` lines joined with "\n"
    id: str  # last event id in effect at dispatch


class SseParser:
    """Feed raw bytes in any chunking; complete events come back from each feed.

    After an error (``error`` is then e.g. "event_too_large") further input is ignored.
    """

    def __init__(self, max_event_bytes: Optional[int] = None) -> None:
        config = core.SseConfig()
        if max_event_bytes is not None:
            if max_event_bytes <= 0:
                raise ValueError("max_event_bytes must be positive")
            config.max_event_bytes = int(max_event_bytes)
        self._parser = core.SseParser(config)

    def feed(self, data: bytes) -> List[SseEvent]:
        if isinstance(data, str):
            raise TypeError("SseParser.feed takes bytes, not str")
        self._parser.feed(data)
        return self._take()

    def finish(self) -> List[SseEvent]:
        """End of stream: an undispatched event is discarded."""
        self._parser.finish()
        return self._take()

    def _take(self) -> List[SseEvent]:
        return [SseEvent(e.type, e.data, e.id) for e in self._parser.take_events()]

    @property
    def error(self) -> Optional[str]:
        return self._parser.error() or None

    @property
    def retry_ms(self) -> Optional[int]:
        value = self._parser.retry_ms()
        return value if value >= 0 else None

    @property
    def last_event_id(self) -> str:
        return self._parser.last_event_id()
