"""A walk-through of bindings/python/README.md: every code block of that README runs here.

    COZE_BASE_URL=http://127.0.0.1:PORT COZE_API_TOKEN=pat_x PYTHONPATH=build/native/python \
        python3 examples/python/guide.py

One function per README section that has code, called in the README's order
against tests/fake_coze/server.py (it registers OAuth apps there and queues
faults, so it needs the fake, and `cryptography` for the service app). Each
holds its README block(s) verbatim (the README marks them
<!-- snippet: examples/python/guide.py -->), then checks what the block got
and prints "ok <section>"; a failed check exits 1. The last line is
"guide: every section ran". Files are written in a temporary directory.
"""

import contextlib
import http.client
import io
import json
import os
import sys
import tempfile
import urllib.parse
import urllib.request
from typing import Any, Dict, Iterator, List, Mapping, Optional, Tuple, Union

import cozecore
from cozecore import Coze, CozeError, EnterMessageParam, ToolOutputParam

ECHO_BOT = "7300000000000000101"  # the fake's seed bots, workflow, workspace and voice
TOOLS_BOT = "7300000000000000102"
ECHO_WORKFLOW = "7300000000000000201"
WORKSPACE = "7300000000000000001"
VOICE = "7300000000000000301"
REDIRECT_URI = "http://127.0.0.1:9/callback"


class CheckFailed(Exception):
    pass


def check(condition: object, what: str) -> None:
    """A real check (unlike assert, never compiled away)."""
    if not condition:
        raise CheckFailed(what)


class _Tee(io.StringIO):
    """Keeps a copy of what is printed and prints it all the same."""

    def __init__(self, out: Any) -> None:
        super().__init__()
        self._out = out

    def write(self, text: str) -> int:
        self._out.write(text)
        return super().write(text)

    def flush(self) -> None:
        self._out.flush()


@contextlib.contextmanager
def printed() -> Iterator[io.StringIO]:
    """What the code in the block prints (shown as it is printed, too)."""
    tee = _Tee(sys.stdout)
    with contextlib.redirect_stdout(tee):
        yield tee


def fake(method: str, path: str, payload: Any = None) -> Any:
    """A control request to the fake server (tests/fake_coze/README.md, "Control endpoints")."""
    data = None if payload is None else json.dumps(payload).encode()
    request = urllib.request.Request(os.environ["COZE_BASE_URL"] + path, data=data, method=method)
    request.add_header("Content-Type", "application/json")
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.loads(response.read())


def requests_since(mark: int) -> List[Dict[str, Any]]:
    """The API requests the fake logged after the first `mark` ones."""
    log: List[Dict[str, Any]] = fake("GET", "/_fake/requests")
    return log[mark:]


def request_count() -> int:
    return len(fake("GET", "/_fake/requests"))


# -- Quick start -------------------------------------------------------------------


def quick_start() -> Tuple[Coze, List[EnterMessageParam]]:
    import os
    from typing import List

    from cozecore import Coze, CozeError, EnterMessageParam

    coze = Coze(token=os.environ["COZE_API_TOKEN"], base_url=os.environ.get("COZE_BASE_URL", "https://api.coze.com"))
    messages: List[EnterMessageParam] = [{"role": "user", "content": "Hi", "content_type": "text"}]

    chat = coze.chat.create(bot_id="7300000000000000101", user_id="u1", additional_messages=messages)
    print(chat.id, chat.status, chat.logid)  # a Chat view

    check(chat.id and chat.id.isdigit() and chat.bot_id == ECHO_BOT, f"a chat of the echo bot: {chat!r}")
    check(chat.status == "in_progress" and chat.logid, f"started, with a log id: {chat.status} {chat.logid!r}")
    done = coze.chat.retrieve(conversation_id=chat.conversation_id or "", chat_id=chat.id or "")
    check(done.status == "completed", f"the chat completed: {done.status}")
    try:
        coze.chat.create(bot_id="broken", user_id="u1", additional_messages=messages, max_retries=0)
        check(False, "the broken bot raised nothing")
    except CozeError as err:  # the fake's "broken" bot answers HTTP 500
        check(err.kind == "server" and err.http_status == 500, f"a ServerError: {err.kind} {err.http_status}")
        check(err.severity == "critical" and err.logid, f"critical, with a log id: {err.severity} {err.logid!r}")
    return coze, messages


# -- The whole API -------------------------------------------------------------------


def whole_api(coze: Coze, messages: List[EnterMessageParam]) -> None:
    with open("report.pdf", "wb") as f:
        f.write(b"%PDF-1.4 a report\n" * 100)

    conv = coze.conversations.create(bot_id="7300000000000000101", messages=messages)
    conversation_id = conv.id or ""  # a view's fields are Optional (see "Typing")
    page = coze.conversations.messages.list(conversation_id=conversation_id, order="asc", limit=20)
    for message in page.data or []:
        print(message.role, message.content)
    run = coze.workflows.runs.create(workflow_id="7300000000000000201", parameters={"input": "hello"})
    print(run.data, run.usage.token_count if run.usage else "?")
    uploaded = coze.files.upload(file="report.pdf")  # a path, bytes, a binary file, a FileUpload or a tuple
    speech = coze.audio.speech.create(input="Hello", voice_id="7300000000000000301", output="hello.mp3")  # streamed to a file
    bots = coze.bots.list(space_id="7300000000000000001")  # a v1 parameter: runs bots.list_v1, as the official SDKs do

    check([(m.role, m.content) for m in page.data or []] == [("user", "Hi")], "the conversation holds its message")
    check("Echo: hello" in json.dumps(run.data), f"the workflow echoed: {run.data!r}")
    check(run.usage is not None and (run.usage.token_count or 0) > 0, "the run counted tokens")
    check(uploaded.bytes == os.path.getsize("report.pdf") and uploaded.file_name == "report.pdf", repr(uploaded))
    with open("hello.mp3", "rb") as f:
        audio = f.read()
    check(speech.content == b"" and speech.size == len(audio), f"{speech.size} bytes went to the file")
    check(audio.startswith(b"ID3") and audio.endswith(b"Hello"), f"the fake's mp3: {audio!r}")
    ids = {bot.id for bot in bots.items or []}
    check(ECHO_BOT in ids and TOOLS_BOT in ids, f"the workspace's published bots: {ids}")
    log = requests_since(request_count() - 1)
    check(log[0]["path"] == "/v1/space/published_bots_list", f"bots.list_v1 was sent: {log[0]['path']}")


# -- Uploads and downloads -------------------------------------------------------------


def uploads(coze: Coze) -> None:
    said = "the audio the guide transcribes"
    coze.audio.speech.create(input=said, voice_id=VOICE, response_format="wav", output="talk.wav")

    with printed() as out:
        def progress(sent: int, total: int) -> None:
            print(f"{sent}/{total}")

        with open("talk.wav", "rb") as f:
            transcript = coze.audio.transcriptions.create(file=cozecore.FileUpload(f, content_type="audio/wav"),
                                                          upload_progress=progress)

    check(transcript.text == said, f"the fake transcribed its own audio: {transcript.text!r}")
    steps = [line.split("/") for line in out.getvalue().split()]
    check(steps and steps[-1][0] == steps[-1][1], f"progress reached the whole body: {steps[-1:]}")
    check(int(steps[-1][1]) > os.path.getsize("talk.wav"), "the body is the file plus its multipart framing")
    body = requests_since(request_count() - 1)[0]
    check('filename="talk.wav"' in body["body"] and "audio/wav" in body["body"], "the part's name and type")


class Player:
    """Stands for an audio player: it takes each chunk as it arrives."""

    def __init__(self) -> None:
        self.chunks: List[bytes] = []

    def feed(self, chunk: bytes) -> None:
        self.chunks.append(chunk)


def downloads(coze: Coze) -> None:
    player = Player()

    coze.audio.speech.create(input="Hello", voice_id="7300000000000000301", output=player.feed)
    audio = coze.audio.speech.create(input="Hello", voice_id="7300000000000000301").content  # bytes

    fed = b"".join(player.chunks)
    check(player.chunks and fed == audio, f"the player got the same {len(audio)} bytes in {len(player.chunks)} chunks")
    check(audio.startswith(b"ID3") and audio.endswith(b"Hello"), f"the fake's mp3: {audio!r}")


# -- Typed views -----------------------------------------------------------------------


def run_tool(name: str, arguments: str) -> str:
    """The local functions the fake's tools bot asks for (get_weather, get_time)."""
    args = json.loads(arguments)
    if name == "get_weather":
        return f"sunny in {args['city']}"
    if name == "get_time":
        return f"12:00 in {args['tz']}"
    return json.dumps({"error": f"no tool {name}"})


def typed_views(coze: Coze, messages: List[EnterMessageParam]) -> None:
    bot = TOOLS_BOT

    with printed() as out:
        for event in coze.chat.stream(bot_id=bot, user_id="u1", additional_messages=messages):
            if event.type == "conversation.chat.requires_action":  # the bot wants functions run
                calls = event.required_action.submit_tool_outputs.tool_calls
                outputs: List[ToolOutputParam] = [
                    {"tool_call_id": c.id, "output": run_tool(c.function.name, c.function.arguments)} for c in calls
                ]
                for rest in coze.chat.submit_tool_outputs_stream(conversation_id=event.conversation_id,
                                                                 chat_id=event.id, tool_outputs=outputs):
                    if rest.type == "conversation.message.delta":
                        print(rest.content, end="", flush=True)
        print()

    want = "Tool outputs: get_weather -> sunny in Paris; get_time -> 12:00 in Europe/Paris"
    check(out.getvalue().strip() == want, f"the bot answered with the outputs: {out.getvalue()!r}")


# -- Pages and polling -----------------------------------------------------------------


def pages(coze: Coze) -> None:
    texts = ["one", "two", "stop", "four"]
    conv = coze.conversations.create(
        bot_id=ECHO_BOT, messages=[{"role": "user", "content": t, "content_type": "text"} for t in texts]
    )
    conversation_id = conv.id or ""
    mark = request_count()

    with coze.conversations.messages.list_pages(conversation_id=conversation_id, order="asc", limit=50) as messages:
        for message in messages:           # every message, 50 per request
            if message.content == "stop":
                break                      # no further request

    check(message.content == "stop", f"the loop stopped at 'stop': {message.content!r}")
    lists = [r for r in requests_since(mark) if r["path"] == "/v1/conversation/message/list"]
    check(len(lists) == 1 and json.loads(lists[0]["body"])["limit"] == 50, f"one request of 50: {lists}")

    with printed() as out:
        for page in coze.conversations.list_pages(bot_id="7300000000000000101", page_size=20).pages():
            print(len(page.items), page.has_more, page.logid)

    lines = out.getvalue().splitlines()
    counts = [int(line.split()[0]) for line in lines]
    listed = {c.id for c in coze.conversations.list_pages(bot_id=ECHO_BOT, page_size=50)}
    check(page.has_more is False and page.logid, f"the last page says so: {page.has_more} {page.logid!r}")
    check(sum(counts) == len(listed) and conversation_id in listed, f"every conversation, 20 a page: {counts}")
    check(all(n == 20 for n in counts[:-1]), f"full pages before the last: {counts}")


def polling(coze: Coze, messages: List[EnterMessageParam]) -> None:
    chat, replies = coze.chat.create_and_poll(bot_id="7300000000000000101", user_id="u1", additional_messages=messages,
                                              poll_interval=0.5, timeout=60)
    print(chat.status, [m.content for m in replies if m.type == "answer"])

    check(chat.status == "completed", f"the poll ended with the chat completed: {chat.status}")
    check([m.content for m in replies if m.type == "answer"] == ["Echo: Hi"], f"its answer: {replies}")


# -- Per-call options ------------------------------------------------------------------


def per_call_options(coze: Coze, messages: List[EnterMessageParam]) -> None:
    mark = request_count()

    coze.chat.create(bot_id="7300000000000000101", user_id="u1", additional_messages=messages,
                     traceparent="00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
                     max_retries=0, extra_body={"new_field": True})

    sent = requests_since(mark)
    check(len(sent) == 1 and sent[0]["path"] == "/v3/chat", f"one request: {[r['path'] for r in sent]}")
    headers, body = sent[0]["headers"], json.loads(sent[0]["body"])
    check(headers.get("traceparent") == "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", "traceparent")
    check(body.get("new_field") is True and body["bot_id"] == ECHO_BOT, f"extra_body merged: {body}")
    check(sent[0]["idempotency_key"], "a fresh idempotency key")


# -- Retry budget, rate limit, health, circuit breaker, hooks, metrics ------------------


def retries_and_health(token: str, base_url: str, messages: List[EnterMessageParam]) -> None:
    from cozecore import Breaker, Coze, HealthSettings, HookEvent, Hooks, RateLimit, RetryBudget

    def on_retry(event: HookEvent) -> None:
        print(f"{event.op}: attempt {event.attempt} failed ({event.error_kind}), retry in {event.delay_ms} ms")

    def on_health(event: HookEvent) -> None:  # kind "health_changed"
        print(f"{event.severity}: {event.reason} -> {event.state} at {event.error_rate:.0%}: {event.message}")

    coze = Coze(
        token=token,
        base_url=base_url,
        retry_budget=RetryBudget(capacity=100, retry_cost=5, timeout_retry_cost=10, success_refund=1),
        rate_limit=RateLimit(per_second=5, burst=2),  # calls over it wait their turn
        health=HealthSettings(alpha=0.3, slice_ms=1000, spike_factor=3, spike_min_attempts=5),  # the defaults
        breaker=Breaker(threshold=0.5, min_attempts=10, open_ms=30000, half_open_probes=1),   # True: these defaults
        hooks=Hooks(on_retry_scheduled=on_retry,      # also on_request_sent, on_response_head, on_call_finished,
                                                      # on_metric ("Metrics" below)
                    on_health_changed=on_health),
        hook_bodies=False,                            # True: request_sent events carry the request body
    )
    h = coze.health()  # a ClientHealth view
    print(h.state, h.error_rate, h.total_attempts, h.total_failures, h.opened, h.rejected, h.retry_budget_left)

    check(h.state == "closed" and h.breaker and h.total_attempts == 0, f"a fresh client's health: {h!r}")
    check(h.retry_budget_left == 100, f"the budget starts full: {h.retry_budget_left}")
    fake("POST", "/_fake/faults", {"status": 503, "body": {"code": 5000, "msg": "the guide's 503"}})
    with printed() as out:
        chat = coze.chat.create(bot_id=ECHO_BOT, user_id="u1", additional_messages=messages)
    check(chat.status == "in_progress", "the call succeeded on its retry")
    check("chat.create: attempt 1 failed (" in out.getvalue(), f"on_retry heard it: {out.getvalue()!r}")
    h = coze.health()
    check((h.total_attempts, h.total_failures, h.retries_spent) == (2, 1, 1), f"one retry counted: {h!r}")
    check(h.retry_budget_left == 100 - 5 + 1, f"a retry spent 5, the success gave 1 back: {h.retry_budget_left}")


class _Instrument:
    def __init__(self, recorded: List[Tuple[str, float, Dict[str, Any]]], name: str) -> None:
        self._recorded, self._name = recorded, name

    def _keep(self, amount: float, attributes: Optional[Mapping[str, Union[str, int]]] = None) -> None:
        self._recorded.append((self._name, amount, dict(attributes or {})))

    record = add = set = _keep


class StandInMetrics:
    """opentelemetry.metrics's calls the README block makes, recording what they get
    (so the block runs without opentelemetry-api installed)."""

    def __init__(self) -> None:
        self.recorded: List[Tuple[str, float, Dict[str, Any]]] = []

    def get_meter(self, name: str) -> "StandInMetrics":
        return self

    def create_histogram(self, name: str, unit: str = "") -> _Instrument:
        return _Instrument(self.recorded, name)

    create_counter = create_gauge = create_histogram


def metrics_section(token: str, base_url: str, messages: List[EnterMessageParam]) -> None:
    metrics = StandInMetrics()  # from opentelemetry import metrics

    from cozecore import Coze, HookEvent, Hooks

    meter = metrics.get_meter("cozecore")
    duration = meter.create_histogram("http.client.request.duration", unit="s")
    retries = meter.create_counter("coze.client.retries", unit="{retry}")
    events = meter.create_counter("coze.client.stream.events", unit="{event}")
    circuit = meter.create_gauge("coze.client.circuit.state", unit="1")  # a synchronous gauge (recent API)
    record = {"http.client.request.duration": duration.record, "coze.client.retries": retries.add,
              "coze.client.stream.events": events.add, "coze.client.circuit.state": circuit.set}
    INTS = ("server.port", "http.response.status_code")

    def on_metric(event: HookEvent) -> None:  # a HookEvent of kind "metric"
        attributes = {k: int(v) if k in INTS else v for k, v in event.attributes.items()}
        record[event.metric](event.value, attributes)

    coze = Coze(token=token, base_url=base_url, hooks=Hooks(on_metric=on_metric))

    with coze.chat.stream(bot_id=ECHO_BOT, user_id="u1", additional_messages=messages) as stream:
        handed_out = sum(1 for _ in stream)
    port = urllib.parse.urlsplit(base_url).port
    durations = [a for name, _, a in metrics.recorded if name == "http.client.request.duration"]
    check(durations and durations[0]["server.port"] == port, f"a duration with the port as an int: {durations}")
    check(durations[0]["http.response.status_code"] == 200, "the status code as an int")
    check(durations[0]["coze.operation"] == "chat.stream", "the operation")
    counted = [v for name, v, _ in metrics.recorded if name == "coze.client.stream.events"]
    check(counted == [handed_out], f"the stream's {handed_out} events counted once: {counted}")


# -- Auth ---------------------------------------------------------------------------------


def user_authorizes(url: str) -> str:
    """Stands for the user and the app's redirect_uri handler: GETs the authorize URL (the
    fake approves at once) and takes the code from the redirect, checking its state."""
    parts = urllib.parse.urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=10)
    try:
        conn.request("GET", f"{parts.path}?{parts.query}")
        answer = conn.getresponse()
        answer.read()
        location = answer.getheader("Location") or ""
    finally:
        conn.close()
    check(answer.status == 302 and location.startswith(REDIRECT_URI + "?"), f"redirected back: {location!r}")
    back = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(location).query))
    sent = dict(urllib.parse.parse_qsl(parts.query))
    check(back.get("state") == sent["state"], "the state came back")
    return back["code"]


def _rsa_key() -> Tuple[str, str]:
    """A fresh RSA key pair: the private key (PKCS#8 PEM) and the public one the fake verifies with."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    private = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()
    public = key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    ).decode()
    return private, public


def _chats(coze: Coze, messages: List[EnterMessageParam]) -> bool:
    return coze.chat.create(bot_id=ECHO_BOT, user_id="u1", additional_messages=messages).bot_id == ECHO_BOT


def auth_section(base_url: str, messages: List[EnterMessageParam]) -> None:
    private_key_pem, public_key_pem = _rsa_key()
    public_key_id = "guide-key"
    fake(
        "POST",
        "/_fake/oauth/apps",
        [
            {"client_id": "guide-pkce", "client_type": "pkce", "redirect_uris": [REDIRECT_URI]},
            {"client_id": "guide-device", "client_type": "device", "device": {"pending": 1, "interval": 1}},
            {
                "client_id": "guide-jwt",
                "client_type": "jwt",
                "public_key_id": public_key_id,
                "public_key_pem": public_key_pem,
            },
        ],
    )
    redirect_uri, state = REDIRECT_URI, "guide-state"

    client_id = "guide-pkce"
    from cozecore import Coze, auth
    from cozecore.auth import JWTAuth, OAuthAuth

    # PKCE (web apps: no code_challenge, and client_secret= on exchange and refresh)
    pkce = auth.pkce_pair()                       # verifier from os.urandom, S256 challenge from the core
    url = auth.authorize_url(client_id, redirect_uri, state, code_challenge=pkce, base_url=base_url)
    code = user_authorizes(url)                   # the code your redirect_uri was called with
    token = auth.exchange_code(client_id, code, redirect_uri, code_verifier=pkce.verifier, base_url=base_url)
    coze = Coze(auth=OAuthAuth.from_token(client_id, token), base_url=base_url)
    saved = coze.current_token()                  # TokenInfo: store saved.refresh_token (it rotates)

    check(f"code_challenge={pkce.challenge}" in url, "the challenge is in the authorize URL")
    check(token.access_token and token.access_token.startswith("oat_"), "an OAuth access token")
    if saved is None:
        raise CheckFailed("an OAuth client holds a token")
    check(saved.access_token == token.access_token and saved.refresh_token == token.refresh_token, repr(saved))
    check(_chats(coze, messages), "the PKCE client chats")
    check(requests_since(request_count() - 1)[0]["token_prefix"] == saved.access_token[:12], "with that token")

    client_id = "guide-device"
    with printed() as out:
        # Device flow (auth.DeviceFlow for one you can cancel from another thread)
        token = auth.device_flow(client_id, lambda code: print(code.verification_uri, code.user_code), base_url=base_url)

    uri, user_code = out.getvalue().split()
    check(uri.endswith("/device/verify") and user_code, f"the codes were shown: {out.getvalue()!r}")
    check(token.access_token and token.access_token.startswith("oat_"), "the device flow's token")

    client_id = "guide-jwt"

    # A service app (PKCS#8 or PKCS#1 PEM)
    coze = Coze(auth=JWTAuth(client_id, public_key_id, private_key_pem, ttl_seconds=900), base_url=base_url)
    token = auth.jwt_token(client_id, public_key_id, private_key_pem, account_id="7300000000000000010",
                           base_url=base_url)  # just the token (the account's)

    check(token.access_token and token.access_token.startswith("oat_"), "the service app's token")
    check(requests_since(request_count() - 1)[0]["oauth"]["account_id"] == "7300000000000000010", "the account's")
    check(_chats(coze, messages), "the JWTAuth client chats")
    with open("coze_oauth_config.json", "w", encoding="utf-8") as f:
        json.dump(
            {
                "client_type": "jwt",
                "client_id": client_id,
                "coze_api_base": base_url,
                "private_key": private_key_pem,
                "public_key_id": public_key_id,
            },
            f,
        )

    # The OAuth app JSON config the official SDKs read
    app = cozecore.load_oauth_app("coze_oauth_config.json")
    coze = app.client()                           # jwt apps: a client that gets its own tokens

    check(app.client_type == "jwt" and app.base_url == base_url, repr(app))
    check(_chats(coze, messages), "the config's client chats")
    check("PRIVATE" not in repr(app), "the key stays hidden")


def main() -> int:
    token = os.environ["COZE_API_TOKEN"]
    base_url = os.environ.get("COZE_BASE_URL", "https://api.coze.com")
    with tempfile.TemporaryDirectory(prefix="coze-guide-") as work:
        os.chdir(work)  # the files the sections write (report.pdf, hello.mp3, ...)
        try:
            coze, messages = quick_start()
            print("ok Quick start")
            whole_api(coze, messages)
            print("ok The whole API")
            uploads(coze)
            print("ok Uploads")
            downloads(coze)
            print("ok Downloads")
            typed_views(coze, messages)
            print("ok Typed views")
            pages(coze)
            print("ok Pages")
            polling(coze, messages)
            print("ok Polling")
            per_call_options(coze, messages)
            print("ok Per-call options")
            retries_and_health(token, base_url, messages)
            print("ok Retry budget, rate limit, health, circuit breaker, hooks")
            metrics_section(token, base_url, messages)
            print("ok Metrics")
            auth_section(base_url, messages)
            print("ok Auth")
        except (CheckFailed, CozeError) as err:
            print(f"\nguide: FAILED ({type(err).__name__}): {err}", file=sys.stderr)
            return 1
        finally:
            os.chdir(os.path.dirname(work))
    print("guide: every section ran")
    return 0


if __name__ == "__main__":
    sys.exit(main())
