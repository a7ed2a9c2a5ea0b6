"""The fault scenarios of tests/e2e/faults.json through the real client (its default driver, httpx).

Each scenario queues its faults on the fake Coze server, makes one call with
``Coze.chat.create`` / ``Coze.chat.stream``, then checks the outcome and the
server's request log as tests/e2e/README.md describes. Every hook is on (with
hook_bodies) and recorded; after each scenario the token must appear nowhere in
the error or in any recorded hook event.
"""

from __future__ import annotations

import dataclasses
import json
import os
import sys
import time
from pathlib import Path

import pytest

from cozecore import Coze, CozeError
from cozecore.hooks import HookEvent, Hooks

REPO_ROOT = Path(__file__).resolve().parents[3]
SCENARIOS_FILE = Path(os.environ.get("COZE_FAULTS") or REPO_ROOT / "tests" / "e2e" / "faults.json")
SCENARIOS = json.loads(SCENARIOS_FILE.read_text(encoding="utf-8"))
TOKEN = "pat_canary_7Hq2xZ9wLmR4vB"
# The string the leak check looks for (the token; a test of the check may point it elsewhere).
CANARY = TOKEN


def _recording_hooks(recorded: list) -> Hooks:
    """Every hook the client offers, each recording the events it receives."""
    record = recorded.append
    return Hooks(
        on_request_sent=record,
        on_response_head=record,
        on_retry_scheduled=record,
        on_call_finished=record,
        on_health_changed=record,
        on_metric=record,
    )


def _client(base_url: str, c: dict, recorded: list) -> Coze:
    return Coze(
        token=TOKEN,
        base_url=base_url,
        max_retries=c["max_retries"],
        first_byte_timeout=c["first_byte_timeout_ms"] / 1000,
        idle_timeout=c["idle_timeout_ms"] / 1000,
        total_timeout=c["total_timeout_ms"] / 1000,
        idempotency_header=c["idempotency_header"],
        hooks=_recording_hooks(recorded),
        hook_bodies=True,
    )


def _texts(value):
    """Every string form of a value and of each of its parts (fields, items, keys)."""
    yield repr(value)
    yield str(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            yield from _texts(getattr(value, f.name))
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _texts(k)
            yield from _texts(v)
    elif isinstance(value, (list, tuple, set)):
        for item in value:
            yield from _texts(item)


def _leaks(error, recorded: list) -> list:
    """Where the canary appears: the error (message, hint, body, history, str, repr, every
    attribute) and every recorded hook event (repr and every field, headers and body)."""
    places = []
    if error is not None:
        parts = {
            "str(error)": str(error),
            "repr(error)": repr(error),
            "error.message": error.message,
            "error.hint": error.hint,
            "error.body": error.body,
            "error.history": error.history,
            "error.args": error.args,
        }
        parts.update({f"error.{k}": v for k, v in vars(error).items()})
        for where, value in parts.items():
            if any(CANARY in text for text in _texts(value)):
                places.append(where)
    for i, event in enumerate(recorded):
        if any(CANARY in text for text in _texts(event)):
            places.append(f"hook event {i} ({event.kind}): {event!r}")
    return places


def _status_kib(field: str) -> int:
    """A field of /proc/self/status in KiB (VmRSS, VmHWM)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise AssertionError(f"no {field} in /proc/self/status")


def _start_peak_rss() -> int:
    """Resets the process's peak RSS (clear_refs 5); the RSS now, in KiB."""
    Path("/proc/self/clear_refs").write_text("5")
    return _status_kib("VmRSS")


def _is_subset(want, got) -> bool:
    if isinstance(want, dict):
        return isinstance(got, dict) and all(k in got and _is_subset(v, got[k]) for k, v in want.items())
    return want == got


class _Received:
    """What a stream delivered: the count, the last type and the deltas' content (an endless
    stream must not grow the runner's own memory)."""

    def __init__(self) -> None:
        self.n = 0
        self.last_type = ""
        self.parts: list[str] = []

    def add(self, type_: str, content: str | None) -> None:
        self.n += 1
        self.last_type = type_
        if content:
            self.parts.append(content)

    @property
    def content(self) -> str:
        return "".join(self.parts)


def _run(coze: Coze, op: str, params: dict):
    """Makes the call: (result or None, error or None, the events received)."""
    events = _Received()
    try:
        if op == "chat.create":
            return coze.chat.create(**params), None, events
        if op == "chat.stream":
            with coze.chat.stream(**params) as stream:
                for event in stream:
                    events.add(event.type, event.content if event.type == "conversation.message.delta" else None)
            return None, None, events
        raise AssertionError(f"unknown op {op!r}")
    except CozeError as err:
        return None, err, events


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s["name"] for s in SCENARIOS])
def test_fault_scenario(fake, scenario):
    expect = scenario["expect"]
    if scenario["faults"]:
        fake.fault(*scenario["faults"])
    recorded: list = []
    coze = _client(fake.base_url, scenario["client"], recorded)

    rss_before_kib = _start_peak_rss()
    started = time.monotonic()
    result, error, events = _run(coze, scenario["op"], scenario["params"])
    elapsed_ms = (time.monotonic() - started) * 1000
    peak_growth_kib = _status_kib("VmHWM") - rss_before_kib
    log = fake.requests()
    remaining = fake._control("GET", "/_fake/faults")

    # The figures scripts/reliability reads, before any check can stop the test.
    if "max_rss_growth_mib" in expect:
        outcome = "done" if error is None else error.kind
        print(f"[rss] {scenario['name']}: {outcome}, peak RSS +{peak_growth_kib} KiB, {elapsed_ms:.0f} ms, "
              f"{events.n} events", file=sys.__stdout__, flush=True)

    # The outcome.
    if expect["outcome"] == "done":
        assert error is None, f"expected success, got {error!r}"
        if "result" in expect:
            assert _is_subset(expect["result"], result.to_dict()), result
    else:
        assert error is not None, "expected a failure, the call succeeded"
        assert error.kind == expect["kind"], repr(error)
        if "attempts" in expect:
            assert error.attempts == expect["attempts"], repr(error)
        if "http_status" in expect:
            assert error.http_status == expect["http_status"], repr(error)
        if "code" in expect:
            assert error.code == expect["code"], repr(error)
    if "max_elapsed_ms" in expect:
        assert elapsed_ms <= expect["max_elapsed_ms"], f"took {elapsed_ms:.0f} ms"
    if "min_elapsed_ms" in expect:
        assert elapsed_ms >= expect["min_elapsed_ms"], f"took {elapsed_ms:.0f} ms"
    if "max_rss_growth_mib" in expect:
        assert peak_growth_kib <= expect["max_rss_growth_mib"] * 1024, f"peak RSS grew by {peak_growth_kib} KiB"
    assert remaining == [], f"faults left unused: {remaining}"

    # (a) the requests the server saw.
    assert len(log) == expect["requests"], [(e["retry_count"], e["events_sent"]) for e in log]
    assert all(e["method"] == "POST" and e["path"] == "/v3/chat" for e in log)
    # (b) one idempotency key on every attempt, or no repeated POST without one.
    header = scenario["client"]["idempotency_header"]
    if header is None:
        assert len(log) == 1, "a POST without an idempotency key was repeated"
        assert all(e["idempotency_key"] is None for e in log)
    else:
        keys = {e["headers"].get(header.lower()) for e in log}
        assert len(keys) == 1 and None not in keys and "" not in keys, keys
    # (c) X-Coze-Retry-Count counts the attempts; each attempt has its own request id.
    assert [e["retry_count"] for e in log] == [str(i) for i in range(len(log))]
    ids = [e["client_request_id"] for e in log]
    assert all(ids) and len(set(ids)) == len(ids), ids
    # (d) stream events: those of the last answer only, each once.
    if scenario["op"] == "chat.stream":
        assert [e["events_sent"] for e in log[:-1]] == [0] * (len(log) - 1), "an earlier attempt sent events"
        if expect.get("events") == "prefix":  # the server was still writing when the call ended
            assert events.n <= log[-1]["events_sent"], events.n
        else:
            assert events.n == log[-1]["events_sent"], events.n
        if "content" in expect:
            assert events.content == expect["content"]
        if expect["outcome"] == "done":
            assert events.last_type == "done"

    # The token appears nowhere: not in the error, nor in any hook event.
    kinds = {e.kind for e in recorded}
    assert all(isinstance(e, HookEvent) for e in recorded)
    assert {"request_sent", "call_finished", "metric"} <= kinds, kinds  # the hooks really ran
    assert any(e.kind == "request_sent" and e.body for e in recorded), "no request body in the hooks"
    leaks = _leaks(error, recorded)
    assert not leaks, f"the token {CANARY!r} leaked into: {leaks}"


def test_scenarios_file_is_well_formed():
    names = [s["name"] for s in SCENARIOS]
    assert len(names) >= 12 and len(set(names)) == len(names)
    for s in SCENARIOS:
        assert s["op"] in ("chat.create", "chat.stream"), s["name"]
        assert set(s["client"]) == {
            "max_retries",
            "first_byte_timeout_ms",
            "idle_timeout_ms",
            "total_timeout_ms",
            "idempotency_header",
        }, s["name"]
        assert s["expect"]["outcome"] in ("done", "fail"), s["name"]
        assert s["expect"].get("events", "all") in ("all", "prefix"), s["name"]
        assert isinstance(s["expect"]["requests"], int), s["name"]
