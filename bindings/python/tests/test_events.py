"""Typed stream events decoded by the core, the SSE parser wrapper and the ULID helpers."""

from __future__ import annotations

import pytest

import cozecore
from cozecore import ChatEvent, DoneEvent, MessageEvent, SseEvent, SseParser, StreamEvent, decode_event, ulid


def test_message_event_content():
    event = decode_event("chat.stream", "conversation.message.delta", '{"content":"你好 👋","role":"assistant"}')
    assert isinstance(event, MessageEvent)
    assert event.content == "你好 👋"
    assert event.role == "assistant"
    assert event.data.role == "assistant"


def test_chat_events_carry_a_chat_and_no_content():
    event = decode_event("chat.stream", "conversation.chat.completed", '{"id":"1","content":"x"}')
    assert isinstance(event, ChatEvent)
    assert event.id == "1"
    assert not hasattr(event, "content")  # a Chat has no content; the key is kept as unknown
    assert event.extra == {"content": "x"}
    assert event.to_dict() == {"type": "conversation.chat.completed", "data": {"id": "1", "$extra": {"content": "x"}}}


def test_done_event_payloads():
    done = decode_event("chat.stream", "done", '"[DONE]"')
    assert isinstance(done, DoneEvent) and done.type == "done"
    assert done.data.to_dict() == {}  # the chat's "[DONE]" marker is no payload
    assert done.debug_url is None
    assert decode_event("chat.stream", "done", '{"debug_url":"https://x"}').debug_url == "https://x"


def test_event_without_a_model_keeps_its_raw_payload():
    event = decode_event("workflows.runs.stream", "PING", '{"n":[1,2]}')
    assert type(event) is StreamEvent
    assert event.data == {"n": [1, 2]}
    unknown = decode_event("chat.stream", "conversation.something.new", '{"a":1}')
    assert (unknown.type, unknown.data) == ("conversation.something.new", {"a": 1})


def test_events_compare_by_value():
    one = decode_event("chat.stream", "conversation.message.delta", '{"content":"a"}')
    assert one == decode_event("chat.stream", "conversation.message.delta", '{"content":"a"}')
    assert one != decode_event("chat.stream", "conversation.message.completed", '{"content":"a"}')
    assert "conversation.message.delta" in repr(one) and "'a'" in repr(one)


def test_sse_parser_events_arrive_as_their_bytes_do():
    parser = SseParser()
    assert parser.feed(b'event: conversation.message.delta\ndata: {"con') == []
    assert parser.feed(b'tent":"\xe4\xbd') == []
    assert parser.feed(bytearray(b'\xa0"}\n\nid: 7\nretry: 250\ndata: x\n\n')) == [
        SseEvent("conversation.message.delta", '{"content":"\u4f60"}', ""),
        SseEvent("message", "x", "7"),
    ]
    assert parser.retry_ms == 250
    assert parser.last_event_id == "7"
    assert parser.error is None
    assert parser.feed(memoryview(b"data: tail")) == []
    assert parser.finish() == []  # an undispatched event is dropped at the end


def test_sse_parser_rejects_text_and_reports_oversized_events():
    parser = SseParser(max_event_bytes=16)
    with pytest.raises(TypeError):
        parser.feed("data: x\n\n")
    parser.feed(b"data: " + b"y" * 64 + b"\n\n")
    assert parser.error == "event_too_large"
    with pytest.raises(ValueError):
        SseParser(max_event_bytes=0)


def test_ulid_new_is_monotonic_and_decodes():
    ids = [ulid.new() for _ in range(200)]
    assert ids == sorted(ids)
    assert len(set(ids)) == len(ids)
    decoded = ulid.decode(ids[0].lower())
    assert decoded.text == ids[0]
    assert len(decoded.randomness) == 10
    assert decoded.timestamp_ms > 1_600_000_000_000


def test_ulid_encode_decode_round_trip():
    text = ulid.encode(1469918176385, bytes(range(10)))
    assert len(text) == 26
    assert ulid.decode(text) == ulid.Ulid(text, 1469918176385, bytes(range(10)))


@pytest.mark.parametrize(
    "bad", ["", "8ZZZZZZZZZZZZZZZZZZZZZZZZZ", "01ARZ3NDEKTSV4RRFFQ69G5FA", "01ARZ3NDEKTSV4RRFFQ69G5FA!"]
)
def test_ulid_decode_rejects_bad_text(bad):
    with pytest.raises(ulid.UlidError) as info:
        ulid.decode(bad)
    assert info.value.error == "invalid_ulid"
    assert isinstance(info.value, ValueError)


def test_ulid_encode_rejects_bad_arguments():
    with pytest.raises(ulid.UlidError):
        ulid.encode(2**48, bytes(10))
    with pytest.raises(ulid.UlidError):
        ulid.encode(-1, bytes(10))
    with pytest.raises(ulid.UlidError):
        ulid.encode(0, b"short")


def test_package_exports():
    assert cozecore.__version__.count(".") == 2
    assert "chat.stream" in cozecore.Coze.operations()
