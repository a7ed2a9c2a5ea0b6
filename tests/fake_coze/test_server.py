"""Tests of the fake Coze server over real loopback sockets (pytest)."""

from __future__ import annotations

import base64
import hashlib
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


def exchange(port, method, path, body=b"", headers=None, token=TOKEN, timeout=10.0, times=None) -> Response:
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
        return read_response(s.makefile("rb"), times)


def read_response(f, times=None) -> Response:
    """Reads one answer; `times`, when a list, gets the monotonic time of the head and of each chunk."""
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
    if times is not None:
        times.append(time.monotonic())
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
                if times is not None:
                    times.append(time.monotonic())
                f.readline()
        n = int(headers.get("content-length", "0"))
        data = b""
        while len(data) < n:  # piecewise, so that a reset keeps what came before it
            try:
                piece = f.read1(n - len(data))
            except ConnectionResetError:
                piece = b""
            if not piece:
                break
            data += piece
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
    request(port, "POST", "/_fake/faults", [{"stall_ms": 300}, {"drip_ms": 150}])
    t0 = time.monotonic()
    assert exchange(port, "POST", "/v3/chat", chat_body(stream=False)).status == 200
    assert time.monotonic() - t0 >= 0.3
    t0 = time.monotonic()
    r = exchange(port, "POST", "/v3/chat", chat_body(content="twelve chars"))
    n = sum(1 for name, _ in events_of(r) if name == "conversation.message.delta")
    assert n >= 5 and time.monotonic() - t0 >= n * 0.15  # the server sleeps before each delta
    assert request(port, "GET", "/_fake/faults")[2] == []  # the drip was that request's fault alone
    t0 = time.monotonic()
    exchange(port, "POST", "/v3/chat", chat_body(content="twelve chars"))
    # Not dripped. (Wall time on a loaded machine: the bound is the dripped answer's least, >= 0.75 s.)
    assert time.monotonic() - t0 < n * 0.15


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


# ---- faults inside an answer ------------------------------------------------

def log_of(port):
    return request(port, "GET", "/_fake/requests")[2]


@pytest.mark.parametrize("n", [0, 2, 5])
def test_reset_after_events_cuts_the_stream(port, n):
    request(port, "POST", "/_fake/faults", [{"reset_after_events": n}])
    r = exchange(port, "POST", "/v3/chat", chat_body(content="a long enough question"))
    assert r.status == 200 and r.headers["content-type"] == "text/event-stream"
    assert not r.clean and len(events_of(r)) == n
    assert log_of(port)[0]["events_sent"] == n
    r = exchange(port, "POST", "/v3/chat", chat_body())
    assert r.clean and events_of(r)[-1][0] == "done"
    assert log_of(port)[1]["events_sent"] == len(events_of(r))


def test_reset_after_all_events_leaves_out_the_terminator(port):
    full = len(events_of(exchange(port, "POST", "/v3/chat", chat_body())))
    request(port, "POST", "/_fake/faults", [{"reset_after_events": full}])
    r = exchange(port, "POST", "/v3/chat", chat_body())
    assert not r.clean and len(events_of(r)) == full and events_of(r)[-1][0] == "done"


def test_reset_after_bytes_cuts_a_json_answer(port):
    request(port, "POST", "/_fake/faults", [{"reset_after_bytes": 10},
                                            {"status": 503, "body": "0123456789abcdef", "reset_after_bytes": 4},
                                            {"reset_after_bytes": 0}])
    r = exchange(port, "POST", "/v3/chat", chat_body(stream=False))
    assert r.status == 200 and not r.clean and r.body == b'{"code":0,'
    assert int(r.headers["content-length"]) > 10
    r = exchange(port, "POST", "/v3/chat", chat_body(stream=False))
    assert (r.status, r.body, r.clean) == (503, b"0123", False)
    r = exchange(port, "POST", "/v3/chat", chat_body(stream=False))
    assert r.status == 200 and r.body == b"" and not r.clean
    assert [e["events_sent"] for e in log_of(port)] == [0, 0, 0]
    assert request(port, "POST", "/v3/chat", chat_body(stream=False))[0] == 200


def test_reset_after_bytes_leaves_streams_alone(port):
    request(port, "POST", "/_fake/faults", [{"reset_after_bytes": 3}])
    r = exchange(port, "POST", "/v3/chat", chat_body())
    assert r.clean and events_of(r)[-1][0] == "done"


def test_stall_after_events_pauses_mid_stream(port):
    request(port, "POST", "/_fake/faults", [{"stall_after_events": 3, "stall_ms": 1000}])
    times = []
    t0 = time.monotonic()
    r = exchange(port, "POST", "/v3/chat", chat_body(content="twelve chars"), times=times)
    assert r.clean and events_of(r)[-1][0] == "done"
    chunks = times[1:]  # times[0] is the head's
    # The fourth event comes after the stall (the server's sleep: it cannot come sooner) ...
    assert chunks[3] - t0 >= 1.0
    # ... and nowhere else: the head and three events well before it ends, the rest well within
    # another (margins of a loaded machine's scheduling, not of the server).
    assert chunks[2] - t0 < 0.8 and chunks[-1] - chunks[3] < 0.8


def test_stall_then_reset_at_the_same_event(port):
    request(port, "POST", "/_fake/faults", [{"stall_after_events": 2, "reset_after_events": 2, "stall_ms": 1000}])
    times = []
    t0 = time.monotonic()
    r = exchange(port, "POST", "/v3/chat", chat_body(), times=times)
    assert not r.clean and len(events_of(r)) == 2
    # The reset after the stall (the server's sleep), the two events well before its end (the
    # machine's margin).
    assert time.monotonic() - t0 >= 1.0 and times[-1] - t0 < 0.8
    assert log_of(port)[0]["events_sent"] == 2


def test_log_has_retry_headers_and_events_sent(port):
    exchange(port, "POST", "/v3/chat", chat_body(stream=False),
             headers={"X-Coze-Retry-Count": "1", "X-Client-Request-Id": "01JREQ"})
    r = exchange(port, "POST", "/v3/chat", chat_body())
    exchange(port, "GET", "/nope")
    first, second, third = log_of(port)
    assert (first["retry_count"], first["client_request_id"], first["events_sent"]) == ("1", "01JREQ", 0)
    assert second["retry_count"] is None and second["client_request_id"] is None
    assert second["events_sent"] == len(events_of(r)) > 5
    assert third["events_sent"] == 0


def test_bad_fault_counts_are_refused(port):
    for fault in [{"reset_after_events": -1}, {"reset_after_bytes": "3"}, {"stall_after_events": 1.5},
                  {"reset_after_events": True}]:
        assert request(port, "POST", "/_fake/faults", [fault])[0] == 400
    assert request(port, "GET", "/_fake/faults")[2] == []


# ---- hostile faults -----------------------------------------------------------

def raw_answer(port, body, limit, timeout=5.0) -> bytes:
    """The first `limit` bytes the server sends for a POST /v3/chat (head included), then a close."""
    data = json.dumps(body).encode()
    head = ("POST /v3/chat HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer %s\r\nContent-Length: %d\r\n"
            "Connection: close\r\n\r\n" % (TOKEN, len(data))).encode()
    out = b""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
        s.sendall(head + data)
        try:
            while len(out) < limit:
                piece = s.recv(min(65536, limit - len(out)))
                if not piece:
                    break
                out += piece
        except socket.timeout:
            pass
    return out


def test_hostile_heads(port):
    request(port, "POST", "/_fake/faults", [{"head_bytes": 5000}, {"header_count": 300}])
    r = exchange(port, "POST", "/v3/chat", chat_body(stream=False))
    assert r.status == 200 and r.headers["x-hostile"] == "a" * 5000 and r.json()["code"] == 0
    r = exchange(port, "POST", "/v3/chat", chat_body(stream=False))
    assert r.headers["x-hostile-00000"] == "0" and r.headers["x-hostile-00299"] == "299"


def test_hostile_silence_lasts_until_the_client_goes(port):
    request(port, "POST", "/_fake/faults", [{"silent": True}])
    t0 = time.monotonic()
    assert raw_answer(port, chat_body(), 100, timeout=0.5) == b""
    assert time.monotonic() - t0 >= 0.5
    assert request(port, "POST", "/v3/chat", chat_body(stream=False))[0] == 200  # the server goes on


def test_hostile_endless_streams(port):
    request(port, "POST", "/_fake/faults", [{"endless_line": True}, {"endless": True}])
    got = raw_answer(port, chat_body(), 3 << 20)
    assert len(got) == 3 << 20 and got.count(b"\n\n") == 2  # created, in_progress, then one endless line
    assert got.rstrip(b"x\r\n0123456789abcdef").endswith(b"data:")
    got = raw_answer(port, chat_body(content="endless"), 1 << 20)
    assert len(got) == 1 << 20 and got.count(b"conversation.message.delta") > 1000
    assert b"conversation.chat.completed" not in got


def test_hostile_invalid_utf8(port):
    request(port, "POST", "/_fake/faults", [{"invalid_utf8": True}, {"invalid_utf8": True}])
    r = exchange(port, "POST", "/v3/chat", chat_body(stream=False))
    assert r.body.startswith(b'{"code":0,"msg":"\xff"') and r.clean
    r = exchange(port, "POST", "/v3/chat", chat_body())
    assert r.body.count(b"\xff") == 1 and b'"content":"\xffEch' in r.body


def test_hostile_error_body_and_lying_lengths(port):
    request(port, "POST", "/_fake/faults", [
        {"status": 500, "body": {"code": 5000, "msg": "big"}, "error_body_bytes": 3 << 20},
        {"content_length": "short"}, {"content_length": "long"}])
    r = exchange(port, "POST", "/v3/chat", chat_body(stream=False))
    assert r.status == 500 and len(r.body) == 3 << 20 and r.clean
    assert r.json()["code"] == 5000 and set(r.json()["pad"]) == {"x"}
    short = raw_answer(port, chat_body(stream=False), 1 << 20)
    head, body = short.split(b"\r\n\r\n", 1)
    announced = int(next(l for l in head.split(b"\r\n") if l.lower().startswith(b"content-length")).split(b":")[1])
    assert announced == len(body) // 2 and json.loads(body)["code"] == 0
    r = exchange(port, "POST", "/v3/chat", chat_body(stream=False))
    assert not r.clean and int(r.headers["content-length"]) == len(r.body) + 1000


def test_hostile_drip_sends_a_byte_at_a_time(port):
    request(port, "POST", "/_fake/faults", [{"drip_bytes_ms": 20}])
    data = json.dumps(chat_body()).encode()
    head = ("POST /v3/chat HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer %s\r\nContent-Length: %d\r\n"
            "Connection: close\r\n\r\n" % (TOKEN, len(data))).encode()
    got = b""
    with socket.create_connection(("127.0.0.1", port), timeout=5) as s:
        t0 = time.monotonic()  # before the server can start its first 20 ms pause
        s.sendall(head + data)
        while b"\r\n\r\n" not in got:
            got += s.recv(65536)
        body = got.split(b"\r\n\r\n", 1)[1]
        # At least 0.6 s and at least 10 bytes (however slowly a loaded machine lets them come;
        # the socket's timeout ends a server that stops).
        while time.monotonic() - t0 < 0.6 or body.count(b"\r\n") < 20:
            body += s.recv(65536)
        elapsed = time.monotonic() - t0
    # Each byte in a chunk of its own: size line, data, size line, data, ...
    # (how many chunks one recv gets depends on the scheduler, not the server)
    data = body.split(b"\r\n")[1::2]
    assert set(body.split(b"\r\n")[0::2]) <= {b"1", b""} and all(len(d) == 1 for d in data if d)
    # At most one byte per 20 ms since the request left, whatever the load (the server sleeps
    # 20 ms before each): counted from before the send to after the last recv.
    assert 10 <= len(data) <= elapsed / 0.02 + 1


def test_bad_hostile_counts_are_refused(port):
    for fault in [{"head_bytes": -1}, {"header_count": "3"}, {"error_body_bytes": 1.5}, {"drip_bytes_ms": True}]:
        assert request(port, "POST", "/_fake/faults", [fault])[0] == 400


# ---- tool calls and audio ----------------------------------------------------

def tool_calls_of(chat):
    assert chat["required_action"]["type"] == "submit_tool_outputs"
    return chat["required_action"]["submit_tool_outputs"]["tool_calls"]


def submit_path(chat):
    return "/v3/chat/submit_tool_outputs?conversation_id=%s&chat_id=%s" % (chat["conversation_id"], chat["id"])


def outputs_for(calls, *values):
    return [{"tool_call_id": c["id"], "output": v} for c, v in zip(calls, values)]


def test_tools_bot_stream_ends_in_requires_action_then_done(port):
    r = exchange(port, "POST", "/v3/chat", chat_body("tools", "weather in Paris?"))
    assert r.status == 200 and r.clean
    evs = events_of(r)
    assert [n for n, _ in evs] == ["conversation.chat.created", "conversation.chat.in_progress",
                                   "conversation.message.completed", "conversation.message.completed",
                                   "conversation.chat.requires_action", "done"]
    assert [d["type"] for n, d in evs[2:4]] == ["function_call", "function_call"]
    chat = evs[4][1]
    assert chat["status"] == "requires_action" and chat["id"] == evs[0][1]["id"]
    assert set(chat["usage"]) == {"token_count", "output_count", "input_count"}
    calls = tool_calls_of(chat)
    assert len(calls) == 2 and calls[0]["id"] != calls[1]["id"]
    assert all(isinstance(c["id"], str) and c["id"] and c["type"] == "function" for c in calls)
    assert [c["function"]["name"] for c in calls] == ["get_weather", "get_time"]
    assert json.loads(calls[0]["function"]["arguments"]) == {"city": "Paris"}  # arguments are JSON text
    assert json.loads(calls[1]["function"]["arguments"]) == {"tz": "Europe/Paris"}
    assert evs[-1] == ("done", "[DONE]")
    q = "conversation_id=%s&chat_id=%s" % (chat["conversation_id"], chat["id"])
    retrieved = request(port, "GET", "/v3/chat/retrieve?" + q)[2]["data"]
    assert retrieved["status"] == "requires_action" and tool_calls_of(retrieved) == calls


def test_submit_tool_outputs_stream_echoes_the_outputs(port):
    chat = events_of(exchange(port, "POST", "/v3/chat", chat_body("tools")))[-2][1]
    calls = tool_calls_of(chat)
    r = exchange(port, "POST", submit_path(chat),
                 {"stream": True, "tool_outputs": outputs_for(calls, "sunny, 21°C", "12:00")})
    assert r.status == 200 and r.clean and r.headers["content-type"] == "text/event-stream"
    assert r.headers["x-tt-logid"]
    evs = events_of(r)
    names = [n for n, _ in evs]
    deltas = [d for n, d in evs if n == "conversation.message.delta"]
    assert names == (["conversation.chat.in_progress"] + ["conversation.message.delta"] * len(deltas)
                     + ["conversation.message.completed", "conversation.chat.completed", "done"])
    answer = "Tool outputs: get_weather -> sunny, 21°C; get_time -> 12:00"
    assert "".join(d["content"] for d in deltas) == answer
    assert all(d["chat_id"] == chat["id"] for d in deltas)
    assert evs[0][1]["id"] == chat["id"] and evs[0][1]["status"] == "in_progress"
    assert "required_action" not in evs[0][1]
    assert evs[-3][1]["content"] == answer and evs[-2][1]["status"] == "completed"
    assert evs[-1] == ("done", "[DONE]")

    q = "conversation_id=%s&chat_id=%s" % (chat["conversation_id"], chat["id"])
    assert request(port, "GET", "/v3/chat/retrieve?" + q)[2]["data"]["status"] == "completed"
    listed = request(port, "GET", "/v3/chat/message/list?" + q)[2]["data"]
    assert [m["type"] for m in listed] == ["function_call", "function_call", "answer"]
    # A chat takes its outputs once.
    status, _, env = request(port, "POST", submit_path(chat), {"tool_outputs": outputs_for(calls, "x", "y")})
    assert status == 200 and env["code"] == 4000 and "not waiting" in env["msg"]
    log = log_of(port)
    assert log[1]["path"] == "/v3/chat/submit_tool_outputs"
    assert log[1]["query"] == {"conversation_id": chat["conversation_id"], "chat_id": chat["id"]}
    assert log[1]["events_sent"] == len(evs)


def test_submit_tool_outputs_non_stream_answers_the_chat(port):
    status, _, env = request(port, "POST", "/v3/chat", chat_body("tools", stream=False))
    chat = env["data"]
    assert status == 200 and chat["status"] == "in_progress" and "required_action" not in chat
    q = "conversation_id=%s&chat_id=%s" % (chat["conversation_id"], chat["id"])
    waiting = request(port, "GET", "/v3/chat/retrieve?" + q)[2]["data"]
    calls = tool_calls_of(waiting)
    status, headers, env = request(port, "POST", submit_path(chat),
                                   {"tool_outputs": outputs_for(calls[:1], "rain")})
    assert status == 200 and env["code"] == 0 and headers["x-tt-logid"] == env["detail"]["logid"]
    assert env["data"]["id"] == chat["id"] and env["data"]["status"] == "in_progress"
    done = request(port, "GET", "/v3/chat/retrieve?" + q)[2]["data"]
    assert done["status"] == "completed" and done["usage"]["output_count"] > 0
    listed = request(port, "GET", "/v3/chat/message/list?" + q)[2]["data"]
    assert listed[-1]["content"] == "Tool outputs: get_weather -> rain"


def test_submit_tool_outputs_errors(port):
    status, headers, env = request(port, "POST", "/v3/chat/submit_tool_outputs?conversation_id=1&chat_id=2",
                                   {"tool_outputs": [{"tool_call_id": "c", "output": "o"}], "stream": True})
    assert (status, env["code"], env["msg"]) == (200, 4200, "chat not found")
    assert headers["content-type"].startswith("application/json")
    assert env["detail"]["logid"] == headers["x-tt-logid"]
    good = {"tool_outputs": [{"tool_call_id": "c", "output": "o"}]}
    assert request(port, "POST", "/v3/chat/submit_tool_outputs?conversation_id=1", good)[:1] == (400,)
    assert request(port, "POST", "/v3/chat/submit_tool_outputs?conversation_id=1&chat_id=2", good,
                   token="sk_nope")[0] == 401
    echo_chat = request(port, "POST", "/v3/chat", chat_body(stream=False))[2]["data"]
    env = request(port, "POST", submit_path(echo_chat), good)[2]
    assert env["code"] == 4000 and "status completed" in env["msg"]
    chat = events_of(exchange(port, "POST", "/v3/chat", chat_body("tools")))[-2][1]
    env = request(port, "POST", submit_path(chat),
                  {"tool_outputs": [{"tool_call_id": "call_x", "output": "o"}]})[2]
    assert env["code"] == 4000 and "call_x" in env["msg"]
    calls = tool_calls_of(chat)
    assert request(port, "POST", submit_path(chat), {"tool_outputs": outputs_for(calls, "a", "b")})[2]["code"] == 0


@pytest.mark.parametrize("body", [b"{nope", b"[]", {}, {"tool_outputs": []}, {"tool_outputs": "x"},
                                  {"tool_outputs": [{"output": "o"}]},
                                  {"tool_outputs": [{"tool_call_id": "c", "output": 5}]},
                                  {"tool_outputs": [{"tool_call_id": "", "output": "o"}]}])
def test_submit_tool_outputs_bad_body_is_400_4000(port, body):
    status, _, env = request(port, "POST", "/v3/chat/submit_tool_outputs?conversation_id=1&chat_id=2", body)
    assert status == 400 and env["code"] == 4000


def test_audio_bot_streams_base64_audio_deltas(port):
    r = exchange(port, "POST", "/v3/chat", chat_body("audio", "say hi"))
    assert r.clean
    evs = events_of(r)
    names = [n for n, _ in evs]
    audio = [d for n, d in evs if n == "conversation.audio.delta"]
    assert len(audio) >= 2
    first = names.index("conversation.audio.delta")
    assert names[first:first + len(audio)] == ["conversation.audio.delta"] * len(audio)
    assert names[first + len(audio):] == ["conversation.message.completed", "conversation.chat.completed", "done"]
    assert all(d["content_type"] == "audio" and d["role"] == "assistant" for d in audio)
    assert b"".join(base64.b64decode(d["content"], validate=True) for d in audio) == bytes(range(256))
    text = [d["content"] for n, d in evs if n == "conversation.message.delta"]
    assert "".join(text) == "Echo: say hi"


# ---- workflows ---------------------------------------------------------------

def workflow_events_of(resp: Response):
    """Parses `id: N\\nevent: NAME\\ndata: JSON\\n\\n` blocks, one per chunk, checking the ids count from 0."""
    out = []
    for i, chunk in enumerate(resp.chunks):
        text = chunk.decode("utf-8")
        assert text.endswith("\n\n") and text.count("\n\n") == 1, "one event per chunk"
        lines = text[:-2].split("\n")
        assert [line.split(": ", 1)[0] for line in lines] == ["id", "event", "data"], text
        fields = dict(line.split(": ", 1) for line in lines)
        assert fields["id"] == str(i)
        out.append((fields["event"], json.loads(fields["data"])))
    return out


def test_workflow_run_answers_data_as_json_text(port):
    status, headers, env = request(port, "POST", "/v1/workflow/run",
                                   {"workflow_id": "73001", "parameters": {"input": "hello"}})
    assert status == 200 and env["code"] == 0 and env["msg"] == ""
    assert headers["x-tt-logid"] == env["detail"]["logid"]
    assert isinstance(env["data"], str) and json.loads(env["data"]) == {"output": "Echo: hello"}
    assert isinstance(env["execute_id"], str) and env["execute_id"]
    assert env["debug_url"].startswith("https://") and env["execute_id"] in env["debug_url"]
    assert env["usage"] == {"token_count": 16, "output_count": 11, "input_count": 5}
    env = request(port, "POST", "/v1/workflow/run", {"workflow_id": "73001", "parameters": {"city": "Paris"}})[2]
    assert json.loads(env["data"]) == {"output": 'Echo: {"city":"Paris"}'}
    env = request(port, "POST", "/v1/workflow/run", {"workflow_id": "73001", "is_async": True})[2]
    assert env["code"] == 0 and env["data"] == "" and env["execute_id"]
    status, _, env = request(port, "POST", "/v1/workflow/run", {"workflow_id": "error"})
    assert status == 200 and env["code"] == 6006 and env["msg"] and "data" not in env


def test_workflow_stream_run_events_and_wire_format(port):
    r = exchange(port, "POST", "/v1/workflow/stream_run",
                 {"workflow_id": "73001", "parameters": {"input": "hi there"}})
    assert r.status == 200 and r.clean and r.headers["content-type"] == "text/event-stream"
    assert r.headers["transfer-encoding"] == "chunked" and r.headers["x-tt-logid"]
    assert r.chunks[0].startswith(b"id: 0\nevent: Message\ndata: {")
    evs = workflow_events_of(r)
    names = [n for n, _ in evs]
    assert names[1] == "PING" and names[-1] == "Done" and names.count("PING") == 1
    assert set(names) == {"Message", "PING", "Done"}
    messages = [d for n, d in evs if n == "Message"]
    streamed, end = messages[:-1], messages[-1]
    assert "".join(m["content"] for m in streamed) == "Echo: hi there"
    assert [m["node_seq_id"] for m in streamed] == [str(i) for i in range(len(streamed))]
    assert [m["node_is_finish"] for m in streamed] == [False] * (len(streamed) - 1) + [True]
    assert all(m["node_title"] == "Message" and m["content_type"] == "text" for m in streamed)
    assert end["node_title"] == "End" and end["node_is_finish"] is True
    assert json.loads(end["content"]) == {"output": "Echo: hi there"}
    assert set(end["usage"]) == {"token_count", "output_count", "input_count"}
    assert evs[-1][1]["debug_url"].startswith("https://www.coze.com/work_flow?execute_id=")
    assert log_of(port)[0]["events_sent"] == len(evs)


def test_workflow_interrupt_then_resume(port):
    r = exchange(port, "POST", "/v1/workflow/stream_run",
                 {"workflow_id": "interrupt", "parameters": {"input": "go"}})
    assert r.clean
    evs = workflow_events_of(r)
    assert evs[-1][0] == "Interrupt" and "Done" not in [n for n, _ in evs]
    interrupt = evs[-1][1]
    data = interrupt["interrupt_data"]
    assert isinstance(data["event_id"], str) and data["event_id"] and data["type"] == 2
    assert interrupt["node_title"] and interrupt["debug_url"].startswith("https://")
    assert data["event_id"].split("/")[0] in interrupt["debug_url"]  # <execute_id>/<event>
    resume = {"workflow_id": "interrupt", "event_id": data["event_id"], "resume_data": "Paris",
              "interrupt_type": data["type"]}
    status, _, env = request(port, "POST", "/v1/workflow/stream_resume", dict(resume, interrupt_type=1))
    assert status == 200 and env["code"] == 4000  # the wrong type does not use the interrupt up
    status, _, env = request(port, "POST", "/v1/workflow/stream_resume", dict(resume, workflow_id="other"))
    assert status == 200 and env["code"] == 4200
    r = exchange(port, "POST", "/v1/workflow/stream_resume", resume)
    assert r.status == 200 and r.clean
    evs = workflow_events_of(r)
    assert evs[-1][0] == "Done" and evs[-1][1]["debug_url"]
    messages = [d for n, d in evs if n == "Message"]
    assert "".join(m["content"] for m in messages[:-1]) == "Echo: Paris"
    assert json.loads(messages[-1]["content"]) == {"output": "Echo: Paris"}
    status, _, env = request(port, "POST", "/v1/workflow/stream_resume", resume)
    assert status == 200 and env["code"] == 4200  # resumed once only


def test_workflow_error_event(port):
    r = exchange(port, "POST", "/v1/workflow/stream_run",
                 {"workflow_id": "error", "parameters": {"input": "long input"}})
    assert r.status == 200 and r.clean
    evs = workflow_events_of(r)
    assert evs[0][0] == "Message" and evs[-1][0] == "Error"
    assert evs[-1][1]["error_code"] == 6006 and evs[-1][1]["error_message"] == "workflow code node timed out"
    assert "Done" not in [n for n, _ in evs]


def test_workflow_lowercase_event_names(port):
    upper = workflow_events_of(exchange(port, "POST", "/v1/workflow/stream_run", {"workflow_id": "w"}))
    lower = workflow_events_of(exchange(port, "POST", "/v1/workflow/stream_run", {"workflow_id": "lowercase"}))
    assert [n for n, _ in lower] == [n.lower() for n, _ in upper]
    assert [n for n, _ in lower][-2:] == ["message", "done"] and "ping" in [n for n, _ in lower]


def test_workflows_chat_streams_chat_events(port):
    body = {"workflow_id": "73002",
            "additional_messages": [{"role": "user", "content": "hey", "content_type": "text"}],
            "parameters": {"k": "v"}}
    r = exchange(port, "POST", "/v1/workflows/chat?conversation_id=55", body)
    assert r.status == 200 and r.clean
    evs = events_of(r)
    names = [n for n, _ in evs]
    assert names[:2] == ["conversation.chat.created", "conversation.chat.in_progress"]
    assert names[-3:] == ["conversation.message.completed", "conversation.chat.completed", "done"]
    assert "".join(d["content"] for n, d in evs if n == "conversation.message.delta") == "Echo: hey"
    assert evs[-1][1]["debug_url"].startswith("https://")
    chat = evs[-2][1]
    assert chat["conversation_id"] == "55" and chat["status"] == "completed"
    q = "conversation_id=55&chat_id=" + chat["id"]
    assert request(port, "GET", "/v3/chat/retrieve?" + q)[2]["data"]["id"] == chat["id"]
    evs = events_of(exchange(port, "POST", "/v1/workflows/chat", dict(body, workflow_id="error")))
    assert evs[-1][0] == "error" and evs[-1][1]["code"] == 5000


@pytest.mark.parametrize("path, body", [
    ("/v1/workflow/run", b"{nope"),
    ("/v1/workflow/run", {"parameters": {}}),
    ("/v1/workflow/run", {"workflow_id": ""}),
    ("/v1/workflow/run", {"workflow_id": "w", "parameters": "x"}),
    ("/v1/workflow/stream_run", [1]),
    ("/v1/workflow/stream_run", {"workflow_id": 7}),
    ("/v1/workflow/stream_resume", {"workflow_id": "w", "resume_data": "", "interrupt_type": 2}),
    ("/v1/workflow/stream_resume", {"workflow_id": "w", "event_id": "e", "resume_data": 1, "interrupt_type": 2}),
    ("/v1/workflow/stream_resume", {"workflow_id": "w", "event_id": "e", "resume_data": "",
                                    "interrupt_type": "2"}),
    ("/v1/workflow/stream_resume", {"workflow_id": "w", "event_id": "e", "resume_data": "",
                                    "interrupt_type": True}),
    ("/v1/workflows/chat", {"workflow_id": "w"}),
    ("/v1/workflows/chat", {"workflow_id": "w", "additional_messages": {}}),
])
def test_workflow_bad_body_is_400_4000(port, path, body):
    status, headers, env = request(port, "POST", path, body)
    assert status == 400 and env["code"] == 4000 and headers["x-tt-logid"] == env["detail"]["logid"]


NEW_ROUTES = [
    ("/v3/chat/submit_tool_outputs?conversation_id=1&chat_id=2",
     {"tool_outputs": [{"tool_call_id": "c", "output": ""}]}),
    ("/v1/workflow/run", {"workflow_id": "w"}),
    ("/v1/workflow/stream_run", {"workflow_id": "w"}),
    ("/v1/workflow/stream_resume", {"workflow_id": "w", "event_id": "e", "resume_data": "", "interrupt_type": 2}),
    ("/v1/workflows/chat", {"workflow_id": "w", "additional_messages": []}),
]


@pytest.mark.parametrize("path, body", NEW_ROUTES)
def test_new_routes_check_the_token_and_take_faults_first(port, path, body):
    status, _, env = request(port, "POST", path, body, token=None)
    assert status == 401 and env["code"] == 4100
    request(port, "POST", "/_fake/faults", [{"status": 503, "body": {"code": 5000, "msg": "busy"}}])
    status, _, env = request(port, "POST", path, body)
    assert status == 503 and env["msg"] == "busy"
    assert request(port, "GET", path)[0] == 404  # POST only
    log = log_of(port)
    assert [e["path"] for e in log] == [path.split("?")[0]] * 3
    assert TOKEN not in json.dumps(log)


def test_stream_faults_act_on_workflow_streams(port):
    request(port, "POST", "/_fake/faults", [{"reset_after_events": 2}, {"stall_after_events": 1, "stall_ms": 300}])
    r = exchange(port, "POST", "/v1/workflow/stream_run",
                 {"workflow_id": "w", "parameters": {"input": "abcdefgh"}})
    assert r.status == 200 and not r.clean and [n for n, _ in workflow_events_of(r)] == ["Message", "PING"]
    times = []
    r = exchange(port, "POST", "/v1/workflow/stream_run", {"workflow_id": "w"}, times=times)
    assert r.clean and workflow_events_of(r)[-1][0] == "Done"
    assert times[2] - times[1] >= 0.3
    assert [e["events_sent"] for e in log_of(port)] == [2, len(r.chunks)]


# ---- the rest of the API: shared helpers ---------------------------------------

WORKSPACE = "7300000000000000001"
ECHO_BOT, TOOLS_BOT, AUDIO_BOT, SLOW_BOT = ("7300000000000000101", "7300000000000000102",
                                            "7300000000000000103", "7300000000000000104")
ECHO_WORKFLOW, ASK_WORKFLOW, CHAT_FLOW = "7300000000000000201", "7300000000000000202", "7300000000000000203"
SYSTEM_VOICES = ("7300000000000000301", "7300000000000000302")
TEMPLATE = "7300000000000000401"
DOC = {"Agw-Js-Conv": "str"}


def ok(port, method, path, body=b"", **kw):
    """The answer of a call that must succeed: HTTP 200, code 0; the whole envelope."""
    status, headers, env = request(port, method, path, body, **kw)
    assert status == 200 and env["code"] == 0 and env["msg"] == "", (method, path, status, env)
    assert headers["x-tt-logid"] == env["detail"]["logid"]
    return env


def fails(port, method, path, body=b"", **kw):
    """(HTTP status, business code) of a call that must fail; the envelope has no data."""
    status, _, env = request(port, method, path, body, **kw)
    assert env["code"] != 0 and "data" not in env and env["msg"], env
    return status, env["code"]


def is_id(value) -> bool:
    return isinstance(value, str) and value.isdigit() and len(value) == 19


def multipart(parts: dict, boundary: str = "b0undary") -> tuple:
    """(body, headers) of a multipart/form-data request: name -> text, or (filename, bytes)."""
    out = b""
    for name, value in parts.items():
        if isinstance(value, tuple):
            out += (b'--%s\r\nContent-Disposition: form-data; name="%s"; filename="%s"\r\n'
                    b'Content-Type: application/octet-stream\r\n\r\n%s\r\n'
                    % (boundary.encode(), name.encode(), value[0].encode(), value[1]))
        else:
            out += b'--%s\r\nContent-Disposition: form-data; name="%s"\r\n\r\n%s\r\n' % (
                boundary.encode(), name.encode(), value.encode())
    return out + b"--%s--\r\n" % boundary.encode(), {"Content-Type": "multipart/form-data; boundary=" + boundary}


def new_conversation(port, **body):
    return ok(port, "POST", "/v1/conversation/create", dict({"bot_id": ECHO_BOT}, **body))["data"]


def add_message(port, cid, content, role="user"):
    return ok(port, "POST", "/v1/conversation/message/create?conversation_id=" + cid,
              {"role": role, "content": content, "content_type": "text"})["data"]


def list_messages(port, cid, **body):
    return ok(port, "POST", "/v1/conversation/message/list?conversation_id=" + cid, body)


# ---- conversations -----------------------------------------------------------

def test_conversation_lifecycle(port):
    conv = new_conversation(port, name="trip", meta_data={"k": "v"})
    assert is_id(conv["id"]) and conv["last_section_id"] == conv["id"] and conv["name"] == "trip"
    assert conv["meta_data"] == {"k": "v"} and conv["created_at"] > 0 and conv["connector_id"] == "1024"
    cid = conv["id"]
    assert ok(port, "GET", "/v1/conversation/retrieve?conversation_id=" + cid)["data"] == conv
    renamed = ok(port, "PUT", "/v1/conversations/" + cid, {"name": "holiday"})["data"]
    assert renamed["name"] == "holiday" and renamed["id"] == cid
    section = ok(port, "POST", "/v1/conversations/%s/clear" % cid)["data"]
    assert set(section) == {"id", "conversation_id"} and section["conversation_id"] == cid
    assert is_id(section["id"]) and section["id"] != cid
    after = ok(port, "GET", "/v1/conversation/retrieve?conversation_id=" + cid)["data"]
    assert after["last_section_id"] == section["id"] and after["name"] == "holiday"
    env = ok(port, "POST", "/v3/chat?conversation_id=" + cid, chat_body(ECHO_BOT, stream=False))
    assert env["data"]["section_id"] == section["id"]
    env = ok(port, "DELETE", "/v1/conversations/" + cid)
    assert "data" not in env
    assert fails(port, "GET", "/v1/conversation/retrieve?conversation_id=" + cid) == (200, 4001)
    assert fails(port, "DELETE", "/v1/conversations/" + cid) == (200, 4001)
    assert fails(port, "PUT", "/v1/conversations/" + cid, {"name": "x"}) == (200, 4001)


def test_conversation_create_takes_messages_and_an_empty_body(port):
    conv = new_conversation(port, messages=[{"role": "user", "content": "first question", "content_type": "text"},
                                            {"role": "assistant", "content": "an answer"}])
    assert conv["name"] == "first question"  # the first user message names it, as the API does
    msgs = list_messages(port, conv["id"], order="asc")["data"]
    assert [(m["role"], m["type"], m["content"]) for m in msgs] == [
        ("user", "question", "first question"), ("assistant", "answer", "an answer")]
    assert all(m["conversation_id"] == conv["id"] and m["section_id"] == conv["id"] for m in msgs)
    bare = ok(port, "POST", "/v1/conversation/create")["data"]
    assert is_id(bare["id"]) and bare["name"] == "" and bare["meta_data"] == {}


def test_conversation_list_pages_by_bot(port):
    ids = [new_conversation(port)["id"] for _ in range(3)]
    new_conversation(port, bot_id="7300000000000000999")
    q = "/v1/conversations?bot_id=%s&page_size=2" % ECHO_BOT
    first = ok(port, "GET", q + "&page_num=1")["data"]
    second = ok(port, "GET", q + "&page_num=2")["data"]
    assert [c["id"] for c in first["conversations"] + second["conversations"]] == ids[::-1]  # newest first
    assert first["has_more"] is True and second["has_more"] is False
    asc = ok(port, "GET", q + "&page_size=50&sort_order=ASC")["data"]["conversations"]
    assert [c["id"] for c in asc] == ids
    assert fails(port, "GET", "/v1/conversations") == (400, 4000)
    assert fails(port, "GET", q + "&page_size=51") == (400, 4000)


# ---- conversation messages -----------------------------------------------------

def test_message_create_retrieve_modify_delete(port):
    cid = new_conversation(port)["id"]
    msg = ok(port, "POST", "/v1/conversation/message/create?conversation_id=" + cid,
             {"role": "user", "content": "hello", "content_type": "text", "meta_data": {"a": "b"}})["data"]
    assert is_id(msg["id"]) and msg["conversation_id"] == cid and msg["type"] == "question"
    assert msg["chat_id"] == "0" and msg["meta_data"] == {"a": "b"} and msg["content_type"] == "text"
    q = "conversation_id=%s&message_id=%s" % (cid, msg["id"])
    assert ok(port, "GET", "/v1/conversation/message/retrieve?" + q)["data"] == msg
    env = ok(port, "POST", "/v1/conversation/message/modify?" + q, {"content": "hello!", "meta_data": {"c": "d"}})
    assert "data" not in env and env["message"]["content"] == "hello!" and env["message"]["meta_data"] == {"c": "d"}
    assert ok(port, "GET", "/v1/conversation/message/retrieve?" + q)["data"]["content"] == "hello!"
    gone = ok(port, "POST", "/v1/conversation/message/delete?" + q)["data"]
    assert gone["id"] == msg["id"]
    assert fails(port, "GET", "/v1/conversation/message/retrieve?" + q) == (200, 4005)
    assert fails(port, "POST", "/v1/conversation/message/delete?" + q) == (200, 4005)
    assert list_messages(port, cid)["data"] == []


@pytest.mark.parametrize("body", [{"content": "x", "content_type": "text"},
                                  {"role": "bot", "content": "x", "content_type": "text"},
                                  {"role": "user", "content_type": "text"},
                                  {"role": "user", "content": "x", "content_type": "video"},
                                  {"role": "user", "content": "x", "content_type": "text", "meta_data": {"n": 1}}])
def test_message_create_bad_body_is_400_4000(port, body):
    cid = new_conversation(port)["id"]
    assert fails(port, "POST", "/v1/conversation/message/create?conversation_id=" + cid, body) == (400, 4000)


def test_message_routes_check_the_conversation(port):
    assert fails(port, "POST", "/v1/conversation/message/create?conversation_id=7499999999999999999",
                 {"role": "user", "content": "x", "content_type": "text"}) == (200, 4001)
    assert fails(port, "POST", "/v1/conversation/message/list?conversation_id=7499999999999999999") == (200, 4001)
    assert fails(port, "POST", "/v1/conversation/message/list") == (400, 4000)
    assert fails(port, "GET", "/v1/conversation/message/retrieve?conversation_id=12x&message_id=1") == (400, 4000)


def test_message_list_pages_with_cursors(port):
    cid = new_conversation(port)["id"]
    ids = [add_message(port, cid, "m%d" % i)["id"] for i in range(5)]
    page = list_messages(port, cid, limit=2)  # desc by default: newest first
    assert [m["id"] for m in page["data"]] == [ids[4], ids[3]]
    assert (page["first_id"], page["last_id"], page["has_more"]) == (ids[4], ids[3], True)
    seen = [m["id"] for m in page["data"]]
    while page["has_more"]:  # follow last_id with after_id, as the official SDKs do
        page = list_messages(port, cid, limit=2, after_id=page["last_id"])
        seen += [m["id"] for m in page["data"]]
    assert seen == ids[::-1] and page["last_id"] == ids[0]
    asc = list_messages(port, cid, order="asc", limit=3)
    assert [m["id"] for m in asc["data"]] == ids[:3] and asc["has_more"] is True
    rest = list_messages(port, cid, order="asc", limit=3, after_id=asc["last_id"])
    assert [m["id"] for m in rest["data"]] == ids[3:] and rest["has_more"] is False
    before = list_messages(port, cid, order="asc", limit=2, before_id=ids[3])
    assert [m["id"] for m in before["data"]] == ids[1:3] and before["has_more"] is True
    empty = list_messages(port, cid, order="asc", after_id=ids[4])
    assert empty["data"] == [] and empty["has_more"] is False and empty["first_id"] == empty["last_id"] == "0"
    assert list_messages(port, cid, after_id="0", limit=50)["data"][0]["id"] == ids[4]  # 0: no cursor
    q = "/v1/conversation/message/list?conversation_id=" + cid
    assert fails(port, "POST", q, {"after_id": "7499999999999999999"}) == (200, 4005)
    for bad in ({"limit": 0}, {"limit": 51}, {"order": "up"}, {"before_id": ids[1], "after_id": ids[2]}, [1]):
        assert fails(port, "POST", q, bad) == (400, 4000), bad


def test_chats_write_their_messages_into_kept_conversations(port):
    env = ok(port, "POST", "/v3/chat", chat_body(ECHO_BOT, "What is new?", stream=False))
    chat = env["data"]
    cid = chat["conversation_id"]
    conv = ok(port, "GET", "/v1/conversation/retrieve?conversation_id=" + cid)["data"]
    assert conv["id"] == cid and chat["section_id"] == conv["last_section_id"]
    msgs = list_messages(port, cid, order="asc")["data"]
    assert [(m["type"], m["content"]) for m in msgs] == [("question", "What is new?"), ("answer", "Echo: What is new?")]
    assert {m["chat_id"] for m in msgs} == {chat["id"]}
    assert list_messages(port, cid, chat_id=chat["id"])["data"] and not list_messages(
        port, cid, chat_id="7499999999999999999")["data"]
    listed = ok(port, "GET", "/v1/conversations?bot_id=" + ECHO_BOT)["data"]["conversations"]
    assert [c["id"] for c in listed] == [cid]
    ok(port, "POST", "/v3/chat?conversation_id=" + cid, chat_body(ECHO_BOT, "not kept", stream=False,
                                                                   auto_save_history=False))
    assert len(list_messages(port, cid)["data"]) == 2
    r = exchange(port, "POST", "/v3/chat?conversation_id=" + cid, chat_body(ECHO_BOT, "streamed"))
    assert r.clean and list_messages(port, cid, limit=1)["data"][0]["content"] == "Echo: streamed"
    # deleting an answer takes its chat's intermediate messages with it
    tools = ok(port, "POST", "/v3/chat?conversation_id=" + cid, chat_body(TOOLS_BOT, stream=False))["data"]
    assert [m["type"] for m in list_messages(port, cid, chat_id=tools["id"], order="asc")["data"]] == [
        "question", "function_call", "function_call"]


def test_message_feedback(port):
    cid = new_conversation(port)["id"]
    mid = add_message(port, cid, "rate me", role="assistant")["id"]
    path = "/v1/conversations/%s/messages/%s/feedback" % (cid, mid)
    env = ok(port, "POST", path, {"feedback_type": "unlike", "reason_types": ["wrong"], "comment": "no"})
    assert "data" not in env
    assert "data" not in ok(port, "DELETE", path)
    assert fails(port, "DELETE", path) == (200, 4200)  # nothing left to delete
    assert fails(port, "POST", path, {"feedback_type": "meh"}) == (400, 4000)
    assert fails(port, "POST", path, {}) == (400, 4000)
    assert fails(port, "POST", "/v1/conversations/%s/messages/7499999999999999999/feedback" % cid,
                 {"feedback_type": "like"}) == (200, 4005)
    assert fails(port, "POST", "/v1/conversations/7499999999999999999/messages/%s/feedback" % mid,
                 {"feedback_type": "like"}) == (200, 4001)


# ---- chat cancel and the seed bots ---------------------------------------------------

def test_slow_bot_waits_until_cancelled(port):
    chat = ok(port, "POST", "/v3/chat", chat_body(SLOW_BOT, stream=False))["data"]
    q = "conversation_id=%s&chat_id=%s" % (chat["conversation_id"], chat["id"])
    assert ok(port, "GET", "/v3/chat/retrieve?" + q)["data"]["status"] == "in_progress"
    assert ok(port, "GET", "/v3/chat/message/list?" + q)["data"] == []
    key = {"conversation_id": chat["conversation_id"], "chat_id": chat["id"]}
    cancelled = ok(port, "POST", "/v3/chat/cancel", key)["data"]
    assert cancelled["status"] == "canceled" and cancelled["id"] == chat["id"]
    assert ok(port, "GET", "/v3/chat/retrieve?" + q)["data"]["status"] == "canceled"
    assert fails(port, "POST", "/v3/chat/cancel", key) == (200, 4104)
    done = ok(port, "POST", "/v3/chat", chat_body(ECHO_BOT, stream=False))["data"]
    assert fails(port, "POST", "/v3/chat/cancel", {"conversation_id": done["conversation_id"],
                                                   "chat_id": done["id"]}) == (200, 4104)
    assert fails(port, "POST", "/v3/chat/cancel", {"conversation_id": "1", "chat_id": "2"}) == (200, 4200)
    assert fails(port, "POST", "/v3/chat/cancel", {"conversation_id": "1"}) == (400, 4000)
    tools = ok(port, "POST", "/v3/chat", chat_body(TOOLS_BOT, stream=False))["data"]
    env = ok(port, "POST", "/v3/chat/cancel", {"conversation_id": tools["conversation_id"], "chat_id": tools["id"]})
    assert env["data"]["status"] == "canceled" and "required_action" not in env["data"]


def test_seed_bots_with_numeric_ids_act_like_the_special_bots(port):
    evs = events_of(exchange(port, "POST", "/v3/chat", chat_body(TOOLS_BOT, "weather?")))
    assert evs[-2][0] == "conversation.chat.requires_action" and evs[-2][1]["bot_id"] == TOOLS_BOT
    evs = events_of(exchange(port, "POST", "/v3/chat", chat_body(AUDIO_BOT, "say it")))
    audio = [d for n, d in evs if n == "conversation.audio.delta"]
    assert b"".join(base64.b64decode(d["content"]) for d in audio) == bytes(range(256))
    evs = events_of(exchange(port, "POST", "/v3/chat", chat_body(SLOW_BOT, "streamed")))
    assert evs[-1] == ("done", "[DONE]")  # slow only when not streamed


# ---- workflows: catalogue and run histories -------------------------------------------

def test_workflow_list_and_retrieve(port):
    data = ok(port, "GET", "/v1/workflows?workspace_id=" + WORKSPACE)["data"]
    assert [w["workflow_id"] for w in data["items"]] == [ECHO_WORKFLOW, ASK_WORKFLOW, CHAT_FLOW]
    assert data["has_more"] is False
    w = data["items"][0]
    assert set(w) == {"workflow_id", "workflow_name", "description", "icon_url", "app_id", "created_at",
                      "updated_at", "creator"} and set(w["creator"]) == {"id", "name"}
    flows = ok(port, "GET", "/v1/workflows?workspace_id=%s&workflow_mode=chatflow" % WORKSPACE)["data"]["items"]
    assert [w["workflow_id"] for w in flows] == [CHAT_FLOW]
    page = ok(port, "GET", "/v1/workflows?workspace_id=%s&page_size=2" % WORKSPACE)["data"]
    assert len(page["items"]) == 2 and page["has_more"] is True
    assert ok(port, "GET", "/v1/workflows?workspace_id=7300000000000000002")["data"]["items"] == []
    info = ok(port, "GET", "/v1/workflows/" + ECHO_WORKFLOW)["data"]
    assert info == {"workflow_detail": w}
    info = ok(port, "GET", "/v1/workflows/%s?include_input_output=true" % ECHO_WORKFLOW)["data"]
    assert info["input"]["parameters"]["input"]["type"] == "string" and "output" in info["output"]["parameters"]
    assert fails(port, "GET", "/v1/workflows/7300000000000000299") == (200, 4200)
    assert fails(port, "GET", "/v1/workflows/echo") == (400, 4000)


def test_run_histories_of_sync_async_and_streamed_runs(port):
    run = ok(port, "POST", "/v1/workflow/run", {"workflow_id": ECHO_WORKFLOW, "parameters": {"input": "a"},
                                                 "bot_id": ECHO_BOT})
    path = "/v1/workflows/%s/run_histories/%s" % (ECHO_WORKFLOW, run["execute_id"])
    history = ok(port, "GET", path)["data"]
    assert isinstance(history, list) and len(history) == 1
    h = history[0]
    assert h["execute_id"] == run["execute_id"] and h["execute_status"] == "Success" and h["run_mode"] == 0
    assert json.loads(h["output"]) == {"output": "Echo: a"} and h["error_code"] == "0" and h["bot_id"] == ECHO_BOT
    assert h["debug_url"] == run["debug_url"] and h["usage"] == run["usage"] and h["logid"] == run["detail"]["logid"]
    nodes = h["node_execute_status"]
    assert set(nodes) == {"100001", "900001"} and all(n["is_finish"] for n in nodes.values())
    end = ok(port, "GET", "%s/execute_nodes/%s" % (path, nodes["900001"]["node_execute_uuid"]))["data"]
    assert end == {"is_finish": True, "node_output": '{"output":"Echo: a"}'}
    start = ok(port, "GET", "%s/execute_nodes/%s" % (path, nodes["100001"]["node_execute_uuid"]))["data"]
    assert json.loads(start["node_output"]) == {"input": "a"}
    assert fails(port, "GET", path + "/execute_nodes/7499999999999999999") == (200, 4200)

    run = ok(port, "POST", "/v1/workflow/run", {"workflow_id": ECHO_WORKFLOW, "is_async": True})
    path = "/v1/workflows/%s/run_histories/%s" % (ECHO_WORKFLOW, run["execute_id"])
    first, second = ok(port, "GET", path)["data"][0], ok(port, "GET", path)["data"][0]
    assert (first["execute_status"], first["output"], first["run_mode"]) == ("Running", "", 2)
    assert second["execute_status"] == "Success" and json.loads(second["output"]) == {"output": "Echo: {}"}

    r = exchange(port, "POST", "/v1/workflow/stream_run", {"workflow_id": ECHO_WORKFLOW})
    url = workflow_events_of(r)[-1][1]["debug_url"]
    execute_id = url.split("execute_id=")[1].split("&")[0]
    h = ok(port, "GET", "/v1/workflows/%s/run_histories/%s" % (ECHO_WORKFLOW, execute_id))["data"][0]
    assert h["run_mode"] == 1 and h["execute_status"] == "Success"
    assert fails(port, "GET", "/v1/workflows/%s/run_histories/%s" % (ASK_WORKFLOW, execute_id)) == (200, 4200)
    assert fails(port, "GET", "/v1/workflows/%s/run_histories/7499999999999999999" % ECHO_WORKFLOW) == (200, 4200)


def test_ask_city_workflow_interrupts_like_the_interrupt_workflow(port):
    evs = workflow_events_of(exchange(port, "POST", "/v1/workflow/stream_run", {"workflow_id": ASK_WORKFLOW}))
    assert evs[-1][0] == "Interrupt"
    data = evs[-1][1]["interrupt_data"]
    r = exchange(port, "POST", "/v1/workflow/stream_resume", {"workflow_id": ASK_WORKFLOW, "event_id": data["event_id"],
                                                               "resume_data": "Lyon", "interrupt_type": data["type"]})
    assert json.loads(workflow_events_of(r)[-2][1]["content"]) == {"output": "Echo: Lyon"}


# ---- bots and templates ----------------------------------------------------------------

def test_bot_create_update_publish_retrieve_list(port):
    body = {"space_id": WORKSPACE, "name": "Helper", "description": "helps",
            "prompt_info": {"prompt": "Be kind."}, "onboarding_info": {"prologue": "Hi!"}}
    bot_id = ok(port, "POST", "/v1/bot/create", body)["data"]["bot_id"]
    assert is_id(bot_id)
    bot = ok(port, "GET", "/v1/bots/" + bot_id)["data"]
    assert (bot["bot_id"], bot["name"], bot["description"], bot["version"]) == (bot_id, "Helper", "helps", "0")
    assert bot["prompt_info"] == {"prompt": "Be kind."} and bot["onboarding_info"]["prologue"] == "Hi!"
    assert "space_id" not in bot and "is_published" not in bot
    assert fails(port, "GET", "/v1/bot/get_online_info?bot_id=" + bot_id) == (200, 4015)
    assert fails(port, "GET", "/v1/bots/%s?is_published=true" % bot_id) == (200, 4015)
    q = "/v1/bots?workspace_id=%s&publish_status=" % WORKSPACE
    assert [b["id"] for b in ok(port, "GET", q + "unpublished_draft")["data"]["items"]] == [bot_id]
    published = ok(port, "POST", "/v1/bot/publish", {"bot_id": bot_id, "connector_ids": ["1024"]})["data"]
    assert published == {"bot_id": bot_id, "version": "1"}
    online = ok(port, "GET", "/v1/bot/get_online_info?bot_id=" + bot_id)["data"]
    assert online["version"] == "1" and online["name"] == "Helper"
    assert "data" not in ok(port, "POST", "/v1/bot/update", {"bot_id": bot_id, "name": "Helper 2"})
    assert ok(port, "GET", "/v1/bots/" + bot_id)["data"]["name"] == "Helper 2"
    listed = ok(port, "GET", q + "all")["data"]
    assert listed["total"] == 5 and listed["items"][-1]["id"] == bot_id and listed["items"][-1]["is_published"]
    assert set(listed["items"][0]) >= {"id", "name", "description", "icon_url", "is_published", "updated_at",
                                      "owner_user_id"}
    page = ok(port, "GET", "/v1/bots?workspace_id=%s&page_size=2&page_num=3" % WORKSPACE)["data"]
    assert [b["id"] for b in page["items"]] == [bot_id] and page["total"] == 5
    v1 = ok(port, "GET", "/v1/space/published_bots_list?space_id=%s&page_index=1&page_size=10" % WORKSPACE)["data"]
    assert v1["total"] == 5 and set(v1["space_bots"][0]) == {"bot_id", "bot_name", "description", "icon_url",
                                                             "publish_time"}
    assert v1["space_bots"][0]["publish_time"] == "1735689600"
    assert fails(port, "POST", "/v1/bot/update", {"bot_id": "7499999999999999999"}) == (200, 4200)
    assert fails(port, "POST", "/v1/bot/publish", {"bot_id": "7499999999999999999"}) == (200, 4200)
    assert fails(port, "GET", "/v1/bots/7499999999999999999") == (200, 4200)
    assert fails(port, "POST", "/v1/bot/create", {"space_id": WORKSPACE}) == (400, 4000)
    assert fails(port, "POST", "/v1/bot/create", {"space_id": "team", "name": "x"}) == (400, 4000)
    assert fails(port, "GET", "/v1/bots") == (400, 4000)


def test_bot_knowledge_names_the_datasets(port):
    ds = ok(port, "POST", "/v1/datasets", {"name": "Facts", "space_id": WORKSPACE, "format_type": 0})["data"]
    ok(port, "POST", "/v1/bot/update", {"bot_id": ECHO_BOT, "knowledge": {"dataset_ids": [ds["dataset_id"]]}})
    knowledge = ok(port, "GET", "/v1/bots/" + ECHO_BOT)["data"]["knowledge"]
    assert knowledge["dataset_ids"] == [ds["dataset_id"]]
    assert knowledge["knowledge_infos"] == [{"id": ds["dataset_id"], "name": "Facts"}]


def test_template_duplicate_makes_a_draft_bot(port):
    made = ok(port, "POST", "/v1/templates/%s/duplicate" % TEMPLATE, {"workspace_id": WORKSPACE, "name": "Mine"})
    assert made["data"]["entity_type"] == "agent" and is_id(made["data"]["entity_id"])
    bot = ok(port, "GET", "/v1/bots/" + made["data"]["entity_id"])["data"]
    assert bot["name"] == "Mine"
    assert fails(port, "POST", "/v1/templates/7300000000000000499/duplicate",
                 {"workspace_id": WORKSPACE}) == (200, 4200)
    assert fails(port, "POST", "/v1/templates/%s/duplicate" % TEMPLATE, {}) == (400, 4000)


# ---- files ----------------------------------------------------------------------

def test_file_upload_keeps_every_byte_and_retrieve_finds_it(port):
    raw = bytes(range(256)) * 4 + b"\r\n--not-the-boundary\r\n\n\r"
    body, headers = multipart({"file": ("données.bin", raw)})
    info = ok(port, "POST", "/v1/files/upload", body, headers=headers)["data"]
    assert set(info) == {"id", "bytes", "created_at", "file_name"} and is_id(info["id"])
    assert info["bytes"] == len(raw) and info["file_name"] == "données.bin" and info["created_at"] > 0
    assert ok(port, "GET", "/v1/files/retrieve?file_id=" + info["id"])["data"] == info
    assert fails(port, "GET", "/v1/files/retrieve?file_id=7499999999999999999") == (200, 4200)
    assert fails(port, "GET", "/v1/files/retrieve") == (400, 4000)


@pytest.mark.parametrize("body, headers", [
    (b"plain", {"Content-Type": "text/plain"}),
    (b"--b0undary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\"\r\n\r\nno end",
     {"Content-Type": "multipart/form-data; boundary=b0undary"}),
    multipart({"other": ("a.txt", b"x")}),
    multipart({"file": "a text field, not a file"}),
])
def test_file_upload_bad_multipart_is_400_4000(port, body, headers):
    assert fails(port, "POST", "/v1/files/upload", body, headers=headers) == (400, 4000)


# ---- big and streamed uploads, /_fake/files/content ------------------------------------

def upload(port, body, headers, **kw) -> dict:
    return ok(port, "POST", "/v1/files/upload", body, headers=headers, **kw)["data"]


def content_of(port, file_id, method="GET") -> Response:
    return exchange(port, method, "/_fake/files/content?file_id=" + file_id, token=None)


def raw_part(disposition: bytes, data: bytes, extra: bytes = b"", boundary: bytes = b"b0undary") -> bytes:
    return b"--%s\r\nContent-Disposition: %s\r\n%s\r\n%s\r\n" % (boundary, disposition, extra, data)


MP = {"Content-Type": "multipart/form-data; boundary=b0undary"}


def test_upload_quoted_filename_with_semicolons_and_escapes(port):
    body = raw_part(b'form-data; name="file"; filename="a;b; c=\\"d\\".txt"', b"x") + b"--b0undary--\r\n"
    info = upload(port, body, MP)
    assert info["file_name"] == 'a;b; c="d".txt' and info["bytes"] == 1
    # RFC 2231 wins over the plain name; parameters in any order, names in any case.
    body = raw_part(b"form-data; FILENAME=\"plain.txt\"; filename*=UTF-8''na%C3%AFve%3B.txt; Name=file", b"yz") \
        + b"--b0undary--\r\n"
    assert upload(port, body, MP)["file_name"] == "naïve;.txt"
    # RFC 2231 continuations; a base64 Content-Transfer-Encoding is decoded.
    body = raw_part(b"form-data; name=file; filename*0*=UTF-8''%C3%A9t; filename*1=\"e;.txt\"",
                    base64.b64encode(b"\x00\xffdata"), b"Content-Transfer-Encoding: base64\r\n") + b"--b0undary--\r\n"
    info = upload(port, body, MP)
    assert info["file_name"] == "éte;.txt" and content_of(port, info["id"]).body == b"\x00\xffdata"
    # A quoted boundary parameter, with more parameters after it.
    body = raw_part(b'form-data; name="file"; filename="q.bin"', b"q", boundary=b"b o;u") + b"--b o;u--\r\n"
    assert upload(port, body, {"Content-Type": 'multipart/form-data; boundary="b o;u"; charset=utf-8'})["bytes"] == 1


def test_upload_keeps_crlf_and_boundary_like_text_in_the_data(port):
    data = (b"\r\nline\r\n\r\n--b0undaryX\r\n--b0undar\r\nx--b0undary--\r\n--b0undary-\r\n"
            b"\r\n--b0undaryy--\r\n" + bytes(range(256)) + b"\r\n\r\n")
    body = (b"preamble text\r\n" + raw_part(b'form-data; name="note"', b"hi") +
            raw_part(b'form-data; name="file"; filename="f.bin"', data, b"Content-Type: image/png\r\n") +
            b"--b0undary--  \r\nepilogue\r\n--b0undary\r\n")
    info = upload(port, body, MP)
    assert info["bytes"] == len(data)
    r = content_of(port, info["id"])
    assert r.status == 200 and r.body == data


def test_upload_part_sizes_and_transport_padding(port):
    parts = [(b'form-data; name="a"', b""), (b'form-data; name="file"; filename="e.bin"', b""),
             (b'form-data; name="b"', b"\r\n")]
    body = b"".join(raw_part(d, data) for d, data in parts) + b"--b0undary--"
    info = upload(port, body, MP)
    assert info["bytes"] == 0 and content_of(port, info["id"]).body == b""
    # Spaces after a delimiter are padding; a part's own Content-Length must match its data.
    body = (b"--b0undary \t\r\nContent-Disposition: form-data; name=\"file\"; filename=\"p\"\r\n"
            b"Content-Length: 3\r\n\r\nabc\r\n--b0undary--\r\n")
    assert content_of(port, upload(port, body, MP)["id"]).body == b"abc"


@pytest.mark.parametrize("body, headers", [
    (raw_part(b'form-data; name="file"; filename="a"', b"data"), MP),  # no final delimiter
    (raw_part(b'form-data; name="file"; filename="a"', b"data") + b"--b0undary\r\n", MP),
    (raw_part(b'form-data; name="file"; filename="a"', b"data") + b"--b0undary-", MP),
    (b"no delimiter at all", MP),
    (raw_part(b'form-data; filename="a"', b"data") + b"--b0undary--\r\n", MP),  # a part without a name
    (raw_part(b'form-data; name=""; filename="a"', b"data") + b"--b0undary--\r\n", MP),
    (b"--b0undary\r\nContent-Type: text/plain\r\n\r\nx\r\n--b0undary--\r\n", MP),  # no Content-Disposition
    (raw_part(b'form-data; name="file"; filename="a', b"data") + b"--b0undary--\r\n", MP),  # open quote
    (raw_part(b'form-data; name="file"; filename="a"', b"data", b"Content-Length: 5\r\n")
     + b"--b0undary--\r\n", MP),  # a part's Content-Length that does not match its data
    (b"--b0undary\r\nContent-Disposition form-data\r\n\r\nx\r\n--b0undary--\r\n", MP),  # a bad header line
    (raw_part(b'form-data; name="file"; filename="a"', b"data") + b"--b0undary--\r\n",
     {"Content-Type": "multipart/form-data"}),  # no boundary parameter
    (raw_part(b'form-data; name="file"; filename="a"', b"data") + b"--b0undary--\r\n",
     {"Content-Type": "multipart/form-data; boundary=" + "b" * 71}),
])
def test_upload_malformed_multipart_is_400_4000(port, body, headers):
    assert fails(port, "POST", "/v1/files/upload", body, headers=headers) == (400, 4000)
    assert request(port, "GET", "/_fake/requests")[2][-1]["path"] == "/v1/files/upload"


def send_raw(port, head: bytes, pieces, shut=False) -> Response:
    with socket.create_connection(("127.0.0.1", port), timeout=30) as s:
        s.sendall(head)
        for piece in pieces:
            s.sendall(piece)
        if shut:
            s.shutdown(socket.SHUT_WR)
        return read_response(s.makefile("rb"))


UPLOAD_HEAD = (b"POST /v1/files/upload HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer pat_x\r\n"
               b"Content-Type: multipart/form-data; boundary=b0undary\r\nConnection: close\r\n")


def test_chunked_upload(port):
    data = os.urandom(300000) + b"\r\n--b0undaryx"
    body = raw_part(b'form-data; name="file"; filename="c.bin"', data) + b"--b0undary--\r\n"
    pieces = [body[i:i + 7777] for i in range(0, len(body), 7777)]
    r = send_raw(port, UPLOAD_HEAD + b"Transfer-Encoding: chunked\r\n\r\n",
                 [b"%x\r\n%s\r\n" % (len(p), p) for p in pieces] + [b"0\r\n\r\n"])
    assert r.status == 200 and r.json()["data"]["bytes"] == len(data)
    got = content_of(port, r.json()["data"]["id"])
    assert got.body == data and got.headers["x-fake-sha256"] == hashlib.sha256(data).hexdigest()


def test_upload_shorter_than_its_content_length_is_400_4000(port):
    body = raw_part(b'form-data; name="file"; filename="s.bin"', b"abc") + b"--b0undary--\r\n"
    r = send_raw(port, UPLOAD_HEAD + b"Content-Length: %d\r\n\r\n" % (len(body) + 10), [body], shut=True)
    assert r.status == 400 and r.json()["code"] == 4000
    r = send_raw(port, UPLOAD_HEAD + b"Transfer-Encoding: chunked\r\n\r\n", [b"100\r\n" + body], shut=True)
    assert r.status == 400 and r.json()["code"] == 4000


def test_uploads_over_16_mib_only_on_the_upload_route(port):
    data = bytes(range(256)) * (24 * 4096)  # 24 MiB
    body = raw_part(b'form-data; name="file"; filename="big.bin"', data) + b"--b0undary--\r\n"
    info = upload(port, body, MP)
    assert info["bytes"] == len(data)
    got = content_of(port, info["id"])
    assert got.body == data and got.headers["content-type"] == "application/octet-stream"
    entry = request(port, "GET", "/_fake/requests")[2][-1]
    assert entry["body_bytes"] == len(body) and entry["body_truncated"] is True
    assert len(entry["body"]) <= 64 * 1024
    # Over the limit announced (16 MiB elsewhere, 512 MiB here): refused before anything is read.
    other = UPLOAD_HEAD.replace(b"/v1/files/upload", b"/v1/audio/transcriptions")
    for head, n in ((other, len(body)), (other, 16 * 1024 * 1024 + 1), (UPLOAD_HEAD, 512 * 1024 * 1024 + 1)):
        r = send_raw(port, head + b"Content-Length: %d\r\n\r\n" % n, [])
        assert r.status == 400 and r.json()["code"] == 4000
    r = send_raw(port, UPLOAD_HEAD + b"Content-Length: %d\r\n\r\n" % (20 * 1024 * 1024), [b"x"], shut=True)
    assert r.status == 400 and r.json()["code"] == 4000  # allowed, but short


def test_files_content_endpoint(port):
    raw = b"\x00\xff content \r\n"
    body, headers = multipart({"file": ("données.bin", raw)})
    info = upload(port, body, headers)
    r = content_of(port, info["id"])
    assert r.status == 200 and r.body == raw and r.headers["content-length"] == str(len(raw))
    assert r.headers["content-type"] == "application/octet-stream"
    assert r.headers["x-fake-sha256"] == hashlib.sha256(raw).hexdigest()
    assert r.headers["x-fake-file-name"] == "donn%C3%A9es.bin"
    head = content_of(port, info["id"], "HEAD")
    assert head.status == 200 and head.headers["x-fake-sha256"] == r.headers["x-fake-sha256"]
    for missing in ("7499999999999999999", ""):
        r = content_of(port, missing)
        assert r.status == 404 and "error" in r.json()
    request(port, "POST", "/_fake/reset")
    assert content_of(port, info["id"]).status == 404
    # Not logged, needs no token, takes no fault.
    request(port, "POST", "/_fake/faults", [{"status": 503}])
    assert content_of(port, "1").status == 404
    assert len(request(port, "GET", "/_fake/faults")[2]) == 1


# ---- datasets, documents, images ----------------------------------------------------------

def new_dataset(port, name="Docs", format_type=0):
    return ok(port, "POST", "/v1/datasets", {"name": name, "space_id": WORKSPACE,
                                             "format_type": format_type})["data"]["dataset_id"]


def test_dataset_crud_and_process(port):
    ds = new_dataset(port, "Manuals")
    other = new_dataset(port, "Pictures", 2)
    listed = ok(port, "GET", "/v1/datasets?space_id=" + WORKSPACE)["data"]
    assert listed["total_count"] == 2 and [d["dataset_id"] for d in listed["dataset_list"]] == [ds, other]
    d = listed["dataset_list"][0]
    assert (d["name"], d["format_type"], d["status"], d["doc_count"], d["all_file_size"]) == ("Manuals", 0, 1, 0, 0)
    assert ok(port, "GET", "/v1/datasets?space_id=%s&format_type=2" % WORKSPACE)["data"]["total_count"] == 1
    assert ok(port, "GET", "/v1/datasets?space_id=%s&name=Manu" % WORKSPACE)["data"]["dataset_list"][0]["name"] \
        == "Manuals"
    docs = ok(port, "POST", "/open_api/knowledge/document/create", {"dataset_id": ds, "document_bases": [
        {"name": "a.txt", "source_info": {"file_base64": base64.b64encode(b"x" * 900).decode(), "file_type": "txt"}}]},
        headers=DOC)["document_infos"]
    d = ok(port, "GET", "/v1/datasets?space_id=" + WORKSPACE)["data"]["dataset_list"][0]
    assert (d["doc_count"], d["file_list"], d["all_file_size"], d["slice_count"]) == (1, ["a.txt"], 900, 2)
    progress = ok(port, "POST", "/v1/datasets/%s/process" % ds, {"document_ids": [docs[0]["document_id"]]})
    assert progress["data"]["data"][0]["document_id"] == docs[0]["document_id"]
    assert progress["data"]["data"][0]["progress"] == 100 and progress["data"]["data"][0]["status"] == 1
    assert fails(port, "POST", "/v1/datasets/%s/process" % other, {"document_ids": [docs[0]["document_id"]]}) \
        == (200, 4200)
    assert "data" not in ok(port, "PUT", "/v1/datasets/" + ds, {"name": "Guides", "description": "all"})
    d = ok(port, "GET", "/v1/datasets?space_id=" + WORKSPACE)["data"]["dataset_list"][0]
    assert (d["name"], d["description"]) == ("Guides", "all")
    assert "data" not in ok(port, "DELETE", "/v1/datasets/" + ds)
    assert ok(port, "GET", "/v1/datasets?space_id=" + WORKSPACE)["data"]["total_count"] == 1
    assert fails(port, "DELETE", "/v1/datasets/" + ds) == (200, 4200)
    assert fails(port, "PUT", "/v1/datasets/" + ds, {"name": "x"}) == (200, 4200)
    assert fails(port, "POST", "/v1/datasets", {"name": "x", "space_id": WORKSPACE, "format_type": 7}) == (400, 4000)
    assert fails(port, "POST", "/v1/datasets", {"name": "x", "space_id": WORKSPACE}) == (400, 4000)
    assert fails(port, "GET", "/v1/datasets") == (400, 4000)


def test_documents_need_the_agw_header_and_page(port):
    ds = new_dataset(port)
    path = "/open_api/knowledge/document/"
    body = {"dataset_id": ds, "page": 1, "size": 10}
    assert fails(port, "POST", path + "list", body) == (400, 4000)
    assert fails(port, "POST", path + "list", body, headers={"Agw-Js-Conv": "num"}) == (400, 4000)
    env = ok(port, "POST", path + "list", body, headers=DOC)
    assert env["document_infos"] == [] and env["total"] == 0 and "data" not in env
    bases = [{"name": "page", "source_info": {"web_url": "https://example.com/a", "document_source": 1},
              "update_rule": {"update_type": 1, "update_interval": 24}}]
    bases += [{"name": "n%d.md" % i, "source_info": {"file_base64": base64.b64encode(b"# hi").decode()}}
              for i in range(3)]
    env = ok(port, "POST", path + "create", {"dataset_id": int(ds), "document_bases": bases}, headers=DOC)
    made = env["document_infos"]  # a Go client sends ids as numbers; answers carry strings
    assert "data" not in env and [d["name"] for d in made] == ["page", "n0.md", "n1.md", "n2.md"]
    web = made[0]
    assert (web["source_type"], web["update_type"], web["update_interval"], web["status"]) == (1, 1, 24, 1)
    assert (made[1]["type"], made[1]["size"], made[1]["char_count"]) == ("md", 4, 4) and is_id(made[1]["document_id"])
    first = ok(port, "POST", path + "list", dict(body, size=3), headers=DOC)
    second = ok(port, "POST", path + "list", dict(body, size=3, page=2), headers=DOC)
    assert first["total"] == second["total"] == 4
    assert [d["document_id"] for d in first["document_infos"] + second["document_infos"]] == \
        [d["document_id"] for d in made]
    assert "data" not in ok(port, "POST", path + "update", {"document_id": web["document_id"],
                                                            "document_name": "home page"}, headers=DOC)
    listed = ok(port, "POST", path + "list", body, headers=DOC)["document_infos"]
    assert listed[0]["name"] == "home page"
    ok(port, "POST", path + "delete", {"document_ids": [int(made[1]["document_id"]), made[2]["document_id"]]},
       headers=DOC)
    assert ok(port, "POST", path + "list", body, headers=DOC)["total"] == 2
    assert fails(port, "POST", path + "delete", {"document_ids": [made[1]["document_id"]]}, headers=DOC) \
        == (200, 4200)
    assert fails(port, "POST", path + "update", {"document_id": "7499999999999999999"}, headers=DOC) == (200, 4200)
    assert fails(port, "POST", path + "list", {"dataset_id": "7499999999999999999"}, headers=DOC) == (200, 4200)
    for bad in ({"dataset_id": ds, "document_bases": []},
                {"dataset_id": ds, "document_bases": [{"name": "x", "source_info": {}}]},
                {"dataset_id": ds, "document_bases": [{"name": "x", "source_info": {"file_base64": "!!"}}]},
                {"document_bases": [{"name": "x", "source_info": {"web_url": "https://a"}}]}):
        assert fails(port, "POST", path + "create", bad, headers=DOC) == (400, 4000), bad


def test_image_datasets_list_and_caption_their_images(port):
    body, headers = multipart({"file": ("cat.jpg", b"\xff\xd8\xff fake jpeg")})
    file_id = ok(port, "POST", "/v1/files/upload", body, headers=headers)["data"]["id"]
    ds = new_dataset(port, "Photos", 2)
    bases = [{"name": "cat", "source_info": {"source_file_id": file_id, "document_source": 5}},
             {"name": "dog", "source_info": {"source_file_id": int(file_id), "document_source": 5}}]
    made = ok(port, "POST", "/open_api/knowledge/document/create",
              {"dataset_id": ds, "format_type": 2, "document_bases": bases}, headers=DOC)["document_infos"]
    assert [(d["format_type"], d["source_type"], d["type"], d["size"]) for d in made] == [(2, 5, "jpg", 13)] * 2
    photos = ok(port, "GET", "/v1/datasets/%s/images" % ds)["data"]
    assert photos["total_count"] == 2 and [p["document_id"] for p in photos["photo_infos"]] == \
        [d["document_id"] for d in made]
    assert photos["photo_infos"][0]["caption"] == "" and photos["photo_infos"][0]["url"].startswith("https://")
    path = "/v1/datasets/%s/images/%s" % (ds, made[1]["document_id"])
    assert "data" not in ok(port, "PUT", path, {"caption": "a good dog"})
    captioned = ok(port, "GET", "/v1/datasets/%s/images?has_caption=true" % ds)["data"]
    assert [p["caption"] for p in captioned["photo_infos"]] == ["a good dog"]
    assert ok(port, "GET", "/v1/datasets/%s/images?keyword=dog" % ds)["data"]["total_count"] == 1
    assert ok(port, "GET", "/v1/datasets/%s/images?has_caption=false&page_size=1" % ds)["data"]["total_count"] == 1
    assert fails(port, "PUT", path, {}) == (400, 4000)
    assert fails(port, "PUT", "/v1/datasets/%s/images/7499999999999999999" % ds, {"caption": "x"}) == (200, 4200)
    assert fails(port, "GET", "/v1/datasets/7499999999999999999/images") == (200, 4200)
    assert fails(port, "POST", "/open_api/knowledge/document/create", {"dataset_id": ds, "document_bases": [
        {"name": "x", "source_info": {"source_file_id": "7499999999999999999"}}]}, headers=DOC) == (200, 4200)


# ---- audio --------------------------------------------------------------------------

@pytest.mark.parametrize("fmt, ctype, head", [(None, "audio/mpeg", b"ID3"), ("mp3", "audio/mpeg", b"ID3"),
                                               ("wav", "audio/wav", b"RIFF"), ("pcm", "audio/pcm", b"Hi"),
                                               ("ogg_opus", "audio/ogg", b"OggS")])
def test_speech_is_deterministic_audio_of_the_text(port, fmt, ctype, head):
    body = {"input": "Hi there", "voice_id": SYSTEM_VOICES[0]}
    if fmt:
        body["response_format"] = fmt
    r = exchange(port, "POST", "/v1/audio/speech", body)
    assert r.status == 200 and r.headers["content-type"] == ctype and r.body.startswith(head)
    assert r.body.endswith(b"Hi there") and r.headers["x-tt-logid"]
    assert exchange(port, "POST", "/v1/audio/speech", body).body == r.body
    if fmt == "wav":
        assert r.body[8:16] == b"WAVEfmt " and int.from_bytes(r.body[24:28], "little") == 24000
        assert len(r.body) == 44 + 8
    name = "speech." + (fmt or "mp3")
    payload, headers = multipart({"file": (name, r.body)})
    assert ok(port, "POST", "/v1/audio/transcriptions", payload, headers=headers)["data"] == {"text": "Hi there"}


def speech_pattern(n: int) -> bytes:
    return (bytes(range(251)) * (n // 251 + 1))[:n]


@pytest.mark.parametrize("fmt, ctype", [(None, "audio/mpeg"), ("wav", "audio/wav"), ("pcm", "audio/pcm"),
                                        ("ogg_opus", "audio/ogg")])
def test_speech_bytes_header_answers_n_pattern_bytes(port, fmt, ctype):
    body = {"input": "Hi", "voice_id": SYSTEM_VOICES[0]}
    if fmt:
        body["response_format"] = fmt
    n = 3 * 65536 + 1234
    r = exchange(port, "POST", "/v1/audio/speech", body, headers={"X-Fake-Speech-Bytes": str(n)})
    assert r.status == 200 and r.clean and r.headers["content-type"] == ctype
    assert r.headers["content-length"] == str(n) and "transfer-encoding" not in r.headers
    assert r.body == speech_pattern(n)
    assert r.body[251] == 0 and r.body[65536] == 65536 % 251


def test_speech_bytes_sizes_and_errors(port):
    path, body = "/v1/audio/speech", {"input": "Hi", "voice_id": SYSTEM_VOICES[0]}
    for n in (0, 1, 250, 251, 65535, 65536, 65537):
        r = exchange(port, "POST", path, body, headers={"X-Fake-Speech-Bytes": str(n)})
        assert r.status == 200 and r.clean and r.body == speech_pattern(n)
    for bad in ("-1", "x", "1.5", str(1024 ** 3 + 1)):
        assert fails(port, "POST", path, body, headers={"X-Fake-Speech-Bytes": bad}) == (400, 4000)
    # The body is still checked first.
    assert fails(port, "POST", path, {"input": "Hi", "voice_id": "7300000000000000399"},
                 headers={"X-Fake-Speech-Bytes": "10"}) == (200, 4200)
    # reset_after_bytes cuts it like any Content-Length answer.
    request(port, "POST", "/_fake/faults", [{"reset_after_bytes": 70000}])
    r = exchange(port, "POST", path, body, headers={"X-Fake-Speech-Bytes": "200000"})
    assert r.status == 200 and not r.clean and r.headers["content-length"] == "200000"
    assert r.body == speech_pattern(70000)


def test_speech_bytes_a_big_answer_is_streamed(port):
    n = 256 * 1024 * 1024 + 7
    t = time.monotonic()
    with socket.create_connection(("127.0.0.1", port), timeout=60) as s:
        payload = json.dumps({"input": "Hi", "voice_id": SYSTEM_VOICES[0], "response_format": "pcm"}).encode()
        s.sendall(b"POST /v1/audio/speech HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer pat_x\r\n"
                  b"X-Fake-Speech-Bytes: %d\r\nConnection: close\r\nContent-Length: %d\r\n\r\n%s"
                  % (n, len(payload), payload))
        f = s.makefile("rb")
        head = b""
        while not head.endswith(b"\r\n\r\n"):
            head += f.read(1)
        assert b"Content-Length: %d\r\n" % n in head
        got, digest = 0, hashlib.sha256()
        while True:
            piece = f.read1(1 << 20)
            if not piece:
                break
            digest.update(piece)
            got += len(piece)
    assert got == n
    want = hashlib.sha256()
    block = speech_pattern(251 * 4096)
    for at in range(0, n, len(block)):
        want.update(block[:min(len(block), n - at)])
    assert digest.hexdigest() == want.hexdigest()
    assert time.monotonic() - t < 30


def test_speech_errors(port):
    path = "/v1/audio/speech"
    assert fails(port, "POST", path, {"input": "x", "voice_id": "7300000000000000399"}) == (200, 4200)
    for bad in ({"voice_id": SYSTEM_VOICES[0]}, {"input": "", "voice_id": SYSTEM_VOICES[0]}, {"input": "x"},
                {"input": "x", "voice_id": SYSTEM_VOICES[0], "response_format": "flac"},
                {"input": "x", "voice_id": SYSTEM_VOICES[0], "speed": 9},
                {"input": "x", "voice_id": SYSTEM_VOICES[0], "sample_rate": 12345}):
        assert fails(port, "POST", path, bad) == (400, 4000), bad


def test_transcription_of_other_audio_describes_it(port):
    payload, headers = multipart({"file": ("noise.wav", bytes([0xff, 0xfe, 0x00, 0x81]))})
    text = ok(port, "POST", "/v1/audio/transcriptions", payload, headers=headers)["data"]["text"]
    assert text == "Transcript of noise.wav: 4 bytes of audio"
    assert fails(port, "POST", "/v1/audio/transcriptions", b"{}") == (400, 4000)


def test_voices_list_and_clone(port):
    data = ok(port, "GET", "/v1/audio/voices")["data"]
    assert [v["voice_id"] for v in data["voice_list"]] == list(SYSTEM_VOICES) and data["has_more"] is False
    assert data["voice_list"][0]["is_system_voice"] is True
    payload, headers = multipart({"voice_name": "Me", "audio_format": "wav", "language": "en",
                                  "file": ("me.wav", b"RIFF....WAVE")})
    voice_id = ok(port, "POST", "/v1/audio/voices/clone", payload, headers=headers)["data"]["voice_id"]
    assert is_id(voice_id)
    mine = ok(port, "GET", "/v1/audio/voices?filter_system_voice=true")["data"]["voice_list"]
    assert [(v["voice_id"], v["name"], v["language_code"], v["is_system_voice"], v["available_training_times"])
            for v in mine] == [(voice_id, "Me", "en", False, 9)]
    payload, headers = multipart({"voice_name": "Me again", "audio_format": "mp3", "voice_id": voice_id,
                                  "file": ("me.mp3", b"ID3 again")})
    assert ok(port, "POST", "/v1/audio/voices/clone", payload, headers=headers)["data"] == {"voice_id": voice_id}
    mine = ok(port, "GET", "/v1/audio/voices?filter_system_voice=true")["data"]["voice_list"]
    assert (mine[0]["name"], mine[0]["available_training_times"]) == ("Me again", 8)
    page = ok(port, "GET", "/v1/audio/voices?page_size=2&page_num=1")["data"]
    assert len(page["voice_list"]) == 2 and page["has_more"] is True
    assert exchange(port, "POST", "/v1/audio/speech", {"input": "x", "voice_id": voice_id}).status == 200
    for parts in ({"audio_format": "wav", "file": ("a.wav", b"x")}, {"voice_name": "x", "file": ("a.wav", b"x")},
                  {"voice_name": "x", "audio_format": "flac", "file": ("a.wav", b"x")},
                  {"voice_name": "x", "audio_format": "wav"},
                  {"voice_name": "x", "audio_format": "wav", "voice_id": SYSTEM_VOICES[0], "file": ("a.wav", b"x")}):
        payload, headers = multipart(parts)
        assert fails(port, "POST", "/v1/audio/voices/clone", payload, headers=headers) == (400, 4000), parts
    payload, headers = multipart({"voice_name": "x", "audio_format": "wav", "voice_id": "7499999999999999999",
                                  "file": ("a.wav", b"x")})
    assert fails(port, "POST", "/v1/audio/voices/clone", payload, headers=headers) == (200, 4200)


def test_rooms(port):
    room = ok(port, "POST", "/v1/audio/rooms", {"bot_id": ECHO_BOT, "voice_id": SYSTEM_VOICES[1], "uid": "u-1"})
    room = room["data"]
    assert set(room) == {"room_id", "app_id", "token", "uid"} and room["uid"] == "u-1" and is_id(room["room_id"])
    assert room["token"] and room["app_id"]
    assert is_id(ok(port, "POST", "/v1/audio/rooms", {"bot_id": ECHO_BOT})["data"]["uid"])
    assert fails(port, "POST", "/v1/audio/rooms", {}) == (400, 4000)
    assert fails(port, "POST", "/v1/audio/rooms", {"bot_id": ECHO_BOT, "voice_id": "7499999999999999999"}) \
        == (200, 4200)


# ---- workspaces, variables, users -----------------------------------------------------------

def test_workspaces_and_me(port):
    data = ok(port, "GET", "/v1/workspaces?page_num=1&page_size=20")["data"]
    assert data["total_count"] == 2 and [w["id"] for w in data["workspaces"]] == [WORKSPACE, "7300000000000000002"]
    assert data["workspaces"][0]["workspace_type"] == "personal" and data["workspaces"][0]["role_type"] == "owner"
    assert len(ok(port, "GET", "/v1/workspaces?page_size=1")["data"]["workspaces"]) == 1
    me = ok(port, "GET", "/v1/users/me")["data"]
    assert set(me) == {"user_id", "user_name", "nick_name", "avatar_url"} and is_id(me["user_id"])


def test_variables_update_and_retrieve(port):
    body = {"bot_id": ECHO_BOT, "connector_uid": "user-1",
            "data": [{"keyword": "city", "value": "Paris"}, {"keyword": "lang", "value": "fr"}]}
    assert "data" not in ok(port, "PUT", "/v1/variables", body)
    q = "/v1/variables?bot_id=%s&connector_uid=user-1" % ECHO_BOT
    items = ok(port, "GET", q)["data"]["items"]
    assert [(v["keyword"], v["value"]) for v in items] == [("city", "Paris"), ("lang", "fr")]
    assert all(v["create_time"] > 0 and v["update_time"] >= v["create_time"] for v in items)
    ok(port, "PUT", "/v1/variables", dict(body, data=[{"keyword": "city", "value": "Nice"}]))
    items = ok(port, "GET", q + "&keywords=city,unknown")["data"]["items"]
    assert [(v["keyword"], v["value"]) for v in items] == [("city", "Nice")]
    assert ok(port, "GET", "/v1/variables?bot_id=%s&connector_uid=user-2" % ECHO_BOT)["data"]["items"] == []
    assert ok(port, "GET", "/v1/variables?app_id=7300000000000000501&connector_uid=user-1")["data"]["items"] == []
    for bad in ({"connector_uid": "u", "data": [{"keyword": "k", "value": "v"}]},
                {"bot_id": ECHO_BOT, "app_id": "7300000000000000501", "connector_uid": "u",
                 "data": [{"keyword": "k", "value": "v"}]},
                {"bot_id": ECHO_BOT, "data": [{"keyword": "k", "value": "v"}]},
                {"bot_id": ECHO_BOT, "connector_uid": "u", "data": []},
                {"bot_id": ECHO_BOT, "connector_uid": "u", "data": [{"keyword": "k", "value": 1}]}):
        assert fails(port, "PUT", "/v1/variables", bad) == (400, 4000), bad
    assert fails(port, "GET", "/v1/variables?bot_id=" + ECHO_BOT) == (400, 4000)


# ---- ids, error ids, reset, auth and faults on the new routes ---------------------------------

@pytest.mark.parametrize("method, path", [("GET", "/v1/bots/abc"), ("PUT", "/v1/conversations/12ab"),
                                          ("DELETE", "/v1/datasets/-1"), ("GET", "/v1/workflows/1/run_histories/x"),
                                          ("POST", "/v1/templates/%20/duplicate")])
def test_path_ids_must_be_digits(port, method, path):
    assert fails(port, method, path, {"name": "x", "workspace_id": WORKSPACE}) == (400, 4000)


@pytest.mark.parametrize("error_id, status, code", [("9999999999999994101", 200, 4101),
                                                    ("9999999999999994015", 200, 4015),
                                                    ("9999999999999994200", 200, 4200),
                                                    ("9999999999999994013", 429, 4013),
                                                    ("9999999999999995000", 500, 5000),
                                                    ("9999999999999994321", 200, 4321)])
def test_error_ids_answer_their_code_anywhere(port, error_id, status, code):
    calls = [("GET", "/v1/bots/" + error_id, b""),
             ("GET", "/v1/conversation/retrieve?conversation_id=" + error_id, b""),
             ("POST", "/v1/datasets", {"name": "x", "space_id": error_id, "format_type": 0}),
             ("POST", "/v1/audio/speech", {"input": "x", "voice_id": error_id})]
    for method, path, body in calls:
        s, headers, env = request(port, method, path, body)
        assert (s, env["code"]) == (status, code) and env["msg"], path
        if code == 4013:
            assert headers["retry-after"] == "1"


def test_reset_forgets_what_was_made_and_keeps_the_seeds(port):
    cid = new_conversation(port)["id"]
    ds = new_dataset(port)
    bot_id = ok(port, "POST", "/v1/bot/create", {"space_id": WORKSPACE, "name": "tmp"})["data"]["bot_id"]
    request(port, "POST", "/_fake/reset")
    assert fails(port, "GET", "/v1/conversation/retrieve?conversation_id=" + cid) == (200, 4001)
    assert fails(port, "GET", "/v1/bots/" + bot_id) == (200, 4200)
    assert fails(port, "PUT", "/v1/datasets/" + ds, {"name": "x"}) == (200, 4200)
    assert ok(port, "GET", "/v1/bots?workspace_id=%s&publish_status=all" % WORKSPACE)["data"]["total"] == 4
    assert len(ok(port, "GET", "/v1/audio/voices")["data"]["voice_list"]) == 2


MORE_ROUTES = [
    ("POST", "/v3/chat/cancel", {"conversation_id": "1", "chat_id": "2"}),
    ("POST", "/v1/conversation/create", {}),
    ("GET", "/v1/conversations?bot_id=1", b""),
    ("POST", "/v1/conversations/1/clear", b""),
    ("POST", "/v1/conversation/message/list?conversation_id=1", {}),
    ("GET", "/v1/workflows/1/run_histories/2", b""),
    ("GET", "/v1/workflows", b""),
    ("POST", "/v1/bot/create", {"space_id": "1", "name": "x"}),
    ("GET", "/v1/space/published_bots_list?space_id=1", b""),
    ("POST", "/v1/files/upload", b""),
    ("POST", "/open_api/knowledge/document/list", {"dataset_id": "1"}),
    ("PUT", "/v1/datasets/1/images/2", {"caption": "x"}),
    ("POST", "/v1/audio/speech", {"input": "x", "voice_id": "1"}),
    ("GET", "/v1/audio/voices", b""),
    ("PUT", "/v1/variables", {}),
    ("POST", "/v1/templates/1/duplicate", {}),
    ("GET", "/v1/users/me", b""),
]


@pytest.mark.parametrize("method, path, body", MORE_ROUTES)
def test_more_routes_check_the_token_and_take_faults_first(port, method, path, body):
    status, _, env = request(port, method, path, body, token=None)
    assert status == 401 and env["code"] == 4100
    request(port, "POST", "/_fake/faults", [{"status": 503, "body": {"code": 5000, "msg": "busy"}}])
    status, _, env = request(port, method, path, body)
    assert status == 503 and env["msg"] == "busy"
    assert request(port, "PATCH", path)[0] == 404
    log = log_of(port)
    assert [e["path"] for e in log] == [path.split("?")[0]] * 3 and [e["method"] for e in log][:2] == [method] * 2


# ---- OAuth ------------------------------------------------------------------

OAUTH = "/api/permission/oauth2"
GRANT_DEVICE = "urn:ietf:params:oauth:grant-type:device_code"
GRANT_JWT = "urn:ietf:params:oauth:grant-type:jwt-bearer"
REDIRECT = "http://127.0.0.1:9/callback"
SECRET = "web-app-client-secret-123456"
# RFC 7636 appendix B
RFC_VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"
RFC_CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"


@pytest.fixture(scope="module")
def rsa_keys():
    """Two RSA key pairs made here: (private key, public PEM) each."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    out = []
    for _ in range(2):
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        pem = key.public_key().public_bytes(serialization.Encoding.PEM,
                                            serialization.PublicFormat.SubjectPublicKeyInfo).decode()
        out.append((key, pem))
    return out


def b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def sign_jwt(key, header: dict, claims: dict) -> str:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import padding
    signing_input = b64url(json.dumps(header).encode()) + "." + b64url(json.dumps(claims).encode())
    return signing_input + "." + b64url(key.sign(signing_input.encode(), padding.PKCS1v15(), hashes.SHA256()))


def jwt_claims(**over):
    now = int(time.time())
    claims = {"iss": "jwt-app", "aud": "127.0.0.1", "iat": now, "exp": now + 600, "jti": os.urandom(8).hex()}
    claims.update(over)
    return {k: v for k, v in claims.items() if v is not None}


def jwt_header(**over):
    header = {"alg": "RS256", "typ": "JWT", "kid": "kid-1"}
    header.update(over)
    return {k: v for k, v in header.items() if v is not None}


def register(port, *apps):
    status, _, answer = request(port, "POST", "/_fake/oauth/apps", list(apps))
    assert status == 200 and answer == {"registered": [a["client_id"] for a in apps]}, answer


def web_app(**over):
    return dict({"client_id": "web-app", "client_type": "web", "client_secret": SECRET,
                 "redirect_uris": [REDIRECT, REDIRECT + "?x=1"]}, **over)


def jwt_app(pem, **over):
    return dict({"client_id": "jwt-app", "client_type": "jwt", "public_key_id": "kid-1", "public_key_pem": pem},
                **over)


def device_app(**device):
    return {"client_id": "device-app", "client_type": "device", "device": dict({"interval": 1}, **device)}


def authorize(port, path=OAUTH + "/authorize", **query):
    """(HTTP status, Location's query as a dict or None, the whole answer)."""
    from urllib.parse import parse_qsl, urlencode, urlsplit
    r = exchange(port, "GET", path + "?" + urlencode(query), token=None)
    location = r.headers.get("location")
    if location is None:
        return r.status, None, r
    return r.status, dict(parse_qsl(urlsplit(location).query)), r


def code_for(port, client_id="web-app", redirect_uri=REDIRECT, **query):
    status, params, r = authorize(port, response_type="code", client_id=client_id, redirect_uri=redirect_uri,
                                  state="st4te", **query)
    assert status == 302 and params["state"] == "st4te" and "code" in params, (status, params, r.body)
    return params["code"]


def token_call(port, body, bearer=None, path=OAUTH + "/token", **kw):
    """(HTTP status, JSON answer, headers) of a token request."""
    status, headers, answer = request(port, "POST", path, body, token=bearer, **kw)
    return status, answer, headers


def oauth_fails(port, body, error_code, status=400, bearer=None, path=OAUTH + "/token", **kw):
    got, answer, headers = token_call(port, body, bearer, path, **kw)
    assert (got, answer.get("error_code")) == (status, error_code), answer
    assert answer["error"] == error_code and answer["error_message"] and "access_token" not in answer
    assert headers["x-tt-logid"] and headers["content-type"].startswith("application/json")
    return answer


def is_token_answer(answer, ttl, refresh=True):
    now = time.time()
    assert answer["token_type"] == "Bearer" and answer["access_token"].startswith("oat_")
    # An epoch second (not a ttl): issued before `now`, truncated to the second; the 5 s leave a
    # loaded machine's latency between the issue and this line.
    assert isinstance(answer["expires_in"], int) and now + ttl - 5 <= answer["expires_in"] <= now + ttl
    assert ("refresh_token" in answer) == refresh
    return answer


def me(port, token):
    status, _, env = request(port, "GET", "/v1/users/me", token=token)
    return status, env


def test_oauth_app_registration_is_checked(port, rsa_keys):
    pem = rsa_keys[0][1]
    for bad in ([{"client_id": "a", "client_type": "nope"}], {"client_type": "pkce"},
                {"client_id": "a", "client_type": "web"}, {"client_id": "a", "client_type": "jwt"},
                {"client_id": "a", "client_type": "jwt", "public_key_id": "k", "public_key_pem": "not a key"},
                {"client_id": "a", "client_type": "pkce", "colour": "red"},
                {"client_id": "a", "client_type": "pkce", "access_token_ttl": 0},
                {"client_id": "a", "client_type": "pkce", "redirect_uris": "x"},
                {"client_id": "a", "client_type": "web", "client_secret": "s", "authorize": "maybe"},
                {"client_id": "a", "client_type": "device", "device": {"outcome": "later"}},
                {"client_id": "a", "client_type": "device", "device": {"pending": -1}},
                {"client_id": "a", "client_type": "device", "device": {"interval": 0}}, b"{", b"[1]"):
        status, _, answer = request(port, "POST", "/_fake/oauth/apps", bad)
        assert status == 400 and answer["error"], bad
    register(port, web_app(), jwt_app(pem, access_token_ttl=5))
    status, _, answer = request(port, "POST", "/_fake/oauth/apps", jwt_app(pem, client_id="other"))
    assert status == 400 and "kid-1" in answer["error"], "a kid belongs to one app"
    status, _, answer = request(port, "POST", "/_fake/oauth/apps",
                                [{"client_id": "p", "client_type": "pkce"}, jwt_app(pem, client_id="other")])
    assert status == 400, "a batch with one bad app registers nothing"
    view = request(port, "GET", "/_fake/oauth")[2]
    assert {a["client_id"]: a["client_type"] for a in view["apps"]} == {"web-app": "web", "jwt-app": "jwt"}
    assert SECRET not in json.dumps(view) and "BEGIN PUBLIC KEY" not in json.dumps(view)
    assert view["requests"] == {} and view["refreshes"] == 0 and view["issued"] == 0
    assert log_of(port) == [], "control requests are not logged"


def test_web_app_authorize_exchange_and_refresh_rotation(port):
    register(port, web_app(access_token_ttl=60))
    status, params, r = authorize(port, response_type="code", client_id="web-app", redirect_uri=REDIRECT,
                                  state="abc xyz")
    assert status == 302 and r.headers["x-tt-logid"] and r.body == b""
    assert r.headers["location"].startswith(REDIRECT + "?code=") and params["state"] == "abc xyz"
    code = params["code"]
    body = {"grant_type": "authorization_code", "client_id": "web-app", "code": code, "redirect_uri": REDIRECT}
    oauth_fails(port, body, "invalid_client", 401)  # no secret (the code stays usable)
    oauth_fails(port, body, "invalid_client", 401, bearer="wrong-secret")
    status, first, headers = token_call(port, body, bearer=SECRET)
    assert status == 200 and headers["x-tt-logid"]
    is_token_answer(first, 60)
    oauth_fails(port, body, "invalid_grant", bearer=SECRET)  # a code works once
    assert me(port, first["access_token"])[0] == 200

    refresh = {"grant_type": "refresh_token", "client_id": "web-app", "refresh_token": first["refresh_token"]}
    oauth_fails(port, refresh, "invalid_client", 401)  # web apps refresh with the secret too
    status, second, _ = token_call(port, refresh, bearer=SECRET)
    assert status == 200 and is_token_answer(second, 60)
    assert second["access_token"] != first["access_token"] and second["refresh_token"] != first["refresh_token"]
    oauth_fails(port, refresh, "invalid_grant", bearer=SECRET)  # rotated: the old one fails
    status, third, _ = token_call(port, dict(refresh, refresh_token=second["refresh_token"]), bearer=SECRET)
    assert status == 200 and me(port, third["access_token"])[0] == 200
    # A redirect_uri with a query gets &code=...
    status, params, r = authorize(port, response_type="code", client_id="web-app", redirect_uri=REDIRECT + "?x=1")
    assert r.headers["location"].startswith(REDIRECT + "?x=1&code=") and "state" not in params
    view = request(port, "GET", "/_fake/oauth")[2]
    assert view["requests"] == {"authorize": 2, "authorization_code": 4, "refresh_token": 4}
    assert view["refreshes"] == 4 and view["issued"] == 3 and view["live_access_tokens"] == 3


def test_authorize_refusals(port, rsa_keys):
    register(port, web_app(), {"client_id": "pkce-app", "client_type": "pkce"},
             web_app(client_id="deny-app", authorize="deny"), jwt_app(rsa_keys[0][1]))
    q = {"response_type": "code", "client_id": "web-app", "redirect_uri": REDIRECT, "state": "s"}
    # Before the redirect_uri is trusted: a JSON error, no redirect.
    for over, error_code in (({"client_id": "nobody"}, "invalid_client"),
                             ({"redirect_uri": "http://evil.example/cb"}, "invalid_request"),
                             ({"redirect_uri": ""}, "invalid_request")):
        status, params, r = authorize(port, **dict(q, **over))
        assert status == 400 and params is None and r.json()["error_code"] == error_code, over
    # After: a redirect carrying error (and state).
    for over, error in (({"response_type": "token"}, "unsupported_response_type"),
                        ({"code_challenge": RFC_CHALLENGE, "code_challenge_method": "plain"}, "invalid_request"),
                        ({"code_challenge": RFC_CHALLENGE}, "invalid_request"),  # method missing means plain
                        ({"code_challenge": "short", "code_challenge_method": "S256"}, "invalid_request"),
                        ({"client_id": "pkce-app"}, "invalid_request"),  # a pkce app needs a challenge
                        ({"client_id": "deny-app"}, "access_denied"),
                        ({"client_id": "jwt-app"}, "unauthorized_client")):
        status, params, r = authorize(port, **dict(q, **over))
        assert status == 302 and params["error"] == error and params["state"] == "s" and "code" not in params, over
    # The workspace variant.
    status, params, _ = authorize(port, OAUTH + "/workspace_id/7300000000000000001/authorize", **q)
    assert status == 302 and params["code"]
    log = log_of(port)
    assert log[-1]["oauth"]["workspace_id"] == "7300000000000000001" and log[-1]["oauth"]["outcome"] == "ok"
    assert [e["oauth"]["outcome"] for e in log[3:-1]] == [
        "unsupported_response_type", "invalid_request", "invalid_request", "invalid_request", "invalid_request",
        "access_denied", "unauthorized_client"]


def test_code_exchange_refusals(port):
    register(port, web_app(), web_app(client_id="web-2"))
    base = {"grant_type": "authorization_code", "client_id": "web-app", "redirect_uri": REDIRECT}
    code = code_for(port)
    oauth_fails(port, dict(base, code=code, redirect_uri=REDIRECT + "?x=1"), "invalid_grant", bearer=SECRET)
    oauth_fails(port, dict(base, code=code), "invalid_grant", bearer=SECRET)  # the failed try used it up
    code = code_for(port)
    oauth_fails(port, dict(base, code=code, client_id="web-2"), "invalid_grant", bearer=SECRET)  # not web-2's
    oauth_fails(port, dict(base, code="nonsense"), "invalid_grant", bearer=SECRET)
    oauth_fails(port, dict(base, client_id="nobody", code="x"), "invalid_client", bearer=SECRET)
    oauth_fails(port, {"grant_type": "authorization_code", "client_id": "web-app"}, "invalid_request", bearer=SECRET)
    oauth_fails(port, {"client_id": "web-app"}, "invalid_request")
    oauth_fails(port, dict(base, grant_type="password"), "unsupported_grant_type")
    oauth_fails(port, b"{not json", "invalid_request")
    oauth_fails(port, b"[]", "invalid_request")
    oauth_fails(port, {"grant_type": "refresh_token", "client_id": "web-app", "refresh_token": "ort_x"},
                "invalid_grant", bearer=SECRET)


def test_pkce_s256_verifier(port):
    register(port, {"client_id": "pkce-app", "client_type": "pkce", "access_token_ttl": 30})
    base = {"grant_type": "authorization_code", "client_id": "pkce-app", "redirect_uri": REDIRECT}
    s256 = {"code_challenge": RFC_CHALLENGE, "code_challenge_method": "S256"}
    code = code_for(port, "pkce-app", **s256)
    oauth_fails(port, dict(base, code=code, code_verifier=RFC_VERIFIER[:-1] + "A"), "invalid_grant")
    code = code_for(port, "pkce-app", **s256)
    oauth_fails(port, dict(base, code=code), "invalid_grant")  # no verifier
    code = code_for(port, "pkce-app", **s256)
    oauth_fails(port, dict(base, code=code, code_verifier="short"), "invalid_grant")
    code = code_for(port, "pkce-app", **s256)
    status, answer, _ = token_call(port, dict(base, code=code, code_verifier=RFC_VERIFIER))
    assert status == 200 and is_token_answer(answer, 30)
    # A verifier of our own, and a refresh without any secret.
    verifier = b64url(os.urandom(40))
    import hashlib
    code = code_for(port, "pkce-app", code_challenge=b64url(hashlib.sha256(verifier.encode()).digest()),
                    code_challenge_method="S256")
    status, answer, _ = token_call(port, dict(base, code=code, code_verifier=verifier))
    assert status == 200
    status, again, _ = token_call(port, {"grant_type": "refresh_token", "client_id": "pkce-app",
                                         "refresh_token": answer["refresh_token"]})
    assert status == 200 and is_token_answer(again, 30)


def device_poll(port, device_code, client_id="device-app"):
    return token_call(port, {"grant_type": GRANT_DEVICE, "client_id": client_id, "device_code": device_code})


def test_device_flow_pending_slow_down_then_success(port):
    register(port, device_app(pending=2, slow_down=True, interval=3, expires_in=300))
    status, _, dc = request(port, "POST", OAUTH + "/device/code", {"client_id": "device-app"}, token=None)
    assert status == 200 and set(dc) == {"device_code", "user_code", "verification_uri", "interval", "expires_in"}
    assert dc["interval"] == 3 and dc["expires_in"] == 300 and dc["verification_uri"].startswith("http")
    answers = [device_poll(port, dc["device_code"]) for _ in range(4)]
    assert [(s, a.get("error_code")) for s, a, _ in answers] == [
        (400, "authorization_pending"), (400, "authorization_pending"), (400, "slow_down"), (200, None)]
    assert all(a["error_message"] and a["error"] == a["error_code"] for _, a, _ in answers[:3])
    token = is_token_answer(answers[3][1], 900)
    assert me(port, token["access_token"])[0] == 200
    oauth_fails(port, {"grant_type": GRANT_DEVICE, "client_id": "device-app", "device_code": dc["device_code"]},
                "invalid_grant")  # used
    status, again, _ = token_call(port, {"grant_type": "refresh_token", "client_id": "device-app",
                                         "refresh_token": token["refresh_token"]})
    assert status == 200
    log = [e for e in log_of(port) if "oauth" in e]
    assert [e["oauth"]["grant_type"] for e in log[1:6]] == [GRANT_DEVICE] * 5
    assert [e["oauth"]["outcome"] for e in log] == [
        "ok", "authorization_pending", "authorization_pending", "slow_down", "ok", "invalid_grant", "ok"]
    assert all(b["oauth"]["at"] >= a["oauth"]["at"] for a, b in zip(log, log[1:]))


@pytest.mark.parametrize("outcome", ["access_denied", "expired_token"])
def test_device_flow_scripted_failures(port, outcome):
    register(port, device_app(pending=1, outcome=outcome))
    dc = request(port, "POST", OAUTH + "/workspace_id/7300000000000000002/device/code",
                 {"client_id": "device-app"}, token=None)[2]
    assert device_poll(port, dc["device_code"])[1]["error_code"] == "authorization_pending"
    for _ in range(2):  # and it stays so
        status, answer, _ = device_poll(port, dc["device_code"])
        assert status == 400 and answer["error_code"] == outcome
    assert log_of(port)[0]["oauth"]["workspace_id"] == "7300000000000000002"


def test_device_code_expires_after_expires_in(port):
    register(port, device_app(pending=100, expires_in=1))
    dc = request(port, "POST", OAUTH + "/device/code", {"client_id": "device-app"}, token=None)[2]
    assert device_poll(port, dc["device_code"])[1]["error_code"] == "authorization_pending"
    time.sleep(1.1)
    assert device_poll(port, dc["device_code"])[1]["error_code"] == "expired_token"


def test_device_flow_refusals(port):
    register(port, device_app(), web_app())
    status, _, answer = request(port, "POST", OAUTH + "/device/code", {"client_id": "web-app"}, token=None)
    assert status == 400 and answer["error_code"] == "unauthorized_client"
    status, _, answer = request(port, "POST", OAUTH + "/device/code", {"client_id": "nobody"}, token=None)
    assert status == 400 and answer["error_code"] == "invalid_client"
    status, _, answer = request(port, "POST", OAUTH + "/device/code", b"", token=None)
    assert status == 400 and answer["error_code"] == "invalid_request"
    dc = request(port, "POST", OAUTH + "/device/code", {"client_id": "device-app"}, token=None)[2]
    oauth_fails(port, {"grant_type": GRANT_DEVICE, "client_id": "device-app", "device_code": "nope"}, "invalid_grant")
    oauth_fails(port, {"grant_type": GRANT_DEVICE, "client_id": "web-app", "device_code": dc["device_code"]},
                "unauthorized_client")
    oauth_fails(port, {"grant_type": GRANT_DEVICE, "client_id": "device-app"}, "invalid_request")


def jwt_grant(port, token, path=OAUTH + "/token", body=None, **kw):
    return token_call(port, body if body is not None else {"grant_type": GRANT_JWT, "duration_seconds": 120},
                      bearer=token, path=path, **kw)


def test_jwt_grant_verifies_rs256_and_records_the_call(port, rsa_keys):
    key, pem = rsa_keys[0]
    register(port, jwt_app(pem))
    token = sign_jwt(key, jwt_header(), jwt_claims(session_name="user-42"))
    status, answer, _ = jwt_grant(port, token)
    assert status == 200 and is_token_answer(answer, 120, refresh=False)
    assert me(port, answer["access_token"])[0] == 200
    # duration_seconds is optional (900 s), and the Host header's port does not count for aud.
    status, answer, _ = jwt_grant(port, sign_jwt(key, jwt_header(), jwt_claims()), body={"grant_type": GRANT_JWT},
                                  headers={"Host": "127.0.0.1:%d" % port})
    assert status == 200 and is_token_answer(answer, 900, refresh=False)
    for path, field in ((OAUTH + "/account/7300000000000000010/token", "account_id"),
                        (OAUTH + "/enterprise_id/ent-9/token", "enterprise_id")):
        status, answer, _ = jwt_grant(port, sign_jwt(key, jwt_header(), jwt_claims()), path=path)
        assert status == 200 and "refresh_token" not in answer
        oauth_fails(port, {"grant_type": "refresh_token", "client_id": "jwt-app", "refresh_token": "x"},
                    "unsupported_grant_type", path=path)
    log = log_of(port)
    first = log[0]["oauth"]
    assert (first["endpoint"], first["grant_type"], first["client_id"], first["kid"], first["session_name"],
            first["outcome"]) == ("token", GRANT_JWT, "jwt-app", "kid-1", "user-42", "ok")
    assert first["token_prefix"] and len(first["token_prefix"]) == 12
    assert log[1]["token_prefix"] == first["token_prefix"], "the API call names the issued token by its prefix"
    assert log[3]["oauth"]["account_id"] == "7300000000000000010" and log[3]["oauth"]["enterprise_id"] is None
    assert log[5]["oauth"]["enterprise_id"] == "ent-9"
    assert token not in json.dumps(log) and token.split(".")[2] not in json.dumps(log)


def test_jwt_grant_chooses_the_key_by_kid(port, rsa_keys):
    (key1, pem1), (key2, pem2) = rsa_keys
    register(port, jwt_app(pem1), jwt_app(pem2, client_id="jwt-2", public_key_id="kid-2"))
    assert jwt_grant(port, sign_jwt(key2, jwt_header(kid="kid-2"), jwt_claims(iss="jwt-2")))[0] == 200
    oauth_fails(port, {"grant_type": GRANT_JWT}, "invalid_client", 401,
                bearer=sign_jwt(key1, jwt_header(kid="kid-2"), jwt_claims(iss="jwt-2")))
    oauth_fails(port, {"grant_type": GRANT_JWT}, "invalid_grant",  # kid-2's key, but iss names the other app
                bearer=sign_jwt(key2, jwt_header(kid="kid-2"), jwt_claims(iss="jwt-app")))


def tampered(key):
    token = sign_jwt(key, jwt_header(), jwt_claims())
    head, _, sig = token.split(".")
    return head + "." + b64url(json.dumps(jwt_claims(iss="jwt-app", session_name="x")).encode()) + "." + sig


JWT_FAILURES = [
    ("signed by another key", lambda k, o: sign_jwt(o, jwt_header(), jwt_claims()), 401, "invalid_client"),
    ("claims changed after signing", lambda k, o: tampered(k), 401, "invalid_client"),
    ("alg HS256", lambda k, o: sign_jwt(k, jwt_header(alg="HS256"), jwt_claims()), 400, "invalid_request"),
    ("no typ", lambda k, o: sign_jwt(k, jwt_header(typ=None), jwt_claims()), 400, "invalid_request"),
    ("no kid", lambda k, o: sign_jwt(k, jwt_header(kid=None), jwt_claims()), 400, "invalid_request"),
    ("unknown kid", lambda k, o: sign_jwt(k, jwt_header(kid="kid-x"), jwt_claims()), 400, "invalid_client"),
    ("iss not the app", lambda k, o: sign_jwt(k, jwt_header(), jwt_claims(iss="x")), 400, "invalid_grant"),
    ("aud of another host", lambda k, o: sign_jwt(k, jwt_header(), jwt_claims(aud="api.coze.com")), 400,
     "invalid_grant"),
    ("iat in the future", lambda k, o: sign_jwt(k, jwt_header(), jwt_claims(iat=int(time.time()) + 120)), 400,
     "invalid_grant"),
    ("exp passed", lambda k, o: sign_jwt(k, jwt_header(), jwt_claims(exp=int(time.time()) - 1)), 400,
     "invalid_grant"),
    ("no exp", lambda k, o: sign_jwt(k, jwt_header(), jwt_claims(exp=None)), 400, "invalid_request"),
    ("no jti", lambda k, o: sign_jwt(k, jwt_header(), jwt_claims(jti=None)), 400, "invalid_request"),
    ("not a JWT", lambda k, o: "abc.def", 400, "invalid_request"),
    ("garbage parts", lambda k, o: "a*b.c.d", 400, "invalid_request"),
    ("no bearer", lambda k, o: None, 400, "invalid_request"),
]


@pytest.mark.parametrize("what, make, status, error_code", JWT_FAILURES, ids=[f[0] for f in JWT_FAILURES])
def test_jwt_grant_refusals(port, rsa_keys, what, make, status, error_code):
    (key, pem), (other, _) = rsa_keys
    register(port, jwt_app(pem))
    answer = oauth_fails(port, {"grant_type": GRANT_JWT}, error_code, status, bearer=make(key, other))
    assert log_of(port)[0]["oauth"]["outcome"] == error_code
    assert answer["error_message"]


def test_jwt_grant_refuses_a_reused_jti_and_bad_durations(port, rsa_keys):
    key, pem = rsa_keys[0]
    register(port, jwt_app(pem))
    token = sign_jwt(key, jwt_header(), jwt_claims(jti="once"))
    for duration in (0, 86400, "60", True):
        oauth_fails(port, {"grant_type": GRANT_JWT, "duration_seconds": duration}, "invalid_request", bearer=token)
    assert jwt_grant(port, token)[0] == 200  # the failures above did not use the jti up
    oauth_fails(port, {"grant_type": GRANT_JWT}, "invalid_grant", bearer=token)
    # aud may also be a list naming the host
    assert jwt_grant(port, sign_jwt(key, jwt_header(), jwt_claims(aud=["x", "127.0.0.1"])))[0] == 200


def test_access_tokens_expire_and_can_be_expired_or_revoked(port, rsa_keys):
    key, pem = rsa_keys[0]
    register(port, jwt_app(pem, access_token_ttl=1), {"client_id": "pkce-app", "client_type": "pkce"})
    status, short, _ = jwt_grant(port, sign_jwt(key, jwt_header(), jwt_claims()))  # asks 120 s, gets 1 s
    assert status == 200 and is_token_answer(short, 1, refresh=False)
    assert me(port, short["access_token"])[0] == 200
    time.sleep(max(0.0, short["expires_in"] + 1 - time.time()) + 0.05)
    status, env = me(port, short["access_token"])
    assert status == 401 and env["code"] == 4100 and "expired" in env["msg"]

    def pkce_tokens():
        code = code_for(port, "pkce-app", code_challenge=RFC_CHALLENGE, code_challenge_method="S256")
        return token_call(port, {"grant_type": "authorization_code", "client_id": "pkce-app", "code": code,
                                 "redirect_uri": REDIRECT, "code_verifier": RFC_VERIFIER})[1]

    a, b = pkce_tokens(), pkce_tokens()
    assert request(port, "POST", "/_fake/oauth/expire", {"access_token": a["access_token"]})[2] == {"expired": 1}
    assert me(port, a["access_token"])[1]["code"] == 4100 and me(port, b["access_token"])[0] == 200
    # The refresh token of an expired access token still works: the usual way out of a 401.
    refresh = {"grant_type": "refresh_token", "client_id": "pkce-app", "refresh_token": a["refresh_token"]}
    status, a2, _ = token_call(port, refresh)
    assert status == 200 and me(port, a2["access_token"])[0] == 200
    assert request(port, "POST", "/_fake/oauth/expire", {"client_id": "pkce-app"})[2] == {"expired": 3}
    assert me(port, b["access_token"])[0] == 401 and me(port, a2["access_token"])[0] == 401
    # Revoking: access and refresh tokens of the selection.
    c = pkce_tokens()
    assert request(port, "POST", "/_fake/oauth/revoke", {"refresh_token": c["refresh_token"]})[2] == {"revoked": 1}
    assert me(port, c["access_token"])[0] == 200
    oauth_fails(port, dict(refresh, refresh_token=c["refresh_token"]), "invalid_grant")
    d = pkce_tokens()
    assert request(port, "POST", "/_fake/oauth/revoke",
                   {"token_prefix": d["access_token"][:12], "kind": "access"})[2] == {"revoked": 1}
    status, env = me(port, d["access_token"])
    assert status == 401 and env["code"] == 4100 and "revoked" in env["msg"]
    assert token_call(port, dict(refresh, refresh_token=d["refresh_token"]))[0] == 200
    for bad in ({"colour": "red"}, {"client_id": 1}, {"kind": "both"}, b"[]"):
        assert request(port, "POST", "/_fake/oauth/revoke", bad)[0] == 400
    assert request(port, "POST", "/_fake/oauth/expire", b"{")[0] == 400


def test_concurrent_refreshes_of_one_token_make_one_winner(port):
    import threading
    register(port, {"client_id": "pkce-app", "client_type": "pkce"})
    code = code_for(port, "pkce-app", code_challenge=RFC_CHALLENGE, code_challenge_method="S256")
    first = token_call(port, {"grant_type": "authorization_code", "client_id": "pkce-app", "code": code,
                              "redirect_uri": REDIRECT, "code_verifier": RFC_VERIFIER})[1]
    request(port, "POST", "/_fake/oauth/expire", {})
    results = []
    body = {"grant_type": "refresh_token", "client_id": "pkce-app", "refresh_token": first["refresh_token"]}
    threads = [threading.Thread(target=lambda: results.append(token_call(port, body)[0])) for _ in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(results) == [200] + [400] * 19
    # 50 concurrent API calls on the expired token: all 401, and the counter shows the 20 refresh requests.
    statuses = []
    threads = [threading.Thread(target=lambda: statuses.append(me(port, first["access_token"])[0]))
               for _ in range(50)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert statuses == [401] * 50
    view = request(port, "GET", "/_fake/oauth")[2]
    assert view["refreshes"] == 20 and view["issued"] == 2 and view["live_access_tokens"] == 1


def test_oauth_log_keeps_no_secret(port, rsa_keys):
    key, pem = rsa_keys[0]
    register(port, web_app(), jwt_app(pem))
    code = code_for(port, code_challenge=RFC_CHALLENGE, code_challenge_method="S256")
    status, first, _ = token_call(port, {"grant_type": "authorization_code", "client_id": "web-app", "code": code,
                                         "redirect_uri": REDIRECT, "code_verifier": RFC_VERIFIER}, bearer=SECRET)
    assert status == 200
    status, second, _ = token_call(port, {"grant_type": "refresh_token", "client_id": "web-app",
                                          "refresh_token": first["refresh_token"]}, bearer=SECRET)
    assert status == 200
    jwt = sign_jwt(key, jwt_header(), jwt_claims())
    assert jwt_grant(port, jwt)[0] == 200
    me(port, second["access_token"])
    log = log_of(port)
    text = json.dumps(log)
    for secret in (SECRET, code, RFC_VERIFIER, first["access_token"], first["refresh_token"],
                   second["access_token"], second["refresh_token"], jwt.split(".")[2], pem.splitlines()[1]):
        assert secret not in text
    body = json.loads(log[1]["body"])
    assert body["code"] == code[:6] + "***" and body["code_verifier"] == RFC_VERIFIER[:6] + "***"
    assert body["grant_type"] == "authorization_code" and body["client_id"] == "web-app"
    assert json.loads(log[2]["body"])["refresh_token"] == first["refresh_token"][:6] + "***"
    assert [e["headers"].get("authorization") for e in log] == [None, "Bearer ***", "Bearer ***", "Bearer ***",
                                                                "Bearer ***"]
    assert log[4]["token_prefix"] == second["access_token"][:12] == log[2]["oauth"]["token_prefix"]
    assert [e["oauth"]["endpoint"] for e in log[:4]] == ["authorize", "token", "token", "token"]
    assert [e["oauth"]["client_id"] for e in log[:4]] == ["web-app", "web-app", "web-app", "jwt-app"]


def test_oauth_requests_take_faults_and_unknown_oauth_paths_are_404(port):
    register(port, device_app())
    request(port, "POST", "/_fake/faults", [{"status": 503, "body": {"error_code": "busy"}}])
    status, _, answer = request(port, "POST", OAUTH + "/device/code", {"client_id": "device-app"}, token=None)
    assert status == 503 and answer == {"error_code": "busy"}
    assert request(port, "POST", OAUTH + "/device/code", {"client_id": "device-app"}, token=None)[0] == 200
    assert request(port, "GET", OAUTH + "/token", token=None)[0] == 404
    assert request(port, "POST", OAUTH + "/nothing", {}, token=None)[0] == 404
    log = log_of(port)
    assert [e["oauth"]["outcome"] for e in log] == [None, "ok", None, None]
    assert request(port, "GET", "/_fake/oauth")[2]["requests"] == {"device/code": 2}


def test_reset_forgets_oauth_apps_and_tokens(port):
    register(port, {"client_id": "pkce-app", "client_type": "pkce"})
    code = code_for(port, "pkce-app", code_challenge=RFC_CHALLENGE, code_challenge_method="S256")
    answer = token_call(port, {"grant_type": "authorization_code", "client_id": "pkce-app", "code": code,
                               "redirect_uri": REDIRECT, "code_verifier": RFC_VERIFIER})[1]
    assert me(port, answer["access_token"])[0] == 200
    request(port, "POST", "/_fake/reset")
    status, env = me(port, answer["access_token"])
    assert status == 401 and env["msg"].endswith("not accepted")
    assert request(port, "GET", "/_fake/oauth")[2] == {"apps": [], "requests": {}, "refreshes": 0, "issued": 0,
                                                      "live_access_tokens": 0}
    assert me(port, TOKEN)[0] == 200


def test_issued_tokens_work_beside_the_token_option():
    proc, p = start("--token", "secret_1")
    try:
        register(p, {"client_id": "pkce-app", "client_type": "pkce"})
        code = code_for(p, "pkce-app", code_challenge=RFC_CHALLENGE, code_challenge_method="S256")
        answer = token_call(p, {"grant_type": "authorization_code", "client_id": "pkce-app", "code": code,
                                "redirect_uri": REDIRECT, "code_verifier": RFC_VERIFIER})[1]
        assert me(p, answer["access_token"])[0] == 200 and me(p, "secret_1")[0] == 200
        assert me(p, "pat_other")[0] == 401
    finally:
        proc.terminate()
        assert proc.wait(timeout=10) == 0
        assert proc.stderr.read() == ""
        proc.stdout.close()
        proc.stderr.close()


def test_the_fake_stays_quiet_and_answers_after_all_of_this(port):
    assert ok(port, "GET", "/v1/users/me")["data"]["user_id"]
