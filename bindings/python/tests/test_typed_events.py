"""Typed chat and workflow events: the core's decoding on real payloads, then end to end through the client."""

from __future__ import annotations

import base64
import json

import pytest

from cozecore import (
    APIError,
    BadRequestError,
    Chat,
    ChatEvent,
    ChatToolCall,
    Coze,
    DecodeError,
    DoneEvent,
    Message,
    MessageEvent,
    NotFoundError,
    StreamError,
    StreamEvent,
    WorkflowInterruptData,
    WorkflowInterruptStreamEvent,
    WorkflowMessageStreamEvent,
    WorkflowRunResult,
    decode_event,
)

REQUIRES_ACTION = {
    "id": "7401",
    "conversation_id": "7400",
    "bot_id": "b1",
    "created_at": 1718000000,
    "status": "requires_action",
    "section_id": "7402",
    "required_action": {
        "type": "submit_tool_outputs",
        "submit_tool_outputs": {
            "tool_calls": [
                {
                    "id": "call_1",
                    "type": "function",
                    "function": {"name": "get_weather", "arguments": '{"city":"Paris"}'},
                },
                {
                    "id": "call_2",
                    "type": "function",
                    "function": {"name": "get_time", "arguments": '{"tz":"Europe/Paris"}'},
                },
            ]
        },
    },
    "usage": {"token_count": 12, "output_count": 5, "input_count": 7},
}
# Bytes 00 01 02 fd fe ff.
AUDIO_DELTA = {
    "id": "m1",
    "conversation_id": "7400",
    "bot_id": "b1",
    "chat_id": "7401",
    "role": "assistant",
    "type": "answer",
    "content": "AAEC/f7/",
    "content_type": "audio",
}
AUDIO_BYTES = bytes([0, 1, 2, 0xFD, 0xFE, 0xFF])
WORKFLOW_MESSAGE = {
    "content": "Hello",
    "content_type": "text",
    "node_title": "End",
    "node_seq_id": "0",
    "node_is_finish": True,
    "ext": {"k": "v"},
    "usage": {"token_count": 3, "output_count": 2, "input_count": 1},
}
WORKFLOW_INTERRUPT = {
    "interrupt_data": {"event_id": "ev_7", "type": 2, "data": '{"question":"City?"}'},
    "node_title": "Question",
}
DEBUG_URL = "https://www.coze.com/work_flow?execute_id=9"


def _wire(value) -> str:
    return json.dumps(value, separators=(",", ":"))


# -- decoders ------------------------------------------------------------------


def _chat_event(name: str, payload) -> object:
    return decode_event("chat.stream", name, payload if isinstance(payload, str) else _wire(payload))


def _workflow_event(name: str, payload) -> object:
    return decode_event("workflows.runs.stream", name, payload if isinstance(payload, str) else _wire(payload))


def test_requires_action_has_two_tool_calls():
    event = _chat_event("conversation.chat.requires_action", REQUIRES_ACTION)
    assert isinstance(event, ChatEvent) and isinstance(event.data, Chat)
    assert event.status == "requires_action"
    assert event.required_action.type == "submit_tool_outputs"
    assert event.usage.to_dict() == {"token_count": 12, "output_count": 5, "input_count": 7}
    assert event.created_at == 1718000000
    calls = event.required_action.submit_tool_outputs.tool_calls
    assert all(isinstance(c, ChatToolCall) for c in calls)
    assert [(c.id, c.type, c.function.name, c.function.arguments) for c in calls] == [
        ("call_1", "function", "get_weather", '{"city":"Paris"}'),
        ("call_2", "function", "get_time", '{"tz":"Europe/Paris"}'),
    ]
    assert json.loads(calls[1].function.arguments) == {"tz": "Europe/Paris"}


def test_tool_calls_are_read_leniently():
    event = _chat_event(
        "conversation.chat.requires_action",
        {
            "id": 7,
            "required_action": {
                "submit_tool_outputs": {
                    "tool_calls": [{"id": "x", "function": {"name": "f", "arguments": {"a": 1}}}, 5, "junk"]
                }
            },
        },
    )
    assert event.id == "7"
    calls = event.required_action.submit_tool_outputs.tool_calls
    assert calls[0].function.arguments == '{"a":1}'  # a string field keeps an object as its JSON text
    assert calls[0].type is None
    assert calls[1:] == [None, None]  # items that are no object read as None in their place
    assert _chat_event("conversation.chat.completed", '{"id":"1"}').required_action is None


def test_message_events_carry_a_message():
    event = _chat_event(
        "conversation.message.delta", {**AUDIO_DELTA, "content_type": "text", "content": "Hi 👋", "created_at": "17"}
    )
    assert isinstance(event, MessageEvent) and isinstance(event.data, Message)
    assert event.content == "Hi 👋" == event.data.content
    assert (event.role, event.chat_id, event.created_at) == ("assistant", "7401", 17)
    assert event.type == "conversation.message.delta" and event.data.type == "answer"
    assert event.data.id == "m1" and event.sse_id == ""


def test_audio_delta_is_a_message_with_base64_content():
    event = _chat_event("conversation.audio.delta", AUDIO_DELTA)
    assert isinstance(event, MessageEvent)
    assert event.content_type == "audio"
    assert base64.b64decode(event.content) == AUDIO_BYTES


def test_done_exposes_the_debug_url():
    assert _chat_event("done", {"debug_url": DEBUG_URL}).debug_url == DEBUG_URL
    for data in ("{}", '"[DONE]"'):
        event = _chat_event("done", data)
        assert isinstance(event, DoneEvent)
        assert event.debug_url is None


def test_error_event_ends_the_stream_with_its_code():
    with pytest.raises(StreamError) as info:
        _chat_event("error", '{"code":5000,"msg":"model overloaded"}')
    assert info.value.code == 5000 and "model overloaded" in info.value.message


def test_workflow_message_event():
    event = _workflow_event("Message", WORKFLOW_MESSAGE)
    assert isinstance(event, WorkflowMessageStreamEvent) and event.type == "Message"
    assert event.content == "Hello"
    assert (event.content_type, event.node_title, event.node_seq_id, event.node_is_finish) == ("text", "End", "0", True)
    assert event.ext == {"k": "v"}
    assert event.usage.to_dict() == {"token_count": 3, "output_count": 2, "input_count": 1}


def test_workflow_interrupt_error_done_ping():
    interrupt = _workflow_event("Interrupt", WORKFLOW_INTERRUPT)
    assert isinstance(interrupt, WorkflowInterruptStreamEvent)
    assert isinstance(interrupt.interrupt_data, WorkflowInterruptData)
    data = interrupt.interrupt_data
    assert (data.event_id, data.type, data.data) == ("ev_7", 2, '{"question":"City?"}')
    assert interrupt.node_title == "Question"

    with pytest.raises(StreamError) as info:
        _workflow_event("Error", '{"error_code":6006,"error_message":"code node timed out"}')
    assert info.value.code == 6006

    done = _workflow_event("Done", {"debug_url": DEBUG_URL})
    assert isinstance(done, DoneEvent) and done.debug_url == DEBUG_URL
    assert _workflow_event("Done", "{}").debug_url is None
    ping = _workflow_event("PING", "{}")
    assert type(ping) is StreamEvent and ping.type == "PING" and ping.data == {}


@pytest.mark.parametrize("name", ["message", "MESSAGE", "Message"])
def test_workflow_names_match_case_insensitively(name):
    event = _workflow_event(name, WORKFLOW_MESSAGE)
    assert isinstance(event, WorkflowMessageStreamEvent)
    assert event.content == "Hello"


def test_unknown_and_malformed_workflow_events_stay_raw():
    unknown = _workflow_event("node_start", '{"node":"n1"}')
    assert type(unknown) is StreamEvent
    assert (unknown.type, unknown.data) == ("node_start", {"node": "n1"})
    assert not hasattr(unknown, "content")
    for data in ("[1,2]", '"text"', "{bad"):
        with pytest.raises(DecodeError):  # a typed event's payload must be an object
            _workflow_event("Message", data)
    sparse = _workflow_event("Message", "{}")
    assert isinstance(sparse, WorkflowMessageStreamEvent)
    assert sparse.content is None and sparse.node_is_finish is None
    assert _workflow_event("Message", '{"content":{"a":1}}').content == '{"a":1}'
    assert _workflow_event("Interrupt", '{"interrupt_data":7}').interrupt_data is None


# -- end to end, on the fake server's routes for tool calls, audio and workflows


DEBUG_URL_PREFIX = "https://www.coze.com/work_flow?execute_id="


def _client(fake):
    return Coze(token="pat_e2e", base_url=fake.base_url, max_retries=0)


def _user(text: str) -> list:
    return [{"role": "user", "content": text, "content_type": "text"}]


def test_requires_action_then_submit_tool_outputs_stream(fake):
    coze = _client(fake)
    with coze.chat.stream(bot_id="tools", user_id="u1", additional_messages=_user("weather in Paris?")) as s:
        events = list(s)
    assert [type(e) for e in events] == [ChatEvent, ChatEvent, MessageEvent, MessageEvent, ChatEvent, DoneEvent]
    assert [e.type for e in events] == [
        "conversation.chat.created",
        "conversation.chat.in_progress",
        "conversation.message.completed",
        "conversation.message.completed",
        "conversation.chat.requires_action",
        "done",
    ]
    assert [e.data.type for e in events[2:4]] == ["function_call", "function_call"]
    assert [json.loads(e.content)["name"] for e in events[2:4]] == ["get_weather", "get_time"]
    chat = events[4].data
    assert (chat.status, chat.bot_id, chat.required_action.type) == ("requires_action", "tools", "submit_tool_outputs")
    calls = chat.required_action.submit_tool_outputs.tool_calls
    assert [(c.type, c.function.name, c.function.arguments) for c in calls] == [
        ("function", "get_weather", '{"city":"Paris"}'),
        ("function", "get_time", '{"tz":"Europe/Paris"}'),
    ]
    assert all(c.id.startswith("call_") for c in calls) and calls[0].id != calls[1].id

    # Answer both calls: the chat goes on and answers with the outputs, in the order sent.
    results = {"get_weather": "sunny", "get_time": "12:00"}
    outputs = [{"tool_call_id": c.id, "output": results[c.function.name]} for c in calls]
    params = {"conversation_id": chat.conversation_id, "chat_id": chat.id, "tool_outputs": outputs}
    events = list(coze.chat.submit_tool_outputs_stream(**params))
    answer = "Tool outputs: get_weather -> sunny; get_time -> 12:00"
    assert "".join(e.content for e in events if e.type == "conversation.message.delta") == answer
    assert events[0].type == "conversation.chat.in_progress"
    assert [e.type for e in events[-3:]] == ["conversation.message.completed", "conversation.chat.completed", "done"]
    assert events[-3].content == answer
    done_chat = events[-2]
    assert (done_chat.id, done_chat.conversation_id, done_chat.status) == (chat.id, chat.conversation_id, "completed")
    assert done_chat.required_action is None
    assert events[-1].debug_url is None and events[-1].data.to_dict() == {}  # the chat's own "[DONE]"

    log = fake.requests()
    assert [r["path"] for r in log] == ["/v3/chat", "/v3/chat/submit_tool_outputs"]
    assert log[1]["query"] == {"conversation_id": chat.conversation_id, "chat_id": chat.id}
    body = json.loads(log[1]["body"])
    assert body["stream"] is True
    assert body["tool_outputs"] == outputs

    # The outputs are taken once: submitting again is a bad request (Coze code 4000).
    with pytest.raises(BadRequestError) as info:
        coze.chat.submit_tool_outputs(**params)
    assert info.value.code == 4000 and info.value.logid


def test_audio_deltas_carry_the_audio_bytes(fake):
    with _client(fake).chat.stream(bot_id="audio", user_id="u1", additional_messages=_user("sing")) as s:
        events = list(s)
    audio = [e for e in events if e.type == "conversation.audio.delta"]
    assert len(audio) == 4 and {e.content_type for e in audio} == {"audio"}
    assert b"".join(base64.b64decode(e.content) for e in audio) == bytes(range(256))
    assert "".join(e.content for e in events if e.type == "conversation.message.delta") == "Echo: sing"
    assert events[-2].status == "completed" and events[-1].type == "done"


def test_workflow_stream_then_resume(fake):
    coze = _client(fake)
    with coze.workflows.runs.stream(workflow_id="interrupt", parameters={"input": "weather"}) as stream:
        events = list(stream)
    # The echo in Message pieces, a PING after the first, and the Interrupt that
    # ends the stream (no Done: the run waits for input).
    types = [e.type for e in events]
    assert types[:2] == ["Message", "PING"] and types[-1] == "Interrupt"
    assert set(types[2:-1]) == {"Message"}
    messages = [e for e in events if e.type == "Message"]
    assert all(isinstance(e, WorkflowMessageStreamEvent) for e in messages)
    assert "".join(e.content for e in messages) == "Echo: weather"
    assert {e.node_title for e in messages} == {"Message"}
    assert [e.node_is_finish for e in messages] == [False] * (len(messages) - 1) + [True]
    interrupt = events[-1]
    assert isinstance(interrupt, WorkflowInterruptStreamEvent)
    assert interrupt.node_title == "Question"
    data = interrupt.interrupt_data
    assert data.type == 2 and data.event_id
    assert json.loads(data.data) == {"question": "Which city?"}

    # Resume with what the Interrupt said: the run echoes the answer and ends with Done.
    resume = {
        "workflow_id": "interrupt",
        "event_id": data.event_id,
        "resume_data": "Paris",
        "interrupt_type": data.type,
    }
    resumed = list(coze.workflows.runs.resume(**resume))
    echoed = [e.content for e in resumed if e.type == "Message" and e.node_title == "Message"]
    assert "".join(echoed) == "Echo: Paris"
    end = resumed[-2]
    assert (end.node_title, end.node_is_finish) == ("End", True)
    assert json.loads(end.content) == {"output": "Echo: Paris"}
    assert end.usage.to_dict() == {"token_count": 16, "output_count": 11, "input_count": 5}
    assert isinstance(resumed[-1], DoneEvent) and resumed[-1].type == "Done"
    assert resumed[-1].debug_url.startswith(DEBUG_URL_PREFIX)
    assert resumed[-1].debug_url.endswith("&workflow_id=interrupt")

    log = fake.requests()
    assert [r["path"] for r in log] == ["/v1/workflow/stream_run", "/v1/workflow/stream_resume"]
    body = json.loads(log[1]["body"])
    assert (body["event_id"], body["interrupt_type"], body["resume_data"]) == (data.event_id, 2, "Paris")

    # The run has gone on: the same event cannot be resumed again (Coze code 4200).
    with pytest.raises(NotFoundError) as info:
        list(coze.workflows.runs.resume(**resume))
    assert info.value.code == 4200


def test_lower_case_workflow_events_come_in_the_api_spelling(fake):
    with _client(fake).workflows.runs.stream(workflow_id="lowercase", parameters={"input": "hi"}) as stream:
        events = list(stream)
    assert [e.type for e in events] == ["Message", "PING", "Message", "Message", "Message", "Done"]
    assert "".join(e.content for e in events[:-2] if e.type == "Message") == "Echo: hi"
    assert events[-1].debug_url.startswith(DEBUG_URL_PREFIX)


def test_workflow_error_event_is_a_stream_error(fake):
    coze = _client(fake)
    got = []
    with pytest.raises(StreamError) as info:
        for event in coze.workflows.runs.stream(workflow_id="error", parameters={"input": "hello world"}):
            got.append(event.type)
    assert got == ["Message", "PING", "Message"]
    assert info.value.code == 6006
    assert info.value.message == "workflow code node timed out"
    assert not info.value.retryable

    # Run without streaming, the same failure is the answer's code.
    with pytest.raises(APIError) as info:
        coze.workflows.runs.create(workflow_id="error")
    assert info.value.kind == "api"
    assert (info.value.code, info.value.message) == (6006, "workflow code node timed out")
    assert info.value.logid


def test_workflow_create_and_workflow_chat(fake):
    coze = _client(fake)
    run = coze.workflows.runs.create(workflow_id="wf_echo", parameters={"input": "hello"})
    assert isinstance(run, WorkflowRunResult)
    assert run.data == {"output": "Echo: hello"}  # sent as JSON text, read as JSON
    assert run.execute_id
    assert run.debug_url == DEBUG_URL_PREFIX + run.execute_id + "&workflow_id=wf_echo"
    assert run.usage.to_dict() == {"token_count": 16, "output_count": 11, "input_count": 5}
    assert run.logid

    events = list(coze.workflows.chat.stream(workflow_id="wf_echo", bot_id="b1", additional_messages=_user("hi")))
    assert [e.type for e in events] == [
        "conversation.chat.created",
        "conversation.chat.in_progress",
        "conversation.message.delta",
        "conversation.message.delta",
        "conversation.message.delta",
        "conversation.message.completed",
        "conversation.chat.completed",
        "done",
    ]
    assert "".join(e.content for e in events if e.type == "conversation.message.delta") == "Echo: hi"
    chat = events[-2]
    assert isinstance(chat, ChatEvent)
    assert (chat.status, chat.bot_id, chat.usage.input_count) == ("completed", "b1", 2)
    assert events[-1].debug_url == DEBUG_URL_PREFIX + chat.id + "&workflow_id=wf_echo"

    log = fake.requests()
    assert [r["path"] for r in log] == ["/v1/workflow/run", "/v1/workflows/chat"]
    assert json.loads(log[1]["body"])["workflow_id"] == "wf_echo"
