"""The soak and shared-client runs of tests/e2e/README.md ("Soak and shared clients").

Each is one test through the public client against the fake Coze server, and
prints its one line (``[soak] python: ...``, ``[shared] python: ...``) past pytest's
capture, for scripts/reliability.

Soak: one Coze (max_retries 0), COZE_SOAK_STREAMS (default 1000) echo-bot streams one
after the other, each ended one of four ways picked by a seeded PRNG (COZE_SOAK_SEED,
default 1), a quarter each: (a) closed before its first event, (b) left after k events
(1 to 12) by a break out of the ``with`` block, (c) closed from a timer thread after 0
to 5 ms while this thread iterates, (d) read to its end. (a) sends nothing: a Python
stream starts its request at the first next(). A closed Python stream ends its loop
quietly (StopIteration), so the ``cancelled`` error of (a), (b) and (c) is read where
the package reports it: the ``call_finished`` hook event (error_kind). After 100
streams of warm-up and after the last one, the RSS and the core's live calls (after
gc.collect()): the live calls are back and the RSS grew by at most 5 MiB.

Shared client: one Coze (max_retries 2, every hook on, hook_bodies) shared by 64
threads taking calls from one counter until COZE_SHARED_CALLS (default 1000) are made;
call i is, by i mod 4, chat.create, chat.stream read to its end, conversations.create,
or chat.stream left after its first event. A Coze and an AsyncCoze each make their own
core client (the package has no public way to share one), so the README's "32 threads
and 32 asyncio tasks" on one client is 64 threads on one Coze here. A call that fails
did so on faults alone: server or connection, after its three attempts or when the
retry budget (capacity 500, 5 a retry) stopped its retries, which its error says (with
COZE_SHARED_CALLS / 10 faults queued up front, 10,000 calls exhaust it). The client's
health counts every attempt but a cancelled one (core/resilience/resilience.h: "a
cancelled attempt does not count at all"): the requests sent less the cancelled streams.
"""

from __future__ import annotations

import gc
import math
import os
import random
import sys
import threading
import time
from pathlib import Path
from typing import Dict, List, Optional, Tuple

import pytest
from conftest import FakeCoze

from cozecore import Coze, CozeError
from cozecore._bridge import core
from cozecore.hooks import HookEvent, Hooks
from cozecore.resilience import RetryBudget

TARGET = "python"
TOKEN = "pat_reliability_soak"
MESSAGE = "soak " + "s" * 40
ANSWER = "Echo: " + MESSAGE  # the echo bot's answer
DELTAS = math.ceil(len(ANSWER) / 3)  # one delta per 3 code points
# chat.created, chat.in_progress, the deltas, message.completed, chat.completed, done
STREAM_EVENTS = DELTAS + 5
WARM_UP_SHARE = 10  # the warm-up: a tenth of the streams (100 of the default 1,000)
RSS_BOUND_KIB = 5 * 1024
WORKERS = 64
def _env_int(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip()
    return int(value) if value else default


def _rss_kib() -> int:
    """VmRSS of this process in KiB, after the runtime's collection."""
    gc.collect()
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise AssertionError("no VmRSS in /proc/self/status")


def _live_calls() -> int:
    gc.collect()  # finalizers (EventStream.__del__, the core Call's owner) run first
    return int(core.live_calls())


def _report(capsys, line: str) -> None:
    """The run's line on the real stdout, whether pytest captures or not (-s)."""
    with capsys.disabled():
        print("\n" + line, flush=True)


def _messages() -> List[Dict[str, str]]:
    return [{"role": "user", "content": MESSAGE, "content_type": "text"}]


class _Seen:
    """What one stream delivered: the count, the last type and the deltas' content."""

    def __init__(self) -> None:
        self.n = 0
        self.last_type = ""
        self.parts: List[str] = []

    def add(self, event) -> None:
        self.n += 1
        self.last_type = event.type
        if event.type == "conversation.message.delta":
            self.parts.append(event.content)

    @property
    def content(self) -> str:
        return "".join(self.parts)

    def whole(self) -> bool:
        return self.n == STREAM_EVENTS and self.last_type == "done" and self.content == ANSWER

    def a_prefix(self) -> bool:
        """The first events of the answer, up to all of them (a close that lands after the
        `done` event, before the loop saw the stream end, still cancels the call)."""
        return (self.n < STREAM_EVENTS and self.last_type != "done" and ANSWER.startswith(self.content)) or self.whole()


# -- soak ------------------------------------------------------------------------


def _soak_ways(n: int, rng: random.Random) -> List[str]:
    """How each of n streams ends: a quarter each (the remainder a, b, c in turn), shuffled."""
    ways = [w for w in "abcd" for _ in range(n // 4)] + list("abcd"[: n % 4])
    rng.shuffle(ways)
    return ways


def _soak_stream(coze: Coze, finished: List[HookEvent], way: str, rng: random.Random) -> None:
    """One stream, ended its way; asserts that it ended as that way says."""
    finished.clear()
    seen = _Seen()
    stream = coze.chat.stream(bot_id="soak-bot", user_id="u-soak", additional_messages=_messages())
    if way == "a":  # cancelled before its first event
        stream.close()
        for event in stream:
            seen.add(event)
        assert seen.n == 0, f"(a) got {seen.n} events after close()"
        assert [e.error_kind for e in finished] == ["cancelled"], f"(a) ended {finished!r}"
    elif way == "b":  # left after k events by the loop's early exit
        k = rng.randint(1, 12)
        with stream:
            for event in stream:
                seen.add(event)
                if seen.n == k:
                    break
        assert seen.n == k, f"(b) wanted {k} events, got {seen.n}"
        assert [e.error_kind for e in finished] == ["cancelled"], f"(b) ended {finished!r}"
    elif way == "c":  # cancelled from another thread after 0 to 5 ms
        timer = threading.Timer(rng.uniform(0.0, 0.005), stream.close)
        timer.start()
        try:
            for event in stream:
                seen.add(event)
        finally:
            timer.join()
        assert finished, f"(c) closed from another thread after {seen.n} events: no call_finished event"
        assert len(finished) == 1, f"(c) ended {finished!r}"
        if finished[0].error_kind == "":
            assert seen.whole(), f"(c) finished first but got {seen.n} events, {seen.content!r}"
        else:
            assert finished[0].error_kind == "cancelled", f"(c) ended {finished!r}"
            assert seen.a_prefix(), f"(c) cancelled after {seen.n} events, {seen.content!r}"
    else:  # (d) read to its end
        for event in stream:
            seen.add(event)
        assert seen.whole(), f"(d) got {seen.n} events ending {seen.last_type!r}, {seen.content!r}"
        assert [e.error_kind for e in finished] == [""], f"(d) ended {finished!r}"


def test_soak(fake, capsys):
    total = _env_int("COZE_SOAK_STREAMS", 1000)
    seed = _env_int("COZE_SOAK_SEED", 1)
    assert total > 0
    rng = random.Random(seed)
    ways = _soak_ways(total, rng)
    warm_up = max(1, total // WARM_UP_SHARE)

    finished: List[HookEvent] = []  # the call_finished event of the stream in hand
    coze = Coze(
        token=TOKEN,
        base_url=fake.base_url,
        max_retries=0,
        hooks=Hooks(on_call_finished=finished.append),
    )
    started = time.monotonic()
    live_before = rss_before = 0
    wrong: List[str] = []  # the streams that did not end as their way says (the run goes on)
    for i, way in enumerate(ways):
        if i == warm_up:
            finished.clear()
            live_before, rss_before = _live_calls(), _rss_kib()
        try:
            _soak_stream(coze, finished, way, rng)
        except AssertionError as exc:
            wrong.append(f"stream {i}: {exc}")
        except Exception as exc:  # noqa: BLE001 - a CozeError or anything else: a stream that ended wrongly
            wrong.append(f"stream {i} ({way}) raised {exc!r}")
    finished.clear()
    live_after, rss_after = _live_calls(), _rss_kib()
    elapsed = time.monotonic() - started
    if total == warm_up:  # no stream after the warm-up: its figures are the end's
        live_before, rss_before = live_after, rss_after

    counts = {w: ways.count(w) for w in "abcd"}
    growth = rss_after - rss_before
    _report(
        capsys,
        f"[soak] {TARGET}: {total} streams (a {counts['a']}, b {counts['b']}, c {counts['c']}, d {counts['d']}), "
        f"live calls {live_before} -> {live_after}, RSS {growth:+d} KiB, {elapsed:.1f} s",
    )
    assert not wrong, f"{len(wrong)} of {total} streams ended wrongly (seed {seed}), the first: {wrong[:5]}"
    assert live_after == live_before, f"live calls {live_before} -> {live_after}"
    assert growth <= RSS_BOUND_KIB, f"RSS grew by {growth} KiB over {total - warm_up} streams"
    # (a) never sent its request; (c) did, unless the close came before the first step.
    assert total - counts["a"] - counts["c"] <= len(fake.requests()) <= total - counts["a"]


# -- shared client -----------------------------------------------------------------

OK, FAILED = "ok", "failed"


def _shared_call(coze: Coze, i: int, local: threading.local) -> Tuple[str, str]:
    """Call i (by i mod 4) on the shared client: (OK or FAILED, what happened)."""
    local.finished = []
    way = i % 4
    try:
        if way == 0:
            chat = coze.chat.create(bot_id="shared-bot", user_id=f"u{i}", additional_messages=_messages())
            if chat.bot_id != "shared-bot" or chat.status != "in_progress" or not chat.id:
                return "", f"chat.create answered {chat!r}"
            return OK, ""
        if way == 1:
            seen = _Seen()
            for event in coze.chat.stream(bot_id="shared-bot", user_id=f"u{i}", additional_messages=_messages()):
                seen.add(event)
            if not seen.whole():
                return "", f"the stream ended after {seen.n} events ({seen.last_type!r}): {seen.content!r}"
            return OK, ""
        if way == 2:
            conversation = coze.conversations.create(meta_data={"i": str(i)})
            if not conversation.id or conversation.meta_data != {"i": str(i)}:
                return "", f"conversations.create answered {conversation!r}"
            return OK, ""
        seen = _Seen()
        with coze.chat.stream(bot_id="shared-bot", user_id=f"u{i}", additional_messages=_messages()) as stream:
            for event in stream:
                seen.add(event)
                break
        kinds = [e.error_kind for e in local.finished]
        if seen.n != 1 or seen.last_type != "conversation.chat.created" or kinds != ["cancelled"]:
            return "", f"the stream left after its first event got {seen.n} ({seen.last_type!r}), ended {kinds}"
        return OK, ""
    except CozeError as err:
        # Only faults: the three attempts used up (or the retry budget, which the error says).
        spent = err.attempts == 3 or "retry budget exhausted" in err.message
        if err.kind in ("server", "connection") and spent:
            return FAILED, f"{err.kind} after {err.attempts} attempts"
        return "", f"raised {err!r} (attempts {err.attempts})"
    except Exception as exc:  # noqa: BLE001 - reported as a failed check
        return "", f"raised {exc!r}"


def test_shared_client(fake, capsys):
    total = _env_int("COZE_SHARED_CALLS", 1000)
    assert total > 0
    lock = threading.Lock()
    counts: Dict[str, int] = {"request_sent": 0, "call_finished": 0, "cancelled": 0}
    local = threading.local()  # the sync driver hands each call's hooks to its own thread

    def count(event: HookEvent) -> None:
        with lock:
            counts[event.kind] = counts.get(event.kind, 0) + 1
        if event.kind == "call_finished":
            local.finished.append(event)
            if event.error_kind == "cancelled":
                with lock:
                    counts["cancelled"] += 1

    budget = RetryBudget()
    coze = Coze(
        token=TOKEN,
        base_url=fake.base_url,
        max_retries=2,
        retry_budget=budget,
        hooks=Hooks(
            on_request_sent=count,
            on_response_head=count,
            on_retry_scheduled=count,
            on_call_finished=count,
            on_health_changed=count,
            on_metric=count,
            on_tool_called=count,
            on_tool_finished=count,
        ),
        hook_bodies=True,
    )

    # COZE_SHARED_CALLS / 10 faults: a 503 with Retry-After 0, a reset before the head, ...
    faults = [
        {"status": 503, "headers": {"Retry-After": "0"}, "body": {"code": 5000, "msg": "service unavailable"}}
        if j % 2 == 0
        else {"reset": True}
        for j in range(total // 10)
    ]
    if faults:
        fake.fault(*faults)

    next_call = [0]
    outcomes: List[Optional[Tuple[str, str]]] = [None] * total

    def worker() -> None:
        while True:
            with lock:
                i = next_call[0]
                if i >= total:
                    return
                next_call[0] = i + 1
            outcomes[i] = _shared_call(coze, i, local)

    threads = [threading.Thread(target=worker, name=f"shared-{w}") for w in range(WORKERS)]
    started = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - started

    log = fake.requests()
    left = fake._control("GET", "/_fake/faults")
    health = coze.health()
    ok = sum(1 for o in outcomes if o is not None and o[0] == OK)
    failed = sum(1 for o in outcomes if o is not None and o[0] == FAILED)
    _report(
        capsys,
        f"[shared] {TARGET}: {WORKERS} workers, {total} calls (ok {ok}, failed {failed}), {len(log)} requests, "
        f"{elapsed:.1f} s",
    )

    wrong = [(i, o) for i, o in enumerate(outcomes) if o is None or o[0] not in (OK, FAILED)]
    assert not wrong, f"{len(wrong)} calls ended wrongly, the first: {wrong[:5]}"
    assert counts["call_finished"] == total, counts
    assert len(log) == counts["request_sent"], f"the fake logged {len(log)} requests, the hooks saw {counts}"
    # The health counts every attempt but a cancelled one ("a cancelled attempt does not count
    # at all": core/resilience/resilience.h): each cancelled call here is a stream left after
    # its first event, whose last attempt was sent and answered.
    assert health.total_attempts == counts["request_sent"] - counts["cancelled"], (health, counts)
    assert health.total_failures == len(faults), (health, len(faults))  # each fault failed one attempt
    assert left == [], f"{len(left)} faults left unused"
    assert 0 <= health.retry_budget_left <= budget.capacity, health
