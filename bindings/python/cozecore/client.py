"""The client users hold: ``Coze(token=...)``, ``coze.chat.create(...)``, ``coze.chat.stream(...)``."""

from __future__ import annotations

import json
import math
import os
from typing import Any, Dict, Iterator, List, Mapping, Optional, Tuple, Type

from ._bridge import core
from ._driver import CallDriver
from .errors import CancelledError, InvalidArgumentError
from .events import ChatEvent, StreamEvent

__all__ = ["Coze", "Result", "EventStream", "DEFAULT_BASE_URL"]

DEFAULT_BASE_URL = "https://api.coze.com"
_UNSET: Any = object()


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

    def __init__(self, driver: CallDriver, event_class: Type[StreamEvent] = StreamEvent) -> None:
        self._driver = driver
        self._event_class = event_class
        self._done = False
        self._closed = False
        self.logid = ""  # set when the stream completed

    def __iter__(self) -> Iterator[StreamEvent]:
        return self

    def __next__(self) -> StreamEvent:
        if self._done:
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
            self._driver.cancel()

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


class Chat:
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


class Coze:
    """A Coze API client.

    token: a personal access token or OAuth access token (never logged).
    base_url: https://api.coze.com (default) or https://api.coze.cn, or a self-hosted URL.
    Timeouts are in seconds; None keeps the library default. total_timeout
    bounds a whole call (attempts and back-off sleeps); by default there is none.
    idempotency_header: the header carrying one key per call (None: send none).
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

        config = core.ClientConfig()
        problem = config.apply_json(json.dumps(settings, ensure_ascii=False))
        if problem:
            raise InvalidArgumentError(problem)
        config.seed = int.from_bytes(os.urandom(8), "little")
        self._client = core.Client(config)
        self.base_url = base_url
        self.chat = Chat(self)

    def __repr__(self) -> str:
        return f"Coze(base_url={self.base_url!r})"

    # -- any operation -----------------------------------------------------

    def call(self, op: str, params: Optional[Mapping[str, Any]] = None, *, timeout: Optional[float] = None,
             extra_headers: Optional[Mapping[str, str]] = None, **fields: Any) -> Any:
        """Runs a non-streaming operation by name (e.g. "chat.retrieve") and returns its result."""
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
        merged.update(fields)
        timeout_ms = -1 if timeout is None else _seconds_to_ms("timeout", timeout)
        headers: List[Tuple[str, str]] = []
        if extra_headers:
            for name, value in dict(extra_headers).items():
                if not isinstance(name, str) or not isinstance(value, str):
                    raise InvalidArgumentError("extra_headers must map str to str")
                headers.append((name, value))
        return CallDriver(self._client, op, merged, timeout_ms, headers)
