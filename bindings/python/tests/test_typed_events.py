"""Typed chat and workflow events: the decoders on real payloads, then end to end through the client."""

from __future__ import annotations

import json

import pytest

from cozecore import (
    APIError,
    BadRequestError,
    Chat,
    ChatEvent,
    Coze,
    DecodeError,
    Message,
    NotFoundError,
    StreamError,
    ToolCall,
    ToolCallFunction,
    Usage,
    WorkflowEvent,
    WorkflowInterruptData,
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
                {"id": "call_1", "type": "function",
                 "function": {"name": "get_weather", "arguments": '{"city":"Paris"}'}},
                {"id": "call_2", "type": "function",
                 "function": {"name": "get_time", "arguments": '{"tz":"Europe/Paris"}'}},
            ]
        },
    },
    "usage": {"token_count": 12, "output_count": 5, "input_count": 7},
}
# Bytes 00 01 02 fd fe ff.
AUDIO_DELTA = {"id": "m1", "conversation_id": "7400", "bot_id": "b1", "chat_id": "7401", "role": "assistant",
               "type": "answer", "content": "AAEC/f7/", "content_type": "audio"}
AUDIO_BYTES = bytes([0, 1, 2, 0xFD, 0xFE, 0xFF])
WORKFLOW_MESSAGE = {"content": "Hello", "content_type": "text", "node_title": "End", "node_seq_id": "0",
                    "node_is_finish": True, "ext": {"k": "v"},
                    "usage": {"token_count": 3, "output_count": 2, "input_count": 1}}
WORKFLOW_INTERRUPT = {"interrupt_data": {"event_id": "ev_7", "type": 2, "data": '{"question":"City?"}'},
                      "node_title": "Question"}
DEBUG_URL = "https://www.coze.com/work_flow?execute_id=9"


def _wire(value) -> str:
    return json.dumps(value, separators=(",", ":"))


# -- decoders ------------------------------------------------------------------


def test_requires_action_has_two_tool_calls():
    event = ChatEvent.from_wire("conversation.chat.requires_action", _wire(REQUIRES_ACTION))
    chat = event.chat
    assert isinstance(chat, Chat)
    assert chat.status == "requires_action"
    assert chat.required_action.type == "submit_tool_outputs"
    assert chat.usage == Usage(12, 5, 7)
    assert chat.created_at == 1718000000
    assert event.tool_calls == [
        ToolCall("call_1", "function", ToolCallFunction("get_weather", '{"city":"Paris"}')),
        ToolCall("call_2", "function", ToolCallFunction("get_time", '{"tz":"Europe/Paris"}')),
    ]
    assert json.loads(event.tool_calls[1].function.arguments) == {"tz": "Europe/Paris"}
    assert event.message is None
    assert event.audio is None


def test_tool_calls_are_read_leniently():
    event = ChatEvent.from_wire("conversation.chat.requires_action", _wire({
        "id": 7, "required_action": {"submit_tool_outputs": {"tool_calls": [
            {"id": "x", "function": {"name": "f", "arguments": {"a": 1}}}, 5, "junk"]}}}))
    assert event.chat.id == "7"
    assert event.tool_calls == [ToolCall("x", "", ToolCallFunction("f", '{"a":1}'))]
    assert ChatEvent.from_wire("conversation.chat.completed", '{"id":"1"}').tool_calls == []
    assert ChatEvent.from_wire("conversation.message.delta", '{"content":"x"}').tool_calls == []


def test_message_events_carry_a_message():
    event = ChatEvent.from_wire("conversation.message.delta", _wire({**AUDIO_DELTA, "content_type": "text",
                                                                      "content": "Hi 👋", "created_at": "17"}))
    assert isinstance(event.message, Message)
    assert event.message.content == "Hi 👋" == event.content
    assert event.message.role == "assistant"
    assert event.message.chat_id == "7401"
    assert event.message.created_at == 17
    assert event.chat is None
    assert not event.is_audio and event.audio is None


def test_audio_delta_decodes_base64():
    event = ChatEvent.from_wire("conversation.audio.delta", _wire(AUDIO_DELTA))
    assert event.is_audio
    assert event.message.content_type == "audio"
    assert event.audio == AUDIO_BYTES
    assert ChatEvent.from_wire("conversation.audio.delta", '{"content":"AAE"}').audio == b"\x00\x01"  # unpadded
    audio_message = ChatEvent.from_wire("conversation.message.delta", '{"content":"AAE=","content_type":"audio"}')
    assert audio_message.audio == b"\x00\x01"


@pytest.mark.parametrize("content", ["not base64!", "AAE==", "A", "AAF=", "AAEC===="])
def test_bad_audio_is_a_decode_error(content):
    event = ChatEvent.from_wire("conversation.audio.delta", _wire({"content": content}))
    with pytest.raises(DecodeError):
        event.audio


def test_done_exposes_the_debug_url():
    assert ChatEvent.from_wire("done", _wire({"debug_url": DEBUG_URL})).debug_url == DEBUG_URL
    for data in ("{}", '"[DONE]"', ""):
        event = ChatEvent.from_wire("done", data)
        assert event.is_done
        assert event.debug_url is None


def test_workflow_message_event():
    event = WorkflowEvent.from_wire("Message", _wire(WORKFLOW_MESSAGE))
    assert event.type == "message"
    assert event.event == "Message"
    assert event.content == "Hello"
    m = event.message
    assert (m.content_type, m.node_title, m.node_seq_id, m.node_is_finish) == ("text", "End", "0", True)
    assert m.ext == {"k": "v"}
    assert m.usage == Usage(3, 2, 1)
    assert event.error is None and event.interrupt is None and event.debug_url is None


def test_workflow_interrupt_error_done_ping():
    interrupt = WorkflowEvent.from_wire("Interrupt", _wire(WORKFLOW_INTERRUPT))
    assert interrupt.type == "interrupt"
    assert interrupt.interrupt.interrupt_data == WorkflowInterruptData("ev_7", 2, '{"question":"City?"}')
    assert interrupt.interrupt.node_title == "Question"

    error = WorkflowEvent.from_wire("Error", '{"error_code":6006,"error_message":"code node timed out"}')
    assert error.type == "error"
    assert (error.error.error_code, error.error.error_message) == (6006, "code node timed out")

    done = WorkflowEvent.from_wire("Done", _wire({"debug_url": DEBUG_URL}))
    assert done.is_done and done.debug_url == DEBUG_URL
    assert WorkflowEvent.from_wire("Done", "{}").debug_url is None

    assert WorkflowEvent.from_wire("PING", "{}").type == "ping"


@pytest.mark.parametrize("name,kind", [("message", "message"), ("MESSAGE", "message"), ("interrupt", "interrupt"),
                                       ("ERROR", "error"), ("done", "done"), ("DONE", "done"), ("ping", "ping"),
                                       ("Ping", "ping")])
def test_workflow_names_match_case_insensitively(name, kind):
    event = WorkflowEvent.from_wire(name, _wire(WORKFLOW_MESSAGE))
    assert event.type == kind
    assert event.event == name


def test_unknown_and_malformed_workflow_events_stay_raw():
    unknown = WorkflowEvent.from_wire("node_start", '{"node":"n1"}')
    assert unknown.type == "unknown"
    assert unknown.event == "node_start"
    assert unknown.data == {"node": "n1"}
    assert unknown.message is None and unknown.content is None
    for data in ("", "[1,2]", '"text"', "{bad"):
        event = WorkflowEvent.from_wire("Message", data)
        assert event.message.content == ""
        assert not event.message.node_is_finish
    assert WorkflowEvent.from_wire("Message", '{"content":{"a":1}}').content == '{"a":1}'
    assert WorkflowEvent.from_wire("Interrupt", '{"interrupt_data":7}').interrupt.interrupt_data.event_id == ""


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
    assert all(isinstance(e, ChatEvent) for e in events)
    assert [e.type for e in events] == [
        "conversation.chat.created", "conversation.chat.in_progress", "conversation.message.completed",
        "conversation.message.completed", "conversation.chat.requires_action", "done"]
    assert [e.message.type for e in events[2:4]] == ["function_call", "function_call"]
    assert [json.loads(e.content)["name"] for e in events[2:4]] == ["get_weather", "get_time"]
    action = events[4]
    chat = action.chat
    assert (chat.status, chat.bot_id, chat.required_action.type) == ("requires_action", "tools", "submit_tool_outputs")
    calls = action.tool_calls
    assert [(c.type, c.function.name, c.function.arguments) for c in calls] == [
        ("function", "get_weather", '{"city":"Paris"}'), ("function", "get_time", '{"tz":"Europe/Paris"}')]
    assert all(c.id.startswith("call_") for c in calls) and calls[0].id != calls[1].id

    # Answer both calls: the chat goes on and answers with the outputs, in the order sent.
    results = {"get_weather": "sunny", "get_time": "12:00"}
    outputs = [{"tool_call_id": c.id, "output": results[c.function.name]} for c in calls]
    params = {"conversation_id": chat.conversation_id, "chat_id": chat.id, "tool_outputs": outputs}
    events = list(coze.chat.submit_tool_outputs_stream(params))
    answer = "Tool outputs: get_weather -> sunny; get_time -> 12:00"
    assert "".join(e.content for e in events if e.type == "conversation.message.delta") == answer
    assert events[0].type == "conversation.chat.in_progress"
    assert [e.type for e in events[-3:]] == ["conversation.message.completed", "conversation.chat.completed", "done"]
    assert events[-3].content == answer
    done_chat = events[-2].chat
    assert (done_chat.id, done_chat.conversation_id, done_chat.status) == (chat.id, chat.conversation_id, "completed")
    assert done_chat.required_action is None
    assert events[-1].debug_url is None  # the chat's own "[DONE]"

    log = fake.requests()
    assert [r["path"] for r in log] == ["/v3/chat", "/v3/chat/submit_tool_outputs"]
    assert log[1]["query"] == {"conversation_id": chat.conversation_id, "chat_id": chat.id}
    body = json.loads(log[1]["body"])
    assert body["stream"] is True
    assert body["tool_outputs"] == outputs

    # The outputs are taken once: submitting again is a bad request (Coze code 4000).
    with pytest.raises(BadRequestError) as info:
        coze.chat.submit_tool_outputs(params)
    assert info.value.code == 4000 and info.value.logid


def test_audio_deltas_decode_to_the_audio_bytes(fake):
    with _client(fake).chat.stream(bot_id="audio", user_id="u1", additional_messages=_user("sing")) as s:
        events = list(s)
    audio = [e for e in events if e.is_audio]
    assert [e.type for e in audio] == ["conversation.audio.delta"] * 4
    assert b"".join(e.audio for e in audio) == bytes(range(256))
    assert "".join(e.content for e in events if e.type == "conversation.message.delta") == "Echo: sing"
    assert events[-2].chat.status == "completed" and events[-1].is_done


def test_workflow_stream_then_resume(fake):
    coze = _client(fake)
    with coze.workflows.stream(workflow_id="interrupt", parameters={"input": "weather"}) as stream:
        events = list(stream)
    assert all(isinstance(e, WorkflowEvent) for e in events)
    # The echo in Message pieces, a PING after the first, and the Interrupt that
    # ends the stream (no Done: the run waits for input).
    types = [e.type for e in events]
    assert types[:2] == ["message", "ping"] and types[-1] == "interrupt"
    assert set(types[2:-1]) == {"message"}
    messages = [e for e in events if e.type == "message"]
    assert "".join(e.content for e in messages) == "Echo: weather"
    assert {e.event for e in messages} == {"Message"} and {e.message.node_title for e in messages} == {"Message"}
    assert [e.message.node_is_finish for e in messages] == [False] * (len(messages) - 1) + [True]
    interrupt = events[-1]
    assert interrupt.event == "Interrupt"
    assert interrupt.interrupt.node_title == "Question"
    data = interrupt.interrupt.interrupt_data
    assert data.type == 2 and data.event_id
    assert json.loads(data.data) == {"question": "Which city?"}

    # Resume with what the Interrupt said: the run echoes the answer and ends with Done.
    resume = {"workflow_id": "interrupt", "event_id": data.event_id, "resume_data": "Paris",
              "interrupt_type": data.type}
    resumed = list(coze.workflows.resume(resume))
    echoed = [e.content for e in resumed if e.type == "message" and e.message.node_title == "Message"]
    assert "".join(echoed) == "Echo: Paris"
    end = resumed[-2].message
    assert (end.node_title, end.node_is_finish) == ("End", True)
    assert json.loads(end.content) == {"output": "Echo: Paris"}
    assert end.usage == Usage(16, 11, 5)
    assert resumed[-1].is_done and resumed[-1].event == "Done"
    assert resumed[-1].debug_url.startswith(DEBUG_URL_PREFIX)
    assert resumed[-1].debug_url.endswith("&workflow_id=interrupt")

    log = fake.requests()
    assert [r["path"] for r in log] == ["/v1/workflow/stream_run", "/v1/workflow/stream_resume"]
    body = json.loads(log[1]["body"])
    assert (body["event_id"], body["interrupt_type"], body["resume_data"]) == (data.event_id, 2, "Paris")

    # The run has gone on: the same event cannot be resumed again (Coze code 4200).
    with pytest.raises(NotFoundError) as info:
        list(coze.workflows.resume(resume))
    assert info.value.code == 4200


def test_lower_case_workflow_events_come_in_the_api_spelling(fake):
    with _client(fake).workflows.stream(workflow_id="lowercase", parameters={"input": "hi"}) as stream:
        events = list(stream)
    assert [e.event for e in events] == ["Message", "PING", "Message", "Message", "Message", "Done"]
    assert [e.type for e in events] == ["message", "ping", "message", "message", "message", "done"]
    assert "".join(e.content for e in events[:-2] if e.type == "message") == "Echo: hi"
    assert events[-1].debug_url.startswith(DEBUG_URL_PREFIX)


def test_workflow_error_event_is_a_stream_error(fake):
    coze = _client(fake)
    got = []
    with pytest.raises(StreamError) as info:
        for event in coze.workflows.stream(workflow_id="error", parameters={"input": "hello world"}):
            got.append(event.event)
    assert got == ["Message", "PING", "Message"]
    assert info.value.code == 6006
    assert info.value.message == "workflow code node timed out"
    assert not info.value.retryable

    # Run without streaming, the same failure is the answer's code.
    with pytest.raises(APIError) as info:
        coze.workflows.create(workflow_id="error")
    assert info.value.kind == "api"
    assert (info.value.code, info.value.message) == (6006, "workflow code node timed out")
    assert info.value.logid


def test_workflow_create_and_workflow_chat(fake):
    coze = _client(fake)
    run = coze.workflows.create(workflow_id="wf_echo", parameters={"input": "hello"})
    assert run["data"] == {"output": "Echo: hello"}
    assert run["execute_id"]
    assert run["debug_url"] == DEBUG_URL_PREFIX + run["execute_id"] + "&workflow_id=wf_echo"
    assert run["usage"] == {"token_count": 16, "output_count": 11, "input_count": 5}
    assert run.logid

    events = list(coze.workflows.chat(workflow_id="wf_echo", bot_id="b1", additional_messages=_user("hi")))
    assert all(isinstance(e, ChatEvent) for e in events)
    assert [e.type for e in events] == [
        "conversation.chat.created", "conversation.chat.in_progress", "conversation.message.delta",
        "conversation.message.delta", "conversation.message.delta", "conversation.message.completed",
        "conversation.chat.completed", "done"]
    assert "".join(e.content for e in events if e.type == "conversation.message.delta") == "Echo: hi"
    chat = events[-2].chat
    assert (chat.status, chat.bot_id, chat.usage.input_count) == ("completed", "b1", 2)
    assert events[-1].debug_url == DEBUG_URL_PREFIX + chat.id + "&workflow_id=wf_echo"

    log = fake.requests()
    assert [r["path"] for r in log] == ["/v1/workflow/run", "/v1/workflows/chat"]
    assert json.loads(log[1]["body"])["workflow_id"] == "wf_echo"
