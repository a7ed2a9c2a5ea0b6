"""The client users hold: ``Coze(token=...)``, ``coze.chat.create(...)``, ``coze.chat.stream(...)``."""

from __future__ import annotations

import json
import math
import os
from typing import Any, Dict, Iterator, List, Mapping, Optional, Tuple, Type

from ._bridge import core
from ._driver import CallDriver
from .errors import CancelledError, InvalidArgumentError
from .events import ChatEvent, StreamEvent, WorkflowEvent
from .hooks import Hooks
from .resilience import RateLimit, RetryBudget

__all__ = ["Coze", "Result", "EventStream", "ChatResource", "WorkflowResource", "DEFAULT_BASE_URL"]

DEFAULT_BASE_URL = "https://api.coze.com"
_UNSET: Any = object()

# Per-call options any operation method takes as keywords beside the API's
# fields (no Coze API field has these names):
#   max_retries       retries for this call instead of the client's
#   idempotency_key   the key to send (default: a fresh ULID per call, the same on every attempt)
#   idempotency       False: send no idempotency key with this call
#   traceparent       a W3C trace context sent on every attempt (validated; a bad one is InvalidArgumentError)
#   tracestate        sent with traceparent
_CALL_OPTIONS = ("max_retries", "idempotency_key", "idempotency", "traceparent", "tracestate")


class Result(dict):
    """An operation's result (the decoded JSON object), with the answer's log id."""

    logid: str = ""


def _decode_result(text: str, logid: str) -> Any:
    if not text:
        return None
    value = json.loads(text)
    if isinstance(value, dict):
        result = Result(value)
        result.logid = logid
        return result
    return value


def _seconds_to_ms(name: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) or value < 0:
        raise InvalidArgumentError(f"{name} must be a non-negative number of seconds")
    return int(round(value * 1000))


class EventStream:
    """The events of one streaming call, as they arrive.

    Iterate it; use it as a context manager (or call close()) to stop early:
    closing cancels the call and aborts its HTTP request. close() may also be
    called from another thread while one iterates.
    """

    def __init__(self, driver: CallDriver, event_class: Type[Any] = StreamEvent) -> None:
        self._driver = driver
        self._event_class = event_class
        self._done = False
        self._closed = False
        self.logid = ""  # set when the stream completed

    def __iter__(self) -> Iterator[Any]:
        return self

    def __next__(self) -> Any:
        if self._done or self._closed:
            raise StopIteration
        try:
            outcome = self._driver.run()
        except CancelledError:
            self._done = True
            if self._closed:
                raise StopIteration from None
            raise
        except BaseException:
            self._done = True
            raise
        if outcome.is_event:
            return self._event_class.from_wire(outcome.type, outcome.data)
        self._done = True
        self.logid = outcome.logid
        raise StopIteration

    def close(self) -> None:
        """Stops the stream: cancels the call and aborts the request. Idempotent."""
        if self._closed:
            return
        self._closed = True
        if not self._done:
            self._driver.close()

    @property
    def closed(self) -> bool:
        return self._closed or self._done

    def __enter__(self) -> "EventStream":
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self.close()

    def __del__(self) -> None:
        try:
            if not self._done and not self._closed:
                self._driver.cancel()
        except Exception:
            pass


class ChatResource:
    """`/v3/chat`: create a chat and wait for the answer, or stream it."""

    def __init__(self, coze: "Coze") -> None:
        self._coze = coze

    def create(self, params: Optional[Mapping[str, Any]] = None, *, timeout: Optional[float] = None,
               extra_headers: Optional[Mapping[str, str]] = None, **fields: Any) -> Result:
        """POST /v3/chat. Fields as the API names them: bot_id, user_id, additional_messages, ..."""
        return self._coze.call("chat.create", params, timeout=timeout, extra_headers=extra_headers, **fields)

    def stream(self, params: Optional[Mapping[str, Any]] = None, *, timeout: Optional[float] = None,
               extra_headers: Optional[Mapping[str, str]] = None, **fields: Any) -> EventStream:
        """POST /v3/chat with stream:true; an iterator of ChatEvent."""
        driver = self._coze._driver("chat.stream", params, timeout, extra_headers, fields)
        return EventStream(driver, ChatEvent)

    def submit_tool_outputs(self, params: Optional[Mapping[str, Any]] = None, *, timeout: Optional[float] = None,
                            extra_headers: Optional[Mapping[str, str]] = None, **fields: Any) -> Result:
        """Answers a requires_action chat: conversation_id, chat_id, tool_outputs [{tool_call_id, output}]."""
        return self._coze.call("chat.submit_tool_outputs", params, timeout=timeout, extra_headers=extra_headers,
                               **fields)

    def submit_tool_outputs_stream(self, params: Optional[Mapping[str, Any]] = None, *,
                                   timeout: Optional[float] = None,
                                   extra_headers: Optional[Mapping[str, str]] = None, **fields: Any) -> EventStream:
        """submit_tool_outputs with stream:true; an iterator of ChatEvent (the rest of the chat)."""
        driver = self._coze._driver("chat.submit_tool_outputs.stream", params, timeout, extra_headers, fields)
        return EventStream(driver, ChatEvent)


class WorkflowResource:
    """Workflows: run one and wait (`create`), stream its events, resume it after an interrupt, chat with it."""

    def __init__(self, coze: "Coze") -> None:
        self._coze = coze

    def create(self, params: Optional[Mapping[str, Any]] = None, *, timeout: Optional[float] = None,
               extra_headers: Optional[Mapping[str, str]] = None, **fields: Any) -> Result:
        """POST /v1/workflow/run (workflow_id, parameters, ...): {data, debug_url, execute_id, usage}."""
        return self._coze.call("workflows.runs.create", params, timeout=timeout, extra_headers=extra_headers,
                               **fields)

    def stream(self, params: Optional[Mapping[str, Any]] = None, *, timeout: Optional[float] = None,
               extra_headers: Optional[Mapping[str, str]] = None, **fields: Any) -> EventStream:
        """POST /v1/workflow/stream_run (workflow_id, parameters, ...); an iterator of WorkflowEvent."""
        driver = self._coze._driver("workflows.runs.stream", params, timeout, extra_headers, fields)
        return EventStream(driver, WorkflowEvent)

    def resume(self, params: Optional[Mapping[str, Any]] = None, *, timeout: Optional[float] = None,
               extra_headers: Optional[Mapping[str, str]] = None, **fields: Any) -> EventStream:
        """POST /v1/workflow/stream_resume (workflow_id, event_id, resume_data, interrupt_type); WorkflowEvents."""
        driver = self._coze._driver("workflows.runs.resume", params, timeout, extra_headers, fields)
        return EventStream(driver, WorkflowEvent)

    def chat(self, params: Optional[Mapping[str, Any]] = None, *, timeout: Optional[float] = None,
             extra_headers: Optional[Mapping[str, str]] = None, **fields: Any) -> EventStream:
        """POST /v1/workflows/chat (workflow_id, additional_messages, ...); an iterator of ChatEvent."""
        driver = self._coze._driver("workflows.chat.stream", params, timeout, extra_headers, fields)
        return EventStream(driver, ChatEvent)


class Coze:
    """A Coze API client.

    token: a personal access token or OAuth access token (never logged).
    base_url: https://api.coze.com (default) or https://api.coze.cn, or a self-hosted URL.
    Timeouts are in seconds; None keeps the library default. total_timeout
    bounds a whole call (attempts and back-off sleeps); by default there is none.
    idempotency_header: the header carrying one key per call (None: send none).
    retry_budget: the client-wide RetryBudget (default RetryBudget()).
    rate_limit: a client-side RateLimit on attempts (default: none).
    hooks: Hooks called for each request sent, response head, retry and finished call
        (see cozecore.hooks); hook_bodies=True adds request bodies to request_sent events.
    """

    def __init__(
        self,
        token: str,
        base_url: str = DEFAULT_BASE_URL,
        *,
        max_retries: Optional[int] = None,
        connect_timeout: Optional[float] = None,
        first_byte_timeout: Optional[float] = None,
        idle_timeout: Optional[float] = None,
        total_timeout: Optional[float] = None,
        idempotency_header: Optional[str] = _UNSET,
        user_agent: Optional[str] = None,
        retry_budget: Optional[RetryBudget] = None,
        rate_limit: Optional[RateLimit] = None,
        hooks: Optional[Hooks] = None,
        hook_bodies: bool = False,
    ) -> None:
        if not isinstance(token, str):
            raise InvalidArgumentError("token must be a str")
        if not isinstance(base_url, str) or not base_url:
            raise InvalidArgumentError("base_url must be a non-empty str")
        settings: Dict[str, Any] = {"token": token, "base_url": base_url}
        if max_retries is not None:
            if isinstance(max_retries, bool) or not isinstance(max_retries, int) or not 0 <= max_retries < 2**31:
                raise InvalidArgumentError("max_retries must be a non-negative int")
            settings["max_retries"] = max_retries
        for name, value in (
            ("connect_timeout", connect_timeout),
            ("first_byte_timeout", first_byte_timeout),
            ("idle_timeout", idle_timeout),
            ("total_timeout", total_timeout),
        ):
            if value is not None:
                settings[name + "_ms"] = _seconds_to_ms(name, value)
        if idempotency_header is not _UNSET:
            if idempotency_header is not None and not isinstance(idempotency_header, str):
                raise InvalidArgumentError("idempotency_header must be a str or None")
            settings["idempotency_header"] = idempotency_header
        if user_agent is not None:
            if not isinstance(user_agent, str):
                raise InvalidArgumentError("user_agent must be a str")
            settings["user_agent"] = user_agent
        if retry_budget is not None:
            if not isinstance(retry_budget, RetryBudget):
                raise InvalidArgumentError("retry_budget must be a RetryBudget")
            settings["retry_budget"] = retry_budget._settings()
        if rate_limit is not None:
            if not isinstance(rate_limit, RateLimit):
                raise InvalidArgumentError("rate_limit must be a RateLimit or None")
            settings["rate_limit"] = rate_limit._settings()
        if hooks is not None and not isinstance(hooks, Hooks):
            raise InvalidArgumentError("hooks must be a Hooks or None")
        # The core records hook events only when someone listens.
        self._hooks: Optional[Hooks] = hooks if hooks is not None and hooks._has_any() else None
        settings["hooks"] = self._hooks is not None
        settings["hook_bodies"] = bool(hook_bodies) and self._hooks is not None

        config = core.ClientConfig()
        problem = config.apply_json(json.dumps(settings, ensure_ascii=False))
        if problem:
            raise InvalidArgumentError(problem)
        config.seed = int.from_bytes(os.urandom(8), "little")
        self._client = core.Client(config)
        self.base_url = base_url
        self.chat = ChatResource(self)
        self.workflows = WorkflowResource(self)

    def __repr__(self) -> str:
        return f"Coze(base_url={self.base_url!r})"

    # -- any operation -----------------------------------------------------

    def call(self, op: str, params: Optional[Mapping[str, Any]] = None, *, timeout: Optional[float] = None,
             extra_headers: Optional[Mapping[str, str]] = None, **fields: Any) -> Any:
        """Runs a non-streaming operation by name (e.g. "chat.retrieve") and returns its result.

        Every operation method takes, beside the API's fields, the per-call
        options timeout (seconds), extra_headers, max_retries, idempotency_key,
        idempotency (False: no key), traceparent and tracestate.
        """
        driver = self._driver(op, params, timeout, extra_headers, fields)
        outcome = driver.run()
        while outcome.is_event:  # a non-streaming op has none; never drop the result if it does
            outcome = driver.run()
        return _decode_result(outcome.result, outcome.logid)

    def stream(self, op: str, params: Optional[Mapping[str, Any]] = None, *, timeout: Optional[float] = None,
               extra_headers: Optional[Mapping[str, str]] = None, **fields: Any) -> EventStream:
        """Runs a streaming operation by name (e.g. "workflows.runs.stream"); an iterator of StreamEvent."""
        return EventStream(self._driver(op, params, timeout, extra_headers, fields))

    @staticmethod
    def operations() -> List[str]:
        """The operation names this build knows."""
        return list(core.supported_operations())

    def _driver(self, op: str, params: Optional[Mapping[str, Any]], timeout: Optional[float],
                extra_headers: Optional[Mapping[str, str]], fields: Dict[str, Any]) -> CallDriver:
        if not isinstance(op, str):
            raise InvalidArgumentError("op must be a str")
        merged: Dict[str, Any] = {}
        if params is not None:
            if not isinstance(params, Mapping):
                raise InvalidArgumentError("params must be a mapping")
            merged.update(params)
        options: Dict[str, Any] = {}
        if timeout is not None:
            options["timeout_ms"] = _seconds_to_ms("timeout", timeout)
        if any(name in fields for name in _CALL_OPTIONS):
            fields = dict(fields)
            for name in _CALL_OPTIONS:
                value = fields.pop(name, None)
                if value is not None:
                    options[name] = value
        merged.update(fields)
        headers: List[Tuple[str, str]] = []
        if extra_headers:
            for name, value in dict(extra_headers).items():
                if not isinstance(name, str) or not isinstance(value, str):
                    raise InvalidArgumentError("extra_headers must map str to str")
                headers.append((name, value))
        return CallDriver(self._client, op, merged, options, headers, self._hooks)
