"""Hooks, attempt history, trace context, per-call options, retry budget and rate
limit, through the real driver against tests/fake_coze/server.py."""

from __future__ import annotations

import logging
import pickle
import threading
import time

import pytest

import cozecore
from cozecore import Coze, HookEvent, Hooks, RateLimit, RetryBudget

TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"
TRACESTATE = "congo=t61rcWkgMzE"


def _messages(text="x"):
    return [{"role": "user", "content": text, "content_type": "text"}]


def _recorder():
    """Hooks that append every event to one list, in the order they ran."""
    seen = []
    hooks = Hooks(
        on_request_sent=seen.append,
        on_response_head=seen.append,
        on_retry_scheduled=seen.append,
        on_call_finished=seen.append,
    )
    return hooks, seen


def _server_503(retry_after="0"):
    return {"status": 503, "headers": {"Retry-After": retry_after}, "body": {"code": 5000, "msg": "x"}}


def test_hooks_fire_in_order_with_status_attempt_and_logid(fake):
    hooks, seen = _recorder()
    coze = Coze(token="pat_hooks", base_url=fake.base_url, max_retries=2, hooks=hooks)
    fake.fault(_server_503())
    chat = coze.chat.create(bot_id="b1", user_id="u1", additional_messages=_messages())

    assert all(isinstance(e, HookEvent) for e in seen)
    assert [(e.kind, e.attempt, e.status) for e in seen] == [
        ("request_sent", 1, 0),
        ("response_head", 1, 503),
        ("retry_scheduled", 1, 503),
        ("request_sent", 2, 0),
        ("response_head", 2, 200),
        ("call_finished", 2, 200),
    ]
    assert {e.op for e in seen} == {"chat.create"}
    assert {(e.method, e.path) for e in seen} == {("POST", "/v3/chat")}
    first_head, retry, last_head, finished = seen[1], seen[2], seen[4], seen[5]
    assert first_head.logid and "FAKE" in first_head.logid
    assert first_head.logid == first_head.header("X-Tt-Logid")
    assert last_head.logid == chat.logid != first_head.logid
    assert retry.error_kind == "server" and retry.delay_ms == 0 and retry.duration_ms >= 0
    assert first_head.duration_ms is not None and first_head.duration_ms >= 0
    assert seen[0].duration_ms is None and seen[0].delay_ms is None
    assert finished.error_kind == "" and finished.message == "" and finished.duration_ms >= 0
    # One key for the call, one request id per attempt, as the server saw them.
    log = fake.requests()
    assert [e.request_id for e in seen if e.kind == "request_sent"] == [r["client_request_id"] for r in log]
    assert {e.idempotency_key for e in seen} == {log[0]["idempotency_key"]}


def test_hook_headers_are_redacted_and_bodies_only_on_request(fake):
    hooks, seen = _recorder()
    coze = Coze(token="pat_secret_value", base_url=fake.base_url, hooks=hooks)
    coze.chat.create(bot_id="b1", user_id="u1", additional_messages=_messages())
    sent = seen[0]
    assert sent.kind == "request_sent"
    assert sent.header("authorization") == "[redacted]"
    assert all("pat_secret_value" not in v for _, v in sent.headers)
    assert sent.header("content-type") == "application/json"
    assert sent.body == ""  # hook_bodies is off
    head = seen[1]
    assert head.kind == "response_head" and head.header("content-type").startswith("application/json")

    hooks, seen = _recorder()
    coze = Coze(token="pat_secret_value", base_url=fake.base_url, hooks=hooks, hook_bodies=True)
    coze.chat.create(bot_id="b1", user_id="u1", additional_messages=_messages("body please"))
    assert "body please" in seen[0].body
    assert "pat_secret_value" not in repr(seen)


def test_hooks_on_a_stream_and_on_an_early_close(fake):
    hooks, seen = _recorder()
    coze = Coze(token="pat_hooks", base_url=fake.base_url, hooks=hooks)
    with coze.chat.stream(bot_id="b1", user_id="u1", additional_messages=_messages("hello there")) as stream:
        for event in stream:
            if event.type == "conversation.message.delta":
                # The answer's head was reported before its first event reached us.
                assert [e.kind for e in seen] == ["request_sent", "response_head"]
                break
    assert [e.kind for e in seen] == ["request_sent", "response_head", "call_finished"]
    assert seen[-1].error_kind == "cancelled"

    seen.clear()
    events = list(coze.chat.stream(bot_id="b1", user_id="u1", additional_messages=_messages()))
    assert events[-1].type == "done"
    assert [e.kind for e in seen] == ["request_sent", "response_head", "call_finished"]
    assert seen[-1].error_kind == "" and seen[-1].status == 200


def test_close_from_another_thread_reports_the_cancel_on_the_iterating_thread(fake):
    hooks, seen = _recorder()
    threads = []
    hooks = Hooks(on_call_finished=lambda e: (seen.append(e), threads.append(threading.get_ident())))
    coze = Coze(token="pat_hooks", base_url=fake.base_url, hooks=hooks)
    fake.fault({"drip_ms": 300})
    stream = coze.chat.stream(bot_id="b1", user_id="u1", additional_messages=_messages("abcdefghijklmnop"))
    first = next(stream)
    timer = threading.Timer(0.2, stream.close)
    timer.start()
    rest = list(stream)
    timer.join()
    assert first.type == "conversation.chat.created"
    assert len(rest) < 8
    assert [e.error_kind for e in seen] == ["cancelled"]
    assert threads == [threading.get_ident()]


def test_a_raising_hook_does_not_break_the_call(fake, caplog):
    calls = []

    def boom(event):
        calls.append(event.kind)
        raise RuntimeError("hook failure")

    coze = Coze(
        token="pat_hooks",
        base_url=fake.base_url,
        max_retries=1,
        hooks=Hooks(on_request_sent=boom, on_response_head=boom, on_retry_scheduled=boom, on_call_finished=boom),
    )
    fake.fault(_server_503())
    with caplog.at_level(logging.WARNING, logger="cozecore"):
        chat = coze.chat.create(bot_id="b1", user_id="u1", additional_messages=_messages())
        events = list(coze.chat.stream(bot_id="b1", user_id="u1", additional_messages=_messages("hi")))
    assert chat["bot_id"] == "b1"
    assert events[-1].type == "done"
    assert calls == [
        "request_sent",
        "response_head",
        "retry_scheduled",
        "request_sent",
        "response_head",
        "call_finished",
        "request_sent",
        "response_head",
        "call_finished",
    ]
    assert any("on_request_sent hook raised" in r.getMessage() for r in caplog.records)


def test_hooks_are_per_client(fake):
    hooks, seen = _recorder()
    Coze(token="pat_a", base_url=fake.base_url, hooks=hooks)
    other = Coze(token="pat_b", base_url=fake.base_url)
    other.chat.create(bot_id="b1", user_id="u1", additional_messages=_messages())
    assert seen == []


def test_hooks_reject_what_is_not_callable():
    with pytest.raises(TypeError):
        Hooks(on_request_sent="print")
    with pytest.raises(cozecore.InvalidArgumentError):
        Coze(token="pat_x", hooks={"on_request_sent": print})


def test_traceparent_reaches_the_server_on_every_attempt(fake):
    hooks, seen = _recorder()
    coze = Coze(token="pat_trace", base_url=fake.base_url, max_retries=2, hooks=hooks)
    fake.fault(_server_503(), _server_503())
    coze.chat.create(
        bot_id="b1", user_id="u1", additional_messages=_messages(), traceparent=TRACEPARENT, tracestate=TRACESTATE
    )
    log = fake.requests()
    assert len(log) == 3
    assert [r["headers"].get("traceparent") for r in log] == [TRACEPARENT] * 3
    assert [r["headers"].get("tracestate") for r in log] == [TRACESTATE] * 3
    assert {e.traceparent for e in seen} == {TRACEPARENT}
    # Not an API field: the body does not carry it.
    assert "traceparent" not in log[0]["body"]


def test_traceparent_on_a_stream(fake):
    events = list(
        Coze(token="pat_trace", base_url=fake.base_url).chat.stream(
            bot_id="b1", user_id="u1", additional_messages=_messages(), traceparent=TRACEPARENT
        )
    )
    assert events[-1].type == "done"
    (request,) = fake.requests()
    assert request["headers"]["traceparent"] == TRACEPARENT
    assert "tracestate" not in request["headers"]


def test_a_malformed_traceparent_is_rejected_before_sending(fake):
    coze = Coze(token="pat_trace", base_url=fake.base_url)
    with pytest.raises(cozecore.InvalidArgumentError) as info:
        coze.chat.create(
            bot_id="b1",
            user_id="u1",
            additional_messages=_messages(),
            traceparent="00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01",
        )
    assert info.value.history == []
    assert fake.requests() == []


def test_error_history_after_a_sequence_of_faults(fake):
    coze = Coze(token="pat_hist", base_url=fake.base_url, max_retries=2)
    fake.fault(
        {"reset": True},
        _server_503(),
        {"status": 502, "headers": {"Retry-After": "0"}, "body": {"code": 0, "msg": "bad gateway"}},
    )
    with pytest.raises(cozecore.GatewayError) as info:
        coze.chat.create(bot_id="b1", user_id="u1", additional_messages=_messages())
    err = info.value
    del info
    assert err.attempts == 3
    assert [(a.number, a.outcome, a.kind) for a in err.history] == [
        (1, "reset", "connection"),
        (2, "503", "server"),
        (3, "502", "gateway"),
    ]
    assert 300 <= err.history[0].delay_ms <= 1000  # backoff after the reset
    assert [a.delay_ms for a in err.history[1:]] == [0, 0]  # Retry-After: 0, then no retry
    assert all(a.duration_ms >= 0 for a in err.history)
    log = fake.requests()
    assert [a.request_id for a in err.history] == [r["client_request_id"] for r in log]
    assert {a.idempotency_key for a in err.history} == {log[0]["idempotency_key"]}
    # The history survives pickling, as the other fields do.
    copy = pickle.loads(pickle.dumps(err))
    assert type(copy) is cozecore.GatewayError and copy.history == err.history


def test_history_of_a_call_that_never_retried(fake):
    coze = Coze(token="not-a-pat", base_url=fake.base_url)
    with pytest.raises(cozecore.AuthenticationError) as info:
        coze.chat.create(bot_id="b1", user_id="u1", additional_messages=_messages())
    (attempt,) = info.value.history
    assert (attempt.number, attempt.outcome, attempt.kind, attempt.delay_ms) == (1, "401", "authentication", 0)


def test_per_call_options(fake):
    coze = Coze(token="pat_opts", base_url=fake.base_url, max_retries=2)
    coze.chat.create(bot_id="b1", user_id="u1", additional_messages=_messages(), idempotency_key="my-key-1")
    coze.chat.create(bot_id="b1", user_id="u1", additional_messages=_messages(), idempotency=False)
    log = fake.requests()
    assert [r["idempotency_key"] for r in log] == ["my-key-1", None]

    fake.fault(_server_503(), _server_503())
    with pytest.raises(cozecore.ServerError) as info:
        coze.chat.create(bot_id="b1", user_id="u1", additional_messages=_messages(), max_retries=0)
    assert info.value.attempts == 1
    with pytest.raises(cozecore.InvalidArgumentError):
        coze.chat.create(bot_id="b1", user_id="u1", additional_messages=_messages(), max_retries="two")


def test_retry_budget_stops_retries(fake):
    coze = Coze(
        token="pat_budget",
        base_url=fake.base_url,
        max_retries=3,
        retry_budget=RetryBudget(capacity=5, retry_cost=5, timeout_retry_cost=5, success_refund=0),
    )
    fake.fault(_server_503(), _server_503(), _server_503())
    with pytest.raises(cozecore.ServerError) as info:
        coze.chat.create(bot_id="b1", user_id="u1", additional_messages=_messages())
    assert info.value.attempts == 2
    assert "retry budget" in info.value.message
    with pytest.raises(cozecore.InvalidArgumentError):
        Coze(token="pat_x", retry_budget=RetryBudget(capacity=-1))


def test_rate_limit_makes_the_second_call_wait(fake):
    coze = Coze(token="pat_rate", base_url=fake.base_url, rate_limit=RateLimit(per_second=2, burst=1))
    first = time.monotonic()
    coze.chat.create(bot_id="b1", user_id="u1", additional_messages=_messages())
    cpu, started = time.process_time(), time.monotonic()
    coze.chat.create(bot_id="b1", user_id="u1", additional_messages=_messages())
    now = time.monotonic()
    waited, cpu_used = now - started, time.process_time() - cpu
    # The second token comes 500 ms after the first call took the first, which is after `first`
    # (counted from the second call's start, a slow first call would shorten the wait).
    assert now - first >= 0.45 and waited < 5.0
    assert cpu_used < max(waited / 2, 0.05)  # slept, not spun
    with pytest.raises(cozecore.InvalidArgumentError):
        Coze(token="pat_x", rate_limit=RateLimit(per_second=-2))


def test_rate_limit_sleep_is_cancelled_by_close(fake):
    coze = Coze(token="pat_rate", base_url=fake.base_url, rate_limit=RateLimit(per_second=0.2, burst=1))
    coze.chat.create(bot_id="b1", user_id="u1", additional_messages=_messages())
    stream = coze.chat.stream(bot_id="b1", user_id="u1", additional_messages=_messages())
    threading.Timer(0.2, stream.close).start()
    started = time.monotonic()
    assert list(stream) == []
    assert time.monotonic() - started < 2.0  # not the 5 s the limiter asked for
    assert len(fake.requests()) == 1
