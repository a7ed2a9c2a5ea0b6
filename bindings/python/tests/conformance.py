"""The Python conformance runner over tests/vectors (see tests/vectors/README.md).

Runs each area found under $COZE_VECTORS (default tests/vectors) through the
core as the Python bridge exposes it, printing per area
``python <area>: N passed, N failed`` and ``  FAIL <file>: <name>: <why>``
per failing vector, then the `schema` area (the JSON-Schema-Test-Suite files
that schema/draft7.json claims, counted in tests). Exit status 1 when any
vector fails.

    PYTHONPATH=<build>/python python3 bindings/python/tests/conformance.py
"""

from __future__ import annotations

import base64
import json
import os
import sys
import urllib.parse
from pathlib import Path
from typing import Any, Callable, Dict, List, Tuple

import cozecore.errors
import cozecore.models
from cozecore import CozeError
from cozecore._bridge import core, header_vector

TARGET = "python"


class Mismatch(Exception):
    pass


# ---- comparison ----------------------------------------------------------------


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def subset_problem(expected: Any, actual: Any, path: str = "") -> str:
    """ "" when `expected` is a subset of `actual` (tests/vectors/README.md), else where it differs."""
    where = path or "value"
    if isinstance(expected, dict):
        if not isinstance(actual, dict):
            return f"{where}: expected an object, got {json.dumps(actual, ensure_ascii=False)}"
        for key, value in expected.items():
            if key not in actual:
                return f"{where}: missing key {key!r}"
            problem = subset_problem(value, actual[key], f"{path}.{key}" if path else key)
            if problem:
                return problem
        return ""
    if isinstance(expected, list):
        if not isinstance(actual, list) or len(actual) != len(expected):
            return f"{where}: expected {json.dumps(expected, ensure_ascii=False)}, got {json.dumps(actual, ensure_ascii=False)}"
        for i, (e, a) in enumerate(zip(expected, actual)):
            problem = subset_problem(e, a, f"{path}[{i}]")
            if problem:
                return problem
        return ""
    if _is_number(expected) and _is_number(actual):
        return "" if expected == actual else f"{where}: expected {expected}, got {actual}"
    if type(expected) is type(actual) and expected == actual:
        return ""
    return f"{where}: expected {json.dumps(expected, ensure_ascii=False)}, got {json.dumps(actual, ensure_ascii=False)}"


def expect_subset(what: str, expected: Any, actual: Any) -> None:
    problem = subset_problem(expected, actual)
    if problem:
        raise Mismatch(f"{what}: {problem}")


def exact_problem(expected: Any, actual: Any, path: str = "") -> str:
    """ "" when `actual` equals `expected` exactly (objects with the same keys; numbers by value), else where."""
    where = path or "value"
    if isinstance(expected, dict) and isinstance(actual, dict):
        missing = [k for k in expected if k not in actual]
        unexpected = [k for k in actual if k not in expected]
        if missing or unexpected:
            return f"{where}: missing keys {missing}, unexpected keys {unexpected} (got {json.dumps(actual, ensure_ascii=False)})"
        for key in expected:
            problem = exact_problem(expected[key], actual[key], f"{path}.{key}" if path else key)
            if problem:
                return problem
        return ""
    if isinstance(expected, list) and isinstance(actual, list) and len(expected) == len(actual):
        for i, (e, a) in enumerate(zip(expected, actual)):
            problem = exact_problem(e, a, f"{path}[{i}]")
            if problem:
                return problem
        return ""
    if _is_number(expected) and _is_number(actual) and expected == actual:
        return ""
    if type(expected) is type(actual) and not isinstance(expected, (dict, list)) and expected == actual:
        return ""
    return f"{where}: expected {json.dumps(expected, ensure_ascii=False)}, got {json.dumps(actual, ensure_ascii=False)}"


def parse_json_text(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return text


# ---- sse -----------------------------------------------------------------------


def run_sse(vector: Dict[str, Any]) -> None:
    if "input_b64" in vector:
        chunks = [base64.b64decode(c) for c in vector["input_b64"]]
    else:
        chunks = [c.encode("utf-8") for c in vector["input"]]
    whole = b"".join(chunks)
    byte_chunks = [whole[i : i + 1] for i in range(len(whole))]
    for label, feed in (("chunked", chunks), ("byte by byte", byte_chunks)):
        config = core.SseConfig()
        if "config" in vector and "max_event_bytes" in vector["config"]:
            config.max_event_bytes = int(vector["config"]["max_event_bytes"])
        parser = core.SseParser(config)
        for chunk in feed:
            parser.feed(chunk)
        parser.finish()
        events = [{"type": e.type, "data": e.data, "id": e.id} for e in parser.take_events()]
        if events != vector["events"]:
            raise Mismatch(
                f"{label}: events {json.dumps(events, ensure_ascii=False)} != "
                f"{json.dumps(vector['events'], ensure_ascii=False)}"
            )
        if "retry_ms" in vector and parser.retry_ms() != vector["retry_ms"]:
            raise Mismatch(f"{label}: retry_ms {parser.retry_ms()} != {vector['retry_ms']}")
        want_error = vector.get("error", "")
        if parser.error() != want_error:
            raise Mismatch(f"{label}: error {parser.error()!r} != {want_error!r}")


# ---- ulid ----------------------------------------------------------------------


def _ulid_fields(res) -> Dict[str, Any]:
    return {"text": res.text, "timestamp_ms": int(res.timestamp_ms), "randomness_hex": res.randomness_hex}


def run_ulid(vector: Dict[str, Any]) -> None:
    if "encode" in vector:
        spec = vector["encode"]
        res = core.ulid_encode(int(spec["timestamp_ms"]), spec["randomness_hex"])
        if "error" in vector:
            if res.ok or res.error != vector["error"]:
                raise Mismatch(
                    f"expected error {vector['error']!r}, got ok={res.ok} error={res.error!r} text={res.text!r}"
                )
        elif not res.ok or res.text != vector["expect"]:
            raise Mismatch(f"expected {vector['expect']!r}, got ok={res.ok} error={res.error!r} text={res.text!r}")
    elif "decode" in vector:
        res = core.ulid_decode(vector["decode"])
        if "error" in vector:
            if res.ok or res.error != vector["error"]:
                raise Mismatch(f"expected error {vector['error']!r}, got ok={res.ok} error={res.error!r}")
        else:
            if not res.ok:
                raise Mismatch(f"unexpected error {res.error!r}")
            expect_subset("decoded", vector["expect"], _ulid_fields(res))
    elif "monotonic" in vector:
        factory = core.UlidFactory()
        steps, expect = vector["monotonic"], vector["expect"]
        if len(steps) != len(expect):
            raise Mismatch("malformed vector: monotonic and expect differ in length")
        for i, (step, want) in enumerate(zip(steps, expect)):
            res = factory.next(int(step["timestamp_ms"]), step["randomness_hex"])
            got = res.text if res.ok else "error:" + res.error
            if got != want:
                raise Mismatch(f"step {i}: expected {want!r}, got {got!r}")
    else:
        raise Mismatch("malformed vector: no encode, decode or monotonic")


# ---- errors --------------------------------------------------------------------


def _error_fields(err) -> Dict[str, Any]:
    """The error's fields as the core writes them (error_json, history included)."""
    return json.loads(core.error_json(err))


def _expect_error(expected: Dict[str, Any], err) -> None:
    expected = dict(expected)
    contains = expected.pop("message_contains", None)
    actual = _error_fields(err)
    if contains is not None and contains not in actual["message"]:
        raise Mismatch(f"error.message: expected to contain {contains!r}, got {actual['message']!r}")
    expect_subset("error", expected, actual)


# The exception class of each kind, written out apart from errors.py's own table.
_ERROR_CLASS_NAMES = {
    "bad_request": "BadRequestError",
    "authentication": "AuthenticationError",
    "permission_denied": "PermissionDeniedError",
    "not_found": "NotFoundError",
    "conflict": "ConflictError",
    "unprocessable": "UnprocessableEntityError",
    "rate_limited": "RateLimitError",
    "server": "ServerError",
    "gateway": "GatewayError",
    "timeout": "APITimeoutError",
    "connection": "APIConnectionError",
    "cancelled": "CancelledError",
    "decode": "DecodeError",
    "stream": "StreamError",
    "api": "APIError",
    "invalid_argument": "InvalidArgumentError",
    "internal": "InternalError",
    "circuit_open": "CircuitOpenError",
    "tool": "ToolError",
}

_ERROR_FIELDS = (
    "kind", "retryable", "http_status", "code", "message", "logid",
    "retry_after_ms", "hint", "error_code", "body", "attempts", "request_id", "history",
)


def _answer_body(response: Dict[str, Any]) -> str:
    """`body`, or `body_repeat` {before, text, times, after} expanded."""
    repeat = response.get("body_repeat")
    if repeat is None:
        return response.get("body", "")
    times = int(repeat["times"])
    if times < 0 or times > 100_000_000:
        raise Mismatch("malformed vector: body_repeat.times out of range")
    return repeat.get("before", "") + repeat["text"] * times + repeat.get("after", "")


def _utf8_size(text: str, what: str) -> int:
    try:
        return len(text.encode("utf-8"))
    except UnicodeEncodeError:  # surrogate-escaped bytes: the core cut a character
        raise Mismatch(f"{what}: not valid UTF-8") from None


def run_errors(vector: Dict[str, Any]) -> None:
    request = vector.get("request", {})
    response = vector["response"]
    headers = [(k, v if isinstance(v, str) else json.dumps(v)) for k, v in response.get("headers", {}).items()]
    # The package's answer_error: core.answer_error (the real executor), then
    # errors.from_core, the function every failed call raises through.
    raised = cozecore.errors.answer_error(
        request.get("method", "POST"),
        bool(request.get("stream", False)),
        int(response["status"]),
        headers,
        _answer_body(response),
        int(vector.get("wall_ms", -1)),
    )
    want = vector["expect"]
    if raised is None:
        if want.get("kind") != "":
            raise Mismatch(f"expected kind {want.get('kind', '(any error)')!r}, the answer was a success")
        return
    if not isinstance(raised, CozeError):
        raise Mismatch(f"answer_error gave {type(raised).__name__}, not a CozeError")
    class_name = _ERROR_CLASS_NAMES.get(raised.kind)
    if class_name is None or type(raised).__name__ != class_name or type(raised) is not getattr(cozecore, class_name):
        raise Mismatch(f"kind {raised.kind!r} raised as {type(raised).__name__}, expected {class_name}")
    text = f"{raised.message} ({raised.hint})" if raised.hint else raised.message
    if str(raised) != text:
        raise Mismatch(f"str(error): expected {text!r}, got {str(raised)!r}")
    actual = {
        "kind": raised.kind,
        "retryable": raised.retryable,
        "http_status": raised.http_status,
        "code": raised.code,
        "message": raised.message,
        "logid": raised.logid,
        "retry_after_ms": -1 if raised.retry_after_ms is None else raised.retry_after_ms,
        "hint": raised.hint,
        "error_code": raised.error_code,
        "body": raised.body,
        "attempts": raised.attempts,
        "request_id": raised.request_id,
        "history": [dict(a._asdict()) for a in raised.history],
    }
    plain: Dict[str, Any] = {}
    for key, value in want.items():
        if key in ("message_contains", "hint_contains"):
            field = "hint" if key == "hint_contains" else "message"
            if value not in actual[field]:
                raise Mismatch(f"error.{field}: expected to contain {value!r}, got {actual[field]!r}")
        elif key in ("message_max_bytes", "body_max_bytes"):
            field = "body" if key == "body_max_bytes" else "message"
            size = _utf8_size(actual[field], f"error.{field}")
            if size > int(value):
                raise Mismatch(f"error.{field}: {size} bytes, more than {value}")
        elif key in _ERROR_FIELDS:
            plain[key] = value
        else:
            raise Mismatch(f"malformed vector: unknown expect key {key}")
    expect_subset("error", plain, actual)


# ---- exec ----------------------------------------------------------------------

_ACTION_NAMES = {
    core.ActionKind_Send: "send",
    core.ActionKind_Wait: "wait",
    core.ActionKind_Sleep: "sleep",
    core.ActionKind_Event: "event",
    core.ActionKind_Done: "done",
    core.ActionKind_Fail: "fail",
    core.ActionKind_Sign: "sign",
    core.ActionKind_Bytes: "bytes",
    core.ActionKind_Tools: "tools",
}


def _check_send(expected: Dict[str, Any], request) -> None:
    headers: List[Tuple[str, str]] = [(h.name, h.value) for h in request.headers]
    url = urllib.parse.urlsplit(request.url)
    for key, want in expected.items():
        if key == "method":
            if request.method != want:
                raise Mismatch(f"request.method: expected {want!r}, got {request.method!r}")
        elif key == "path":
            if url.path != want:
                raise Mismatch(f"request.path: expected {want!r}, got {url.path!r}")
        elif key == "query":
            query = dict(urllib.parse.parse_qsl(url.query, keep_blank_values=True))
            for name, value in want.items():
                if value is None:
                    if name in query:
                        raise Mismatch(f"request.query.{name}: expected absent, got {query[name]!r}")
                elif query.get(name) != str(value):
                    raise Mismatch(f"request.query.{name}: expected {value!r}, got {query.get(name)!r}")
        elif key == "headers":
            for name, value in want.items():
                found = [v for n, v in headers if n.lower() == name.lower()]
                if value is None:
                    if found:
                        raise Mismatch(f"request.headers.{name}: expected absent, got {found[0]!r}")
                elif not found:
                    raise Mismatch(f"request.headers.{name}: missing")
                elif found[0] != value:
                    raise Mismatch(f"request.headers.{name}: expected {value!r}, got {found[0]!r}")
        elif key == "json":
            try:
                body = json.loads(request.body)
            except ValueError:
                raise Mismatch(f"request.json: body is not JSON: {request.body[:200]!r}") from None
            expect_subset("request.json", want, body)
        elif key == "json_absent":
            body = json.loads(request.body or "{}")
            for name in want:
                if isinstance(body, dict) and name in body:
                    raise Mismatch(f"request.json: key {name!r} must be absent")
        elif key == "body":
            if request.body != want:
                raise Mismatch(f"request.body: expected {want!r}, got {request.body!r}")
        elif key == "sources":  # an upload's parts, spliced into the body by the host
            actual = [{"offset": off, "id": sid, "size": size} for off, sid, size in request.sources]
            if actual != want:
                raise Mismatch(f"request.sources: expected {want!r}, got {actual!r}")
        elif key == "body_size":
            if int(request.body_size) != want:
                raise Mismatch(f"request.body_size: expected {want!r}, got {int(request.body_size)}")
        else:
            raise Mismatch(f"malformed vector: unknown request key {key!r}")


def _describe(action) -> str:
    got = _ACTION_NAMES.get(action.kind, str(action.kind))
    if got == "send":
        return f"send {action.request.method} {action.request.url}"
    if got == "sleep":
        return f"sleep {int(action.delay_ms)}"
    if got == "event":
        return f"event {action.event.type}"
    if got == "fail":
        return f"fail {json.dumps(_error_fields(action.error), ensure_ascii=False)[:200]}"
    return got


def _jwt_parts(sign_input: str) -> Dict[str, Any]:
    """A JWT signing input (header.claims, each base64url JSON) as {"header", "claims"}."""
    parts = sign_input.split(".")
    if len(parts) != 2:
        raise Mismatch(f"sign input is not header.claims: {sign_input[:200]!r}")

    def part(text: str) -> Any:
        return json.loads(base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)))

    return {"header": part(parts[0]), "claims": part(parts[1])}


def run_exec(vector: Dict[str, Any]) -> None:
    config = core.ClientConfig()
    problem = config.apply_json(json.dumps(vector.get("client", {})))
    if problem:
        raise Mismatch(f"client config rejected: {problem}")
    client = core.Client(config)
    call_spec = vector["call"]
    options = core.CallOptions()
    if "wall_ms" in vector:
        options.wall_ms = int(vector["wall_ms"])
    if "options" in call_spec:
        problem = options.apply_json(json.dumps(call_spec["options"], ensure_ascii=False))
        if problem:
            raise Mismatch(f"call options rejected: {problem}")
    call = core.Call(client, call_spec["op"], json.dumps(call_spec.get("params", {}), ensure_ascii=False), options)
    now_ms = 0
    queue: List[Callable[[], None]] = []
    hooks: List[Any] = []  # every hook event, in order

    def next_action():
        action = call.next(now_ms)
        for event in call.take_hooks():
            fields = json.loads(core.hook_event_json(event))
            if fields.get("kind") in ("metric", "tool_called", "tool_finished"):
                problem = _hook_view_problem(event, fields)
                if problem:
                    raise Mismatch(problem)
            hooks.append(fields)
        return action

    for index, step in enumerate(vector["steps"]):
        at = f"step {index}: "
        if "respond" in step:
            r = step["respond"]
            if "transport_error" in r:
                kind = r["transport_error"]
                queue.append(lambda kind=kind: call.on_transport_error(kind, f"transport error ({kind})"))
                continue
            status, headers = int(r.get("status", 200)), header_vector(r.get("headers", {}))
            queue.append(lambda s=status, h=headers: call.on_response(s, h))
            if "chunks" in r:
                chunks = [c.encode("utf-8") for c in r["chunks"]]
            else:
                body = r.get("body", "")
                chunks = [body.encode("utf-8")] if body else []
            for chunk in chunks:
                queue.append(lambda c=chunk: call.on_body(c))
            then = r.get("then")
            if then == "reset":
                queue.append(lambda: call.on_transport_error("reset", "transport error (reset)"))
            elif then != "stall":  # a stalled answer sends nothing more: only the clock can end it
                queue.append(call.on_end)
            continue
        if "cancel" in step:
            if step["cancel"]:
                call.cancel()
            continue
        if "sign" in step:  # the host's RS256 signature, base64
            call.on_signature(base64.b64decode(step["sign"]))
            continue
        if "sign_error" in step:
            call.on_sign_error(step["sign_error"])
            continue
        if "sent" in step:  # upload progress: bytes of the body sent so far
            call.on_body_sent(step["sent"])
            continue
        if "tool_output" in step:  # a local tool's output, as its host function returned it
            call.on_tool_output(step["tool_output"]["id"], step["tool_output"]["output"])
            continue
        if "tool_error" in step:  # a local tool's function failed
            call.on_tool_error(step["tool_error"]["id"], step["tool_error"]["message"])
            continue
        if "source_error" in step:  # the host could not read an upload's source
            call.on_source_error(step["source_error"]["source"], step["source_error"]["message"])
            continue
        if "advance_ms" in step:
            # Everything queued arrives first, at the current time; then the clock moves.
            while True:
                action = next_action()
                if action.kind != core.ActionKind_Wait:
                    raise Mismatch(at + f"advance_ms: expected WAIT while feeding, got {_describe(action)}")
                if not queue:
                    break
                queue.pop(0)()
            now_ms += int(step["advance_ms"])
            continue
        if "expect" not in step:
            raise Mismatch(at + f"unknown step {json.dumps(step, ensure_ascii=False)[:200]}")

        want = step["expect"]
        action = next_action()
        while action.kind == core.ActionKind_Wait:
            if not queue:
                raise Mismatch(at + f"WAIT with nothing left to feed (expected {want})")
            queue.pop(0)()
            action = next_action()
        got = _ACTION_NAMES.get(action.kind, str(action.kind))
        if got != want:
            raise Mismatch(at + f"expected {want}, got {_describe(action)}")
        try:
            if want == "send":
                _check_send(step.get("request", {}), action.request)
            elif want == "sign":
                if "jwt" in step:
                    expect_subset("jwt", step["jwt"], _jwt_parts(action.sign_input))
            elif want == "tools":
                if "calls" in step:
                    expect_subset("tool calls", step["calls"], json.loads(action.tool_calls))
            elif want == "sleep":
                delay = int(action.delay_ms)
                if "min_ms" in step and delay < step["min_ms"]:
                    raise Mismatch(f"sleep {delay} < min_ms {step['min_ms']}")
                if "max_ms" in step and delay > step["max_ms"]:
                    raise Mismatch(f"sleep {delay} > max_ms {step['max_ms']}")
                now_ms += delay
            elif want == "event":
                expected = step.get("event", {})
                actual = {"type": action.event.type, "data": parse_json_text(action.event.data)}
                expect_subset("event", expected, actual)
            elif want == "bytes":
                # One chunk fed per item, so one chunk per action; the action's bytes cross as
                # str (SWIG surrogate-escapes what is not UTF-8): back to the exact bytes.
                expected_bytes = (
                    base64.b64decode(step["body_b64"]) if "body_b64" in step else step.get("body", "").encode("utf-8")
                )
                got_bytes = action.bytes.encode("utf-8", "surrogateescape")
                if got_bytes != expected_bytes:
                    raise Mismatch(f"bytes: expected {expected_bytes[:200]!r}, got {got_bytes[:200]!r}")
                if "content_type" in step and call.content_type() != step["content_type"]:
                    raise Mismatch(f"bytes: content_type: expected {step['content_type']!r}, got {call.content_type()!r}")
            elif want == "done":
                if "result" in step:
                    result = parse_json_text(action.result) if action.result else None
                    expect_subset("result", step["result"], result)
            elif want == "fail":
                if "error" in step:
                    _expect_error(step["error"], action.error)
                _check_raised({}, action.error)
            else:
                raise Mismatch(f"unknown expect {want!r}")
        except Mismatch as m:
            raise Mismatch(at + str(m)) from None
    # Input still queued once the call has ended is dropped, as a host closes the response.
    if queue and not call.finished():
        raise Mismatch(f"feed queue not empty after the last step ({len(queue)} left)")
    if "hooks" in vector:
        problem = subset_problem(vector["hooks"], hooks)
        if problem:
            raise Mismatch(f"hooks: {problem} (all hooks: {json.dumps(hooks, ensure_ascii=False)[:2000]})")


# ---- health --------------------------------------------------------------------

_DEFAULT_HEALTH_CALL = {"op": "chat.retrieve", "params": {"conversation_id": "c1", "chat_id": "k1"}}


def _check_raised(expected: Dict[str, Any], err) -> None:
    """The exception the package raises for a core error (errors.from_core, as every
    failed call): its class is the kind's, and its severity is the core's."""
    raised = cozecore.errors.from_core(err)
    class_name = _ERROR_CLASS_NAMES.get(raised.kind)
    if class_name is None or type(raised) is not getattr(cozecore, class_name):
        raise Mismatch(f"kind {raised.kind!r} raised as {type(raised).__name__}, expected {class_name}")
    if raised.severity != err.severity or ("severity" in expected and raised.severity != expected["severity"]):
        raise Mismatch(f"error.severity: expected {expected.get('severity', err.severity)!r}, got {raised.severity!r}")


def _hook_view_problem(event, fields: Dict[str, Any]) -> str:
    """ "" when the package's HookEvent of a core hook event reads the new fields as the
    core wrote them (error_rate -1 reads as None; a metric's attributes as a dict in
    the core's order)."""
    view = cozecore.HookEvent._from_core(event)
    rate = fields.get("error_rate", -1)
    want = {
        "kind": fields.get("kind", ""),
        "severity": fields.get("severity", ""),
        "reason": fields.get("reason", ""),
        "state": fields.get("state", ""),
        "error_rate": None if rate is None or rate < 0 else rate,
    }
    if want["kind"] == "metric":
        want.update(
            metric=fields.get("metric"),
            instrument=fields.get("instrument"),
            unit=fields.get("unit"),
            value=fields.get("value"),
            attributes=[(x.name, x.value) for x in event.attributes],
        )
        if fields.get("attributes") != dict(want["attributes"]):
            return f"hook_event_json attributes {fields.get('attributes')} != the event's {want['attributes']}"
        got = {key: getattr(view, key) for key in want}
        got["attributes"] = list(view.attributes.items())
        return "" if got == want else f"HookEvent view {got} != {want}"
    if want["kind"] in ("tool_called", "tool_finished"):
        duration = fields.get("duration_ms", -1)
        want.update(
            tool=fields.get("tool", ""),
            tool_call_id=fields.get("tool_call_id", ""),
            outcome=fields.get("outcome", ""),
            message=fields.get("message", ""),
            body=fields.get("body", ""),
            duration_ms=None if duration is None or duration < 0 else duration,
        )
    got = {key: getattr(view, key) for key in want}
    return "" if got == want else f"HookEvent view {got} != {want}"


def _health_view(client, now_ms: int) -> Any:
    """Client::health_json read through the public model (ClientHealth, as Coze.health() does)."""
    view = cozecore.models.decode_model("ClientHealth", client.health_json(now_ms))
    if type(view) is not cozecore.models.ClientHealth:
        raise Mismatch(f"health decodes as {type(view).__name__}, not ClientHealth")
    return view.to_dict()


def run_health(vector: Dict[str, Any]) -> None:
    config = core.ClientConfig()
    problem = config.apply_json(json.dumps(vector.get("client", {}), ensure_ascii=False))
    if "client_error" in vector:
        if vector["client_error"] not in problem:
            raise Mismatch(f"client config: expected an error naming {vector['client_error']!r}, got {problem!r}")
        return
    if problem:
        raise Mismatch(f"client config rejected: {problem}")
    client = core.Client(config)
    now_ms = 0
    hooks: List[Any] = []  # every hook event, in order
    health_hooks: List[Any] = []  # the health_changed ones since the last "hooks" step
    for index, step in enumerate(vector["steps"]):
        at = f"step {index}: "
        try:
            if "advance_ms" in step:
                now_ms += int(step["advance_ms"])
            elif "health" in step:
                expect_subset("health", step["health"], _health_view(client, now_ms))
            elif "hooks" in step:
                seen, health_hooks = health_hooks, []
                problem = subset_problem(step["hooks"], seen)
                if problem:
                    raise Mismatch(f"health hooks: {problem} (seen: {json.dumps(seen)[:2000]})")
            elif "call" in step:
                spec = step["call"]
                answers = step["answers"]
                want = step["expect"]
                for _ in range(int(step.get("times", 1))):
                    call = core.Call(
                        client,
                        spec.get("op", _DEFAULT_HEALTH_CALL["op"]),
                        json.dumps(spec.get("params", _DEFAULT_HEALTH_CALL["params"]), ensure_ascii=False),
                        core.CallOptions(),
                    )
                    used, in_flight = 0, False
                    for guard in range(1001):
                        if guard == 1000:
                            raise Mismatch("the call did not end")
                        action = call.next(now_ms)
                        for event in call.take_hooks():
                            fields = json.loads(core.hook_event_json(event))
                            if fields.get("kind") in ("health_changed", "metric"):
                                problem = _hook_view_problem(event, fields)
                                if problem:
                                    raise Mismatch(problem)
                            if fields.get("kind") == "health_changed":
                                health_hooks.append(fields)
                            hooks.append(fields)
                        kind = action.kind
                        if kind == core.ActionKind_Send:
                            if used >= len(answers):
                                raise Mismatch(f"an attempt more than the {len(answers)} answers")
                            answer = answers[used]
                            used += 1
                            if "transport_error" in answer:
                                error_kind = answer["transport_error"]
                                call.on_transport_error(error_kind, f"transport error ({error_kind})")
                            else:
                                call.on_response(int(answer.get("status", 200)), header_vector(answer.get("headers", {})))
                                body = answer.get("body", "")
                                if body:
                                    call.on_body(body.encode("utf-8"))
                                call.on_end()
                            in_flight = True
                        elif kind == core.ActionKind_Sleep:
                            now_ms += int(action.delay_ms)
                        elif kind == core.ActionKind_Wait:
                            if not in_flight:
                                raise Mismatch("WAIT with nothing to feed")
                            in_flight = False
                        elif kind == core.ActionKind_Event:
                            pass  # stream events are not what this area looks at
                        else:
                            if want == "done":
                                if kind != core.ActionKind_Done:
                                    raise Mismatch(f"expected done, got {_describe(action)}")
                            elif kind != core.ActionKind_Fail:
                                raise Mismatch(f"expected fail, got {_describe(action)}")
                            else:
                                _expect_error(want["error"], action.error)
                                _check_raised(want["error"], action.error)
                            if used != len(answers):
                                raise Mismatch(f"{len(answers) - used} answers left unused")
                            break
            else:
                raise Mismatch(f"unknown step {json.dumps(step, ensure_ascii=False)[:200]}")
        except Mismatch as m:
            raise Mismatch(at + str(m)) from None
    if "hooks" in vector:
        problem = subset_problem(vector["hooks"], hooks)
        if problem:
            raise Mismatch(f"hooks: {problem} (all hooks: {json.dumps(hooks, ensure_ascii=False)[:2000]})")


# ---- models --------------------------------------------------------------------


def _canonical(value: Any) -> Any:
    """A decoded value's canonical view, through the public API: views give to_dict()."""
    if isinstance(value, cozecore.models.View):
        return value.to_dict()
    if isinstance(value, list):
        return [_canonical(v) for v in value]
    return value


def run_models(vector: Dict[str, Any]) -> None:
    """One answer decoded through the public typed API and compared exactly (tests/vectors/README.md)."""
    try:
        if "model" in vector:
            model = getattr(cozecore.models, vector["model"], None)
            if isinstance(model, type) and issubclass(model, cozecore.models.View) and model._NAME == vector["model"]:
                actual = _canonical(model.parse(vector["payload"]))  # Chat.parse(text)
            else:  # no such class: the name is unknown to the API too (invalid_argument)
                actual = _canonical(cozecore.models.decode_model(vector["model"], vector["payload"]))
        elif "event" in vector:
            event = cozecore.models.decode_event(vector["op"], vector["event"], vector["payload"])
            actual = event.to_dict()
        else:
            actual = _canonical(cozecore.models.decode_response(vector["op"], int(vector["status"]), vector["body"]))
    except CozeError as err:
        if "error" not in vector:
            raise Mismatch(f"unexpected error {err.kind}: {err}") from None
        if err.kind != vector["error"]:
            raise Mismatch(f"expected error {vector['error']!r}, got {err.kind!r}: {err}") from None
        return
    if "error" in vector:
        raise Mismatch(f"expected error {vector['error']!r}, got {json.dumps(actual, ensure_ascii=False)[:300]}")
    problem = exact_problem(vector["expect"], actual)
    if problem:
        raise Mismatch(problem)


# ---- schema --------------------------------------------------------------------


class _NumberText(str):
    """A JSON number other than an integer, kept as the suite's own text."""


def _suite_json(text: str) -> Any:
    # Integers are exact in Python already; other numbers keep their text so
    # that a value a double cannot hold (optional/bignum.json's
    # 972783798187987123879878123.188781371) reaches the core as written.
    return json.loads(text, parse_float=_NumberText)


def _dump_suite_json(value: Any) -> str:
    """The JSON text of a value read by _suite_json (numbers as in the suite)."""
    if isinstance(value, _NumberText):
        return str.__str__(value)
    if isinstance(value, dict):
        members = (json.dumps(k, ensure_ascii=False) + ":" + _dump_suite_json(v) for k, v in value.items())
        return "{" + ",".join(members) + "}"
    if isinstance(value, list):
        return "[" + ",".join(_dump_suite_json(v) for v in value) + "]"
    return json.dumps(value, ensure_ascii=False)  # str, int, bool, None


def run_schema_area(directory: Path) -> Tuple[int, int, List[str]]:
    """The JSON-Schema-Test-Suite over the tool-argument validator, as the claim
    file schema/draft7.json lists it (tests/vectors/README.md "schema"): every
    group not listed under `skip` must have its schema accepted and each test's
    data validate as the suite says; each file's passed count must equal the
    claim's. Counts tests."""
    passed_all, failed, failures = 0, 0, []
    try:
        claim = json.loads((directory / "draft7.json").read_text(encoding="utf-8"))
    except (OSError, ValueError, UnicodeDecodeError):
        claim = None
    if not isinstance(claim, dict) or not isinstance(claim.get("files"), list):
        return 0, 1, ["  FAIL schema/draft7.json: not a claim file"]
    suite = Path(os.environ.get("COZE_SCHEMA_SUITE") or claim.get("suite", ""))
    for entry in claim["files"]:
        name = entry["file"]
        try:
            groups = _suite_json((suite / name).read_text(encoding="utf-8"))
        except (OSError, ValueError, UnicodeDecodeError):
            groups = None
        if not isinstance(groups, list):
            failed += 1
            failures.append(f"  FAIL schema/{name}: cannot read {suite / name}")
            continue
        skip = {s["group"] for s in entry.get("skip", [])}
        passed = 0
        for group in groups:
            title = group.get("description", "") if isinstance(group, dict) else ""
            if title in skip:
                continue
            try:
                schema = _dump_suite_json(group["schema"])
                why = core.tool_schema_check(schema)
                if why:
                    failed += 1
                    failures.append(f"  FAIL schema/{name}: {title}: schema refused: {why}")
                    continue
                compiled = core.ToolSchema(schema)
                for test in group["tests"]:
                    out = json.loads(compiled.validate(_dump_suite_json(test["data"])))
                    if out.get("ok", False) == test["valid"]:
                        passed += 1
                    else:
                        failed += 1
                        want = "valid" if test["valid"] else "invalid"
                        failures.append(
                            f"  FAIL schema/{name}: {title}: {test.get('description', '')}: expected {want}, "
                            f"got {json.dumps(out, ensure_ascii=False)}"
                        )
            except Exception as exc:  # a malformed group or a crash must not hide the others
                failed += 1
                failures.append(f"  FAIL schema/{name}: {title}: exception: {type(exc).__name__}: {exc}")
        passed_all += passed
        if passed != entry["passed"]:
            failed += 1
            claimed = json.dumps(entry["passed"])
            failures.append(f"  FAIL schema/{name}: {passed} tests passed, the claim says {claimed}")
    return passed_all, failed, failures


# ---- driver --------------------------------------------------------------------

AREAS: List[Tuple[str, Callable[[Dict[str, Any]], None]]] = [
    ("sse", run_sse),
    ("ulid", run_ulid),
    ("errors", run_errors),
    ("exec", run_exec),
    ("flows", run_exec),  # calls made of several requests (pages, polling): the exec schema
    ("models", run_models),
    ("health", run_health),
]


def run_area(directory: Path, area: str, run: Callable[[Dict[str, Any]], None]) -> Tuple[int, int, List[str]]:
    passed, failed, failures = 0, 0, []
    for file in sorted(p for p in directory.iterdir() if p.is_file() and p.suffix == ".json"):
        label = f"{area}/{file.name}"
        try:
            vectors = json.loads(file.read_text(encoding="utf-8"))
        except (ValueError, UnicodeDecodeError) as exc:
            vectors = exc
        if isinstance(vectors, dict):  # a file may hold one vector object
            vectors = [vectors]
        if not isinstance(vectors, list):
            failed += 1
            failures.append(f"  FAIL {label}: <file>: neither a JSON array of vectors nor one vector object")
            continue
        for i, vector in enumerate(vectors):
            name = vector.get("name") if isinstance(vector, dict) else None
            if not isinstance(name, str):
                name = f"#{i}"
            why = ""
            try:
                run(vector)
            except Mismatch as m:
                why = str(m)
            except (KeyError, TypeError, ValueError, AttributeError) as exc:
                why = f"malformed vector: {type(exc).__name__}: {exc}"
            except Exception as exc:  # a crash in one vector must not hide the others
                why = f"exception: {type(exc).__name__}: {exc}"
            if why:
                failed += 1
                failures.append(f"  FAIL {label}: {name}: {why}")
            else:
                passed += 1
    return passed, failed, failures


def main(argv: List[str]) -> int:
    root = Path(argv[1] if len(argv) > 1 else (os.environ.get("COZE_VECTORS") or "tests/vectors"))
    if not root.is_dir():
        print(f"conformance: no vectors directory {root}", file=sys.stderr)
        return 1
    any_failed = False
    total = 0
    for area, run in AREAS:
        directory = root / area
        if not directory.is_dir():
            continue
        passed, failed, failures = run_area(directory, area, run)
        print(f"{TARGET} {area}: {passed} passed, {failed} failed")
        for line in failures:
            print(line)
        any_failed = any_failed or failed > 0
        total += passed + failed
    if (root / "schema").is_dir():
        passed, failed, failures = run_schema_area(root / "schema")
        print(f"{TARGET} schema: {passed} passed, {failed} failed")
        for line in failures:
            print(line)
        any_failed = any_failed or failed > 0
        total += passed + failed
    sys.stdout.flush()
    if total == 0:
        print(f"conformance: no vectors found under {root}", file=sys.stderr)
        return 1
    return 1 if any_failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
