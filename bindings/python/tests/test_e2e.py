"""End to end: the real driver (http.client) against tests/fake_coze/server.py."""

from __future__ import annotations

import threading
import time

import pytest

import cozecore
from cozecore import Chat, ChatEvent, Coze, DoneEvent, MessageEvent


def _messages(text):
    return [{"role": "user", "content": text, "content_type": "text"}]


def _client(fake, **kwargs):
    kwargs.setdefault("max_retries", 0)
    return Coze(token=kwargs.pop("token", "pat_e2e"), base_url=fake.base_url, **kwargs)


def _streamed_text(events):
    return "".join(e.content for e in events if e.type == "conversation.message.delta")


def test_stream_echoes_the_message(fake):
    with _client(fake).chat.stream(bot_id="b1", user_id="u1", additional_messages=_messages("Hi there")) as stream:
        events = list(stream)
    assert all(isinstance(e, (ChatEvent, MessageEvent, DoneEvent)) for e in events)
    assert _streamed_text(events) == "Echo: Hi there"
    types = [e.type for e in events]
    assert types[0] == "conversation.chat.created"
    assert types[-1] == "done"
    assert "conversation.chat.completed" in types
    completed = next(e for e in events if e.type == "conversation.message.completed")
    assert completed.content == "Echo: Hi there"
    assert stream.logid


def test_cjk_and_emoji_round_trip(fake):
    text = "你好，世界 — こんにちは 👋🏽🇯🇵 café"
    coze = _client(fake)
    events = list(coze.chat.stream(bot_id="b1", user_id="u1", additional_messages=_messages(text)))
    assert _streamed_text(events) == "Echo: " + text
    sent = fake.requests()[-1]
    assert text in sent["body"]


def test_stream_request_on_the_wire(fake):
    list(_client(fake).chat.stream(bot_id="b1", user_id="u1", additional_messages=_messages("x"), conversation_id="42"))
    (request,) = fake.requests()
    assert request["method"] == "POST"
    assert request["path"] == "/v3/chat"
    assert request["query"] == {"conversation_id": "42"}
    assert request["headers"]["authorization"] == "Bearer ***"
    assert request["idempotency_key"]


def test_events_arrive_while_the_stream_is_still_running(fake):
    fake.fault({"drip_ms": 150})
    arrivals = []
    started = time.monotonic()
    for event in _client(fake).chat.stream(bot_id="b1", user_id="u1", additional_messages=_messages("abcdefghijkl")):
        arrivals.append((time.monotonic() - started, event.type))
    deltas = [t for t, kind in arrivals if kind == "conversation.message.delta"]
    assert len(deltas) >= 5
    # Drip before each delta: the first ones reached us long before the last one.
    assert deltas[-1] - deltas[0] >= 0.4


def test_chat_create_returns_the_chat(fake):
    chat = _client(fake).chat.create(bot_id="b1", user_id="u1", additional_messages=_messages("hello"))
    assert isinstance(chat, Chat)
    assert chat.bot_id == "b1" == chat["bot_id"]
    assert chat.status == "in_progress"
    assert chat.id and chat.conversation_id
    assert chat.logid and "FAKE" in chat.logid


def test_bad_token_is_an_authentication_error_with_logid(fake):
    coze = _client(fake, token="not-a-pat-token")
    with pytest.raises(cozecore.AuthenticationError) as info:
        coze.chat.create(bot_id="b1", user_id="u1", additional_messages=_messages("x"))
    err = info.value
    assert (err.kind, err.http_status, err.code) == ("authentication", 401, 4100)
    assert err.logid and "FAKE" in err.logid
    assert not err.retryable
    assert "not-a-pat-token" not in str(err) and "not-a-pat-token" not in repr(err)


@pytest.mark.parametrize("streaming", [False, True])
def test_busy_conversation_is_an_api_error(fake, streaming):
    coze = _client(fake)
    with pytest.raises(cozecore.CozeError) as info:
        if streaming:
            list(coze.chat.stream(bot_id="busy", user_id="u1", additional_messages=_messages("x")))
        else:
            coze.chat.create(bot_id="busy", user_id="u1", additional_messages=_messages("x"))
    assert isinstance(info.value, cozecore.APIError)
    assert (info.value.kind, info.value.code) == ("api", 4016)
    assert info.value.logid


@pytest.mark.parametrize("bot", ["stream_error", "truncated"])
def test_broken_streams_are_stream_errors_after_the_events(fake, bot):
    received = []
    with pytest.raises(cozecore.StreamError) as info:
        for event in _client(fake).chat.stream(bot_id=bot, user_id="u1", additional_messages=_messages("x")):
            received.append(event)
    assert info.value.kind == "stream"
    assert len([e for e in received if e.type == "conversation.message.delta"]) == 2
    if bot == "stream_error":
        assert info.value.code == 5000


def test_reset_mid_stream_is_a_connection_error_and_not_retried(fake):
    received = []
    coze = _client(fake, max_retries=2)
    with pytest.raises(cozecore.APIConnectionError) as info:
        for event in coze.chat.stream(bot_id="reset", user_id="u1", additional_messages=_messages("x")):
            received.append(event)
    assert info.value.kind == "connection"
    assert len([e for e in received if e.type == "conversation.message.delta"]) == 2
    assert len(fake.requests()) == 1  # events reached the user: no retry, no duplicated tokens


def test_early_close_cancels_and_aborts(fake):
    fake.fault({"drip_ms": 400})
    coze = _client(fake)
    started = time.monotonic()
    with coze.chat.stream(bot_id="b1", user_id="u1", additional_messages=_messages("a long message to drip")) as stream:
        first = next(stream)
    assert first.type == "conversation.chat.created"
    assert stream.closed
    assert list(stream) == []
    assert time.monotonic() - started < 2  # the rest of the dripping stream was not awaited
    # The server saw its client go away; it keeps serving others.
    chat = coze.chat.create(bot_id="b1", user_id="u1", additional_messages=_messages("after"))
    assert chat["status"] == "in_progress"


def test_close_from_another_thread_mid_stream(fake):
    fake.fault({"drip_ms": 300})
    stream = _client(fake).chat.stream(
        bot_id="b1", user_id="u1", additional_messages=_messages("a long message to drip")
    )
    received = []
    timer = threading.Timer(0.5, stream.close)
    timer.start()
    started = time.monotonic()
    for event in stream:
        received.append(event)
    assert time.monotonic() - started < 2
    assert received and received[-1].type != "done"


def test_retry_after_a_server_error_keeps_the_idempotency_key(fake):
    fake.fault({"status": 503, "headers": {"Retry-After": "0"}, "body": {"code": 5000, "msg": "unavailable"}})
    chat = _client(fake, max_retries=2).chat.create(bot_id="b1", user_id="u1", additional_messages=_messages("x"))
    assert chat["status"] == "in_progress"
    log = fake.requests()
    assert len(log) == 2
    assert log[0]["idempotency_key"] and log[0]["idempotency_key"] == log[1]["idempotency_key"]


def test_rate_limit_without_retries(fake):
    with pytest.raises(cozecore.RateLimitError) as info:
        _client(fake).chat.create(bot_id="ratelimited", user_id="u1", additional_messages=_messages("x"))
    assert (info.value.http_status, info.value.code, info.value.retry_after_ms) == (429, 4013, 1000)
    assert info.value.retryable


def test_malformed_answer_is_a_decode_error(fake):
    fake.fault({"malformed": True})
    with pytest.raises(cozecore.DecodeError) as info:
        _client(fake).chat.create(bot_id="b1", user_id="u1", additional_messages=_messages("x"))
    assert info.value.kind == "decode"


def test_reset_without_answer_is_a_connection_error(fake):
    fake.fault({"reset": True})
    with pytest.raises(cozecore.APIConnectionError):
        _client(fake).chat.create(bot_id="b1", user_id="u1", additional_messages=_messages("x"))


def test_reset_without_answer_is_retried(fake):
    fake.fault({"reset": True})
    chat = _client(fake, max_retries=1).chat.create(bot_id="b1", user_id="u1", additional_messages=_messages("x"))
    assert chat["bot_id"] == "b1"
    assert len(fake.requests()) == 2


def test_stalled_answer_hits_the_first_byte_timeout(fake):
    fake.fault({"stall_ms": 2000})
    coze = _client(fake, first_byte_timeout=0.3)
    started = time.monotonic()
    with pytest.raises(cozecore.APITimeoutError):
        coze.chat.create(bot_id="b1", user_id="u1", additional_messages=_messages("x"))
    assert time.monotonic() - started < 1.5


def test_slow_drip_hits_the_idle_timeout_mid_stream(fake):
    fake.fault({"drip_ms": 1500})
    coze = _client(fake, idle_timeout=0.3)
    received = []
    started = time.monotonic()
    with pytest.raises(cozecore.APITimeoutError):
        for event in coze.chat.stream(bot_id="b1", user_id="u1", additional_messages=_messages("x")):
            received.append(event.type)
    assert time.monotonic() - started < 1.4
    assert received[:2] == ["conversation.chat.created", "conversation.chat.in_progress"]


def test_total_timeout_bounds_the_call(fake):
    fake.fault({"stall_ms": 2000})
    coze = _client(fake, max_retries=3)
    started = time.monotonic()
    with pytest.raises(cozecore.APITimeoutError):
        coze.chat.create(bot_id="b1", user_id="u1", additional_messages=_messages("x"), timeout=0.4)
    assert time.monotonic() - started < 1.5


def test_concurrent_streams_from_threads(fake):
    coze = _client(fake)
    results = {}

    def run(i):
        events = coze.chat.stream(bot_id="b1", user_id=f"u{i}", additional_messages=_messages(f"n{i}"))
        results[i] = _streamed_text(events)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert results == {i: f"Echo: n{i}" for i in range(6)}


def test_events_of_one_chunk_cross_the_boundary_together(fake):
    deltas = "".join(
        f'event:conversation.message.delta\ndata:{{"content":"{i},","role":"assistant"}}\n\n' for i in range(100)
    )
    fake.fault(
        {
            "status": 200,
            "headers": {"Content-Type": "text/event-stream"},
            "body": deltas + 'event:done\ndata:"[DONE]"\n\n',
        }
    )
    events = list(_client(fake).chat.stream(bot_id="b1", user_id="u1", additional_messages=_messages("x")))
    assert _streamed_text(events) == "".join(f"{i}," for i in range(100))
    assert events[-1].type == "done"
    # Each batch is one record (one bytes object from one take_events call), shared by its events.
    records = {id(e._er) for e in events}
    assert len(records) < len(events) / 10
