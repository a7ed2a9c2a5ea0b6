"""One benchmark run of one Python client on one workload (bench/clients/README.md).

    python harness.py <client> <workload> <base_url>

client:   cozecore      this project's package, sync (coze.chat.stream, coze.workflows.runs.stream,
                        coze.chat.retrieve); small_32 runs 32 threads over one client (no async
                        client yet)
          cozepy        cozepy 0.20.0, sync Coze (httpx.Client); small_32: 32 threads over one client
          cozepy_async  cozepy 0.20.0, AsyncCoze (httpx.AsyncClient); small_32: 32 asyncio tasks
workload: chat, chat_cjk (100,000 deltas), workflow (20,000 Message events), small_seq (10,000
          chat.retrieve calls one after another), small_32 (the same, 32 at a time), chat_cut (a
          correctness check: the stream is cut before `done`; ok means the client reported it)

Prints ONE JSON line: {"client", "workload", "events", "seconds", "first_event_ms", "ok", "error", ...}.
The run checks its work against the load server's totals (GET /bench/expect, the same numbers as
the stream's X-Bench-* headers, fetched before the clock starts): every delta / Message event
counted, the summed length of their `content` (code points), the final events seen; a call's answer
must be the Chat asked for. Anything else is ok:false with the reason and no speed.
Environment: BENCH_CALLS (small calls, default 10000), BENCH_CONCURRENCY (default 32).
"""

from __future__ import annotations

import json
import os
import sys
import time
import urllib.request

T_START = time.perf_counter()

BOT_ID = "7379462189365198898"
CONVERSATION_ID = "7381473525342978089"
CHAT_ID = "7382159494123470858"
WORKFLOW_ID = "7409826353153785867"
TOKEN = "pat_bench"
MESSAGES = [{"role": "user", "content": "Tell me a long story.", "content_type": "text"}]
CALLS = int(os.environ.get("BENCH_CALLS", "10000"))
CONCURRENCY = int(os.environ.get("BENCH_CONCURRENCY", "32"))

CHAT_WORKLOADS = {"chat": "chat", "chat_cjk": "chat_cjk", "chat_cut": "chat_cut"}
ALL_WORKLOADS = ("chat", "chat_cjk", "chat_cut", "workflow", "small_seq", "small_32")


class Failed(Exception):
    """The run did not do its work: no speed is reported."""


def user_of(workload: str) -> str:
    return "cjk" if workload == "chat_cjk" else "bench-user"


def expected(base: str, workload: str) -> dict:
    kind = CHAT_WORKLOADS.get(workload, workload)
    with urllib.request.urlopen(f"{base}/bench/expect?kind={kind}", timeout=60) as resp:
        return json.loads(resp.read())


class Tally:
    """What a stream run saw: events, deltas, summed content length, first-event time."""

    def __init__(self, t0: float) -> None:
        self.t0 = t0
        self.first = None
        self.events = 0
        self.deltas = 0
        self.chars = 0
        self.last_types = []

    def see(self) -> None:
        if self.first is None:
            self.first = time.perf_counter()

    def check(self, want: dict, final_types, extra_events: int = 0) -> None:
        """final_types: the event types that must end the stream, in order."""
        events = self.events + extra_events
        if self.deltas != want["deltas"]:
            raise Failed(f"read {self.deltas} content events, the server sent {want['deltas']}")
        if self.chars != want["content_chars"]:
            raise Failed(f"read {self.chars} content chars, the server sent {want['content_chars']}")
        if events != want["events"]:
            raise Failed(f"read {events} events, the server sent {want['events']}")
        tail = self.last_types[-len(final_types):] if final_types else []
        if list(tail) != list(final_types):
            raise Failed(f"stream ended with {tail}, expected {final_types}")


def remember(tally: Tally, kind: str) -> None:
    tally.last_types.append(kind)
    if len(tally.last_types) > 4:
        del tally.last_types[0]


# --------------------------------------------------------------------------- cozecore


def run_cozecore(workload: str, base: str, want: dict) -> dict:
    from cozecore import Coze

    coze = Coze(token=TOKEN, base_url=base)
    if workload in ("small_seq", "small_32"):
        return small_calls_threads(
            workload,
            lambda: coze.chat.retrieve(conversation_id=CONVERSATION_ID, chat_id=CHAT_ID),
            lambda chat: chat.id == CHAT_ID and chat.status == "completed",
        )
    t0 = time.perf_counter()
    tally = Tally(t0)
    if workload == "workflow":
        with coze.workflows.runs.stream(workflow_id=WORKFLOW_ID, parameters={"input": "go"}) as events:
            for ev in events:
                tally.see()
                tally.events += 1
                kind = ev.type
                if kind == "Message":
                    tally.deltas += 1
                    tally.chars += len(ev.content)
                remember(tally, kind)
        t1 = time.perf_counter()
        tally.check(want, ["Message", "Done"])
        return result(t0, t1, tally.first, want["events"])
    extra = {"extra_query": {"cut": "1"}} if workload == "chat_cut" else {}
    try:
        with coze.chat.stream(bot_id=BOT_ID, user_id=user_of(workload), additional_messages=MESSAGES,
                              **extra) as events:
            for ev in events:
                tally.see()
                tally.events += 1
                kind = ev.type
                if kind == "conversation.message.delta":
                    tally.deltas += 1
                    tally.chars += len(ev.content)
                remember(tally, kind)
    except Exception as exc:  # noqa: BLE001 - any failure is reported, with its type
        if workload == "chat_cut":
            return cut_reported(tally, want, exc)
        raise
    t1 = time.perf_counter()
    if workload == "chat_cut":
        return cut_silent(tally)
    tally.check(want, ["conversation.message.completed", "conversation.chat.completed", "done"])
    return result(t0, t1, tally.first, want["events"])


# --------------------------------------------------------------------------- cozepy (sync)


def cut_query_hook():
    """An httpx request hook that asks the load server for the cut stream (?cut=1)."""

    def hook(request):
        request.url = request.url.copy_merge_params({"cut": "1"})

    return hook


def run_cozepy(workload: str, base: str, want: dict) -> dict:
    from cozepy import Coze, Message, TokenAuth
    from cozepy.request import SyncHTTPClient

    kwargs = {}
    if workload == "chat_cut":
        kwargs["http_client"] = SyncHTTPClient(event_hooks={"request": [cut_query_hook()]})
    coze = Coze(auth=TokenAuth(TOKEN), base_url=base, **kwargs)
    if workload in ("small_seq", "small_32"):
        return small_calls_threads(
            workload,
            lambda: coze.chat.retrieve(conversation_id=CONVERSATION_ID, chat_id=CHAT_ID),
            lambda chat: chat.id == CHAT_ID and chat.status == "completed",
        )
    t0 = time.perf_counter()
    tally = Tally(t0)
    if workload == "workflow":
        for ev in coze.workflows.runs.stream(workflow_id=WORKFLOW_ID, parameters={"input": "go"}):
            tally.see()
            tally.events += 1
            kind = ev.event.value if hasattr(ev.event, "value") else str(ev.event)
            if kind == "Message":
                tally.deltas += 1
                tally.chars += len(ev.message.content)
            remember(tally, kind)
        t1 = time.perf_counter()
        # cozepy's iterator drops `Done` (its handler returns None for it).
        tally.check(want, ["Message"], extra_events=1)
        return result(t0, t1, tally.first, want["events"])
    messages = [Message.build_user_question_text(MESSAGES[0]["content"])]
    try:
        for ev in coze.chat.stream(bot_id=BOT_ID, user_id=user_of(workload), additional_messages=messages):
            tally.see()
            tally.events += 1
            kind = ev.event.value if hasattr(ev.event, "value") else str(ev.event)
            if kind == "conversation.message.delta":
                tally.deltas += 1
                tally.chars += len(ev.message.content)
            remember(tally, kind)
    except Exception as exc:  # noqa: BLE001
        if workload == "chat_cut":
            return cut_reported(tally, want, exc)
        raise
    t1 = time.perf_counter()
    if workload == "chat_cut":
        return cut_silent(tally)
    # cozepy's iterator drops `done` (its handler returns None for it): counted as read when
    # everything before it was.
    tally.check(want, ["conversation.message.completed", "conversation.chat.completed"], extra_events=1)
    return result(t0, t1, tally.first, want["events"])


# --------------------------------------------------------------------------- cozepy (async)


def run_cozepy_async(workload: str, base: str, want: dict) -> dict:
    import asyncio

    return asyncio.run(_run_cozepy_async(workload, base, want))


async def _run_cozepy_async(workload: str, base: str, want: dict) -> dict:
    import asyncio

    from cozepy import AsyncCoze, AsyncTokenAuth, Message
    from cozepy.request import AsyncHTTPClient

    kwargs = {}
    if workload == "chat_cut":

        async def hook(request):
            request.url = request.url.copy_merge_params({"cut": "1"})

        kwargs["http_client"] = AsyncHTTPClient(event_hooks={"request": [hook]})
    coze = AsyncCoze(auth=AsyncTokenAuth(TOKEN), base_url=base, **kwargs)
    if workload in ("small_seq", "small_32"):
        n = CALLS
        width = CONCURRENCY if workload == "small_32" else 1
        bad = []
        first = []
        t0 = time.perf_counter()

        async def one():
            chat = await coze.chat.retrieve(conversation_id=CONVERSATION_ID, chat_id=CHAT_ID)
            if not first:
                first.append(time.perf_counter())
            if not (chat.id == CHAT_ID and chat.status == "completed"):
                bad.append(chat)

        if width == 1:
            for _ in range(n):
                await one()
        else:
            counter = iter(range(n))

            async def worker():
                for _ in counter:
                    await one()

            await asyncio.gather(*(worker() for _ in range(width)))
        t1 = time.perf_counter()
        if bad:
            raise Failed(f"{len(bad)} answers were not the Chat asked for")
        return result(t0, t1, first[0], n, concurrency=width, model="asyncio tasks" if width > 1 else "sequential")
    t0 = time.perf_counter()
    tally = Tally(t0)
    if workload == "workflow":
        async for ev in coze.workflows.runs.stream(workflow_id=WORKFLOW_ID, parameters={"input": "go"}):
            tally.see()
            tally.events += 1
            kind = ev.event.value if hasattr(ev.event, "value") else str(ev.event)
            if kind == "Message":
                tally.deltas += 1
                tally.chars += len(ev.message.content)
            remember(tally, kind)
        t1 = time.perf_counter()
        # cozepy's iterator drops `Done` (its handler returns None for it).
        tally.check(want, ["Message"], extra_events=1)
        return result(t0, t1, tally.first, want["events"])
    messages = [Message.build_user_question_text(MESSAGES[0]["content"])]
    try:
        async for ev in coze.chat.stream(bot_id=BOT_ID, user_id=user_of(workload), additional_messages=messages):
            tally.see()
            tally.events += 1
            kind = ev.event.value if hasattr(ev.event, "value") else str(ev.event)
            if kind == "conversation.message.delta":
                tally.deltas += 1
                tally.chars += len(ev.message.content)
            remember(tally, kind)
    except Exception as exc:  # noqa: BLE001
        if workload == "chat_cut":
            return cut_reported(tally, want, exc)
        raise
    t1 = time.perf_counter()
    if workload == "chat_cut":
        return cut_silent(tally)
    tally.check(want, ["conversation.message.completed", "conversation.chat.completed"], extra_events=1)
    return result(t0, t1, tally.first, want["events"])


# --------------------------------------------------------------------------- shared


def small_calls_threads(workload: str, call, good) -> dict:
    """CALLS calls, one after another (small_seq) or CONCURRENCY threads at a time (small_32)."""
    n = CALLS
    bad = []
    t0 = time.perf_counter()
    first_answer = call()
    first = time.perf_counter()
    if not good(first_answer):
        bad.append(first_answer)
    if workload == "small_seq":
        for _ in range(n - 1):
            if not good(call()):
                bad.append(1)
        width = 1
    else:
        import threading

        width = CONCURRENCY
        counter = iter(range(n - 1))
        lock = threading.Lock()
        errors = []

        def worker():
            try:
                while True:
                    with lock:
                        if next(counter, None) is None:
                            return
                    if not good(call()):
                        bad.append(1)
            except BaseException as exc:  # noqa: BLE001
                errors.append(exc)

        threads = [threading.Thread(target=worker) for _ in range(width)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        if errors:
            raise errors[0]
    t1 = time.perf_counter()
    if bad:
        raise Failed(f"{len(bad)} answers were not the Chat asked for")
    return result(t0, t1, first, n, concurrency=width, model="threads" if width > 1 else "sequential")


def result(t0: float, t1: float, first, events: int, **extra) -> dict:
    out = {"events": events, "seconds": round(t1 - t0, 6),
           "first_event_ms": round((first - t0) * 1000, 3) if first is not None else None,
           "ok": True, "error": ""}
    out.update(extra)
    return out


def cut_reported(tally: Tally, want: dict, exc: BaseException) -> dict:
    """chat_cut: the client raised; right when it came after every delta the server sent."""
    if tally.deltas != want["deltas"]:
        return {"events": tally.events, "seconds": None, "first_event_ms": None, "ok": False,
                "error": f"failed after {tally.deltas} of {want['deltas']} deltas: "
                         f"{type(exc).__name__}: {str(exc)[:200]}"}
    return {"events": tally.events, "seconds": None, "first_event_ms": None, "ok": True,
            "error": "", "reported": f"{type(exc).__name__}: {str(exc)[:200]}",
            "deltas_before_error": tally.deltas}


def cut_silent(tally: Tally) -> dict:
    return {"events": tally.events, "seconds": None, "first_event_ms": None, "ok": False,
            "error": f"ended a cut stream silently (no error) after {tally.events} events, "
                     f"last {tally.last_types[-1] if tally.last_types else None}"}


RUNNERS = {"cozecore": run_cozecore, "cozepy": run_cozepy, "cozepy_async": run_cozepy_async}


def main(argv) -> int:
    if len(argv) != 4 or argv[1] not in RUNNERS or argv[2] not in ALL_WORKLOADS:
        print(f"usage: {argv[0]} {{{'|'.join(RUNNERS)}}} {{{'|'.join(ALL_WORKLOADS)}}} BASE_URL", file=sys.stderr)
        return 2
    client, workload, base = argv[1], argv[2], argv[3].rstrip("/")
    line = {"client": client, "workload": workload}
    try:
        want = expected(base, workload) if workload not in ("small_seq", "small_32") else {}
        line.update(RUNNERS[client](workload, base, want))
    except Failed as exc:
        line.update({"events": 0, "seconds": None, "first_event_ms": None, "ok": False, "error": str(exc)})
    except Exception as exc:  # noqa: BLE001 - the client broke: say how
        line.update({"events": 0, "seconds": None, "first_event_ms": None, "ok": False,
                     "error": f"{type(exc).__name__}: {str(exc)[:300]}"})
    line["process_seconds"] = round(time.perf_counter() - T_START, 6)
    print(json.dumps(line, ensure_ascii=False), flush=True)
    return 0 if line["ok"] else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
