#!/usr/bin/env python3
"""A fake Coze API server for end-to-end, fault and demo runs.

Speaks the wire format of every operation of the Coze API: chat (streamed
or not), conversations and their messages, workflows, bots, files,
datasets and their documents and images, audio, workspaces, variables,
templates and users (JSON envelopes, the `X-Tt-Logid` header, server-sent
events over chunked HTTP/1.1, multipart uploads, binary audio) with
deterministic echo bots and workflows and remembered state, and takes
scripted faults and hands out a request log on /_fake/* control endpoints.
It is also the OAuth server (authorize redirect, device codes, the token
grants, RS256 JWT verification, refresh rotation) for apps that tests
register on /_fake/oauth/apps. Python 3 standard library only, plus the
`cryptography` package for jwt apps (imported only then); binds loopback only.

    python3 tests/fake_coze/server.py --port 0 [--host 127.0.0.1] [--token T] [--drip-ms N] [--verbose]

The first stdout line is `LISTENING <port>`. See README.md beside this file.
"""

from __future__ import annotations

import argparse
import base64
import binascii
import hashlib
import hmac
import ipaddress
import itertools
import json
import re
import secrets
import signal
import socket
import struct
import sys
import threading
import time
import traceback
from collections import deque
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, quote, unquote, urlsplit

MAX_BODY_BYTES = 16 * 1024 * 1024  # every route but the upload
MAX_UPLOAD_BYTES = 512 * 1024 * 1024  # POST /v1/files/upload
UPLOAD_PATH = "/v1/files/upload"
LOGGED_BODY_BYTES = 64 * 1024  # a body over MAX_BODY_BYTES is logged cut to this
READ_PIECE = 1024 * 1024  # chunked bodies are read in pieces of at most this
CONTENT_PIECE = 1024 * 1024  # /_fake/files/content writes pieces of this
SPEECH_BYTES_HEADER = "X-Fake-Speech-Bytes"
MAX_SPEECH_BYTES = 1024 * 1024 * 1024
SPEECH_CHUNK = 64 * 1024  # the X-Fake-Speech-Bytes answer is written in pieces of this
SPEECH_PERIOD = 251  # ... and its byte i is i % SPEECH_PERIOD
SPEECH_PATTERN = bytes(range(SPEECH_PERIOD)) * (SPEECH_CHUNK // SPEECH_PERIOD + 2)
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
AUTH_EXPIRED_MSG = "authentication is invalid: the access token has expired"
AUTH_REVOKED_MSG = "authentication is invalid: the access token has been revoked"


class Abort(Exception):
    """Raised to drop the connection without answering (or mid-stream)."""


class State:
    """Everything the server remembers: faults to inject, requests seen, chats made."""

    def __init__(self, token: str | None, drip_ms: int, verbose: bool):
        self.token = token
        self.drip_ms = drip_ms
        self.verbose = verbose
        self.lock = threading.RLock()  # re-entrant: a route may take an id while it holds the lock
        self.faults: deque = deque()
        self.requests: list = []
        self._logids = itertools.count(1)
        self._ids = itertools.count(1)
        self._stamp = time.strftime("%Y%m%d%H%M%S", time.gmtime())
        self.reset_store()

    def reset_store(self):
        """Forgets everything made through the API and puts the seed resources back (lock held or not needed)."""
        self.chats: dict = {}  # (conversation_id, chat_id) -> (chat, [messages])
        self.interrupts: dict = {}  # event_id -> (workflow_id, interrupt type)
        self.conversations: dict = {}  # id -> {"conv": Conversation, "bot_id": str, "messages": [Message]}
        self.feedback: dict = {}  # (conversation_id, message_id) -> feedback body
        self.files: dict = {}  # id -> (File, content: a read-only memoryview of the upload's body)
        self.file_sha256: dict = {}  # id -> hex sha256 of the content, once /_fake/files/content asked
        self.bots: dict = {b["bot_id"]: b for b in seed_bots()}
        self.datasets: dict = {}  # id -> Dataset (without its documents)
        self.documents: dict = {}  # id -> {"dataset_id", "doc": Document, "caption", "url"}
        self.voices: dict = {v["voice_id"]: v for v in seed_voices()}
        self.variables: dict = {}  # (scope, connector_id, connector_uid) -> {keyword: VariableValue}
        self.runs: dict = {}  # execute_id -> workflow run record
        self.oauth = OAuthStore()  # registered OAuth apps, codes and issued tokens

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

    def auth_failure(self, authorization: str | None) -> str | None:
        """Why an API request's Authorization is refused (the 4100 message), or None when it is accepted."""
        if not authorization or not authorization.startswith("Bearer "):
            return AUTH_MSG
        token = authorization[len("Bearer "):].strip()
        with self.lock:
            issued = self.oauth.access.get(token)
            if issued is not None:  # an access token of an OAuth grant
                if issued["revoked"]:
                    return AUTH_REVOKED_MSG
                return AUTH_EXPIRED_MSG if time.time() >= issued["expires_at"] else None
        if self.token is not None:
            return None if token == self.token else AUTH_MSG
        return None if token.startswith("pat_") and len(token) > len("pat_") else AUTH_MSG

    def token_ok(self, authorization: str | None) -> bool:
        return self.auth_failure(authorization) is None


def envelope(code: int, msg: str, logid: str, data=None) -> dict:
    out = {"code": code, "msg": msg}
    if data is not None:
        out["data"] = data
    out["detail"] = {"logid": logid}
    return out


def dumps(value) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


COUNT_KEYS = ("reset_after_events", "reset_after_bytes", "stall_after_events", "head_bytes", "header_count",
              "error_body_bytes", "drip_bytes_ms")
HOSTILE_PIECE = 1024 * 1024  # endless lines and huge error bodies go out in pieces of this
SILENT_MAX_S = 60  # a silent answer waits at most this long for the client to give up


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


# ---- the resources beyond chat and workflow runs ------------------------------

SEED_TIME = 1735689600  # 2025-01-01T00:00:00Z: creation time of the seed resources
API_CONNECTOR_ID = "1024"  # the API channel
NO_ID = "0"  # what the API sends for an id that is not there (a message outside any chat, say)
USER = {"user_id": "7300000000000000010", "user_name": "fake_user", "nick_name": "Fake User",
        "avatar_url": "https://www.coze.com/avatar/7300000000000000010.png"}
WORKSPACES = (
    {"id": "7300000000000000001", "name": "Personal", "icon_url": "https://www.coze.com/icon/workspace.png",
     "description": "", "role_type": "owner", "workspace_type": "personal", "enterprise_id": "",
     "owner_uid": "7300000000000000010", "admin_uids": [], "joined_status": "joined"},
    {"id": "7300000000000000002", "name": "Team", "icon_url": "https://www.coze.com/icon/workspace.png",
     "description": "", "role_type": "admin", "workspace_type": "team", "enterprise_id": "",
     "owner_uid": "7300000000000000011", "admin_uids": ["7300000000000000010"], "joined_status": "joined"},
)
SEED_BOT_ID = "7300000000000000101"
# Seed bots with numeric ids that behave like the special bots of the same name.
BOT_ALIASES = {"7300000000000000102": "tools", "7300000000000000103": "audio", "7300000000000000104": "slow"}
# Seed workflows with numeric ids that behave like the special workflows of the same name.
WORKFLOW_ALIASES = {"7300000000000000202": "interrupt"}
# (workflow_id, workflow_name, description, mode)
WORKFLOWS = (
    ("7300000000000000201", "echo", "Answers Echo: <input>", "workflow"),
    ("7300000000000000202", "ask_city", "Asks which city, then echoes the answer", "workflow"),
    ("7300000000000000203", "echo_chat", "A chat flow that echoes the user", "chatflow"),
)
# (voice_id, name, language_code, language_name)
SYSTEM_VOICES = (
    ("7300000000000000301", "Alloy", "en", "English"),
    ("7300000000000000302", "Xiaoxiao", "zh", "Chinese"),
)
TEMPLATES = {"7300000000000000401": "Customer service assistant"}
RTC_APP_ID = "6705332c79516e015e3e5f0c"
START_NODE_ID = "100001"
ERROR_ID_PREFIX = "9" * 15  # 999999999999999CCCC: an id that answers business code CCCC
ERROR_IDS = {
    4013: (429, "rate limit exceeded: too many requests per minute", {"Retry-After": "1"}),
    4015: (200, "the bot is not published to the API channel", None),
    4101: (200, "no permission: the token may not access this resource", None),
    4200: (200, "resource not found", None),
    5000: (500, "internal server error", None),
}
SPEECH_FORMATS = {  # response_format -> (Content-Type, header before the audio bytes)
    "mp3": ("audio/mpeg", b"ID3\x04\x00\x00\x00\x00\x00\x00"),
    "wav": ("audio/wav", None),  # a RIFF/WAVE header, made per request
    "pcm": ("audio/pcm", b""),
    "ogg_opus": ("audio/ogg", b"OggS\x00\x02"),
}
CLONE_FORMATS = ("wav", "mp3", "ogg", "m4a", "aac", "pcm")
CLONE_TRAININGS = 10  # available_training_times of a new cloned voice
DOCUMENT_FORMATS = (0, 1, 2)  # document, spreadsheet, image
MESSAGE_TYPES_OF_ANSWER = ("function_call", "tool_output", "tool_response", "verbose", "follow_up")


class Refusal(Exception):
    """An error answer raised by a route before it answers: HTTP status, business code, message."""

    def __init__(self, status: int, code: int, msg: str, headers: dict | None = None):
        super().__init__(msg)
        self.status, self.code, self.msg, self.headers = status, code, msg, headers


def invalid(what: str) -> Refusal:
    return Refusal(400, 4000, "invalid parameter: " + what)


def not_found(code: int, what: str) -> Refusal:
    return Refusal(200, code, what + " not found")


def check_id(value, name: str) -> str:
    """An id (a string of digits, or a non-negative JSON integer) as its text; a special error id raises its error."""
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        value = str(value)
    if not isinstance(value, str) or not value.isascii() or not value.isdigit() or len(value) > 20:
        raise invalid("%s must be a numeric id" % name)
    if len(value) == 19 and value.startswith(ERROR_ID_PREFIX):
        code = int(value[len(ERROR_ID_PREFIX):])
        status, msg, headers = ERROR_IDS.get(code, (200, "error %d" % code, None))
        raise Refusal(status, code, msg, headers)
    return value


def query_id(query: dict, name: str, required: bool = True) -> str | None:
    value = query.get(name)
    if value in (None, ""):
        if required:
            raise invalid("%s is required" % name)
        return None
    return check_id(value, name)


def query_int(query: dict, name: str, default: int, lo: int = 1, hi: int = 1000) -> int:
    value = query.get(name)
    if value in (None, ""):
        return default
    try:
        n = int(value)
    except ValueError:
        raise invalid("%s must be an integer" % name) from None
    if not lo <= n <= hi:
        raise invalid("%s must be between %d and %d" % (name, lo, hi))
    return n


def query_bool(query: dict, name: str) -> bool | None:
    value = query.get(name)
    if value in (None, ""):
        return None
    if value not in ("true", "false"):
        raise invalid("%s must be true or false" % name)
    return value == "true"


def body_object(body: bytes, optional: bool = False) -> dict:
    """The JSON object body; an empty body is {} when `optional`."""
    if optional and not body.strip():
        return {}
    try:
        req = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise invalid("the request body is not valid JSON") from None
    if not isinstance(req, dict):
        raise invalid("the request body must be a JSON object")
    return req


def field_str(req: dict, name: str, required: bool = False, empty: bool = False) -> str | None:
    value = req.get(name)
    if value is None:
        if required:
            raise invalid("%s is required" % name)
        return None
    if not isinstance(value, str) or (not value and not empty):
        raise invalid("%s must be a non-empty string" % name if not empty else "%s must be a string" % name)
    return value


def field_id(req: dict, name: str, required: bool = False) -> str | None:
    value = req.get(name)
    if value is None or value == "":
        if required:
            raise invalid("%s is required" % name)
        return None
    return check_id(value, name)


def field_int(req: dict, name: str, default=None, choices=None):
    value = req.get(name)
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, int) or (choices is not None and value not in choices):
        raise invalid("%s must be an integer%s" % (name, " in %s" % (list(choices),) if choices else ""))
    return value


def field_type(req: dict, name: str, kind: type, what: str, required: bool = False):
    value = req.get(name)
    if value is None:
        if required:
            raise invalid("%s is required" % name)
        return None
    if not isinstance(value, kind) or isinstance(value, bool) and kind is not bool:
        raise invalid("%s must be %s" % (name, what))
    return value


def string_map(req: dict, name: str) -> dict | None:
    value = field_type(req, name, dict, "an object")
    if value is not None and not all(isinstance(v, str) for v in value.values()):
        raise invalid("%s must map strings to strings" % name)
    return value


def page_of(items: list, page_num: int, page_size: int) -> tuple:
    """(the page's items, whether more follow)."""
    start = (page_num - 1) * page_size
    return items[start:start + page_size], start + page_size < len(items)


def header_params(value: str) -> tuple:
    """(lower-case main value, {lower-case name: value}) of a header like Content-Type or Content-Disposition.

    Values are tokens or quoted strings (a `;` inside quotes is text; `\\"` and `\\\\` unescape, as
    email.utils.unquote does); RFC 2231 `name*=charset'lang'%XX` values and `name*0`, `name*1*`
    continuations are decoded and win over a plain `name`. Raises ValueError on an unterminated quote.
    """
    semi = value.find(";")
    main = (value if semi < 0 else value[:semi]).strip().lower()
    n = len(value)
    pos = n if semi < 0 else semi + 1
    plain, starred = {}, {}
    while pos < n:
        while pos < n and value[pos] in " \t;":
            pos += 1
        if pos >= n:
            break
        eq, semi = value.find("=", pos), value.find(";", pos)
        if eq < 0 or 0 <= semi < eq:  # a parameter without a value: skipped
            pos = n if semi < 0 else semi + 1
            continue
        key = value[pos:eq].strip().lower()
        pos = eq + 1
        while pos < n and value[pos] in " \t":
            pos += 1
        if pos < n and value[pos] == '"':
            pos += 1
            out = []
            while pos < n and value[pos] != '"':
                if value[pos] == "\\" and pos + 1 < n and value[pos + 1] in '"\\':
                    pos += 1
                out.append(value[pos])
                pos += 1
            if pos >= n:
                raise ValueError("unterminated quoted string")
            pos += 1
            val = "".join(out)
        else:
            semi = value.find(";", pos)
            end = n if semi < 0 else semi
            val = value[pos:end].strip()
            pos = end
        m = re.fullmatch(r"([^*]+)\*(?:(\d+)(\*)?)?", key)
        if m is None:
            plain.setdefault(key, val)
        else:  # RFC 2231: name* (encoded), name*N (plain piece), name*N* (encoded piece)
            encoded = m.group(2) is None or m.group(3) is not None
            starred.setdefault(m.group(1), []).append((int(m.group(2) or 0), val, encoded))
    for key, pieces_ in starred.items():
        pieces_.sort(key=lambda p: p[0])
        charset, raw = "utf-8", []
        for i, (_, val, encoded) in enumerate(pieces_):
            if encoded and i == 0 and val.count("'") >= 2:
                charset, _, val = val.split("'", 2)
            raw.append(unquote(val, encoding=charset or "utf-8", errors="replace") if encoded else val)
        plain[key] = "".join(raw)
    return main, plain


def header_text(raw) -> str:
    """A header line's text: UTF-8 (raw UTF-8 file names), else Latin-1."""
    try:
        return bytes(raw).decode("utf-8")
    except UnicodeDecodeError:
        return bytes(raw).decode("latin-1")


def multipart_parts(content_type: str | None, body, copy: bool = True) -> dict:
    """The parts of a multipart/form-data body: name -> (filename or None, part Content-Type, data).

    A parser over bytes: finds each delimiter `CRLF--boundary` (followed by `--`, or by optional spaces
    and CRLF; anything else is data) with bytes.find, so a big body is scanned once. `data` is bytes, or
    with copy=False a read-only memoryview of `body` (no copy of a big file part). A body that is not
    multipart/form-data, has no boundary parameter, no first or no final delimiter, a part without the
    header / data separator or with a bad header line, a part without a Content-Disposition name, or a part
    whose Content-Length header differs from its data's size, raises Refusal (HTTP 400 code 4000).
    """
    if not content_type or not content_type.lower().startswith("multipart/form-data"):
        raise invalid("the body must be multipart/form-data")
    malformed = "the multipart/form-data body is malformed"
    try:
        _, params = header_params(content_type)
    except ValueError:
        raise invalid(malformed) from None
    boundary = params.get("boundary", "")
    if not 1 <= len(boundary) <= 70:
        raise invalid(malformed)
    view = memoryview(body).toreadonly()
    n = len(body)
    delim = b"\r\n--" + boundary.encode("latin-1", "replace")

    def line_end(after: int) -> int | None:
        """Where the part after a delimiter ending at `after` starts; -1 for the close delimiter; None: not one."""
        if body[after:after + 2] == b"--":
            return -1
        p = after
        while p < n and body[p] in (0x20, 0x09):
            p += 1
        return p + 2 if body[p:p + 2] == b"\r\n" else None

    def next_delim(start: int) -> tuple:
        """(index of the next delimiter from start, where what follows it starts); (-1, None) when none."""
        while True:
            i = body.find(delim, start)
            if i < 0:
                return -1, None
            nxt = line_end(i + len(delim))
            if nxt is not None:
                return i, nxt
            start = i + 1  # boundary-like text inside the data

    # The first delimiter may open the body without the CRLF (the usual case), or follow a preamble.
    start = line_end(len(delim) - 2) if body[:len(delim) - 2] == delim[2:] else None
    if start is None:
        _, start = next_delim(0)
        if start is None:
            raise invalid(malformed)
    parts = {}
    while start != -1:
        end, after = next_delim(start)
        if end < 0:
            raise invalid(malformed)  # no final delimiter
        if body[start:start + 2] == b"\r\n":  # no headers
            head_end, data_start = start, start + 2
        else:
            head_end = body.find(b"\r\n\r\n", start, end)
            if head_end >= 0:
                data_start = head_end + 4
            elif body[end - 2:end] == b"\r\n" and end - 2 >= start:  # headers, then the delimiter at once
                head_end = data_start = end
            else:
                raise invalid(malformed)
        headers = {}
        last = None
        for line in bytes(view[start:head_end]).split(b"\r\n") if head_end > start else ():
            if not line:
                continue
            if line[:1] in (b" ", b"\t") and last is not None:  # a folded header line
                headers[last] += " " + header_text(line).strip()
                continue
            name, colon, value = line.partition(b":")
            if not colon or not name.strip() or name != name.strip():
                raise invalid(malformed)
            last = name.decode("latin-1").lower()
            headers[last] = header_text(value).strip()
        data = view[data_start:end]
        try:
            _, disposition = header_params(headers.get("content-disposition", ""))
            ctype, cparams = header_params(headers.get("content-type", ""))
        except ValueError:
            raise invalid(malformed) from None
        name = disposition.get("name")
        if not name:
            raise invalid("each multipart part needs Content-Disposition: form-data; name=...")
        if "content-length" in headers:
            declared = headers["content-length"]
            if not declared.isdigit() or int(declared) != len(data):
                raise invalid("the multipart part %r says Content-Length %s but has %d bytes"
                              % (name, declared, len(data)))
        encoding = headers.get("content-transfer-encoding", "").strip().lower()
        try:
            if encoding == "base64":
                data = binascii.a2b_base64(bytes(data))
            elif encoding == "quoted-printable":
                data = binascii.a2b_qp(bytes(data))
        except binascii.Error:
            raise invalid(malformed) from None
        if copy and isinstance(data, memoryview):
            data = bytes(data)
        filename = disposition.get("filename", cparams.get("name"))
        if "/" not in ctype:
            ctype = "text/plain"
        parts[name] = (None if filename is None else filename.strip(), ctype, data)
        start = after
    return parts


def form_text(parts: dict, name: str, required: bool = False) -> str | None:
    part = parts.get(name)
    if part is None or (part[0] is None and part[2] == b""):
        if required:
            raise invalid("the form field %s is required" % name)
        return None
    try:
        return part[2].decode("utf-8")
    except UnicodeDecodeError:
        raise invalid("the form field %s must be UTF-8 text" % name) from None


def form_file(parts: dict, name: str = "file") -> tuple:
    part = parts.get(name)
    if part is None or part[0] is None:
        raise invalid("the file part %r (with a filename) is required" % name)
    return part[0], part[2]


def wav_header(data_len: int, sample_rate: int) -> bytes:
    """A 44-byte RIFF/WAVE header for 16-bit mono PCM."""
    return (b"RIFF" + struct.pack("<I", 36 + data_len) + b"WAVEfmt " +
            struct.pack("<IHHIIHH", 16, 1, 1, sample_rate, sample_rate * 2, 2, 16) +
            b"data" + struct.pack("<I", data_len))


def speech_audio(text: str, fmt: str, sample_rate: int) -> bytes:
    """The fake voice: a format header, then the text's UTF-8 bytes (padded to an even length for pcm/wav)."""
    raw = text.encode("utf-8")
    if fmt in ("pcm", "wav") and len(raw) % 2:
        raw += b"\x00"
    header = SPEECH_FORMATS[fmt][1]
    return (wav_header(len(raw), sample_rate) if header is None else header) + raw


def transcript_of(filename: str, audio: bytes) -> str:
    """What the fake recogniser hears: the text inside fake speech, else a description of the file."""
    raw = audio
    if raw[:4] == b"RIFF" and raw[8:12] == b"WAVE" and len(raw) >= 44:
        raw = raw[44:]
    else:
        for _, header in SPEECH_FORMATS.values():
            if header and raw.startswith(header):
                raw = raw[len(header):]
                break
    if raw.endswith(b"\x00"):
        raw = raw[:-1]
    try:
        text = raw.decode("utf-8")
        if text and text.isprintable():
            return text
    except UnicodeDecodeError:
        pass
    return "Transcript of %s: %d bytes of audio" % (filename, len(audio))


SEED_BOTS = (
    (SEED_BOT_ID, "Echo bot", "Answers Echo: <question>"),
    ("7300000000000000102", "Tools bot", "Asks for get_weather and get_time, then reports their outputs"),
    ("7300000000000000103", "Audio bot", "Answers Echo: <question>, then 256 bytes of audio (streams)"),
    ("7300000000000000104", "Slow bot", "Keeps a non-stream chat in_progress until it is cancelled"),
)


def seed_bots() -> list:
    out = []
    for bot_id, name, description in SEED_BOTS:
        bot = new_bot(bot_id, WORKSPACES[0]["id"], {"name": name, "description": description,
                                                    "prompt_info": {"prompt": description}}, SEED_TIME)
        bot["version"], bot["is_published"], bot["published_at"] = "1", True, SEED_TIME
        out.append(bot)
    return out


def new_bot(bot_id: str, space_id: str, req: dict, now: int) -> dict:
    """A stored bot: the API's Bot fields, plus the fake's space_id, is_published and published_at."""
    return {
        "bot_id": bot_id,
        "name": req.get("name") or "",
        "description": req.get("description") or "",
        "icon_url": "https://www.coze.com/icon/bot/%s.png" % bot_id,
        "create_time": now,
        "update_time": now,
        "version": "0",
        "prompt_info": {"prompt": (req.get("prompt_info") or {}).get("prompt", "")},
        "onboarding_info": dict({"prologue": "", "suggested_questions": []}, **(req.get("onboarding_info") or {})),
        "bot_mode": 0,
        "plugin_info_list": [],
        "model_info": {"model_id": "1706077826", "model_name": "Fake Echo Model"},
        "knowledge": {"knowledge_infos": [], "dataset_ids": [], "auto_call": True, "search_strategy": 0},
        "suggest_reply_info": dict({"reply_mode": "disable", "customized_prompt": ""},
                                   **(req.get("suggest_reply_info") or {})),
        "variables": [],
        "owner_user_id": USER["user_id"],
        "voice_info_list": [],
        "default_user_input_type": "text",
        "workflow_info_list": [],
        "shortcut_commands": [],
        "folder_id": NO_ID,
        "space_id": space_id,
        "is_published": False,
        "published_at": 0,
    }


BOT_PRIVATE = ("space_id", "is_published", "published_at")


def public_bot(bot: dict) -> dict:
    return {k: v for k, v in bot.items() if k not in BOT_PRIVATE}


def seed_voices() -> list:
    return [{"voice_id": vid, "name": name, "is_system_voice": True, "language_code": code,
             "language_name": lang, "preview_text": "Hello, I am %s." % name,
             "preview_audio": "https://www.coze.com/voice/%s.mp3" % vid, "available_training_times": 0,
             "create_time": SEED_TIME, "update_time": SEED_TIME, "model_type": "big", "state": "cloned",
             "support_emotions": []} for vid, name, code, lang in SYSTEM_VOICES]


def workflow_basic(workflow_id: str, name: str, description: str) -> dict:
    return {"workflow_id": workflow_id, "workflow_name": name, "description": description,
            "icon_url": "https://www.coze.com/icon/workflow/%s.png" % workflow_id, "app_id": NO_ID,
            "created_at": SEED_TIME, "updated_at": SEED_TIME,
            "creator": {"id": USER["user_id"], "name": USER["nick_name"]}}


def file_type_of(name: str, fallback: str) -> str:
    return name.rsplit(".", 1)[1].lower() if "." in name else fallback


STATIC_ROUTES = {
    ("POST", "/v3/chat"): "chat",
    ("GET", "/v3/chat/retrieve"): "chat_retrieve",
    ("POST", "/v3/chat/retrieve"): "chat_retrieve",
    ("POST", "/v3/chat/cancel"): "chat_cancel",
    ("GET", "/v3/chat/message/list"): "chat_messages",
    ("POST", "/v3/chat/message/list"): "chat_messages",
    ("POST", "/v3/chat/submit_tool_outputs"): "submit_tool_outputs",
    ("POST", "/v1/conversation/create"): "conversation_create",
    ("GET", "/v1/conversation/retrieve"): "conversation_retrieve",
    ("GET", "/v1/conversations"): "conversation_list",
    ("POST", "/v1/conversation/message/create"): "message_create",
    ("GET", "/v1/conversation/message/retrieve"): "message_retrieve",
    ("POST", "/v1/conversation/message/list"): "message_list",
    ("POST", "/v1/conversation/message/modify"): "message_modify",
    ("POST", "/v1/conversation/message/delete"): "message_delete",
    ("POST", "/v1/workflow/run"): "workflow_run",
    ("POST", "/v1/workflow/stream_run"): "workflow_stream_run",
    ("POST", "/v1/workflow/stream_resume"): "workflow_stream_resume",
    ("POST", "/v1/workflows/chat"): "workflow_chat",
    ("GET", "/v1/workflows"): "workflow_list",
    ("POST", "/v1/bot/create"): "bot_create",
    ("POST", "/v1/bot/update"): "bot_update",
    ("POST", "/v1/bot/publish"): "bot_publish",
    ("GET", "/v1/bot/get_online_info"): "bot_online_info",
    ("GET", "/v1/bots"): "bot_list",
    ("GET", "/v1/space/published_bots_list"): "bot_list_v1",
    ("POST", "/v1/files/upload"): "file_upload",
    ("GET", "/v1/files/retrieve"): "file_retrieve",
    ("POST", "/v1/datasets"): "dataset_create",
    ("GET", "/v1/datasets"): "dataset_list",
    ("POST", "/open_api/knowledge/document/create"): "document_create",
    ("POST", "/open_api/knowledge/document/update"): "document_update",
    ("POST", "/open_api/knowledge/document/delete"): "document_delete",
    ("POST", "/open_api/knowledge/document/list"): "document_list",
    ("POST", "/v1/audio/speech"): "speech",
    ("POST", "/v1/audio/transcriptions"): "transcription",
    ("GET", "/v1/audio/voices"): "voice_list",
    ("POST", "/v1/audio/voices/clone"): "voice_clone",
    ("POST", "/v1/audio/rooms"): "room_create",
    ("GET", "/v1/workspaces"): "workspace_list",
    ("GET", "/v1/variables"): "variable_retrieve",
    ("PUT", "/v1/variables"): "variable_update",
    ("GET", "/v1/users/me"): "user_me",
}
STATIC_PATHS = {path for _, path in STATIC_ROUTES}


def _route(template: str):
    return re.compile("^" + re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", template) + "$")


# Every {name} is an id: digits, else HTTP 400 code 4000.
PATTERN_ROUTES = [(method, _route(template), name) for method, template, name in (
    ("PUT", "/v1/conversations/{conversation_id}", "conversation_update"),
    ("DELETE", "/v1/conversations/{conversation_id}", "conversation_delete"),
    ("POST", "/v1/conversations/{conversation_id}/clear", "conversation_clear"),
    ("POST", "/v1/conversations/{conversation_id}/messages/{message_id}/feedback", "feedback_create"),
    ("DELETE", "/v1/conversations/{conversation_id}/messages/{message_id}/feedback", "feedback_delete"),
    ("GET", "/v1/workflows/{workflow_id}/run_histories/{execute_id}", "run_history"),
    ("GET", "/v1/workflows/{workflow_id}/run_histories/{execute_id}/execute_nodes/{node_execute_uuid}",
     "run_node_output"),
    ("GET", "/v1/workflows/{workflow_id}", "workflow_retrieve"),
    ("GET", "/v1/bots/{bot_id}", "bot_retrieve"),
    ("PUT", "/v1/datasets/{dataset_id}", "dataset_update"),
    ("DELETE", "/v1/datasets/{dataset_id}", "dataset_delete"),
    ("POST", "/v1/datasets/{dataset_id}/process", "dataset_process"),
    ("GET", "/v1/datasets/{dataset_id}/images", "image_list"),
    ("PUT", "/v1/datasets/{dataset_id}/images/{document_id}", "image_update"),
    ("POST", "/v1/templates/{template_id}/duplicate", "template_duplicate"),
)]


class Resources:
    """The routes beyond chat and workflow runs; mixed into Handler.

    Each route may raise Refusal before it answers; Handler.api turns that into the envelope.
    """

    state: State
    params: dict  # the path parameters of the route

    def now(self) -> int:
        return int(time.time())

    def ok(self, logid: str, data=None):
        self.send_envelope(200, 0, "", logid, data)

    def send_top(self, logid: str, fields: dict):
        """An answer whose payload sits beside code and msg, not under data."""
        self.send_json(200, dict({"code": 0, "msg": ""}, **fields, detail={"logid": logid}), logid)

    # ---- conversations ------------------------------------------------------

    def new_conversation(self, bot_id: str = "", name: str = "", meta_data=None,
                         connector_id: str = API_CONNECTOR_ID) -> dict:
        """Stores a new conversation; its first section has the conversation's id, as the API does."""
        cid = self.state.next_id()
        now = self.now()
        conv = {"id": cid, "created_at": now, "meta_data": meta_data or {}, "last_section_id": cid,
                "name": name, "updated_at": now, "creator_id": USER["user_id"], "connector_id": connector_id}
        with self.state.lock:
            self.state.conversations[cid] = {"conv": conv, "bot_id": bot_id, "messages": []}
        return conv

    def conversation_of(self, cid: str) -> dict:
        found = self.state.conversations.get(cid)
        if found is None:
            raise not_found(4001, "conversation")
        return found

    def section_of(self, cid: str) -> str:
        found = self.state.conversations.get(cid)
        return found["conv"]["last_section_id"] if found else cid

    def conversation_append(self, cid: str, messages: list):
        """Adds a chat's messages to its conversation, when the fake keeps that conversation."""
        with self.state.lock:
            found = self.state.conversations.get(cid)
            if found is not None:
                found["messages"].extend(messages)
                found["conv"]["updated_at"] = self.now()

    def stored_message(self, conv: dict, role: str, content: str, content_type: str, meta_data=None,
                       chat_id: str = NO_ID, bot_id: str = NO_ID, msg_type: str | None = None) -> dict:
        now = self.now()
        return {"id": self.state.next_id(), "conversation_id": conv["id"], "bot_id": bot_id, "chat_id": chat_id,
                "section_id": conv["last_section_id"], "role": role,
                "type": msg_type or ("question" if role == "user" else "answer"),
                "content": content, "content_type": content_type, "reasoning_content": "",
                "meta_data": meta_data or {}, "created_at": now, "updated_at": now}

    def question_messages(self, chat: dict, messages, save) -> list:
        """The chat's additional_messages as stored messages, when its conversation is kept and saved."""
        found = self.state.conversations.get(chat["conversation_id"])
        if found is None or save is False:
            return []
        out = []
        for m in messages or []:
            if not isinstance(m, dict):
                continue
            role = m.get("role") if m.get("role") in ("user", "assistant") else "user"
            content = m.get("content")
            if not isinstance(content, str):
                content = json.dumps(content, ensure_ascii=False)
            content_type = m.get("content_type") if isinstance(m.get("content_type"), str) else "text"
            meta = m.get("meta_data") if isinstance(m.get("meta_data"), dict) else None
            out.append(self.stored_message(found["conv"], role, content, content_type, meta,
                                           chat_id=chat["id"], bot_id=chat["bot_id"]))
        return out

    def message_fields(self, req: dict, required: bool) -> dict:
        out = {}
        role = field_str(req, "role", required)
        if role is not None:
            if role not in ("user", "assistant"):
                raise invalid("role must be user or assistant")
            out["role"] = role
        content = field_str(req, "content", required, empty=True)
        if content is not None:
            out["content"] = content
        content_type = field_str(req, "content_type", required)
        if content_type is not None:
            if content_type not in ("text", "object_string", "card"):
                raise invalid("content_type must be text, object_string or card")
            out["content_type"] = content_type
        meta = string_map(req, "meta_data")
        if meta is not None:
            out["meta_data"] = meta
        return out

    def conversation_create(self, query, body, logid, drip_ms):
        req = body_object(body, optional=True)
        bot_id = field_id(req, "bot_id") or ""
        name = field_str(req, "name", empty=True)
        meta = string_map(req, "meta_data")
        connector_id = field_id(req, "connector_id") or API_CONNECTOR_ID
        messages = field_type(req, "messages", list, "an array") or []
        if len(messages) > 16:
            raise invalid("messages holds at most 16 messages")
        fields = []
        for m in messages:
            if not isinstance(m, dict):
                raise invalid("each message must be an object")
            fields.append(dict({"content_type": "text"}, **self.message_fields(
                dict(m, content_type=m.get("content_type") or "text"), required=True)))
        if name is None:
            name = next((f["content"] for f in fields if f["role"] == "user"), "")
        conv = self.new_conversation(bot_id, name, meta, connector_id)
        stored = [self.stored_message(conv, f["role"], f["content"], f["content_type"], f.get("meta_data"),
                                      bot_id=bot_id if bot_id and f["role"] == "assistant" else NO_ID)
                  for f in fields]
        self.conversation_append(conv["id"], stored)
        self.ok(logid, conv)

    def conversation_retrieve(self, query, body, logid, drip_ms):
        self.ok(logid, self.conversation_of(query_id(query, "conversation_id"))["conv"])

    def conversation_list(self, query, body, logid, drip_ms):
        bot_id = query_id(query, "bot_id")
        page_num = query_int(query, "page_num", 1)
        page_size = query_int(query, "page_size", 50, 1, 50)
        connector_id = query_id(query, "connector_id", required=False) or API_CONNECTOR_ID
        order = (query.get("sort_order") or "DESC").upper()
        if order not in ("ASC", "DESC"):
            raise invalid("sort_order must be ASC or DESC")
        with self.state.lock:
            convs = [dict(e["conv"]) for e in self.state.conversations.values()
                     if e["bot_id"] == bot_id and e["conv"]["connector_id"] == connector_id]
        if order == "DESC":
            convs.reverse()  # the store keeps creation order
        items, more = page_of(convs, page_num, page_size)
        self.ok(logid, {"has_more": more, "conversations": items})

    def conversation_update(self, query, body, logid, drip_ms):
        req = body_object(body)
        name = field_str(req, "name", required=True)
        found = self.conversation_of(self.params["conversation_id"])
        with self.state.lock:
            found["conv"].update(name=name, updated_at=self.now())
            conv = dict(found["conv"])
        self.ok(logid, conv)

    def conversation_delete(self, query, body, logid, drip_ms):
        cid = self.params["conversation_id"]
        self.conversation_of(cid)
        with self.state.lock:
            self.state.conversations.pop(cid, None)
        self.ok(logid)

    def conversation_clear(self, query, body, logid, drip_ms):
        found = self.conversation_of(self.params["conversation_id"])
        section_id = self.state.next_id()
        with self.state.lock:
            found["conv"].update(last_section_id=section_id, updated_at=self.now())
        self.ok(logid, {"id": section_id, "conversation_id": found["conv"]["id"]})

    # ---- conversation messages ------------------------------------------------

    def message_of(self, found: dict, message_id: str) -> dict:
        for m in found["messages"]:
            if m["id"] == message_id:
                return m
        raise not_found(4005, "message")

    def message_create(self, query, body, logid, drip_ms):
        cid = query_id(query, "conversation_id")
        f = self.message_fields(body_object(body), required=True)
        found = self.conversation_of(cid)
        message = self.stored_message(found["conv"], f["role"], f["content"], f["content_type"], f.get("meta_data"),
                                      bot_id=found["bot_id"] if found["bot_id"] and f["role"] == "assistant"
                                      else NO_ID)
        self.conversation_append(found["conv"]["id"], [message])
        self.ok(logid, message)

    def message_retrieve(self, query, body, logid, drip_ms):
        cid, mid = query_id(query, "conversation_id"), query_id(query, "message_id")
        self.ok(logid, self.message_of(self.conversation_of(cid), mid))

    def message_list(self, query, body, logid, drip_ms):
        """Cursor pages over the conversation's messages in `order`; after_id=<last_id> gives the next page."""
        cid = query_id(query, "conversation_id")
        req = body_object(body, optional=True)
        order = field_str(req, "order") or "desc"
        if order not in ("asc", "desc"):
            raise invalid("order must be asc or desc")
        chat_id = field_id(req, "chat_id")
        before_id = field_id(req, "before_id")
        after_id = field_id(req, "after_id")
        before_id = None if before_id == "0" else before_id
        after_id = None if after_id == "0" else after_id
        if before_id and after_id:
            raise invalid("give before_id or after_id, not both")
        limit = field_int(req, "limit", 50)
        if not 1 <= limit <= 50:
            raise invalid("limit must be between 1 and 50")
        found = self.conversation_of(cid)
        with self.state.lock:
            items = [m for m in found["messages"] if chat_id is None or m["chat_id"] == chat_id]
        if order == "desc":
            items.reverse()
        ids = [m["id"] for m in items]
        cursor = before_id or after_id
        if cursor is not None and cursor not in ids:
            raise not_found(4005, "message")
        if after_id:
            start = ids.index(after_id) + 1
            page, more = items[start:start + limit], start + limit < len(items)
        elif before_id:
            end = ids.index(before_id)
            start = max(0, end - limit)
            page, more = items[start:end], start > 0
        else:
            page, more = items[:limit], limit < len(items)
        self.send_top(logid, {"data": page, "first_id": page[0]["id"] if page else NO_ID,
                              "last_id": page[-1]["id"] if page else NO_ID, "has_more": more})

    def message_modify(self, query, body, logid, drip_ms):
        cid, mid = query_id(query, "conversation_id"), query_id(query, "message_id")
        f = self.message_fields(body_object(body, optional=True), required=False)
        f.pop("role", None)
        message = self.message_of(self.conversation_of(cid), mid)
        with self.state.lock:
            message.update(f, updated_at=self.now())
            message = dict(message)
        self.send_top(logid, {"message": message})

    def message_delete(self, query, body, logid, drip_ms):
        cid, mid = query_id(query, "conversation_id"), query_id(query, "message_id")
        found = self.conversation_of(cid)
        message = self.message_of(found, mid)
        with self.state.lock:  # an answer takes its chat's intermediate messages with it
            found["messages"] = [m for m in found["messages"] if m is not message and not (
                message["type"] == "answer" and message["chat_id"] != NO_ID and m["chat_id"] == message["chat_id"]
                and m["type"] in MESSAGE_TYPES_OF_ANSWER)]
        self.ok(logid, message)

    def feedback_target(self) -> tuple:
        found = self.conversation_of(self.params["conversation_id"])
        return found, self.message_of(found, self.params["message_id"])

    def feedback_create(self, query, body, logid, drip_ms):
        req = body_object(body)
        kind = field_str(req, "feedback_type", required=True)
        if kind not in ("like", "unlike"):
            raise invalid("feedback_type must be like or unlike")
        reasons = field_type(req, "reason_types", list, "an array of strings") or []
        if not all(isinstance(r, str) for r in reasons):
            raise invalid("reason_types must be an array of strings")
        comment = field_str(req, "comment", empty=True)
        found, message = self.feedback_target()
        with self.state.lock:
            self.state.feedback[(found["conv"]["id"], message["id"])] = {
                "feedback_type": kind, "reason_types": reasons, "comment": comment or ""}
        self.ok(logid)

    def feedback_delete(self, query, body, logid, drip_ms):
        found, message = self.feedback_target()
        with self.state.lock:
            gone = self.state.feedback.pop((found["conv"]["id"], message["id"]), None)
        if gone is None:
            raise not_found(4200, "feedback")
        self.ok(logid)

    # ---- chat cancel ------------------------------------------------------------

    def chat_cancel(self, query, body, logid, drip_ms):
        req = body_object(body)
        key = (field_str(req, "conversation_id", required=True), field_str(req, "chat_id", required=True))
        with self.state.lock:
            found = self.state.chats.get(key)
            if found is None:
                raise not_found(4200, "chat")
            chat, history = found
            if chat["status"] not in ("created", "in_progress", "requires_action"):
                raise Refusal(200, 4104, "the chat cannot be cancelled: it is %s" % chat["status"])
            chat = {k: v for k, v in chat.items() if k != "required_action"}
            chat["status"] = "canceled"
            self.state.chats[key] = (chat, history)
        self.ok(logid, chat)

    # ---- workflows: catalogue and run histories ----------------------------------

    def record_run(self, workflow_id: str, execute_id: str, req: dict, logid: str, run_mode: int,
                   prompt: str, answer: str | None, error: tuple | None = None):
        """Remembers a run for run_histories: nodes Start and End, and the output (or the error)."""
        now = self.now()
        nodes = {}
        for node_id, output in ((START_NODE_ID, dumps({"input": prompt}).decode("utf-8")),
                                (END_NODE_ID, dumps({"output": answer}).decode("utf-8") if answer is not None
                                 else "")):
            nodes[self.state.next_id()] = {"node_id": node_id, "node_output": output}
        history = {
            "execute_id": execute_id, "execute_status": "Success" if error is None else "Fail",
            "bot_id": req.get("bot_id") if isinstance(req.get("bot_id"), str) and req["bot_id"] else NO_ID,
            "connector_id": API_CONNECTOR_ID, "connector_uid": USER["user_id"], "run_mode": run_mode,
            "logid": logid, "create_time": now, "update_time": now,
            "output": dumps({"output": answer}).decode("utf-8") if answer is not None else "",
            "error_code": str(error[0]) if error else "0", "error_message": error[1] if error else "",
            "debug_url": debug_url(workflow_id, execute_id), "usage": usage_of(prompt, answer or ""),
            "is_output_trimmed": False,
        }
        with self.state.lock:
            self.state.runs[execute_id] = {"workflow_id": workflow_id, "history": history, "nodes": nodes,
                                           "pending": run_mode == 2}  # an async run: Running at first look

    def run_of(self) -> dict:
        run = self.state.runs.get(self.params["execute_id"])
        if run is None or run["workflow_id"] != self.params["workflow_id"]:
            raise not_found(4200, "workflow run")
        return run

    def run_history(self, query, body, logid, drip_ms):
        with self.state.lock:
            run = self.run_of()
            pending, run["pending"] = run["pending"], False
            history = dict(run["history"])
            nodes = dict(run["nodes"])
        if pending:
            history.update(execute_status="Running", output="")
            del history["usage"]
        history["node_execute_status"] = {
            n["node_id"]: {"node_id": n["node_id"], "is_finish": not (pending and n["node_id"] == END_NODE_ID),
                           "update_time": history["update_time"], "node_execute_uuid": uuid}
            for uuid, n in nodes.items()}
        self.ok(logid, [history])

    def run_node_output(self, query, body, logid, drip_ms):
        run = self.run_of()
        node = run["nodes"].get(self.params["node_execute_uuid"])
        if node is None:
            raise not_found(4200, "node execution")
        self.ok(logid, {"is_finish": True, "node_output": node["node_output"]})

    def workflow_list(self, query, body, logid, drip_ms):
        workspace_id = query_id(query, "workspace_id", required=False) or WORKSPACES[0]["id"]
        page_num = query_int(query, "page_num", 1)
        page_size = query_int(query, "page_size", 100, 1, 100)
        mode = query.get("workflow_mode") or None
        if mode not in (None, "workflow", "chatflow"):
            raise invalid("workflow_mode must be workflow or chatflow")
        publish = query.get("publish_status") or "published_online"
        if publish not in ("all", "published_online", "unpublished_draft"):
            raise invalid("publish_status must be all, published_online or unpublished_draft")
        app_id = query_id(query, "app_id", required=False)
        items = [workflow_basic(wid, name, text) for wid, name, text, kind in WORKFLOWS
                 if workspace_id == WORKSPACES[0]["id"] and mode in (None, kind) and app_id is None
                 and publish != "unpublished_draft"]
        page, more = page_of(items, page_num, page_size)
        self.ok(logid, {"items": page, "has_more": more})

    def workflow_retrieve(self, query, body, logid, drip_ms):
        with_io = query_bool(query, "include_input_output")
        for wid, name, text, _ in WORKFLOWS:
            if wid == self.params["workflow_id"]:
                info = {"workflow_detail": workflow_basic(wid, name, text)}
                if with_io:
                    info["input"] = {"parameters": {"input": {
                        "type": "string", "required": True, "description": "What to echo", "default_value": ""}}}
                    info["output"] = {"content": "", "terminate_plan": "returnVariables", "parameters": {"output": {
                        "type": "string", "required": False, "description": "Echo: <input>", "default_value": ""}}}
                self.ok(logid, info)
                return
        raise not_found(4200, "workflow")

    # ---- bots -------------------------------------------------------------------------

    def bot_of(self, bot_id: str) -> dict:
        bot = self.state.bots.get(bot_id)
        if bot is None:
            raise not_found(4200, "bot")
        return bot

    def bot_fields(self, req: dict) -> dict:
        out = {}
        for name in ("name", "description"):
            value = field_str(req, name, empty=(name == "description"))
            if value is not None:
                out[name] = value
        for name in ("prompt_info", "onboarding_info", "suggest_reply_info", "model_info_config", "knowledge",
                     "plugin_id_list", "workflow_id_list"):
            value = field_type(req, name, dict, "an object")
            if value is not None:
                out[name] = value
        ids = out.get("knowledge", {}).get("dataset_ids")
        if ids is not None:
            if not isinstance(ids, list):
                raise invalid("knowledge.dataset_ids must be an array of ids")
            out["knowledge"]["dataset_ids"] = [check_id(i, "knowledge.dataset_ids") for i in ids]
        prompt = out.get("prompt_info", {}).get("prompt")
        if "prompt_info" in out and not isinstance(prompt, str):
            raise invalid("prompt_info.prompt must be a string")
        field_id(req, "icon_file_id")
        return out

    def bot_create(self, query, body, logid, drip_ms):
        req = body_object(body)
        space_id = field_id(req, "space_id", required=True)
        field_str(req, "name", required=True)
        fields = self.bot_fields(req)
        bot = new_bot(self.state.next_id(), space_id, fields, self.now())
        self.apply_bot_fields(bot, fields)
        with self.state.lock:
            self.state.bots[bot["bot_id"]] = bot
        self.ok(logid, {"bot_id": bot["bot_id"]})

    def apply_bot_fields(self, bot: dict, fields: dict):
        for name in ("name", "description"):
            if name in fields:
                bot[name] = fields[name]
        if "prompt_info" in fields:
            bot["prompt_info"] = {"prompt": fields["prompt_info"]["prompt"]}
        for name in ("onboarding_info", "suggest_reply_info", "knowledge"):
            if name in fields:
                bot[name] = dict(bot[name], **fields[name])
        if "knowledge" in fields:  # answers name the bound knowledge bases
            ids = [i for i in bot["knowledge"].get("dataset_ids") or [] if i in self.state.datasets]
            bot["knowledge"]["knowledge_infos"] = [{"id": i, "name": self.state.datasets[i]["name"]} for i in ids]
        if "model_info_config" in fields and isinstance(fields["model_info_config"].get("model_id"), str):
            bot["model_info"] = dict(bot["model_info"], model_id=fields["model_info_config"]["model_id"])
        bot["update_time"] = self.now()

    def bot_update(self, query, body, logid, drip_ms):
        req = body_object(body)
        bot_id = field_id(req, "bot_id", required=True)
        fields = self.bot_fields(req)
        bot = self.bot_of(bot_id)
        with self.state.lock:
            self.apply_bot_fields(bot, fields)
        self.ok(logid)

    def bot_publish(self, query, body, logid, drip_ms):
        req = body_object(body)
        bot_id = field_id(req, "bot_id", required=True)
        connectors = field_type(req, "connector_ids", list, "an array of strings") or [API_CONNECTOR_ID]
        if not connectors or not all(isinstance(c, str) and c for c in connectors):
            raise invalid("connector_ids must be a non-empty array of strings")
        bot = self.bot_of(bot_id)
        with self.state.lock:
            bot.update(version=str(int(bot["version"]) + 1), is_published=True, published_at=self.now())
        self.ok(logid, {"bot_id": bot_id, "version": bot["version"]})

    def bot_retrieve(self, query, body, logid, drip_ms):
        bot = self.bot_of(self.params["bot_id"])
        if query_bool(query, "is_published") and not bot["is_published"]:
            raise Refusal(200, 4015, ERROR_IDS[4015][1])
        self.ok(logid, public_bot(bot))

    def bot_online_info(self, query, body, logid, drip_ms):
        bot = self.bot_of(query_id(query, "bot_id"))
        if not bot["is_published"]:
            raise Refusal(200, 4015, ERROR_IDS[4015][1])
        self.ok(logid, public_bot(bot))

    def bots_in(self, space_id: str) -> list:
        with self.state.lock:
            return [dict(b) for b in self.state.bots.values() if b["space_id"] == space_id]

    def bot_list(self, query, body, logid, drip_ms):
        space_id = query_id(query, "workspace_id")
        page = query_int(query, "page_index", 0, 0) or query_int(query, "page_num", 1)
        page_size = query_int(query, "page_size", 20, 1, 100)
        status = query.get("publish_status") or "published_online"
        if status not in ("all", "published_online", "published_draft", "unpublished_draft"):
            raise invalid("publish_status must be all, published_online, published_draft or unpublished_draft")
        query_id(query, "connector_id", required=False)
        wanted = {"all": lambda b: True, "published_online": lambda b: b["is_published"],
                  "published_draft": lambda b: b["is_published"] and b["update_time"] > b["published_at"],
                  "unpublished_draft": lambda b: not b["is_published"]}[status]
        bots = [b for b in self.bots_in(space_id) if wanted(b)]
        items, _ = page_of(bots, page, page_size)
        self.ok(logid, {"items": [{
            "id": b["bot_id"], "name": b["name"], "description": b["description"], "icon_url": b["icon_url"],
            "is_published": b["is_published"], "updated_at": b["update_time"], "owner_user_id": b["owner_user_id"],
            "folder_id": b["folder_id"], "published_at": b["published_at"]} for b in items], "total": len(bots)})

    def bot_list_v1(self, query, body, logid, drip_ms):
        space_id = query_id(query, "space_id")
        page = query_int(query, "page_index", 1)
        page_size = query_int(query, "page_size", 20, 1, 100)
        bots = [b for b in self.bots_in(space_id) if b["is_published"]]
        items, _ = page_of(bots, page, page_size)
        self.ok(logid, {"space_bots": [{
            "bot_id": b["bot_id"], "bot_name": b["name"], "description": b["description"],
            "icon_url": b["icon_url"], "publish_time": str(b["published_at"])} for b in items], "total": len(bots)})

    def template_duplicate(self, query, body, logid, drip_ms):
        template_id = self.params["template_id"]
        req = body_object(body)
        workspace_id = field_id(req, "workspace_id", required=True)
        name = field_str(req, "name")
        if template_id not in TEMPLATES:
            raise not_found(4200, "template")
        bot = new_bot(self.state.next_id(), workspace_id, {"name": name or TEMPLATES[template_id]}, self.now())
        with self.state.lock:
            self.state.bots[bot["bot_id"]] = bot
        self.ok(logid, {"entity_id": bot["bot_id"], "entity_type": "agent"})

    # ---- files ----------------------------------------------------------------------

    def file_upload(self, query, body, logid, drip_ms):
        # No copy of the file: its content is a read-only view into the body read (up to MAX_UPLOAD_BYTES).
        name, content = form_file(multipart_parts(self.headers.get("Content-Type"), body, copy=False))
        info = {"id": self.state.next_id(), "bytes": len(content), "created_at": self.now(), "file_name": name}
        with self.state.lock:
            self.state.files[info["id"]] = (info, content)
        self.ok(logid, info)

    def file_sha256(self, file_id: str, content) -> str:
        """The hex sha256 of an uploaded file, computed on the first ask (not to slow the upload) and kept."""
        with self.state.lock:
            digest = self.state.file_sha256.get(file_id)
        if digest is None:
            digest = hashlib.sha256(content).hexdigest()  # outside the lock: 256 MiB take a moment
            with self.state.lock:
                self.state.file_sha256[file_id] = digest
        return digest

    def file_content(self, query: dict):
        """GET (or HEAD) /_fake/files/content?file_id: the bytes kept for an uploaded file."""
        file_id = query.get("file_id") or ""
        with self.state.lock:
            found = self.state.files.get(file_id)
        if found is None:
            self.send_json(404, {"error": "no uploaded file has the id %r" % file_id})
            return
        info, content = found
        self.send_head(200, {"Content-Type": "application/octet-stream", "Content-Length": str(len(content)),
                             "X-Fake-Sha256": self.file_sha256(file_id, content),
                             "X-Fake-File-Name": quote(info["file_name"], safe="")})
        if self.command != "HEAD":
            view = memoryview(content)
            for at in range(0, len(view), CONTENT_PIECE):
                self.wfile.write(view[at:at + CONTENT_PIECE])
        self.wfile.flush()

    def file_of(self, file_id: str) -> tuple:
        found = self.state.files.get(file_id)
        if found is None:
            raise not_found(4200, "file")
        return found

    def file_retrieve(self, query, body, logid, drip_ms):
        self.ok(logid, self.file_of(query_id(query, "file_id"))[0])

    # ---- datasets, documents, images -----------------------------------------------------

    def dataset_of(self, dataset_id: str) -> dict:
        found = self.state.datasets.get(dataset_id)
        if found is None:
            raise not_found(4200, "dataset")
        return found

    def dataset_view(self, ds: dict) -> dict:
        docs = [d["doc"] for d in self.state.documents.values() if d["dataset_id"] == ds["dataset_id"]]
        return dict(ds, doc_count=len(docs), file_list=[d["name"] for d in docs],
                    slice_count=sum(d["slice_count"] for d in docs),
                    all_file_size=sum(d["size"] for d in docs))

    def dataset_create(self, query, body, logid, drip_ms):
        req = body_object(body)
        name = field_str(req, "name", required=True)
        space_id = field_id(req, "space_id", required=True)
        format_type = field_int(req, "format_type", choices=DOCUMENT_FORMATS)
        if format_type is None:
            raise invalid("format_type is required")
        description = field_str(req, "description", empty=True) or ""
        icon = field_id(req, "file_id")
        now = self.now()
        dataset_id = self.state.next_id()
        ds = {"dataset_id": dataset_id, "name": name, "description": description, "space_id": space_id,
              "status": 1, "format_type": format_type, "can_edit": True,
              "icon_url": "https://www.coze.com/icon/dataset/%s.png" % (icon or dataset_id),
              "hit_count": 0, "bot_used_count": 0,
              "chunk_strategy": {"chunk_type": 0, "separator": "\n", "max_tokens": 800,
                                 "remove_extra_spaces": False, "remove_urls_emails": False, "caption_type": 0},
              "failed_file_list": [], "processing_file_list": [], "processing_file_id_list": [],
              "avatar_url": USER["avatar_url"], "creator_id": USER["user_id"], "creator_name": USER["nick_name"],
              "create_time": now, "update_time": now}
        with self.state.lock:
            self.state.datasets[dataset_id] = ds
        self.ok(logid, {"dataset_id": dataset_id})

    def dataset_list(self, query, body, logid, drip_ms):
        space_id = query_id(query, "space_id")
        name = query.get("name") or ""
        format_type = query.get("format_type")
        if format_type not in (None, "") and format_type not in ("0", "1", "2"):
            raise invalid("format_type must be 0, 1 or 2")
        page_num = query_int(query, "page_num", 1)
        page_size = query_int(query, "page_size", 10, 1, 300)
        with self.state.lock:
            found = [self.dataset_view(d) for d in self.state.datasets.values()
                     if d["space_id"] == space_id and name in d["name"]
                     and format_type in (None, "", str(d["format_type"]))]
        page, _ = page_of(found, page_num, page_size)
        self.ok(logid, {"total_count": len(found), "dataset_list": page})

    def dataset_update(self, query, body, logid, drip_ms):
        req = body_object(body)
        name = field_str(req, "name", required=True)
        description = field_str(req, "description", empty=True)
        icon = field_id(req, "file_id")
        ds = self.dataset_of(self.params["dataset_id"])
        with self.state.lock:
            ds.update(name=name, update_time=self.now())
            if description is not None:
                ds["description"] = description
            if icon is not None:
                ds["icon_url"] = "https://www.coze.com/icon/dataset/%s.png" % icon
        self.ok(logid)

    def dataset_delete(self, query, body, logid, drip_ms):
        dataset_id = self.params["dataset_id"]
        self.dataset_of(dataset_id)
        with self.state.lock:
            self.state.datasets.pop(dataset_id, None)
            for doc_id in [k for k, d in self.state.documents.items() if d["dataset_id"] == dataset_id]:
                del self.state.documents[doc_id]
        self.ok(logid)

    def id_list(self, req: dict, name: str) -> list:
        ids = field_type(req, name, list, "an array of ids", required=True)
        if not ids:
            raise invalid("%s must not be empty" % name)
        return [check_id(i, name) for i in ids]

    def dataset_process(self, query, body, logid, drip_ms):
        req = body_object(body)
        ids = self.id_list(req, "document_ids")
        dataset_id = self.params["dataset_id"]
        self.dataset_of(dataset_id)
        out = []
        for doc_id in ids:
            found = self.state.documents.get(doc_id)
            if found is None or found["dataset_id"] != dataset_id:
                raise not_found(4200, "document")
            d = found["doc"]
            out.append({"document_id": doc_id, "url": found["url"], "size": d["size"], "type": d["type"],
                        "status": d["status"], "progress": 100, "update_type": d["update_type"],
                        "document_name": d["name"], "remaining_time": 0, "status_descript": "",
                        "update_interval": d["update_interval"]})
        self.ok(logid, {"data": out})

    def check_document_header(self):
        if self.headers.get("Agw-Js-Conv") != "str":
            raise invalid("the knowledge document API needs the header Agw-Js-Conv: str")

    def document_source(self, base: dict) -> tuple:
        """(size in bytes, character count, source_type, type, url) of a document_bases item's source_info."""
        source = base.get("source_info")
        if not isinstance(source, dict):
            raise invalid("document_bases[].source_info is required (an object)")
        kind = field_int(source, "document_source")
        if source.get("file_base64") is not None:
            data = field_str(source, "file_base64", empty=True)
            try:
                raw = base64.b64decode(data, validate=True)
            except ValueError:
                raise invalid("source_info.file_base64 is not base64") from None
            kind_of = file_type_of(base["name"], "txt")
            file_type = field_str(source, "file_type") or kind_of
            url = "https://www.coze.com/knowledge/%s" % quote(base["name"])
            return len(raw), len(raw.decode("utf-8", "replace")), 0 if kind is None else kind, file_type, url
        if source.get("web_url") is not None:
            url = field_str(source, "web_url", required=True)
            return len(url), len(url), 1 if kind is None else kind, "html", url
        if source.get("source_file_id") not in (None, ""):
            info, content = self.file_of(field_id(source, "source_file_id"))
            url = "https://www.coze.com/files/%s/%s" % (info["id"], quote(info["file_name"]))
            return (len(content), len(bytes(content).decode("utf-8", "replace")), 5 if kind is None else kind,
                    file_type_of(info["file_name"], "txt"), url)
        raise invalid("source_info needs file_base64, web_url or source_file_id")

    def update_rule(self, req: dict) -> tuple:
        rule = field_type(req, "update_rule", dict, "an object") or {}
        return field_int(rule, "update_type", 0, (0, 1)), field_int(rule, "update_interval", 0)

    def document_create(self, query, body, logid, drip_ms):
        self.check_document_header()
        req = body_object(body)
        dataset_id = field_id(req, "dataset_id", required=True)
        bases = field_type(req, "document_bases", list, "an array", required=True)
        if not bases or len(bases) > 10 or not all(isinstance(b, dict) for b in bases):
            raise invalid("document_bases must hold 1 to 10 objects")
        strategy = field_type(req, "chunk_strategy", dict, "an object")
        field_int(req, "format_type", choices=DOCUMENT_FORMATS)
        ds = self.dataset_of(dataset_id)
        made = []
        for base in bases:
            name = field_str(base, "name", required=True)
            size, chars, source_type, file_type, url = self.document_source(base)
            update_type, interval = self.update_rule(base)
            now = self.now()
            doc = {"document_id": self.state.next_id(), "char_count": chars,
                   "chunk_strategy": strategy or ds["chunk_strategy"], "format_type": ds["format_type"],
                   "hit_count": 0, "name": name, "size": size,
                   "slice_count": 1 if ds["format_type"] == 2 else chars // 800 + 1,
                   "source_type": source_type, "status": 1, "type": file_type, "update_interval": interval,
                   "update_type": update_type, "create_time": now, "update_time": now}
            made.append({"dataset_id": dataset_id, "doc": doc, "caption": "", "url": url})
        with self.state.lock:
            for d in made:
                self.state.documents[d["doc"]["document_id"]] = d
        self.send_top(logid, {"document_infos": [d["doc"] for d in made]})

    def document_of(self, doc_id: str) -> dict:
        found = self.state.documents.get(doc_id)
        if found is None:
            raise not_found(4200, "document")
        return found

    def document_update(self, query, body, logid, drip_ms):
        self.check_document_header()
        req = body_object(body)
        doc_id = field_id(req, "document_id", required=True)
        name = field_str(req, "document_name")
        rule = self.update_rule(req) if req.get("update_rule") is not None else None
        found = self.document_of(doc_id)
        with self.state.lock:
            doc = found["doc"]
            if name is not None:
                doc["name"] = name
            if rule is not None:
                doc["update_type"], doc["update_interval"] = rule
            doc["update_time"] = self.now()
        self.send_top(logid, {})

    def document_delete(self, query, body, logid, drip_ms):
        self.check_document_header()
        ids = self.id_list(body_object(body), "document_ids")
        for doc_id in ids:
            self.document_of(doc_id)
        with self.state.lock:
            for doc_id in ids:
                self.state.documents.pop(doc_id, None)
        self.send_top(logid, {})

    def document_list(self, query, body, logid, drip_ms):
        self.check_document_header()
        req = body_object(body)
        dataset_id = field_id(req, "dataset_id", required=True)
        page = field_int(req, "page", 1)
        size = field_int(req, "size", 10)
        if page < 1 or not 1 <= size <= 100:
            raise invalid("page must be at least 1 and size between 1 and 100")
        self.dataset_of(dataset_id)
        with self.state.lock:
            docs = [dict(d["doc"]) for d in self.state.documents.values() if d["dataset_id"] == dataset_id]
        items, _ = page_of(docs, page, size)
        self.send_top(logid, {"document_infos": items, "total": len(docs)})

    def photos_of(self, dataset_id: str) -> list:
        return [d for d in self.state.documents.values() if d["dataset_id"] == dataset_id
                and d["doc"]["format_type"] == 2]

    def image_list(self, query, body, logid, drip_ms):
        dataset_id = self.params["dataset_id"]
        keyword = query.get("keyword") or ""
        has_caption = query_bool(query, "has_caption")
        page_num = query_int(query, "page_num", 1)
        page_size = query_int(query, "page_size", 10, 1, 50)
        self.dataset_of(dataset_id)
        with self.state.lock:
            photos = [{"document_id": d["doc"]["document_id"], "url": d["url"], "name": d["doc"]["name"],
                       "size": d["doc"]["size"], "type": d["doc"]["type"], "status": d["doc"]["status"],
                       "caption": d["caption"], "creator_id": USER["user_id"],
                       "source_type": d["doc"]["source_type"], "create_time": d["doc"]["create_time"],
                       "update_time": d["doc"]["update_time"]}
                      for d in self.photos_of(dataset_id)
                      if keyword in d["caption"] and has_caption in (None, bool(d["caption"]))]
        page, _ = page_of(photos, page_num, page_size)
        self.ok(logid, {"photo_infos": page, "total_count": len(photos)})

    def image_update(self, query, body, logid, drip_ms):
        req = body_object(body)
        caption = field_str(req, "caption", required=True, empty=True)
        dataset_id, doc_id = self.params["dataset_id"], self.params["document_id"]
        self.dataset_of(dataset_id)
        with self.state.lock:
            photo = next((d for d in self.photos_of(dataset_id) if d["doc"]["document_id"] == doc_id), None)
            if photo is None:
                raise not_found(4200, "image")
            photo["caption"] = caption
            photo["doc"]["update_time"] = self.now()
        self.ok(logid)

    # ---- audio ---------------------------------------------------------------------

    def voice_of(self, voice_id: str) -> dict:
        found = self.state.voices.get(voice_id)
        if found is None:
            raise not_found(4200, "voice")
        return found

    def speech(self, query, body, logid, drip_ms):
        req = body_object(body)
        text = field_str(req, "input", required=True)
        voice_id = field_id(req, "voice_id", required=True)
        fmt = field_str(req, "response_format") or "mp3"
        if fmt not in SPEECH_FORMATS:
            raise invalid("response_format must be one of %s" % ", ".join(SPEECH_FORMATS))
        speed = field_type(req, "speed", (int, float), "a number")
        if speed is not None and not 0.2 <= speed <= 3:
            raise invalid("speed must be between 0.2 and 3")
        rate = field_int(req, "sample_rate", 24000, (8000, 16000, 22050, 24000, 32000, 44100, 48000))
        field_int(req, "loudness_rate")
        field_str(req, "emotion")
        field_type(req, "emotion_scale", (int, float), "a number")
        if len(text) > 1024:
            raise invalid("input is longer than 1024 characters")
        self.voice_of(voice_id)
        size = self.headers.get(SPEECH_BYTES_HEADER)
        if size is None:
            self.send_bytes(200, speech_audio(text, fmt, rate), {"Content-Type": SPEECH_FORMATS[fmt][0]}, logid)
            return
        size = size.strip()
        if not size.isdigit() or int(size) > MAX_SPEECH_BYTES:
            raise invalid("%s must be an integer from 0 to %d" % (SPEECH_BYTES_HEADER, MAX_SPEECH_BYTES))
        self.send_pattern(int(size), SPEECH_FORMATS[fmt][0], logid)

    def send_pattern(self, size: int, content_type: str, logid: str):
        """`size` bytes, byte i being i % SPEECH_PERIOD, with Content-Length, written SPEECH_CHUNK at a time
        (never whole in memory); a `reset_after_bytes` fault cuts it as it cuts other Content-Length answers."""
        self.send_head(200, {"Content-Type": content_type, "Content-Length": str(size)}, logid)
        cut = count_of(self.fault, "reset_after_bytes")
        end = size if cut is None else min(cut, size)
        pattern = memoryview(SPEECH_PATTERN)
        if self.command != "HEAD":
            at = 0
            while at < end:
                n = min(SPEECH_CHUNK, end - at)
                start = at % SPEECH_PERIOD
                self.wfile.write(pattern[start:start + n])
                at += n
        self.wfile.flush()
        if cut is not None:
            raise Abort()

    def transcription(self, query, body, logid, drip_ms):
        name, audio = form_file(multipart_parts(self.headers.get("Content-Type"), body))
        self.ok(logid, {"text": transcript_of(name, audio)})

    def voice_list(self, query, body, logid, drip_ms):
        skip_system = query_bool(query, "filter_system_voice")
        state = query.get("voice_state") or "all"
        model = query.get("model_type") or None
        if state not in ("init", "cloned", "all") or model not in (None, "big", "small"):
            raise invalid("voice_state must be init, cloned or all; model_type big or small")
        page_num = query_int(query, "page_num", 1)
        page_size = query_int(query, "page_size", 100, 1, 100)
        with self.state.lock:
            voices = [dict(v) for v in self.state.voices.values()
                      if not (skip_system and v["is_system_voice"]) and state in ("all", v["state"])
                      and model in (None, v["model_type"])]
        page, more = page_of(voices, page_num, page_size)
        self.ok(logid, {"voice_list": page, "has_more": more})

    def voice_clone(self, query, body, logid, drip_ms):
        parts = multipart_parts(self.headers.get("Content-Type"), body)
        name = form_text(parts, "voice_name", required=True)
        fmt = form_text(parts, "audio_format", required=True)
        if fmt not in CLONE_FORMATS:
            raise invalid("audio_format must be one of %s" % ", ".join(CLONE_FORMATS))
        form_file(parts)
        language = form_text(parts, "language") or "zh"
        names = {"zh": "Chinese", "en": "English", "ja": "Japanese", "es": "Spanish", "id": "Indonesian",
                 "pt": "Portuguese"}
        if language not in names:
            raise invalid("language must be one of %s" % ", ".join(names))
        voice_id = form_text(parts, "voice_id")
        if form_text(parts, "space_id") is not None:
            check_id(form_text(parts, "space_id"), "space_id")
        preview = form_text(parts, "preview_text") or "Hello, I am %s." % name
        now = self.now()
        with self.state.lock:
            if voice_id:
                voice = self.voice_of(check_id(voice_id, "voice_id"))
                if voice["is_system_voice"]:
                    raise invalid("a system voice cannot be cloned over")
                if voice["available_training_times"] <= 0:
                    raise invalid("the voice has no training left")
                voice.update(name=name, language_code=language, language_name=names[language],
                             preview_text=preview, update_time=now,
                             available_training_times=voice["available_training_times"] - 1)
            else:
                voice_id = self.state.next_id()
                voice = {"voice_id": voice_id, "name": name, "is_system_voice": False, "language_code": language,
                         "language_name": names[language], "preview_text": preview,
                         "preview_audio": "https://www.coze.com/voice/%s.mp3" % voice_id,
                         "available_training_times": CLONE_TRAININGS - 1, "create_time": now, "update_time": now,
                         "model_type": "big", "state": "cloned", "support_emotions": []}
                self.state.voices[voice_id] = voice
        self.ok(logid, {"voice_id": voice["voice_id"]})

    def room_create(self, query, body, logid, drip_ms):
        req = body_object(body)
        bot_id = field_str(req, "bot_id", required=True)
        voice_id = field_id(req, "voice_id")
        field_id(req, "conversation_id")
        field_id(req, "workflow_id")
        uid = field_str(req, "uid")
        field_type(req, "config", dict, "an object")
        if voice_id is not None:
            self.voice_of(voice_id)
        room_id = self.state.next_id()
        uid = uid or self.state.next_id()
        token = "001%s%s" % (RTC_APP_ID, base64.b64encode(("%s:%s:%s" % (room_id, uid, bot_id)).encode()).decode())
        self.ok(logid, {"room_id": room_id, "app_id": RTC_APP_ID, "token": token, "uid": uid})

    # ---- workspaces, variables, users ------------------------------------------------

    def workspace_list(self, query, body, logid, drip_ms):
        page_num = query_int(query, "page_num", 1)
        page_size = query_int(query, "page_size", 20, 1, 50)
        for name in ("enterprise_id", "user_id", "coze_account_id"):
            query_id(query, name, required=False)
        page, _ = page_of(list(WORKSPACES), page_num, page_size)
        self.ok(logid, {"total_count": len(WORKSPACES), "workspaces": page})

    def variable_scope(self, req: dict, get) -> tuple:
        bot_id, app_id = get(req, "bot_id", required=False), get(req, "app_id", required=False)
        if bool(bot_id) == bool(app_id):
            raise invalid("give exactly one of bot_id and app_id")
        connector_id = get(req, "connector_id", required=False) or API_CONNECTOR_ID
        return ("bot", bot_id) if bot_id else ("app", app_id), connector_id

    def variable_retrieve(self, query, body, logid, drip_ms):
        scope, connector_id = self.variable_scope(query, query_id)
        uid = query.get("connector_uid")
        if not uid:
            raise invalid("connector_uid is required")
        keywords = [k for k in (query.get("keywords") or "").split(",") if k]
        with self.state.lock:
            values = self.state.variables.get((scope, connector_id, uid), {})
            items = [dict(values[k]) for k in (keywords or values) if k in values]
        self.ok(logid, {"items": items})

    def variable_update(self, query, body, logid, drip_ms):
        req = body_object(body)
        scope, connector_id = self.variable_scope(req, field_id)
        uid = field_str(req, "connector_uid", required=True)
        data = field_type(req, "data", list, "an array", required=True)
        if not data or not all(isinstance(v, dict) and isinstance(v.get("keyword"), str) and v["keyword"]
                               and isinstance(v.get("value"), str) for v in data):
            raise invalid("data must be a non-empty array of {keyword, value} strings")
        now = self.now()
        with self.state.lock:
            values = self.state.variables.setdefault((scope, connector_id, uid), {})
            for v in data:
                old = values.get(v["keyword"])
                values[v["keyword"]] = {"keyword": v["keyword"], "value": v["value"],
                                        "create_time": old["create_time"] if old else now, "update_time": now}
        self.ok(logid)

    def user_me(self, query, body, logid, drip_ms):
        self.ok(logid, dict(USER))


# ---- OAuth: apps registered by tests, the authorize page, device codes, token grants ----

OAUTH_PREFIX = "/api/permission/oauth2/"
GRANT_CODE = "authorization_code"
GRANT_REFRESH = "refresh_token"
GRANT_DEVICE = "urn:ietf:params:oauth:grant-type:device_code"
GRANT_JWT = "urn:ietf:params:oauth:grant-type:jwt-bearer"
CLIENT_TYPES = ("web", "pkce", "device", "jwt")
DEVICE_OUTCOMES = ("success", "access_denied", "expired_token")
DEFAULT_TOKEN_TTL = 900  # seconds an access token lives unless the app or the JWT grant says otherwise
MAX_JWT_DURATION = 86399  # the longest duration_seconds a JWT grant may ask for
CODE_TTL = 600  # seconds an authorization code can be exchanged
JWT_IAT_LEEWAY = 60  # an iat at most this far in the future is accepted
ACCESS_PREFIX, REFRESH_PREFIX = "oat_", "ort_"  # issued tokens: prefix + 40 hex digits
TOKEN_LOG_CHARS = 12  # the log shows this much of an issued access token (prefix + 8 hex digits)
SECRET_LOG_CHARS = 6  # ... and of other secrets in OAuth bodies, followed by "***"
SECRET_BODY_FIELDS = ("refresh_token", "code", "code_verifier", "device_code", "client_secret",
                      "access_token", "private_key", "assertion")
PKCE_VERIFIER = re.compile(r"^[A-Za-z0-9\-._~]{43,128}$")  # RFC 7636 4.1
PKCE_CHALLENGE = re.compile(r"^[A-Za-z0-9_-]{43}$")  # base64url of 32 bytes, no padding
B64URL = re.compile(r"^[A-Za-z0-9_-]*$")

# (method, path pattern, endpoint); the {ids} are taken as they come and recorded.
OAUTH_ROUTES = [(method, _route(template), endpoint) for method, template, endpoint in (
    ("GET", OAUTH_PREFIX + "authorize", "authorize"),
    ("GET", OAUTH_PREFIX + "workspace_id/{workspace_id}/authorize", "authorize"),
    ("POST", OAUTH_PREFIX + "device/code", "device_code"),
    ("POST", OAUTH_PREFIX + "workspace_id/{workspace_id}/device/code", "device_code"),
    ("POST", OAUTH_PREFIX + "token", "token"),
    ("POST", OAUTH_PREFIX + "account/{account_id}/token", "token"),
    ("POST", OAUTH_PREFIX + "enterprise_id/{enterprise_id}/token", "token"),
)]


def oauth_route(method: str, path: str) -> tuple | None:
    """(endpoint, path ids) of an OAuth request, or None."""
    if not path.startswith(OAUTH_PREFIX):
        return None
    for m, pattern, endpoint in OAUTH_ROUTES:
        found = pattern.match(path) if m == method else None
        if found:
            return endpoint, {k: unquote(v) for k, v in found.groupdict().items()}
    return None


class OAuthError(Exception):
    """A failed OAuth request: HTTP status, error code (authorization_pending, invalid_grant, ...), message."""

    def __init__(self, status: int, error_code: str, message: str):
        super().__init__(message)
        self.status, self.error_code, self.message = status, error_code, message


def oauth_error(error_code: str, message: str, status: int = 400) -> OAuthError:
    return OAuthError(status, error_code, message)


def b64url_decode(part: str) -> bytes:
    """Unpadded base64url (as in a JWT); ValueError when it is not that."""
    if not B64URL.match(part) or len(part) % 4 == 1:
        raise ValueError("not base64url")
    return base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))


def s256_challenge(verifier: str) -> str:
    """The PKCE S256 code challenge of a verifier: base64url(sha256(verifier)), no padding."""
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def jwt_parts(token: str) -> tuple:
    """(header, claims, signing input, signature) of a compact JWS; ValueError when it is not one."""
    parts = token.split(".")
    if len(parts) != 3:
        raise ValueError("a JWT has three dot-separated parts")
    header = json.loads(b64url_decode(parts[0]).decode("utf-8"))
    claims = json.loads(b64url_decode(parts[1]).decode("utf-8"))
    if not isinstance(header, dict) or not isinstance(claims, dict):
        raise ValueError("the JWT header and claims must be JSON objects")
    return header, claims, (parts[0] + "." + parts[1]).encode("ascii"), b64url_decode(parts[2])


def jwt_peek(authorization: str | None) -> tuple:
    """(kid, iss, session_name) of a bearer JWT, unverified, for the request log; Nones when there is none."""
    if not authorization or not authorization.startswith("Bearer "):
        return None, None, None
    try:
        header, claims, _, _ = jwt_parts(authorization[len("Bearer "):].strip())
    except (ValueError, UnicodeDecodeError):
        return None, None, None
    text = (lambda v: v if isinstance(v, str) else None)
    return text(header.get("kid")), text(claims.get("iss")), text(claims.get("session_name"))


def rsa_public_key(pem: str):
    """The RSA public key of a PEM text (SubjectPublicKeyInfo or PKCS#1); ValueError otherwise."""
    try:  # only the JWT grant needs it, so the rest of the fake runs on the standard library alone
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric import rsa
    except ImportError:
        raise ValueError("jwt apps need the Python package cryptography") from None
    try:
        key = serialization.load_pem_public_key(pem.encode("utf-8"))
    except (ValueError, TypeError) as e:
        raise ValueError("public_key_pem is not a PEM public key: %s" % e) from None
    if not isinstance(key, rsa.RSAPublicKey):
        raise ValueError("public_key_pem is not an RSA key")
    return key


def rs256_verifies(key, signing_input: bytes, signature: bytes) -> bool:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import padding
    try:
        key.verify(signature, signing_input, padding.PKCS1v15(), hashes.SHA256())
        return True
    except InvalidSignature:
        return False


def redact(secret) -> str:
    return (secret[:SECRET_LOG_CHARS] if isinstance(secret, str) else "") + "***"


def redacted_oauth_body(body: bytes) -> str:
    """An OAuth request body for the log: secret fields cut to a short prefix; any other body hidden."""
    if not body.strip():
        return ""
    try:
        req = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return "***"
    if not isinstance(req, dict):
        return "***"
    return json.dumps({k: (redact(v) if k in SECRET_BODY_FIELDS else v) for k, v in req.items()},
                      ensure_ascii=False)


def parse_app(obj) -> dict:
    """A registered OAuth app from its control JSON; ValueError says what is wrong."""
    if not isinstance(obj, dict):
        raise ValueError("an app is a JSON object")
    known = {"client_id", "client_type", "client_secret", "public_key_pem", "public_key_id", "redirect_uris",
             "access_token_ttl", "authorize", "device"}
    unknown = sorted(set(obj) - known)
    if unknown:
        raise ValueError("unknown app fields: %s" % ", ".join(unknown))

    def text(name, required):
        value = obj.get(name)
        if value is None and not required:
            return None
        if not isinstance(value, str) or not value:
            raise ValueError("%s must be a non-empty string" % name)
        return value

    def count(value, name, lo):
        if isinstance(value, bool) or not isinstance(value, int) or value < lo:
            raise ValueError("%s must be an integer >= %d" % (name, lo))
        return value

    app = {"client_id": text("client_id", True), "client_type": obj.get("client_type")}
    if app["client_type"] not in CLIENT_TYPES:
        raise ValueError("client_type must be one of %s" % ", ".join(CLIENT_TYPES))
    app["client_secret"] = text("client_secret", app["client_type"] == "web")
    app["public_key_id"] = text("public_key_id", app["client_type"] == "jwt")
    pem = text("public_key_pem", app["client_type"] == "jwt")
    app["public_key"] = rsa_public_key(pem) if pem is not None else None
    uris = obj.get("redirect_uris")
    if uris is not None and (not isinstance(uris, list) or not all(isinstance(u, str) and u for u in uris)):
        raise ValueError("redirect_uris must be an array of non-empty strings")
    app["redirect_uris"] = uris
    ttl = obj.get("access_token_ttl")
    app["access_token_ttl"] = None if ttl is None else count(ttl, "access_token_ttl", 1)
    app["authorize"] = obj.get("authorize", "approve")
    if app["authorize"] not in ("approve", "deny"):
        raise ValueError("authorize must be approve or deny")
    device = obj.get("device", {})
    if not isinstance(device, dict) or set(device) - {"pending", "slow_down", "outcome", "interval", "expires_in"}:
        raise ValueError("device must be an object with pending, slow_down, outcome, interval, expires_in")
    app["device"] = {
        "pending": count(device.get("pending", 0), "device.pending", 0),
        "slow_down": device.get("slow_down", False),
        "outcome": device.get("outcome", "success"),
        "interval": count(device.get("interval", 5), "device.interval", 1),
        "expires_in": count(device.get("expires_in", 600), "device.expires_in", 1),
    }
    if not isinstance(app["device"]["slow_down"], bool):
        raise ValueError("device.slow_down must be true or false")
    if app["device"]["outcome"] not in DEVICE_OUTCOMES:
        raise ValueError("device.outcome must be one of %s" % ", ".join(DEVICE_OUTCOMES))
    return app


def app_view(app: dict) -> dict:
    """What GET /_fake/oauth shows of an app: everything but the secret and the key itself."""
    return {k: app[k] for k in ("client_id", "client_type", "public_key_id", "redirect_uris", "access_token_ttl",
                                "authorize", "device")}


class OAuthStore:
    """The OAuth side of the fake: apps, one-time codes, device codes, issued tokens, used JWT ids, counters."""

    def __init__(self):
        self.apps: dict = {}  # client_id -> app (parse_app)
        self.kids: dict = {}  # public_key_id -> client_id
        self.codes: dict = {}  # authorization code -> {client_id, redirect_uri, challenge, expires_at, workspace_id}
        self.device_codes: dict = {}  # device code -> {client_id, pending, slow_down, outcome, expires_at, done}
        self.access: dict = {}  # access token -> {client_id, grant, expires_at, revoked}
        self.refresh: dict = {}  # refresh token -> {client_id, used, revoked}
        self.jtis: set = set()  # (client_id, jti) of JWTs that got a token
        self.requests: dict = {}  # "authorize", "device/code", or a token request's grant_type -> count
        self.issued = 0  # access tokens issued

    def register(self, apps: list):
        """Registers all the apps, or none (ValueError) when a key id would belong to two apps."""
        kids = dict(self.kids)
        for app in apps:
            owner = kids.get(app["public_key_id"]) if app["public_key_id"] else None
            if owner is not None and owner != app["client_id"]:
                raise ValueError("public_key_id %r belongs to the app %r" % (app["public_key_id"], owner))
            if app["public_key_id"]:
                kids[app["public_key_id"]] = app["client_id"]
        for app in apps:
            self.register_one(app)

    def register_one(self, app: dict):
        old = self.apps.get(app["client_id"])
        if old is not None and old["public_key_id"]:
            self.kids.pop(old["public_key_id"], None)
        self.apps[app["client_id"]] = app
        if app["public_key_id"]:
            self.kids[app["public_key_id"]] = app["client_id"]

    def issue(self, app: dict, grant: str, lifetime: int, with_refresh: bool) -> dict:
        """A token answer; `expires_in` is the absolute Unix second (rounded down) at which the access token expires."""
        now = time.time()
        access = ACCESS_PREFIX + secrets.token_hex(20)
        self.access[access] = {"client_id": app["client_id"], "grant": grant, "expires_at": now + lifetime,
                               "revoked": False}
        self.issued += 1
        out = {"access_token": access, "token_type": "Bearer", "expires_in": int(now + lifetime)}
        if with_refresh:
            refresh = REFRESH_PREFIX + secrets.token_hex(20)
            self.refresh[refresh] = {"client_id": app["client_id"], "used": False, "revoked": False}
            out["refresh_token"] = refresh
        return out

    def lifetime(self, app: dict, asked: int | None = None) -> int:
        """Seconds an access token lives: what the JWT grant asked (default 900), at most the app's access_token_ttl."""
        ttl = asked if asked is not None else DEFAULT_TOKEN_TTL
        return ttl if app["access_token_ttl"] is None else min(ttl, app["access_token_ttl"])

    def select(self, sel: dict) -> tuple:
        """(access tokens, refresh tokens) that a control selector names: client_id, access_token,
        refresh_token, token_prefix, kind (access | refresh); {} names all."""
        kind = sel.get("kind")
        access, refresh = list(self.access), list(self.refresh)
        if "access_token" in sel or "refresh_token" in sel:
            access = [t for t in access if t == sel.get("access_token")]
            refresh = [t for t in refresh if t == sel.get("refresh_token")]
        if "token_prefix" in sel:
            prefix = sel["token_prefix"]
            access = [t for t in access if t.startswith(prefix)]
            refresh = [t for t in refresh if t.startswith(prefix)]
        if "client_id" in sel:
            access = [t for t in access if self.access[t]["client_id"] == sel["client_id"]]
            refresh = [t for t in refresh if self.refresh[t]["client_id"] == sel["client_id"]]
        if kind == "access":
            refresh = []
        elif kind == "refresh":
            access = []
        return access, refresh

    def view(self) -> dict:
        now = time.time()
        return {
            "apps": [app_view(a) for a in self.apps.values()],
            "requests": dict(self.requests),
            "refreshes": self.requests.get(GRANT_REFRESH, 0),
            "issued": self.issued,
            "live_access_tokens": sum(1 for t in self.access.values()
                                      if not t["revoked"] and now < t["expires_at"]),
        }


def control_selector(body: bytes) -> dict:
    """The JSON object body of /_fake/oauth/expire and /revoke; ValueError when it is not a selector."""
    sel = json.loads(body.decode("utf-8")) if body.strip() else {}
    if not isinstance(sel, dict):
        raise ValueError("expected a JSON object")
    for key, value in sel.items():
        if key not in ("client_id", "access_token", "refresh_token", "token_prefix", "kind"):
            raise ValueError("unknown selector %r" % key)
        if not isinstance(value, str) or not value:
            raise ValueError("%s must be a non-empty string" % key)
    if sel.get("kind", "access") not in ("access", "refresh"):
        raise ValueError("kind must be access or refresh")
    return sel


def request_host(host_header: str | None) -> str:
    """The host name a client addressed: the Host header without its port (and without IPv6 brackets)."""
    host = (host_header or "").strip().lower()
    if host.startswith("["):
        return host[1:host.find("]")] if "]" in host else host
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


class OAuthRoutes:
    """The OAuth endpoints; mixed into Handler. Each raises OAuthError, which Handler.oauth_api answers."""

    state: State
    headers: object
    entry: dict | None

    def oauth_body(self, body: bytes) -> dict:
        try:
            req = json.loads(body.decode("utf-8")) if body.strip() else None
        except (UnicodeDecodeError, ValueError):
            req = None
        if not isinstance(req, dict):
            raise oauth_error("invalid_request", "the request body must be a JSON object")
        return req

    @staticmethod
    def oauth_text(req: dict, name: str) -> str:
        value = req.get(name)
        if not isinstance(value, str) or not value:
            raise oauth_error("invalid_request", "%s is required (a non-empty string)" % name)
        return value

    def oauth_app(self, client_id, types: tuple) -> dict:
        app = self.state.oauth.apps.get(client_id)
        if app is None:
            raise oauth_error("invalid_client", "unknown client_id %r" % client_id)
        if app["client_type"] not in types:
            raise oauth_error("unauthorized_client", "a %s app may not use this grant" % app["client_type"])
        return app

    def client_secret_ok(self, app: dict):
        """A web app proves itself with Authorization: Bearer <client_secret>."""
        if app["client_type"] != "web":
            return
        auth = self.headers.get("Authorization") or ""
        given = auth[len("Bearer "):].strip() if auth.startswith("Bearer ") else ""
        if not given or not hmac.compare_digest(given.encode(), app["client_secret"].encode()):
            raise oauth_error("invalid_client",
                              "a web app must send Authorization: Bearer <client_secret>; it is missing or wrong", 401)

    # ---- GET /api/permission/oauth2/authorize ---------------------------

    def oauth_authorize(self, query: dict, body: bytes, ids: dict) -> tuple:
        """(redirect location, "ok" or the error it carries); errors before the redirect_uri is trusted raise."""
        st = self.state.oauth
        app = st.apps.get(query.get("client_id") or "")
        if app is None:
            raise oauth_error("invalid_client", "unknown client_id %r" % query.get("client_id"))
        redirect_uri = query.get("redirect_uri") or ""
        if not redirect_uri:
            raise oauth_error("invalid_request", "redirect_uri is required")
        if app["redirect_uris"] is not None and redirect_uri not in app["redirect_uris"]:
            raise oauth_error("invalid_request", "redirect_uri %r is not registered for this app" % redirect_uri)
        params = {}
        challenge, method = query.get("code_challenge"), query.get("code_challenge_method")
        if query.get("response_type") != "code":
            params = {"error": "unsupported_response_type", "error_description": "response_type must be code"}
        elif app["client_type"] not in ("web", "pkce"):
            params = {"error": "unauthorized_client",
                      "error_description": "a %s app cannot use the authorize page" % app["client_type"]}
        elif (challenge or method) and method != "S256":
            params = {"error": "invalid_request", "error_description": "code_challenge_method must be S256"}
        elif method and not (challenge and PKCE_CHALLENGE.match(challenge)):
            params = {"error": "invalid_request",
                      "error_description": "code_challenge must be 43 base64url characters"}
        elif app["client_type"] == "pkce" and not challenge:
            params = {"error": "invalid_request", "error_description": "a pkce app must send a code_challenge"}
        elif app["authorize"] == "deny":
            params = {"error": "access_denied", "error_description": "the user denied the authorization"}
        if not params:
            code = secrets.token_hex(16)
            st.codes[code] = {"client_id": app["client_id"], "redirect_uri": redirect_uri, "challenge": challenge,
                              "expires_at": time.time() + CODE_TTL, "workspace_id": ids.get("workspace_id")}
            params = {"code": code}
        if query.get("state") is not None:
            params["state"] = query["state"]
        sep = "&" if "?" in redirect_uri else "?"
        location = redirect_uri + sep + "&".join("%s=%s" % (k, quote(v, safe="")) for k, v in params.items())
        return location, params.get("error", "ok")

    # ---- POST /api/permission/oauth2/device/code ------------------------

    def oauth_device_code(self, query: dict, body: bytes, ids: dict) -> dict:
        req = self.oauth_body(body)
        app = self.oauth_app(self.oauth_text(req, "client_id"), ("device",))
        script = app["device"]
        device_code = secrets.token_hex(20)
        user_code = "%s-%s" % (secrets.token_hex(2).upper(), secrets.token_hex(2).upper())
        self.state.oauth.device_codes[device_code] = {
            "client_id": app["client_id"], "pending": script["pending"], "slow_down": script["slow_down"],
            "outcome": script["outcome"], "expires_at": time.time() + script["expires_in"], "done": False,
            "workspace_id": ids.get("workspace_id")}
        host = self.headers.get("Host") or "127.0.0.1"
        return {"device_code": device_code, "user_code": user_code,
                "verification_uri": "http://%s/api/permission/oauth2/device/verify" % host,
                "interval": script["interval"], "expires_in": script["expires_in"]}

    # ---- POST /api/permission/oauth2/token (and the account / enterprise variants) ----

    def oauth_token(self, query: dict, body: bytes, ids: dict) -> dict:
        req = self.oauth_body(body)
        grant = self.oauth_text(req, "grant_type")
        if ("account_id" in ids or "enterprise_id" in ids) and grant != GRANT_JWT:
            raise oauth_error("unsupported_grant_type",
                              "the account and enterprise token paths take the JWT grant only")
        if grant == GRANT_CODE:
            return self.grant_code(req)
        if grant == GRANT_REFRESH:
            return self.grant_refresh(req)
        if grant == GRANT_DEVICE:
            return self.grant_device(req)
        if grant == GRANT_JWT:
            return self.grant_jwt(req)
        raise oauth_error("unsupported_grant_type", "unsupported grant_type %r" % grant)

    def grant_code(self, req: dict) -> dict:
        st = self.state.oauth
        app = self.oauth_app(self.oauth_text(req, "client_id"), ("web", "pkce"))
        self.client_secret_ok(app)
        code = st.codes.pop(self.oauth_text(req, "code"), None)  # one use, whatever happens next
        if code is None or code["client_id"] != app["client_id"]:
            raise oauth_error("invalid_grant", "the code is unknown, used already, or not this app's")
        if time.time() >= code["expires_at"]:
            raise oauth_error("invalid_grant", "the code has expired")
        if req.get("redirect_uri") != code["redirect_uri"]:
            raise oauth_error("invalid_grant", "redirect_uri differs from the one given to authorize")
        if code["challenge"] is not None:
            verifier = req.get("code_verifier")
            if not isinstance(verifier, str) or not PKCE_VERIFIER.match(verifier):
                raise oauth_error("invalid_grant", "code_verifier is missing or not 43-128 unreserved characters")
            if not hmac.compare_digest(s256_challenge(verifier), code["challenge"]):
                raise oauth_error("invalid_grant", "code_verifier does not match the code_challenge")
        return st.issue(app, GRANT_CODE, st.lifetime(app), True)

    def grant_refresh(self, req: dict) -> dict:
        st = self.state.oauth
        app = self.oauth_app(self.oauth_text(req, "client_id"), ("web", "pkce", "device"))
        self.client_secret_ok(app)
        token = st.refresh.get(self.oauth_text(req, "refresh_token"))
        if token is None or token["client_id"] != app["client_id"]:
            raise oauth_error("invalid_grant", "the refresh token is unknown or not this app's")
        if token["revoked"]:
            raise oauth_error("invalid_grant", "the refresh token has been revoked")
        if token["used"]:
            raise oauth_error("invalid_grant", "the refresh token was used already (each works once)")
        token["used"] = True
        return st.issue(app, GRANT_REFRESH, st.lifetime(app), True)

    def grant_device(self, req: dict) -> dict:
        st = self.state.oauth
        app = self.oauth_app(self.oauth_text(req, "client_id"), ("device",))
        dc = st.device_codes.get(self.oauth_text(req, "device_code"))
        if dc is None or dc["client_id"] != app["client_id"] or dc["done"]:
            raise oauth_error("invalid_grant", "the device code is unknown, used already, or not this app's")
        if time.time() >= dc["expires_at"]:
            raise oauth_error("expired_token", "the device code has expired")
        if dc["pending"] > 0:
            dc["pending"] -= 1
            raise oauth_error("authorization_pending", "the user has not authorized the device yet")
        if dc["slow_down"]:
            dc["slow_down"] = False
            raise oauth_error("slow_down", "polling too fast: add 5 seconds to the interval")
        if dc["outcome"] == "access_denied":
            raise oauth_error("access_denied", "the user denied the authorization")
        if dc["outcome"] == "expired_token":
            raise oauth_error("expired_token", "the device code has expired")
        dc["done"] = True
        return st.issue(app, GRANT_DEVICE, st.lifetime(app), True)

    def grant_jwt(self, req: dict) -> dict:
        st = self.state.oauth
        auth = self.headers.get("Authorization") or ""
        if not auth.startswith("Bearer ") or not auth[len("Bearer "):].strip():
            raise oauth_error("invalid_request", "the JWT grant needs Authorization: Bearer <JWT>")
        try:
            header, claims, signing_input, signature = jwt_parts(auth[len("Bearer "):].strip())
        except (ValueError, UnicodeDecodeError) as e:
            raise oauth_error("invalid_request", "the bearer token is not a JWT: %s" % e) from None
        if header.get("alg") != "RS256":
            raise oauth_error("invalid_request", "the JWT header alg must be RS256, not %r" % header.get("alg"))
        if header.get("typ") != "JWT":
            raise oauth_error("invalid_request", "the JWT header typ must be JWT, not %r" % header.get("typ"))
        kid = header.get("kid")
        if not isinstance(kid, str) or not kid:
            raise oauth_error("invalid_request", "the JWT header needs kid, the public key id")
        app = st.apps.get(st.kids.get(kid, ""))
        if app is None:
            raise oauth_error("invalid_client", "unknown public key id (kid) %r" % kid)
        if not rs256_verifies(app["public_key"], signing_input, signature):
            raise oauth_error("invalid_client", "the JWT signature does not verify against the public key %r" % kid,
                              401)
        if claims.get("iss") != app["client_id"]:
            raise oauth_error("invalid_grant", "iss %r is not the client_id of the key's app" % claims.get("iss"))
        host = request_host(self.headers.get("Host"))
        aud = claims.get("aud")
        if not (aud == host or isinstance(aud, list) and host in aud):
            raise oauth_error("invalid_grant", "aud %r is not the host addressed, %r" % (aud, host))
        now = time.time()
        iat, exp = claims.get("iat"), claims.get("exp")
        for name, value in (("iat", iat), ("exp", exp)):
            if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value:  # NaN too
                raise oauth_error("invalid_request", "the JWT claim %s must be a number of Unix seconds" % name)
        if iat > now + JWT_IAT_LEEWAY:
            raise oauth_error("invalid_grant", "iat is in the future")
        if exp <= now:
            raise oauth_error("invalid_grant", "the JWT has expired (exp)")
        jti = claims.get("jti")
        if not isinstance(jti, str) or not jti:
            raise oauth_error("invalid_request", "the JWT claim jti is required")
        if (app["client_id"], jti) in st.jtis:
            raise oauth_error("invalid_grant", "jti %r was used already" % jti)
        session = claims.get("session_name")
        if session is not None and not isinstance(session, str):
            raise oauth_error("invalid_request", "session_name must be a string")
        duration = req.get("duration_seconds")
        if duration is not None and (isinstance(duration, bool) or not isinstance(duration, int)
                                     or not 1 <= duration <= MAX_JWT_DURATION):
            raise oauth_error("invalid_request", "duration_seconds must be an integer from 1 to %d" % MAX_JWT_DURATION)
        st.jtis.add((app["client_id"], jti))
        return st.issue(app, GRANT_JWT, st.lifetime(app, duration), False)


class Handler(Resources, OAuthRoutes, BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # TCP_NODELAY: a client that reuses a keep-alive connection would otherwise
    # wait for Nagle's delay (~40 ms) on every small answer written in parts.
    disable_nagle_algorithm = True
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
        self.answer_started = False  # the status line went out
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

    def read_body(self, limit: int = MAX_BODY_BYTES) -> bytearray | None:
        """The request body, or None when its framing is bad: a bad chunk size, more than `limit` bytes, or
        fewer bytes than the Content-Length or a chunk size announced (the client closed early).

        Read into one bytearray (Content-Length: allocated once and filled in place), so a big upload is
        in memory once.
        """
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            out = bytearray()
            while True:
                line = self.rfile.readline(1024)
                try:
                    size = int(line.split(b";")[0].strip(), 16)
                except ValueError:
                    return None
                if size < 0:
                    return None
                if size == 0:
                    while self.rfile.readline(1024) not in (b"\r\n", b"\n", b""):
                        pass
                    return out
                if len(out) + size > limit:
                    return None
                while size > 0:
                    piece = self.rfile.read(min(size, READ_PIECE))
                    if not piece:
                        return None
                    out += piece
                    size -= len(piece)
                self.rfile.readline(1024)
        length = self.headers.get("Content-Length")
        if length is None:
            return bytearray()
        try:
            n = int(length)
        except ValueError:
            return None
        if n < 0 or n > limit:
            return None
        out = bytearray(n)
        view, got = memoryview(out), 0
        while got < n:
            k = self.rfile.readinto(view[got:])
            if not k:
                view.release()
                return None
            got += k
        view.release()
        return out

    def send_head(self, status: int, headers: dict, logid: str | None = None):
        self.answer_started = True
        self.send_response(status)
        names = {k.lower() for k in headers}
        for k, v in headers.items():
            self.send_header(k, str(v))
        if "x-tt-logid" not in names:
            self.send_header("X-Tt-Logid", logid or self.state.next_logid())
        huge = count_of(self.fault, "head_bytes")  # one header line this long
        if huge:
            self.send_header("X-Hostile", "a" * huge)
        for i in range(count_of(self.fault, "header_count") or 0):  # this many more headers
            self.send_header("X-Hostile-%05d" % i, str(i))
        self.end_headers()

    def send_bytes(self, status: int, body: bytes, headers: dict, logid: str | None = None):
        headers = dict(headers)
        if self.fault.get("invalid_utf8"):  # a raw 0xFF at the start of the envelope's msg
            at = body.find(b'"msg":"')
            body = body[:at + 7] + b"\xff" + body[at + 7:] if at >= 0 else body
        lie = self.fault.get("content_length")
        if lie in ("short", "long"):
            # short: half the length announced, the whole body sent; long: more announced than sent.
            # Then the connection closes: what follows on it is not an answer.
            headers["Content-Length"] = str(len(body) // 2 if lie == "short" else len(body) + 1000)
            self.close_connection = True
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
        drip = count_of(self.fault, "drip_bytes_ms")
        if drip:  # one byte at a time (a chunk of its own), each after a pause
            for i in range(len(data)):
                time.sleep(drip / 1000.0)
                self.write_chunk_now(data[i:i + 1])
            return
        self.write_chunk_now(data)

    def write_chunk_now(self, data: bytes):
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
        upload = self.command == "POST" and path == UPLOAD_PATH
        body = self.read_body(MAX_UPLOAD_BYTES if upload else MAX_BODY_BYTES)
        if body is not None and not upload:
            body = bytes(body)  # at most 16 MiB; the upload keeps its bytearray (no copy)
        if body is None:
            self.close_connection = True  # the framing is lost: do not read the next request
            logid = self.state.next_logid()
            self.send_envelope(400, 4000, "invalid request body framing", logid)
            return
        if path.startswith("/_fake/"):
            self.control(path, body, query)
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
            if fault.get("silent"):
                self.stay_silent()
                return
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

    def stay_silent(self):
        """Never answers: waits for the client to close (or SILENT_MAX_S), then closes too."""
        self.close_connection = True
        try:
            self.connection.settimeout(SILENT_MAX_S)
            while self.connection.recv(65536):
                pass
        except OSError:
            pass

    def record(self, path: str, query: dict, body: bytes):
        headers = {}
        for k, v in self.headers.items():
            k = k.lower()
            if k == "authorization":
                v = "Bearer ***" if v.startswith("Bearer ") else "***"
            headers[k] = v
        oauth = path.startswith(OAUTH_PREFIX)
        entry = {
            "method": self.command,
            "path": path,
            "query": query,
            "headers": headers,
            "body": (redacted_oauth_body(body) if oauth else
                     bytes(body[:LOGGED_BODY_BYTES]).decode("utf-8", errors="replace") if len(body) > MAX_BODY_BYTES
                     else body.decode("utf-8", errors="replace")),
            "idempotency_key": self.headers.get("Idempotency-Key"),
            "retry_count": self.headers.get("X-Coze-Retry-Count"),
            "client_request_id": self.headers.get("X-Client-Request-Id"),
            "events_sent": 0,
        }
        if len(body) > MAX_BODY_BYTES:  # only an upload gets here: its log entry keeps the first 64 KiB
            entry["body_bytes"] = len(body)
            entry["body_truncated"] = True
        auth = self.headers.get("Authorization") or ""
        if auth.startswith("Bearer " + ACCESS_PREFIX):  # an issued access token: name it by a short prefix
            entry["token_prefix"] = auth[len("Bearer "):].strip()[:TOKEN_LOG_CHARS]
        with self.state.lock:
            if oauth:
                entry["oauth"] = self.oauth_log(path, query, body)
            self.state.requests.append(entry)
        return entry

    def oauth_log(self, path: str, query: dict, body: bytes) -> dict:
        """The `oauth` part of an OAuth request's log entry (what was sent, no secrets); counts it (lock held)."""
        endpoint, ids = oauth_route(self.command, path) or (None, {})
        try:
            req = json.loads(body.decode("utf-8")) if body.strip() else {}
        except (UnicodeDecodeError, ValueError):
            req = {}
        if not isinstance(req, dict):
            req = {}
        text = (lambda v: v if isinstance(v, str) else None)
        info = {"endpoint": endpoint, "grant_type": text(req.get("grant_type")) if endpoint == "token" else None,
                "client_id": text(query.get("client_id") if endpoint == "authorize" else req.get("client_id")),
                "kid": None, "session_name": None, "account_id": ids.get("account_id"),
                "enterprise_id": ids.get("enterprise_id"), "workspace_id": ids.get("workspace_id"),
                "at": time.time(), "outcome": None, "token_prefix": None}
        if info["grant_type"] == GRANT_JWT:
            info["kid"], iss, info["session_name"] = jwt_peek(self.headers.get("Authorization"))
            info["client_id"] = info["client_id"] or iss
        if endpoint is not None:
            key = {"authorize": "authorize", "device_code": "device/code"}.get(endpoint, info["grant_type"] or "")
            counts = self.state.oauth.requests
            counts[key] = counts.get(key, 0) + 1
        return info

    def answer_verbatim(self, fault: dict, logid: str):
        status = fault.get("status")
        if not isinstance(status, int) or not 100 <= status <= 599:
            status = 500
        headers = fault.get("headers") if isinstance(fault.get("headers"), dict) else {}
        body = fault.get("body", "")
        raw = body.encode("utf-8") if isinstance(body, str) else dumps(body)
        if not any(k.lower() == "content-type" for k in headers):
            headers = {"Content-Type": "application/json", **headers}
        huge = count_of(fault, "error_body_bytes")
        if huge:
            self.send_padded(status, raw, huge, headers, logid)
            return
        self.send_bytes(status, raw, headers, logid)

    def send_padded(self, status: int, raw: bytes, size: int, headers: dict, logid: str):
        """A JSON object answer of `size` bytes: `raw` (an object) with a "pad" string added first,
        written in pieces (never whole in memory)."""
        opening = b'{"pad":"'
        rest = b'",' + raw[1:] if raw.startswith(b"{") and raw != b"{}" else b'"}'
        pad = max(0, size - len(opening) - len(rest))
        self.send_head(status, dict(headers, **{"Content-Length": str(len(opening) + pad + len(rest))}), logid)
        self.wfile.write(opening)
        piece = b"x" * HOSTILE_PIECE
        while pad > 0:
            self.wfile.write(piece[:pad])
            pad -= min(pad, HOSTILE_PIECE)
        self.wfile.write(rest)
        self.wfile.flush()

    # ---- control endpoints ----------------------------------------------

    def control(self, path: str, body: bytes, query: dict):
        st = self.state
        if path == "/_fake/files/content" and self.command in ("GET", "HEAD"):
            self.file_content(query)
        elif path == "/_fake/faults" and self.command == "POST":
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
        elif path == "/_fake/oauth/apps" and self.command == "POST":
            try:
                apps = json.loads(body.decode("utf-8") or "null")
                apps = [parse_app(a) for a in (apps if isinstance(apps, list) else [apps])]
                with st.lock:
                    st.oauth.register(apps)
            except (UnicodeDecodeError, ValueError) as e:
                self.send_json(400, {"error": str(e)})
                return
            self.send_json(200, {"registered": [a["client_id"] for a in apps]})
        elif path == "/_fake/oauth" and self.command == "GET":
            with st.lock:
                view = st.oauth.view()
            self.send_json(200, view)
        elif path in ("/_fake/oauth/expire", "/_fake/oauth/revoke") and self.command == "POST":
            try:
                sel = control_selector(body)
            except (UnicodeDecodeError, ValueError) as e:
                self.send_json(400, {"error": str(e)})
                return
            with st.lock:
                if path.endswith("/expire"):
                    access, _ = st.oauth.select(dict(sel, kind="access"))
                    now = time.time()
                    for t in access:
                        st.oauth.access[t]["expires_at"] = min(st.oauth.access[t]["expires_at"], now)
                    answer = {"expired": len(access)}
                else:
                    access, refresh = st.oauth.select(sel)
                    for t in access:
                        st.oauth.access[t]["revoked"] = True
                    for t in refresh:
                        st.oauth.refresh[t]["revoked"] = True
                    answer = {"revoked": len(access) + len(refresh)}
            self.send_json(200, answer)
        elif path == "/_fake/reset" and self.command == "POST":
            with st.lock:
                st.faults.clear()
                st.requests.clear()
                st.reset_store()
            self.send_json(200, {"ok": True})
        else:
            self.send_json(404, {"error": "unknown control endpoint"})

    # ---- the API --------------------------------------------------------

    def api(self, path: str, query: dict, body: bytes, logid: str, drip_ms: float):
        route = oauth_route(self.command, path)
        if route is not None:
            self.oauth_api(route[0], route[1], query, body, logid)
            return
        name, params = STATIC_ROUTES.get((self.command, path)), {}
        if name is None and path not in STATIC_PATHS:  # POST /v1/workflows/chat is no GET /v1/workflows/{id}
            for method, pattern, candidate in PATTERN_ROUTES:
                m = pattern.match(path) if method == self.command else None
                if m:
                    name, params = candidate, {k: unquote(v) for k, v in m.groupdict().items()}
                    break
        if name is None:
            self.send_envelope(404, 4200, "resource not found: %s %s" % (self.command, path), logid)
            return
        refused = self.state.auth_failure(self.headers.get("Authorization"))
        if refused is not None:
            self.send_envelope(401, 4100, refused, logid)
            return
        self.params = params
        try:
            for key, value in params.items():  # every path parameter is an id
                check_id(value, key)
            getattr(self, name)(query, body, logid, drip_ms)
        except Refusal as r:
            self.send_envelope(r.status, r.code, r.msg, logid, headers=r.headers)
        except (Abort, OSError):
            raise
        except Exception as e:  # a bug of the fake: say so loudly, and still answer if nothing went out yet
            traceback.print_exc()
            if self.answer_started:
                raise Abort() from e
            self.close_connection = True
            self.send_envelope(500, 5000, "fake server bug: %s: %s" % (type(e).__name__, e), logid)

    def oauth_api(self, endpoint: str, ids: dict, query: dict, body: bytes, logid: str):
        """An OAuth endpoint: a 302 for authorize, else a JSON token answer or {error_code, error_message, error}."""
        info = self.entry.get("oauth") if self.entry else None
        try:
            with self.state.lock:
                result = getattr(self, "oauth_" + endpoint)(query, body, ids)
        except OAuthError as e:
            if info is not None:
                info["outcome"] = e.error_code
            self.send_json(e.status, {"error_code": e.error_code, "error_message": e.message, "error": e.error_code},
                           logid)
            return
        except (Abort, OSError):
            raise
        except Exception as e:  # a bug of the fake, as in api()
            traceback.print_exc()
            self.close_connection = True
            self.send_json(500, {"error_code": "server_error", "error_message": "fake server bug: %s: %s" % (
                type(e).__name__, e), "error": "server_error"}, logid)
            return
        if endpoint == "authorize":
            location, outcome = result
            if info is not None:
                info["outcome"] = outcome
            self.send_bytes(302, b"", {"Location": location}, logid)
            return
        if info is not None:
            info["outcome"] = "ok"
            if "access_token" in result:
                info["token_prefix"] = result["access_token"][:TOKEN_LOG_CHARS]
        self.send_json(200, result, logid)

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
            "section_id": self.section_of(conversation_id),
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
        kind = BOT_ALIASES.get(bot_id, bot_id)  # what the bot does
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
        conversation_id = query.get("conversation_id") or self.new_conversation(bot_id)["id"]
        chat = self.new_chat(conversation_id, bot_id, req.get("meta_data"))
        questions = self.question_messages(chat, messages, req.get("auto_save_history"))
        stream = req.get("stream") is True
        if kind == "tools":
            self.tools_chat(chat, question, stream, logid, questions)
            return
        if kind == "slow" and not stream:
            self.remember(chat, [])  # in_progress until cancelled
            self.conversation_append(conversation_id, questions)
            self.send_envelope(200, 0, "", logid, chat)
            return
        answer = "Echo: " + question if question is not None else "Hello!"
        message = self.new_message(chat, answer)
        done_chat = dict(chat, status="completed", completed_at=chat["created_at"],
                         usage=usage_of(question or "", answer))
        self.remember(done_chat, [message])
        if req.get("auto_save_history") is not False:  # false: the chat leaves no messages behind
            self.conversation_append(conversation_id, questions + [message])

        if stream:
            mode = bot_id if bot_id in ("stream_error", "truncated", "reset") else ""
            self.chat_stream(chat, message, done_chat, logid, drip_ms, mode=mode,
                             audio=AUDIO_BYTES if kind == "audio" else None)
        else:
            self.send_envelope(200, 0, "", logid, chat)

    def tools_chat(self, chat: dict, question: str | None, stream: bool, logid: str, questions: list):
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
        self.conversation_append(chat["conversation_id"], questions + call_messages)
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
        if self.fault.get("endless_line"):  # an event whose data line never ends
            out.checkpoint()
            self.write_chunk(b"event:conversation.message.delta\ndata:")
            piece = b"x" * HOSTILE_PIECE
            while True:
                self.write_chunk(piece)
        for i, piece in enumerate(pieces(message["content"])):
            if mode and i == CUT_AFTER_DELTAS:
                break
            out.drip(drip_ms)
            out.event("conversation.message.delta", dict(message, content=piece))
        while self.fault.get("endless"):  # the answer again and again, until the client goes
            for piece in pieces(message["content"]):
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
        self.conversation_append(chat["conversation_id"], [message])
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
        is_async = req.get("is_async") is True
        if is_async:
            out["data"] = ""  # the answer comes from the run history
        self.record_run(workflow_id, execute_id, req, logid, 2 if is_async else 0, prompt, answer)
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
            self.workflow_stream(req["workflow_id"], req.get("parameters"), None, logid, drip_ms, req)

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

    def workflow_stream(self, workflow_id: str, parameters, resume_data: str | None, logid: str, drip_ms: float,
                        req: dict | None = None):
        """stream_run (resume_data None) and stream_resume: Message events, a PING, then the end.

        The end is the End node's Message and Done {debug_url}; for workflow `interrupt` (not
        when resuming) an Interrupt instead, the last event, as the API ends a run that waits
        for input; for `error` an Error after CUT_AFTER_DELTAS messages.
        """
        if resume_data is None:
            prompt, answer = workflow_answer(parameters)
        else:
            prompt, answer = resume_data, "Echo: " + resume_data
        kind = WORKFLOW_ALIASES.get(workflow_id, workflow_id)  # what the workflow does
        lower = kind == "lowercase"
        out = EventStream(self, logid, workflow=True)

        def event(name: str, data):
            out.event(name.lower() if lower else name, data)

        execute_id = self.state.next_id()
        if kind == "interrupt" and resume_data is None:
            pass  # the run waits; its history comes with the resumed run
        elif kind != "error":
            self.record_run(workflow_id, execute_id, req or {}, logid, 1, prompt, answer)
        else:
            self.record_run(workflow_id, execute_id, req or {}, logid, 1, prompt, None, WORKFLOW_ERROR)
        for i, piece in enumerate(pieces(answer)):
            if kind == "error" and i == CUT_AFTER_DELTAS:
                break
            out.drip(drip_ms)
            event("Message", {"content": piece, "content_type": "text", "node_title": "Message",
                              "node_seq_id": str(i), "node_is_finish": (i + 1) * DELTA_CODE_POINTS >= len(answer),
                              "node_id": MESSAGE_NODE_ID})
            if i == 0:
                event("PING", {})
        url = debug_url(workflow_id, execute_id)
        if kind == "error":
            event("Error", {"error_code": WORKFLOW_ERROR[0], "error_message": WORKFLOW_ERROR[1], "debug_url": url})
            out.end()
            return
        if kind == "interrupt" and resume_data is None:
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
        bot_id = req.get("bot_id") if isinstance(req.get("bot_id"), str) else ""
        conversation_id = (query.get("conversation_id") or
                           (req.get("conversation_id") if isinstance(req.get("conversation_id"), str) else "")
                           or self.new_conversation(bot_id)["id"])
        chat = self.new_chat(conversation_id, bot_id, req.get("meta_data"))
        questions = self.question_messages(chat, req["additional_messages"], req.get("auto_save_history"))
        question = last_user_content(req["additional_messages"])
        answer = "Echo: " + question if question is not None else "Hello!"
        message = self.new_message(chat, answer)
        done_chat = dict(chat, status="completed", completed_at=chat["created_at"],
                         usage=usage_of(question or "", answer))
        self.remember(done_chat, [message])
        self.conversation_append(conversation_id, questions + [message])
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
        self.broke_utf8 = False
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
        if self.h.fault.get("invalid_utf8") and name == "conversation.message.delta" and not self.broke_utf8:
            self.broke_utf8 = True  # a raw 0xFF at the start of the first delta's content
            block = block.replace(b'"content":"', b'"content":"\xff', 1)
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
    # The listen backlog: the default 5 overflows when 64 clients connect at
    # once (the shared-client runs), and the kernel then drops connections the
    # clients believe open.
    request_queue_size = 128

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
