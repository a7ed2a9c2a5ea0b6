"""The client users hold: ``Coze(token=...)``, ``coze.chat.create(...)``, ``coze.chat.stream(...)``.

The resources (``coze.chat``, ``coze.conversations.messages``, ...) are
generated from the API description (cozecore._generated.resources); every
method ends in :meth:`Coze._run`, which builds one core call and drives it.
The options, the core client and the making of each call are shared with
``AsyncCoze`` (cozecore.aio) in :class:`ClientBase`; only the driver differs.
"""

from __future__ import annotations

import json
import math
import os
import platform
from typing import Any, Callable, Dict, Generic, List, Mapping, Optional, Tuple, TypeVar, Union

from ._bridge import core
from ._driver import CallDriver, now_ms, run_to_result
from ._http import sync_transport
from ._files import BinaryOutput, FileUpload, file_part
from ._generated.resources import RESPONSE_KINDS, Resources
from ._chat import ChatPoll, ChatPollResult
from ._resource import EventStream, Page, Pager
from .auth import JWTAuth, OAuthAuth, TokenAuth, TokenInfo
from .errors import InvalidArgumentError
from ._generated.models import ClientHealth
from ._options import NO_OPTIONS, CallOptions, seconds_to_ms
from ._record import decode_model
from .hooks import Hooks
from .resilience import Breaker, HealthSettings, RateLimit, RetryBudget
from .tools import Tool, as_tool

__all__ = ["ClientBase", "Coze", "EventStream", "Pager", "Page", "ChatPoll", "ChatPollResult", "DEFAULT_BASE_URL"]

DEFAULT_BASE_URL = "https://api.coze.com"
_UNSET: Any = object()
S = TypeVar("S")  # what a stream of a client is: EventStream (Coze), AsyncEventStream (AsyncCoze)


def _interval_ms(value: Any) -> Any:
    """A poll interval in seconds as whole milliseconds, a fraction of a millisecond rounded up
    (0.0004 -> 1). Anything but a finite number goes as it is: the core says what is wrong."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        return value
    return math.ceil(round(value * 1000, 6))  # round first: 0.05 * 1000 is 50.00000000000001


class ClientBase(Generic[S]):
    """What Coze and AsyncCoze share: the options (checked by the core when the
    client is made), the core client, the HTTP client, the making of one core
    call per operation (a driver of ``_driver_class``: CallDriver, or the async
    driver of cozecore.aio) and what the generated methods call. Each call's
    options travel as one CallOptions (cozecore._options), built from the
    method's keywords. Only the classes differ: the driver, what a stream, a
    pager and a poll are, and how a result is waited for (``_result``). S: the
    stream class. See Coze for the options."""

    _driver_class: Any = CallDriver
    _stream_class: Any = EventStream
    _pager_class: Any = Pager
    _poll_class: Any = ChatPoll
    _init_resources: Callable[[], None]  # the generated resources' root (Resources, AsyncResources)

    def __init__(
        self,
        token: Optional[str] = None,
        base_url: str = DEFAULT_BASE_URL,
        *,
        auth: Optional[Any] = None,
        max_retries: Optional[int] = None,
        connect_timeout: Optional[float] = None,
        first_byte_timeout: Optional[float] = None,
        idle_timeout: Optional[float] = None,
        total_timeout: Optional[float] = None,
        idempotency_header: Optional[str] = _UNSET,
        user_agent: Optional[str] = None,
        retry_budget: Optional[RetryBudget] = None,
        rate_limit: Optional[RateLimit] = None,
        health: Optional[HealthSettings] = None,
        breaker: Union[Breaker, bool, None] = None,
        hooks: Optional[Hooks] = None,
        hook_bodies: bool = False,
        allow_insecure_http: bool = False,
        http_client: Optional[str] = None,
    ) -> None:
        if isinstance(token, (TokenAuth, OAuthAuth, JWTAuth)) and auth is None:
            token, auth = None, token  # Coze(JWTAuth(...)) reads as Coze(auth=JWTAuth(...))
        if auth is not None and token is not None:
            raise InvalidArgumentError("give token or auth, not both")
        if auth is None and token is None:
            raise InvalidArgumentError("give token (a personal access token) or auth (cozecore.auth)")
        self._signer: Any = None  # signs JWTs for a service app (cozecore._signing.RS256Signer)
        core_auth: Optional[Dict[str, Any]] = None
        if isinstance(auth, TokenAuth):
            token = auth.token
        elif isinstance(auth, (OAuthAuth, JWTAuth)):
            core_auth = auth._core_config()  # never the private key: it stays in the signer
            token = ""
            if isinstance(auth, JWTAuth):
                self._signer = auth._signer
        elif auth is not None:
            raise InvalidArgumentError("auth must be a TokenAuth, OAuthAuth or JWTAuth")
        if not isinstance(token, str):
            raise InvalidArgumentError("token must be a str")
        if not isinstance(base_url, str) or not base_url:
            raise InvalidArgumentError("base_url must be a non-empty str")
        settings: Dict[str, Any] = {"token": token, "base_url": base_url}
        if core_auth is not None:
            settings["auth"] = core_auth
        settings.update(_IDENTITY)
        if not isinstance(allow_insecure_http, bool):
            raise InvalidArgumentError("allow_insecure_http must be a bool")
        if allow_insecure_http:
            settings["allow_insecure_http"] = True
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
                settings[name + "_ms"] = seconds_to_ms(name, value)
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
        if health is not None:
            if not isinstance(health, HealthSettings):
                raise InvalidArgumentError("health must be a HealthSettings or None")
            settings["health"] = health._settings()
        if isinstance(breaker, Breaker):
            settings["breaker"] = breaker._settings()
        elif isinstance(breaker, bool):
            settings["breaker"] = breaker
        elif breaker is not None:
            raise InvalidArgumentError("breaker must be a Breaker, a bool or None")
        if hooks is not None and not isinstance(hooks, Hooks):
            raise InvalidArgumentError("hooks must be a Hooks or None")
        # The core records hook events only when someone listens: `hooks` for the
        # callbacks other than on_metric, `metrics` for on_metric (a metrics-only
        # client does not pay for the other events).
        self._hooks: Optional[Hooks] = hooks if hooks is not None and hooks._has_any() else None
        settings["hooks"] = self._hooks is not None and self._hooks._wants_events()
        settings["metrics"] = self._hooks is not None and self._hooks._wants_metrics()
        settings["hook_bodies"] = bool(hook_bodies) and settings["hooks"]

        config = core.ClientConfig()
        problem = config.apply_json(json.dumps(settings, ensure_ascii=False))
        if problem:
            raise InvalidArgumentError(problem)
        config.seed = int.from_bytes(os.urandom(8), "little")
        self._client = core.Client(config)
        self.base_url = base_url
        self._transport = self._make_transport(http_client)
        self._init_resources()

    def _make_transport(self, http_client: Optional[str]) -> Any:
        return sync_transport(http_client)

    @property
    def http_client(self) -> str:
        """The HTTP client the calls go over: "httpx" or "http.client"."""
        return str(self._transport.name)

    def current_token(self) -> Optional[TokenInfo]:
        """The token the client holds now, when it refreshes its own (OAuthAuth, JWTAuth):
        a TokenInfo (access_token, refresh_token, expires_in, refreshes); None for a
        fixed token. Refresh tokens rotate on every refresh: store the latest one."""
        state = json.loads(self._client.token_json())
        if not state:
            return None
        return TokenInfo(
            str(state.get("access_token", "")),
            str(state.get("refresh_token", "")),
            int(state.get("expires_in", -1)),
            int(state.get("refreshes", 0)),
        )

    def health(self) -> ClientHealth:
        """The client's health now, as the core rates it (a ClientHealth view): ``state``
        of the circuit breaker ("closed", "open", "half_open"; "closed" when there is
        none), ``breaker`` (whether there is one), ``error_rate`` (the moving average,
        0 to 1) and ``rated`` (whether a slice with attempts has closed yet),
        ``attempts``/``failures`` in the last closed slice, ``current_attempts``/
        ``current_failures`` in the running one, ``total_attempts``/``total_failures``,
        ``open_ms_left`` (while open: until a probe may go), ``opened`` (how often it
        opened), ``rejected`` (attempts it refused), ``retries_spent`` and
        ``retry_budget_left`` (the RetryBudget's tokens). Safe from any thread."""
        return decode_model("ClientHealth", self._client.health_json(now_ms()))

    @staticmethod
    def operations() -> List[str]:
        """The operation names this build knows."""
        return list(core.supported_operations())

    def _call_params(
        self, op: str, params: Optional[Mapping[str, Any]], fields: Dict[str, Any]
    ) -> Tuple[str, Dict[str, Any]]:
        """call()'s parameters merged (FileUploads as file parts), and how `op` answers."""
        merged = _merge(params, fields)
        for name, value in list(merged.items()):
            if isinstance(value, FileUpload):
                merged[name] = file_part(name, value)
        kind = RESPONSE_KINDS.get(op, "json")
        if kind == "sse":
            raise InvalidArgumentError(f"{op} is a streaming operation: use {type(self).__name__}.stream")
        return kind, merged

    def _driver(
        self,
        op: str,
        response: str,
        params: Dict[str, Any],
        options: CallOptions = NO_OPTIONS,
        signer: Any = None,
        tools: Optional[Mapping[str, Tool]] = None,
    ) -> Any:
        """One core call of `op` with the per-call options, ready to run. `signer` signs the
        call's JWTs (an RS256Signer; default: the client's own, a JWTAuth's)."""
        if not isinstance(op, str):
            raise InvalidArgumentError("op must be a str")
        return self._driver_class(
            self._client,
            op,
            params,
            options,
            self._hooks,
            response,
            signer if signer is not None else self._signer,
            tools,
            self._transport,
        )

    # -- what the generated methods call ------------------------------------

    def _result(self, driver: Any) -> Any:
        """A non-streaming call's result: runs the driver to it (AsyncCoze: an awaitable of it)."""
        return run_to_result(driver)

    def _run(
        self, op: str, response: str, params: Dict[str, Any], options: CallOptions = NO_OPTIONS, signer: Any = None
    ) -> Any:
        """Starts `op` (the generated methods call this): a stream (``_stream_class``) when it
        streams, else its result (Coze), or an awaitable of it (AsyncCoze: ``_result``)."""
        driver = self._driver(op, response, params, options, signer)
        if response == "sse":
            return self._stream_class(driver)
        return self._result(driver)

    def _pages(
        self,
        op: str,
        items: str,
        has_more: Optional[str],
        total: Optional[str],
        params: Dict[str, Any],
        options: CallOptions = NO_OPTIONS,
    ) -> Any:
        """A pager (``_pager_class``) over the core's `op` flow (``<list op>.pages``), for the
        generated ``*_pages`` methods: each page's result holds its items in the field `items`,
        says whether more follow in `has_more` and counts all items in `total` (the fields the
        IR names; None: the result has none). Each page's request gets its own idempotency key.
        Nothing is sent until it is read."""
        # "sse": the flow's pages arrive as events; its DONE (the last page again) is not read.
        return self._pager_class(self._driver(op, "sse", params, options), items, has_more, total)

    def _poll(
        self, flow: str, params: Dict[str, Any], poll_interval: Optional[float], options: CallOptions = NO_OPTIONS
    ) -> Any:
        """A handle (``_poll_class``) on the core's poll `flow` (x-coze-poll: chat.create_and_poll),
        for the generated poll methods. The interval goes to the core in whole milliseconds, a
        fraction rounded up; the core rejects one under 1 ms. Nothing is sent until its result
        is asked for."""
        if poll_interval is not None:
            params["poll_interval_ms"] = _interval_ms(poll_interval)
        return self._poll_class(self._driver(flow, "json", params, options))

    def _run_tools(
        self,
        flow: str,
        params: Dict[str, Any],
        tools: Any,
        max_rounds: Optional[int],
        tool_timeout: Optional[float],
        tool_errors: Optional[str],
        options: CallOptions = NO_OPTIONS,
    ) -> Any:
        """A stream (``_stream_class``) over the core's tools `flow` (x-coze-tools: chat.run_tools),
        for the generated ``run_tools``: the chat's events, every round's, while the driver runs
        the tools' functions whenever the bot asks. `tools`: Tool objects (cozecore.tool) or
        plain functions (registered here as ``tool(function)``); tool_timeout in seconds, sent
        in whole milliseconds (a fraction rounded up). Nothing is sent until it is read."""
        if isinstance(tools, (Tool, str, bytes)) or callable(tools) or not hasattr(tools, "__iter__"):
            raise InvalidArgumentError("tools must be a list of tools (@cozecore.tool functions)")
        registered: Dict[str, Tool] = {}
        specs: List[Dict[str, Any]] = []
        for item in tools:
            t = as_tool(item)
            if t.name in registered:
                raise InvalidArgumentError(f"two tools are named '{t.name}'")
            registered[t.name] = t
            specs.append(t._spec())
        params["tools"] = specs
        if max_rounds is not None:
            params["max_rounds"] = max_rounds
        if tool_timeout is not None:
            if isinstance(tool_timeout, bool) or not isinstance(tool_timeout, (int, float)) or not tool_timeout > 0:
                raise InvalidArgumentError("tool_timeout must be a positive number of seconds")
            params["tool_timeout_ms"] = _interval_ms(tool_timeout)
        if tool_errors is not None:
            params["tool_errors"] = tool_errors
        return self._stream_class(self._driver(flow, "sse", params, options, tools=registered))

    # -- any operation -----------------------------------------------------

    def stream(
        self,
        op: str,
        params: Optional[Mapping[str, Any]] = None,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        idempotency_key: Optional[str] = None,
        idempotency: Optional[bool] = None,
        traceparent: Optional[str] = None,
        tracestate: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, str]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        **fields: Any,
    ) -> S:
        """Runs a streaming operation by name (e.g. "workflows.runs.stream"): an EventStream
        (Coze) or an AsyncEventStream (AsyncCoze)."""
        options = CallOptions(
            timeout=timeout,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
            idempotency=idempotency,
            traceparent=traceparent,
            tracestate=tracestate,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return self._run(op, "sse", _merge(params, fields), options)  # type: ignore[no-any-return]


class Coze(ClientBase[EventStream], Resources):
    """A Coze API client: every operation of the API is a method of a resource
    attribute (``coze.chat.create``, ``coze.conversations.messages.list``, ...;
    see cozecore._generated.resources), and ``call``/``stream`` run any by name.

    token: a personal access token or OAuth access token (never logged).
    auth: instead of token, how the client gets its tokens (cozecore.auth):
        TokenAuth (a fixed token), OAuthAuth (an OAuth token it refreshes itself)
        or JWTAuth (a service app: tokens from JWTs signed with its private key).
    base_url: https://api.coze.com (default) or https://api.coze.cn, or a self-hosted URL.
    Timeouts are in seconds; None keeps the library default. total_timeout
    bounds a whole call (attempts and back-off sleeps); by default there is none.
    idempotency_header: the header carrying one key per call (None: send none).
    http_client: the HTTP client the calls go over: None (the default) httpx when it
        is installed, else the standard library's http.client; or "httpx" or
        "http.client". httpx keeps connections open for the next calls: close() the
        client (or leave its ``with`` block) to close them.
    retry_budget: the client-wide RetryBudget (default RetryBudget()).
    rate_limit: a client-side RateLimit on attempts (default: none).
    health: HealthSettings, how the client rates the service's error rate
        (default HealthSettings(): alpha 0.3 over slices of 1000 ms).
    breaker: a circuit Breaker over that error rate; True: Breaker() (its defaults);
        None or False: none (the default). While it is open calls fail at once with
        CircuitOpenError. ``coze.health()`` reports the rate and the breaker's state.
    hooks: Hooks called for each request sent, response head, retry, finished call,
        change of health and measurement (on_metric: OpenTelemetry names, README
        "Metrics"; see cozecore.hooks); hook_bodies=True adds request bodies to
        request_sent events.
    allow_insecure_http: let an http:// base_url on another machine through. By
        default the core refuses it before anything is sent (InvalidArgumentError):
        the token would travel in clear text. Loopback hosts (localhost, 127.0.0.0/8,
        [::1]) need no option. Redirects are never followed, and TLS certificate and
        host name verification are always on (no option turns them off).
    """

    def __repr__(self) -> str:
        return f"Coze(base_url={self.base_url!r})"

    def close(self) -> None:
        """Closes the connections kept open (httpx); calls made later open new ones."""
        self._transport.close()

    def __enter__(self) -> "Coze":
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self.close()

    # -- any operation -----------------------------------------------------

    def call(
        self,
        op: str,
        params: Optional[Mapping[str, Any]] = None,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        idempotency_key: Optional[str] = None,
        idempotency: Optional[bool] = None,
        traceparent: Optional[str] = None,
        tracestate: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, str]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        upload_progress: Optional[Callable[[int, int], Any]] = None,
        output: Optional[BinaryOutput] = None,
        **fields: Any,
    ) -> Any:
        """Runs a non-streaming operation by name (e.g. "chat.retrieve") and returns its result:
        the result's typed view (cozecore.models), a list, None, or a BinaryResponse.

        Parameters go in `params` and/or as keywords, named as the API names
        them; the per-call options are those of every operation method. A file
        parameter is given as ``cozecore.FileUpload(...)`` (a path, bytes or a binary
        file, streamed while sending), or as the core's own dict. ``upload_progress``
        and ``output`` are those of the operation methods (uploads, audio).
        """
        kind, merged = self._call_params(op, params, fields)
        options = CallOptions(
            timeout=timeout,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
            idempotency=idempotency,
            traceparent=traceparent,
            tracestate=tracestate,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            upload_progress=upload_progress,
            output=output,
        )
        return self._run(op, kind, merged, options)


def _identity() -> Dict[str, str]:
    """Who is calling, for User-Agent and X-Coze-Client-User-Agent."""
    return {
        "lang": "python",
        "lang_version": platform.python_version(),
        "os_name": platform.system().lower() or "unknown",
        "os_version": platform.release(),
    }


_IDENTITY = _identity()


def _merge(params: Optional[Mapping[str, Any]], fields: Dict[str, Any]) -> Dict[str, Any]:
    merged: Dict[str, Any] = {}
    if params is not None:
        if not isinstance(params, Mapping):
            raise InvalidArgumentError("params must be a mapping")
        merged.update(params)
    merged.update(fields)
    return merged
