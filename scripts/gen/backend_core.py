"""The core's tables: operations, models and stream events (core/api/generated/catalogue.inc)."""

from __future__ import annotations

import json
from typing import Any, Dict, List, Tuple

from common import header, model_index

OUTPUT_DIRS = ["core/api/generated"]

KINDS = ["string", "id", "integer", "number", "boolean", "any", "model", "array", "map"]
PARAM_IN = {"path": 0, "query": 1, "body": 2, "file": 3}
BODY = {None: 0, "json": 1, "multipart": 2}
RESPONSE = {"json": 0, "sse": 1, "binary": 2}
STREAM = {None: 0, "chat": 1, "workflow": 2}
FROM = {"data": 0, "data.data": 1, "message": 2, "document_infos": 3, "envelope": 4, "none": 5}


def c_str(s: Any) -> str:
    if s is None:
        return "nullptr"
    return json.dumps(str(s), ensure_ascii=True)


class Types:
    """Flattens nested IR types into one table; index = type id."""

    def __init__(self, models: Dict[str, int]) -> None:
        self.models = models
        self.rows: List[Tuple[int, int, int]] = []
        self.index: Dict[str, int] = {}

    def id(self, t: Dict[str, Any]) -> int:
        key = json.dumps(t, sort_keys=True)
        if key in self.index:
            return self.index[key]
        kind = t["kind"]
        inner = -1
        model = -1
        if kind == "array":
            inner = self.id(t["items"])
        elif kind == "map":
            inner = self.id(t["values"])
        elif kind == "model":
            model = self.models[t["model"]]
        elif kind == "binary":
            kind = "string"
        self.rows.append((KINDS.index(kind), model, inner))
        self.index[key] = len(self.rows) - 1
        return self.index[key]


def generate(ir: Dict[str, Any]) -> Dict[str, str]:
    models = {m["name"]: m["id"] for m in ir["models"]}
    types = Types(models)
    out: List[str] = [header("//").rstrip("\n"), "// Included once, by core/api/catalogue.cpp.", ""]

    # Models.
    field_rows: List[str] = []
    alias_rows: List[str] = []
    model_rows: List[str] = []
    for m in ir["models"]:
        first = len(field_rows)
        for f in m["fields"]:
            a_first = len(alias_rows)
            for a in f["aliases"]:
                alias_rows.append(f"  {c_str(a)},")
            field_rows.append(f"  {{{c_str(f['name'])}, {types.id(f['type'])}, {a_first}, {len(f['aliases'])}}},")
        model_rows.append(f"  {{{c_str(m['name'])}, {first}, {len(m['fields'])}}},")

    # Operations.
    param_rows: List[str] = []
    header_rows: List[str] = []
    op_rows: List[str] = []
    for op in ir["operations"]:
        p_first = len(param_rows)
        for p in op["params"]:
            param_rows.append(f"  {{{c_str(p['name'])}, {PARAM_IN[p['in']]}, {str(p['required']).lower()}, "
                              f"{types.id(p['type'])}}},")
        h_first = len(header_rows)
        for name, value in op["headers"]:
            header_rows.append(f"  {{{c_str(name)}, {c_str(value)}}},")
        sf = op["stream_field"]
        result_type = types.id(op["result"]["type"]) if op["result"]["type"] else -1
        variant = op["variant_of"]
        op_rows.append(
            "  {" + ", ".join([
                c_str(op["name"]), c_str(op["http_method"]), c_str(op["path"]),
                str(p_first), str(len(op["params"])),
                str(BODY[op["body"]]), str(RESPONSE[op["response"]]), str(STREAM[op["stream"]]),
                c_str(sf[0]) if sf else "nullptr", str(int(sf[1])) if sf else "0",
                str(FROM[op["result"]["from"]]), c_str(",".join(op["result"]["json_strings"])),
                str(result_type), str(h_first), str(len(op["headers"])),
                c_str(variant["operation"]) if variant else "nullptr",
                c_str(json.dumps(variant.get("when", []), separators=(",", ":"))) if variant else "nullptr",
                c_str(op["paging"]["style"]) if op["paging"] else "nullptr",
                c_str(op["paging"].get("items", "")) if op["paging"] else "nullptr",
                c_str(op["paging"]["total"]) if op["paging"] and op["paging"]["total"] else "nullptr",
                "1" if op.get("auth", True) else "0",
            ]) + "},")

    event_rows = [f"  {c_str(n)}," for n in ir["event_names"]]
    stream_event_rows: List[str] = []
    for kind in ("chat", "workflow"):
        for ev in ir["events"][kind]:
            model = models[ev["model"]] if ev["model"] else -1
            stream_event_rows.append(f"  {{{STREAM[kind]}, {c_str(ev['name'])}, {ev['code']}, {model}}},")

    def table(decl: str, rows: List[str], empty: str) -> None:
        out.append(decl + " = {")
        out.extend(rows or [empty])
        out.append("};")
        out.append("")

    table("const TypeSpec kTypes[]", [f"  {{{k}, {m}, {i}}}," for k, m, i in types.rows], "  {0, -1, -1},")
    table("const char* const kAliases[]", alias_rows, "  nullptr,")
    table("const FieldSpec kFields[]", field_rows, "  {nullptr, 0, 0, 0},")
    table("const ModelSpec kModels[]", model_rows, "  {nullptr, 0, 0},")
    table("const ParamSpec kParams[]", param_rows, "  {nullptr, 0, false, 0},")
    table("const HeaderSpec kHeaders[]", header_rows, "  {nullptr, nullptr},")
    table("const OpSpec kOps[]", op_rows, "  {}")
    table("const char* const kEventNames[]", event_rows, "  nullptr,")
    table("const StreamEventSpec kStreamEvents[]", stream_event_rows, "  {0, nullptr, -1, -1},")
    out.append(f"constexpr size_t kModelCount = {len(model_rows)};")
    out.append(f"constexpr size_t kOpCount = {len(op_rows)};")
    out.append(f"constexpr size_t kEventNameCount = {len(event_rows)};")
    out.append(f"constexpr size_t kStreamEventCount = {len(stream_event_rows)};")
    out.append("")
    return {"core/api/generated/catalogue.inc": "\n".join(out)}
