#!/usr/bin/env python3
"""A fake Coze API server for end-to-end, fault and demo runs.

Speaks the wire format of /v3/chat, /v3/chat/submit_tool_outputs and the
workflow endpoints (JSON envelopes, the `X-Tt-Logid` header, server-sent
events over chunked HTTP/1.1) with deterministic echo bots and workflows, and
takes scripted faults and hands out a request log on /_fake/* control
endpoints. Python 3 standard library only; binds loopback only.

    python3 tests/fake_coze/server.py --port 0 [--host 127.0.0.1] [--token T] [--drip-ms N] [--verbose]

The first stdout line is `LISTENING <port>`. See README.md beside this file.
"""

from __future__ import annotations

import argparse
import base64
import ipaddress
import itertools
import json
import signal
import socket
import struct
import sys
import threading
import time
from collections import deque
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, quote, urlsplit

MAX_BODY_BYTES = 16 * 1024 * 1024
DELTA_CODE_POINTS = 3  # answer pieces per conversation.message.delta
CUT_AFTER_DELTAS = 2  # deltas sent before stream_error / truncated / reset cut in
AUDIO_BYTES = bytes(range(256))  # what the `audio` bot says, in AUDIO_PIECE-byte deltas
AUDIO_PIECE = 64
# The two calls the `tools` bot asks for: (function name, arguments as JSON text).
TOOL_CALLS = (("get_weather", '{"city":"Paris"}'), ("get_time", '{"tz":"Europe/Paris"}'))
INTERRUPT_TYPE = 2  # a question node waiting for an answer
INTERRUPT_QUESTION = '{"question":"Which city?"}'
WORKFLOW_ERROR = (6006, "workflow code node timed out")
MESSAGE_NODE_ID, END_NODE_ID = "135279", "900001"

AUTH_MSG = "authentication is invalid: the access token is missing, malformed or not accepted"


class Abort(Exception):
    """Raised to drop the connection without answering (or mid-stream)."""


class State:
    """Everything the server remembers: faults to inject, requests seen, chats made."""

    def __init__(self, token: str | None, drip_ms: int, verbose: bool):
        self.token = token
        self.drip_ms = drip_ms
        self.verbose = verbose
        self.lock = threading.Lock()
        self.faults: deque = deque()
        self.requests: list = []
        self.chats: dict = {}  # (conversation_id, chat_id) -> (chat, [messages])
        self.interrupts: dict = {}  # event_id -> (workflow_id, interrupt type)
        self._logids = itertools.count(1)
        self._ids = itertools.count(1)
        self._stamp = time.strftime("%Y%m%d%H%M%S", time.gmtime())

    def next_logid(self) -> str:
        with self.lock:
            return "%sFAKE%08d" % (self._stamp, next(self._logids))

    def next_id(self) -> str:
        # Coze ids are 64-bit integers carried as strings.
        with self.lock:
            return str(7400000000000000000 + next(self._ids))

    def take_fault(self):
        with self.lock:
            return self.faults.popleft() if self.faults else None

    def token_ok(self, authorization: str | None) -> bool:
        if not authorization or not authorization.startswith("Bearer "):
            return False
        token = authorization[len("Bearer "):].strip()
        if self.token is not None:
            return token == self.token
        return token.startswith("pat_") and len(token) > len("pat_")


def envelope(code: int, msg: str, logid: str, data=None) -> dict:
    out = {"code": code, "msg": msg}
    if data is not None:
        out["data"] = data
    out["detail"] = {"logid": logid}
    return out


def dumps(value) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


COUNT_KEYS = ("reset_after_events", "reset_after_bytes", "stall_after_events")


def count_of(fault: dict, key: str) -> int | None:
    """A fault's non-negative integer field, or None when absent or not one."""
    value = fault.get(key)
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        return None
    return value


def pieces(text: str, size: int = DELTA_CODE_POINTS) -> list:
    # str slices are whole code points, so no piece splits a UTF-8 sequence.
    return [text[i:i + size] for i in range(0, len(text), size)] or [""]


def last_user_content(messages) -> str | None:
    for m in reversed(messages or []):
        if isinstance(m, dict) and m.get("role", "user") == "user":
            content = m.get("content")
            if isinstance(content, str):
                return content
            if content is not None:
                return json.dumps(content, ensure_ascii=False)
    return None


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "fake-coze/1"
    timeout = 120  # idle keep-alive connections do not pin a thread forever
    state: State  # set on the subclass made by serve()

    # ---- plumbing -------------------------------------------------------

    def version_string(self):
        return self.server_version

    def log_message(self, fmt, *args):
        if self.state.verbose:
            sys.stderr.write("fake_coze: %s - %s\n" % (self.address_string(), fmt % args))

    def log_error(self, fmt, *args):
        self.log_message(fmt, *args)

    def handle_one_request(self):
        # A connection serves several requests: each starts without a fault.
        self.fault = {}  # the fault this request took, if any
        self.entry = None  # its request log entry
        try:
            super().handle_one_request()
        except Abort:
            self.abort_connection()
        except (ConnectionError, TimeoutError, OSError):
            self.close_connection = True

    def send_error(self, code, message=None, explain=None):
        # Malformed request lines and unknown methods get an envelope too.
        self.close_connection = True
        try:
            self.send_envelope(code, 4000 if code < 500 else 5000,
                               message or "bad request", self.state.next_logid())
        except OSError:
            pass

    def abort_connection(self):
        """Closes with RST: SO_LINGER zero, no chunk terminator, no answer."""
        self.close_connection = True
        try:
            self.wfile.flush()
        except OSError:
            pass
        try:
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        except OSError:
            pass
        try:
            self.connection.close()
        except OSError:
            pass

    def read_body(self) -> bytes | None:
        """The request body, or None when its framing is bad."""
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            out = bytearray()
            while True:
                line = self.rfile.readline(1024)
                try:
                    size = int(line.split(b";")[0].strip(), 16)
                except ValueError:
                    return None
                if size == 0:
                    while self.rfile.readline(1024) not in (b"\r\n", b"\n", b""):
                        pass
                    return bytes(out)
                if len(out) + size > MAX_BODY_BYTES:
                    return None
                out += self.rfile.read(size)
                self.rfile.readline(1024)
        length = self.headers.get("Content-Length")
        if length is None:
            return b""
        try:
            n = int(length)
        except ValueError:
            return None
        if n < 0 or n > MAX_BODY_BYTES:
            return None
        return self.rfile.read(n)

    def send_head(self, status: int, headers: dict, logid: str | None = None):
        self.send_response(status)
        names = {k.lower() for k in headers}
        for k, v in headers.items():
            self.send_header(k, str(v))
        if "x-tt-logid" not in names:
            self.send_header("X-Tt-Logid", logid or self.state.next_logid())
        self.end_headers()

    def send_bytes(self, status: int, body: bytes, headers: dict, logid: str | None = None):
        headers = dict(headers)
        if not any(k.lower() == "content-length" for k in headers):
            headers["Content-Length"] = str(len(body))
        self.send_head(status, headers, logid)
        cut = count_of(self.fault, "reset_after_bytes")  # the head and part of the body, then RST
        if self.command != "HEAD":
            self.wfile.write(body if cut is None else body[:cut])
        self.wfile.flush()
        if cut is not None:
            raise Abort()

    def send_json(self, status: int, value, logid: str | None = None, headers: dict | None = None):
        h = {"Content-Type": "application/json; charset=utf-8"}
        h.update(headers or {})
        self.send_bytes(status, dumps(value), h, logid)

    def send_envelope(self, status: int, code: int, msg: str, logid: str, data=None, headers=None):
        self.send_json(status, envelope(code, msg, logid, data), logid, headers)

    def write_chunk(self, data: bytes):
        if self.request_version == "HTTP/1.0":  # no chunked coding there: the close ends the body
            self.wfile.write(data)
        else:
            self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))
        self.wfile.flush()

    def end_chunks(self):
        if self.request_version != "HTTP/1.0":
            self.wfile.write(b"0\r\n\r\n")
        self.wfile.flush()

    # ---- dispatch -------------------------------------------------------

    def do_GET(self):
        self.dispatch()

    def do_POST(self):
        self.dispatch()

    def do_PUT(self):
        self.dispatch()

    def do_DELETE(self):
        self.dispatch()

    def do_PATCH(self):
        self.dispatch()

    def do_HEAD(self):
        self.dispatch()

    def dispatch(self):
        url = urlsplit(self.path)
        path = url.path
        query = dict(parse_qsl(url.query, keep_blank_values=True))
        body = self.read_body()
        if body is None:
            self.close_connection = True  # the framing is lost: do not read the next request
            logid = self.state.next_logid()
            self.send_envelope(400, 4000, "invalid request body framing", logid)
            return
        if path.startswith("/_fake/"):
            self.control(path, body)
            return
        self.entry = self.record(path, query, body)
        logid = self.state.next_logid()
        fault = self.state.take_fault()
        drip_ms = self.state.drip_ms
        if isinstance(fault, dict):
            self.fault = fault
            stall = fault.get("stall_ms")
            if (isinstance(stall, (int, float)) and stall > 0
                    and count_of(fault, "stall_after_events") is None):
                time.sleep(stall / 1000.0)
            if fault.get("reset"):
                raise Abort()
            if "status" in fault:
                self.answer_verbatim(fault, logid)
                return
            if fault.get("malformed"):
                body = b'{"code":0,"msg":"","data":{"id":'
                self.send_bytes(200, body, {"Content-Type": "application/json"}, logid)
                return
            if isinstance(fault.get("drip_ms"), (int, float)):
                drip_ms = fault["drip_ms"]
        self.api(path, query, body, logid, drip_ms)

    def record(self, path: str, query: dict, body: bytes):
        headers = {}
        for k, v in self.headers.items():
            k = k.lower()
            if k == "authorization":
                v = "Bearer ***" if v.startswith("Bearer ") else "***"
            headers[k] = v
        entry = {
            "method": self.command,
            "path": path,
            "query": query,
            "headers": headers,
            "body": body.decode("utf-8", errors="replace"),
            "idempotency_key": self.headers.get("Idempotency-Key"),
            "retry_count": self.headers.get("X-Coze-Retry-Count"),
            "client_request_id": self.headers.get("X-Client-Request-Id"),
            "events_sent": 0,
        }
        with self.state.lock:
            self.state.requests.append(entry)
        return entry

    def answer_verbatim(self, fault: dict, logid: str):
        status = fault.get("status")
        if not isinstance(status, int) or not 100 <= status <= 599:
            status = 500
        headers = fault.get("headers") if isinstance(fault.get("headers"), dict) else {}
        body = fault.get("body", "")
        raw = body.encode("utf-8") if isinstance(body, str) else dumps(body)
        if not any(k.lower() == "content-type" for k in headers):
            headers = {"Content-Type": "application/json", **headers}
        self.send_bytes(status, raw, headers, logid)

    # ---- control endpoints ----------------------------------------------

    def control(self, path: str, body: bytes):
        st = self.state
        if path == "/_fake/faults" and self.command == "POST":
            try:
                faults = json.loads(body or b"null")
            except ValueError:
                self.send_json(400, {"error": "body is not JSON"})
                return
            if isinstance(faults, dict):
                faults = [faults]
            if not isinstance(faults, list) or not all(isinstance(f, dict) for f in faults):
                self.send_json(400, {"error": "expected a JSON array of fault objects"})
                return
            for f in faults:
                for key in COUNT_KEYS:
                    if key in f and count_of(f, key) is None:
                        self.send_json(400, {"error": "%s must be a non-negative integer" % key})
                        return
            with st.lock:
                st.faults.extend(faults)
                queued = len(st.faults)
            self.send_json(200, {"queued": queued})
        elif path == "/_fake/faults" and self.command == "GET":
            with st.lock:
                queued = list(st.faults)
            self.send_json(200, queued)
        elif path == "/_fake/requests" and self.command == "GET":
            with st.lock:  # copies: a stream may still be counting its events
                log = [dict(e) for e in st.requests]
            self.send_json(200, log)
        elif path == "/_fake/reset" and self.command == "POST":
            with st.lock:
                st.faults.clear()
                st.requests.clear()
                st.chats.clear()
                st.interrupts.clear()
            self.send_json(200, {"ok": True})
        else:
            self.send_json(404, {"error": "unknown control endpoint"})

    # ---- the API --------------------------------------------------------

    def api(self, path: str, query: dict, body: bytes, logid: str, drip_ms: float):
        routes = {
            ("POST", "/v3/chat"): self.chat,
            ("GET", "/v3/chat/retrieve"): self.chat_retrieve,
            ("POST", "/v3/chat/retrieve"): self.chat_retrieve,
            ("GET", "/v3/chat/message/list"): self.chat_messages,
            ("POST", "/v3/chat/message/list"): self.chat_messages,
            ("POST", "/v3/chat/submit_tool_outputs"): self.submit_tool_outputs,
            ("POST", "/v1/workflow/run"): self.workflow_run,
            ("POST", "/v1/workflow/stream_run"): self.workflow_stream_run,
            ("POST", "/v1/workflow/stream_resume"): self.workflow_stream_resume,
            ("POST", "/v1/workflows/chat"): self.workflow_chat,
        }
        route = routes.get((self.command, path))
        if route is None:
            self.send_envelope(404, 4200, "resource not found: %s %s" % (self.command, path), logid)
            return
        if not self.state.token_ok(self.headers.get("Authorization")):
            self.send_envelope(401, 4100, AUTH_MSG, logid)
            return
        route(query, body, logid, drip_ms)

    def json_body(self, body: bytes, logid: str, required=(), arrays=(), objects=()):
        """The request body as a dict, or None after answering 400/4000.

        `required` fields must be non-empty strings, `arrays` arrays when
        present, `objects` JSON objects when present (null counts as absent).
        """
        try:
            req = json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            self.bad_request("the request body is not valid JSON", logid)
            return None
        if not isinstance(req, dict):
            self.bad_request("the request body must be a JSON object", logid)
            return None
        for field in required:
            if not isinstance(req.get(field), str) or not req[field]:
                self.bad_request("%s is required" % field, logid)
                return None
        for field in arrays:
            if req.get(field) is not None and not isinstance(req[field], list):
                self.bad_request("%s must be an array" % field, logid)
                return None
        for field in objects:
            if req.get(field) is not None and not isinstance(req[field], dict):
                self.bad_request("%s must be an object" % field, logid)
                return None
        return req

    def bad_request(self, what: str, logid: str):
        self.send_envelope(400, 4000, "invalid parameter: " + what, logid)

    def new_chat(self, conversation_id: str, bot_id: str, meta_data) -> dict:
        return {
            "id": self.state.next_id(),
            "conversation_id": conversation_id,
            "bot_id": bot_id,
            "created_at": int(time.time()),
            "meta_data": meta_data if isinstance(meta_data, dict) else {},
            "section_id": conversation_id,
            "status": "in_progress",
        }

    def new_message(self, chat: dict, content: str, msg_type: str = "answer", content_type: str = "text") -> dict:
        now = int(time.time())
        return {
            "id": self.state.next_id(),
            "conversation_id": chat["conversation_id"],
            "bot_id": chat["bot_id"],
            "chat_id": chat["id"],
            "section_id": chat["section_id"],
            "role": "assistant",
            "type": msg_type,
            "content": content,
            "content_type": content_type,
            "reasoning_content": "",
            "meta_data": {},
            "created_at": now,
            "updated_at": now,
        }

    def remember(self, chat: dict, messages: list):
        with self.state.lock:
            self.state.chats[(chat["conversation_id"], chat["id"])] = (chat, messages)

    def chat(self, query: dict, body: bytes, logid: str, drip_ms: float):
        req = self.json_body(body, logid, required=("bot_id", "user_id"), arrays=("additional_messages",))
        if req is None:
            return
        bot_id = req["bot_id"]
        if bot_id == "busy":
            self.send_envelope(200, 4016, "conversation occupied: a chat is still running in this "
                               "conversation, wait for it to finish or cancel it", logid)
            return
        if bot_id == "ratelimited":
            self.send_envelope(429, 4013, "rate limit exceeded: too many requests per minute", logid,
                               headers={"Retry-After": "1"})
            return
        if bot_id == "broken":
            self.send_envelope(500, 5000, "internal server error", logid)
            return

        messages = req.get("additional_messages")
        question = last_user_content(messages)
        conversation_id = query.get("conversation_id") or self.state.next_id()
        chat = self.new_chat(conversation_id, bot_id, req.get("meta_data"))
        stream = req.get("stream") is True
        if bot_id == "tools":
            self.tools_chat(chat, question, stream, logid)
            return
        answer = "Echo: " + question if question is not None else "Hello!"
        message = self.new_message(chat, answer)
        done_chat = dict(chat, status="completed", completed_at=chat["created_at"],
                         usage=usage_of(question or "", answer))
        self.remember(done_chat, [message])

        if stream:
            mode = bot_id if bot_id in ("stream_error", "truncated", "reset") else ""
            self.chat_stream(chat, message, done_chat, logid, drip_ms, mode=mode,
                             audio=AUDIO_BYTES if bot_id == "audio" else None)
        else:
            self.send_envelope(200, 0, "", logid, chat)

    def tools_chat(self, chat: dict, question: str | None, stream: bool, logid: str):
        """The `tools` bot: asks the client to run two functions, then waits for their outputs."""
        calls, call_messages = [], []
        for name, arguments in TOOL_CALLS:
            calls.append({"id": "call_" + self.state.next_id(), "type": "function",
                          "function": {"name": name, "arguments": arguments}})
            content = dumps({"name": name, "arguments": json.loads(arguments)}).decode("utf-8")
            call_messages.append(self.new_message(chat, content, msg_type="function_call"))
        waiting = dict(chat, status="requires_action",
                       required_action={"type": "submit_tool_outputs",
                                        "submit_tool_outputs": {"tool_calls": calls}},
                       usage=usage_of(question or "", "".join(m["content"] for m in call_messages)))
        self.remember(waiting, call_messages)
        if not stream:
            self.send_envelope(200, 0, "", logid, chat)
            return
        out = EventStream(self, logid)
        out.event("conversation.chat.created", dict(chat, status="created"))
        out.event("conversation.chat.in_progress", chat)
        for m in call_messages:
            out.event("conversation.message.completed", m)
        out.event("conversation.chat.requires_action", waiting)
        out.event("done", "[DONE]")
        out.end()

    def chat_stream(self, chat: dict, message: dict, done_chat: dict, logid: str, drip_ms: float,
                    mode: str = "", created: bool = True, audio: bytes | None = None, done="[DONE]"):
        """A chat's events: created, in_progress, deltas (and audio deltas), completed, done.

        mode "stream_error", "truncated" or "reset" cuts in after CUT_AFTER_DELTAS deltas.
        """
        out = EventStream(self, logid)
        if created:
            out.event("conversation.chat.created", dict(chat, status="created"))
        out.event("conversation.chat.in_progress", chat)
        for i, piece in enumerate(pieces(message["content"])):
            if mode and i == CUT_AFTER_DELTAS:
                break
            out.drip(drip_ms)
            out.event("conversation.message.delta", dict(message, content=piece))
        if mode == "stream_error":
            out.event("error", {"code": 5000, "msg": "internal server error: the model stopped answering"})
            out.end()
            return
        if mode == "truncated":
            out.end()
            return
        if mode == "reset":
            raise Abort()
        if audio is not None:
            voice = self.new_message(chat, "", content_type="audio")
            for i in range(0, len(audio), AUDIO_PIECE):
                out.drip(drip_ms)
                content = base64.b64encode(audio[i:i + AUDIO_PIECE]).decode("ascii")
                out.event("conversation.audio.delta", dict(voice, content=content))
        out.event("conversation.message.completed", message)
        out.event("conversation.chat.completed", done_chat)
        out.event("done", done)
        out.end()

    def find_chat(self, query: dict, body: bytes):
        params = dict(query)
        if body:
            try:
                extra = json.loads(body.decode("utf-8"))
                if isinstance(extra, dict):
                    params.update({k: v for k, v in extra.items() if isinstance(v, str)})
            except (UnicodeDecodeError, ValueError):
                pass
        key = (params.get("conversation_id"), params.get("chat_id"))
        if not all(key):
            return None, "invalid parameter: conversation_id and chat_id are required"
        with self.state.lock:
            found = self.state.chats.get(key)
        return found, None

    def answer_chat_part(self, query: dict, body: bytes, logid: str, part: int):
        """Answers a remembered chat's part: 0 the Chat, 1 its messages."""
        found, bad = self.find_chat(query, body)
        if bad:
            self.send_envelope(400, 4000, bad, logid)
        elif found is None:
            self.send_envelope(200, 4200, "chat not found", logid)
        else:
            self.send_envelope(200, 0, "", logid, found[part])

    def chat_retrieve(self, query: dict, body: bytes, logid: str, drip_ms: float):
        self.answer_chat_part(query, body, logid, 0)

    def chat_messages(self, query: dict, body: bytes, logid: str, drip_ms: float):
        self.answer_chat_part(query, body, logid, 1)

    def submit_tool_outputs(self, query: dict, body: bytes, logid: str, drip_ms: float):
        req = self.json_body(body, logid)
        if req is None:
            return
        outputs = req.get("tool_outputs")
        if (not isinstance(outputs, list) or not outputs
                or not all(isinstance(o, dict) and isinstance(o.get("tool_call_id"), str) and o["tool_call_id"]
                           and isinstance(o.get("output"), str) for o in outputs)):
            self.bad_request("tool_outputs must be a non-empty array of {tool_call_id, output} strings", logid)
            return
        key = (query.get("conversation_id"), query.get("chat_id"))
        if not all(key):
            self.bad_request("conversation_id and chat_id are required in the query", logid)
            return
        with self.state.lock:  # check and take in one step: a chat takes its outputs once
            found = self.state.chats.get(key)
            if found is None:
                problem = (4200, "chat not found")
            elif found[0].get("status") != "requires_action":
                problem = (4000, "invalid parameter: the chat is not waiting for tool outputs (status %s)"
                           % found[0].get("status"))
            else:
                calls = {c["id"]: c["function"]["name"]
                         for c in found[0]["required_action"]["submit_tool_outputs"]["tool_calls"]}
                unknown = [o["tool_call_id"] for o in outputs if o["tool_call_id"] not in calls]
                problem = (4000, "invalid parameter: unknown tool_call_id %s" % unknown[0]) if unknown else None
            if problem is None:
                waiting, history = found
                chat = {k: v for k, v in waiting.items() if k not in ("required_action", "usage")}
                chat["status"] = "in_progress"
                self.state.chats[key] = (chat, history)
        if problem is not None:
            self.send_envelope(200, problem[0], problem[1], logid)
            return
        answer = "Tool outputs: " + "; ".join(
            "%s -> %s" % (calls[o["tool_call_id"]], o["output"]) for o in outputs)
        message = self.new_message(chat, answer)
        done_chat = dict(chat, status="completed", completed_at=int(time.time()),
                         usage=usage_of("".join(o["output"] for o in outputs), answer))
        self.remember(done_chat, history + [message])
        if req.get("stream") is True:
            self.chat_stream(chat, message, done_chat, logid, drip_ms, created=False)
        else:
            self.send_envelope(200, 0, "", logid, chat)

    # ---- workflows --------------------------------------------------------

    def workflow_request(self, body: bytes, logid: str, required=("workflow_id",), arrays=()):
        return self.json_body(body, logid, required=required, arrays=arrays, objects=("parameters", "ext"))

    def workflow_run(self, query: dict, body: bytes, logid: str, drip_ms: float):
        req = self.workflow_request(body, logid)
        if req is None:
            return
        workflow_id = req["workflow_id"]
        if workflow_id == "error":
            self.send_envelope(200, WORKFLOW_ERROR[0], WORKFLOW_ERROR[1], logid)
            return
        execute_id = self.state.next_id()
        prompt, answer = workflow_answer(req.get("parameters"))
        out = {"code": 0, "msg": "", "data": dumps({"output": answer}).decode("utf-8"),
               "debug_url": debug_url(workflow_id, execute_id), "execute_id": execute_id,
               "usage": usage_of(prompt, answer), "detail": {"logid": logid}}
        if req.get("is_async") is True:
            out["data"] = ""  # the answer would come from the run history
        self.send_json(200, out, logid)

    def interrupt(self, workflow_id: str, execute_id: str) -> str:
        """Remembers a run waiting for input; its event id, `<execute_id>/<event id>` like the API's."""
        event_id = "%s/%s" % (execute_id, self.state.next_id())
        with self.state.lock:
            self.state.interrupts[event_id] = (workflow_id, INTERRUPT_TYPE)
        return event_id

    def workflow_stream_run(self, query: dict, body: bytes, logid: str, drip_ms: float):
        req = self.workflow_request(body, logid)
        if req is not None:
            self.workflow_stream(req["workflow_id"], req.get("parameters"), None, logid, drip_ms)

    def workflow_stream_resume(self, query: dict, body: bytes, logid: str, drip_ms: float):
        req = self.workflow_request(body, logid, required=("workflow_id", "event_id"))
        if req is None:
            return
        if not isinstance(req.get("resume_data"), str):
            self.bad_request("resume_data is required (a string)", logid)
            return
        kind = req.get("interrupt_type")
        if isinstance(kind, bool) or not isinstance(kind, int):
            self.bad_request("interrupt_type is required (an integer)", logid)
            return
        event_id = req["event_id"]
        with self.state.lock:  # an interrupt is resumed once
            waiting = self.state.interrupts.get(event_id)
            if waiting is None or waiting[0] != req["workflow_id"]:
                problem = (4200, "interrupted run not found: no run of workflow %s waits on event %s"
                           % (req["workflow_id"], event_id))
            elif waiting[1] != kind:
                problem = (4000, "invalid parameter: interrupt_type must be %d for this event" % waiting[1])
            else:
                problem = None
                del self.state.interrupts[event_id]
        if problem is not None:
            self.send_envelope(200, problem[0], problem[1], logid)
            return
        self.workflow_stream(req["workflow_id"], None, req["resume_data"], logid, drip_ms)

    def workflow_stream(self, workflow_id: str, parameters, resume_data: str | None, logid: str, drip_ms: float):
        """stream_run (resume_data None) and stream_resume: Message events, a PING, then the end.

        The end is the End node's Message and Done {debug_url}; for workflow `interrupt` (not
        when resuming) an Interrupt instead, the last event, as the API ends a run that waits
        for input; for `error` an Error after CUT_AFTER_DELTAS messages.
        """
        if resume_data is None:
            prompt, answer = workflow_answer(parameters)
        else:
            prompt, answer = resume_data, "Echo: " + resume_data
        lower = workflow_id == "lowercase"
        out = EventStream(self, logid, workflow=True)

        def event(name: str, data):
            out.event(name.lower() if lower else name, data)

        execute_id = self.state.next_id()
        for i, piece in enumerate(pieces(answer)):
            if workflow_id == "error" and i == CUT_AFTER_DELTAS:
                break
            out.drip(drip_ms)
            event("Message", {"content": piece, "content_type": "text", "node_title": "Message",
                              "node_seq_id": str(i), "node_is_finish": (i + 1) * DELTA_CODE_POINTS >= len(answer),
                              "node_id": MESSAGE_NODE_ID})
            if i == 0:
                event("PING", {})
        url = debug_url(workflow_id, execute_id)
        if workflow_id == "error":
            event("Error", {"error_code": WORKFLOW_ERROR[0], "error_message": WORKFLOW_ERROR[1], "debug_url": url})
            out.end()
            return
        if workflow_id == "interrupt" and resume_data is None:
            event_id = self.interrupt(workflow_id, execute_id)
            event("Interrupt", {"interrupt_data": {"event_id": event_id, "type": INTERRUPT_TYPE,
                                                   "data": INTERRUPT_QUESTION},
                                "node_title": "Question", "debug_url": url})
            out.end()
            return
        usage = usage_of(prompt, answer)
        event("Message", {"content": dumps({"output": answer}).decode("utf-8"), "content_type": "text",
                          "node_title": "End", "node_seq_id": "0", "node_is_finish": True, "node_id": END_NODE_ID,
                          "usage": usage, "cost": "0.00", "token": usage["token_count"]})
        event("Done", {"debug_url": url})
        out.end()

    def workflow_chat(self, query: dict, body: bytes, logid: str, drip_ms: float):
        req = self.workflow_request(body, logid, arrays=("additional_messages",))
        if req is None:
            return
        if not isinstance(req.get("additional_messages"), list):
            self.bad_request("additional_messages is required (an array)", logid)
            return
        workflow_id = req["workflow_id"]
        conversation_id = (query.get("conversation_id") or
                           (req.get("conversation_id") if isinstance(req.get("conversation_id"), str) else "")
                           or self.state.next_id())
        bot_id = req.get("bot_id") if isinstance(req.get("bot_id"), str) else ""
        chat = self.new_chat(conversation_id, bot_id, req.get("meta_data"))
        question = last_user_content(req["additional_messages"])
        answer = "Echo: " + question if question is not None else "Hello!"
        message = self.new_message(chat, answer)
        done_chat = dict(chat, status="completed", completed_at=chat["created_at"],
                         usage=usage_of(question or "", answer))
        self.remember(done_chat, [message])
        self.chat_stream(chat, message, done_chat, logid, drip_ms,
                         mode="stream_error" if workflow_id == "error" else "",
                         done={"debug_url": debug_url(workflow_id, chat["id"])})


class EventStream:
    """One server-sent event answer: the head, then each event as one flushed chunk.

    Chat streams are `event:NAME\\ndata:JSON\\n\\n`; workflow streams add an
    `id: N` line counting from 0 and put a space after each colon, as the API
    does. The request's fault (reset_after_events, stall_after_events) acts
    between events.
    """

    def __init__(self, handler: Handler, logid: str, workflow: bool = False):
        self.h = handler
        self.workflow = workflow
        self.next_id = 0
        fault = handler.fault
        self.stall_after = count_of(fault, "stall_after_events")
        self.stall_ms = fault.get("stall_ms")
        self.reset_after = count_of(fault, "reset_after_events")
        head = {"Content-Type": "text/event-stream", "Cache-Control": "no-cache"}
        if handler.request_version == "HTTP/1.0":
            handler.close_connection = True
        else:
            head["Transfer-Encoding"] = "chunked"
        handler.send_head(200, head, logid)

    def checkpoint(self):
        # Runs before each event and before the end of the body: a stall
        # or reset asked for "after N events" happens here.
        sent = self.h.entry["events_sent"]
        if self.stall_after == sent:
            self.stall_after = None
            if isinstance(self.stall_ms, (int, float)) and self.stall_ms > 0:
                time.sleep(self.stall_ms / 1000.0)
        if self.reset_after == sent:
            raise Abort()

    def drip(self, drip_ms: float):
        if drip_ms > 0:
            time.sleep(drip_ms / 1000.0)

    def event(self, name: str, data):
        self.checkpoint()
        if self.workflow:
            block = b"id: %d\nevent: %s\ndata: %s\n\n" % (self.next_id, name.encode(), dumps(data))
            self.next_id += 1
        else:
            block = b"event:%s\ndata:%s\n\n" % (name.encode(), dumps(data))
        state, entry = self.h.state, self.h.entry
        # Counted before the write, so that a client which has read the
        # event and asks for the log right away finds it counted.
        with state.lock:
            entry["events_sent"] += 1
        try:
            self.h.write_chunk(block)
        except OSError:
            with state.lock:
                entry["events_sent"] -= 1
            raise

    def end(self):
        self.checkpoint()
        self.h.end_chunks()


def usage_of(prompt: str, answer: str) -> dict:
    """Token usage, counted in code points."""
    return {"token_count": len(prompt) + len(answer), "output_count": len(answer), "input_count": len(prompt)}


def workflow_answer(parameters) -> tuple:
    """(input, output) of the echo workflow: parameters.input when a string, else the parameters' JSON."""
    if isinstance(parameters, dict) and isinstance(parameters.get("input"), str):
        prompt = parameters["input"]
    else:
        prompt = dumps(parameters if isinstance(parameters, dict) else {}).decode("utf-8")
    return prompt, "Echo: " + prompt


def debug_url(workflow_id: str, execute_id: str) -> str:
    return "https://www.coze.com/work_flow?execute_id=%s&workflow_id=%s" % (
        execute_id, quote(workflow_id, safe=""))


class Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def handle_error(self, request, client_address):
        # A client that vanishes mid-answer is normal here; stay quiet.
        if self.RequestHandlerClass.state.verbose:
            super().handle_error(request, client_address)


def loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def serve(host: str, port: int, state: State) -> Server:
    handler = type("BoundHandler", (Handler,), {"state": state})
    if ":" in host:
        server_class = type("Server6", (Server,), {"address_family": socket.AF_INET6})
    else:
        server_class = Server
    return server_class((host, port), handler)


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description="Fake Coze API server (loopback only).")
    p.add_argument("--port", type=int, default=0, help="port to bind; 0 picks a free one")
    p.add_argument("--host", default="127.0.0.1", help="loopback address to bind")
    p.add_argument("--token", default=None,
                   help="the only accepted bearer token (default: any token starting with pat_)")
    p.add_argument("--drip-ms", type=int, default=0, help="sleep before each stream delta")
    p.add_argument("--verbose", action="store_true", help="log each request to stderr")
    args = p.parse_args(argv)
    if not loopback(args.host):
        p.error("--host must be a loopback address, not %r" % args.host)
    if not 0 <= args.port <= 65535 or args.drip_ms < 0:
        p.error("--port must be 0-65535 and --drip-ms >= 0")

    state = State(args.token, args.drip_ms, args.verbose)
    try:
        server = serve(args.host, args.port, state)
    except OSError as e:
        print("fake_coze: cannot listen on %s:%d: %s" % (args.host, args.port, e.strerror), file=sys.stderr)
        return 1

    stop = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: stop.set())
    worker = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
    worker.start()
    print("LISTENING %d" % server.server_address[1], flush=True)
    while not stop.wait(0.5):
        pass
    server.shutdown()
    server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
