"""Client health, the circuit breaker and error severity, through the real driver
against tests/fake_coze/server.py (README "Health", "Severity")."""

from __future__ import annotations

import time

import pytest

import cozecore
from cozecore import Breaker, CircuitOpenError, ClientHealth, Coze, HealthSettings, HookEvent, Hooks

OPEN_MS = 1000  # long enough that a loaded machine's scheduling cannot close it between two lines


def _messages(text="x"):
    return [{"role": "user", "content": text, "content_type": "text"}]


def _chat(coze, bot_id):
    return coze.chat.create(bot_id=bot_id, user_id="u1", additional_messages=_messages())


def _health_hooks():
    seen = []
    return Hooks(on_health_changed=seen.append), seen


def test_the_breaker_opens_refuses_without_sending_and_closes_after_a_probe(fake):
    hooks, seen = _health_hooks()
    coze = Coze(
        token="pat_health",
        base_url=fake.base_url,
        max_retries=0,
        # Slices of 10 s: the four failures land in the running and the previous slice at most.
        health=HealthSettings(slice_ms=10_000),
        breaker=Breaker(threshold=0.5, min_attempts=4, open_ms=OPEN_MS),
        hooks=hooks,
    )
    fresh = coze.health()
    assert isinstance(fresh, ClientHealth)
    assert (fresh.state, fresh.breaker, fresh.total_attempts, fresh.opened) == ("closed", True, 0, 0)

    for _ in range(4):
        with pytest.raises(cozecore.ServerError) as failed:
            _chat(coze, "broken")  # HTTP 500, code 5000 every time
        assert (failed.value.http_status, failed.value.code) == (500, 5000)
        assert failed.value.severity == "critical"  # a service failure with retries off
    assert len(fake.requests()) == 4
    assert [(e.kind, e.reason, e.state, e.severity) for e in seen] == [
        ("health_changed", "opened", "open", "critical")
    ]
    assert isinstance(seen[0], HookEvent) and seen[0].error_rate is not None and seen[0].error_rate >= 0.5
    assert seen[0].op == "chat.create"

    started = time.monotonic()
    with pytest.raises(CircuitOpenError) as refused:
        _chat(coze, "b1")
    assert time.monotonic() - started < OPEN_MS / 2000  # failed at once, not after waiting for the breaker
    err = refused.value
    assert (err.kind, err.severity, err.retryable, err.http_status) == ("circuit_open", "info", True, 0)
    assert err.retry_after_ms is not None and 0 < err.retry_after_ms <= OPEN_MS
    assert len(fake.requests()) == 4  # nothing reached the server

    health = coze.health()
    assert (health.state, health.opened, health.rejected) == ("open", 1, 1)
    assert 0 < health.open_ms_left <= OPEN_MS
    assert (health.total_attempts, health.total_failures) == (4, 4)
    # All four in the running slice (10 s from the first attempt): no slice has closed yet.
    assert (health.current_attempts, health.current_failures, health.rated, health.error_rate) == (4, 4, False, 0)

    time.sleep(OPEN_MS / 1000 + 0.05)
    chat = _chat(coze, "b1")  # the probe
    assert chat.id
    assert len(fake.requests()) == 5
    after = coze.health()
    assert (after.state, after.opened, after.open_ms_left) == ("closed", 1, 0)
    assert [(e.reason, e.state) for e in seen] == [("opened", "open"), ("half_open", "half_open"), ("closed", "closed")]
    assert [e.severity for e in seen] == ["critical", "warning", "info"]
    assert all(e.error_rate is not None for e in seen)


def test_a_failed_probe_opens_the_breaker_again(fake):
    hooks, seen = _health_hooks()
    coze = Coze(
        token="pat_health",
        base_url=fake.base_url,
        max_retries=0,
        health=HealthSettings(slice_ms=10_000),
        breaker=Breaker(threshold=0.5, min_attempts=2, open_ms=OPEN_MS),
        hooks=hooks,
    )
    for _ in range(2):
        with pytest.raises(cozecore.ServerError):
            _chat(coze, "broken")
    with pytest.raises(CircuitOpenError):
        _chat(coze, "broken")
    time.sleep(OPEN_MS / 1000 + 0.05)
    with pytest.raises(cozecore.ServerError):
        _chat(coze, "broken")  # the probe fails
    assert len(fake.requests()) == 3
    health = coze.health()
    assert (health.state, health.opened) == ("open", 2)
    assert [e.reason for e in seen] == ["opened", "half_open", "opened"]


def test_client_errors_do_not_count_against_the_service_and_carry_their_severity(fake):
    coze = Coze(token="pat_health", base_url=fake.base_url, max_retries=0, breaker=Breaker(min_attempts=2))
    with pytest.raises(cozecore.NotFoundError) as missing:
        coze.conversations.retrieve(conversation_id="1")  # names nothing: code 4001
    assert missing.value.severity == "info"
    with pytest.raises(cozecore.BadRequestError) as bad:
        coze.conversations.retrieve(conversation_id="abc")  # not digits: HTTP 400, code 4000
    assert (bad.value.http_status, bad.value.severity) == (400, "warning")
    denied = Coze(token="not_a_pat", base_url=fake.base_url, max_retries=0)
    with pytest.raises(cozecore.AuthenticationError) as auth:
        _chat(denied, "b1")
    assert (auth.value.http_status, auth.value.severity) == (401, "critical")
    health = coze.health()
    assert (health.state, health.total_attempts, health.total_failures, health.opened) == ("closed", 2, 0, 0)


def test_a_retried_failure_is_a_warning_hook_and_critical_when_retries_run_out(fake):
    events = []
    coze = Coze(
        token="pat_health",
        base_url=fake.base_url,
        max_retries=1,
        hooks=Hooks(on_retry_scheduled=events.append, on_call_finished=events.append),
    )
    fake.fault(
        {"status": 503, "headers": {"Retry-After": "0"}, "body": {"code": 5000, "msg": "x"}},
        {"status": 503, "headers": {"Retry-After": "0"}, "body": {"code": 5000, "msg": "x"}},
    )
    with pytest.raises(cozecore.ServerError) as failed:
        _chat(coze, "b1")
    assert failed.value.severity == "critical"
    assert [(e.kind, e.severity) for e in events] == [("retry_scheduled", "warning"), ("call_finished", "critical")]
    assert all(e.error_rate is None and e.reason == "" for e in events)


def test_health_without_a_breaker_counts_the_retry_budget(fake):
    coze = Coze(token="pat_health", base_url=fake.base_url, max_retries=1, retry_budget=cozecore.RetryBudget(capacity=50))
    fake.fault({"status": 503, "headers": {"Retry-After": "0"}, "body": {"code": 5000, "msg": "x"}})
    _chat(coze, "b1")
    health = coze.health()
    assert (health.state, health.breaker) == ("closed", False)
    assert (health.total_attempts, health.total_failures, health.retries_spent) == (2, 1, 1)
    assert health.retry_budget_left < 50


def test_breaker_true_is_the_defaults_and_false_is_off(fake):
    assert Coze(token="pat_x", base_url=fake.base_url, breaker=True).health().breaker is True
    assert Coze(token="pat_x", base_url=fake.base_url, breaker=False).health().breaker is False
    assert Coze(token="pat_x", base_url=fake.base_url).health().breaker is False


@pytest.mark.parametrize(
    "kwargs,needle",
    [
        ({"health": HealthSettings(alpha=0)}, "health.alpha"),
        ({"breaker": Breaker(threshold=1.5)}, "breaker.threshold"),
        ({"breaker": "on"}, "breaker must be"),
        ({"health": {"alpha": 0.5}}, "health must be"),
    ],
)
def test_bad_health_options_are_rejected_when_the_client_is_made(kwargs, needle):
    with pytest.raises(cozecore.InvalidArgumentError, match=needle.replace(".", r"\.")):
        Coze(token="pat_x", **kwargs)
