"""Stream event wrappers, the SSE parser wrapper and the ULID helpers."""

from __future__ import annotations

import pytest

import cozecore
from cozecore import ChatEvent, SseEvent, SseParser, StreamEvent, ulid


def test_message_event_content():
    event = ChatEvent.from_wire("conversation.message.delta", '{"content":"你好 👋","role":"assistant"}')
    assert event.is_message
    assert event.content == "你好 👋"
    assert event.data["role"] == "assistant"


def test_non_message_events_have_no_content():
    event = ChatEvent.from_wire("conversation.chat.completed", '{"id":"1","content":"x"}')
    assert not event.is_message
    assert event.content is None
    assert event.data == {"id": "1", "content": "x"}


def test_done_event_payloads():
    assert ChatEvent.from_wire("done", "{}").is_done
    assert ChatEvent.from_wire("done", "").data == {}
    assert ChatEvent.from_wire("done", '"[DONE]"').data == "[DONE]"


def test_payload_that_is_not_json_is_kept_as_text():
    event = StreamEvent.from_wire("PING", "not json")
    assert event.data == "not json"


def test_events_compare_by_value():
    assert ChatEvent("done", {}) == ChatEvent("done", {})
    assert ChatEvent("done", {}) != ChatEvent("error", {})
    assert "conversation.message.delta" in repr(ChatEvent("conversation.message.delta", {"content": "a"}))


def test_sse_parser_events_arrive_as_their_bytes_do():
    parser = SseParser()
    assert parser.feed(b"event: conversation.message.delta\ndata: {\"con") == []
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


@pytest.mark.parametrize("bad", ["", "8ZZZZZZZZZZZZZZZZZZZZZZZZZ", "01ARZ3NDEKTSV4RRFFQ69G5FA", "01ARZ3NDEKTSV4RRFFQ69G5FA!"])
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
