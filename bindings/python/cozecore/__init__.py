"""cozecore: a client for the Coze bot platform's HTTP API over one portable C++ core.

    from cozecore import Coze

    coze = Coze(token="pat_...")
    with coze.chat.stream(bot_id="...", user_id="u1",
                          additional_messages=[{"role": "user", "content": "Hi", "content_type": "text"}]) as events:
        for event in events:
            if event.type == "conversation.message.delta":
                print(event.content, end="")
"""

from . import ulid
from ._bridge import core as _core
from .client import DEFAULT_BASE_URL, ChatResource, Coze, EventStream, Result, WorkflowResource
from . import errors as _errors
from .errors import *  # noqa: F401,F403 (the names of errors.__all__)
from . import events as _events
from .events import *  # noqa: F401,F403 (the names of events.__all__)
from .hooks import HookEvent, Hooks
from .resilience import RateLimit, RetryBudget
from .sse import SseEvent, SseParser

__version__ = _core.version()

__all__ = [
    "Coze",
    "ChatResource",
    "WorkflowResource",
    "EventStream",
    "Result",
    "DEFAULT_BASE_URL",
    "Hooks",
    "HookEvent",
    "RetryBudget",
    "RateLimit",
    "SseEvent",
    "SseParser",
    "ulid",
]
__all__ += _errors.__all__
__all__ += _events.__all__
