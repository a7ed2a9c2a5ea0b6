"""The JavaScript backend: web/src/generated/ (ES modules bundled by
web/scripts/build.mjs) and the TypeScript declarations of the generated surface.

  models.mjs     one view class per model (getters reading record cells
                 lazily), the model table by id, one event class per stream kind
  resources.mjs  the operation table (parameters, answer kind) and one
                 resource class per resource path, one method per operation,
                 plus a pager (`listPages`, the core's `<op>.pages` flow) next
                 to every list operation with x-coze-paging, and the poll
                 method (`createAndPoll`, the core's flow) next to every
                 operation with x-coze-poll, and the local tools method
                 (`runTools`, the core's flow) next to every operation with
                 x-coze-tools
  api.d.ts       types of all of it: models, request parameters, resources,
                 the stream event unions (web/index.d.ts re-exports them)

The runtime these files call (Model, StreamEvent, field readers, the call
runner, the Pager, the tools' runner) is hand-written in web/src/records.mjs,
web/src/coze.mjs, web/src/pages.mjs and web/src/tools.mjs.
"""

from __future__ import annotations

import json
import re
from typing import Any, Dict, List, Optional, Tuple

from common import camel, header, model_index, pascal, resource_tree

OUTPUT_DIRS = ["web/src/generated"]
OUT = "web/src/generated"

# Names a generated top-level class must not take: web/scripts/build.mjs
# concatenates every module into one scope, where such a class would shadow
# the global the hand-written runtime uses.
RUNTIME_GLOBALS = {
    "AbortController", "AggregateError", "Array", "ArrayBuffer", "Blob", "Boolean", "DOMException",
    "DataView", "Date", "Error", "FinalizationRegistry", "Float64Array", "Function", "Headers",
    "Int32Array", "JSON", "Map", "Math", "Number", "Object", "Promise", "Proxy", "RangeError",
    "ReadableStream", "Reflect", "RegExp", "Response", "Set", "String", "Symbol", "TextDecoder",
    "TextEncoder", "TypeError", "URL", "Uint32Array", "Uint8Array", "WeakMap", "WeakRef",
}
# Members of the hand-written bases that a field getter must not replace.
MODEL_MEMBERS = {"constructor", "toJSON", "$extra", "__proto__", "prototype"}
# The client's own members (web/src/coze.mjs), which a top-level resource must not hide.
CLIENT_MEMBERS = {"request", "stream", "ready", "close", "constructor"}
# The names the hand-written part of the package exports (web/src/index.mjs).
PACKAGE_NAMES = {
    "Coze", "Stream", "StreamEvent", "Model", "models", "operations", "decodeResponse", "decodeEvent",
    "SseParser", "ulid", "ulidEncode", "ulidDecode", "UlidFactory", "init", "version", "liveHandles",
    "Pager", "Page", "PageIterator",
}

IDENT = re.compile(r"^[A-Za-z_$][A-Za-z0-9_$]*$")
PARAM_IN = {"path": 0, "query": 1, "body": 2, "file": 3}


class GenError(Exception):
    pass


def js_string(s: str) -> str:
    """A single-quoted JavaScript string literal (the package's style)."""
    inner = json.dumps(s, ensure_ascii=False)[1:-1].replace('\\"', '"').replace("'", "\\'")
    return f"'{inner}'"


def sentence(text: str) -> str:
    text = " ".join((text or "").split())
    return text if not text or text[-1] in ".!?" else text + "."


def prop(name: str) -> str:
    """A property name as written in a class body, an object literal or a .d.ts."""
    return name if IDENT.match(name) else js_string(name)


def jsdoc(text: str, indent: str) -> str:
    text = " ".join((text or "").split()).replace("*/", "*\\/")
    return f"{indent}/** {text} */\n" if text else ""


WIDTH = 120  # web/.prettierrc.json printWidth: generated files are written as prettier would


def one_or_many(head: str, items: List[str], tail: str, indent: str) -> str:
    """`head item, item tail` on one line when it fits, else one item a line
    (with trailing commas), as prettier lays out object and array literals."""
    line = f"{indent}{head}{', '.join(items)}{tail}"
    if len(line) <= WIDTH:
        return line + "\n"
    inner = indent + "  "
    return f"{indent}{head.rstrip()}\n" + "".join(f"{inner}{i},\n" for i in items) + f"{indent}{tail.lstrip()}\n"


def field_prop(name: str) -> str:
    """A field's getter name: the API's name, unless a base member has it."""
    return name + "_" if name in MODEL_MEMBERS else name


# ---- readers (web/src/records.mjs) --------------------------------------------


class Readers:
    """The reader expression of every type; composite readers become module
    constants (built once, after the classes they name)."""

    def __init__(self) -> None:
        self.consts: Dict[str, str] = {}
        self.order: List[str] = []

    def of(self, t: Dict[str, Any]) -> str:
        kind = t["kind"]
        if kind in ("string", "id"):
            return "readString"
        if kind == "integer":
            return "readInteger"
        if kind == "number":
            return "readNumber"
        if kind == "boolean":
            return "readBoolean"
        if kind == "any":
            return "readAny"
        if kind == "model":
            return self.const(f"R_{t['model']}", f"modelReader({t['model']})")
        if kind == "array":
            inner = self.of(t["items"])
            return self.const(f"R_ARRAY_{self.tag(t['items'])}", f"arrayReader({inner})")
        if kind == "map":
            inner = self.of(t["values"])
            return self.const(f"R_MAP_{self.tag(t['values'])}", f"mapReader({inner})")
        raise GenError(f"unsupported type {t!r}")

    def tag(self, t: Dict[str, Any]) -> str:
        kind = t["kind"]
        if kind == "model":
            return t["model"]
        if kind == "array":
            return "ARRAY_" + self.tag(t["items"])
        if kind == "map":
            return "MAP_" + self.tag(t["values"])
        return kind.upper()

    def const(self, name: str, expr: str) -> str:
        if name not in self.consts:
            self.consts[name] = expr
            self.order.append(name)
        return name


# ---- TypeScript types -----------------------------------------------------------


def ts_view(t: Dict[str, Any]) -> str:
    """The type a view's getter returns."""
    kind = t["kind"]
    if kind in ("string", "id"):
        return "string"
    if kind in ("integer", "number"):
        return "number"
    if kind == "boolean":
        return "boolean"
    if kind == "any":
        return "unknown"
    if kind == "model":
        return t["model"]
    if kind == "array":
        return f"Array<{ts_view(t['items'])}>"
    if kind == "map":
        return f"Record<string, {ts_view(t['values'])}>"
    raise GenError(f"unsupported type {t!r}")


def ts_input(t: Dict[str, Any]) -> str:
    """The type a caller passes for a parameter of this type."""
    kind = t["kind"]
    if kind in ("string", "id"):
        return "string"
    if kind in ("integer", "number"):
        return "number"
    if kind == "boolean":
        return "boolean"
    if kind == "any":
        return "unknown"
    if kind == "model":
        return t["model"] + "Init"
    if kind == "array":
        return f"Array<{ts_input(t['items'])}>"
    if kind == "map":
        return f"Record<string, {ts_input(t['values'])}>"
    raise GenError(f"unsupported type {t!r}")


def input_models(ir: Dict[str, Any]) -> List[str]:
    """Models a caller passes in parameters, nested ones included."""
    models = model_index(ir)
    seen: List[str] = []

    def visit(t: Dict[str, Any]) -> None:
        kind = t["kind"]
        if kind == "model":
            if t["model"] in seen:
                return
            seen.append(t["model"])
            for f in models[t["model"]]["fields"]:
                visit(f["type"])
        elif kind == "array":
            visit(t["items"])
        elif kind == "map":
            visit(t["values"])

    for op in ir["operations"]:
        for p in op["params"]:
            visit(p["type"])
    return sorted(seen)


# ---- operations ----------------------------------------------------------------------


def op_params(ir: Dict[str, Any], op: Dict[str, Any]) -> List[Dict[str, Any]]:
    """An operation's parameters as a caller may pass them: its own, then those
    of the operations that are its variants (x-coze-variant-of; never required
    here: the core picks the variant from what is given)."""
    params = list(op["params"])
    names = {p["name"] for p in params}
    for other in ir["operations"]:
        v = other["variant_of"]
        if not v or v.get("operation") != op["name"]:
            continue
        for p in other["params"]:
            if p["name"] not in names:
                names.add(p["name"])
                params.append(dict(p, required=False))
        for cond in v.get("when", []):
            name = cond.get("param")
            if name and name not in names:
                names.add(name)
                params.append({"name": name, "in": "query", "required": False, "type": {"kind": "any"},
                               "doc": "selects the variant " + other["name"]})
    return params


def result_ts(op: Dict[str, Any]) -> str:
    if op["response"] == "binary":
        return "BinaryResult"
    t = op["result"]["type"]
    return "null" if t is None else ts_view(t)


def method_name(op: Dict[str, Any]) -> str:
    return camel(op["method"])


def resource_class(path: List[str]) -> str:
    return pascal("_".join(path)) + "Resource"


def params_interface(op: Dict[str, Any]) -> str:
    return pascal(op["name"].replace(".", "_")) + "Params"


def event_class(kind: str) -> str:
    return pascal(kind) + "Event"


# ---- pagers (x-coze-paging) ----------------------------------------------------------
# Every list operation with paging gets a method named after the list method
# plus "Pages" that runs the core's `<op>.pages` flow (core/exec/flow.h) and
# answers a Pager (web/src/pages.mjs): the items lazily, page by page.


def pages_op_name(op: Dict[str, Any]) -> str:
    return op["name"] + ".pages"


def pages_method_name(op: Dict[str, Any]) -> str:
    return camel(op["method"] + "_pages")


def paging_types(op: Dict[str, Any]) -> Tuple[str, str]:
    """(item view type, page result view type) of a list operation with paging
    (op["paging"] as scripts/gen/ir.py checked and completed it). A pager takes
    the list method's parameters, variants' included (op_params: the core
    pages the variant the parameters select, bots.list with a space_id pages
    bots.list_v1 by page_index)."""
    return ts_view(op["paging"]["item"]), op["result"]["type"]["model"]


def paging_js(op: Dict[str, Any]) -> str:
    """The Page's field names (web/src/pages.mjs): the items, and the result's
    has_more and total fields as the IR names them (null: the result has none)."""
    paging = op["paging"]
    names = [paging["items"], paging["has_more"], paging["total"]]
    items, has_more, total = ("null" if n is None else js_string(n) for n in names)
    return f"{{ items: {items}, hasMore: {has_more}, total: {total} }}"


# ---- polls (x-coze-poll) ----------------------------------------------------------
# An operation with x-coze-poll gets op["poll"]["method"] next to it: the
# core's op["poll"]["flow"] (chat.create_and_poll: create, poll to the end,
# list the messages), with the operation's parameters plus the interval. The
# runtime (web/src/coze.mjs) turns the flow's events into the answer.

POLL_INTERVAL = {"name": "poll_interval_ms", "in": "body", "required": False, "type": {"kind": "integer"},
                 "doc": "How long to wait between two polls, in ms (default 1000; a fraction is rounded up)."}


def poll_method_name(op: Dict[str, Any]) -> str:
    return camel(op["poll"]["method"])


def poll_params_interface(op: Dict[str, Any]) -> str:
    return params_interface({"name": op["poll"]["flow"]})


def poll_result_ts(op: Dict[str, Any]) -> str:
    """The poll method's answer, declared by hand in web/index.d.ts (the
    runtime makes it): ChatPollResult for chat.create."""
    return pascal("_".join(op["resource"])) + "PollResult"


def poll_doc(op: Dict[str, Any]) -> str:
    return (f"`{op['name']}`, then polls it every `poll_interval_ms` until it ends, and resolves to the answer "
            f"(the core's `{op['poll']['flow']}`). With a `timeout` option, a run still going at the deadline is "
            "cancelled and the promise rejects with a TimeoutError; `signal` cancels too.")


# ---- local tools (x-coze-tools) ------------------------------------------------------
# An operation with x-coze-tools gets op["tools"]["method"] next to it: the
# core's op["tools"]["flow"] (chat.run_tools: stream the chat, run the
# caller's tools each time the bot asks, submit their outputs, stream on),
# with the operation's parameters (its stream field is the flow's) plus the
# tools and the run's options. It answers a Stream of the operation's
# streaming twin's events; the runtime (web/src/tools.mjs, driver.mjs) runs
# the functions. ToolSpec is declared by hand in web/index.d.ts.

TOOLS_PARAMS = [
    {"name": "tools", "in": "body", "required": True, "ts": "Array<ToolSpec<any>>",
     "doc": "The local tools, each {name, description?, parameters? (a JSON Schema object), run(args, context)}; "
            "the core checks each schema before anything is sent."},
    {"name": "max_rounds", "in": "body", "required": False, "ts": "number",
     "doc": "How many times the bot may ask for tools (1..1000, default 8); one more fails with a ToolError."},
    {"name": "tool_timeout_ms", "in": "body", "required": False, "ts": "number",
     "doc": "How long a round waits for its tools, in ms (default 60000; a fraction is rounded up); a tool "
            "still running then is answered as timed out."},
    {"name": "tool_errors", "in": "body", "required": False, "ts": "'output' | 'fail'",
     "doc": "'output' (default): a failing tool's output is {\"error\": ...}; 'fail': the run fails with a "
            "ToolError (the chat is cancelled)."},
]


def tools_method_name(op: Dict[str, Any]) -> str:
    return camel(op["tools"]["method"])


def tools_params_interface(op: Dict[str, Any]) -> str:
    return params_interface({"name": op["tools"]["flow"]})


def tools_stream(ir: Dict[str, Any], op: Dict[str, Any]) -> str:
    """The stream kind of the operation's streaming twin (same method and path)."""
    for other in ir["operations"]:
        if (other["response"] == "sse" and other["path"] == op["path"]
                and other["http_method"] == op["http_method"] and other["stream"]):
            return other["stream"]
    raise GenError(f"{op['name']}: x-coze-tools needs a streaming twin")


def tools_doc(op: Dict[str, Any]) -> str:
    return (f"`{op['name']}` streamed, running the local `tools` each time the bot asks and submitting their "
            f"outputs, until the chat ends (the core's `{op['tools']['flow']}`): the events of every round. Each "
            "round's functions run concurrently; `signal` or leaving the loop cancels the run.")


# ---- models.mjs --------------------------------------------------------------------


def gen_models(ir: Dict[str, Any]) -> str:
    readers = Readers()
    out: List[str] = [header("//")]
    out.append("// Typed views of the API's models and stream events. A view reads its\n"
               "// fields out of a decoded record only when they are touched (see\n"
               "// web/src/records.mjs and core/api/README.md \"Records\").\n\n")
    imports_at = len(out)
    for m in ir["models"]:
        name = m["name"]
        if not IDENT.match(name) or name in RUNTIME_GLOBALS or name in PACKAGE_NAMES:
            raise GenError(f"model name {name!r} cannot be a JavaScript class of the package")
        out.append("\n")
        out.append(jsdoc(m["doc"], ""))
        out.append(f"export class {name} extends Model {{\n")
        for i, f in enumerate(m["fields"]):
            out.append(jsdoc(f["doc"], "  "))
            out.append(f"  get {prop(field_prop(f['name']))}() {{\n"
                       f"    return readField(this, {i}, {readers.of(f['type'])});\n  }}\n\n")
        out.append(f"  /** The JSON text as a {name}; DecodeError when it is not JSON or not an object. */\n")
        out.append(f"  static parse(text) {{\n    return parseModel({name}, text);\n  }}\n}}\n")
    if readers.order:
        out.append("\n// Composite readers, built once.\n")
    for c in readers.order:
        out.append(f"const {c} = {readers.consts[c]};\n")
    out.append("\n/** Every model class by name. */\nexport const models = Object.freeze({\n")
    for m in ir["models"]:
        out.append(f"  {m['name']},\n")
    out.append("});\n\n")
    out.append("// Each model's id in records, its name and its fields in record order:\n"
               "// [name, reader] (the canonical view's keys and values), plus `true`\n"
               "// for a secret field (x-coze-secret: printed as ***, never its value).\n")
    for m in ir["models"]:
        fields = [f"[{js_string(f['name'])}, {readers.of(f['type'])}{', true' if f.get('secret') else ''}]"
                  for f in m["fields"]]
        head = f"defineModel({m['name']}, {m['id']}, {js_string(m['name'])}, ["
        if len(fields) > 1:  # prettier breaks an array of several arrays, one a line
            out.append(head + "\n" + "".join(f"  {f},\n" for f in fields) + "]);\n")
        else:
            out.append(one_or_many(head, fields, "]);", ""))
    for kind in ("chat", "workflow"):
        events = ir["events"][kind]
        cls = event_class(kind)
        out.append(f"\n// The payload model of each {kind} stream event, by type code (null: no typed payload).\n")
        table = [None] * len(ir["event_names"])
        for ev in events:
            table[ev["code"]] = ev["model"]
        cells = "".join(f"  {'null' if t is None else t}, // {code} {name}\n"
                        for code, (t, name) in enumerate(zip(table, ir["event_names"])))
        out.append(f"const {kind}EventModels = [\n{cells}];\n\n")
        out.append(f"/** One event of a {kind} stream: `type`, `id`, and `data` typed by its name. */\n")
        out.append(f"export class {cls} extends StreamEvent {{\n"
                   f"  get data() {{\n    return this.payload({kind}EventModels);\n  }}\n}}\n")
    body = "".join(out[imports_at:])
    runtime = ["Model", "StreamEvent", "arrayReader", "defineModel", "mapReader", "modelReader", "parseModel",
               "readAny", "readBoolean", "readField", "readInteger", "readNumber", "readString"]
    used = [n for n in runtime if re.search(r"\b" + re.escape(n) + r"\b", body)]
    imports = one_or_many("import { ", used, " } from '../records.mjs';", "")
    return "".join(out[:imports_at]) + imports + body


# ---- resources.mjs ---------------------------------------------------------------------


def pages_doc(op: Dict[str, Any]) -> str:
    return (f"Every page of `{op['name']}`, read lazily: `for await` gives the items (`{op['paging']['items']}` "
            f"of each page), `pages()` the pages. The `timeout` option bounds each page's request, not the "
            f"whole iteration. `{pages_op_name(op)}`.")


def param_flags(params: List[Dict[str, Any]]) -> List[str]:
    return [f"{prop(p['name'])}: {PARAM_IN[p['in']] + (4 if p['required'] else 0)}" for p in params]


def operation_entry(name: str, response: str, events: str, params: List[Dict[str, Any]], more: str = "") -> str:
    """One entry of the operation table (`more`: extra lines of the entry)."""
    pairs = param_flags(params)
    return (f"  {js_string(name)}: {{\n"
            f"    name: {js_string(name)},\n"
            f"    response: {js_string(response)},\n"
            f"    events: {events},\n" + more
            + (one_or_many("params: { ", pairs, " },", "    ") if pairs else "    params: {},\n")
            + "  },\n")


def gen_resources(ir: Dict[str, Any]) -> str:
    out: List[str] = [header("//")]
    out.append("// The operations of the API and the resource objects of the client\n"
               "// (coze.chat, coze.conversations.messages, ...). Each method checks its\n"
               "// parameter names against the operation and hands the call to the\n"
               "// runner of web/src/coze.mjs.\n\n")
    out.append("import { ChatEvent, WorkflowEvent } from './models.mjs';\n\n")
    out.append("// Where a parameter goes: 0 path, 1 query, 2 JSON body, 3 multipart file; +4: required.\n")
    out.append("export const operations = {\n")
    for op in ir["operations"]:
        params = op_params(ir, op)
        stream = {None: "null", "chat": "ChatEvent", "workflow": "WorkflowEvent"}[op["stream"]]
        out.append(operation_entry(op["name"], op["response"], stream, params))
        if op["paging"]:
            # Every page of the list operation (the core's flow): a Pager.
            out.append(operation_entry(pages_op_name(op), "pages", "null", params, f"    paging: {paging_js(op)},\n"))
        if op["poll"]:
            # The operation, then polled to its end (the core's flow).
            out.append(operation_entry(op["poll"]["flow"], "poll", "null", params + [POLL_INTERVAL]))
        if op["tools"]:
            # The operation streamed, with the caller's local tools (the core's flow).
            events = event_class(tools_stream(ir, op))
            out.append(operation_entry(op["tools"]["flow"], "tools", events, params + TOOLS_PARAMS))
    out.append("};\n")

    tree = resource_tree(ir)
    classes: List[str] = []

    def visit(node: Dict[str, Any], path: List[str]) -> None:
        for name, child in sorted(node["children"].items()):
            visit(child, path + [name])
        if not path:
            return
        cls = resource_class(path)
        methods = {method_name(op) for op in node["ops"]}
        for op in node["ops"]:
            extra = (([pages_method_name(op)] if op["paging"] else []) + ([poll_method_name(op)] if op["poll"] else [])
                     + ([tools_method_name(op)] if op["tools"] else []))
            for name in extra:
                if name in methods:
                    raise GenError(f"{op['name']}: {name} is also another method of its resource")
                methods.add(name)
        body: List[str] = []
        body.append(f"/** coze.{'.'.join(path)} */\n")
        body.append(f"export class {cls} {{\n  #run;\n\n  constructor(run) {{\n    this.#run = run;\n")
        for name in sorted(node["children"]):
            if camel(name) in methods:
                raise GenError(f"resource {'.'.join(path)}: {name} is both a method and a sub-resource")
            body.append(f"    this.{camel(name)} = new {resource_class(path + [name])}(run);\n")
        body.append("  }\n")
        for op in sorted(node["ops"], key=lambda o: o["name"]):
            doc = sentence(op["summary"] or op["doc"])
            lines = [doc] if doc else []
            lines.append(f"`{op['name']}`: {op['http_method']} {op['path']}.")
            body.append("\n" + jsdoc(" ".join(lines), "  "))
            target = js_string(op["name"])
            body.append(f"  {method_name(op)}(params, options) {{\n"
                        f"    return this.#run(operations[{target}], params, options);\n  }}\n")
            if op["paging"]:
                body.append("\n" + jsdoc(pages_doc(op), "  "))
                body.append(f"  {pages_method_name(op)}(params, options) {{\n"
                            f"    return this.#run(operations[{js_string(pages_op_name(op))}], params, options);\n  }}\n")
            if op["poll"]:
                body.append("\n" + jsdoc(poll_doc(op), "  "))
                body.append(f"  {poll_method_name(op)}(params, options) {{\n"
                            f"    return this.#run(operations[{js_string(op['poll']['flow'])}], params, options);\n  }}\n")
            if op["tools"]:
                body.append("\n" + jsdoc(tools_doc(op), "  "))
                body.append(f"  {tools_method_name(op)}(params, options) {{\n"
                            f"    return this.#run(operations[{js_string(op['tools']['flow'])}], params, options);\n  }}\n")
        body.append("}\n")
        classes.append("".join(body))

    visit(tree, [])
    for c in classes:
        out.append("\n" + c)
    for name in tree["children"]:
        if camel(name) in CLIENT_MEMBERS:
            raise GenError(f"resource {name} would hide the client's {camel(name)}()")
    out.append("\n// The top-level resources of a client, given the client's runner.\n")
    out.append("export function makeResources(run) {\n  return {\n")
    for name in sorted(tree["children"]):
        out.append(f"    {camel(name)}: new {resource_class([name])}(run),\n")
    out.append("  };\n}\n")
    return "".join(out)


# ---- api.d.ts ---------------------------------------------------------------------


def gen_dts(ir: Dict[str, Any]) -> str:
    models = model_index(ir)
    out: List[str] = [header("//")]
    out.append("// Types of the generated surface; web/index.d.ts re-exports them.\n\n")
    runtime = ["BinaryRequestOptions", "BinaryResult", "Model", "PageOptions", "Pager", "RequestOptions", "Stream", "StreamEvent", "Uploadable"]
    runtime += sorted({poll_result_ts(op) for op in ir["operations"] if op["poll"]})
    if any(op["tools"] for op in ir["operations"]):
        runtime.append("ToolSpec")
    out.append(one_or_many("import type { ", sorted(runtime), " } from '../../index.js';", ""))

    out.append("\n// ---- models (views of answers)\n")
    for m in ir["models"]:
        out.append("\n" + jsdoc(m["doc"], ""))
        out.append(f"export declare class {m['name']} extends Model {{\n")
        for f in m["fields"]:
            doc = f["doc"]
            if f["enum"]:
                doc = (doc + " " if doc else "") + "One of: " + ", ".join(f["enum"]) + " (others are kept)."
            if f["aliases"]:
                doc = (doc + " " if doc else "") + "Also read from: " + ", ".join(f["aliases"]) + "."
            out.append(jsdoc(doc, "  "))
            out.append(f"  readonly {prop(field_prop(f['name']))}: {ts_view(f['type'])} | undefined;\n")
        out.append(f"  /** The JSON text as a {m['name']}; DecodeError when it is not JSON or not an object. */\n")
        out.append(f"  static parse(text: string): {m['name']};\n}}\n")

    out.append("\n// ---- models as callers pass them in parameters\n")
    for name in input_models(ir):
        m = models[name]
        out.append("\n" + jsdoc(m["doc"], ""))
        out.append(f"export interface {name}Init {{\n")
        for f in m["fields"]:
            out.append(jsdoc(f["doc"], "  "))
            out.append(f"  {prop(f['name'])}?: {ts_input(f['type'])};\n")
        out.append("}\n")

    out.append("\n// ---- stream events\n\n")
    out.append("/** Every model class by name. */\nexport declare const models: {\n")
    for m in ir["models"]:
        out.append(f"  readonly {m['name']}: typeof {m['name']};\n")
    out.append("};\n")
    for kind in ("chat", "workflow"):
        cls = event_class(kind)
        out.append(f"\n/** An event of a {kind} stream (its `data` typed by its name). */\n")
        out.append(f"export declare class {cls}<T extends string = string, D = unknown> extends StreamEvent<T, D> {{}}\n")
        members = []
        for ev in ir["events"][kind]:
            data = ev["model"] if ev["model"] else "unknown"
            members.append(f"  | {cls}<{js_string(ev['name'])}, {data} | undefined>")
        union = "\n".join(members) if members else f"  | {cls}"
        out.append(f"/** The events of a {kind} stream, narrowed by `type`. */\n"
                   f"export type {cls[:-5]}StreamEvent =\n{union};\n")

    out.append("\n// ---- parameters\n")
    for op in ir["operations"]:
        params = op_params(ir, op)
        if not params:
            out.append(f"\n/** Parameters of `{op['name']}` (it has none). */\n"
                       f"export interface {params_interface(op)} {{}}\n")
            continue
        out.append(f"\n/** Parameters of `{op['name']}`. */\nexport interface {params_interface(op)} {{\n")
        for p in params:
            out.append(jsdoc(p["doc"], "  "))
            t = "Uploadable" if p["in"] == "file" else ts_input(p["type"])
            out.append(f"  {prop(p['name'])}{'' if p['required'] else '?'}: {t};\n")
        out.append("}\n")
        if op["poll"]:
            p = POLL_INTERVAL
            out.append(f"\n/** Parameters of `{op['poll']['flow']}`: those of `{op['name']}`, plus the polling interval. */\n"
                       f"export interface {poll_params_interface(op)} extends {params_interface(op)} {{\n"
                       + jsdoc(p["doc"], "  ") + f"  {p['name']}?: {ts_input(p['type'])};\n}}\n")
        if op["tools"]:
            fields = "".join(jsdoc(p["doc"], "  ") + f"  {p['name']}{'' if p['required'] else '?'}: {p['ts']};\n"
                             for p in TOOLS_PARAMS)
            out.append(f"\n/** Parameters of `{op['tools']['flow']}`: those of `{op['name']}`, plus the tools and the "
                       f"run's options. */\nexport interface {tools_params_interface(op)} extends {params_interface(op)} "
                       f"{{\n{fields}}}\n")

    out.append("\n// ---- resources\n")
    tree = resource_tree(ir)
    blocks: List[str] = []

    def signature(op: Dict[str, Any]) -> str:
        required = any(p["required"] for p in op_params(ir, op))
        params = f"params{'' if required else '?'}: {params_interface(op)}"
        if op["response"] == "sse":
            ret = f"Stream<{pascal(op['stream'])}StreamEvent>"
        else:
            ret = f"Promise<{result_ts(op)}>"
        if op["response"] == "binary":
            return method_signature(method_name(op), params, ret, "BinaryRequestOptions")
        return method_signature(method_name(op), params, ret)

    def method_signature(name: str, params: str, ret: str, options: str = "RequestOptions") -> str:
        line = f"  {name}({params}, options?: {options}): {ret};"
        if len(line) <= WIDTH:
            return line[2:]
        return f"{name}(\n    {params},\n    options?: {options},\n  ): {ret};"

    def pages_signature(op: Dict[str, Any]) -> str:
        required = any(p["required"] for p in op_params(ir, op))
        params = f"params{'' if required else '?'}: {params_interface(op)}"
        item, result = paging_types(op)
        return method_signature(pages_method_name(op), params, f"Pager<{item}, {result}>", "PageOptions")

    def poll_signature(op: Dict[str, Any]) -> str:
        required = any(p["required"] for p in op_params(ir, op))
        params = f"params{'' if required else '?'}: {poll_params_interface(op)}"
        return method_signature(poll_method_name(op), params, f"Promise<{poll_result_ts(op)}>")

    def tools_signature(op: Dict[str, Any]) -> str:
        params = f"params: {tools_params_interface(op)}"
        return method_signature(tools_method_name(op), params, f"Stream<{pascal(tools_stream(ir, op))}StreamEvent>")

    def visit(node: Dict[str, Any], path: List[str]) -> None:
        for name, child in sorted(node["children"].items()):
            visit(child, path + [name])
        if not path:
            return
        lines = [f"\n/** coze.{'.'.join(path)} */\nexport interface {resource_class(path)} {{\n"]
        for name in sorted(node["children"]):
            lines.append(f"  readonly {camel(name)}: {resource_class(path + [name])};\n")
        for op in sorted(node["ops"], key=lambda o: o["name"]):
            doc = sentence(op["summary"] or op["doc"])
            lines.append(jsdoc((doc + " " if doc else "") + f"`{op['name']}`: {op['http_method']} {op['path']}.", "  "))
            lines.append(f"  {signature(op)}\n")
            if op["paging"]:
                lines.append(jsdoc(pages_doc(op), "  "))
                lines.append(f"  {pages_signature(op)}\n")
            if op["poll"]:
                lines.append(jsdoc(poll_doc(op), "  "))
                lines.append(f"  {poll_signature(op)}\n")
            if op["tools"]:
                lines.append(jsdoc(tools_doc(op), "  "))
                lines.append(f"  {tools_signature(op)}\n")
        lines.append("}\n")
        blocks.append("".join(lines))

    visit(tree, [])
    out.extend(blocks)
    out.append("\n/** The resources of a client (merged into Coze). */\nexport interface CozeResources {\n")
    for name in sorted(tree["children"]):
        out.append(f"  readonly {camel(name)}: {resource_class([name])};\n")
    out.append("}\n")

    def operation_type(name: str, params: str, answer: str) -> str:
        line = f"  {js_string(name)}: {{ params: {params}; {answer} }};"
        if len(line) <= WIDTH:
            return line + "\n"
        return f"  {js_string(name)}: {{\n    params: {params};\n    {answer};\n  }};\n"

    out.append("\n/** Every operation by name: its parameters and what it answers. */\n")
    out.append("export interface OperationTypes {\n")
    for op in ir["operations"]:
        if op["response"] == "sse":
            answer = f"stream: {pascal(op['stream'])}StreamEvent"
        else:
            answer = f"result: {result_ts(op)}"
        out.append(operation_type(op["name"], params_interface(op), answer))
        if op["paging"]:
            # By name (coze.request) a pages flow runs to its end: the last page.
            out.append(operation_type(pages_op_name(op), params_interface(op), f"result: {paging_types(op)[1]}"))
        if op["tools"]:
            # By name (coze.stream) the tools flow streams like the method.
            stream = f"stream: {pascal(tools_stream(ir, op))}StreamEvent"
            out.append(operation_type(op["tools"]["flow"], tools_params_interface(op), stream))
    out.append("}\n")
    return "".join(out)


def generate(ir: Dict[str, Any]) -> Dict[str, str]:
    for kind in ("chat", "workflow"):
        for ev in ir["events"][kind]:
            if ev["model"] is not None and ev["model"] not in model_index(ir):
                raise GenError(f"event {ev['name']}: unknown model {ev['model']}")
    return {
        f"{OUT}/models.mjs": gen_models(ir),
        f"{OUT}/resources.mjs": gen_resources(ir),
        f"{OUT}/api.d.ts": gen_dts(ir),
    }
