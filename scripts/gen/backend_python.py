"""Python backend: typed views, stream events, request dicts and resources.

Writes bindings/python/cozecore/_generated/:

  models.py     one View subclass per IR model: a property per field, read
                lazily from the record (the runtime is cozecore/_record.py)
  events.py     one StreamEvent subclass per model that is an event payload,
                and the chat / workflow event tables
  params.py     one TypedDict per model used in a request (<Model>Param)
  resources.py  one class per resource path with a method per operation
                (keyword-only parameters typed from the IR, plus the per-call
                options), a ``<method>_pages`` Pager method beside each list
                operation with paging (the core's ``<op>.pages`` flow), the
                x-coze-poll methods (``create_and_poll`` and its handle
                ``start_create_and_poll`` beside chat.create, over the
                runtime in cozecore._chat), the x-coze-tools method (``run_tools``
                beside chat.create, an EventStream over the runtime in
                cozecore.client / cozecore._driver), and the root that Coze inherits
  async_resources.py  the same resources for AsyncCoze (cozecore.aio): an
                ``async def`` per operation that answers with a result
                (``await coze.chat.create(...)``, ``await
                coze.chat.create_and_poll(...)``), and plain methods returning the
                async twins of the streams, pagers and poll handles
                (AsyncEventStream, AsyncPager, AsyncChatPoll in cozecore._aio),
                over the same runtime (cozecore.client.ClientBase); the root
                AsyncCoze inherits
  __init__.py   the names of the modules above

The package's hand-written modules (client, driver, record reader) know no
operation or field name; everything named here comes from the IR.
"""

from __future__ import annotations

import keyword
import re
import textwrap
from typing import Any, Dict, List, Set

from common import header, pascal, resource_tree

OUTPUT_DIRS = ["bindings/python/cozecore/_generated"]
_OUT = "bindings/python/cozecore/_generated/"

# Names a view keeps for itself; a field with one of them gets a trailing "_".
# (`logid`, the answer's log id, is not among them: a field of that name wins.)
_VIEW_RESERVED = {"to_dict", "to_json", "parse", "extra", "get"}
# The per-call options every operation method takes (cozecore.client); a
# parameter with one of these names gets a trailing "_".
_OPTIONS = [
    ("timeout", "Optional[float]", "seconds for the whole call (attempts and back-off sleeps)"),
    ("max_retries", "Optional[int]", "retries for this call instead of the client's"),
    ("idempotency_key", "Optional[str]", "the key to send (default: a fresh ULID, the same on every attempt)"),
    ("idempotency", "Optional[bool]", "False: send no idempotency key"),
    ("traceparent", "Optional[str]", "W3C trace context sent on every attempt"),
    ("tracestate", "Optional[str]", "sent with traceparent"),
    ("extra_headers", "Optional[Mapping[str, str]]", "headers to add to the request"),
    ("extra_query", "Optional[Mapping[str, str]]", "query parameters the description lacks"),
    ("extra_body", "Optional[Mapping[str, Any]]", "keys merged into the JSON body"),
]
# A pager's and a poll's requests each get their own key from the core: no idempotency_key.
_FLOW_OPTIONS = [o for o in _OPTIONS if o[0] != "idempotency_key"]
# x-coze-poll: the poll interval the poll methods take besides the flow options.
_POLL_INTERVAL = ("poll_interval", "Optional[float]", "seconds between polls (default 1)")
# Operations that upload a file also take an upload progress callback; binary ones an output.
_UPLOAD_PROGRESS = (
    "upload_progress",
    "Optional[Callable[[int, int], Any]]",
    "called as upload_progress(sent, total) while the request body goes out: bytes sent so far"
    " and the body's size (-1 when a file's size is unknown); it starts again from 0 on a retry",
)
_OUTPUT = (
    "output",
    "Optional[BinaryOutput]",
    "where the bytes go as they arrive: a path (written, and removed again if the call fails), a"
    " writable binary file, or a callable taking each chunk; the BinaryResponse's content is then"
    " empty (its size says how many bytes came). None: kept in memory as the content",
)
# What a method puts in the CallOptions it hands to the client (cozecore._options).
_CALL_OPTION_NAMES = {name for name, _, _ in _OPTIONS} | {_UPLOAD_PROGRESS[0], _OUTPUT[0]}
_OPTION_NAMES = _CALL_OPTION_NAMES | {_POLL_INTERVAL[0], "self"}
# The runtime (cozecore._chat) of each x-coze-poll flow: its handle, its result, and what it does.
_POLL_RUNTIME = {
    "chat.create_and_poll": (
        "ChatPoll",
        "ChatPollResult",
        "chat.create, then chat.retrieve every ``poll_interval`` seconds (default 1; a fraction of a"
        " millisecond rounds up to 1 ms) until the chat is completed, failed, requires_action or canceled, then"
        " its messages (chat.messages.list): ChatPollResult(chat, messages). ``timeout`` (seconds) bounds the"
        " whole call: when it passes first, the chat is cancelled (chat.cancel) and APITimeoutError is raised."
        " The other options are chat.create's and apply to every request (each with its own idempotency key).",
    ),
}

# x-coze-tools: the parameters the tools method takes besides the operation's (the tools
# themselves, required, come first), and what each flow does.
_TOOLS_OPTIONS = [
    ("max_rounds", "Optional[int]", "how often the bot may ask for tools (1..1000, default 8)"),
    ("tool_timeout", "Optional[float]", "seconds one round's functions may take (default 60)"),
    ("tool_errors", "Optional[str]", '"output" (default) or "fail"'),
]
_TOOLS_RUNTIME = {
    "chat.run_tools": (
        "Streams the chat as ``stream`` does (every round's events; ``done`` only once, at the end). Each time"
        " a round ends at ``conversation.chat.requires_action``, the core checks every call's arguments against"
        " its tool's schema and fills in defaults (an unknown tool or invalid arguments it answers itself), the"
        " functions run concurrently, one thread each, with the arguments as keywords, and the core submits all"
        " outputs (``chat.submit_tool_outputs``, streaming) and streams on, for at most ``max_rounds`` rounds"
        " (default 8; one more cancels the chat and raises ToolError). A function's str is sent as it is,"
        " anything else as compact JSON. ``tool_timeout`` (seconds, default 60) bounds a round's functions: one"
        ' still running then is answered as timed out. ``tool_errors``: "output" (default: a failing call\'s'
        ' output is {"error": "..."} and the bot goes on) or "fail" (the chat is cancelled and ToolError raised).'
        " ``timeout`` (seconds) bounds the whole run: when it passes first, the chat is cancelled (chat.cancel)"
        " and APITimeoutError is raised. The other options are chat.create's and apply to every request (each"
        " with its own idempotency key).",
    ),
}

_SCALARS = {"string": "str", "id": "str", "integer": "int", "number": "float", "boolean": "bool", "any": "Any"}


# -- names and text -------------------------------------------------------------


def identifier(name: str, reserved: Set[str] = frozenset()) -> str:
    """An API name as a Python identifier: non-identifier characters become
    "_", and keywords and reserved names get a trailing "_"."""
    out = re.sub(r"\W", "_", name)
    if not out or out[0].isdigit():
        out = "_" + out
    if keyword.iskeyword(out) or out in reserved or out.startswith("__"):
        out += "_"
    return out


def docstring(text: str, indent: str) -> str:
    """A triple-quoted docstring line(s) at `indent`; "" for no text."""
    text = (text or "").strip().replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    if not text:
        return ""
    width = 116 - len(indent)
    lines: List[str] = []
    for line in text.splitlines():
        lead = line[: len(line) - len(line.lstrip())]
        more = lead + "    " if lead else ""  # an indented entry (Args:) continues one level deeper
        lines += textwrap.wrap(line, width, subsequent_indent=more, break_long_words=False, break_on_hyphens=False)
        lines += [] if line.strip() else [""]
    if len(lines) == 1 and len(indent) + len(lines[0]) <= 110:
        return f'{indent}"""{lines[0]}"""\n'
    body = "\n".join((indent + line).rstrip() for line in lines)
    return f'{indent}"""{body.lstrip()}\n{indent}"""\n'


def with_typing_import(text: str, placeholder: str = "@TYPING@") -> str:
    """Replaces the placeholder line by ``from typing import`` of the names the text uses."""
    body = text.replace(placeholder, "")
    used = [n for n in _TYPING_NAMES if re.search(rf"\b{n}\b", body)]
    line = f"from typing import {', '.join(used)}\n" if used else ""
    return text.replace(placeholder + "\n", line)


_TYPING_NAMES = ("Any", "Callable", "Dict", "List", "Mapping", "Optional", "Sequence", "Type", "TypedDict")


def exploded(opening: str, items: List[str], closing: str, indent: str = "    ") -> str:
    """A bracketed list written one item per line with a trailing comma (as black writes it)."""
    body = "".join(f"{indent}{item},\n" for item in items)
    return f"{opening}\n{body}{closing}\n"


def view_type(t: Dict[str, Any]) -> str:
    kind = t["kind"]
    if kind in _SCALARS:
        return _SCALARS[kind]
    if kind == "model":
        return t["model"]
    if kind == "array":
        return f"List[{view_type(t['items'])}]"
    if kind == "map":
        return f"Dict[str, {view_type(t['values'])}]"
    if kind == "binary":
        return "bytes"
    raise ValueError(f"unknown type kind {kind!r}")


def param_type(t: Dict[str, Any], quote: bool = False) -> str:
    kind = t["kind"]
    if kind in _SCALARS:
        return _SCALARS[kind]
    if kind == "model":
        name = f"{t['model']}Param"
        return f'"{name}"' if quote else name
    if kind == "array":
        return f"Sequence[{param_type(t['items'], quote)}]"
    if kind == "map":
        return f"Mapping[str, {param_type(t['values'], quote)}]"
    if kind == "binary":
        return "FileInput"
    raise ValueError(f"unknown type kind {kind!r}")


def _models_in(t: Dict[str, Any], out: Set[str]) -> None:
    kind = t["kind"]
    if kind == "model":
        out.add(t["model"])
    elif kind == "array":
        _models_in(t["items"], out)
    elif kind == "map":
        _models_in(t["values"], out)


def _field_doc(field: Dict[str, Any]) -> str:
    parts = [field.get("doc") or ""]
    if field.get("enum"):
        parts.append("Known values: " + ", ".join(f"``{v}``" for v in field["enum"]) + " (others are kept).")
    if field.get("aliases"):
        parts.append("Also read from: " + ", ".join(f"``{a}``" for a in field["aliases"]) + ".")
    return "\n".join(p for p in parts if p)


# -- models.py ---------------------------------------------------------------------


def _models_py(ir: Dict[str, Any]) -> str:
    out = [
        header("#"),
        '"""Typed views of the API\'s models, read lazily from records (see cozecore._record)."""\n\n',
        "from __future__ import annotations\n\n",
        "@TYPING@\n\n",
        "from .._record import View, register_models, string, value\n\n",
    ]
    names = [m["name"] for m in ir["models"]]
    out.append(exploded("__all__ = [", [f'"{n}"' for n in names], "]"))
    for model in ir["models"]:
        out.append("\n\n")
        out.append(f"class {model['name']}(View):\n")
        out.append(docstring(model.get("doc") or f"The {model['name']} model.", "    "))
        fields = tuple(f["name"] for f in model["fields"])
        out.append("\n    __slots__ = ()\n")
        out.append(f'    _NAME = "{model["name"]}"\n')
        out.append(f"    _FIELDS = {_tuple_literal(fields, '    _FIELDS = ')}\n")
        secrets = tuple(f["name"] for f in model["fields"] if f.get("secret"))
        if secrets:
            out.append(f"    _SECRETS = {_tuple_literal(secrets, '    _SECRETS = ')}\n")
        for i, field in enumerate(model["fields"]):
            prop = identifier(field["name"], _VIEW_RESERVED)
            reader = "string" if field["type"]["kind"] in ("string", "id") else "value"
            out.append("\n    @property\n")
            out.append(f"    def {prop}(self) -> Optional[{view_type(field['type'])}]:\n")
            out.append(docstring(_field_doc(field), "        "))
            out.append(f"        return {reader}(self._r, self._n + {2 + 3 * i})\n")
    out.append("\n\n" + exploded("register_models(\n    (", names, "    )\n)", indent="        "))
    return with_typing_import("".join(out))


def _tuple_literal(items: Any, prefix: str) -> str:
    """A tuple of strings as black writes it after `prefix`: on one line when it fits, else exploded."""
    quoted = [f'"{x}"' for x in items]
    inner = ", ".join(quoted) + ("," if len(quoted) == 1 else "")
    if len(prefix) + len(inner) + 2 <= 120:
        return f"({inner})"
    return exploded("(", quoted, "    )").rstrip("\n").replace("\n    ", "\n        ").replace("\n        )", "\n    )")


# -- events.py ---------------------------------------------------------------------


def _event_class_names(ir: Dict[str, Any]) -> Dict[str, str]:
    """Payload model -> its event class name."""
    models = {m["name"] for m in ir["models"]}
    out: Dict[str, str] = {}
    for stream in ("chat", "workflow"):
        for event in ir["events"].get(stream, []):
            model = event["model"]
            if model and model not in out:
                # Chat -> ChatEvent, ErrorEventData -> ErrorEvent; WorkflowMessageEvent
                # (a model already) -> WorkflowMessageStreamEvent.
                stem = re.sub(r"Event(Data)?$", "", model) or model
                name = f"{stem}Event"
                out[model] = name if name not in models else f"{stem}StreamEvent"
    return out


def _events_py(ir: Dict[str, Any]) -> str:
    classes = _event_class_names(ir)
    out = [
        header("#"),
        '"""Typed stream events: an event whose payload is a model also reads as that model.\n\n',
        "``event.type`` is the event name, ``event.sse_id`` its SSE id, ``event.data`` the\n",
        "payload; the payload's fields are properties of the event itself.\n",
        '"""\n\n',
        "from __future__ import annotations\n\n",
        "@TYPING@\n\n",
        "from .._record import StreamEvent, register_events\n",
    ]
    if classes:
        out.append(exploded("from .models import (", sorted(classes), ")"))
    names = sorted(classes.values())
    out.append("\n" + exploded("__all__ = [", [f'"{n}"' for n in names + ["CHAT_EVENTS", "WORKFLOW_EVENTS"]], "]"))
    for model in sorted(classes):
        events = [e["name"] for s in ("chat", "workflow") for e in ir["events"].get(s, []) if e["model"] == model]
        out.append("\n\n")
        out.append(f"class {classes[model]}(StreamEvent, {model}):\n")
        out.append(
            docstring(f"A stream event with a {model} payload: " + ", ".join(f"``{e}``" for e in events) + ".", "    ")
        )
        out.append("\n    __slots__ = ()\n")
    for stream, table in (("chat", "CHAT_EVENTS"), ("workflow", "WORKFLOW_EVENTS")):
        out.append(f"\n\n# The {stream} stream's events and the class each arrives as.\n")
        out.append(f"{table}: Dict[str, Type[StreamEvent]] = {{\n")
        for event in ir["events"].get(stream, []):
            cls = classes[event["model"]] if event["model"] else "StreamEvent"
            out.append(f'    "{event["name"]}": {cls},\n')
        out.append("}\n")
    by_code = [
        (e["code"], classes[e["model"]], e["name"])
        for s in ("chat", "workflow")
        for e in ir["events"].get(s, [])
        if e["model"]
    ]
    out.append("\n# The class of each event type code (its index in the IR's event names) with a model payload.\n")
    out.append("register_events(\n    {\n")
    out += [f"        {code}: {cls},  # {name}\n" for code, cls, name in sorted(by_code)]
    out.append("    }\n)\n")
    return with_typing_import("".join(out))


# -- params.py ---------------------------------------------------------------------


def _request_models(ir: Dict[str, Any]) -> List[str]:
    """Models reachable from some operation's parameters."""
    index = {m["name"]: m for m in ir["models"]}
    seen: Set[str] = set()
    todo: Set[str] = set()
    for op in ir["operations"]:
        for param in op["params"]:
            _models_in(param["type"], todo)
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        for field in index[name]["fields"]:
            _models_in(field["type"], todo)
    return sorted(seen)


def _params_py(ir: Dict[str, Any]) -> str:
    index = {m["name"]: m for m in ir["models"]}
    names = _request_models(ir)
    out = [
        header("#"),
        '"""Request objects as dicts: one TypedDict per model an operation takes (all keys optional)."""\n\n',
        "from __future__ import annotations\n\n",
        "@TYPING@\n\n",
        exploded("__all__ = [", [f'"{n}Param"' for n in names], "]"),
    ]
    for name in names:
        model = index[name]
        fields = model["fields"]
        out.append("\n\n")
        if all(f["name"].isidentifier() and not keyword.iskeyword(f["name"]) for f in fields):
            out.append(f"class {name}Param(TypedDict, total=False):\n")
            out.append(docstring(model.get("doc") or f"A {name} in a request.", "    "))
            if fields:
                out.append("\n")
            for field in fields:
                out.append(f"    {field['name']}: {param_type(field['type'])}\n")
        else:  # a key that is no identifier: the functional form
            if model.get("doc"):
                out.append("".join(f"# {line}".rstrip() + "\n" for line in model["doc"].strip().splitlines()))
            items = [f'"{f["name"]}": {param_type(f["type"], quote=True)}' for f in fields]
            out.append(f'{name}Param = TypedDict(\n    "{name}Param",\n')
            out.append(exploded("    {", items, "    },", indent="        "))
            out.append("    total=False,\n)\n")
    return with_typing_import("".join(out))


# -- resources.py --------------------------------------------------------------------


def _variants(ir: Dict[str, Any]) -> Dict[str, List[Dict[str, Any]]]:
    out: Dict[str, List[Dict[str, Any]]] = {}
    for op in ir["operations"]:
        if op.get("variant_of"):
            out.setdefault(op["variant_of"]["operation"], []).append(op)
    return out


def _result_type(op: Dict[str, Any]) -> str:
    if op["response"] == "sse":
        return "EventStream"
    if op["response"] == "binary":
        return "BinaryResponse"
    t = op["result"]["type"]
    return "None" if t is None else view_type(t)


def _twin_events(ir: Dict[str, Any], op: Dict[str, Any]) -> str:
    """The events of an operation's streaming twin (same path and method, streaming): what
    its tools method streams."""
    for other in ir["operations"]:
        if other["response"] == "sse" and other["path"] == op["path"] and other["http_method"] == op["http_method"]:
            return other["stream"]
    raise SystemExit(f"backend_python: {op['name']}: x-coze-tools needs a streaming twin")


# AsyncCoze's twins of what the blocking methods return (cozecore._aio).
_ASYNC_TYPES = {"EventStream": "AsyncEventStream", "Pager": "AsyncPager", "ChatPoll": "AsyncChatPoll"}


def _async_text(text: str) -> str:
    """A method's text for its AsyncCoze twin: the async types, ``async with``, await."""
    for sync, aio in _ASYNC_TYPES.items():
        text = re.sub(rf"\b{sync}\b", aio, text)
    text = text.replace("its ``with`` block, also from another thread", "its ``async with`` block")
    text = text.replace("leave its ``with`` block", "leave its ``async with`` block")
    text = text.replace("AsyncChatPoll.result() waits", "``await AsyncChatPoll.result()`` waits")
    text = text.replace(
        "Interrupting the wait stops polling", "Cancelling the awaiting task stops polling (asyncio.CancelledError)"
    )
    return text


def _method(
    op: Dict[str, Any], variants: List[Dict[str, Any]], kind: str = "op", events: str = "", aio: bool = False
) -> str:
    """A method of `op`. kind: "op" (the operation itself), "pages" (its Pager method,
    ``<method>_pages``, the ``<op>.pages`` flow), for an operation with x-coze-poll,
    "poll" / "start_poll" (the poll flow run to its result, or started as a handle), or,
    for one with x-coze-tools, "tools" (the tools flow as an EventStream).
    aio: AsyncCoze's twin: ``async def`` when the method answers with a result (an
    operation that does not stream, and "poll"), else a method returning the async
    stream, pager or handle."""
    params = list(op["params"])
    if kind == "tools" and op.get("stream_field"):  # the flow always streams
        params = [p for p in params if p["name"] != op["stream_field"][0]]
    names = {p["name"] for p in params}
    for variant in variants:  # the variant's own parameters, optional here (the core picks the variant)
        for p in variant["params"]:
            if p["name"] not in names:
                names.add(p["name"])
                params.append(dict(p, required=False, doc=(p.get("doc") or "") + f" (runs {variant['name']})"))
    reserved = _OPTION_NAMES | ({"tools"} | {n for n, _, _ in _TOOLS_OPTIONS} if kind == "tools" else set())
    args = [(identifier(p["name"], reserved), p) for p in params]
    poll = op.get("poll")
    tools = op.get("tools")
    if kind == "op":
        method, options = op["method"], list(_OPTIONS)
        if any(p["in"] == "file" for p in params):
            options.append(_UPLOAD_PROGRESS)
        if op["response"] == "binary":
            options.append(_OUTPUT)
    elif kind == "pages":
        method, options = op["method"] + "_pages", _FLOW_OPTIONS
    elif kind == "tools":
        method, options = tools["method"], _TOOLS_OPTIONS + _FLOW_OPTIONS
    else:
        method = ("start_" if kind == "start_poll" else "") + poll["method"]
        options = [_POLL_INTERVAL] + _FLOW_OPTIONS
    sig = ["self", "*"]
    ordered = sorted(args, key=lambda a: not a[1]["required"])
    for py, p in ordered:
        if kind == "tools" and not p["required"] and "tools: Sequence[Callable[..., Any]]" not in sig:
            sig.append("tools: Sequence[Callable[..., Any]]")  # required: after the required parameters
        t = "FileInput" if p["in"] == "file" else param_type(p["type"])
        sig.append(f"{py}: {t}" if p["required"] else f"{py}: Optional[{t}] = None")
    if kind == "tools" and "tools: Sequence[Callable[..., Any]]" not in sig:
        sig.append("tools: Sequence[Callable[..., Any]]")
    sig += [f"{name}: {t} = None" for name, t, _ in options]
    awaits = aio and (kind == "poll" or (kind == "op" and op["response"] != "sse"))
    lines = [f"    {'async def' if awaits else 'def'} {identifier(method)}(\n"]
    lines += [f"        {s},\n" for s in sig]
    if kind == "pages":
        result = f"Pager[{view_type(op['paging']['item'])}]"
    elif kind == "op":
        result = _result_type(op)
    elif kind == "tools":
        result = "EventStream"
    else:
        handle, outcome, _ = _POLL_RUNTIME[poll["flow"]]
        result = handle if kind == "start_poll" else outcome
    if aio:
        result = _async_text(result)
    lines.append(f"    ) -> {result}:\n")

    doc = [op.get("summary") or "", "", f"``{op['http_method']} {op['path']}`` (``{op['name']}``)."]
    if kind == "pages":
        items = op["paging"]["items"]
        summary = (op.get("summary") or "").rstrip(".")
        doc = [
            f"Every page of ``{op['name']}``, read lazily"
            + (f": {summary[:1].lower()}{summary[1:]}." if summary else "."),
            "",
            f"``{op['http_method']} {op['path']}`` per page (the ``{op['name']}.pages`` flow).",
            "",
            f"Iterating the Pager gives the items (each page's ``{items}``), one page in memory at a time;"
            " ``.pages()`` gives the pages (Page: items, has_more, total, logid, result). The core picks each"
            f" page's {_PAGING_TEXT[op['paging']['style']]} and when to stop. Close it (or leave its ``with``"
            " block) to stop early. ``timeout`` bounds each page's request, not the whole iteration; each"
            " page's request has its own idempotency key.",
        ]
    elif kind == "tools":
        summary = (op.get("summary") or op["name"]).rstrip(".")
        doc = [
            f"{summary} and runs local tools whenever the bot asks (the ``{tools['flow']}`` flow).",
            "",
            _TOOLS_RUNTIME[tools["flow"]][0],
            "",
            f"Returns an EventStream of {events} events (cozecore.events). Nothing is sent until it is read;"
            " closing it (or leaving its ``with`` block, also from another thread) while tools run ends the call"
            " as cancelled (a function still running finishes on its thread; its result is dropped).",
        ]
    elif kind != "op":
        handle, _, what = _POLL_RUNTIME[poll["flow"]]
        summary = (op.get("summary") or op["name"]).rstrip(".")
        if kind == "poll":
            first = f"{summary} and waits for its end (the ``{poll['flow']}`` flow)."
            last = (
                f"Interrupting the wait stops polling; start_{poll['method']} gives a handle another thread can cancel."
            )
        else:
            first = f"{summary} and polls it to its end, as a {handle} (the ``{poll['flow']}`` flow)."
            last = (
                f"{handle}.result() waits for the outcome; {handle}.cancel() (from any thread) stops polling."
                " Nothing is sent until result() is called."
            )
        doc = [first, "", what, "", last]
    if op.get("doc") and kind in ("op", "pages"):
        doc += ["", op["doc"]]
    if op["response"] == "sse" and kind == "op":
        doc += ["", f"Returns an EventStream of {op['stream']} events (cozecore.events)."]
    if params:
        doc += ["", "Args:"]
        if kind == "tools":
            doc.append(
                "    tools: the tools the bot may call: functions registered with ``@cozecore.tool`` (the JSON"
                " Schema from their type hints, or given), or plain functions (registered here as"
                " ``tool(function)``) (required)"
            )
            doc += [f"    {name}: {text}" for name, _, text in _TOOLS_OPTIONS]
        for py, p in args:
            where = {
                "file": "file upload: a path, bytes, a binary file, a FileUpload or (name, data[, content_type]),"
                " streamed while sending"
            }.get(p["in"], p["in"])
            text = (p.get("doc") or "").strip()
            doc.append(f"    {py}: {text + ' ' if text else ''}({where}{', required' if p['required'] else ''})")
    own = [(name, text) for name, _, text in options if name in (_UPLOAD_PROGRESS[0], _OUTPUT[0])]
    if own:
        doc += ["", "Besides the per-call options of every method:"]
        doc += [f"    {name}: {text}" for name, text in own]
    text = "\n".join(doc).strip()
    lines.append(docstring(_async_text(text) if aio else text, "        "))

    entries = []
    for py, p in args:
        arg = f'file_part("{p["name"]}", {py})' if p["in"] == "file" else py
        if p["in"] == "file" and not p["required"]:
            arg = f"None if {py} is None else {arg}"
        entries.append(f'"{p["name"]}": {arg}')
    if entries:
        lines.append("        params = present(\n            {\n")
        lines += [f"                {e},\n" for e in entries]
        lines.append("            }\n        )\n")
    else:
        lines.append("        params: Dict[str, Any] = {}\n")
    if kind == "pages":
        # The Page fields as the IR names them (scripts/gen/ir.py resolve_paging); None: the result has none.
        paging = op["paging"]
        named = [f'"{paging["items"]}"'] + [f'"{paging[k]}"' if paging[k] else "None" for k in ("has_more", "total")]
        head = "        return self._client._pages(\n"
        first = [f'"{op["name"]}.pages"'] + named + ["params"]
    elif kind == "op":
        head = "        return self._client._run(\n"
        first = [f'"{op["name"]}"', f'"{op["response"]}"', "params"]
    elif kind == "tools":
        head = "        return self._client._run_tools(\n"
        first = [f'"{tools["flow"]}"', "params", "tools"]
    else:
        head = "        return self._client._poll(\n" if kind == "start_poll" else "        with self._client._poll(\n"
        if aio and kind == "poll":
            head = "        async with self._client._poll(\n"
        first = [f'"{poll["flow"]}"', "params"]
    if aio and kind == "op" and awaits:
        head = head.replace("return self._client", "return await self._client")
    # The flow's own options go as they are; the per-call options as one CallOptions (cozecore._options).
    first += [name for name, _, _ in options if name not in _CALL_OPTION_NAMES]
    indent = "            "
    lines.append(head)
    lines += [f"{indent}{a},\n" for a in first]
    lines.append(f"{indent}CallOptions(\n")
    lines += [f"{indent}    {name}={name},\n" for name, _, _ in options if name in _CALL_OPTION_NAMES]
    lines.append(f"{indent}),\n")
    if kind != "poll":
        lines.append("        )\n")
    else:
        lines.append(f"        ) as handle:\n            return {'await ' if aio else ''}handle.result()\n")
    return "".join(lines)


# What the core follows from page to page, per x-coze-paging style (core/api/README.md).
_PAGING_TEXT = {
    "page_num": "``page_num`` (from the one given, default 1)",
    "page_index": "``page_index`` (from the one given, default 1)",
    "cursor": "cursor (``after_id`` = the page's ``last_id``; ``before_id`` = its ``first_id`` when started from"
    " a ``before_id``)",
    "page_token": "``page_token`` (the answer's ``next_page_token``)",
}


def _class_name(path: List[str], aio: bool = False) -> str:
    return ("Async" if aio else "") + "".join(pascal(p) for p in path) + "Resource"


def _resources_py(ir: Dict[str, Any], aio: bool = False) -> str:
    """resources.py (Coze's resources), or with `aio` async_resources.py (AsyncCoze's)."""
    tree = resource_tree(ir)
    variants = _variants(ir)
    classes: List[str] = []
    polls = [op["poll"] for op in ir["operations"] if op["poll"]]
    for poll in polls:
        if poll["flow"] not in _POLL_RUNTIME:
            raise SystemExit(f"backend_python: x-coze-poll flow {poll['flow']!r} has no runtime in cozecore._chat")
    for op in ir["operations"]:
        if op.get("tools") and op["tools"]["flow"] not in _TOOLS_RUNTIME:
            raise SystemExit(f"backend_python: x-coze-tools flow {op['tools']['flow']!r} has no runtime")

    def extra_methods(op: Dict[str, Any]) -> List[str]:
        """The methods an operation adds beside its own: its pager, its poll and the poll's handle."""
        out = [op["method"] + "_pages"] if op["paging"] else []
        if op["poll"]:
            out += [op["poll"]["method"], "start_" + op["poll"]["method"]]
        if op.get("tools"):
            out.append(op["tools"]["method"])
        return out

    def emit(node: Dict[str, Any], path: List[str]) -> None:
        for name in sorted(node["children"]):
            emit(node["children"][name], path + [name])
        if not path:
            return
        methods = {identifier(op["method"]) for op in node["ops"]}
        added = [identifier(m) for op in node["ops"] for m in extra_methods(op)]
        if set(added) & methods or len(set(added)) != len(added):
            raise SystemExit(f"backend_python: {'.'.join(path)}: a pager or poll method is named like another method")
        methods |= set(added)
        children = sorted(node["children"])
        clash = methods & {identifier(c) for c in children}
        if clash:
            raise SystemExit(f"backend_python: {'.'.join(path)} has both a method and a resource named {clash}")
        text = [f"class {_class_name(path, aio)}(Resource):\n"]
        text.append(
            docstring(
                f"``{'.'.join(path)}``: "
                + ", ".join(
                    sorted(
                        [op["method"] for op in node["ops"]]
                        + [m for op in node["ops"] for m in extra_methods(op)]
                        + [c + " (resource)" for c in children]
                    )
                )
                + ".",
                "    ",
            )
        )
        text.append(f"\n    __slots__ = {_tuple_literal([identifier(c) for c in children], '    __slots__ = ')}\n")
        if children:
            text.append("\n    def __init__(self, client: Any) -> None:\n        super().__init__(client)\n")
            for c in children:
                text.append(f"        self.{identifier(c)} = {_class_name(path + [c], aio)}(client)\n")
        for op in sorted(node["ops"], key=lambda o: o["method"]):
            kinds = ["op"] + (["pages"] if op["paging"] else []) + (["poll", "start_poll"] if op["poll"] else [])
            kinds += ["tools"] if op.get("tools") else []
            for kind in kinds:
                text.append("\n")
                events = _twin_events(ir, op) if kind == "tools" else ""
                text.append(_method(op, variants.get(op["name"], []), kind, events, aio))
        classes.append("".join(text))

    emit(tree, [])
    if tree["ops"]:
        raise SystemExit(
            "backend_python: operations outside any resource: " + ", ".join(op["name"] for op in tree["ops"])
        )
    top = sorted(tree["children"])
    root = [f"class {'AsyncResources' if aio else 'Resources'}:\n"]
    client = "cozecore.AsyncCoze" if aio else "cozecore.Coze"
    root.append(docstring(f"The API's resources, as attributes of the client ({client} inherits this).", "    "))
    for c in top:
        root.append(f"\n    {identifier(c)}: {_class_name([c], aio)}")
    root.append("\n\n    def _init_resources(self) -> None:\n")
    for c in top:
        root.append(f"        self.{identifier(c)} = {_class_name([c], aio)}(self)\n")
    if aio:
        out = [
            header("#"),
            '"""The API\'s resources for AsyncCoze: the classes of resources.py, their methods async."""\n\n',
            "from __future__ import annotations\n\n",
            "@TYPING@\n\n",
            "from .._aio import AsyncChatPoll, AsyncEventStream, AsyncPager\n",
            *(
                [f"from .._chat import {', '.join(sorted({_POLL_RUNTIME[p['flow']][1] for p in polls}))}\n"]
                if polls
                else []
            ),
            "from .._files import BinaryOutput, FileInput, file_part\n",
            "from .._options import CallOptions\n",
            "from .._record import BinaryResponse\n",
            "from .._resource import Resource, present\n",
            "from .models import *  # noqa: F401,F403 (result types)\n",
            "from .params import *  # noqa: F401,F403 (request object types)\n",
        ]
        for text in classes:
            out.append("\n\n" + text)
        out.append("\n\n" + "".join(root))
        return with_typing_import("".join(out))

    kinds = "".join(f'    "{op["name"]}": "{op["response"]}",\n' for op in ir["operations"])
    out = [
        header("#"),
        '"""The API\'s resources: one class per resource path, one method per operation."""\n\n',
        "from __future__ import annotations\n\n",
        "@TYPING@\n\n",
        "from .._files import BinaryOutput, FileInput, file_part\n",
        "from .._options import CallOptions\n",
        "from .._record import BinaryResponse\n",
        "from .._resource import EventStream, Pager, Resource, present\n",
        *(
            [f"from .._chat import {', '.join(sorted({n for p in polls for n in _POLL_RUNTIME[p['flow']][:2]}))}\n"]
            if polls
            else []
        ),
        "from .models import *  # noqa: F401,F403 (result types)\n",
        "from .params import *  # noqa: F401,F403 (request object types)\n\n",
        "# How each operation answers: json (a result view), sse (an EventStream), binary (bytes).\n",
        "RESPONSE_KINDS: Dict[str, str] = {\n" + kinds + "}\n",
    ]
    for text in classes:
        out.append("\n\n" + text)
    out.append("\n\n" + "".join(root))
    return with_typing_import("".join(out))


def _init_py() -> str:
    return (
        header("#")
        + '"""The typed surface generated from core/api/coze.openapi.yaml."""\n\n'
        + "from . import async_resources, events, models, params, resources\n\n"
        + '__all__ = ["async_resources", "events", "models", "params", "resources"]\n'
    )


def generate(ir: Dict[str, Any]) -> Dict[str, str]:
    return {
        _OUT + "__init__.py": _init_py(),
        _OUT + "models.py": _models_py(ir),
        _OUT + "events.py": _events_py(ir),
        _OUT + "params.py": _params_py(ir),
        _OUT + "resources.py": _resources_py(ir),
        _OUT + "async_resources.py": _resources_py(ir, aio=True),
    }
