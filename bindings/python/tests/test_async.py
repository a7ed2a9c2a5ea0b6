"""AsyncCoze (cozecore.aio) end to end against tests/fake_coze, and its generated surface.

Each test runs its own event loop (asyncio.run): no pytest plugin needed.
"""

from __future__ import annotations

import asyncio
import gc
import inspect
import os
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any, Dict, List

import pytest

import cozecore
from cozecore import (
    AsyncChatPoll,
    AsyncCoze,
    AsyncEventStream,
    AsyncPager,
    Chat,
    Coze,
    FileUpload,
    HookEvent,
    Hooks,
    Page,
    tool,
)
from cozecore._bridge import core
from cozecore._generated import async_resources, resources

REPO = Path(__file__).resolve().parents[3]
TOKEN = "pat_async"


def _messages(text: str = "Hi there") -> List[Dict[str, str]]:
    return [{"role": "user", "content": text, "content_type": "text"}]


def _client(fake, **kwargs: Any) -> AsyncCoze:
    kwargs.setdefault("max_retries", 0)
    return AsyncCoze(token=kwargs.pop("token", TOKEN), base_url=fake.base_url, **kwargs)


def _run(coro):
    return asyncio.run(coro)


def _live():
    gc.collect()
    return core.live_calls(), core.live_clients()


class _Ticker:
    """Counts the event loop's turns while a call runs: a blocked loop does not tick."""

    def __init__(self) -> None:
        self.ticks = 0
        self.longest = 0.0
        self._task: Any = None

    async def _tick(self) -> None:
        last = time.monotonic()
        while True:
            await asyncio.sleep(0.01)
            now = time.monotonic()
            self.longest = max(self.longest, now - last)
            last = now
            self.ticks += 1

    def __enter__(self) -> "_Ticker":
        self._task = asyncio.ensure_future(self._tick())
        return self

    def __exit__(self, *exc: Any) -> None:
        self._task.cancel()


# -- the generated surface -------------------------------------------------------------


def _resource_classes(module, prefix: str = ""):
    return {
        name[len(prefix) :]: cls
        for name, cls in vars(module).items()
        if inspect.isclass(cls) and name.startswith(prefix) and name.endswith("Resource") and name != "Resource"
    }


def test_every_resource_method_has_an_async_twin_with_the_same_parameters():
    sync = _resource_classes(resources)
    aio = _resource_classes(async_resources, "Async")
    assert set(sync) == set(aio) and len(sync) > 20
    checked = 0
    for name, cls in sync.items():
        methods = {m for m, f in vars(cls).items() if inspect.isfunction(f) and not m.startswith("_")}
        twins = {m for m, f in vars(aio[name]).items() if inspect.isfunction(f) and not m.startswith("_")}
        assert methods == twins, name
        for method in methods:
            ours, theirs = getattr(cls, method), getattr(aio[name], method)
            assert list(inspect.signature(ours).parameters) == list(inspect.signature(theirs).parameters)
            returns = inspect.signature(ours).return_annotation
            # A result is awaited; a stream, pager or handle is returned as it is.
            awaited = not (returns in ("EventStream", "ChatPoll") or str(returns).startswith("Pager["))
            assert inspect.iscoroutinefunction(theirs) == awaited, f"{name}.{method}"
            checked += 1
    assert checked > 60


def test_async_client_has_the_resources_and_the_client_api():
    coze = AsyncCoze(token=TOKEN)
    assert coze.http_client == "httpx"
    assert isinstance(coze.chat, async_resources.AsyncChatResource)
    assert isinstance(coze.conversations.messages.feedback, async_resources.AsyncConversationsMessagesFeedbackResource)
    assert inspect.iscoroutinefunction(coze.chat.create) and not inspect.iscoroutinefunction(coze.chat.stream)
    assert inspect.iscoroutinefunction(coze.call) and not inspect.iscoroutinefunction(coze.stream)
    assert coze.health().state == "closed" and coze.current_token() is None
    assert AsyncCoze.operations() == Coze.operations()
    assert repr(coze) == "AsyncCoze(base_url='https://api.coze.com')"
    with pytest.raises(cozecore.InvalidArgumentError, match="http_client"):
        AsyncCoze(token=TOKEN, http_client="urllib3")
    with pytest.raises(cozecore.InvalidArgumentError, match="blocks the event loop"):
        AsyncCoze(token=TOKEN, http_client="http.client")
    with pytest.raises(cozecore.InvalidArgumentError, match="give token"):
        AsyncCoze()  # the same checks as Coze


def test_without_httpx_async_coze_is_a_clear_error_and_coze_falls_back(monkeypatch):
    from cozecore import _http

    monkeypatch.setattr(_http, "_httpx_installed", False)
    monkeypatch.setattr(_http, "DEFAULT_CLIENT", None)
    with pytest.raises(cozecore.InvalidArgumentError, match="pip install"):
        AsyncCoze(token=TOKEN)
    assert Coze(token=TOKEN).http_client == "http.client"
    with pytest.raises(cozecore.InvalidArgumentError, match="httpx is not installed"):
        Coze(token=TOKEN, http_client="httpx")


def test_coze_picks_httpx_when_installed_or_http_client_when_asked(monkeypatch):
    from cozecore import _http

    monkeypatch.setattr(_http, "DEFAULT_CLIENT", None)
    assert Coze(token=TOKEN).http_client == "httpx"
    assert Coze(token=TOKEN, http_client="http.client").http_client == "http.client"
    with pytest.raises(cozecore.InvalidArgumentError, match="http_client must be"):
        Coze(token=TOKEN, http_client="requests")


# -- calls -------------------------------------------------------------------------------


def test_await_a_result_and_stream_with_async_for(fake):
    async def main():
        async with _client(fake) as coze:
            chat = await coze.chat.create(bot_id="b1", user_id="u1", additional_messages=_messages())
            assert isinstance(chat, Chat) and chat.status == "in_progress" and chat.logid
            again = await coze.chat.retrieve(conversation_id=chat.conversation_id, chat_id=chat.id)
            assert again.id == chat.id
            stream = coze.chat.stream(bot_id="b1", user_id="u1", additional_messages=_messages("Hi there"))
            assert isinstance(stream, AsyncEventStream)
            async with stream as events:
                seen = [event async for event in events]
            assert "".join(e.content for e in seen if e.type == "conversation.message.delta") == "Echo: Hi there"
            assert seen[-1].type == "done" and stream.logid and stream.closed
            by_name = await coze.call("chat.retrieve", conversation_id=chat.conversation_id, chat_id=chat.id)
            assert by_name.id == chat.id
            names = [e.type async for e in coze.stream("chat.stream", {"bot_id": "b1", "user_id": "u1"})]
            assert names[-1] == "done"

    _run(main())


def test_errors_are_the_typed_errors(fake):
    async def main():
        async with _client(fake, token="not-a-pat") as bad:
            with pytest.raises(cozecore.AuthenticationError) as info:
                await bad.chat.create(bot_id="b1", user_id="u1", additional_messages=_messages())
            assert info.value.http_status == 401 and info.value.logid
        async with _client(fake) as coze:
            with pytest.raises(cozecore.StreamError):
                async for _ in coze.chat.stream(bot_id="stream_error", user_id="u1", additional_messages=_messages()):
                    pass
            with pytest.raises(cozecore.InvalidArgumentError, match="streaming operation"):
                await coze.call("chat.stream", bot_id="b1")
            with pytest.raises(TypeError):
                await coze.chat.create(user_id="u1")  # bot_id is required: Python's own error

    _run(main())


def test_retries_timeouts_and_hooks_come_from_the_core(fake):
    async def main():
        seen: List[HookEvent] = []
        fake.fault({"status": 503, "headers": {"Retry-After": "0"}, "body": {"code": 5000, "msg": "unavailable"}})
        async with _client(fake, max_retries=2, hooks=Hooks(on_retry_scheduled=seen.append)) as coze:
            chat = await coze.chat.create(bot_id="b1", user_id="u1", additional_messages=_messages())
            assert chat.status == "in_progress" and [e.kind for e in seen] == ["retry_scheduled"]
        log = fake.requests()
        assert len(log) == 2 and log[0]["idempotency_key"] == log[1]["idempotency_key"]

        fake.fault({"stall_ms": 4000})
        async with _client(fake, first_byte_timeout=1.0) as coze:
            with _Ticker() as ticker:
                started = time.monotonic()
                with pytest.raises(cozecore.APITimeoutError):
                    await coze.chat.create(bot_id="b1", user_id="u1", additional_messages=_messages())
                assert time.monotonic() - started < 3.5
            # The loop ran on while the call waited: a blocked loop would miss a whole second (the
            # bound leaves a loaded machine 0.6 s of scheduling delay).
            assert ticker.ticks >= 10 and ticker.longest < 0.6

        fake.fault({"drip_ms": 1500})
        async with _client(fake, idle_timeout=0.3) as coze:
            got: List[str] = []
            with pytest.raises(cozecore.APITimeoutError):
                async for event in coze.chat.stream(bot_id="b1", user_id="u1", additional_messages=_messages("x")):
                    got.append(event.type)
            assert got[:2] == ["conversation.chat.created", "conversation.chat.in_progress"]

    _run(main())


def test_concurrent_calls_share_the_loop(fake):
    async def main():
        async with _client(fake) as coze:

            async def one(i: int) -> str:
                text = ""
                async for event in coze.chat.stream(bot_id="b1", user_id=f"u{i}", additional_messages=_messages(f"n{i}")):
                    if event.type == "conversation.message.delta":
                        text += event.content
                return text

            texts = await asyncio.gather(*(one(i) for i in range(8)))
            assert texts == [f"Echo: n{i}" for i in range(8)]

    _run(main())


# -- ending early and cancelling ---------------------------------------------------------------


def _finished(hooks: List[HookEvent]) -> List[str]:
    return [e.error_kind for e in hooks if e.kind == "call_finished"]


def test_leaving_the_loop_early_closes_the_stream_and_its_response(fake):
    async def main():
        fake.fault({"drip_ms": 400})
        hooks: List[HookEvent] = []
        async with _client(fake, hooks=Hooks(on_call_finished=hooks.append)) as coze:
            started = time.monotonic()
            stream = coze.chat.stream(bot_id="b1", user_id="u1", additional_messages=_messages("a long message"))
            async for event in stream:
                assert event.type == "conversation.chat.created"
                break  # no async with: the loop's end closes it
            for _ in range(5):
                await asyncio.sleep(0)
            assert stream.closed and _finished(hooks) == ["cancelled"]
            assert time.monotonic() - started < 2  # the dripping rest was not awaited
            # async with closes at once.
            async with coze.chat.stream(bot_id="b1", user_id="u1", additional_messages=_messages("abc")) as events:
                await events.__anext__()
            assert events.closed and _finished(hooks) == ["cancelled", "cancelled"]
            assert [e async for e in events] == []
            # The client serves the next call.
            chat = await coze.chat.create(bot_id="b1", user_id="u1", additional_messages=_messages("after"))
            assert chat.status == "in_progress"

    _run(main())


def test_cancelling_the_task_cancels_the_call(fake):
    async def main():
        fake.fault({"drip_ms": 300})
        hooks: List[HookEvent] = []
        async with _client(fake, hooks=Hooks(on_call_finished=hooks.append)) as coze:
            received: List[str] = []

            async def consume() -> None:
                async for event in coze.chat.stream(bot_id="b1", user_id="u1", additional_messages=_messages("abcdef")):
                    received.append(event.type)

            task = asyncio.ensure_future(consume())
            await asyncio.sleep(0.5)
            started = time.monotonic()
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            assert time.monotonic() - started < 0.5
            assert received and "done" not in received and _finished(hooks) == ["cancelled"]

            # A plain call under a deadline: asyncio's own timeout (wait_for) cancels it.
            fake.fault({"stall_ms": 2000})
            with pytest.raises(asyncio.TimeoutError):
                await asyncio.wait_for(
                    coze.chat.create(bot_id="b1", user_id="u1", additional_messages=_messages()), timeout=0.3
                )
            assert _finished(hooks) == ["cancelled", "cancelled"]

    _run(main())


def test_aclose_from_another_task_and_cancel_from_another_thread(fake):
    async def main():
        async with _client(fake) as coze:
            fake.fault({"drip_ms": 300})
            stream = coze.chat.stream(bot_id="b1", user_id="u1", additional_messages=_messages("a long message"))
            asyncio.get_running_loop().call_later(0.5, lambda: asyncio.ensure_future(stream.aclose()))
            started = time.monotonic()
            got = [e.type async for e in stream]
            assert got and got[-1] != "done" and time.monotonic() - started < 2

            fake.fault({"drip_ms": 300})
            stream = coze.chat.stream(bot_id="b1", user_id="u1", additional_messages=_messages("a long message"))
            threading.Timer(0.5, stream.cancel).start()
            started = time.monotonic()
            got = [e.type async for e in stream]
            assert got and got[-1] != "done" and time.monotonic() - started < 2

    _run(main())


def test_every_core_call_and_client_is_released(fake):
    async def main():
        coze = _client(fake)
        for _ in range(3):
            await coze.chat.create(bot_id="b1", user_id="u1", additional_messages=_messages())
            [e async for e in coze.chat.stream(bot_id="b1", user_id="u1", additional_messages=_messages())]
            async for _ in coze.chat.stream(bot_id="b1", user_id="u1", additional_messages=_messages("abcdef")):
                break
            coze.chat.stream(bot_id="b1", user_id="u1", additional_messages=_messages())  # never iterated
            try:
                await coze.chat.create(bot_id="busy", user_id="u1", additional_messages=_messages())
            except cozecore.CozeError:
                pass
            fake.fault({"stall_ms": 1000})
            task = asyncio.ensure_future(coze.chat.create(bot_id="b1", user_id="u1", additional_messages=_messages()))
            await asyncio.sleep(0.1)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            fake.reset()
        await asyncio.sleep(0.05)
        await coze.aclose()

    before = _live()
    _run(main())
    assert _live() == before


# -- flows ------------------------------------------------------------------------------


def test_pages_with_async_for(fake):
    async def main():
        async with _client(fake) as coze:
            conv = await coze.conversations.create()
            for i in range(5):
                await coze.conversations.messages.create(
                    conversation_id=conv.id, role="user", content=f"m{i}", content_type="text"
                )
            pager = coze.conversations.messages.list_pages(conversation_id=conv.id, order="asc", limit=2)
            assert isinstance(pager, AsyncPager)
            assert [m.content async for m in pager] == [f"m{i}" for i in range(5)]
            async with coze.conversations.messages.list_pages(
                conversation_id=conv.id, order="asc", limit=2
            ) as pager:
                pages = [p async for p in pager.pages()]
            assert [len(p) for p in pages] == [2, 2, 1] and all(isinstance(p, Page) for p in pages)
            assert pages[0].has_more and not pages[-1].has_more and pages[0].logid
            fake.reset()
            conv = await coze.conversations.create()
            for i in range(5):
                await coze.conversations.messages.create(
                    conversation_id=conv.id, role="user", content=f"m{i}", content_type="text"
                )
            before = len(fake.requests())
            async for message in coze.conversations.messages.list_pages(conversation_id=conv.id, limit=2):
                break
            await asyncio.sleep(0)
            assert len(fake.requests()) == before + 1  # no further page was asked for

    _run(main())


def test_create_and_poll_and_its_handle(fake):
    async def main():
        async with _client(fake) as coze:
            done = await coze.chat.create_and_poll(
                bot_id="b1", user_id="u1", additional_messages=_messages("poll me"), poll_interval=0.05
            )
            assert done.chat.status == "completed" and [m.content for m in done.messages][-1] == "Echo: poll me"
            poll = coze.chat.start_create_and_poll(
                bot_id="b1", user_id="u1", additional_messages=_messages(), poll_interval=0.05
            )
            assert isinstance(poll, AsyncChatPoll)
            async with poll:
                assert (await poll.result()).chat.status == "completed"
            async with coze.chat.start_create_and_poll(
                bot_id="slow", user_id="u1", additional_messages=_messages(), poll_interval=0.05
            ) as slow:
                asyncio.get_running_loop().call_later(0.2, slow.cancel)
                with pytest.raises(cozecore.CancelledError):
                    await slow.result()

    _run(main())


def test_uploads_with_progress_and_downloads_to_a_file(fake, tmp_path):
    async def main():
        data = os.urandom(3 * 1024 * 1024 + 5)
        path = tmp_path / "big.bin"
        path.write_bytes(data)
        progress: List[Any] = []
        async with _client(fake) as coze:
            with _Ticker() as ticker:
                uploaded = await coze.files.upload(file=str(path), upload_progress=lambda s, t: progress.append((s, t)))
            assert uploaded.file_name == "big.bin" and uploaded.bytes == len(data)
            assert progress[-1][0] == progress[-1][1] > len(data) and len(progress) > 3
            assert ticker.longest < 0.5
            upload = FileUpload(data, filename="mem.bin")
            assert (await coze.call("files.upload", {"file": upload})).bytes == len(data)
            out = tmp_path / "speech.mp3"
            answer = await coze.audio.speech.create(
                input="hello", voice_id="7300000000000000301", output=out, extra_headers={"X-Fake-Speech-Bytes": "70000"}
            )
            assert answer.size == 70000 and answer.content == b"" and out.stat().st_size == 70000
            answer = await coze.audio.speech.create(
                input="hello", voice_id="7300000000000000301", extra_headers={"X-Fake-Speech-Bytes": "1000"}
            )
            assert len(answer.content) == 1000

    _run(main())


def test_run_tools_runs_the_functions_off_the_loop(fake):
    @tool
    def get_weather(city: str, unit: str = "celsius") -> dict:
        """The weather in a city now."""
        time.sleep(1.0)  # blocking, on its own thread: the loop goes on
        return {"city": city, "temperature": 21, "unit": unit}

    @tool
    def get_time(tz: str) -> str:
        """The time in a time zone."""
        return "14:05"

    async def main():
        async with _client(fake) as coze:
            with _Ticker() as ticker:
                async with coze.chat.run_tools(
                    bot_id="tools", user_id="u1", additional_messages=_messages(), tools=[get_weather, get_time]
                ) as events:
                    text = "".join([e.content async for e in events if e.type == "conversation.message.delta"])
            assert text.startswith("Tool outputs: get_weather -> ") and text.endswith("get_time -> 14:05")
            assert ticker.longest < 0.6  # a loop blocked by the function would miss a whole second

    _run(main())


def test_the_async_example_runs(fake):
    env = dict(os.environ, COZE_BASE_URL=fake.base_url, COZE_API_TOKEN=TOKEN)
    done = subprocess.run(
        [sys.executable, str(REPO / "examples" / "python" / "async_chat.py")],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "Echo: Hello from cozecore" in done.stdout
    assert "[stopped after 3 deltas]" in done.stdout


def test_async_def_tools_are_awaited_on_the_loop_and_cancelled_when_they_time_out(fake):
    loop_threads: List[int] = []
    cancelled: List[str] = []

    @tool
    async def get_weather(city: str, unit: str = "celsius") -> Dict[str, Any]:
        """The weather in a city now."""
        loop_threads.append(threading.get_ident())
        await asyncio.sleep(0.05)
        return {"city": city, "temperature": 21, "unit": unit}

    @tool
    async def get_time(tz: str) -> str:
        """The time in a time zone."""
        try:
            await asyncio.sleep(30)  # hangs: the round's timeout cancels it
        except asyncio.CancelledError:
            cancelled.append(tz)
            raise
        return "never"

    async def main():
        outcomes: Dict[str, str] = {}
        hooks = Hooks(on_tool_finished=lambda e: outcomes.update({e.tool: e.outcome}))
        async with _client(fake, hooks=hooks) as coze:
            started = time.monotonic()
            async with coze.chat.run_tools(
                bot_id="tools", user_id="u1", additional_messages=_messages(), tools=[get_weather, get_time],
                tool_timeout=0.3,
            ) as events:
                text = "".join([e.content async for e in events if e.type == "conversation.message.delta"])
            assert time.monotonic() - started < 5
            assert loop_threads == [threading.get_ident()]  # on the loop's thread, not a worker
            assert '"temperature":21' in text and outcomes == {"get_weather": "ok", "get_time": "timeout"}
            await asyncio.sleep(0)
            assert cancelled == ["Europe/Paris"]

    _run(main())


def test_coze_runs_an_async_def_tool_to_its_end_on_its_worker_thread(fake):
    @tool
    async def get_weather(city: str, unit: str = "celsius") -> Dict[str, Any]:
        """The weather in a city now."""
        await asyncio.sleep(0.01)
        return {"city": city, "temperature": 21, "unit": unit}

    @tool
    def get_time(tz: str) -> str:
        """The time in a time zone."""
        return "14:05"

    coze = Coze(token=TOKEN, base_url=fake.base_url, max_retries=0)
    with coze.chat.run_tools(bot_id="tools", user_id="u1", additional_messages=_messages(), tools=[get_weather, get_time]) as events:
        text = "".join(e.content for e in events if e.type == "conversation.message.delta")
    assert text == 'Tool outputs: get_weather -> {"city":"Paris","temperature":21,"unit":"celsius"}; get_time -> 14:05'
