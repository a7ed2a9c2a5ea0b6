"""Local tools: @tool (the schema from type hints, or given), the output of a function, the
ToolError kind and the tool hooks (unit); chat.run_tools through the real driver against
tests/fake_coze's `tools` bot (end to end)."""

from __future__ import annotations

import gc
import json
import threading
import time
from typing import Any, Dict, List, Literal, Optional, Tuple

import pytest

import cozecore
from cozecore import Coze, HookEvent, Hooks, InvalidArgumentError, Tool, ToolError, tool
from cozecore._bridge import core
from cozecore.tools import output_of, run_tool

try:
    from typing import Annotated
except ImportError:  # pragma: no cover - Python 3.8
    Annotated = None  # type: ignore[assignment]


# -- registration: the schema from type hints -------------------------------------


def test_schema_from_type_hints_and_defaults():
    @tool
    def get_weather(
        city: str,
        unit: Literal["celsius", "fahrenheit"] = "celsius",
        days: int = 1,
        ratio: float = 0.5,
        alerts: bool = False,
        hours: Optional[List[int]] = None,
        tags: Dict[str, str] = {},  # noqa: B006 - a default is a value, never mutated here
        anything: Any = None,
    ) -> str:
        """The weather in a city.

        Everything after the first line stays out of the description.
        """
        return ""

    assert isinstance(get_weather, Tool)
    assert get_weather.name == "get_weather"
    assert get_weather.description == "The weather in a city."
    assert get_weather.parameters == {
        "type": "object",
        "properties": {
            "city": {"type": "string"},
            "unit": {"type": "string", "enum": ["celsius", "fahrenheit"], "default": "celsius"},
            "days": {"type": "integer", "default": 1},
            "ratio": {"type": "number", "default": 0.5},
            "alerts": {"type": "boolean", "default": False},
            "hours": {"type": ["array", "null"], "items": {"type": "integer"}},
            "tags": {"type": "object", "additionalProperties": {"type": "string"}, "default": {}},
            "anything": {},
        },
        "required": ["city"],
        "additionalProperties": False,
    }
    # The derived schema is the core's to check: it fills the defaults and refuses the rest.
    schema = json.dumps(get_weather.parameters)
    assert json.loads(core.tool_validate(schema, '{"city": "Paris"}')) == {
        "ok": True,
        "value": {"city": "Paris", "unit": "celsius", "days": 1, "ratio": 0.5, "alerts": False, "tags": {}},
    }
    assert not json.loads(core.tool_validate(schema, '{"city": "Paris", "unit": "kelvin"}'))["ok"]
    assert not json.loads(core.tool_validate(schema, '{"city": "Paris", "wind": true}'))["ok"]
    assert not json.loads(core.tool_validate(schema, "{}"))["ok"]
    assert json.loads(core.tool_validate(schema, '{"city": "Paris", "hours": null}'))["ok"]


def test_optional_is_not_required_and_accepts_null():
    @tool
    def f(a: Optional[str], b: Optional[Literal["x", "y"]] = None) -> None:
        """F."""

    assert "required" not in f.parameters
    assert f.parameters["properties"] == {
        "a": {"type": ["string", "null"]},
        "b": {"type": ["string", "null"], "enum": ["x", "y", None]},
    }


def test_more_hints_kwargs_and_no_docstring():
    def lookup(ids: List[str], *, limit: int = 10, **rest: Any) -> List[str]:
        return ids[:limit]

    registered = tool(lookup)
    assert registered.description == ""
    assert registered.parameters == {
        "type": "object",
        "properties": {
            "ids": {"type": "array", "items": {"type": "string"}},
            "limit": {"type": "integer", "default": 10},
        },
        "required": ["ids"],
    }  # **rest: other arguments are welcome, so no additionalProperties
    assert registered(["a", "b"], limit=1) == ["a"]  # a Tool still calls as its function


@pytest.mark.skipif(Annotated is None, reason="typing.Annotated is Python 3.9+")
def test_annotated_text_is_the_description():
    @tool
    def f(city: "Annotated[str, 'the city, in English']") -> str:  # noqa: F722
        return city

    assert f.parameters["properties"]["city"] == {"type": "string", "description": "the city, in English"}


def test_name_description_and_parameters_given():
    schema = {"type": "object", "properties": {"q": {"type": "string", "minLength": 1}}, "required": ["q"]}

    @tool(name="search", description="Searches the web.", parameters=schema)
    def anything(**arguments: Any) -> str:
        return arguments["q"]

    assert (anything.name, anything.description, anything.parameters) == ("search", "Searches the web.", schema)
    assert anything._spec() == {"name": "search", "parameters": schema, "description": "Searches the web."}
    schema["required"] = []  # the Tool kept its own copy
    assert anything.parameters["required"] == ["q"]


@pytest.mark.parametrize(
    "schema,keyword",
    [
        ({"type": "object", "properties": {"a": {"type": "string", "nullable": True}}}, "nullable"),
        ({"type": "object", "if": {"required": ["a"]}}, '"if"'),
        ({"type": "object", "properties": {"a": {"pattern": "(?i)x"}}}, "pattern"),
        ({"type": "object", "properties": {"n": {"type": "integer", "minimum": "1"}}}, "minimum"),
    ],
)
def test_a_schema_the_core_refuses_fails_at_registration(schema, keyword):
    with pytest.raises(InvalidArgumentError) as refused:

        @tool(parameters=schema)
        def f(**kw: Any) -> None:
            pass

    assert "tool 'f'" in str(refused.value) and keyword in str(refused.value)
    assert refused.value.kind == "invalid_argument"


class Point:
    pass


def test_what_cannot_become_a_schema_fails_at_registration():
    def takes_a_point(p: Point) -> None:
        pass

    with pytest.raises(InvalidArgumentError, match="parameter 'p'.*parameters="):
        tool(takes_a_point)

    def positional(a: int, /) -> None:  # noqa: E225 - 3.8 syntax
        pass

    with pytest.raises(InvalidArgumentError, match="positional-only"):
        tool(positional)
    with pytest.raises(InvalidArgumentError, match="a tool needs a name"):
        tool(lambda city: city)
    with pytest.raises(InvalidArgumentError, match="must be a JSON Schema object"):
        tool(name="x", parameters=[1])(lambda **k: None)
    with pytest.raises(InvalidArgumentError, match="not JSON"):
        tool(name="x", parameters={"default": object()})(lambda **k: None)
    with pytest.raises(InvalidArgumentError, match="callable"):
        Tool("not a function")


# -- a function's output ------------------------------------------------------------


def test_return_values_become_outputs():
    assert output_of("plain text, sent as is") == (True, "plain text, sent as is")
    assert output_of('{"already": "json"}') == (True, '{"already": "json"}')
    assert output_of({"temp": 21, "unit": "°C", "ok": True}) == (True, '{"temp":21,"unit":"°C","ok":true}')
    assert output_of([1, 2.5, None]) == (True, "[1,2.5,null]")
    assert output_of(None) == (True, "null")
    assert output_of(42) == (True, "42")
    chat = cozecore.Chat.parse('{"id": "1", "status": "completed"}')  # a view goes back as its JSON
    assert output_of({"chat": chat}) == (True, '{"chat":{"id":"1","status":"completed"}}')
    ok, why = output_of({"x": object()})
    assert not ok and "not JSON" in why
    assert output_of(float("nan"))[0] is False


def test_what_a_function_raises_becomes_the_error_message():
    def boom(city: str) -> str:
        raise ValueError(f"no weather for {city}")

    def silent() -> str:
        raise KeyError

    def exits() -> str:
        raise SystemExit(3)

    assert run_tool(boom, {"city": "Atlantis"}) == (False, "no weather for Atlantis")
    assert run_tool(silent, {}) == (False, "KeyError")
    assert run_tool(exits, {}) == (False, "3")  # never the program's exit
    assert run_tool(lambda value: value * 2, 21) == (True, "42")  # arguments that are no object: positional
    assert run_tool(lambda **kw: kw, {"a": 1}) == (True, '{"a":1}')


# -- the error kind and the hooks ------------------------------------------------------


def test_tool_error_kind():
    assert cozecore.error_class_for_kind("tool") is ToolError
    assert issubclass(ToolError, cozecore.CozeError)
    err = core.Error()
    err.kind, err.message, err.severity = "tool", "tool 'get_time' failed: boom; the chat was cancelled", "warning"
    raised = cozecore.errors.from_core(err)
    assert type(raised) is ToolError
    assert (raised.kind, raised.retryable, raised.severity) == ("tool", False, "warning")
    assert str(raised) == "tool 'get_time' failed: boom; the chat was cancelled"
    assert core.error_severity("tool", 0, False) == "warning"
    assert ToolError("made by hand").severity == "warning"


def test_hook_event_carries_the_tool_fields():
    h = core.HookEvent()
    h.kind, h.op, h.tool, h.tool_call_id, h.outcome, h.duration_ms = (
        "tool_finished",
        "chat.run_tools",
        "get_time",
        "call_1",
        "timeout",
        250,
    )
    event = HookEvent._from_core(h)
    assert (event.kind, event.tool, event.tool_call_id, event.outcome, event.duration_ms) == (
        "tool_finished",
        "get_time",
        "call_1",
        "timeout",
        250,
    )
    seen: List[str] = []
    hooks = Hooks(on_tool_called=lambda e: seen.append("called"), on_tool_finished=lambda e: seen.append(e.outcome))
    assert hooks._wants_events() and not hooks._wants_metrics()
    hooks._dispatch([HookEvent._from_core(h)])
    assert seen == ["timeout"]
    assert json.loads(core.hook_event_json(h))["outcome"] == "timeout"


# -- run_tools end to end, against the fake `tools` bot -----------------------------------


def _messages(text="What is the weather in Paris?"):
    return [{"role": "user", "content": text, "content_type": "text"}]


def _client(fake, **kwargs):
    kwargs.setdefault("max_retries", 0)
    return Coze(token="pat_tools", base_url=fake.base_url, **kwargs)


def _answer(events) -> str:
    return "".join(e.content for e in events if e.type == "conversation.message.delta")


def _paths(fake) -> List[str]:
    return [r["path"] for r in fake.requests()]


def test_run_tools_runs_both_functions_concurrently_and_streams_the_answer(fake):
    both_started = threading.Barrier(2, timeout=5)  # each function waits for the other: they must overlap
    ran: Dict[str, Any] = {}
    hooks: List[HookEvent] = []
    threads = set()

    @tool
    def get_weather(city: str, unit: Literal["celsius", "fahrenheit"] = "celsius") -> dict:
        """The weather in a city now."""
        threads.add(threading.get_ident())
        both_started.wait()
        ran["get_weather"] = {"city": city, "unit": unit}
        return {"city": city, "temperature": 21, "unit": unit}

    @tool
    def get_time(tz: str) -> str:
        """The time in a time zone."""
        threads.add(threading.get_ident())
        both_started.wait()
        ran["get_time"] = {"tz": tz}
        return "14:05"

    coze = _client(fake, hooks=Hooks(on_tool_called=hooks.append, on_tool_finished=hooks.append))
    with coze.chat.run_tools(
        bot_id="tools", user_id="u1", additional_messages=_messages(), tools=[get_weather, get_time]
    ) as stream:
        events = list(stream)

    answer = _answer(events)
    assert (
        answer == 'Tool outputs: get_weather -> {"city":"Paris","temperature":21,"unit":"celsius"}; get_time -> 14:05'
    )
    assert ran == {"get_weather": {"city": "Paris", "unit": "celsius"}, "get_time": {"tz": "Europe/Paris"}}
    assert len(threads) == 2 and threading.get_ident() not in threads
    types = [e.type for e in events]
    assert types.count("done") == 1 and types[-1] == "done"  # the first round's done is the core's
    assert types.index("conversation.chat.requires_action") < types.index("conversation.message.delta")
    assert types[-2] == "conversation.chat.completed" and stream.logid

    paths = _paths(fake)
    assert paths == ["/v3/chat", "/v3/chat/submit_tool_outputs"]
    submitted = json.loads(fake.requests()[1]["body"])
    assert submitted["stream"] is True
    assert [o["output"] for o in submitted["tool_outputs"]] == [
        '{"city":"Paris","temperature":21,"unit":"celsius"}',
        "14:05",
    ]

    called = [(h.tool, h.op) for h in hooks if h.kind == "tool_called"]
    finished = {h.tool: h for h in hooks if h.kind == "tool_finished"}
    assert sorted(called) == [("get_time", "chat.run_tools"), ("get_weather", "chat.run_tools")]
    assert set(finished) == {"get_weather", "get_time"}
    assert all(h.outcome == "ok" and h.tool_call_id.startswith("call_") and h.message == "" for h in finished.values())
    assert all(h.duration_ms is not None and 0 <= h.duration_ms < 5000 for h in finished.values())
    assert [h.kind for h in hooks][:2] == ["tool_called", "tool_called"]  # before any function finished
    assert all(h.body == "" for h in hooks)  # arguments only with hook_bodies


def test_hook_bodies_carry_the_arguments_with_defaults(fake):
    bodies: Dict[str, str] = {}

    @tool
    def get_weather(city: str, unit: str = "celsius") -> str:
        return "sunny"

    def get_time(tz: str) -> str:  # a plain function is registered as tool(get_time)
        return "noon"

    coze = _client(fake, hooks=Hooks(on_tool_called=lambda e: bodies.update({e.tool: e.body})), hook_bodies=True)
    events = list(coze.chat.run_tools(bot_id="tools", user_id="u1", tools=[get_weather, get_time]))
    assert _answer(events) == "Tool outputs: get_weather -> sunny; get_time -> noon"
    assert json.loads(bodies["get_weather"]) == {"city": "Paris", "unit": "celsius"}
    assert json.loads(bodies["get_time"]) == {"tz": "Europe/Paris"}


def test_a_raising_function_is_answered_with_its_error(fake):
    outcomes: List[Tuple[str, str, str]] = []

    @tool
    def get_weather(city: str) -> str:
        raise RuntimeError(f"the weather service is down for {city}")

    @tool
    def get_time(tz: str) -> Dict[str, str]:
        return {"tz": tz, "time": "09:00"}

    coze = _client(fake, hooks=Hooks(on_tool_finished=lambda e: outcomes.append((e.tool, e.outcome, e.message))))
    events = list(coze.chat.run_tools(bot_id="tools", user_id="u1", tools=[get_weather, get_time]))
    answer = _answer(events)
    assert answer == (
        'Tool outputs: get_weather -> {"error":"tool \'get_weather\' failed: the weather service is down for Paris"};'
        ' get_time -> {"tz":"Europe/Paris","time":"09:00"}'
    )
    assert sorted(outcomes) == [
        ("get_time", "ok", ""),
        ("get_weather", "error", "tool 'get_weather' failed: the weather service is down for Paris"),
    ]


def test_a_function_that_returns_no_json_is_an_error(fake):
    events = list(
        _client(fake).chat.run_tools(
            bot_id="tools",
            user_id="u1",
            tools=[tool(lambda city: object(), name="get_weather"), tool(lambda tz: None, name="get_time")],
        )
    )
    answer = _answer(events)
    assert answer.startswith('Tool outputs: get_weather -> {"error":"tool \'get_weather\' failed: the tool returned')
    assert answer.endswith("; get_time -> null")


def test_a_hung_function_times_out_and_the_call_ends_promptly(fake):
    release = threading.Event()
    outcomes: Dict[str, str] = {}

    @tool
    def get_weather(city: str) -> str:
        release.wait(30)  # hangs until the test is over
        return "too late"

    @tool
    def get_time(tz: str) -> str:
        return "10:00"

    coze = _client(fake, hooks=Hooks(on_tool_finished=lambda e: outcomes.update({e.tool: e.outcome})))
    started = time.monotonic()
    try:
        events = list(
            coze.chat.run_tools(bot_id="tools", user_id="u1", tools=[get_weather, get_time], tool_timeout=0.3)
        )
    finally:
        release.set()
    elapsed = time.monotonic() - started
    assert elapsed < 5, elapsed
    assert _answer(events) == (
        'Tool outputs: get_weather -> {"error":"tool \'get_weather\' did not finish within 300 ms"}; get_time -> 10:00'
    )
    assert outcomes == {"get_weather": "timeout", "get_time": "ok"}


def test_tool_errors_fail_cancels_the_chat_and_raises_tool_error(fake):
    @tool
    def get_weather(city: str) -> str:
        raise ValueError("no such city")

    @tool
    def get_time(tz: str) -> str:
        return "11:00"

    stream = _client(fake).chat.run_tools(
        bot_id="tools", user_id="u1", tools=[get_weather, get_time], tool_errors="fail"
    )
    with pytest.raises(ToolError) as failed:
        list(stream)
    assert failed.value.kind == "tool" and failed.value.severity == "warning" and not failed.value.retryable
    assert "tool 'get_weather' failed: no such city" in failed.value.message
    assert _paths(fake) == ["/v3/chat", "/v3/chat/cancel"]


def test_an_unknown_tool_is_answered_by_the_core(fake):
    ran: List[str] = []

    @tool
    def get_weather(city: str) -> str:
        ran.append(city)
        return "rain"

    events = list(_client(fake).chat.run_tools(bot_id="tools", user_id="u1", tools=[get_weather]))
    assert _answer(events) == ('Tool outputs: get_weather -> rain; get_time -> {"error":"unknown tool \'get_time\'"}')
    assert ran == ["Paris"]


def test_closing_the_stream_while_tools_run_ends_the_call_as_cancelled(fake):
    running = threading.Event()
    release = threading.Event()

    @tool
    def get_weather(city: str) -> str:
        running.set()
        release.wait(30)
        return "late"

    @tool
    def get_time(tz: str) -> str:
        return "12:00"

    called: List[str] = []
    coze = _client(fake, hooks=Hooks(on_tool_called=lambda e: called.append(e.tool)))
    stream = coze.chat.run_tools(bot_id="tools", user_id="u1", tools=[get_weather, get_time])
    closer = threading.Thread(target=lambda: (running.wait(10), stream.close()))
    closer.start()
    started = time.monotonic()
    try:
        types = [e.type for e in stream]  # ends when close() comes from the other thread
    finally:
        release.set()
        closer.join(10)
    assert time.monotonic() - started < 5
    assert "conversation.chat.requires_action" in types and "done" not in types
    assert stream.closed
    assert sorted(called) == ["get_time", "get_weather"]
    assert "/v3/chat/submit_tool_outputs" not in _paths(fake)


def test_run_tools_refuses_bad_input_before_sending(fake):
    coze = _client(fake)

    @tool
    def get_time(tz: str) -> str:
        return ""

    with pytest.raises(InvalidArgumentError, match="list of tools"):
        coze.chat.run_tools(bot_id="tools", user_id="u1", tools=get_time)
    with pytest.raises(InvalidArgumentError, match="two tools are named 'get_time'"):
        coze.chat.run_tools(bot_id="tools", user_id="u1", tools=[get_time, get_time])
    with pytest.raises(InvalidArgumentError, match="tool_timeout"):
        coze.chat.run_tools(bot_id="tools", user_id="u1", tools=[get_time], tool_timeout=0)
    with pytest.raises(InvalidArgumentError, match="tools must be Tool objects"):
        coze.chat.run_tools(bot_id="tools", user_id="u1", tools=["get_time"])
    # What the core checks fails the call when it is read, before anything is sent.
    for kwargs, text in (
        ({"max_rounds": 0}, "max_rounds"),
        ({"tool_errors": "ignore"}, "tool_errors"),
        ({"tools": []}, "non-empty"),
    ):
        args = dict({"tools": [get_time]}, **kwargs)
        with pytest.raises(InvalidArgumentError, match=text):
            list(coze.chat.run_tools(bot_id="tools", user_id="u1", **args))
    assert fake.requests() == []


def test_run_tools_releases_every_core_call(fake):
    def live() -> int:
        gc.collect()
        return core.live_calls()

    before = live()

    @tool
    def get_weather(city: str) -> str:
        return "fog"

    @tool
    def get_time(tz: str) -> str:
        raise RuntimeError("clock stopped")

    coze = _client(fake)
    for errors in ("output", "fail"):
        try:
            list(coze.chat.run_tools(bot_id="tools", user_id="u1", tools=[get_weather, get_time], tool_errors=errors))
        except ToolError:
            pass
    with coze.chat.run_tools(bot_id="tools", user_id="u1", tools=[get_weather, get_time]) as stream:
        next(stream)
    del stream, coze
    assert live() == before


def test_run_tools_is_generated_beside_chat_create():
    import inspect

    create = inspect.signature(cozecore._generated.resources.ChatResource.create)
    run = inspect.signature(cozecore._generated.resources.ChatResource.run_tools)
    required = [n for n, p in run.parameters.items() if p.default is inspect.Parameter.empty and n != "self"]
    assert required == ["bot_id", "user_id", "tools"]
    assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for n, p in run.parameters.items() if n != "self")
    own = {"tools", "max_rounds", "tool_timeout", "tool_errors"}
    assert set(run.parameters) - own == set(create.parameters) - {"idempotency_key"}
    assert "stream" not in run.parameters
    assert run.return_annotation in ("EventStream", cozecore.EventStream)
