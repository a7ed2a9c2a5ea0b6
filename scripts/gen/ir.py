"""The description (OpenAPI 3.1 + x-coze-*) -> the IR every backend reads.

The IR and the conventions it relies on are written down in core/api/README.md.
Run as a script to print the IR as JSON:  python3 scripts/gen/ir.py [spec.yaml]
"""

from __future__ import annotations

import json
import os
import re
import sys
from typing import Any, Dict, List, Optional

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEFAULT_SPEC = os.path.join(ROOT, "core", "api", "coze.openapi.yaml")
METHODS = ("get", "post", "put", "delete", "patch", "head")


class SpecError(Exception):
    pass


def load(path: str = DEFAULT_SPEC) -> Dict[str, Any]:
    with open(path, encoding="utf-8") as f:
        return yaml.safe_load(f)


def _ref_name(ref: str) -> str:
    prefix = "#/components/schemas/"
    if not ref.startswith(prefix):
        raise SpecError(f"unsupported $ref {ref!r}")
    return ref[len(prefix):]


class Builder:
    def __init__(self, spec: Dict[str, Any]) -> None:
        self.spec = spec
        self.schemas: Dict[str, Any] = spec.get("components", {}).get("schemas", {}) or {}
        self.used_models: set = set()

    # -- types ---------------------------------------------------------------

    def resolve(self, schema: Any) -> Any:
        while isinstance(schema, dict) and "$ref" in schema:
            name = _ref_name(schema["$ref"])
            if name not in self.schemas:
                raise SpecError(f"$ref to unknown schema {name!r}")
            schema = self.schemas[name]
        return schema

    def type_of(self, schema: Any, where: str) -> Dict[str, Any]:
        if schema is None or schema == {} or schema is True:
            return {"kind": "any"}
        if not isinstance(schema, dict):
            raise SpecError(f"{where}: schema must be an object")
        if "$ref" in schema:
            name = _ref_name(schema["$ref"])
            if name not in self.schemas:
                raise SpecError(f"{where}: $ref to unknown schema {name!r}")
            target = self.schemas[name]
            if self._is_model(target):
                self.used_models.add(name)
                return {"kind": "model", "model": name}
            return self.type_of(target, f"{where} -> {name}")
        t = schema.get("type")
        if isinstance(t, list):  # ["string", "null"] and the like
            non_null = [x for x in t if x != "null"]
            t = non_null[0] if len(non_null) == 1 else None
        for combo in ("anyOf", "oneOf"):
            if t is None and combo in schema:
                options = [o for o in schema[combo] if not (isinstance(o, dict) and o.get("type") == "null")]
                if len(options) == 1:
                    return self.type_of(options[0], where)
                return {"kind": "any"}
        if t == "string":
            if schema.get("format") == "binary":
                return {"kind": "binary"}
            return {"kind": "id" if schema.get("format") == "id" else "string"}
        if t == "integer":
            return {"kind": "integer"}
        if t == "number":
            return {"kind": "number"}
        if t == "boolean":
            return {"kind": "boolean"}
        if t == "array":
            return {"kind": "array", "items": self.type_of(schema.get("items"), where + "[]")}
        if t == "object" or t is None:
            if schema.get("properties"):
                raise SpecError(f"{where}: inline object with properties; name it in components/schemas")
            extra = schema.get("additionalProperties")
            if isinstance(extra, dict) and extra:
                return {"kind": "map", "values": self.type_of(extra, where + "{}")}
            if t == "object":
                # An object of anything: still an object (a string there cannot be read).
                return {"kind": "map", "values": {"kind": "any"}}
            return {"kind": "any"}
        raise SpecError(f"{where}: unsupported type {t!r}")

    @staticmethod
    def _is_model(schema: Any) -> bool:
        return isinstance(schema, dict) and schema.get("type", "object") == "object" and "properties" in schema

    def model(self, name: str) -> Dict[str, Any]:
        schema = self.schemas[name]
        fields = []
        for fname, fschema in (schema.get("properties") or {}).items():
            fschema = fschema or {}
            field = {
                "name": fname,
                "type": self.type_of(fschema, f"{name}.{fname}"),
                "aliases": list(fschema.get("x-coze-aliases", []) if isinstance(fschema, dict) else []),
                "doc": _one_line(fschema.get("description", "") if isinstance(fschema, dict) else ""),
                "enum": (fschema.get("x-coze-enum") if isinstance(fschema, dict) else None),
                # x-coze-secret: a credential; the surfaces never print its value
                "secret": bool(fschema.get("x-coze-secret", False)) if isinstance(fschema, dict) else False,
            }
            fields.append(field)
        return {"name": name, "doc": _one_line(schema.get("description", "")), "fields": fields}

    # -- operations ------------------------------------------------------------

    def operations(self) -> List[Dict[str, Any]]:
        ops: List[Dict[str, Any]] = []
        for path, item in (self.spec.get("paths") or {}).items():
            shared_params = item.get("parameters", [])
            for method in METHODS:
                if method not in item:
                    continue
                op = item[method]
                ops.extend(self.operation(path, method.upper(), op, shared_params))
        names = [o["name"] for o in ops]
        dup = {n for n in names if names.count(n) > 1}
        if dup:
            raise SpecError(f"operation names used twice: {sorted(dup)}")
        ops.sort(key=lambda o: o["name"])
        return ops

    def operation(self, path: str, method: str, op: Dict[str, Any], shared: List[Any]) -> List[Dict[str, Any]]:
        name = op.get("operationId")
        if not name or not re.fullmatch(r"[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+", name):
            raise SpecError(f"{method} {path}: operationId {name!r} must be dotted lower-case")
        params: List[Dict[str, Any]] = []
        seen = set()

        def add(p: Dict[str, Any]) -> None:
            if p["name"] in seen:
                raise SpecError(f"{name}: parameter {p['name']!r} declared twice")
            seen.add(p["name"])
            params.append(p)

        declared = [self.resolve(p) for p in list(shared) + list(op.get("parameters", []))]
        for where in ("path", "query"):
            for p in declared:
                if p.get("in") != where:
                    continue
                add({
                    "name": p["name"],
                    "in": where,
                    "required": bool(p.get("required", where == "path")),
                    "type": self.type_of(p.get("schema", {}), f"{name}({p['name']})"),
                    "doc": _one_line(p.get("description", "")),
                })
        for p in declared:
            if p.get("in") not in ("path", "query", "header", "cookie"):
                raise SpecError(f"{name}: parameter {p.get('name')!r} has unknown 'in'")
        for part in re.findall(r"{([^}]+)}", path):
            if part not in seen:
                raise SpecError(f"{name}: path parameter {part!r} is not declared")

        body_kind = None
        body = op.get("requestBody")
        stream = op.get("x-coze-stream")
        twin = None
        stream_field = None
        if body:
            body = self.resolve(body)
            content = body.get("content", {})
            if "application/json" in content:
                body_kind = "json"
                schema = self.resolve(content["application/json"].get("schema", {}))
            elif "multipart/form-data" in content:
                body_kind = "multipart"
                schema = self.resolve(content["multipart/form-data"].get("schema", {}))
            else:
                raise SpecError(f"{name}: request body must be application/json or multipart/form-data")
            required = set(schema.get("required", []))
            for fname, fschema in (schema.get("properties") or {}).items():
                t = self.type_of(fschema, f"{name}.body.{fname}")
                if stream and stream.get("field") == fname:
                    continue  # forced by the twin rule
                add({
                    "name": fname,
                    "in": "file" if t["kind"] == "binary" else "body",
                    "required": fname in required,
                    "type": {"kind": "string"} if t["kind"] == "binary" else t,
                    "doc": _one_line((fschema or {}).get("description", "") if isinstance(fschema, dict) else ""),
                })

        responses = op.get("responses", {})
        ok = self.resolve(responses.get("200") or responses.get(200) or {})
        content = ok.get("content", {}) if isinstance(ok, dict) else {}
        if stream:
            response = "sse"
        elif "application/json" in content:
            response = "json"
        elif any(ct.startswith("audio/") or ct == "application/octet-stream" for ct in content):
            response = "binary"
        else:
            raise SpecError(f"{name}: 200 answer must be JSON, an event stream or binary")

        result_ext = op.get("x-coze-result", {}) or {}
        result_from = result_ext.get("from", "data")
        json_strings = list(result_ext.get("json_strings", []))
        result_type: Optional[Dict[str, Any]] = None
        if response == "json" or (stream and stream.get("twin")):
            if "application/json" not in content:
                raise SpecError(f"{name}: no application/json answer to read the result from")
            raw_envelope = content["application/json"].get("schema", {})
            if result_ext.get("model"):
                raw_envelope = {"$ref": "#/components/schemas/" + result_ext["model"]}
            result_type = self.result_type(name, raw_envelope, result_from, json_strings)
        if result_from not in ("data", "data.data", "message", "document_infos", "envelope", "none"):
            raise SpecError(f"{name}: unknown x-coze-result from {result_from!r}")

        headers = [(k, str(v)) for k, v in (op.get("x-coze-headers") or {}).items()]
        paging = op.get("x-coze-paging")
        variant = op.get("x-coze-variant-of")
        resource, _, method_name = name.rpartition(".")
        base = {
            "name": name,
            "resource": resource.split("."),
            "method": op.get("x-coze-method", method_name),
            "http_method": method,
            "path": path,
            "summary": _one_line(op.get("summary", "")),
            "doc": _one_line(op.get("description", "")),
            "params": params,
            "body": body_kind,
            "response": response,
            "stream": None,
            "stream_field": None,
            "result": {"from": result_from, "json_strings": json_strings, "type": result_type},
            "paging": dict(paging) if paging else None,
            # x-coze-poll: the core's flow that creates this and polls it to its end
            # ({flow, method}); the twin stream does not inherit it.
            "poll": dict(op["x-coze-poll"]) if op.get("x-coze-poll") else None,
            # x-coze-tools: the core's flow that streams this chat and runs the
            # caller's local tools whenever the bot asks ({flow, method}).
            "tools": dict(op["x-coze-tools"]) if op.get("x-coze-tools") else None,
            "headers": headers,
            "variant_of": dict(variant) if variant else None,
            "idempotent": method in ("GET", "PUT", "DELETE", "HEAD"),
            # `security: []` (OpenAPI's "no auth"): the client's token is not sent.
            "auth": op.get("security", None) != [],
        }
        out = []
        if stream:
            events = stream.get("events")
            if events not in ("chat", "workflow"):
                raise SpecError(f"{name}: x-coze-stream events must be chat or workflow")
            if stream.get("twin"):
                field = stream.get("field", "stream")
                plain = dict(base, response="json", stream_field=(field, False))
                twin_name = stream["twin"]
                t_resource, _, t_method = twin_name.rpartition(".")
                if t_resource != resource:
                    t_method = stream.get("twin_method") or twin_name.replace(resource + ".", "", 1).replace(".", "_")
                    t_resource = resource
                else:
                    t_method = stream.get("twin_method", t_method)
                twin = dict(base, name=twin_name, resource=t_resource.split("."), method=t_method,
                            response="sse", stream=events, stream_field=(field, True), poll=None, tools=None,
                            result={"from": "none", "json_strings": [], "type": None},
                            summary=base["summary"] + " (streaming)" if base["summary"] else "")
                out.extend([plain, twin])
            else:
                out.append(dict(base, stream=events, result={"from": "none", "json_strings": [], "type": None}))
        else:
            out.append(base)
        return out

    def result_type(self, name: str, envelope: Dict[str, Any], result_from: str,
                    json_strings: List[str]) -> Optional[Dict[str, Any]]:
        if result_from == "none":
            return None
        if result_from == "envelope":
            # The envelope without code/msg/detail: the envelope's own named
            # schema (or x-coze-result.model) is the result model.
            if isinstance(envelope, dict) and "$ref" in envelope:
                return self.type_of(envelope, f"{name} result")
            raise SpecError(f"{name}: from: envelope needs the 200 schema to be a $ref to a named model "
                            f"(or x-coze-result.model)")
        schema: Any = envelope
        for part in result_from.split("."):
            schema = self.resolve(schema)
            props = schema.get("properties") if isinstance(schema, dict) else None
            if not props or part not in props:
                raise SpecError(f"{name}: x-coze-result from {result_from!r}: no property {part!r}")
            schema = props[part]
        return self.type_of(schema, f"{name} result")

    # -- everything --------------------------------------------------------------

    def build(self) -> Dict[str, Any]:
        ops = self.operations()
        events_ext = self.spec.get("x-coze-events") or {}
        for kind in ("chat", "workflow"):
            for ev, model in (events_ext.get(kind) or {}).items():
                if model is not None:
                    if model not in self.schemas:
                        raise SpecError(f"x-coze-events {kind}.{ev}: unknown model {model!r}")
                    self.used_models.add(model)
        # Every named object schema is a model (so the fake server's schemas and
        # the generated types agree); nested models are found through fields.
        names = sorted(n for n, s in self.schemas.items() if self._is_model(s))
        models = []
        for i, n in enumerate(names):
            m = self.model(n)
            m["id"] = i
            models.append(m)
        event_names: List[str] = []
        events: Dict[str, List[Dict[str, Any]]] = {"chat": [], "workflow": []}
        for kind in ("chat", "workflow"):
            for ev, model in (events_ext.get(kind) or {}).items():
                if ev not in event_names:
                    event_names.append(ev)
                events[kind].append({"name": ev, "code": event_names.index(ev), "model": model})
        for op in ops:
            v = op["variant_of"]
            if v and not any(o["name"] == v.get("operation") for o in ops):
                raise SpecError(f"{op['name']}: x-coze-variant-of names unknown operation {v.get('operation')!r}")
            if op["paging"]:
                self.resolve_paging(op, {m["name"]: m for m in models})
        return {"operations": ops, "models": models, "events": events, "event_names": event_names}

    @staticmethod
    def resolve_paging(op: Dict[str, Any], models: Dict[str, Dict[str, Any]]) -> None:
        """Checks x-coze-paging once for every backend and completes it: `item`
        (the items' type), `has_more` and `total` (the result fields that say
        whether more pages follow and how many items there are; None when the
        result has none). The core and every surface read these, never a rule
        of their own."""
        paging = op["paging"]
        name = op["name"]
        if paging.get("style") not in ("page_num", "page_index", "cursor", "page_token"):
            raise SpecError(f"{name}: x-coze-paging style must be page_num, page_index, cursor or page_token")
        t = op["result"]["type"]
        if t is None or t["kind"] != "model":
            raise SpecError(f"{name}: x-coze-paging needs a result model")
        fields = {f["name"]: f for f in models[t["model"]]["fields"]}
        items = fields.get(paging.get("items"))
        if items is None or items["type"]["kind"] != "array":
            raise SpecError(f"{name}: x-coze-paging items {paging.get('items')!r} is not an array field of the result")
        paging["item"] = items["type"]["items"]
        has_more = fields.get("has_more")
        paging["has_more"] = "has_more" if has_more and has_more["type"]["kind"] == "boolean" else None
        total = [n for n in ("total", "total_count") if n in fields and fields[n]["type"]["kind"] == "integer"]
        paging["total"] = total[0] if total else None


def _one_line(text: str) -> str:
    return " ".join(str(text or "").split())


def build(path: str = DEFAULT_SPEC) -> Dict[str, Any]:
    return Builder(load(path)).build()


if __name__ == "__main__":
    ir = build(sys.argv[1] if len(sys.argv) > 1 else DEFAULT_SPEC)
    json.dump(ir, sys.stdout, indent=1, ensure_ascii=False)
    sys.stdout.write("\n")
