"""Tests of the fake Coze server over real loopback sockets (pytest)."""

from __future__ import annotations

import base64
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
    request(port, "POST", "/_fake/faults", [{"stall_after_events": 3, "stall_ms": 400}])
    times = []
    r = exchange(port, "POST", "/v3/chat", chat_body(content="twelve chars"), times=times)
    assert r.clean and events_of(r)[-1][0] == "done"
    head, chunks = times[0], times[1:]
    gaps = [b - a for a, b in zip([head] + chunks, chunks)]
    assert gaps[3] >= 0.4  # between the third and the fourth event
    assert sum(gaps[:3]) < 0.3 and max(gaps[4:]) < 0.3  # and nowhere else: not before the head either


def test_stall_then_reset_at_the_same_event(port):
    request(port, "POST", "/_fake/faults", [{"stall_after_events": 2, "reset_after_events": 2, "stall_ms": 300}])
    times = []
    t0 = time.monotonic()
    r = exchange(port, "POST", "/v3/chat", chat_body(), times=times)
    assert not r.clean and len(events_of(r)) == 2
    assert times[-1] - t0 < 0.25 and time.monotonic() - t0 >= 0.3
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
