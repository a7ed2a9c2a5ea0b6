"""cozecore: a client for the Coze bot platform's HTTP API over one portable C++ core.

    from cozecore import Coze

    coze = Coze(token="pat_...")   # or Coze(auth=cozecore.auth.JWTAuth(...)), see cozecore.auth
    with coze.chat.stream(bot_id="...", user_id="u1",
                          additional_messages=[{"role": "user", "content": "Hi", "content_type": "text"}]) as events:
        for event in events:
            if event.type == "conversation.message.delta":
                print(event.content, end="")

Every operation of the API is a method of a resource (``coze.chat.create``,
``coze.conversations.messages.list``, ...); results and stream events are
typed views (cozecore.models) generated from the API description. AsyncCoze
(cozecore.aio) has the same resources for asyncio: ``await coze.chat.create(...)``,
``async for event in coze.chat.stream(...)``.
"""

from . import ulid
from ._bridge import core as _core
from .client import DEFAULT_BASE_URL, ChatPoll, ChatPollResult, Coze, EventStream, Page, Pager
from .aio import AsyncChatPoll, AsyncCoze, AsyncEventStream, AsyncPager
from ._files import FileUpload
from . import auth
from .auth import JWTAuth, OAuthAuth, OAuthApp, TokenAuth, TokenInfo, load_oauth_app
from . import errors as _errors
from .errors import *  # noqa: F401,F403 (the names of errors.__all__)
from . import models as _models
from .models import BinaryResponse, FileInput, StreamEvent, View, decode_event, decode_model, decode_response
# The rest of cozecore.models (views, events, request dicts), imported from where they are
# made, so that type checkers see them too.
from ._generated import events as _events, models as _views, params as _params
from ._generated.models import *  # noqa: F401,F403
from ._generated.events import *  # noqa: F401,F403
from ._generated.params import *  # noqa: F401,F403
from .hooks import HookEvent, Hooks
from .tools import Tool, tool
from .resilience import Breaker, HealthSettings, RateLimit, RetryBudget
from .sse import SseEvent, SseParser

__version__ = _core.version()

__all__ = [
    "Coze",
    "AsyncCoze",
    "EventStream",
    "AsyncEventStream",
    "AsyncPager",
    "AsyncChatPoll",
    "Pager",
    "Page",
    "FileUpload",
    "ChatPoll",
    "ChatPollResult",
    "DEFAULT_BASE_URL",
    "Hooks",
    "HookEvent",
    "Tool",
    "tool",
    "RetryBudget",
    "RateLimit",
    "HealthSettings",
    "Breaker",
    "SseEvent",
    "SseParser",
    "ulid",
    "auth",
    "TokenAuth",
    "OAuthAuth",
    "JWTAuth",
    "TokenInfo",
    "OAuthApp",
    "load_oauth_app",
]
__all__ += _errors.__all__
__all__ += ["View", "StreamEvent", "BinaryResponse", "FileInput", "decode_model", "decode_response", "decode_event"]
__all__ += _views.__all__
__all__ += _events.__all__
__all__ += _params.__all__
assert set(__all__) >= set(_models.__all__), "cozecore.models has names cozecore does not export"
