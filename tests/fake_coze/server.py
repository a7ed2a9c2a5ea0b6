#!/usr/bin/env python3
"""A fake Coze API server for end-to-end, fault and demo runs.

Speaks the wire format of /v3/chat (JSON envelopes, the `X-Tt-Logid` header,
server-sent events over chunked HTTP/1.1) with a deterministic echo bot, and
takes scripted faults and hands out a request log on /_fake/* control
endpoints. Python 3 standard library only; binds loopback only.

    python3 tests/fake_coze/server.py --port 0 [--host 127.0.0.1] [--token T] [--drip-ms N] [--verbose]

The first stdout line is `LISTENING <port>`. See README.md beside this file.
"""

from __future__ import annotations

import argparse
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
from urllib.parse import parse_qsl, urlsplit

MAX_BODY_BYTES = 16 * 1024 * 1024
DELTA_CODE_POINTS = 3  # answer pieces per conversation.message.delta
CUT_AFTER_DELTAS = 2  # deltas sent before stream_error / truncated / reset cut in

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
        if self.command != "HEAD":
            self.wfile.write(body)
        self.wfile.flush()

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
        self.record(path, query, body)
        logid = self.state.next_logid()
        fault = self.state.take_fault()
        drip_ms = self.state.drip_ms
        if isinstance(fault, dict):
            stall = fault.get("stall_ms")
            if isinstance(stall, (int, float)) and stall > 0:
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
        }
        with self.state.lock:
            self.state.requests.append(entry)

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
            with st.lock:
                st.faults.extend(faults)
                queued = len(st.faults)
            self.send_json(200, {"queued": queued})
        elif path == "/_fake/faults" and self.command == "GET":
            with st.lock:
                self.send_json(200, list(st.faults))
        elif path == "/_fake/requests" and self.command == "GET":
            with st.lock:
                log = list(st.requests)
            self.send_json(200, log)
        elif path == "/_fake/reset" and self.command == "POST":
            with st.lock:
                st.faults.clear()
                st.requests.clear()
                st.chats.clear()
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
        }
        route = routes.get((self.command, path))
        if route is None:
            self.send_envelope(404, 4200, "resource not found: %s %s" % (self.command, path), logid)
            return
        if not self.state.token_ok(self.headers.get("Authorization")):
            self.send_envelope(401, 4100, AUTH_MSG, logid)
            return
        route(query, body, logid, drip_ms)

    def chat(self, query: dict, body: bytes, logid: str, drip_ms: float):
        try:
            req = json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            self.send_envelope(400, 4000, "invalid parameter: the request body is not valid JSON", logid)
            return
        if not isinstance(req, dict):
            self.send_envelope(400, 4000, "invalid parameter: the request body must be a JSON object", logid)
            return
        for field in ("bot_id", "user_id"):
            if not isinstance(req.get(field), str) or not req[field]:
                self.send_envelope(400, 4000, "invalid parameter: %s is required" % field, logid)
                return
        messages = req.get("additional_messages")
        if messages is not None and not isinstance(messages, list):
            self.send_envelope(400, 4000, "invalid parameter: additional_messages must be an array", logid)
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

        question = last_user_content(messages)
        answer = "Echo: " + question if question is not None else "Hello!"
        conversation_id = query.get("conversation_id") or self.state.next_id()
        now = int(time.time())
        chat = {
            "id": self.state.next_id(),
            "conversation_id": conversation_id,
            "bot_id": bot_id,
            "created_at": now,
            "meta_data": req.get("meta_data") if isinstance(req.get("meta_data"), dict) else {},
            "section_id": conversation_id,
            "status": "in_progress",
        }
        message = {
            "id": self.state.next_id(),
            "conversation_id": conversation_id,
            "bot_id": bot_id,
            "chat_id": chat["id"],
            "section_id": conversation_id,
            "role": "assistant",
            "type": "answer",
            "content": answer,
            "content_type": "text",
            "reasoning_content": "",
            "meta_data": {},
            "created_at": now,
            "updated_at": now,
        }
        input_count = len(question or "")
        usage = {"token_count": input_count + len(answer), "output_count": len(answer),
                 "input_count": input_count}
        done_chat = dict(chat, status="completed", completed_at=now, usage=usage)
        with self.state.lock:
            self.state.chats[(conversation_id, chat["id"])] = (done_chat, [message])

        if req.get("stream") is True:
            self.chat_stream(chat, message, done_chat, logid, drip_ms)
        else:
            self.send_envelope(200, 0, "", logid, chat)

    def chat_stream(self, chat: dict, message: dict, done_chat: dict, logid: str, drip_ms: float):
        head = {"Content-Type": "text/event-stream", "Cache-Control": "no-cache"}
        if self.request_version == "HTTP/1.0":
            self.close_connection = True
        else:
            head["Transfer-Encoding"] = "chunked"
        self.send_head(200, head, logid)

        def event(name: str, data):
            self.write_chunk(b"event:%s\ndata:%s\n\n" % (name.encode(), dumps(data)))

        bot_id = chat["bot_id"]
        event("conversation.chat.created", dict(chat, status="created"))
        event("conversation.chat.in_progress", chat)
        for i, piece in enumerate(pieces(message["content"])):
            if bot_id in ("stream_error", "truncated", "reset") and i == CUT_AFTER_DELTAS:
                break
            if drip_ms > 0:
                time.sleep(drip_ms / 1000.0)
            event("conversation.message.delta", dict(message, content=piece))
        if bot_id == "stream_error":
            event("error", {"code": 5000, "msg": "internal server error: the model stopped answering"})
            self.end_chunks()
            return
        if bot_id == "truncated":
            self.end_chunks()
            return
        if bot_id == "reset":
            raise Abort()
        event("conversation.message.completed", message)
        event("conversation.chat.completed", done_chat)
        event("done", "[DONE]")
        self.end_chunks()

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

    def chat_retrieve(self, query: dict, body: bytes, logid: str, drip_ms: float):
        found, bad = self.find_chat(query, body)
        if bad:
            self.send_envelope(400, 4000, bad, logid)
        elif found is None:
            self.send_envelope(200, 4200, "chat not found", logid)
        else:
            self.send_envelope(200, 0, "", logid, found[0])

    def chat_messages(self, query: dict, body: bytes, logid: str, drip_ms: float):
        found, bad = self.find_chat(query, body)
        if bad:
            self.send_envelope(400, 4000, bad, logid)
        elif found is None:
            self.send_envelope(200, 4200, "chat not found", logid)
        else:
            self.send_envelope(200, 0, "", logid, found[1])


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
