"""Every core Client and Call the package makes is released: the core's live
counters return to where they started after calls of every ending."""

from __future__ import annotations

import gc
import threading

import pytest

import cozecore
from cozecore import Coze, Hooks, RateLimit
from cozecore._bridge import core


def _messages(text="x"):
    return [{"role": "user", "content": text, "content_type": "text"}]


def _live():
    gc.collect()
    return core.live_calls(), core.live_clients()


def _workload(fake) -> None:
    seen = []
    coze = Coze(token="pat_live", base_url=fake.base_url, max_retries=1, hooks=Hooks(on_call_finished=seen.append))
    plain = Coze(token="pat_live", base_url=fake.base_url, max_retries=0)
    assert core.live_clients() >= 2

    # Completed calls and streams.
    for _ in range(5):
        coze.chat.create(bot_id="b1", user_id="u1", additional_messages=_messages())
        assert list(plain.chat.stream(bot_id="b1", user_id="u1", additional_messages=_messages()))[-1].type == "done"

    # Failed calls: an API error, a stream error, a retried server error, bad input.
    for bot in ("busy", "stream_error", "truncated", "broken"):
        try:
            list(coze.chat.stream(bot_id=bot, user_id="u1", additional_messages=_messages()))
        except cozecore.CozeError:
            pass
    fake.fault({"status": 503, "headers": {"Retry-After": "0"}, "body": {"code": 5000, "msg": "x"}}, {"reset": True})
    try:
        coze.chat.create(bot_id="b1", user_id="u1", additional_messages=_messages())
    except cozecore.CozeError:
        pass
    try:
        coze.chat.create(bot_id="b1", user_id="u1", additional_messages=_messages(), traceparent="nope")
    except cozecore.InvalidArgumentError:
        pass
    try:
        coze.call("no.such.operation", {})
    except cozecore.CozeError:
        pass

    # Streams closed early, by the with block and by close().
    for _ in range(3):
        with coze.chat.stream(bot_id="b1", user_id="u1", additional_messages=_messages("abcdefghi")) as stream:
            next(stream)
        stream = plain.chat.stream(bot_id="b1", user_id="u1", additional_messages=_messages())
        stream.close()  # before any event

    # A stream cancelled mid-way from another thread.
    fake.fault({"drip_ms": 200})
    stream = coze.chat.stream(bot_id="b1", user_id="u1", additional_messages=_messages("abcdefghijklmno"))
    next(stream)
    timer = threading.Timer(0.1, stream.close)
    timer.start()
    list(stream)
    timer.join()

    # Iterators abandoned: never iterated, and half read.
    for _ in range(3):
        coze.chat.stream(bot_id="b1", user_id="u1", additional_messages=_messages())
        stream = plain.chat.stream(bot_id="b1", user_id="u1", additional_messages=_messages("abcdefghijkl"))
        next(stream)
        next(stream)
        del stream

    # A client whose rate limiter is slept on, then closed.
    limited = Coze(token="pat_live", base_url=fake.base_url, rate_limit=RateLimit(per_second=1, burst=1))
    limited.chat.create(bot_id="b1", user_id="u1", additional_messages=_messages())
    stream = limited.chat.stream(bot_id="b1", user_id="u1", additional_messages=_messages())
    threading.Timer(0.1, stream.close).start()
    assert list(stream) == []
    assert seen  # the hooks ran


def test_handles_return_to_the_starting_count(fake):
    before = _live()
    _workload(fake)
    after = _live()
    assert after == before


def test_counters_see_a_live_client_and_call(fake):
    before = _live()
    coze = Coze(token="pat_live", base_url=fake.base_url)
    stream = coze.chat.stream(bot_id="b1", user_id="u1", additional_messages=_messages())
    assert _live() == (before[0] + 1, before[1] + 1)
    next(stream)
    del coze  # the stream keeps what it needs: its client is still alive
    assert _live() == (before[0] + 1, before[1] + 1)
    assert list(stream)[-1].type == "done"
    del stream
    assert _live() == before


@pytest.mark.parametrize("traceback", ["kept", "cleared"])
def test_no_handle_is_kept_by_a_raised_error(fake, traceback):
    before = _live()
    coze = Coze(token="not-a-pat", base_url=fake.base_url)
    with pytest.raises(cozecore.AuthenticationError) as info:
        list(coze.chat.stream(bot_id="b1", user_id="u1", additional_messages=_messages()))
    if traceback == "cleared":
        info.value.__traceback__ = None
    del info, coze
    assert _live() == before
