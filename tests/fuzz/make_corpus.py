#!/usr/bin/env python3
"""Writes the seed corpora under tests/fuzz/corpus/<target>/.

Each seed starts with the parameter bytes its target reads first (see the
comment at the top of each fuzz_*.cpp), followed by the payload. Payloads
are Coze answers in the shapes of tests/vectors. Run from anywhere; it
rewrites the corpus directories it owns.
"""
import json
import os
import struct

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))

CHAT_ID = "7382159487131697202"
CONV_ID = "7381473525342978089"
BOT_ID = "7379462189365198898"
MSG_ID = "7382159494123470858"


def chat(status, **extra):
    d = {"id": CHAT_ID, "conversation_id": CONV_ID, "bot_id": BOT_ID, "created_at": 1718792949,
         "last_error": {"code": 0, "msg": ""}, "status": status}
    d.update(extra)
    return json.dumps(d, ensure_ascii=False, separators=(",", ":"))


def message(content, **extra):
    d = {"id": MSG_ID, "conversation_id": CONV_ID, "bot_id": BOT_ID, "chat_id": CHAT_ID,
         "role": "assistant", "type": "answer", "content": content, "content_type": "text"}
    d.update(extra)
    return json.dumps(d, ensure_ascii=False, separators=(",", ":"))


def sse(events, sep=":", eol="\n"):
    out = ""
    for name, data in events:
        out += f"event{sep}{name}{eol}data{sep}{data}{eol}{eol}"
    return out.encode()


CHAT_STREAM = sse([
    ("conversation.chat.created", chat("created")),
    ("conversation.chat.in_progress", chat("in_progress")),
    ("conversation.message.delta", message("你好")),
    ("conversation.message.delta", message("！👋")),
    ("conversation.message.completed", message("你好！👋")),
    ("conversation.chat.completed", chat("completed", completed_at=1718792950,
                                         usage={"token_count": 633, "output_count": 19, "input_count": 614})),
    ("done", '"[DONE]"'),
])

REQUIRES_ACTION = sse([
    ("conversation.chat.requires_action", chat(
        "requires_action",
        required_action={"type": "submit_tool_outputs", "submit_tool_outputs": {"tool_calls": [
            {"id": "call_1", "type": "function", "function": {"name": "weather", "arguments": "{\"city\":\"Paris\"}"}}]}})),
    ("conversation.audio.delta", message("UklGRg==", content_type="audio")),
    ("done", '{"debug_url":"https://www.coze.com/work_flow?execute_id=1"}'),
], sep=": ")


def wf(i, name, data, eol="\n"):
    return f"id: {i}{eol}event: {name}{eol}data: {data}{eol}{eol}"


def wf_message(content, seq, finish):
    return json.dumps({"content": content, "content_type": "text", "node_title": "End", "node_seq_id": str(seq),
                       "node_is_finish": finish, "node_id": "900001"}, ensure_ascii=False, separators=(",", ":"))


WORKFLOW_STREAM = (wf(0, "Message", wf_message("Hel", 0, False)) + wf(1, "Message", wf_message("lo", 1, True))
                   + wf(2, "Interrupt", '{"interrupt_data":{"event_id":"7/1","type":2,"data":"?"},"node_title":"Q"}')
                   + wf(3, "PING", "") + wf(4, "Done", '{"debug_url":"https://www.coze.com/w"}')).encode()
WORKFLOW_CRLF = (wf(0, "message", wf_message("为什么", 0, True), "\r\n") + wf(1, "done", "{}", "\r\n")).encode()
WORKFLOW_ERROR = (wf(0, "Message", wf_message("partial", 0, False))
                  + wf(1, "Error", '{"error_code":6006,"error_message":"Code node execution timed out"}')).encode()


def envelope(code, msg, **extra):
    d = {"code": code, "msg": msg}
    d.update(extra)
    return json.dumps(d, separators=(",", ":")).encode()


def sse_seeds():
    # [limit][c0][c1][c2] + stream
    return {
        "coze_chat": bytes([0xFF, 1, 7, 64]) + CHAT_STREAM,
        "coze_requires_action": bytes([0xFF, 13, 200, 2]) + REQUIRES_ACTION,
        "workflow": bytes([0xC0, 3, 5, 200]) + WORKFLOW_STREAM,
        "workflow_crlf": bytes([0xC0, 4, 1, 9]) + WORKFLOW_CRLF,
        "bom_comments_retry": bytes([0xFF, 1, 2, 3])
        + b"\xef\xbb\xbf: comment\nretry: 3000\nid: 7\nevent\ndata\n\nretry: 1x\nretry: 99999999999999999999\n"
        + b"id: a\x00b\ndata:  two spaces\ndata:x\n\nid\n\n",
        "line_ends": bytes([0xFF, 8, 1, 0]) + b"data: a\r\ndata: b\r\rdata: c\n\r\n\ndata: end\r",
        "utf8_split": bytes([0xFF, 1, 1, 2]) + b"data: \xe4\xbd\xa0\xe5\xa5\n\ndata: \xf0\x9f\x91\x8b\xc3\x28\xed\xa0\x80\n\n",
        "too_large": bytes([15, 2, 2, 2]) + b"data: 12345\n\ndata: 1234567890123456789\n\ndata: never\n\n",
    }


def stream_seeds():
    # [mode][op][c0][c1][flags] + body; op 0 is chat.stream (the first stream operation).
    # mode: bit 0-1 content type, bit 2-4 status index, bit 5 reset, bit 6 retries, bit 7 cancel.
    json_ct = 2
    status_401, status_503 = 5 << 2, 7 << 2
    return {
        "chat_stream": bytes([0, 0, 64, 7, 0]) + CHAT_STREAM,
        "chat_requires_action": bytes([1, 0, 200, 1, 0]) + REQUIRES_ACTION,
        "chat_truncated": bytes([0, 0, 16, 16, 0]) + CHAT_STREAM[:400],
        "chat_error_event": bytes([0, 0, 255, 255, 1]) + sse([
            ("conversation.chat.created", chat("created")),
            ("error", '{"code":4015,"msg":"The bot is not published to the API channel"}')], sep=": "),
        "chat_reset_retry": bytes([0x60 | status_503, 0, 9, 9, 0]) + b"event: ping\ndata: {}\n\n",
        "chat_cancel": bytes([0x80, 0, 30, 30, 0x20]) + CHAT_STREAM[:300],
        "envelope_4016": bytes([json_ct, 0, 255, 255, 0])
        + envelope(4016, "Conversation occupied: another chat is in progress"),
        "envelope_401": bytes([json_ct | status_401, 0, 10, 255, 1])
        + envelope(4100, "authentication is invalid", detail={"logid": "20241210152726467C48D89D6DB2A1F0"}),
        "workflow_stream": bytes([0, 2, 40, 3, 0]) + WORKFLOW_STREAM,
        "workflow_crlf": bytes([1, 2, 5, 200, 0]) + WORKFLOW_CRLF,
        "workflow_error": bytes([0, 2, 255, 17, 0]) + WORKFLOW_ERROR,
        "create_envelope": bytes([json_ct, 5, 255, 255, 0])
        + envelope(0, "", data=json.loads(chat("in_progress")), detail={"logid": "l"}),
        "workflow_run_envelope": bytes([json_ct, 7, 255, 255, 0])
        + envelope(0, "Success", data="{\"output\":\"hi\"}", debug_url="https://www.coze.com/w", execute_id="1"),
    }


def ulid_seeds():
    seeds = {}
    with open(os.path.join(ROOT, "tests", "vectors", "ulid", "decode.json"), encoding="utf-8") as f:
        vectors = json.load(f)
    valid = [v for v in vectors if "decode" in v and "error" not in v][:4]
    invalid = [v for v in vectors if "decode" in v and "error" in v][:4]
    for i, v in enumerate(valid):
        seeds[f"valid_{i}"] = v["decode"].encode()
    for i, v in enumerate(invalid):
        seeds[f"invalid_{i}"] = v["decode"].encode()
    seeds["max_randomness"] = struct.pack(">q", 1469922850259) + b"\xff" * 10
    seeds["negative_time"] = struct.pack(">q", -1) + bytes(range(10))
    return seeds


def errors_seeds():
    # [status hi][status lo][flags] + header lines (logid, retry-after, retry-after-ms,
    # x-should-retry, content-type as flagged) + body
    def seed(status, flags, lines, body):
        return struct.pack(">H", status) + bytes([flags]) + b"".join(x + b"\n" for x in lines) + body

    return {
        "rate_limited": seed(429, 0x03, [b"abc", b"2"], envelope(4013, "Too many requests")),
        "busy_on_200": seed(200, 0x01, [b"log-4016"], envelope(4016, "Conversation occupied")),
        "auth_upper_names": seed(401, 0x21, [b"log-401"], envelope(4100, "authentication is invalid")),
        "html_500": seed(500, 0x10, [b"text/html"], b"<html><body>Internal Server Error</body></html>"),
        "detail_logid": seed(200, 0x00, [], envelope(4000, "bad", detail={"logid": "from-body"})),
        "retry_ms_no_retry": seed(503, 0x1C, [b"1500", b"false", b"application/json"], b""),
        "http_date": seed(503, 0x42, [b"Wed, 21 Oct 2015 07:28:00 GMT"], b"{\"code\":\"5000\",\"message\":\"x\"}"),
        "ok_not_json": seed(200, 0x00, [], b"not json"),
        "ok_data": seed(200, 0x01, [b"l"], envelope(0, "", data={"id": "1"})),
    }


def answer(body, status_sel=0, text=False, no_head=False, reset_after=False):
    """One answer of a fuzz_flows input: [sel][len hi][len lo][body]."""
    sel = status_sel | (8 if text else 0) | (16 if no_head else 0) | (32 if reset_after else 0)
    if isinstance(body, (dict, list)):
        body = json.dumps(body, separators=(",", ":")).encode()
    return bytes([sel]) + struct.pack(">H", len(body)) + body


def flows_seeds():
    # [scenario][flags] + answers; the scenarios are listed in fuzz_flows.cpp
    # (every pages operation first, then create_and_poll, the OAuth
    # operations and the authed clients), so each seed is tried for many.
    page = lambda more, key: {"code": 0, "msg": "", "data": {key: [{"id": "1"}, {"id": "2"}], "has_more": more,
                                                           "first_id": "1", "last_id": "2", "total": 3}}
    token = {"access_token": "at_new", "token_type": "Bearer", "expires_in": 1700007200, "refresh_token": "rt_new"}
    device = {"device_code": "dc_1", "user_code": "UC-1", "verification_uri": "https://www.coze.com/device",
              "expires_in": 600, "interval": 5}
    chat_env = lambda status: {"code": 0, "msg": "", "data": json.loads(chat(status))}
    messages = {"code": 0, "msg": "", "data": [json.loads(message("Hi"))]}
    seeds = {}
    for i in range(24):
        seeds[f"pages_{i}"] = bytes([i, 0]) + answer(page(True, "items")) + answer(page(False, "items"))
        seeds[f"poll_{i}"] = bytes([i, 4]) + b"".join(answer(chat_env(s)) for s in ("created", "in_progress",
                                                                                     "completed")) + answer(messages)
        seeds[f"token_{i}"] = bytes([i, 0]) + answer(token) + answer(chat_env("completed"))
        seeds[f"device_{i}"] = (bytes([i, 0]) + answer(device) + answer({"error_code": "authorization_pending"}, 3)
                                + answer({"error_code": "slow_down"}, 3) + answer(token))
        seeds[f"denied_{i}"] = bytes([i, 1]) + answer({"code": 4100, "msg": "token expired"}, 4) + answer(
            token, no_head=True) + answer(b"<html>busy</html>", 7, text=True)
    return seeds


def multipart_seeds():
    # [op][flags][seed] + name NUL type NUL content NUL field1 NUL field2
    return {
        "text": bytes([0, 0, 1]) + b"a.txt\0text/plain\0hello\0\0",
        "data_named": bytes([0, 0x0D, 2]) + b"report.pdf\0application/pdf\0%PDF-1.4\r\n--x\r\n\0\0",
        "base64_binary": bytes([1, 0x0E, 3]) + b"a.wav\0audio/wav\0RIFF\xff\xfe\x00\x01WAVE\0\0",
        "source": bytes([0, 0x07, 4]) + b"big.bin\0\0" + b"x" * 64 + b"\0\0",
        "source_unknown": bytes([1, 0x27, 5]) + b"stream.mp3\0\0abc\0\0",
        "clone": bytes([2, 0x0D, 6]) + b"v.mp3\0audio/mpeg\0ID3\0my voice\0Hello there",
        "bad_name": bytes([2, 0x05, 7]) + b'a"b\r\nX: y\0\0data\0name\0',
        "raw_base64": bytes([0, 0x16, 8]) + b"x\0\0not base64!\0\0",
        "clash": bytes([0, 1, 9]) + b"\0\0--cozecore-form-boundary-7MA4YWxkTrZu0gW\r\n\0\0",
    }


def write(target, seeds):
    d = os.path.join(HERE, "corpus", target)
    os.makedirs(d, exist_ok=True)
    for old in os.listdir(d):  # crashes kept as seeds (regression-*) stay
        if not old.startswith("regression-"):
            os.remove(os.path.join(d, old))
    for name, data in seeds.items():
        assert len(data) <= 4096, name
        with open(os.path.join(d, name), "wb") as f:
            f.write(data)


if __name__ == "__main__":
    write("sse", sse_seeds())
    write("stream_decoder", stream_seeds())
    write("ulid", ulid_seeds())
    write("errors", errors_seeds())
    write("flows", flows_seeds())
    write("multipart", multipart_seeds())
