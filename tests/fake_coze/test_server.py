"""Tests of the fake Coze server over real loopback sockets (pytest)."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time

import pytest

SERVER = os.path.join(os.path.dirname(os.path.abspath(__file__)), "server.py")
TOKEN = "pat_test"


def start(*args):
    proc = subprocess.Popen([sys.executable, SERVER, "--port", "0", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = proc.stdout.readline()
    assert line.startswith("LISTENING "), line
    return proc, int(line.split()[1])


@pytest.fixture(scope="module")
def server():
    proc, port = start()
    yield port
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=10) == 0
    assert proc.stderr.read() == "", "the server must stay quiet without --verbose"
    proc.stdout.close()
    proc.stderr.close()


@pytest.fixture
def port(server):
    status, _, _ = request(server, "POST", "/_fake/reset")
    assert status == 200
    return server


class Response:
    def __init__(self, status, headers, chunks, clean):
        self.status = status
        self.headers = headers  # lower-case names
        self.chunks = chunks  # the body's chunks as sent (one element when not chunked)
        self.clean = clean  # the body ended by its framing, not by a dropped connection

    @property
    def body(self) -> bytes:
        return b"".join(self.chunks)

    def json(self):
        return json.loads(self.body)


def exchange(port, method, path, body=b"", headers=None, token=TOKEN, timeout=10.0) -> Response:
    """One HTTP/1.1 request; reads the answer keeping its chunk boundaries."""
    if isinstance(body, (dict, list)):
        body = json.dumps(body, ensure_ascii=False).encode()
    elif isinstance(body, str):
        body = body.encode()
    h = {"Host": "127.0.0.1", "Content-Length": str(len(body)), "Connection": "close"}
    if token is not None:
        h["Authorization"] = "Bearer " + token
    h.update(headers or {})
    head = "%s %s HTTP/1.1\r\n%s\r\n" % (method, path, "".join("%s: %s\r\n" % kv for kv in h.items()))
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
        s.sendall(head.encode() + body)
        return read_response(s.makefile("rb"))


def read_response(f) -> Response:
    status_line = f.readline()
    if not status_line:
        raise ConnectionError("no answer")
    status = int(status_line.split()[1])
    headers = {}
    while True:
        line = f.readline()
        if line in (b"\r\n", b""):
            break
        k, v = line.decode().split(":", 1)
        headers[k.strip().lower()] = v.strip()
    chunks = []
    try:
        if headers.get("transfer-encoding") == "chunked":
            while True:
                size_line = f.readline()
                if not size_line:
                    return Response(status, headers, chunks, False)
                size = int(size_line.strip(), 16)
                if size == 0:
                    f.readline()
                    return Response(status, headers, chunks, True)
                data = f.read(size)
                if len(data) < size:
                    return Response(status, headers, chunks + [data], False)
                chunks.append(data)
                f.readline()
        n = int(headers.get("content-length", "0"))
        data = f.read(n)
        return Response(status, headers, [data], len(data) == n)
    except ConnectionResetError:
        return Response(status, headers, chunks, False)


def request(port, method, path, body=b"", **kw):
    r = exchange(port, method, path, body, **kw)
    return r.status, r.headers, (json.loads(r.body) if r.body else None)


def events_of(resp: Response):
    """Parses `event:NAME\\ndata:JSON\\n\\n` blocks, one per chunk."""
    out = []
    for chunk in resp.chunks:
        text = chunk.decode("utf-8")  # each chunk must be whole UTF-8 on its own
        assert text.endswith("\n\n") and text.count("\n\n") == 1, "one event per chunk"
        fields = dict(line.split(":", 1) for line in text.strip("\n").split("\n"))
        out.append((fields["event"], json.loads(fields["data"])))
    return out


def chat_body(bot_id="bot", content="Hi", stream=True, **extra):
    body = {"bot_id": bot_id, "user_id": "u1", "stream": stream,
            "additional_messages": [{"role": "user", "content": content, "content_type": "text"}]}
    body.update(extra)
    return body


# ---- streams --------------------------------------------------------------

def test_stream_event_order_and_joined_deltas(port):
    r = exchange(port, "POST", "/v3/chat", chat_body(content="How are you today?"))
    assert r.status == 200 and r.clean
    assert r.headers["content-type"] == "text/event-stream"
    assert r.headers["transfer-encoding"] == "chunked"
    assert r.headers["x-tt-logid"]
    evs = events_of(r)
    names = [n for n, _ in evs]
    deltas = [d for n, d in evs if n == "conversation.message.delta"]
    assert len(deltas) > 2
    assert names == (["conversation.chat.created", "conversation.chat.in_progress"]
                     + ["conversation.message.delta"] * len(deltas)
                     + ["conversation.message.completed", "conversation.chat.completed", "done"])
    assert "".join(d["content"] for d in deltas) == "Echo: How are you today?"
    completed = evs[-3][1]
    assert completed["content"] == "Echo: How are you today?"
    assert completed["role"] == "assistant" and completed["type"] == "answer"
    assert completed["content_type"] == "text"
    chat = evs[-2][1]
    assert chat["status"] == "completed"
    assert set(chat["usage"]) == {"token_count", "output_count", "input_count"}
    assert evs[-1] == ("done", "[DONE]")
    assert evs[0][1]["id"] == completed["chat_id"] and isinstance(completed["chat_id"], str)
    assert b"event:done\ndata:\"[DONE]\"\n\n" == r.chunks[-1]


def test_stream_keeps_cjk_and_emoji_whole(port):
    text = "漢字かな交じり👋🏽🎉 mixed Ünïcödé 𝄞"
    r = exchange(port, "POST", "/v3/chat", chat_body(content=text))
    deltas = [d["content"] for n, d in events_of(r) if n == "conversation.message.delta"]
    assert "".join(deltas) == "Echo: " + text
    assert all(0 < len(d) <= 4 for d in deltas)
    raw = r.body
    assert "👋🏽".encode() in raw or "👋".encode() in raw  # sent as UTF-8, not \u escapes


def test_no_user_message_says_hello(port):
    r = exchange(port, "POST", "/v3/chat", {"bot_id": "b", "user_id": "u", "stream": True})
    deltas = [d["content"] for n, d in events_of(r) if n == "conversation.message.delta"]
    assert "".join(deltas) == "Hello!"


def test_stream_error_event(port):
    r = exchange(port, "POST", "/v3/chat", chat_body("stream_error", "a long enough question"))
    evs = events_of(r)
    assert r.clean
    assert [n for n, _ in evs][-1] == "error"
    assert evs[-1][1]["code"] == 5000 and evs[-1][1]["msg"]
    assert "done" not in [n for n, _ in evs]


def test_truncated_stream_ends_cleanly_without_done(port):
    r = exchange(port, "POST", "/v3/chat", chat_body("truncated", "a long enough question"))
    names = [n for n, _ in events_of(r)]
    assert r.clean
    assert names[-1] == "conversation.message.delta" and "done" not in names


def test_reset_stream_drops_the_connection(port):
    r = exchange(port, "POST", "/v3/chat", chat_body("reset", "a long enough question"))
    assert r.status == 200 and not r.clean
    assert [n for n, _ in events_of(r)][-1] == "conversation.message.delta"


# ---- non-stream and follow-up calls ---------------------------------------

def test_non_stream_chat_and_retrieve(port):
    status, headers, env = request(port, "POST", "/v3/chat?conversation_id=123", chat_body(stream=False))
    assert status == 200 and env["code"] == 0 and env["msg"] == ""
    assert headers["x-tt-logid"] == env["detail"]["logid"]
    chat = env["data"]
    assert chat["status"] == "in_progress" and chat["conversation_id"] == "123"
    assert isinstance(chat["id"], str) and chat["bot_id"] == "bot" and chat["created_at"] > 0
    q = "conversation_id=123&chat_id=" + chat["id"]
    status, _, env = request(port, "GET", "/v3/chat/retrieve?" + q)
    assert status == 200 and env["data"]["status"] == "completed"
    status, _, env = request(port, "GET", "/v3/chat/message/list?" + q)
    assert env["data"][0]["content"] == "Echo: Hi"


def test_logids_are_unique(port):
    ids = {exchange(port, "POST", "/v3/chat", chat_body(stream=False)).headers["x-tt-logid"] for _ in range(5)}
    ids.add(exchange(port, "GET", "/nope").headers["x-tt-logid"])
    assert len(ids) == 6


# ---- error answers ---------------------------------------------------------

@pytest.mark.parametrize("token", [None, "sk_wrong", "pat_"])
def test_bad_token_is_401_4100(port, token):
    status, headers, env = request(port, "POST", "/v3/chat", chat_body(), token=token)
    assert status == 401 and env["code"] == 4100 and "token" in env["msg"]
    assert headers["x-tt-logid"] == env["detail"]["logid"]


def test_exact_token_option():
    proc, p = start("--token", "secret_1")
    try:
        assert request(p, "POST", "/v3/chat", chat_body(stream=False), token="secret_1")[0] == 200
        assert request(p, "POST", "/v3/chat", chat_body(stream=False), token="pat_other")[0] == 401
    finally:
        proc.terminate()
        assert proc.wait(timeout=10) == 0
        proc.stdout.close()
        proc.stderr.close()


@pytest.mark.parametrize("body", [b"{not json", b"\xff\xfe", b"[]", {"user_id": "u"}, {"bot_id": "b"},
                                  {"bot_id": "b", "user_id": "u", "additional_messages": "x"}])
def test_bad_body_is_400_4000(port, body):
    status, _, env = request(port, "POST", "/v3/chat", body)
    assert status == 400 and env["code"] == 4000


def test_busy_is_200_4016_even_for_streams(port):
    r = exchange(port, "POST", "/v3/chat", chat_body("busy"))
    assert r.status == 200 and r.headers["content-type"].startswith("application/json")
    assert r.json()["code"] == 4016 and "occupied" in r.json()["msg"]


def test_ratelimited_is_429_4013_with_retry_after(port):
    status, headers, env = request(port, "POST", "/v3/chat", chat_body("ratelimited"))
    assert status == 429 and env["code"] == 4013 and headers["retry-after"] == "1"


def test_broken_is_500_5000(port):
    status, _, env = request(port, "POST", "/v3/chat", chat_body("broken"))
    assert status == 500 and env["code"] == 5000


def test_unknown_path_is_404_4200(port):
    status, _, env = request(port, "GET", "/v1/nothing")
    assert status == 404 and env["code"] == 4200


# ---- faults and the request log --------------------------------------------

def test_faults_are_consumed_fifo_one_per_api_request(port):
    faults = [{"status": 503, "headers": {"Retry-After": "2", "X-Tt-Logid": "fixed"}, "body": "busy"},
              {"malformed": True},
              {"status": 502, "body": {"code": 5000, "msg": "bad gateway"}}]
    assert request(port, "POST", "/_fake/faults", faults)[2] == {"queued": 3}
    request(port, "GET", "/_fake/requests")  # control calls consume nothing
    r = exchange(port, "POST", "/v3/chat", chat_body(stream=False))
    assert (r.status, r.body, r.headers["retry-after"], r.headers["x-tt-logid"]) == (503, b"busy", "2", "fixed")
    r = exchange(port, "POST", "/v3/chat", chat_body(stream=False))
    assert r.status == 200 and r.headers["content-type"] == "application/json"
    with pytest.raises(ValueError):
        json.loads(r.body)
    status, _, env = request(port, "POST", "/v3/chat", chat_body(stream=False))
    assert status == 502 and env["code"] == 5000
    assert request(port, "POST", "/v3/chat", chat_body(stream=False))[0] == 200


def test_reset_fault_answers_nothing(port):
    request(port, "POST", "/_fake/faults", [{"reset": True}])
    with pytest.raises(ConnectionError):
        exchange(port, "POST", "/v3/chat", chat_body(stream=False))
    assert request(port, "POST", "/v3/chat", chat_body(stream=False))[0] == 200


def test_stall_and_drip_faults_slow_the_answer(port):
    request(port, "POST", "/_fake/faults", [{"stall_ms": 300}, {"drip_ms": 60}])
    t0 = time.monotonic()
    assert exchange(port, "POST", "/v3/chat", chat_body(stream=False)).status == 200
    assert time.monotonic() - t0 >= 0.3
    t0 = time.monotonic()
    r = exchange(port, "POST", "/v3/chat", chat_body(content="twelve chars"))
    n = sum(1 for name, _ in events_of(r) if name == "conversation.message.delta")
    assert time.monotonic() - t0 >= n * 0.06
    t0 = time.monotonic()
    exchange(port, "POST", "/v3/chat", chat_body(content="twelve chars"))
    assert time.monotonic() - t0 < n * 0.06


def test_bad_fault_lists_are_refused(port):
    assert request(port, "POST", "/_fake/faults", b"nope")[0] == 400
    assert request(port, "POST", "/_fake/faults", [1, 2])[0] == 400


def test_request_log_redacts_and_reset_clears(port):
    request(port, "POST", "/_fake/faults", [{"status": 503, "body": ""}])
    exchange(port, "POST", "/v3/chat?conversation_id=42", chat_body(stream=False),
             headers={"Idempotency-Key": "01J0000000000000000000000", "X-Custom": "v"})
    log = request(port, "GET", "/_fake/requests")[2]
    assert len(log) == 1
    entry = log[0]
    assert entry["method"] == "POST" and entry["path"] == "/v3/chat"
    assert entry["query"] == {"conversation_id": "42"}
    assert entry["headers"]["authorization"] == "Bearer ***" and entry["headers"]["x-custom"] == "v"
    assert all(k == k.lower() for k in entry["headers"])
    assert TOKEN not in json.dumps(log)
    assert json.loads(entry["body"])["bot_id"] == "bot"
    assert entry["idempotency_key"] == "01J0000000000000000000000"
    request(port, "POST", "/_fake/faults", [{"status": 503}])
    request(port, "POST", "/_fake/reset")
    assert request(port, "GET", "/_fake/requests")[2] == []
    assert request(port, "POST", "/v3/chat", chat_body(stream=False))[0] == 200


# ---- robustness ------------------------------------------------------------

def test_garbage_and_disconnects_do_not_hurt(port):
    for junk in [b"\x00\x01\x02garbage\r\n\r\n", b"POST /v3/chat HTTP/1.1\r\nContent-Length: x\r\n\r\n",
                 b"POST /v3/chat HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", b"GET"]:
        with socket.create_connection(("127.0.0.1", port), timeout=5) as s:
            s.sendall(junk)
            s.shutdown(socket.SHUT_WR)
            s.recv(65536)
    request(port, "POST", "/_fake/faults", [{"drip_ms": 50}])
    with socket.create_connection(("127.0.0.1", port), timeout=5) as s:
        body = json.dumps(chat_body(content="x" * 60)).encode()
        s.sendall(b"POST /v3/chat HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer pat_x\r\n"
                  b"Content-Length: %d\r\n\r\n%s" % (len(body), body))
        s.recv(100)  # leave mid-stream
    time.sleep(0.2)
    assert request(port, "POST", "/v3/chat", chat_body(stream=False))[0] == 200


def test_keep_alive_serves_several_requests_on_one_connection(port):
    body = json.dumps(chat_body()).encode()
    one = (b"POST /v3/chat HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer pat_x\r\n"
           b"Content-Length: %d\r\n\r\n%s" % (len(body), body))
    with socket.create_connection(("127.0.0.1", port), timeout=5) as s:
        f = s.makefile("rb")
        for _ in range(2):
            s.sendall(one)
            r = read_response(f)
            assert r.clean and events_of(r)[-1][0] == "done"


def test_refuses_non_loopback_host():
    out = subprocess.run([sys.executable, SERVER, "--port", "0", "--host", "0.0.0.0"],
                         capture_output=True, text=True, timeout=10)
    assert out.returncode != 0 and "loopback" in out.stderr and out.stdout == ""


def test_sigint_exits_cleanly():
    proc, p = start()
    assert request(p, "POST", "/v3/chat", chat_body(stream=False))[0] == 200
    proc.send_signal(signal.SIGINT)
    assert proc.wait(timeout=10) == 0
    assert proc.stderr.read() == ""
    proc.stdout.close()
    proc.stderr.close()
