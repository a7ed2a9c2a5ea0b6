"""Go: typed model views, stream event accessors, resources and parameters
(bindings/go/cozecore/zz_generated_*.go, package cozecore).

The generated code leans on the hand-written runtime of the package:
record.go (record, view, arrayOf, mapOf), event.go (Event, Stream),
client.go (Client, CallOption, invoke, DoStream), options.go (FileUpload),
pager.go (Pager, newPager: the <Method>Pages of paged list operations) and
poll.go (CreateAndPollResult, pollIntervalOf, createAndPoll: the methods of
x-coze-poll) and tools.go (Tool, toolRunParams, runTools: the methods of
x-coze-tools). The output is gofmt-clean as written: struct fields and constants
each carry a doc comment, so gofmt has nothing to align.
"""

from __future__ import annotations

import re
from typing import Any, Dict, List, Optional, Set, Tuple

from common import header, model_index, resource_tree

OUTPUT_DIRS = ["bindings/go/cozecore"]
PKG = "bindings/go/cozecore"

# Go spells these words in one case (Effective Go, "initialisms").
INITIALISMS = {
    "api", "asr", "css", "dns", "html", "http", "https", "id", "ip", "json", "jwt", "pat",
    "rtc", "sql", "sse", "tls", "tts", "ui", "uid", "uri", "url", "utf8", "uuid", "xml",
}

# Methods every model view has (record.go's view); a field whose Go name is
# one of these gets the suffix "Field".
VIEW_METHODS = {"Valid", "Has", "Get", "Extra", "ToMap", "MarshalJSON", "String", "LogID"}

# Names of Event (event.go); an event payload accessor must not take one.
EVENT_MEMBERS = {"Type", "ID", "Data", "Content", "Audio", "IsAudio", "MarshalJSON", "Known"}

# Type names the hand-written part of the package uses; a model must not
# take one (nor make ParseModel, newRecord, ... by its Parse/new functions).
HAND_WRITTEN_TYPES = {
    "Attempt", "AuthService", "AuthorizeURLParams", "Binary", "CallOption", "ChatRequest", "Client",
    "ClientOrCallOption", "CreateAndPollResult", "DeviceFlowParams", "Error", "Event", "ExchangeCodeParams",
    "FileUpload", "HookEvent", "HookKind", "Hooks", "JWTApp", "JWTTokenParams", "Kind", "Model", "OAuthApp",
    "OAuthCredentials", "Option", "PKCE", "Page", "Pager", "Record", "RefreshTokenParams", "Resources", "Result",
    "RetryBudget", "Stream", "Token", "Tool", "ToolErrors", "ToolFunc", "View", "Viewer",
}

# Methods a service has by hand; a generated method must not take one. (None
# today: even CreateAndPoll is generated, from x-coze-poll.)
HAND_WRITTEN_METHODS: Set[Tuple[str, str]] = set()

# Members of Client besides its embedded Resources (client.go, auth.go); a
# top-level resource must not take one, or the Client's member would hide it.
CLIENT_MEMBERS = {"Auth", "Close", "Do", "DoStream", "Resources", "Token"}


def go_name(name: str) -> str:
    """An API name (snake_case, dotted, CAPS) as an exported Go identifier."""
    out = []
    for part in re.split(r"[^A-Za-z0-9]+", name):
        if not part:
            continue
        low = part.lower()
        if low == "oauth":
            out.append("OAuth")  # as Go spells it (golang.org/x/oauth2)
        elif low in INITIALISMS:
            out.append(low.upper())
        elif low.endswith("s") and low[:-1] in INITIALISMS and len(low) > 2:
            out.append(low[:-1].upper() + "s")  # ids -> IDs, urls -> URLs
        elif part.isupper() and len(part) > 1:
            out.append(part[0] + part[1:].lower())  # PING -> Ping
        else:
            out.append(part[0].upper() + part[1:])
    ident = "".join(out) or "X"
    if ident[0].isdigit():
        ident = "N" + ident
    return ident


def quote(s: str) -> str:
    """A Go interpreted string literal."""
    out = ['"']
    for ch in s:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        elif ord(ch) < 0x20:
            out.append(f"\\x{ord(ch):02x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def comment(text: str, indent: str = "") -> List[str]:
    """A doc comment wrapped at about 100 columns."""
    words = text.split()
    lines: List[str] = []
    line = indent + "//"
    for w in words:
        if len(line) + 1 + len(w) > 100 and line != indent + "//":
            lines.append(line)
            line = indent + "//"
        line += " " + w
    lines.append(line)
    return lines


def clause(text: str) -> str:
    """Text that follows a colon: its first letter in lower case, unless it starts an acronym."""
    if len(text) > 1 and text[0].isupper() and not text[1].isupper():
        return text[0].lower() + text[1:]
    return text


def sentence(text: str) -> str:
    text = text.strip()
    if text and text[-1] not in ".!?":
        text += "."
    return text


class Gen:
    def __init__(self, ir: Dict[str, Any]) -> None:
        self.ir = ir
        self.models = model_index(ir)
        self.ops = {op["name"]: op for op in ir["operations"]}
        self.input_models = self._input_models()
        for m in ir["models"]:
            if go_name(m["name"]) in HAND_WRITTEN_TYPES:
                raise SystemExit(f"backend_go: model {m['name']} takes the name of a hand-written Go type")

    # -- types -----------------------------------------------------------------

    def view_type(self, t: Dict[str, Any]) -> str:
        k = t["kind"]
        if k in ("string", "id"):
            return "string"
        if k == "integer":
            return "int64"
        if k == "number":
            return "float64"
        if k == "boolean":
            return "bool"
        if k == "model":
            return go_name(t["model"])
        if k == "array":
            return "[]" + self.view_type(t["items"])
        if k == "map":
            return "map[string]" + self.view_type(t["values"])
        return "any"

    def reader(self, t: Dict[str, Any]) -> str:
        """A Go expression of type func(*record, int32) T reading a cell as t."""
        k = t["kind"]
        if k in ("string", "id"):
            return "(*record).text"
        if k == "integer":
            return "(*record).integer"
        if k == "number":
            return "(*record).number"
        if k == "boolean":
            return "(*record).boolean"
        if k == "model":
            return "new" + go_name(t["model"])
        if k in ("array", "map"):
            return f"func(r *record, c int32) {self.view_type(t)} {{ return {self.read(t, 'r', 'c')} }}"
        return "(*record).plain"

    def read(self, t: Dict[str, Any], r: str, c: str) -> str:
        """A Go expression reading the cell at word index c of record r as t."""
        k = t["kind"]
        simple = {"string": "text", "id": "text", "integer": "integer", "number": "number",
                  "boolean": "boolean", "any": "plain"}
        if k in simple:
            return f"{r}.{simple[k]}({c})"
        if k == "model":
            return f"new{go_name(t['model'])}({r}, {c})"
        if k == "array":
            return f"arrayOf({r}, {c}, {self.reader(t['items'])})"
        if k == "map":
            return f"mapOf({r}, {c}, {self.reader(t['values'])})"
        return f"{r}.plain({c})"

    def input_type(self, t: Dict[str, Any], optional: bool) -> str:
        """The Go type of a parameter (or a field of an input model)."""
        k = t["kind"]
        if k in ("string", "id"):
            return "string"
        if k in ("integer", "number", "boolean"):
            base = {"integer": "int64", "number": "float64", "boolean": "bool"}[k]
            return "*" + base if optional else base
        if k == "model":
            name = go_name(t["model"]) + "Param"
            return "*" + name if optional else name
        if k == "array":
            return "[]" + self.input_type(t["items"], False)
        if k == "map":
            return "map[string]" + self.input_type(t["values"], False)
        return "any"

    def _input_models(self) -> List[str]:
        """The models reachable from some operation's parameters."""
        seen: Set[str] = set()

        def walk(t: Dict[str, Any]) -> None:
            k = t["kind"]
            if k == "model" and t["model"] not in seen:
                seen.add(t["model"])
                for f in self.models[t["model"]]["fields"]:
                    walk(f["type"])
            elif k == "array":
                walk(t["items"])
            elif k == "map":
                walk(t["values"])

        for op in self.ir["operations"]:
            for p in op["params"]:
                walk(p["type"])
        return sorted(seen)

    # -- models ------------------------------------------------------------------

    def field_names(self, m: Dict[str, Any]) -> List[Tuple[Dict[str, Any], str]]:
        used: Set[str] = set()
        out = []
        for f in m["fields"]:
            name = go_name(f["name"])
            if name in VIEW_METHODS:
                name += "Field"
            while name in used:
                name += "_"
            used.add(name)
            out.append((f, name))
        return out

    def models_file(self) -> str:
        L: List[str] = [header("//").rstrip("\n"), "", "package cozecore", ""]
        L += comment("modelNames are the models by model id (the core's model_names).")
        L.append("var modelNames = [...]string{")
        for m in self.ir["models"]:
            L.append(f"\t{quote(m['name'])},")
        L.append("}")
        L.append("")
        L += comment("modelFieldNames are the known fields of each model by model id (the order of "
                     "their cells in a record).")
        L.append("var modelFieldNames = [...][]string{")
        for m in self.ir["models"]:
            L.append("\t{" + ", ".join(quote(f["name"]) for f in m["fields"]) + "},")
        L.append("}")
        L.append("")
        L += comment("modelSecrets are the secret fields of the models that have some, by model id "
                     "(x-coze-secret): String shows *** for their values.")
        L.append("var modelSecrets = map[int32][]string{")
        for m in self.ir["models"]:
            secrets = [f["name"] for f in m["fields"] if f.get("secret")]
            if secrets:
                L.append(f"\t// {m['name']}")
                L.append(f"\t{m['id']}: {{" + ", ".join(quote(n) for n in secrets) + "},")
        L.append("}")
        L.append("")
        for m in self.ir["models"]:
            L += self.model_view(m)
        for name in self.input_models:
            L += self.model_input(self.models[name])
        L += self.parse_table()
        return "\n".join(L)

    def model_view(self, m: Dict[str, Any]) -> List[str]:
        name = go_name(m["name"])
        about = f"{name} is a view of the {m['name']} model"
        L = comment(sentence(about + (": " + clause(m["doc"]) if m["doc"] else "")))
        L += comment("Its fields are read from the decoded answer when called; a null or absent field "
                     "gives the zero value (Has tells them apart), and the keys the model does not know "
                     "are kept (Extra, ToMap).")
        L.append(f"type {name} struct{{ view }}")
        L.append("")
        L += [f"func new{name}(r *record, c int32) {name} {{", f"\treturn {name}{{r.object(c)}}", "}"]
        L.append("")
        L += comment(f"Parse{name} reads JSON text as a {name}, with the canonical rules of every "
                     f"cozecore language; text that is not JSON is an error of kind KindDecode.")
        L.append(f"func Parse{name}(text string) ({name}, error) {{")
        L.append(f"\tr, err := decodeModel({quote(m['name'])}, text)")
        L.append("\tif err != nil {")
        L.append(f"\t\treturn {name}{{}}, err")
        L.append("\t}")
        L.append(f"\treturn new{name}(r, rootCell), nil")
        L.append("}")
        L.append("")
        for i, (f, fname) in enumerate(self.field_names(m)):
            t = f["type"]
            doc = f["doc"] or ""
            what = f"{fname} is the {quote(f['name'])} field"
            if doc:
                what += ": " + clause(doc)
            text = sentence(what)
            if f["enum"]:
                text += " Known values: " + ", ".join(quote(str(e)) for e in f["enum"]) + " (others are kept)."
            if f["aliases"]:
                text += " Also read from " + ", ".join(quote(a) for a in f["aliases"]) + "."
            L += comment(text)
            L.append(f"func (v {name}) {fname}() {self.view_type(t)} {{")
            L.append(f"\treturn {self.read(t, 'v.r', f'v.field({i})')}")
            L.append("}")
            L.append("")
        return L

    def model_input(self, m: Dict[str, Any]) -> List[str]:
        name = go_name(m["name"]) + "Param"
        L = comment(f"{name} is the {m['name']} model as a parameter: fields left empty are not sent.")
        L.append(f"type {name} struct {{")
        used: Set[str] = set()
        for f in m["fields"]:
            fname = go_name(f["name"])
            while fname in used:
                fname += "_"
            used.add(fname)
            text = f"{fname} is {quote(f['name'])}" + (": " + clause(f["doc"]) if f["doc"] else "")
            L += comment(sentence(text), "\t")
            tag = f"`json:{quote(f['name'] + ',omitempty')}`"
            L.append(f"\t{fname} {self.input_type(f['type'], True)} {tag}")
        L.append("}")
        L.append("")
        return L

    def parse_table(self) -> List[str]:
        L = comment("parseModel reads text as the model named name through its Parse function.")
        L.append("func parseModel(name, text string) (Viewer, error) {")
        L.append("\tswitch name {")
        for m in self.ir["models"]:
            L.append(f"\tcase {quote(m['name'])}:")
            L.append(f"\t\treturn Parse{go_name(m['name'])}(text)")
        L.append("\t}")
        L.append("\treturn nil, unknownModel(name)")
        L.append("}")
        L.append("")
        return L

    # -- events ------------------------------------------------------------------

    def events_file(self) -> str:
        L: List[str] = [header("//").rstrip("\n"), "", "package cozecore", ""]
        L.append("// Event names of chat and workflow streams, as the API spells them.")
        L.append("const (")
        seen: Set[str] = set()
        consts: Set[str] = set()
        for kind in ("chat", "workflow"):
            for ev in self.ir["events"][kind]:
                if ev["name"] in seen:
                    continue
                seen.add(ev["name"])
                const = ("Event" if kind == "chat" else "EventWorkflow") + go_name(ev["name"])
                if const in consts:
                    raise SystemExit(f"backend_go: event constant {const} named twice")
                consts.add(const)
                payload = f" (payload: {go_name(ev['model'])})" if ev["model"] else ""
                L += comment(f"{const} is the {kind} stream event {quote(ev['name'])}{payload}.", "\t")
                L.append(f"\t{const} = {quote(ev['name'])}")
        L.append(")")
        L.append("")
        by_model: Dict[str, List[str]] = {}
        for kind in ("chat", "workflow"):
            for ev in self.ir["events"][kind]:
                if ev["model"]:
                    names = by_model.setdefault(ev["model"], [])
                    if ev["name"] not in names:
                        names.append(ev["name"])
        for model in sorted(by_model):
            name = go_name(model)
            if name in EVENT_MEMBERS:
                raise SystemExit(f"backend_go: event payload accessor {name} collides with Event.{name}")
            mid = self.models[model]["id"]
            events = ", ".join(by_model[model])
            L += comment(f"{name} is the payload of {events} events; a null {name} for other events.")
            L += [f"func (e Event) {name}() {name} {{", f"\treturn {name}{{e.payload({mid})}}", "}"]
            L.append("")
        return "\n".join(L)

    # -- resources ---------------------------------------------------------------

    def params_name(self, op: Dict[str, Any]) -> str:
        return go_name(op["name"]) + "Params"

    def twin_of(self, op: Dict[str, Any]) -> Optional[Dict[str, Any]]:
        """The non-streaming twin whose parameters a streaming twin shares."""
        sf = op["stream_field"]
        if not sf or not sf[1]:
            return None
        for o in self.ir["operations"]:
            if (o is not op and o["path"] == op["path"] and o["http_method"] == op["http_method"]
                    and o["stream_field"] and o["stream_field"][0] == sf[0] and not o["stream_field"][1]):
                return o
        return None

    def all_params(self, op: Dict[str, Any]) -> List[Dict[str, Any]]:
        """The operation's parameters plus those of its variants (optional here:
        passing one of them is what selects the variant)."""
        params = list(op["params"])
        names = {p["name"] for p in params}
        for o in self.ir["operations"]:
            v = o["variant_of"]
            if v and v["operation"] == op["name"]:
                for p in o["params"]:
                    if p["name"] not in names:
                        names.add(p["name"])
                        params.append(dict(p, required=False))
        return params

    def params_struct(self, op: Dict[str, Any]) -> List[str]:
        name = self.params_name(op)
        twin = self.twin_of(op)
        if twin is not None:
            L = comment(f"{name} are the parameters of {op['name']}, the same as {twin['name']}'s.")
            L.append(f"type {name} = {self.params_name(twin)}")
            L.append("")
            return L
        L = comment(f"{name} are the parameters of {op['name']} ({op['http_method']} {op['path']}). "
                    f"Fields marked required must be set; the others are sent only when set.")
        L.append(f"type {name} struct {{")
        used: Set[str] = set()
        variant_params = {p["name"] for p in self.all_params(op)} - {p["name"] for p in op["params"]}
        for p in self.all_params(op):
            fname = go_name(p["name"])
            while fname in used:
                fname += "_"
            used.add(fname)
            where = {"path": "path", "query": "query", "body": "body", "file": "multipart file"}[p["in"]]
            text = f"{fname} is {quote(p['name'])} ({where}"
            text += ", required)" if p["required"] else ")"
            if p["doc"]:
                text += ": " + clause(p["doc"])
            text = sentence(text)
            if p["name"] in variant_params:
                text += f" Setting it selects a variant of {op['name']} (x-coze-variant-of)."
            L += comment(text, "\t")
            if p["in"] == "file":
                gotype = "FileUpload" if p["required"] else "*FileUpload"
                omit = "" if p["required"] else ",omitempty"
            else:
                gotype = self.input_type(p["type"], not p["required"])
                # Required strings are left out when empty, so that the core
                # reports them missing instead of sending "".
                omit = ",omitempty" if (not p["required"] or p["type"]["kind"] in ("string", "id")) else ""
            L.append(f"\t{fname} {gotype} `json:{quote(p['name'] + omit)}`")
        L.append("}")
        L.append("")
        return L

    def method(self, svc: str, op: Dict[str, Any]) -> List[str]:
        mname = go_name(op["method"])
        what = op["summary"] or op["doc"]
        head = f"{mname} calls {op['name']} ({op['http_method']} {op['path']})"
        L = comment(sentence(head + (": " + clause(what) if what else "")))
        has_params = bool(self.all_params(op))
        args = "ctx context.Context"
        pass_params = "nil"
        if has_params:
            args += f", params {self.params_name(op)}"
            pass_params = "params"
        args += ", opts ...CallOption"
        quoted = quote(op["name"])
        if op["response"] == "sse":
            L += comment(f"It returns once the first event has arrived; the stream yields {op['stream']} "
                         f"events.")
            L.append(f"func (s *{svc}) {mname}({args}) (*Stream, error) {{")
            L.append(f"\treturn s.c.DoStream(ctx, {quoted}, {pass_params}, opts...)")
            L.append("}")
        elif op["response"] == "binary":
            L += comment("It returns the bytes of the answer and their content type; "
                         f"{mname}To and {mname}ToFile stream them instead.")
            L.append(f"func (s *{svc}) {mname}({args}) (*Binary, error) {{")
            L.append(f"\treturn s.c.invokeBinary(ctx, {quoted}, {pass_params}, opts)")
            L.append("}")
            L.append("")
            to_args = args.replace(", opts ...CallOption", ", w io.Writer, opts ...CallOption")
            L += comment(f"{mname}To is {mname} with the answer written to w as it arrives (a file, any "
                         "io.Writer, or a WriterFunc callback), never whole in memory; the Binary "
                         "returned has its Size but no Data.")
            L.append(f"func (s *{svc}) {mname}To({to_args}) (*Binary, error) {{")
            L.append(f"\treturn s.c.invokeBinaryTo(ctx, {quoted}, {pass_params}, w, opts)")
            L.append("}")
            L.append("")
            file_args = args.replace(", opts ...CallOption", ", path string, opts ...CallOption")
            L += comment(f"{mname}ToFile is {mname} with the answer written to the file at path as it "
                         "arrives (created or truncated; removed when the call fails); the Binary "
                         "returned has its Size but no Data.")
            L.append(f"func (s *{svc}) {mname}ToFile({file_args}) (*Binary, error) {{")
            L.append(f"\treturn s.c.invokeBinaryToFile(ctx, {quoted}, {pass_params}, path, opts)")
            L.append("}")
        elif op["result"]["type"] is None:
            L.append(f"func (s *{svc}) {mname}({args}) error {{")
            L.append(f"\t_, err := s.c.invoke(ctx, {quoted}, {pass_params}, opts)")
            L.append("\treturn err")
            L.append("}")
        else:
            t = op["result"]["type"]
            rtype = self.view_type(t)
            zero = "nil" if rtype.startswith(("[]", "map[")) or rtype == "any" else {
                "string": '""', "int64": "0", "float64": "0", "bool": "false"}.get(rtype, rtype + "{}")
            L.append(f"func (s *{svc}) {mname}({args}) ({rtype}, error) {{")
            L.append(f"\tr, err := s.c.invoke(ctx, {quoted}, {pass_params}, opts)")
            L.append("\tif err != nil {")
            L.append(f"\t\treturn {zero}, err")
            L.append("\t}")
            L.append(f"\treturn {self.read(t, 'r', 'rootCell')}, nil")
            L.append("}")
        L.append("")
        if op["paging"]:
            L += self.pages_method(svc, op, args, pass_params)
        if op["poll"]:
            L += self.poll_method(svc, op, args)
        if op["tools"]:
            L += self.tools_method(svc, op, args)
        return L

    def pages_method(self, svc: str, op: Dict[str, Any], args: str, pass_params: str) -> List[str]:
        """<Method>Pages: a lazy Pager over the <op>.pages flow of the core (pager.go), with the
        items, has_more and total that scripts/gen/ir.py found for x-coze-paging."""
        paging = op["paging"]
        m = self.models[op["result"]["type"]["model"]]
        rtype = go_name(m["name"])
        accessor = {f["name"]: fname for f, fname in self.field_names(m)}[paging["items"]]
        item = self.view_type(paging["item"])
        mname = go_name(op["method"]) + "Pages"
        flow = op["name"] + ".pages"
        L = comment(f"{mname} runs {go_name(op['method'])} page after page (the core's {flow} flow, "
                    f"{paging['style']} paging): the Pager hands out each page's {paging['items']} "
                    f"as {item} items and asks for the next page only when the items before it were taken, "
                    f"so one page is in memory at a time. Nothing is sent before the first Next; Close it "
                    f"(or range over All or Pages) to stop early. A timeout bounds each page's request, "
                    f"not the whole iteration.")
        named = [f"{k}: {quote(paging[key])}" for k, key in (("hasMore", "has_more"), ("total", "total")) if paging[key]]
        fields = "&pageFields{" + ", ".join(named) + "}"
        L.append(f"func (s *{svc}) {mname}({args}) *Pager[{item}, {rtype}] {{")
        L.append(f"\treturn newPager(ctx, s.c, {quote(flow)}, {pass_params}, opts, new{rtype}, {rtype}.{accessor},")
        L.append(f"\t\t{fields})")
        L.append("}")
        L.append("")
        return L

    def poll_params_name(self, op: Dict[str, Any]) -> str:
        name = go_name(op["poll"]["flow"]) + "Params"
        return name[0].lower() + name[1:]

    def poll_method(self, svc: str, op: Dict[str, Any], args: str) -> List[str]:
        """The method of x-coze-poll (poll.go's createAndPoll over the core's flow): the
        operation's parameters, plus the poll interval as the option WithPollInterval."""
        t = op["result"]["type"]
        if not t or t["kind"] != "model" or t["model"] != "Chat" or "params" not in args:
            raise SystemExit(f"backend_go: {op['name']}: x-coze-poll needs params and a Chat result "
                             f"(CreateAndPollResult holds a Chat)")
        flow = op["poll"]["flow"]
        mname = go_name(op["poll"]["method"])
        what = t["model"].lower()
        L = comment(f"{mname} runs {op['name']} and polls the {what} until it has finished (the core's "
                    f"{flow} flow): then it returns the final {t['model']} and its messages. "
                    f"WithPollInterval sets the time between polls (default 1 s). A timeout (WithTimeout, "
                    f"WithCallTimeout, or the client's) bounds the whole flow: when it passes first, the core "
                    f"cancels the {what} and the call fails with ErrTimeout. Cancelling ctx stops the "
                    f"flow at once (ErrCancelled) without cancelling the {what}.")
        L.append(f"func (s *{svc}) {mname}({args}) (*CreateAndPollResult, error) {{")
        L.append(f"\tp := {self.poll_params_name(op)}{{{self.params_name(op)}: params}}")
        L.append("\topts, p.PollIntervalMs = pollIntervalOf(opts)")
        L.append(f"\treturn s.c.createAndPoll(ctx, {quote(flow)}, p, opts)")
        L.append("}")
        L.append("")
        return L

    def tools_params_name(self, op: Dict[str, Any]) -> str:
        name = go_name(op["tools"]["flow"]) + "Params"
        return name[0].lower() + name[1:]

    def tools_method(self, svc: str, op: Dict[str, Any], args: str) -> List[str]:
        """The method of x-coze-tools (tools.go's runTools over the core's flow): the
        operation's parameters (its params struct has no stream field: the flow streams),
        the tools, and the run's options WithMaxRounds, WithToolTimeout and WithToolErrors."""
        if "params" not in args:
            raise SystemExit(f"backend_go: {op['name']}: x-coze-tools needs params")
        flow = op["tools"]["flow"]
        mname = go_name(op["tools"]["method"])
        L = comment(f"{mname} runs {op['name']} as a stream and runs the local tools the bot asks for "
                    f"(the core's {flow} flow). At each requires_action the core checks every call's "
                    f"arguments against its tool's schema and fills in defaults; each function then runs "
                    f"in a goroutine of its own, all of a round at once, and the core submits their "
                    f"outputs and streams on, for at most WithMaxRounds rounds (default 8). The stream "
                    f"yields every round's events, the final answer included, and returns once the first "
                    f"event has arrived. WithToolTimeout bounds each round's functions (default 60 s); "
                    f"WithToolErrors says what a failing call does (default: its output is an error "
                    f"object). Closing the stream or cancelling ctx while tools run ends the call with "
                    f"ErrCancelled and cancels their context.")
        L.append(f"func (s *{svc}) {mname}({args.replace(', opts', ', tools []Tool, opts')}) (*Stream, error) {{")
        L.append(f"\tp := {self.tools_params_name(op)}{{{self.params_name(op)}: params}}")
        L.append(f"\treturn s.c.runTools(ctx, {quote(flow)}, &p, &p.toolRunParams, tools, opts)")
        L.append("}")
        L.append("")
        return L

    def tools_params_struct(self, op: Dict[str, Any]) -> List[str]:
        name = self.tools_params_name(op)
        L = comment(f"{name} are the parameters of {op['tools']['flow']}: {op['name']}'s, plus the tools "
                    f"and the run's options.")
        L.append(f"type {name} struct {{")
        L.append(f"\t{self.params_name(op)}")
        L.append("\ttoolRunParams")
        L.append("}")
        L.append("")
        return L

    def poll_params_struct(self, op: Dict[str, Any]) -> List[str]:
        name = self.poll_params_name(op)
        L = comment(f"{name} are the parameters of {op['poll']['flow']}: {op['name']}'s, plus the poll "
                    f"interval.")
        L.append(f"type {name} struct {{")
        L.append(f"\t{self.params_name(op)}")
        L += comment("PollIntervalMs is \"poll_interval_ms\": the time between polls (WithPollInterval).", "\t")
        L.append("\tPollIntervalMs *int64 `json:\"poll_interval_ms,omitempty\"`")
        L.append("}")
        L.append("")
        return L

    def resources_file(self) -> str:
        tree = resource_tree(self.ir)
        for child in tree["children"]:
            if go_name(child) in CLIENT_MEMBERS:
                raise SystemExit(f"backend_go: resource {child} would be hidden by Client.{go_name(child)}")
        imports = ['"context"']
        if any(op["response"] == "binary" for op in self.ir["operations"]):
            imports.append('"io"')
        L: List[str] = [header("//").rstrip("\n"), "", "package cozecore", ""]
        if len(imports) == 1:
            L += ["import " + imports[0], ""]
        else:
            L += ["import ("] + ["\t" + i for i in imports] + [")", ""]
        L += comment("Resources are the API's resources, one field per top-level resource, each with "
                     "one method per operation and a field per sub-resource; Client embeds them (c.Chat, "
                     "c.Conversations.Messages, ...).")
        L.append("type Resources struct {")
        for child in sorted(tree["children"]):
            svc = go_name(child) + "Service"
            L += comment(f"{go_name(child)} is the {child} resource.", "\t")
            L.append(f"\t{go_name(child)} *{svc}")
        L.append("}")
        L.append("")
        L.append("func (r *Resources) init(c *Client) {")
        for child in sorted(tree["children"]):
            L.append(f"\tr.{go_name(child)} = new{go_name(child)}Service(c)")
        L.append("}")
        L.append("")
        L += self.services([], tree)
        for op in self.ir["operations"]:
            if self.all_params(op):
                L += self.params_struct(op)
            if op["poll"]:
                L += self.poll_params_struct(op)
            if op["tools"]:
                L += self.tools_params_struct(op)
        L += self.result_table()
        return "\n".join(L)

    def services(self, path: List[str], node: Dict[str, Any]) -> List[str]:
        L: List[str] = []
        for child in sorted(node["children"]):
            sub = node["children"][child]
            full = path + [child]
            svc = "".join(go_name(p) for p in full) + "Service"
            dotted = ".".join(full)
            members = {go_name(c) for c in sub["children"]}
            methods = {go_name(op["method"]) for op in sub["ops"]}
            for op in sub["ops"]:
                if go_name(op["method"]) in members:
                    raise SystemExit(f"backend_go: {op['name']}: method {go_name(op['method'])} "
                                     f"collides with the sub-resource of the same name")
                if (svc, go_name(op["method"])) in HAND_WRITTEN_METHODS:
                    raise SystemExit(f"backend_go: {op['name']}: method {go_name(op['method'])} "
                                     f"is written by hand")
                pages = go_name(op["method"]) + "Pages"
                if op["paging"] and (pages in members or pages in methods or (svc, pages) in HAND_WRITTEN_METHODS):
                    raise SystemExit(f"backend_go: {op['name']}: its pager {pages} collides with another member")
                poll = go_name(op["poll"]["method"]) if op["poll"] else None
                if poll and (poll in members or poll in methods or (svc, poll) in HAND_WRITTEN_METHODS):
                    raise SystemExit(f"backend_go: {op['name']}: its poll method {poll} collides with another member")
                tools = go_name(op["tools"]["method"]) if op["tools"] else None
                if tools and (tools in members or tools in methods or tools == poll
                              or (svc, tools) in HAND_WRITTEN_METHODS):
                    raise SystemExit(f"backend_go: {op['name']}: its tools method {tools} collides with another member")
            ops = ", ".join(op["name"] for op in sub["ops"])
            L += comment(f"{svc} is the {dotted} resource" + (f" ({ops})." if ops else "."))
            L.append(f"type {svc} struct {{")
            L.append("\tc *Client")
            for g in sorted(sub["children"]):
                L += comment(f"{go_name(g)} is the {dotted}.{g} resource.", "\t")
                L.append(f"\t{go_name(g)} *{svc[:-len('Service')]}{go_name(g)}Service")
            L.append("}")
            L.append("")
            L.append(f"func new{svc}(c *Client) *{svc} {{")
            if sub["children"]:
                L.append(f"\ts := &{svc}{{c: c}}")
                for g in sorted(sub["children"]):
                    L.append(f"\ts.{go_name(g)} = new{svc[:-len('Service')]}{go_name(g)}Service(c)")
                L.append("\treturn s")
            else:
                L.append(f"\treturn &{svc}{{c: c}}")
            L.append("}")
            L.append("")
            for op in sub["ops"]:
                L += self.method(svc, op)
            L += self.services(full, sub)
        return L

    def result_table(self) -> List[str]:
        L = comment("decodeResult reads a result record of op as the typed value its method returns; "
                    "false for operations without a JSON result.")
        L.append("func decodeResult(op string, r *record) (any, bool) {")
        L.append("\tswitch op {")
        for op in self.ir["operations"]:
            if op["response"] != "json":
                continue
            L.append(f"\tcase {quote(op['name'])}:")
            t = op["result"]["type"]
            if t is None:
                L.append("\t\treturn nil, true")
            else:
                L.append(f"\t\treturn {self.read(t, 'r', 'rootCell')}, true")
        L.append("\t}")
        L.append("\treturn nil, false")
        L.append("}")
        L.append("")
        return L


def generate(ir: Dict[str, Any]) -> Dict[str, str]:
    g = Gen(ir)
    return {
        f"{PKG}/zz_generated_models.go": g.models_file(),
        f"{PKG}/zz_generated_events.go": g.events_file(),
        f"{PKG}/zz_generated_resources.go": g.resources_file(),
    }
