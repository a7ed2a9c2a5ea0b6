"""C++ backend: the typed surface of the native client (core/include/coze/generated/).

Writes three headers, all reached through coze/client.h:

  models.h     coze::model::<Model>: one lazy view per IR model over a record
               (coze/record_view.h); std::optional accessors, parse(), to_json().
               coze::input::<Model>: an owned struct for each model a
               parameter takes, converted to JSON when sent.
  events.h     coze::ChatEvent / coze::WorkflowEvent: the stream event views,
               with the event kind and one accessor per payload model.
  resources.h  coze::params::<Op>: one struct per operation (named, typed
               fields; std::optional for optional ones); coze::resources::*:
               one class per resource path with one method per operation
               (plus `<method>_pages` for each list operation with paging: a
               lazy coze::Pager over its items and pages, run by the core's
               `<op>.pages` flow; and the method an operation's x-coze-poll
               names, e.g. chat.create_and_poll next to chat.create, and the
               x-coze-tools method, chat.run_tools next to it);
               coze::ApiRoot: the top-level resources of a CozeClient.
"""

from __future__ import annotations

import re
from typing import Any, Dict, List, Optional, Set, Tuple

from common import header, pascal

OUTPUT_DIRS = ["core/include/coze/generated"]
OUT = "core/include/coze/generated"

CPP_KEYWORDS = {
    "alignas",
    "alignof",
    "and",
    "and_eq",
    "asm",
    "auto",
    "bitand",
    "bitor",
    "bool",
    "break",
    "case",
    "catch",
    "char",
    "char8_t",
    "char16_t",
    "char32_t",
    "class",
    "compl",
    "concept",
    "const",
    "consteval",
    "constexpr",
    "constinit",
    "const_cast",
    "continue",
    "co_await",
    "co_return",
    "co_yield",
    "decltype",
    "default",
    "delete",
    "do",
    "double",
    "dynamic_cast",
    "else",
    "enum",
    "explicit",
    "export",
    "extern",
    "false",
    "float",
    "for",
    "friend",
    "goto",
    "if",
    "inline",
    "int",
    "long",
    "mutable",
    "namespace",
    "new",
    "noexcept",
    "not",
    "not_eq",
    "nullptr",
    "operator",
    "or",
    "or_eq",
    "private",
    "protected",
    "public",
    "register",
    "reinterpret_cast",
    "requires",
    "return",
    "short",
    "signed",
    "sizeof",
    "static",
    "static_assert",
    "static_cast",
    "struct",
    "switch",
    "template",
    "this",
    "thread_local",
    "throw",
    "true",
    "try",
    "typedef",
    "typeid",
    "typename",
    "union",
    "unsigned",
    "using",
    "virtual",
    "void",
    "volatile",
    "wchar_t",
    "while",
    "xor",
    "xor_eq",
    # macros of <cstdint>, <cassert> and common platforms
    "assert",
    "errno",
    "major",
    "minor",
    "unix",
    "linux",
    "NULL",
    "EOF",
}
# Members of the view base classes that a field accessor must not hide.
MODEL_RESERVED = {"is_null", "extra", "as_any", "to_json", "parse", "field", "kModelId", "kName"}
EVENT_RESERVED = {"type", "code", "id", "payload", "to_json", "kind", "is", "payload_as"}
INPUT_RESERVED = {"extra", "to_json"}


def ident(name: str, reserved: Set[str] = frozenset()) -> str:
    """A C++ identifier for an API name: non-identifier characters become '_',
    keywords and reserved member names get a trailing '_'."""
    out = re.sub(r"[^A-Za-z0-9_]", "_", name)
    if not out or out[0].isdigit():
        out = "f_" + out
    if out in CPP_KEYWORDS or out in reserved or out.startswith("__") or re.match(r"_[A-Z]", out):
        out += "_"
    return out


def snake(name: str) -> str:
    """PascalCase / camelCase -> snake_case."""
    s = re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name)
    s = re.sub(r"(?<=[A-Z])([A-Z][a-z])", r"_\1", s)
    return re.sub(r"[^A-Za-z0-9]+", "_", s).strip("_").lower()


def cpp_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def comment(text: str, indent: str) -> List[str]:
    """A doc comment wrapped at about 100 columns."""
    text = " ".join(str(text or "").split())
    if not text:
        return []
    text = text.replace("*/", "* /")
    lines: List[str] = []
    line = ""
    for word in text.split(" "):
        if line and len(indent) + 3 + len(line) + 1 + len(word) > 110:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    if line:
        lines.append(line)
    return [f"{indent}// {ln}" for ln in lines]


COLUMNS = 120


def wrap(head: str, args: List[str], tail: str, indent: str = "") -> List[str]:
    """`head(args...)tail` in at most COLUMNS columns, as clang-format's Google
    style lays out a declaration: on one line; else the arguments aligned
    after the parenthesis; else broken after it, indented by 4."""
    one = f"{indent}{head}({', '.join(args)}){tail}"
    if len(one) <= COLUMNS or not args:
        return [one]

    def pack(first: str, cont: str) -> Optional[List[str]]:
        lines: List[str] = []
        line, fresh = first, True
        for i, arg in enumerate(args):
            piece = arg + ("," if i + 1 < len(args) else ")" + tail)
            candidate = line + piece if fresh else line + " " + piece
            if len(candidate) <= COLUMNS:
                line, fresh = candidate, False
                continue
            if fresh:
                return None
            lines.append(line)
            line = cont + piece
            if len(line) > COLUMNS:
                return None
        lines.append(line)
        return lines

    aligned = pack(f"{indent}{head}(", " " * len(f"{indent}{head}("))
    if aligned is not None:
        return aligned
    broken = pack(indent + "    ", indent + "    ")
    if broken is not None:
        return [f"{indent}{head}("] + broken
    return [one]


def guarded_set(member: str, key: str, indent: str) -> List[str]:
    """`if (member) out.set("key", to_json(*member));`, on two lines when long."""
    call = f"out.set({cpp_string(key)}, ::coze::detail::to_json(*{member}));"
    one = f"{indent}if ({member}) {call}"
    if len(one) <= COLUMNS:
        return [one]
    return [f"{indent}if ({member})", f"{indent}  {call}"]


def one_liner(head: str, body: str, indent: str) -> List[str]:
    """A short function on one line when it fits, else as a block."""
    one = f"{indent}{head} {{ {body} }}"
    if len(one) <= COLUMNS:
        return [one]
    return [f"{indent}{head} {{", f"{indent}  {body}", f"{indent}}}"]


# -- types ---------------------------------------------------------------------

SCALAR_VIEW = {
    "string": "std::string",
    "id": "std::string",
    "integer": "int64_t",
    "number": "double",
    "boolean": "bool",
}


def view_type(t: Dict[str, Any]) -> str:
    """The value an accessor returns inside its std::optional."""
    k = t["kind"]
    if k in SCALAR_VIEW:
        return SCALAR_VIEW[k]
    if k == "any":
        return "::coze::AnyView"
    if k == "model":
        return f"::coze::model::{t['model']}"
    if k == "array":
        return f"std::vector<{view_elem(t['items'])}>"
    if k == "map":
        return f"std::map<std::string, {view_elem(t['values'])}>"
    raise ValueError(f"unknown type kind {k!r}")


def view_elem(t: Dict[str, Any]) -> str:
    """An array item or map value: views as themselves, the rest optional."""
    if t["kind"] in ("model", "any"):
        return view_type(t)
    return f"std::optional<{view_type(t)}>"


SCALAR_INPUT = {
    "string": "std::string",
    "id": "std::string",
    "integer": "int64_t",
    "number": "double",
    "boolean": "bool",
}


def input_type(t: Dict[str, Any], cut: Set[str]) -> str:
    """What a caller passes for a value of type t; models in `cut` (back edges
    of a cycle) are passed as Json."""
    k = t["kind"]
    if k in SCALAR_INPUT:
        return SCALAR_INPUT[k]
    if k == "any":
        return "::coze::Json"
    if k == "model":
        return "::coze::Json" if t["model"] in cut else f"::coze::input::{t['model']}"
    if k == "array":
        return f"std::vector<{input_type(t['items'], cut)}>"
    if k == "map":
        return f"std::map<std::string, {input_type(t['values'], cut)}>"
    raise ValueError(f"unknown type kind {k!r}")


def models_in(t: Dict[str, Any]) -> List[str]:
    k = t["kind"]
    if k == "model":
        return [t["model"]]
    if k == "array":
        return models_in(t["items"])
    if k == "map":
        return models_in(t["values"])
    return []


# -- models.h ------------------------------------------------------------------


def input_models(ir: Dict[str, Any]) -> Tuple[List[str], Dict[str, Set[str]]]:
    """Models reachable from operation parameters, in dependency order, and
    for each model the referenced models that close a cycle (passed as Json)."""
    models = {m["name"]: m for m in ir["models"]}
    order: List[str] = []
    state: Dict[str, int] = {}
    cuts: Dict[str, Set[str]] = {}

    def visit(name: str) -> None:
        state[name] = 1
        cuts.setdefault(name, set())
        for f in models[name]["fields"]:
            for dep in models_in(f["type"]):
                if state.get(dep) == 1:
                    cuts[name].add(dep)
                elif dep not in state:
                    visit(dep)
        state[name] = 2
        order.append(name)

    for op in ir["operations"]:
        for p in op["params"]:
            for dep in models_in(p["type"]):
                if dep not in state:
                    visit(dep)
    return order, cuts


def gen_models(ir: Dict[str, Any]) -> str:
    out: List[str] = [header("//").rstrip("\n")]
    out += [
        "// Typed views of the API's models (coze::model) and the structs a caller",
        "// fills to send them (coze::input). Include coze/client.h.",
        "#pragma once",
        "",
        "#include <cstdint>",
        "#include <map>",
        "#include <optional>",
        "#include <string>",
        "#include <string_view>",
        "#include <vector>",
        "",
        '#include "coze/record_view.h"',
        "",
        "namespace coze {",
        "namespace model {",
        "",
    ]
    for m in ir["models"]:
        out.append(f"class {m['name']};")
    out.append("")
    accessors: List[str] = []
    for m in ir["models"]:
        name = m["name"]
        out += comment(m["doc"] or f"The {name} model.", "")
        out.append(f"class {name} : public ::coze::ModelView {{")
        out.append(" public:")
        out.append(f"  static constexpr int kModelId = {m['id']};")
        out.append(f"  static constexpr const char* kName = {cpp_string(name)};")
        out.append(f"  {name}() = default;")
        out.append(f"  explicit {name}(const ::coze::AnyView& view) : ModelView(view, kModelId) {{}}")
        out.append(f"  // The JSON text read as a {name}; throws coze::CozeError (decode) when it is not JSON.")
        out += one_liner(
            f"static {name} parse(const std::string& json_text)",
            f"return {name}(::coze::detail::parse_model(kName, json_text));",
            "  ",
        )
        used: Set[str] = set()
        for i, f in enumerate(m["fields"]):
            acc = ident(f["name"], MODEL_RESERVED)
            while acc in used:
                acc += "_"
            used.add(acc)
            doc = f["doc"]
            if f.get("enum"):
                doc = (doc + " " if doc else "") + "One of: " + ", ".join(map(str, f["enum"])) + " (open)."
            if f["name"] != acc:
                doc = (doc + " " if doc else "") + f"The field {f['name']!r}."
            out += comment(doc, "  ")
            vt = view_type(f["type"])
            out.append(f"  std::optional<{vt}> {acc}() const;")
            body = f"return ::coze::detail::Read<{vt}>::from(field({i}));"
            head = f"inline std::optional<{vt}> {name}::{acc}() const"
            if len(head) + 2 > COLUMNS:
                # Laid out as clang-format does: `const` moves to the next line
                # when the rest fits, else the return type goes on its own line.
                short = f"inline std::optional<{vt}> {name}::{acc}()"
                if len(short) <= COLUMNS:
                    accessors += [short, "    const {", f"  {body}", "}"]
                else:
                    accessors += [f"inline std::optional<{vt}>", f"{name}::{acc}() const {{", f"  {body}", "}"]
            else:
                accessors += one_liner(head, body, "")
        out.append("};")
        out.append("")
    out += accessors
    out.append("")
    out += comment(
        "Calls f(M()) with a null view of the model class named `name` (an IR model name) and returns "
        "true; false when there is no such model. Lets generic code (a CLI, a test runner) reach a "
        "model's class by name, e.g. to call M::parse.",
        "",
    )
    out.append("template <typename F>")
    out.append("bool visit_model(std::string_view name, F&& f) {")
    for m in ir["models"]:
        out.append(f"  if (name == {cpp_string(m['name'])}) return f({m['name']}()), true;")
    out.append("  return false;")
    out.append("}")
    out.append("")
    out.append("}  // namespace model")
    out.append("")

    order, cuts = input_models(ir)
    models = {m["name"]: m for m in ir["models"]}
    out.append("namespace input {")
    out.append("")
    for name in order:
        out.append(f"struct {name};")
    out.append("")
    bodies: List[str] = []
    for name in order:
        m = models[name]
        out += comment(f"A {name} to send. Unset fields are left out; `extra` adds keys the description lacks.", "")
        out.append(f"struct {name} {{")
        used = set()
        members: List[Tuple[str, str]] = []
        for f in m["fields"]:
            member = ident(f["name"], INPUT_RESERVED)
            while member in used:
                member += "_"
            used.add(member)
            members.append((member, f["name"]))
            out += comment(f["doc"], "  ")
            # Every member has an initializer, so `{a, b}` may leave the rest out
            # without -Wmissing-field-initializers.
            out.append(f"  std::optional<{input_type(f['type'], cuts[name])}> {member}{{}};")
        out.append("  ::coze::Json extra{};  // a JSON object whose keys are sent as well")
        out.append("")
        out.append("  ::coze::Json to_json() const;")
        out.append("};")
        out.append("")
        bodies.append(f"inline ::coze::Json {name}::to_json() const {{")
        bodies.append("  ::coze::Json out = ::coze::Json::object();")
        for member, key in members:
            bodies += guarded_set(member, key, "  ")
        bodies.append("  for (const auto& kv : extra.members()) out.set(kv.first, kv.second);")
        bodies.append("  return out;")
        bodies.append("}")
    out += bodies
    out.append("")
    out.append("}  // namespace input")
    out.append("}  // namespace coze")
    return "\n".join(out) + "\n"


# -- events.h ------------------------------------------------------------------

STREAM_CLASSES = {"chat": "ChatEvent", "workflow": "WorkflowEvent"}


def enumerator(name: str) -> str:
    return ident(re.sub(r"[^A-Za-z0-9]+", "_", name).strip("_").lower() or "event")


def gen_events(ir: Dict[str, Any]) -> str:
    out: List[str] = [header("//").rstrip("\n")]
    out += [
        "// Typed views of stream events: the event's name, kind, SSE id and payload.",
        "// Include coze/client.h.",
        "#pragma once",
        "",
        "#include <optional>",
        "",
        '#include "coze/generated/models.h"',
        '#include "coze/record_view.h"',
        "",
        "namespace coze {",
        "",
    ]
    for kind in ("chat", "workflow"):
        cls = STREAM_CLASSES[kind]
        events = ir["events"].get(kind, [])
        names: Dict[str, str] = {}
        for ev in events:
            e = enumerator(ev["name"])
            while e in names.values() or e == "unknown":
                e += "_"
            names[ev["name"]] = e
        out += comment(f"The events of {kind} streams; `unknown` for any other event.", "")
        out.append(f"enum class {cls}Kind {{")
        width = max((len(names[ev["name"]]) for ev in events), default=0) + 1
        for ev in events:
            out.append(f"  {(names[ev['name']] + ',').ljust(width)}  // {ev['name']}")
        out.append("  unknown,")
        out.append("};")
        out.append("")
        doc = (
            f"One event of a {kind} stream. payload() is the decoded payload; the typed accessors give it as "
            f"the event's model (std::nullopt for events of another model). Unknown events keep their raw "
            f"payload as a plain value."
        )
        out += comment(doc, "")
        out.append(f"class {cls} : public ::coze::EventView {{")
        out.append(" public:")
        out.append(f"  {cls}() = default;")
        out.append(f"  explicit {cls}(const ::coze::EventView& event) : EventView(event) {{}}")
        out.append("")
        out.append(f"  {cls}Kind kind() const {{")
        out.append("    switch (code()) {")
        for ev in events:
            out.append(f"      case {ev['code']}:")
            out.append(f"        return {cls}Kind::{names[ev['name']]};")
        out.append("      default:")
        out.append(f"        return {cls}Kind::unknown;")
        out.append("    }")
        out.append("  }")
        out.append(f"  bool is({cls}Kind k) const {{ return kind() == k; }}")
        seen: List[str] = []
        for ev in events:
            if ev["model"] and ev["model"] not in seen:
                seen.append(ev["model"])
        for model in seen:
            acc = ident(snake(model), EVENT_RESERVED)
            which = ", ".join(ev["name"] for ev in events if ev["model"] == model)
            out += comment(f"The payload of {which}.", "  ")
            out += one_liner(
                f"std::optional<::coze::model::{model}> {acc}() const",
                f"return payload_as<::coze::model::{model}>();",
                "  ",
            )
        out.append("};")
        out.append("")
    out.append("}  // namespace coze")
    return "\n".join(out) + "\n"


# -- resources.h ---------------------------------------------------------------


def result_info(op: Dict[str, Any]) -> Tuple[str, str]:
    """(C++ return type, expression reading it from `root`) of a JSON operation."""
    t = (op.get("result") or {}).get("type")
    if t is None:
        return "void", ""
    k = t["kind"]
    vt = view_type(t)
    if k == "model":
        return vt, f"{vt}(root)"
    if k in ("array", "map"):
        return vt, f"::coze::detail::read_or_empty<{vt}>(root)"
    if k == "any":
        return vt, "root"
    return f"std::optional<{vt}>", f"::coze::detail::Read<{vt}>::from(root)"


def param_members(op: Dict[str, Any]) -> List[Tuple[str, str, Dict[str, Any]]]:
    used: Set[str] = set()
    out = []
    for p in op["params"]:
        member = ident(p["name"], {"to_json"})
        while member in used:
            member += "_"
        used.add(member)
        if p["in"] == "file":
            base = "::coze::FileParam"
        else:
            base = input_type(p["type"], set())
        out.append((member, base if p["required"] else f"std::optional<{base}>", p))
    return out


def twin_of(op: Dict[str, Any], ops: List[Dict[str, Any]]) -> Optional[Dict[str, Any]]:
    """The non-streaming twin of a streaming operation that shares its path and method."""
    sf = op.get("stream_field")
    if not sf or not sf[1]:
        return None
    for other in ops:
        osf = other.get("stream_field")
        if (
            osf
            and not osf[1]
            and osf[0] == sf[0]
            and other["path"] == op["path"]
            and other["http_method"] == op["http_method"]
            and other["params"] == op["params"]
        ):
            return other
    return None


def pager_info(op: Dict[str, Any]) -> Optional[Tuple[str, str, str]]:
    """(result view, item type, coze::PageFields initializer) of a list
    operation with paging, or None when it has none. The IR has checked
    x-coze-paging and named the items' type and the result's has_more and
    total fields (scripts/gen/ir.py resolve_paging)."""
    paging = op.get("paging")
    if not paging:
        return None

    def name_or_null(name: Optional[str]) -> str:
        return cpp_string(name) if name else "nullptr"

    fields = ", ".join([cpp_string(paging["items"]), name_or_null(paging["has_more"]), name_or_null(paging["total"])])
    return view_type(op["result"]["type"]), view_elem(paging["item"]), "{" + fields + "}"


def gen_resources(ir: Dict[str, Any]) -> str:
    ops = ir["operations"]
    out: List[str] = [header("//").rstrip("\n")]
    out += [
        "// The operations: one params struct per operation and one class per resource",
        "// path with one method per operation. Included by coze/client.h (include that).",
        "#pragma once",
        "",
        "#include <cstdint>",
        "#include <functional>",
        "#include <map>",
        "#include <optional>",
        "#include <string>",
        "#include <vector>",
        "",
        '#include "coze/generated/events.h"',
        '#include "coze/generated/models.h"',
        "",
        "namespace coze {",
        "",
        "class ClientBase;",
        "",
        "namespace params {",
        "",
    ]
    struct_of: Dict[str, str] = {}
    aliases: List[str] = []
    for op in ops:
        sname = pascal(op["name"])
        struct_of[op["name"]] = sname
        twin = twin_of(op, ops)
        if twin is not None:
            # The streaming twin takes the same parameters (core/api/README.md).
            aliases.append(f"// Parameters of {op['name']}: those of {twin['name']}.")
            aliases.append(f"using {sname} = {pascal(twin['name'])};")
            continue
        members = param_members(op)
        doc = f"Parameters of {op['name']} ({op['http_method']} {op['path']})."
        out += comment(doc, "")
        out.append(f"struct {sname} {{")
        for member, ctype, p in members:
            d = p["doc"]
            where = {"path": "path", "query": "query", "body": "body", "file": "file part"}[p["in"]]
            d = f"[{where}{', required' if p['required'] else ''}] " + d
            if member != p["name"]:
                d += f" The parameter {p['name']!r}."
            out += comment(d, "  ")
            out.append(f"  {ctype} {member}{{}};")  # initialized: `{a, b}` may leave the rest out
        if members:
            out.append("")
        out.append("  ::coze::Json to_json() const {")
        out.append("    ::coze::Json out = ::coze::Json::object();")
        for member, ctype, p in members:
            key = cpp_string(p["name"])
            if p["in"] == "file":
                # A file part goes as a source named after its parameter, whose
                # bytes the client streams (coze/client.h, FileParam).
                if p["required"]:
                    out.append(f"    out.set({key}, {member}.to_json({key}));")
                else:
                    out.append(f"    if ({member}) out.set({key}, {member}->to_json({key}));")
            elif p["required"]:
                out.append(f"    out.set({key}, ::coze::detail::to_json({member}));")
            else:
                out += guarded_set(member, p["name"], "    ")
        out.append("    return out;")
        out.append("  }")
        out.append("};")
        out.append("")
    out += aliases
    out.append("")
    out.append("}  // namespace params")
    out.append("")

    # The resource tree.
    tree: Dict[Tuple[str, ...], Dict[str, Any]] = {}

    def node(path: Tuple[str, ...]) -> Dict[str, Any]:
        if path not in tree:
            tree[path] = {"ops": [], "children": []}
            if path:
                parent = node(path[:-1])
                if path not in parent["children"]:
                    parent["children"].append(path)
        return tree[path]

    node(())
    for op in ops:
        node(tuple(op["resource"]))["ops"].append(op)

    def cls(path: Tuple[str, ...]) -> str:
        return pascal("_".join(path))

    out.append("namespace resources {")
    out.append("")
    paths = sorted((p for p in tree if p), key=lambda p: (-len(p), p))
    for path in paths:
        out.append(f"class {cls(path)};")
    out.append("")
    bodies: List[str] = []
    for path in paths:
        n = tree[path]
        c = cls(path)
        out += comment(f"The {'.'.join(path)} resource.", "")
        out.append(f"class {c} {{")
        out.append(" public:")
        out.append(f"  explicit {c}(::coze::ClientBase& client) : client_(&client) {{}}")
        names: Set[str] = set()
        for child in sorted(n["children"]):
            acc = ident(child[-1])
            names.add(acc)
            out.append(f"  {cls(child)} {acc}() const;")
            bodies += one_liner(f"inline {cls(child)} {c}::{acc}() const", f"return {cls(child)}(*client_);", "")
        for op in n["ops"]:
            meth = ident(op["method"])
            if meth in names:
                raise ValueError(f"{op['name']}: method {meth} collides with another member of {c}")
            names.add(meth)
            sname = "::coze::params::" + struct_of[op["name"]]
            has_params = bool(op["params"])
            any_required = any(p["required"] for p in op["params"])
            decl_args = [f"const {sname}& params{'' if any_required else ' = {}'}"] if has_params else []
            def_args = [f"const {sname}& params"] if has_params else []
            pjson = "params.to_json().dump()" if has_params else '"{}"'
            opname = cpp_string(op["name"])
            summary = op["summary"] or op["name"]
            doc = f"{op['name']}: {summary}" + (f". {op['doc']}" if op["doc"] else "")
            options_decl = "const ::coze::RequestOptions& options = ::coze::RequestOptions()"
            options_def = "const ::coze::RequestOptions& options"
            # A pager's options have no idempotency key (the core gives each page its own).
            page_options_decl = "const ::coze::PageOptions& options = ::coze::PageOptions()"
            page_options_def = "const ::coze::PageOptions& options"
            if op["response"] == "sse":
                ev = STREAM_CLASSES[op["stream"]]
                handler = f"const std::function<void(const ::coze::{ev}&)>& on_event"
                doc += f" Calls on_event with each {ev} as it arrives."
                out += comment(doc, "  ")
                out += wrap(f"void {meth}", decl_args + [handler, options_decl], " const;", "  ")
                bodies += wrap(f"inline void {c}::{meth}", def_args + [handler, options_def], " const {")
                bodies.append("  auto each = [&on_event](const ::coze::EventView& event) {")
                bodies.append(f"    if (on_event) on_event(::coze::{ev}(event));")
                bodies.append("  };")
                bodies += wrap("client_->stream", [opname, pjson, "each", "options"], ";", "  ")
                bodies.append("}")
            elif op["response"] == "binary":
                out += comment(doc + " Returns the bytes and their content type.", "  ")
                out += wrap(f"::coze::Binary {meth}", decl_args + [options_decl], " const;", "  ")
                bodies += wrap(f"inline ::coze::Binary {c}::{meth}", def_args + [options_def], " const {")
                bodies += wrap("return client_->call_binary", [opname, pjson, "options"], ";", "  ")
                bodies.append("}")
                sdoc = (
                    f"{op['name']}, streamed: writes the bytes to `sink` as they arrive (a callback, a std::ostream, "
                    f"coze::ByteSink::file(path)); returns their content type and count."
                )
                sink_decl = "const ::coze::ByteSink& sink"
                out += comment(sdoc, "  ")
                out += wrap(f"::coze::Download {meth}", def_args + [sink_decl, options_decl], " const;", "  ")
                bodies += wrap(f"inline ::coze::Download {c}::{meth}", def_args + [sink_decl, options_def], " const {")
                bodies += wrap("return client_->call_binary", [opname, pjson, "sink", "options"], ";", "  ")
                bodies.append("}")
            else:
                rtype, expr = result_info(op)
                out += comment(doc, "  ")
                out += wrap(f"{rtype} {meth}", decl_args + [options_decl], " const;", "  ")
                bodies += wrap(f"inline {rtype} {c}::{meth}", def_args + [options_def], " const {")
                files = [(m, p) for m, _, p in param_members(op) if p["in"] == "file"]
                cargs = [opname, pjson, "options"]
                if files:
                    # The file parts' bytes: streamed by the client, by source id.
                    refs = ", ".join(
                        f"{{{cpp_string(p['name'])}, {('&params.' + m) if p['required'] else f'params.{m} ? &*params.{m} : nullptr'}}}"
                        for m, p in files
                    )
                    bodies.append(f"  const ::coze::Uploads files{{{refs}}};")
                    cargs.append("files")
                if rtype == "void":
                    bodies += wrap("client_->call", cargs, ";", "  ")
                else:
                    call = wrap("::coze::AnyView root = client_->call", cargs, ";", "  ")
                    if len(call) > 1:  # break after the '=' first, as clang-format does
                        call = ["  ::coze::AnyView root ="] + wrap("client_->call", cargs, ";", "      ")
                    bodies += call
                    bodies.append(f"  return {expr};")
                bodies.append("}")
                pager = pager_info(op)
                if pager is not None:
                    result_view, item, page_fields = pager
                    pmeth = ident(op["method"] + "_pages")
                    if pmeth in names or any(ident(o["method"]) == pmeth for o in n["ops"]):
                        raise ValueError(f"{op['name']}: method {pmeth} collides with another member of {c}")
                    names.add(pmeth)
                    ptype = f"::coze::Pager<{result_view}, {item}>"
                    pdoc = (
                        f"{op['name']}, every page ({op['paging']['style']} paging): a lazy, single-pass range "
                        f"over the items ({item.replace('::coze::', '')}), one page in memory at a time; pages() "
                        f"gives the pages (has_more, total, items, log id). Sends nothing until iterated; "
                        f"throws CozeError from the iteration. options.timeout_ms bounds each page's request, "
                        f"not the whole iteration."
                    )
                    out += comment(pdoc, "  ")
                    out += wrap(f"{ptype} {pmeth}", decl_args + [page_options_decl], " const;", "  ")
                    bodies += wrap(f"inline {ptype} {c}::{pmeth}", def_args + [page_options_def], " const {")
                    pargs = ["*client_", cpp_string(op["name"] + ".pages"), pjson, "options", page_fields]
                    one = f"  return {{{', '.join(pargs)}}};"
                    if len(one) <= COLUMNS:
                        bodies.append(one)
                    else:
                        bodies.append(f"  return {{{', '.join(pargs[:2])},")
                        bodies.append(f"          {', '.join(pargs[2:])}}};")
                    bodies.append("}")
                poll = op.get("poll")
                if poll is not None:
                    # x-coze-poll: the core's flow that creates and polls; the runtime
                    # (ClientBase) has the method it names, over that flow.
                    fmeth = ident(poll["method"])
                    if fmeth in names or any(ident(o["method"]) == fmeth for o in n["ops"]):
                        raise ValueError(f"{op['name']}: method {fmeth} collides with another member of {c}")
                    names.add(fmeth)
                    fdoc = (
                        f"{poll['flow']}: creates the chat, polls chat.retrieve every "
                        "poll.interval_ms until it is completed, failed, requires_action or canceled, then lists "
                        "its messages. When the timeout (poll.timeout_ms, else options.timeout_ms) passes first, "
                        "the chat is cancelled and TimeoutError thrown."
                    )
                    poll_decl = "const ::coze::PollOptions& poll = ::coze::PollOptions()"
                    out += comment(fdoc, "  ")
                    out += wrap(f"::coze::ChatPoll {fmeth}", decl_args + [poll_decl, options_decl], " const;", "  ")
                    bodies += wrap(
                        f"inline ::coze::ChatPoll {c}::{fmeth}",
                        def_args + ["const ::coze::PollOptions& poll", options_def],
                        " const {",
                    )
                    bodies += wrap(f"return client_->{fmeth}", [pjson, "poll", "options"], ";", "  ")
                    bodies.append("}")
                tools = op.get("tools")
                if tools is not None:
                    # x-coze-tools: the core's flow that streams the chat and runs local
                    # tools; the runtime (ClientBase::run_tools) drives it.
                    tmeth = ident(tools["method"])
                    if tmeth in names or any(ident(o["method"]) == tmeth for o in n["ops"]):
                        raise ValueError(f"{op['name']}: method {tmeth} collides with another member of {c}")
                    names.add(tmeth)
                    ev = STREAM_CLASSES["chat"]
                    tdoc = (
                        f"{tools['flow']}: streams the chat like stream() and, each time the bot asks for tools "
                        "(requires_action), validates every call's arguments against its Tool's schema, runs the "
                        "tools (each on a thread of its own), submits their outputs and streams on, up to "
                        "run.max_rounds rounds. Calls on_event with each ChatEvent of every round. Throws "
                        "ToolError at the round limit, or when run.fail_on_error and a tool fails."
                    )
                    handler = f"const std::function<void(const ::coze::{ev}&)>& on_event"
                    tools_decl = "const std::vector<::coze::Tool>& tools"
                    run_decl = "const ::coze::ToolsOptions& run = ::coze::ToolsOptions()"
                    out += comment(tdoc, "  ")
                    out += wrap(f"void {tmeth}", decl_args + [tools_decl, handler, run_decl, options_decl], " const;", "  ")
                    bodies += wrap(
                        f"inline void {c}::{tmeth}",
                        def_args + [tools_decl, handler, "const ::coze::ToolsOptions& run", options_def],
                        " const {",
                    )
                    bodies.append("  auto each = [&on_event](const ::coze::EventView& event) {")
                    bodies.append(f"    if (on_event) on_event(::coze::{ev}(event));")
                    bodies.append("  };")
                    bodies += wrap(f"client_->{tmeth}", [pjson, "tools", "each", "run", "options"], ";", "  ")
                    bodies.append("}")
        out.append("")
        out.append(" private:")
        out.append("  ::coze::ClientBase* client_;")
        out.append("};")
        out.append("")
    out += bodies
    out.append("")
    out.append("}  // namespace resources")
    out.append("")
    out.append("// The top-level resources of a CozeClient (client.chat(), client.conversations(), ...).")
    out.append("class ApiRoot {")
    out.append(" public:")
    out.append("  explicit ApiRoot(::coze::ClientBase& client) : client_(&client) {}")
    for child in sorted(tree[()]["children"]):
        out += one_liner(
            f"resources::{cls(child)} {ident(child[-1])}() const", f"return resources::{cls(child)}(*client_);", "  "
        )
    if tree[()]["ops"]:
        raise ValueError("operations need a resource: " + ", ".join(o["name"] for o in tree[()]["ops"]))
    out.append("")
    out.append(" private:")
    out.append("  ::coze::ClientBase* client_;")
    out.append("};")
    out.append("")
    out.append("}  // namespace coze")
    return "\n".join(out) + "\n"


def generate(ir: Dict[str, Any]) -> Dict[str, str]:
    return {
        f"{OUT}/models.h": gen_models(ir),
        f"{OUT}/events.h": gen_events(ir),
        f"{OUT}/resources.h": gen_resources(ir),
    }
