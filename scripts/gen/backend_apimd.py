"""API.md: every operation in every language, resource by resource (the user's map)."""

from __future__ import annotations

from typing import Any, Dict, List

from common import HEADER_TEXT, camel, pascal

OUTPUT_DIRS: List[str] = []

CPP_KEYWORDS = {"delete", "new", "class", "default", "union", "register"}


def _returns(op: Dict[str, Any]) -> str:
    if op["stream"]:
        return f"stream of {op['stream']} events"
    if op["response"] == "binary":
        return "bytes + content type"
    t = op["result"]["type"]
    if t is None:
        return "nothing"
    return _type(t)


def _type(t: Dict[str, Any]) -> str:
    kind = t["kind"]
    if kind == "model":
        return f"`{t['model']}`"
    if kind == "array":
        return f"list of {_type(t['items'])}"
    if kind == "map":
        return f"map of {_type(t['values'])}"
    return kind


def _calls(op: Dict[str, Any]) -> Dict[str, str]:
    res, method = op["resource"], op["method"]
    cpp_method = method + "_" if method in CPP_KEYWORDS else method
    return {
        "Python": "coze." + ".".join(res + [method]) + "(…)",
        "JavaScript": "coze." + ".".join([camel(r) for r in res] + [camel(method)]) + "({…})",
        "Java": "client." + "".join(camel(r) + "()." for r in res) + camel(method) + "(…)",
        "Go": "c." + ".".join([pascal(r) for r in res] + [pascal(method)]) + "(ctx, …)",
        "C++": "client." + "".join(r + "()." for r in res) + cpp_method + "(…)",
    }


def generate(ir: Dict[str, Any]) -> Dict[str, str]:
    ops = ir["operations"]
    groups: Dict[str, List[Dict[str, Any]]] = {}
    for op in ops:
        groups.setdefault(op["resource"][0], []).append(op)
    out = [
        f"<!-- {HEADER_TEXT} -->",
        "# API",
        "",
        f"{len(ops)} operations, {len(ir['models'])} models, {len(ir['event_names'])} stream events, from "
        "`core/api/coze.openapi.yaml`. Every operation has the same name, parameters and result in every "
        "language; parameters are named as the API names them (the language's case for Java and Go "
        "fields), and every method also takes the per-call options (timeout, retries, idempotency key, "
        "trace context, extra headers, query and body). `call(op, params)` / `stream(op, params)` (C++ "
        "`run`, Go `Do`/`DoStream`, JS `request`/`stream`) run any operation by name.",
        "",
    ]
    for group in sorted(groups):
        out.append(f"## {group}")
        out.append("")
        out.append("| operation | HTTP | returns | Python | JavaScript | Java | Go | C++ |")
        out.append("|---|---|---|---|---|---|---|---|")
        for op in sorted(groups[group], key=lambda o: o["name"]):
            calls = _calls(op)
            required = ", ".join(p["name"] for p in op["params"] if p["required"])
            http = f"{op['http_method']} `{op['path']}`"
            name = f"`{op['name']}`" + (f" ({required})" if required else "")
            out.append(
                f"| {name} | {http} | {_returns(op)} | "
                + " | ".join(f"`{calls[lang]}`" for lang in ("Python", "JavaScript", "Java", "Go", "C++"))
                + " |"
            )
        out.append("")
    out.append("## Stream events")
    out.append("")
    out.append("| stream | event | payload model |")
    out.append("|---|---|---|")
    for kind in ("chat", "workflow"):
        for ev in ir["events"][kind]:
            out.append(f"| {kind} | `{ev['name']}` | {('`' + ev['model'] + '`') if ev['model'] else '—'} |")
    out.append("")
    return {"API.md": "\n".join(out)}
