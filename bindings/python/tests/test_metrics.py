"""The metrics hook (Hooks.on_metric, README "Metrics"), through the real driver
against tests/fake_coze/server.py."""

from __future__ import annotations

import pytest

import cozecore
from cozecore import Breaker, Coze, HealthSettings, HookEvent, Hooks


def _messages(text="x"):
    return [{"role": "user", "content": text, "content_type": "text"}]


def _metrics_client(fake, **kwargs):
    """A client whose only hook is on_metric, and the list it fills."""
    seen = []
    kwargs.setdefault("max_retries", 0)
    return Coze(token="pat_metrics", base_url=fake.base_url, hooks=Hooks(on_metric=seen.append), **kwargs), seen


@pytest.fixture
def converted(monkeypatch):
    """The kinds of every core hook event the package converted (HookEvent._from_core):
    what the core recorded for the driver."""
    kinds = []
    original = HookEvent._from_core.__func__

    def spy(cls, h):
        kinds.append(h.kind)
        return original(cls, h)

    monkeypatch.setattr(HookEvent, "_from_core", classmethod(spy))
    return kinds


def test_a_plain_call_measures_one_attempt_and_nothing_else_is_recorded(fake, converted):
    coze, seen = _metrics_client(fake)
    fake.fault({"stall_ms": 30})  # answered normally, 30 ms late: a duration the ms clock sees
    chat = coze.chat.create(bot_id="b1", user_id="u1", additional_messages=_messages())
    assert chat["bot_id"] == "b1"

    assert len(seen) == 1
    event = seen[0]
    assert isinstance(event, HookEvent)
    assert (event.kind, event.metric, event.instrument, event.unit) == (
        "metric",
        "http.client.request.duration",
        "histogram",
        "s",
    )
    assert isinstance(event.value, float) and 0.025 <= event.value < 10  # seconds
    assert list(event.attributes.items()) == [
        ("http.request.method", "POST"),
        ("server.address", "127.0.0.1"),
        ("server.port", str(fake.port)),
        ("http.response.status_code", "200"),
        ("coze.operation", "chat.create"),
    ]
    assert (event.op, event.method, event.path) == ("chat.create", "POST", "/v3/chat")
    # Only on_metric is set: the core records no other hook events for it.
    assert converted == ["metric"]


def test_a_retried_call_counts_the_retry_with_its_error_type(fake):
    coze, seen = _metrics_client(fake, max_retries=1)
    fake.fault(
        {"status": 503, "headers": {"Retry-After": "0"}, "body": {"code": 5000, "msg": "busy"}, "stall_ms": 20},
        {"stall_ms": 20},
    )
    coze.chat.create(bot_id="b1", user_id="u1", additional_messages=_messages())
    assert len(fake.requests()) == 2

    status_and_error = [
        (e.metric, e.attributes.get("http.response.status_code"), e.attributes.get("error.type")) for e in seen
    ]
    assert status_and_error == [
        ("http.client.request.duration", "503", "server"),
        ("coze.client.retries", None, "server"),
        ("http.client.request.duration", "200", None),
    ]
    retry = seen[1]
    assert (retry.instrument, retry.unit, retry.value) == ("counter", "{retry}", 1.0)
    assert retry.attributes == {
        "server.address": "127.0.0.1",
        "server.port": str(fake.port),
        "error.type": "server",
        "coze.operation": "chat.create",
    }
    assert all(e.value >= 0.015 for e in seen if e.metric == "http.client.request.duration")


def test_a_stream_counts_the_events_the_user_received(fake):
    coze, seen = _metrics_client(fake)
    received = list(coze.chat.stream(bot_id="b1", user_id="u1", additional_messages=_messages("Hello there")))
    assert len(received) > 2 and received[-1].type == "done"

    counted = [e for e in seen if e.metric == "coze.client.stream.events"]
    assert len(counted) == 1
    event = counted[0]
    assert (event.instrument, event.unit) == ("counter", "{event}")
    assert event.value == len(received)
    assert event.attributes == {
        "server.address": "127.0.0.1",
        "server.port": str(fake.port),
        "coze.operation": "chat.stream",
    }
    durations = [e for e in seen if e.metric == "http.client.request.duration"]
    assert [e.attributes["http.response.status_code"] for e in durations] == ["200"]
    assert seen[-1] is event  # added when the stream ended


def test_a_stream_closed_early_counts_what_was_handed_out(fake):
    coze, seen = _metrics_client(fake)
    fake.fault({"drip_ms": 50})
    taken = 0
    with coze.chat.stream(bot_id="b1", user_id="u1", additional_messages=_messages("a longer message")) as stream:
        for _ in stream:
            taken += 1
            if taken == 2:
                break
    counted = [e for e in seen if e.metric == "coze.client.stream.events"]
    assert [e.value for e in counted] == [2.0]
    assert counted[0].attributes.get("error.type") == "cancelled"


def test_the_circuit_state_is_a_gauge(fake):
    coze, seen = _metrics_client(
        fake,
        health=HealthSettings(slice_ms=10_000),
        breaker=Breaker(threshold=0.5, min_attempts=2, open_ms=60_000),
    )
    for _ in range(2):
        with pytest.raises(cozecore.ServerError):
            coze.chat.create(bot_id="broken", user_id="u1", additional_messages=_messages())
    gauges = [e for e in seen if e.metric == "coze.client.circuit.state"]
    assert [(e.instrument, e.unit, e.value) for e in gauges] == [("gauge", "1", 1.0)]
    assert gauges[0].attributes == {
        "server.address": "127.0.0.1",
        "server.port": str(fake.port),
        "coze.operation": "chat.create",
    }
    assert coze.health().state == "open"


def test_metrics_and_other_hooks_together_each_get_their_own(fake, converted):
    metrics, others = [], []
    coze = Coze(
        token="pat_metrics",
        base_url=fake.base_url,
        max_retries=0,
        hooks=Hooks(on_metric=metrics.append, on_call_finished=others.append),
    )
    coze.chat.create(bot_id="b1", user_id="u1", additional_messages=_messages())
    assert [e.kind for e in metrics] == ["metric"]
    assert [e.kind for e in others] == ["call_finished"]
    # With another hook set the core records every kind; the driver hands out each to its own.
    assert {"request_sent", "response_head", "call_finished", "metric"} <= set(converted)


def test_without_on_metric_nothing_is_measured(fake, converted):
    finished = []
    coze = Coze(token="pat_metrics", base_url=fake.base_url, hooks=Hooks(on_call_finished=finished.append))
    coze.chat.create(bot_id="b1", user_id="u1", additional_messages=_messages())
    assert len(finished) == 1
    assert "metric" not in converted


def test_on_metric_must_be_callable():
    with pytest.raises(TypeError):
        Hooks(on_metric="print")
