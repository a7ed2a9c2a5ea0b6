"""The Java surface (bindings/java): typed views, events, streams, parameters, resources.

Writes, from the IR (core/api/README.md):
  io.cozecore.model      one view class per model (lazy over the answer's record, with
                         a builder for values sent as parameters), Models (id -> view),
                         one event class and one stream class per event kind
                         (ChatEvent, ChatStream, WorkflowEvent, WorkflowStream)
  io.cozecore.resources  one class per resource path (ConversationsMessagesResource ...),
                         one parameters class per operation (a twin stream operation shares
                         its plain operation's), CozeApi (the root CozeClient extends) and
                         Operations (the list of operations, events by operation)
The hand-written runtime these build on is io.cozecore (ModelView, StreamEvent,
EventStream, RequestOptions, BinaryResponse) and io.cozecore.internal (CoreRecord, Cells, Wire).
"""

from __future__ import annotations

import re
from typing import Any, Dict, List, Optional, Tuple

from common import camel, header, pascal, resource_tree

BASE = "bindings/java/src/main/java/io/cozecore"
MODEL_DIR = BASE + "/model"
RESOURCE_DIR = BASE + "/resources"
OUTPUT_DIRS = [MODEL_DIR, RESOURCE_DIR]

JAVA_KEYWORDS = {
    "abstract",
    "assert",
    "boolean",
    "break",
    "byte",
    "case",
    "catch",
    "char",
    "class",
    "const",
    "continue",
    "default",
    "do",
    "double",
    "else",
    "enum",
    "extends",
    "final",
    "finally",
    "float",
    "for",
    "goto",
    "if",
    "implements",
    "import",
    "instanceof",
    "int",
    "interface",
    "long",
    "native",
    "new",
    "package",
    "private",
    "protected",
    "public",
    "return",
    "short",
    "static",
    "strictfp",
    "super",
    "switch",
    "synchronized",
    "this",
    "throw",
    "throws",
    "transient",
    "try",
    "void",
    "volatile",
    "while",
    "true",
    "false",
    "null",
    "var",
    "record",
    "yield",
    "sealed",
    "permits",
}
# Methods of java.lang.Object and of the runtime base classes a generated member must not hide.
OBJECT_METHODS = {"getClass", "hashCode", "equals", "toString", "notify", "notifyAll", "wait", "clone", "finalize"}
VIEW_RESERVED = OBJECT_METHODS | {
    "read",
    "responseLogid",
    "extraFields",
    "extraField",
    "toMap",
    "toJson",
    "toWire",
    "parse",
    "builder",
    "secretFields",
}
BUILDER_RESERVED = OBJECT_METHODS | {"build"}
EVENT_RESERVED = OBJECT_METHODS | {"type", "code", "id", "data", "dataAs", "dataValue", "toMap"}
PARAMS_RESERVED = OBJECT_METHODS | {"build", "toParams", "builder"}
RESOURCE_RESERVED = OBJECT_METHODS
# Simple names the generated files use unqualified; a model may not take one.
TAKEN_NAMES = {
    "CoreRecord",
    "Cells",
    "CellReader",
    "Decoding",
    "Wire",
    "Json",
    "ModelView",
    "StreamEvent",
    "EventStream",
    "CallDriver",
    "RequestOptions",
    "BinaryResponse",
    "Pager",
    "Page",
    "ChatPollResult",
    "Duration",
    "List",
    "Map",
    "LinkedHashMap",
    "Objects",
    "Models",
    "Operations",
    "CozeApi",
    "Override",
    "String",
    "Object",
    "Long",
    "Double",
    "Boolean",
}


def member(name: str, reserved: set) -> str:
    """A field or method name as a Java identifier that hides nothing."""
    ident = camel(name)
    if not ident or not re.match(r"[A-Za-z_]", ident):
        ident = "v" + ident
    if ident in JAVA_KEYWORDS or ident in reserved:
        ident += "_"
    return ident


def esc(text: str) -> str:
    """Description text made safe inside a Javadoc comment (HTML, no early comment end, no tags)."""
    text = " ".join(str(text or "").split())
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("*/", "*&#47;")
    return text.replace("@", "&#64;").replace("{", "&#123;").replace("}", "&#125;")


def sentence(text: str) -> str:
    """text ending with a full stop (descriptions often leave it out); "" stays ""."""
    return text if not text or text[-1] in ".!?" else text + "."


def _fill(text: str, indent: str) -> List[str]:
    """text as the lines of a Javadoc paragraph, filled to WIDTH columns after indent + " * "."""
    room = WIDTH - len(indent) - 3
    lines: List[str] = []
    cur = ""
    for w in text.split(" "):
        if cur and len(cur) + 1 + len(w) > room:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    lines.append(cur)
    return lines


def javadoc(text: str, indent: str, tags: Optional[List[str]] = None) -> str:
    """A /** ... */ block for text (escaped with esc where it comes from the description) and
    block tags (@throws ...), filled the way google-java-format fills Javadoc."""
    text = " ".join(str(text or "").split())
    if not text:
        return ""
    if not tags and len(indent) + len(text) + 7 <= WIDTH:
        return f"{indent}/** {text} */\n"
    lines = _fill(text, indent)
    if tags:
        lines.append("")
        lines.extend(tags)
    body = "".join(f"{indent} * {line}".rstrip() + "\n" for line in lines)
    return f"{indent}/**\n{body}{indent} */\n"


# -- line breaking, as google-java-format breaks the statements generated here --------

WIDTH = 100
CONTINUATION = 4


def _scan(text: str) -> List[Tuple[int, str, int]]:
    """(depth, char, index) for every character outside string literals; depth counts (), <> and {}."""
    out = []
    depth = 0
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == '"':
            j = i + 1
            while j < len(text) and text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            i = j + 1
            continue
        if ch in "(<{[":
            out.append((depth, ch, i))
            depth += 1
        elif ch in ")>}]":
            depth -= 1
            out.append((depth, ch, i))
        else:
            out.append((depth, ch, i))
        i += 1
    return out


def _call_parts(text: str) -> Optional[Tuple[str, List[str], str]]:
    """text as head "f(", its top-level arguments, and tail ")..." for its first top-level call."""
    scan = _scan(text)
    open_at = next((i for d, ch, i in scan if d == 0 and ch == "("), None)
    if open_at is None:
        return None
    args: List[str] = []
    start = open_at + 1
    close_at = None
    for d, ch, i in scan:
        if i <= open_at:
            continue
        if d == 1 and ch == ",":
            args.append(text[start:i].strip())
            start = i + 1
        elif d == 0 and ch == ")":
            close_at = i
            break
    if close_at is None:
        return None
    last = text[start:close_at].strip()
    if last:
        args.append(last)
    if not args:
        return None
    return text[: open_at + 1], args, text[close_at:]


def _assignment(text: str) -> Optional[int]:
    """The index of a top-level " = " in text, if any."""
    for d, ch, i in _scan(text):
        if d == 0 and ch == "=" and text[i - 1 : i + 2] == " = ":
            return i
    return None


def wrap(indent: str, text: str) -> str:
    """One statement or declaration, broken over lines to fit WIDTH columns."""
    if len(indent) + len(text) <= WIDTH:
        return indent + text
    cont = indent + " " * CONTINUATION
    eq = _assignment(text)
    if eq is not None:
        return indent + text[: eq + 1] + "\n" + wrap(cont, text[eq + 2 :])
    parts = _call_parts(text)
    if parts is None:
        return indent + text
    head, args, tail = parts
    joined = ", ".join(args)
    if len(cont) + len(joined) + len(tail) <= WIDTH:
        return indent + head + "\n" + cont + joined + tail
    lines = [wrap(cont, a + ("," if k < len(args) - 1 else tail)) for k, a in enumerate(args)]
    return indent + head + "\n" + "\n".join(lines)


def wrap_lines(body: str) -> str:
    """Every code line of body broken to WIDTH columns (comments are filled where they are made)."""
    out = []
    for line in body.split("\n"):
        stripped = line.lstrip(" ")
        if len(line) > WIDTH and not stripped.startswith(("/", "*")):
            line = wrap(line[: len(line) - len(stripped)], stripped)
        out.append(line)
    return "\n".join(out)


def jstr(s: str) -> str:
    """A Java string literal."""
    out = []
    for ch in s:
        if ch in '\\"':
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        elif ord(ch) < 0x20 or ord(ch) > 0x7E:
            out.append(
                "\\u%04x" % ord(ch) if ord(ch) <= 0xFFFF else "".join("\\u%04x" % u for u in _surrogates(ord(ch)))
            )
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def _surrogates(cp: int) -> Tuple[int, int]:
    cp -= 0x10000
    return 0xD800 + (cp >> 10), 0xDC00 + (cp & 0x3FF)


# -- types ------------------------------------------------------------------------


def view_type(t: Dict[str, Any]) -> str:
    """The Java type a view accessor returns (boxed: null when absent)."""
    k = t["kind"]
    if k in ("string", "id"):
        return "String"
    if k == "integer":
        return "Long"
    if k == "number":
        return "Double"
    if k == "boolean":
        return "Boolean"
    if k == "model":
        return t["model"]
    if k == "array":
        return f"List<{view_type(t['items'])}>"
    if k == "map":
        return f"Map<String, {view_type(t['values'])}>"
    return "Object"


def input_type(t: Dict[str, Any], top: bool = True) -> str:
    """The Java type a builder setter takes."""
    k = t["kind"]
    if top and k == "integer":
        return "long"
    if top and k == "number":
        return "double"
    if top and k == "boolean":
        return "boolean"
    if k == "array":
        return f"List<{input_type(t['items'], False)}>"
    if k == "map":
        return f"Map<String, {input_type(t['values'], False)}>"
    return view_type(t)


def reader(t: Dict[str, Any]) -> str:
    """The Cells expression that reads a cell of type t."""
    k = t["kind"]
    if k in ("string", "id"):
        return "Cells.STRING"
    if k == "integer":
        return "Cells.INTEGER"
    if k == "number":
        return "Cells.NUMBER"
    if k == "boolean":
        return "Cells.BOOLEAN"
    if k == "model":
        return f"Cells.model({t['model']}::new)"
    if k == "array":
        return f"Cells.list({reader(t['items'])})"
    if k == "map":
        return f"Cells.map({reader(t['values'])})"
    return "Cells.ANY"


def needs_wire(t: Dict[str, Any]) -> bool:
    """Whether a setter's value must be turned into plain JSON (views, lists, maps, any)."""
    return t["kind"] in ("model", "array", "map", "any")


def type_doc(t: Dict[str, Any]) -> str:
    k = t["kind"]
    if k == "model":
        return t["model"]
    if k == "array":
        return f"array of {type_doc(t['items'])}"
    if k == "map":
        return f"map of {type_doc(t['values'])}"
    return k


def uses_collections(types: List[Dict[str, Any]]) -> Tuple[bool, bool]:
    lst = mp = False

    def walk(t: Dict[str, Any]) -> None:
        nonlocal lst, mp
        if t["kind"] == "array":
            lst = True
            walk(t["items"])
        elif t["kind"] == "map":
            mp = True
            walk(t["values"])

    for t in types:
        walk(t)
    return lst, mp


def imports(lines: List[str]) -> str:
    """One import block, sorted (google-java-format's order)."""
    names = sorted(set(lines))
    return "".join(f"import {x};\n" for x in names) + "\n" if names else ""


def file_text(package: str, imps: List[str], body: str) -> str:
    used = [i for i in imps if re.search(r"\b" + re.escape(i.rsplit(".", 1)[1]) + r"\b", body)]
    return header("//") + f"package {package};\n\n" + imports(used) + wrap_lines(body)


# -- models -------------------------------------------------------------------------


def model_class(m: Dict[str, Any]) -> str:
    name = m["name"]
    fields = m["fields"]
    names = [member(f["name"], VIEW_RESERVED | BUILDER_RESERVED) for f in fields]
    if len(set(names)) != len(names):
        raise SystemExit(f"backend_java: model {name}: two fields map to one Java name: {names}")
    lst, mp = uses_collections([f["type"] for f in fields])
    imps = [
        "io.cozecore.ModelView",
        "io.cozecore.internal.Cells",
        "io.cozecore.internal.Decoding",
        "io.cozecore.internal.Json",
        "io.cozecore.internal.CoreRecord",
        "java.util.LinkedHashMap",
        "java.util.Map",
    ]
    if any(needs_wire(f["type"]) for f in fields):
        imps.append("io.cozecore.internal.Wire")
    if lst:
        imps.append("java.util.List")
    if any(f["type"]["kind"] not in ("string", "id", "integer", "number", "boolean") for f in fields):
        imps.append("io.cozecore.internal.CellReader")
    out = []
    doc = sentence(esc(m["doc"])) or f"The {name} model."
    out.append(
        javadoc(
            doc + " A lazy view of an answer: each field is read when its accessor is called "
            "(null when absent); build one to send with builder().",
            "",
        )
    )
    out.append(f"public final class {name} extends ModelView {{\n")
    out.append(javadoc("This model's id in records (its index in the description's list of models).", "  "))
    out.append(f"  public static final int MODEL_ID = {m['id']};\n\n")
    for i, f in enumerate(fields):
        if f["type"]["kind"] not in ("string", "id", "integer", "number", "boolean"):
            out.append(f"  private static final CellReader<{view_type(f['type'])}> READ_{i} = {reader(f['type'])};\n")
    if any(f["type"]["kind"] not in ("string", "id", "integer", "number", "boolean") for f in fields):
        out.append("\n")
    out.append(javadoc("A view of object node {@code node} of {@code record} (made by the runtime).", "  "))
    out.append(f"  public {name}(CoreRecord record, int node) {{\n    super(record, node, MODEL_ID);\n  }}\n\n")
    secrets = [f["name"] for f in fields if f.get("secret")]
    if secrets:
        # x-coze-secret: credentials toString() never prints (ModelView.secretFields).
        out.append(f"  private static final List<String> SECRETS = List.of({', '.join(jstr(x) for x in secrets)});\n\n")
        out.append(
            "  @Override\n  protected List<String> secretFields() {\n    return SECRETS;\n  }\n\n"
        )
        imps.append("java.util.List")
    out.append(
        javadoc(
            f"JSON text read as a {name} by the core (the canonical rules of core/api/README.md).",
            "  ",
            ["@throws io.cozecore.DecodeException when the text is not JSON or not an object"],
        )
    )
    out.append(
        f"  public static {name} parse(String json) {{\n"
        f"    CoreRecord r = Decoding.model({jstr(name)}, json);\n"
        f"    return new {name}(r, Decoding.objectNode(r, {jstr(name)}));\n  }}\n\n"
    )
    out.append("  public static Builder builder() {\n    return new Builder();\n  }\n")
    for i, (f, jn) in enumerate(zip(fields, names)):
        t = f["type"]
        d = esc(f["doc"])
        extra = ""
        if f.get("enum"):
            extra += " Known values: " + esc(", ".join(f["enum"])) + " (others are kept)."
        if f.get("aliases"):
            extra += " Also read from " + esc(", ".join(f["aliases"])) + "."
        if f.get("secret"):
            extra += " A credential: {@code toString()} shows *** instead."
        lead = f"{sentence(d)} " if d else ""
        out.append("\n" + javadoc(f"{lead}Field {{@code {f['name']}}} ({type_doc(t)}).{extra}", "  "))
        rd = reader(t) if t["kind"] in ("string", "id", "integer", "number", "boolean") else f"READ_{i}"
        out.append(f"  public {view_type(t)} {jn}() {{\n    return read({i}, {rd});\n  }}\n")
    # Builder
    out.append("\n" + javadoc(f"Builds a {name} to send (read back through the core, as an answer would be).", "  "))
    out.append("  public static final class Builder {\n")
    out.append("    private final Map<String, Object> values = new LinkedHashMap<>();\n\n")
    out.append("    private Builder() {}\n")
    for f, jn in zip(fields, names):
        t = f["type"]
        val = f"Wire.value({jn})" if needs_wire(t) else jn
        out.append("\n" + javadoc(f"Sets {{@code {f['name']}}}.", "    "))
        out.append(
            f"    public Builder {jn}({input_type(t)} {jn}) {{\n"
            f"      values.put({jstr(f['name'])}, {val});\n      return this;\n    }}\n"
        )
    out.append("\n" + javadoc("Any other key, sent as given (a plain JSON value or a view).", "    "))
    out.append(
        "    public Builder putExtra(String key, Object value) {\n"
        "      values.put(key, Wire.value(value));\n      return this;\n    }\n"
    )
    if not any(needs_wire(f["type"]) for f in fields):
        imps.append("io.cozecore.internal.Wire")
    out.append(f"\n    public {name} build() {{\n      return parse(Json.write(values));\n    }}\n  }}\n")
    out.append("}\n")
    return file_text("io.cozecore.model", imps, "".join(out))


def models_registry(ir: Dict[str, Any]) -> str:
    out = [javadoc("Every model of the description: its typed view by model id (for records) and parse by name.", "")]
    out.append("public final class Models {\n")
    out.append(javadoc("The model names; the index is the model id records carry.", "  "))
    out.append(
        "  public static final List<String> NAMES = List.of("
        + ", ".join(jstr(m["name"]) for m in ir["models"])
        + ");\n\n"
    )
    out.append("  private Models() {}\n\n")
    out.append(
        javadoc(
            "The typed view of object node {@code node} of model {@code id}; null for an id this version lacks.",
            "  ",
        )
    )
    out.append("  public static ModelView view(int id, CoreRecord record, int node) {\n    switch (id) {\n")
    for m in ir["models"]:
        out.append(f"      case {m['id']}:\n        return new {m['name']}(record, node);\n")
    out.append("      default:\n        return null;\n    }\n  }\n\n")
    out.append(
        javadoc(
            "JSON text read as the model named {@code model} ({@code Chat.parse(json)} and so on).",
            "  ",
            [
                "@throws io.cozecore.InvalidArgumentException for a model name the description lacks",
                "@throws io.cozecore.DecodeException when the text is not JSON or not an object",
            ],
        )
    )
    out.append("  public static ModelView parse(String model, String json) {\n    switch (model) {\n")
    for m in ir["models"]:
        out.append(f"      case {jstr(m['name'])}:\n        return {m['name']}.parse(json);\n")
    out.append(
        '      default:\n        throw CozeException.of("invalid_argument", "unknown model " + model);\n'
        "    }\n  }\n}\n"
    )
    return file_text(
        "io.cozecore.model",
        ["io.cozecore.CozeException", "io.cozecore.ModelView", "io.cozecore.internal.CoreRecord", "java.util.List"],
        "".join(out),
    )


def event_class_name(kind: str) -> str:
    return pascal(kind) + "Event"


def stream_class_name(kind: str) -> str:
    return pascal(kind) + "Stream"


def event_class(kind: str, events: List[Dict[str, Any]]) -> str:
    cls = event_class_name(kind)
    out = [
        javadoc(
            f"An event of a {kind} stream: its name, SSE id and payload (see StreamEvent), with one "
            f"typed accessor per payload model and the names of the {kind} events.",
            "",
        )
    ]
    out.append(f"public final class {cls} extends StreamEvent {{\n")
    consts = set()
    for e in events:
        c = re.sub(r"\W+", "_", e["name"]).strip("_").upper() or "EVENT"
        if c in consts:
            raise SystemExit(f"backend_java: two {kind} events map to the constant {c}")
        consts.add(c)
        what = f"payload {{@link {e['model']}}}" if e["model"] else "no typed payload"
        out.append("\n" + javadoc(f"{{@code {e['name']}}}: {what}.", "  "))
        out.append(f"  public static final String {c} = {jstr(e['name'])};\n")
    out.append("\n" + javadoc("The event at array node {@code node} of a batch record (made by the runtime).", "  "))
    out.append(f"  public {cls}(CoreRecord record, int node) {{\n    super(record, node);\n  }}\n")
    by_model: Dict[str, List[str]] = {}
    for e in events:
        if e["model"]:
            by_model.setdefault(e["model"], []).append(e["name"])
    for model, names in by_model.items():
        acc = member(model[:1].lower() + model[1:], EVENT_RESERVED)
        listed = ", ".join(f"{{@code {n}}}" for n in names)
        out.append("\n" + javadoc(f"The payload of {listed} as a {{@link {model}}}; null for other events.", "  "))
        out.append(f"  public {model} {acc}() {{\n    return dataAs({model}.class);\n  }}\n")
    out.append("}\n")
    return file_text("io.cozecore.model", ["io.cozecore.StreamEvent", "io.cozecore.internal.CoreRecord"], "".join(out))


def stream_class(kind: str) -> str:
    cls = stream_class_name(kind)
    ev = event_class_name(kind)
    body = (
        javadoc(f"The events of a {kind} stream as {ev}s; iterate once, close to cancel (see EventStream).", "")
        + f"public final class {cls} extends EventStream<{ev}> {{\n"
        + "  /** A stream over a started call (made by the resources). */\n"
        + f"  public {cls}(CallDriver driver) {{\n    super(driver, {ev}::new);\n  }}\n}}\n"
    )
    return file_text("io.cozecore.model", ["io.cozecore.EventStream", "io.cozecore.internal.CallDriver"], body)


# -- operations ---------------------------------------------------------------------------


def twin_sources(ir: Dict[str, Any]) -> Dict[str, str]:
    """Twin stream operation name -> the plain operation whose parameters it shares."""
    out: Dict[str, str] = {}
    plain = {
        (o["http_method"], o["path"]): o
        for o in ir["operations"]
        if o["stream_field"] is not None and o["response"] != "sse"
    }
    for o in ir["operations"]:
        if o["stream_field"] is not None and o["response"] == "sse":
            p = plain.get((o["http_method"], o["path"]))
            if p is not None:
                out[o["name"]] = p["name"]
    return out


def params_class_name(op_name: str) -> str:
    return pascal(op_name) + "Params"


def params_class(op: Dict[str, Any], users: List[str]) -> str:
    cls = params_class_name(op["name"])
    params = op["params"]
    names = [member(p["name"], PARAMS_RESERVED) for p in params]
    if len(set(names)) != len(names):
        raise SystemExit(f"backend_java: {op['name']}: two parameters map to one Java name: {names}")
    lst, mp = uses_collections([p["type"] for p in params if p["in"] != "file"])
    imps = [
        "io.cozecore.internal.Wire",
        "io.cozecore.UploadFile",
        "java.nio.file.Path",
        "java.util.LinkedHashMap",
        "java.util.Map",
        "java.util.Objects",
    ]
    if lst:
        imps.append("java.util.List")
    for p in params:
        imps.extend(f"io.cozecore.model.{x}" for x in _models_in(p["type"]))
    used_by = " and ".join(f"{{@code {u}}}" for u in users)
    required = [p["name"] for p in params if p["required"]]
    out = [
        javadoc(
            f"The parameters of {used_by.replace('{@code ', '').replace('}', '')}, by name and type; "
            + ("required: " + ", ".join(required) + " (checked by build())." if required else "all optional."),
            "",
        )
    ]
    out.append(f"public final class {cls} {{\n")
    out.append("  private final Map<String, Object> values;\n\n")
    out.append(f"  private {cls}(Map<String, Object> values) {{\n    this.values = values;\n  }}\n\n")
    out.append("  public static Builder builder() {\n    return new Builder();\n  }\n\n")
    out.append(javadoc("The values as the core takes them: API names, plain JSON values; read-only.", "  "))
    out.append("  public Map<String, Object> toParams() {\n    return values;\n  }\n\n")
    out.append(f"  @Override\n  public String toString() {{\n    return {jstr(cls)} + values.keySet();\n  }}\n\n")
    out.append(javadoc(f"Builds a {cls}; {{@link #build()}} checks the required parameters.", "  "))
    out.append("  public static final class Builder {\n")
    out.append("    private final Map<String, Object> values = new LinkedHashMap<>();\n\n")
    out.append("    private Builder() {}\n")
    for p, jn in zip(params, names):
        t = p["type"]
        where = {"path": "path", "query": "query", "body": "body", "file": "file part"}[p["in"]]
        req = "Required. " if p["required"] else ""
        d = esc(p["doc"]) or f"{{@code {p['name']}}}"
        if p["in"] == "file":
            out.append(
                "\n"
                + javadoc(
                    f"{req}{d} (multipart {where} {p['name']}): the bytes, sent without a file name or type.", "    "
                )
            )
            out.append(f"    public Builder {jn}(byte[] data) {{\n      return {jn}(data, null, null);\n    }}\n")
            out.append(
                "\n"
                + javadoc(
                    f"{req}{d} (multipart {where} {p['name']}): the bytes, the file name "
                    "and media type to send with them (either may be null).",
                    "    ",
                )
            )
            out.append(
                f"    public Builder {jn}(byte[] data, String fileName, String contentType) {{\n"
                f"      values.put({jstr(p['name'])}, Wire.file(data, fileName, contentType));\n"
                f"      return this;\n    }}\n"
            )
            out.append(
                "\n"
                + javadoc(
                    f"{req}{d} (multipart {where} {p['name']}): the file at {{@code path}}, named after its "
                    "last element and streamed from disk as the request is sent (opened again on a retry).",
                    "    ",
                )
            )
            out.append(
                f"    public Builder {jn}(Path path) {{\n"
                f"      values.put({jstr(p['name'])}, Wire.file(path));\n"
                f"      return this;\n    }}\n"
            )
            out.append(
                "\n"
                + javadoc(
                    f"{req}{d} (multipart {where} {p['name']}): a path, bytes or a stream with its file name, "
                    "media type and size ({@link UploadFile}), streamed as the request is sent.",
                    "    ",
                )
            )
            out.append(
                f"    public Builder {jn}(UploadFile file) {{\n"
                f"      values.put({jstr(p['name'])}, Wire.file(file));\n"
                f"      return this;\n    }}\n"
            )
            continue
        out.append("\n" + javadoc(f"{req}{d} ({where} parameter {{@code {p['name']}}}, {type_doc(t)}).", "    "))
        jt = input_type(t)
        if jt[0].isupper() or jt.startswith("List") or jt.startswith("Map"):
            val = f"Objects.requireNonNull({jn}, {jstr(jn)})"
            if needs_wire(t):
                val = f"Wire.value({val})"
        else:
            val = jn
        if t["kind"] == "any":
            val = f"Wire.value({jn})"  # any JSON value, null included
        out.append(
            f"    public Builder {jn}({jt} {jn}) {{\n"
            f"      values.put({jstr(p['name'])}, {val});\n      return this;\n    }}\n"
        )
    req_args = "".join(f", {jstr(r)}" for r in required)
    out.append(
        "\n"
        + javadoc(
            "The parameters.",
            "    ",
            ["@throws io.cozecore.InvalidArgumentException when a required parameter is missing"],
        )
    )
    out.append(
        f"    public {cls} build() {{\n"
        f"      return new {cls}(Wire.require({jstr(users[0])}, values{req_args}));\n    }}\n  }}\n}}\n"
    )
    return file_text("io.cozecore.resources", imps, "".join(out))


def resource_class_name(path: List[str]) -> str:
    return "".join(pascal(p) for p in path) + "Resource"


def result_java(op: Dict[str, Any]) -> Tuple[str, Optional[str]]:
    """(Java return type, reader expression or None) of a JSON operation."""
    t = op["result"]["type"]
    if t is None:
        return "void", None
    return view_type(t), reader(t)


def async_name(jname: str) -> str:
    return jname + "Async"


def async_twins(ret: str, jname: str, overloads: List[Tuple[str, ...]]) -> Tuple[str, List[str]]:
    """The CompletableFuture twin of each blocking overload (decl, call arguments, javadoc
    signature[, its own return type]): {jname}Async with the same parameters, running the blocking
    method on the client's executor through CozeApi.async, the one generic adapter (so no operation
    is written twice)."""
    out = []
    for decl, args, sig, *own in overloads:
        ret = own[0] if own else ret
        boxed = "Void" if ret == "void" else ret
        out.append(
            "\n"
            + javadoc(
                f"{{@link #{sig}}} as a CompletableFuture, run on the client's executor: it completes "
                + ("with null" if ret == "void" else "with the result")
                + " or the CozeException; cancelling it cancels the call.",
                "  ",
            )
        )
        if ret == "void":
            body = (
                "    return api.async(\n        () -> {\n"
                f"          {jname}({args});\n          return null;\n        }});\n"
            )
        else:
            body = wrap("    ", f"return api.async(() -> {jname}({args}));") + "\n"
        head = wrap("  ", f"public CompletableFuture<{boxed}> {async_name(jname)}({decl}) {{")
        out.append(head + "\n" + body + "  }\n")
    return "".join(out), ["java.util.concurrent.CompletableFuture"]


def method_block(op: Dict[str, Any], jname: str, pclass: Optional[str], has_required: bool) -> Tuple[str, List[str]]:
    """The overloads of one operation's method, and the imports it needs; a blocking (not
    streaming) operation's overloads each get a CompletableFuture twin ({jname}Async)."""
    imps: List[str] = []
    overloads: List[Tuple[str, ...]] = []  # the blocking overloads, for their async twins
    doc = esc(op["summary"] or op["doc"] or op["name"])
    if op["doc"] and op["summary"] and op["doc"] != op["summary"]:
        doc = esc(f"{op['summary'].rstrip('.')}. {op['doc']}")
    what = f"{{@code {op['http_method']} {op['path']}}}"  # paths hold balanced braces only
    name = op["name"]
    if op["response"] == "sse":
        ret = stream_class_name(op["stream"])
        imps.append(f"io.cozecore.model.{ret}")
        doc_ret = "Streams the answer: iterate the events as they arrive; closing the stream early cancels the call."
        call = f"new {ret}(api.open({jstr(name)}, params, options))"
        stmt = f"return {call};"
    elif op["response"] == "binary":
        ret = "BinaryResponse"
        imps.append("io.cozecore.BinaryResponse")
        doc_ret = (
            "Returns the bytes received with their media type, held in memory; the overloads with a "
            "Path, an OutputStream or a ByteSink stream them there instead."
        )
        stmt = f"return api.invokeBinary({jstr(name)}, params, options);"
    else:
        ret, rd = result_java(op)
        t = op["result"]["type"]
        if t is not None:
            if t["kind"] == "model":
                imps.append(f"io.cozecore.model.{t['model']}")
            for sub in _models_in(t):
                imps.append(f"io.cozecore.model.{sub}")
            if t["kind"] == "array":
                imps.append("java.util.List")
            if t["kind"] == "map":
                imps.append("java.util.Map")
            imps.append("io.cozecore.internal.Cells")
        if rd is None:
            doc_ret = "The answer carries no result."
            stmt = f"api.invoke({jstr(name)}, params, options, null);"
        else:
            doc_ret = f"Returns the result ({type_doc(t)})."
            stmt = f"return api.invoke({jstr(name)}, params, options, {rd});"
    ret_kw = "" if ret == "void" else "return "
    out = []
    full_doc = f"{doc} ({what}, operation {name}). {doc_ret}"
    if pclass:
        out.append("\n" + javadoc(full_doc, "  "))
        no_opts = "(RequestOptions) null" if op["response"] == "binary" else "null"  # (overloads)
        out.append(f"  public {ret} {jname}({pclass} params) {{\n    {ret_kw}{jname}(params, {no_opts});\n  }}\n")
        out.append("\n" + javadoc(f"Like {{@link #{jname}({pclass})}}, with per-call options (null: none).", "  "))
        out.append(
            f"  public {ret} {jname}({pclass} params, RequestOptions options) {{\n"
            f'    Objects.requireNonNull(params, "params");\n'
            + "    "
            + stmt.replace("params, options", "params.toParams(), options")
            + "\n  }\n"
        )
        overloads.append((f"{pclass} params", f"params, {no_opts}", f"{jname}({pclass})"))
        overloads.append(
            (f"{pclass} params, RequestOptions options", "params, options", f"{jname}({pclass}, RequestOptions)")
        )
        if op["response"] == "binary":
            sinks = [
                ("Path", "path", "into the file at {@code path} (created or truncated at the first bytes; "
                 "removed again when the call fails after that)", "path"),
                ("OutputStream", "out", "to {@code out} (neither flushed nor closed)", "ByteSink.of(out)"),
                ("ByteSink", "sink", "to {@code sink}, chunk by chunk", "sink"),
            ]
            imps += ["io.cozecore.ByteSink", "io.cozecore.DownloadResult", "java.nio.file.Path", "java.io.OutputStream"]
            download_twins: List[Tuple[str, ...]] = []
            for jt, arg, how, expr in sinks:
                out.append(
                    "\n"
                    + javadoc(
                        f"Like {{@link #{jname}({pclass})}}, streaming the answer {how} as it arrives "
                        "instead of holding it in memory; returns its length and media type.",
                        "  ",
                    )
                )
                out.append(
                    f"  public DownloadResult {jname}({pclass} params, {jt} {arg}) {{\n"
                    f"    return {jname}(params, {arg}, null);\n  }}\n"
                )
                out.append(
                    "\n" + javadoc(f"Like {{@link #{jname}({pclass}, {jt})}}, with per-call options (null: none).", "  ")
                )
                out.append(
                    f"  public DownloadResult {jname}({pclass} params, {jt} {arg}, RequestOptions options) {{\n"
                    f'    Objects.requireNonNull(params, "params");\n'
                    f"    Objects.requireNonNull({arg}, {jstr(arg)});\n"
                    f"    return api.invokeDownload({jstr(name)}, params.toParams(), options, {expr});\n  }}\n"
                )
                download_twins.append(
                    (f"{pclass} params, {jt} {arg}", f"params, {arg}", f"{jname}({pclass}, {jt})", "DownloadResult")
                )
                download_twins.append(
                    (
                        f"{pclass} params, {jt} {arg}, RequestOptions options",
                        f"params, {arg}, options",
                        f"{jname}({pclass}, {jt}, RequestOptions)",
                        "DownloadResult",
                    )
                )
        if not has_required:
            out.append("\n" + javadoc(f"Like {{@link #{jname}({pclass})}} with no parameters.", "  "))
            out.append(f"  public {ret} {jname}() {{\n    {ret_kw}{jname}({pclass}.builder().build(), null);\n  }}\n")
            overloads.append(("", "", f"{jname}()"))
        if op["response"] == "binary":
            overloads += download_twins
        imps.append("java.util.Objects")
    else:
        out.append("\n" + javadoc(full_doc, "  "))
        out.append(f"  public {ret} {jname}() {{\n    {ret_kw}{jname}(null);\n  }}\n")
        out.append("\n" + javadoc(f"Like {{@link #{jname}()}}, with per-call options (null: none).", "  "))
        out.append(
            f"  public {ret} {jname}(RequestOptions options) {{\n"
            + "    "
            + stmt.replace("params, options", "Map.of(), options")
            + "\n  }\n"
        )
        imps.append("java.util.Map")
        overloads += [("", "", f"{jname}()"), ("RequestOptions options", "options", f"{jname}(RequestOptions)")]
    imps.append("io.cozecore.RequestOptions")
    if op["response"] != "sse":
        text, more = async_twins(ret, jname, overloads)
        out.append(text)
        imps += more
    return "".join(out), imps


def _models_in(t: Dict[str, Any]) -> List[str]:
    if t["kind"] == "model":
        return [t["model"]]
    if t["kind"] == "array":
        return _models_in(t["items"])
    if t["kind"] == "map":
        return _models_in(t["values"])
    return []


def pages_block(
    op: Dict[str, Any], jname: str, list_name: str, pclass: Optional[str], has_required: bool
) -> Tuple[str, List[str]]:
    """The lazy pager overloads of a list operation with x-coze-paging ({list}Pages), over the
    core's {op}.pages flow, and the imports they need. The IR checked the paging and names the
    items' type and the result's has_more and total fields (scripts/gen/ir.py resolve_paging)."""
    paging = op["paging"]
    result = op["result"]["type"]["model"]
    item_type = paging["item"]
    item = view_type(item_type)
    reserved = VIEW_RESERVED | BUILDER_RESERVED

    def accessor(field: Optional[str]) -> str:
        return f"{result}::{member(field, reserved)}" if field else "null"

    imps = ["io.cozecore.Pager", "io.cozecore.RequestOptions", f"io.cozecore.model.{result}"]
    imps.extend(f"io.cozecore.model.{x}" for x in _models_in(item_type))
    if item.startswith("List"):
        imps.append("java.util.List")
    if item.startswith("Map"):
        imps.append("java.util.Map")
    ret = f"Pager<{result}, {item}>"
    shape = (
        f"new Pager.Shape<{result}, {item}>({result}::new, {accessor(paging['items'])}, "
        f"{accessor(paging['has_more'])}, {accessor(paging['total'])})"
    )
    flow = jstr(op["name"] + ".pages")
    sig = f"{list_name}({pclass})" if pclass else f"{list_name}()"
    doc = (
        f"Every page of {{@link #{sig}}}, read lazily (operation {op['name']}.pages): iterating "
        f"the pager yields the items ({type_doc(item_type)}) page after page, {{@code pages()}} "
        "the pages; the core asks for the next page only once the items before it were taken. Close it "
        "(try-with-resources) to stop early."
    )
    opts_doc = (
        "with per-call options (null: none) applied to each page's request: the timeout bounds each "
        "page's request, not the whole iteration, and each page request gets its own idempotency key "
        "from the core (an idempotency key given here is not used)."
    )
    out = []
    if pclass:
        out.append("\n" + javadoc(doc, "  "))
        out.append(f"  public {ret} {jname}({pclass} params) {{\n    return {jname}(params, null);\n  }}\n")
        out.append("\n" + javadoc(f"Like {{@link #{jname}({pclass})}}, {opts_doc}", "  "))
        out.append(
            f"  public {ret} {jname}({pclass} params, RequestOptions options) {{\n"
            f'    Objects.requireNonNull(params, "params");\n'
            f"    return api.pages({flow}, params.toParams(), options, {shape});\n  }}\n"
        )
        if not has_required:
            out.append("\n" + javadoc(f"Like {{@link #{jname}({pclass})}} with no parameters.", "  "))
            out.append(f"  public {ret} {jname}() {{\n    return {jname}({pclass}.builder().build(), null);\n  }}\n")
        imps.append("java.util.Objects")
    else:
        out.append("\n" + javadoc(doc, "  "))
        out.append(f"  public {ret} {jname}() {{\n    return {jname}(null);\n  }}\n")
        out.append("\n" + javadoc(f"Like {{@link #{jname}()}}, {opts_doc}", "  "))
        out.append(
            f"  public {ret} {jname}(RequestOptions options) {{\n"
            f"    return api.pages({flow}, Map.of(), options, {shape});\n  }}\n"
        )
        imps.append("java.util.Map")
    return "".join(out), imps


# What each core poll flow (x-coze-poll) ends with: the runtime class that holds it (its reading
# is hand-written glue in CozeClient), and what the flow does, for the method's documentation.
POLL_FLOWS = {
    "chat.create_and_poll": (
        "ChatPollResult",
        "Creates a chat and waits for it to finish without streaming: the core polls chat.retrieve "
        "every {@code pollInterval} until the chat is completed, failed, requires_action or canceled, "
        "then lists its messages. With a timeout ({@code RequestOptions.timeout}) that passes first, "
        "the core cancels the chat (chat.cancel) and the call fails with a TimeoutException.",
    ),
}


def poll_block(op: Dict[str, Any], jname: str, pclass: str) -> Tuple[str, List[str]]:
    """The overloads of an operation's poll method (x-coze-poll: op["poll"] names the core's flow
    and the method): the operation's parameters plus the poll interval."""
    flow = op["poll"]["flow"]
    if flow not in POLL_FLOWS:
        raise SystemExit(f"backend_java: {op['name']}: x-coze-poll flow {flow!r} has no runtime result class")
    ret, what = POLL_FLOWS[flow]
    out = [
        "\n"
        + javadoc(
            f"{what} Operation {flow}, with the parameters of {op['name']}; interrupting the "
            "waiting thread cancels the call (CancelledException).",
            "  ",
        ),
        f"  public {ret} {jname}({pclass} params) {{\n    return {jname}(params, null, null);\n  }}\n",
        "\n" + javadoc(f"Like {{@link #{jname}({pclass})}}, with per-call options (null: none).", "  "),
        f"  public {ret} {jname}({pclass} params, RequestOptions options) {{\n"
        f"    return {jname}(params, null, options);\n  }}\n",
        "\n"
        + javadoc(
            f"Like {{@link #{jname}({pclass})}}, polling every {{@code pollInterval}} (null: the core's "
            "default of 1 s; a part of a millisecond counts as a whole one), with per-call options "
            "(null: none).",
            "  ",
        ),
        f"  public {ret} {jname}({pclass} params, Duration pollInterval, RequestOptions options) {{\n"
        '    Objects.requireNonNull(params, "params");\n'
        f"    return api.poll({jstr(flow)}, params.toParams(), pollInterval, options);\n  }}\n",
    ]
    imps = [f"io.cozecore.{ret}", "io.cozecore.RequestOptions", "java.time.Duration", "java.util.Objects"]
    text, more = async_twins(
        ret,
        jname,
        [
            (f"{pclass} params", "params, null, null", f"{jname}({pclass})"),
            (f"{pclass} params, RequestOptions options", "params, null, options", f"{jname}({pclass}, RequestOptions)"),
            (
                f"{pclass} params, Duration pollInterval, RequestOptions options",
                "params, pollInterval, options",
                f"{jname}({pclass}, Duration, RequestOptions)",
            ),
        ],
    )
    return "".join(out) + text, imps + more


# What each core tool flow (x-coze-tools) does, for the method's documentation; the runtime piece
# (the tools' functions run by the driver on TOOLS) is hand-written glue in CozeClient/CallDriver.
TOOLS_FLOWS = {
    "chat.run_tools": (
        "Streams a chat and runs the caller's local tools whenever the bot asks for them: at each "
        "{@code conversation.chat.requires_action} the core checks every call's arguments against its "
        "tool's schema (defaults filled in), the functions of the round run concurrently on the "
        "client's tool executor, their outputs (a String as it is, anything else as compact JSON; "
        "what a function throws as {@code {\"error\": message}}) are submitted and the answer streams "
        "on, up to {@code maxRounds} rounds. The events are those of every round, as the stream "
        "method gives them (each intermediate round's {@code done} left out); closing the stream "
        "cancels the call, running functions included.",
    ),
}


def tools_block(op: Dict[str, Any], jname: str, pclass: str, stream_kind: str) -> Tuple[str, List[str]]:
    """The overloads of an operation's tool-run method (x-coze-tools: op["tools"] names the core's
    flow and the method): the operation's parameters (its stream field aside), the tools, and the
    run's max rounds, tool timeout and tool errors mode; it returns the twin stream's class."""
    flow = op["tools"]["flow"]
    if flow not in TOOLS_FLOWS:
        raise SystemExit(f"backend_java: {op['name']}: x-coze-tools flow {flow!r} is not documented here")
    (what,) = TOOLS_FLOWS[flow]
    ret = stream_class_name(stream_kind)
    sig = f"{jname}({pclass}, List)"
    out = [
        "\n"
        + javadoc(
            f"{what} Operation {flow}, with the parameters of {op['name']}; at most 8 rounds, a "
            "tool timeout of 60 s and failing tools answered with their error (the overloads set "
            "them). Each tool's schema was checked when the {@link Tool} was made.",
            "  ",
        ),
        f"  public {ret} {jname}({pclass} params, List<Tool> tools) {{\n"
        f"    return {jname}(params, tools, null, null, null, null);\n  }}\n",
        "\n" + javadoc(f"Like {{@link #{sig}}}, with per-call options (null: none).", "  "),
        f"  public {ret} {jname}({pclass} params, List<Tool> tools, RequestOptions options) {{\n"
        f"    return {jname}(params, tools, null, null, null, options);\n  }}\n",
        "\n"
        + javadoc(
            f"Like {{@link #{sig}}}, with at most {{@code maxRounds}} rounds of tool calls (1 to 1000; "
            "null: 8; one more request for tools fails the run with a ToolException), each round's "
            "functions given {@code toolTimeout} to finish (null: 60 s; a part of a millisecond counts "
            "as a whole one; a function still running then is interrupted and its output is "
            "{@code {\"error\": ...}}), {@code toolErrors} saying what a failing tool does (null: "
            "{@link ToolErrors#OUTPUT}), and per-call options (null: none).",
            "  ",
        ),
        f"  public {ret} {jname}(\n      {pclass} params,\n      List<Tool> tools,\n      Integer maxRounds,\n"
        "      Duration toolTimeout,\n      ToolErrors toolErrors,\n      RequestOptions options) {\n"
        '    Objects.requireNonNull(params, "params");\n'
        '    Objects.requireNonNull(tools, "tools");\n'
        f"    return new {ret}(\n        api.runTools(\n            {jstr(flow)}, params.toParams(), tools, maxRounds, "
        "toolTimeout, toolErrors, options));\n  }\n",
    ]
    imps = [
        f"io.cozecore.model.{ret}",
        "io.cozecore.Tool",
        "io.cozecore.ToolErrors",
        "io.cozecore.RequestOptions",
        "java.time.Duration",
        "java.util.List",
        "java.util.Objects",
    ]
    return "".join(out), imps


def resource_class(path: List[str], node: Dict[str, Any], twins: Dict[str, str], ir_ops: Dict[str, Any]) -> str:
    cls = resource_class_name(path)
    imps: List[str] = []
    children = sorted(node["children"].items())
    ops = node["ops"]
    child_names = {member(c, RESOURCE_RESERVED): c for c, _ in children}
    out = [javadoc(f"The {'.'.join(path)} operations: client.{'().'.join(camel(p) for p in path)}().", "")]
    out.append(f"public final class {cls} {{\n  private final CozeApi api;\n")
    for jn, c in child_names.items():
        out.append(f"  private final {resource_class_name(path + [c])} {jn};\n")
    out.append(f"\n  {cls}(CozeApi api) {{\n    this.api = api;\n")
    for jn, c in child_names.items():
        out.append(f"    this.{jn} = new {resource_class_name(path + [c])}(api);\n")
    out.append("  }\n")
    for jn, c in child_names.items():
        out.append("\n" + javadoc(f"The {'.'.join(path + [c])} operations.", "  "))
        out.append(f"  public {resource_class_name(path + [c])} {jn}() {{\n    return {jn};\n  }}\n")
    seen = set(child_names)
    for op in ops:
        src = ir_ops[twins.get(op["name"], op["name"])]
        pclass = params_class_name(src["name"]) if src["params"] else None
        has_required = any(p["required"] for p in src["params"])
        # Overloads with parameters may share a name with a method of Object
        # (clone); a no-argument one may not.
        jname = member(op["method"], RESOURCE_RESERVED if not has_required else set())
        if jname in seen:
            raise SystemExit(f"backend_java: {op['name']}: method {jname} clashes on {cls}")
        seen.add(jname)
        if op["response"] != "sse":
            if async_name(jname) in seen:
                raise SystemExit(f"backend_java: {op['name']}: method {async_name(jname)} clashes on {cls}")
            seen.add(async_name(jname))
        text, more = method_block(op, jname, pclass, has_required)
        out.append(text)
        imps.extend(more)
        if op["paging"] and op["response"] == "json":
            pname = member(op["method"] + "_pages", RESOURCE_RESERVED)
            if pname in seen:
                raise SystemExit(f"backend_java: {op['name']}: method {pname} clashes on {cls}")
            seen.add(pname)
            text, more = pages_block(op, pname, jname, pclass, has_required)
            out.append(text)
            imps.extend(more)
        if op.get("poll"):
            qname = member(op["poll"]["method"], RESOURCE_RESERVED)
            if qname in seen or async_name(qname) in seen or pclass is None:
                raise SystemExit(f"backend_java: {op['name']}: poll method {qname} clashes on {cls} or lacks params")
            seen |= {qname, async_name(qname)}
            text, more = poll_block(op, qname, pclass)
            out.append(text)
            imps.extend(more)
        if op.get("tools"):
            tname = member(op["tools"]["method"], RESOURCE_RESERVED)
            kinds = [ir_ops[t]["stream"] for t, src in twins.items() if src == op["name"]]
            if tname in seen or pclass is None or len(kinds) != 1:
                raise SystemExit(
                    f"backend_java: {op['name']}: tools method {tname} clashes on {cls}, lacks params "
                    "or has no streaming twin"
                )
            seen.add(tname)
            text, more = tools_block(op, tname, pclass, kinds[0])
            out.append(text)
            imps.extend(more)
    out.append("}\n")
    return file_text("io.cozecore.resources", imps, "".join(out))


def root_class(tree: Dict[str, Any], paging: bool = False, poll: bool = False, tools: bool = False) -> str:
    children = sorted(tree["children"].items())
    out = [
        javadoc(
            "The API's resources, generated from the description; CozeClient extends it and runs the operations.", ""
        )
    ]
    out.append("public abstract class CozeApi {\n")
    for c, _ in children:
        out.append(f"  private final {resource_class_name([c])} {member(c, RESOURCE_RESERVED)};\n")
    out.append("\n  protected CozeApi() {\n")
    for c, _ in children:
        out.append(f"    this.{member(c, RESOURCE_RESERVED)} = new {resource_class_name([c])}(this);\n")
    out.append("  }\n")
    for c, _ in children:
        jn = member(c, RESOURCE_RESERVED)
        out.append("\n" + javadoc(f"The {c} operations.", "  "))
        out.append(f"  public final {resource_class_name([c])} {jn}() {{\n    return {jn};\n  }}\n")
    out.append("""
  /**
   * Runs a non-streaming operation to its end and reads its result with {@code result} (null: the
   * operation has no result; null is returned).
   */
  protected abstract <T> T invoke(String op, Map<String, Object> params, RequestOptions options, CellReader<T> result);

  /**
   * Runs a blocking method of the resources as a CompletableFuture on the client's executor (the
   * generated {@code xxxAsync} twins); cancelling the future cancels the call.
   */
  protected abstract <T> CompletableFuture<T> async(Supplier<T> call);

  /** Starts a streaming operation; the stream drives the call. */
  protected abstract CallDriver open(String op, Map<String, Object> params, RequestOptions options);

  /** Runs a binary operation to its end. */
  protected abstract BinaryResponse invokeBinary(String op, Map<String, Object> params, RequestOptions options);

  /** Runs a binary operation to its end, its answer streamed to {@code sink}. */
  protected abstract DownloadResult invokeDownload(String op, Map<String, Object> params, RequestOptions options, ByteSink sink);

  /** Runs a binary operation to its end, its answer streamed into the file at {@code path}. */
  protected abstract DownloadResult invokeDownload(String op, Map<String, Object> params, RequestOptions options, Path path);
""")
    if paging:
        out.append("""
  /**
   * The pages of a list operation ({@code op} is {@code <list op>.pages}), read as {@code shape}
   * says; each iteration of the pager runs its own call.
   */
  protected abstract <R, T> Pager<R, T> pages(String op, Map<String, Object> params, RequestOptions options, Pager.Shape<R, T> shape);
""")
    if poll:
        out.append("""
  /**
   * Runs the core's poll flow {@code flow} ({@code chat.create_and_poll}) with an operation's
   * parameters (pollInterval null: the core's default).
   */
  protected abstract ChatPollResult poll(String flow, Map<String, Object> params, Duration pollInterval, RequestOptions options);
""")
    if tools:
        out.append("""
  /**
   * Starts the core's tool flow {@code flow} ({@code chat.run_tools}) with an operation's
   * parameters and the tools whose functions run on TOOLS (null limits: the core's defaults); the
   * stream drives the call.
   */
  protected abstract CallDriver runTools(String flow, Map<String, Object> params, List<Tool> tools, Integer maxRounds, Duration toolTimeout, ToolErrors toolErrors, RequestOptions options);
""")
    out.append("}\n")
    return file_text(
        "io.cozecore.resources",
        [
            "io.cozecore.BinaryResponse",
            "io.cozecore.ByteSink",
            "io.cozecore.DownloadResult",
            "java.nio.file.Path",
            "io.cozecore.ChatPollResult",
            "io.cozecore.Pager",
            "java.time.Duration",
            "io.cozecore.RequestOptions",
            "io.cozecore.Tool",
            "io.cozecore.ToolErrors",
            "io.cozecore.internal.CallDriver",
            "io.cozecore.internal.CellReader",
            "java.util.List",
            "java.util.Map",
            "java.util.concurrent.CompletableFuture",
            "java.util.function.Supplier",
        ],
        "".join(out),
    )


def operations_class(ir: Dict[str, Any]) -> str:
    out = [javadoc("The operations of the description, and the event views of each streaming one.", "")]
    out.append("public final class Operations {\n")
    out.append(
        "  /** Every operation name, sorted. */\n  public static final List<String> NAMES = List.of("
        + ", ".join(jstr(o["name"]) for o in ir["operations"])
        + ");\n\n"
    )
    out.append("  private Operations() {}\n\n")
    out.append(
        javadoc(
            "The event at array node {@code node} of a batch record of operation {@code op}: a "
            "ChatEvent, WorkflowEvent, ... as the operation streams; a plain StreamEvent for another "
            "op.",
            "  ",
        )
    )
    out.append("  public static StreamEvent event(String op, CoreRecord record, int node) {\n    switch (op) {\n")
    by_kind: Dict[str, List[str]] = {}
    for o in ir["operations"]:
        if o["stream"]:
            by_kind.setdefault(o["stream"], []).append(o["name"])
    imps = [
        "io.cozecore.StreamEvent",
        "io.cozecore.internal.CoreRecord",
        "java.util.List",
    ]
    for kind, names in sorted(by_kind.items()):
        for n in names:
            out.append(f"      case {jstr(n)}:\n")
        out.append(f"        return new {event_class_name(kind)}(record, node);\n")
        imps.append(f"io.cozecore.model.{event_class_name(kind)}")
    out.append("      default:\n        return new StreamEvent(record, node);\n    }\n  }\n}\n")
    return file_text("io.cozecore.resources", imps, "".join(out))


def generate(ir: Dict[str, Any]) -> Dict[str, str]:
    files: Dict[str, str] = {}
    helper_names = (
        {"Models"} | {event_class_name(k) for k in ir["events"]} | {stream_class_name(k) for k in ir["events"]}
    )
    for m in ir["models"]:
        if m["name"] in TAKEN_NAMES or m["name"] in helper_names:
            raise SystemExit(f"backend_java: model name {m['name']} clashes with a generated or runtime class")
        files[f"{MODEL_DIR}/{m['name']}.java"] = model_class(m)
    files[f"{MODEL_DIR}/Models.java"] = models_registry(ir)
    for kind, events in ir["events"].items():
        if not events and not any(o["stream"] == kind for o in ir["operations"]):
            continue
        files[f"{MODEL_DIR}/{event_class_name(kind)}.java"] = event_class(kind, events)
        files[f"{MODEL_DIR}/{stream_class_name(kind)}.java"] = stream_class(kind)
    ops = {o["name"]: o for o in ir["operations"]}
    twins = twin_sources(ir)
    users: Dict[str, List[str]] = {}
    for o in ir["operations"]:
        users.setdefault(twins.get(o["name"], o["name"]), []).append(o["name"])
    for src, names in users.items():
        if ops[src]["params"]:
            files[f"{RESOURCE_DIR}/{params_class_name(src)}.java"] = params_class(ops[src], names)
    tree = resource_tree(ir)

    def walk(path: List[str], node: Dict[str, Any]) -> None:
        if path:
            files[f"{RESOURCE_DIR}/{resource_class_name(path)}.java"] = resource_class(path, node, twins, ops)
        for c, sub in node["children"].items():
            walk(path + [c], sub)

    walk([], tree)
    files[f"{RESOURCE_DIR}/CozeApi.java"] = root_class(
        tree,
        any(o["paging"] for o in ir["operations"]),
        any(o.get("poll") for o in ir["operations"]),
        any(o.get("tools") for o in ir["operations"]),
    )
    files[f"{RESOURCE_DIR}/Operations.java"] = operations_class(ir)
    return files
