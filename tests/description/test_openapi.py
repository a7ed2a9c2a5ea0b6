"""Checks of core/api/coze.openapi.yaml: valid OpenAPI 3.1, and the project's
conventions (core/api/README.md) that scripts/gen relies on (pytest)."""

from __future__ import annotations

import os
import re

import pytest
import yaml
from openapi_spec_validator import validate

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SPEC_PATH = os.path.join(ROOT, "core", "api", "coze.openapi.yaml")

METHODS = ("get", "post", "put", "delete", "patch", "head")
SCHEMA_PREFIX = "#/components/schemas/"

# Every operation the description must hold (twins included).
EXPECTED_OPERATIONS = {
    "oauth.token", "oauth.account_token", "oauth.enterprise_token", "oauth.device_code",
    "chat.create", "chat.stream", "chat.retrieve", "chat.cancel",
    "chat.submit_tool_outputs", "chat.submit_tool_outputs.stream", "chat.messages.list",
    "conversations.create", "conversations.retrieve", "conversations.list",
    "conversations.update", "conversations.delete", "conversations.clear",
    "conversations.messages.create", "conversations.messages.retrieve",
    "conversations.messages.list", "conversations.messages.update",
    "conversations.messages.delete",
    "conversations.messages.feedback.create", "conversations.messages.feedback.delete",
    "workflows.runs.create", "workflows.runs.stream", "workflows.runs.resume",
    "workflows.runs.histories.retrieve", "workflows.runs.histories.execute_nodes.retrieve",
    "workflows.chat.stream", "workflows.list", "workflows.retrieve",
    "bots.create", "bots.update", "bots.publish", "bots.retrieve", "bots.retrieve_v1",
    "bots.list", "bots.list_v1",
    "files.upload", "files.retrieve",
    "datasets.create", "datasets.list", "datasets.update", "datasets.delete", "datasets.process",
    "datasets.documents.create", "datasets.documents.update", "datasets.documents.delete",
    "datasets.documents.list", "datasets.images.list", "datasets.images.update",
    "audio.speech.create", "audio.transcriptions.create", "audio.voices.list",
    "audio.voices.clone", "audio.rooms.create",
    "workspaces.list", "variables.retrieve", "variables.update", "templates.duplicate", "users.me",
}

PATH_PARAMS = {
    "conversation_id", "message_id", "chat_id", "workflow_id", "execute_id", "node_execute_uuid",
    "bot_id", "dataset_id", "document_id", "template_id", "workspace_id",
    "account_id", "enterprise_id",
}

OPERATION_EXTENSIONS = {
    "x-coze-method", "x-coze-headers", "x-coze-result", "x-coze-stream",
    "x-coze-paging", "x-coze-variant-of", "x-coze-poll", "x-coze-tools",
}
SCHEMA_EXTENSIONS = {"x-coze-enum", "x-coze-aliases", "x-coze-secret"}
TOP_EXTENSIONS = {"x-coze-events"}
RESULT_FROM = {"data", "data.data", "message", "document_infos", "envelope", "none"}
PAGING_STYLES = {"page_num", "page_index", "cursor", "page_token"}
ENVELOPE_FIELDS = {"code", "msg", "detail"}
OPERATION_NAME = re.compile(r"[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+")


@pytest.fixture(scope="module")
def spec():
    with open(SPEC_PATH, encoding="utf-8") as f:
        return yaml.safe_load(f)


@pytest.fixture(scope="module")
def schemas(spec):
    return spec["components"]["schemas"]


@pytest.fixture(scope="module")
def operations(spec):
    """[(path, method, operation)] in description order."""
    out = []
    for path, item in spec["paths"].items():
        for method in METHODS:
            if method in item:
                out.append((path, method, item[method]))
    return out


def deref(schemas, schema):
    while isinstance(schema, dict) and "$ref" in schema:
        ref = schema["$ref"]
        assert ref.startswith(SCHEMA_PREFIX), ref
        schema = schemas[ref[len(SCHEMA_PREFIX):]]
    return schema


def is_model(schema):
    return isinstance(schema, dict) and schema.get("type", "object") == "object" and "properties" in schema


def json_schema_of(op):
    return op["responses"]["200"]["content"]["application/json"]["schema"]


def body_schema(op):
    body = op.get("requestBody")
    if not body:
        return None, None
    content = body["content"]
    for kind in ("application/json", "multipart/form-data"):
        if kind in content:
            return kind, content[kind]["schema"]
    raise AssertionError(f"request body must be JSON or multipart: {sorted(content)}")


def result_schema(schemas, op):
    """The schema x-coze-result points at in the 200 answer (None for from: none)."""
    result = op.get("x-coze-result") or {}
    where = result.get("from", "data")
    if where == "none":
        return None
    envelope = json_schema_of(op)
    if where == "envelope":
        assert "$ref" in envelope, f"{op['operationId']}: from: envelope needs a $ref 200 schema"
        return {"$ref": envelope["$ref"]}
    schema = envelope
    for part in where.split("."):
        schema = deref(schemas, schema)
        props = schema.get("properties") or {}
        assert part in props, f"{op['operationId']}: x-coze-result from {where!r}: no property {part!r}"
        schema = props[part]
    return schema


# -- the document as a whole ----------------------------------------------------


def test_valid_openapi_31(spec):
    assert spec["openapi"].startswith("3.1")
    validate(spec)


def test_only_known_extensions(spec, operations):
    for key in spec:
        if key.startswith("x-"):
            assert key in TOP_EXTENSIONS, key
    for path, method, op in operations:
        for key in op:
            if key.startswith("x-"):
                assert key in OPERATION_EXTENSIONS, f"{method} {path}: {key}"

    def walk(node, where):
        if isinstance(node, dict):
            for key, value in node.items():
                if key.startswith("x-") and key not in TOP_EXTENSIONS | OPERATION_EXTENSIONS:
                    assert key in SCHEMA_EXTENSIONS, f"{where}: {key}"
                walk(value, f"{where}/{key}")
        elif isinstance(node, list):
            for i, value in enumerate(node):
                walk(value, f"{where}[{i}]")

    walk(spec, "")


def test_every_ref_resolves(spec, schemas):
    refs = []

    def walk(node):
        if isinstance(node, dict):
            if "$ref" in node:
                refs.append(node["$ref"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(spec)
    assert refs
    for ref in refs:
        assert ref.startswith(SCHEMA_PREFIX), f"only schema refs are read by scripts/gen: {ref}"
        assert ref[len(SCHEMA_PREFIX):] in schemas, f"unresolved $ref {ref}"


def test_descriptions_are_one_line(spec):
    def walk(node, where):
        if isinstance(node, dict):
            for key, value in node.items():
                if key in ("description", "summary") and isinstance(value, str):
                    assert "\n" not in value.strip(), f"{where}: multi-line {key}"
                walk(value, f"{where}/{key}")
        elif isinstance(node, list):
            for i, value in enumerate(node):
                walk(value, f"{where}[{i}]")

    walk(spec["paths"], "paths")
    walk(spec["components"], "components")


# -- operations ---------------------------------------------------------------


def declared_names(operations):
    names = []
    for _, _, op in operations:
        names.append(op["operationId"])
        twin = (op.get("x-coze-stream") or {}).get("twin")
        if twin:
            names.append(twin)
    return names


def test_operation_ids_unique_and_dotted(operations):
    names = declared_names(operations)
    assert len(names) == len(set(names)), sorted(n for n in names if names.count(n) > 1)
    for name in names:
        assert OPERATION_NAME.fullmatch(name), name


def test_every_operation_present(operations):
    names = set(declared_names(operations))
    assert EXPECTED_OPERATIONS - names == set(), "missing"
    assert names - EXPECTED_OPERATIONS == set(), "not in the list"


def test_path_parameters(operations):
    for path, method, op in operations:
        in_path = re.findall(r"{([^}]+)}", path)
        declared = [p["name"] for p in op.get("parameters", []) if p["in"] == "path"]
        assert sorted(in_path) == sorted(declared), f"{op['operationId']}: {in_path} vs {declared}"
        for name in declared:
            assert name in PATH_PARAMS, f"{op['operationId']}: path parameter {name!r}"
        for p in op.get("parameters", []):
            assert p["in"] in ("path", "query"), f"{op['operationId']}: {p['name']} in {p['in']}"
            if p["in"] == "path":
                assert p.get("required") is True, f"{op['operationId']}: {p['name']}"


def test_parameter_names_unique_across_path_query_body(operations):
    for _, _, op in operations:
        names = [p["name"] for p in op.get("parameters", [])]
        _, body = body_schema(op)
        if body:
            names += list(body.get("properties", {}))
        assert len(names) == len(set(names)), f"{op['operationId']}: {names}"


def test_request_bodies(schemas, operations):
    for _, _, op in operations:
        kind, schema = body_schema(op)
        if kind is None:
            continue
        assert "$ref" not in schema and schema.get("type") == "object", op["operationId"]
        props = schema.get("properties") or {}
        assert props, op["operationId"]
        for name in schema.get("required", []):
            assert name in props, f"{op['operationId']}: required {name!r} is not a property"
        binary = [n for n, s in props.items() if s.get("type") == "string" and s.get("format") == "binary"]
        if kind == "multipart/form-data":
            assert binary, f"{op['operationId']}: multipart body without a file part"
        else:
            assert not binary, f"{op['operationId']}: binary part in a JSON body"


def test_answers(schemas, operations):
    for _, _, op in operations:
        name = op["operationId"]
        content = op["responses"]["200"]["content"]
        stream = op.get("x-coze-stream")
        if stream:
            assert "text/event-stream" in content, name
            if stream.get("twin"):
                assert "application/json" in content, f"{name}: a twin needs the JSON answer too"
            else:
                assert "application/json" not in content, name
        elif "application/json" not in content:
            assert all(ct.startswith("audio/") or ct == "application/octet-stream" for ct in content), name
            assert "x-coze-result" not in op, name
            continue
        if "application/json" not in content:
            continue
        schema = json_schema_of(op)
        where = (op.get("x-coze-result") or {}).get("from", "data")
        if where == "envelope":
            # The named result model, with the envelope's own fields beside it.
            assert set(schema) <= {"$ref", "properties"}, name
            assert set(schema.get("properties", {})) <= ENVELOPE_FIELDS, name
            assert not set(deref(schemas, schema)["properties"]) & ENVELOPE_FIELDS, name
        else:
            assert "$ref" not in schema and schema.get("type") == "object", name
            props = schema["properties"]
            assert {"code", "msg", "detail"} <= set(props), f"{name}: envelope fields"
            assert props["detail"] == {"$ref": SCHEMA_PREFIX + "ResponseDetail"}, name


def test_result_paths_resolve(schemas, operations):
    for _, _, op in operations:
        name = op["operationId"]
        result = op.get("x-coze-result") or {}
        assert result.get("from", "data") in RESULT_FROM, name
        assert set(result) <= {"from", "json_strings"}, name
        if "application/json" not in op["responses"]["200"]["content"]:
            continue
        schema = result_schema(schemas, op)
        if result.get("from") == "none":
            assert schema is None
            continue
        assert schema is not None, name
        target = schema["items"] if schema.get("type") == "array" else schema
        assert "$ref" in target, f"{name}: the result must be a named model or an array of one"
        assert is_model(deref(schemas, target)), name
        for field in result.get("json_strings", []):
            assert field in deref(schemas, schema)["properties"], f"{name}: json_strings {field!r}"


def test_streams(operations):
    for _, _, op in operations:
        stream = op.get("x-coze-stream")
        if not stream:
            continue
        name = op["operationId"]
        assert stream["events"] in ("chat", "workflow"), name
        assert set(stream) <= {"events", "twin", "field", "twin_method"}, name
        if "twin" in stream:
            _, body = body_schema(op)
            field = stream.get("field", "stream")
            assert body["properties"][field] == {**body["properties"][field], "type": "boolean"}, name
            assert OPERATION_NAME.fullmatch(stream["twin"]), name
            # A twin on another resource than its operation's needs its method named.
            if stream["twin"].rpartition(".")[0] != name.rpartition(".")[0]:
                assert re.fullmatch(r"[a-z][a-z0-9_]*", stream.get("twin_method", "")), name
        else:
            assert "field" not in stream and "twin_method" not in stream, name


def test_paging(schemas, operations):
    for _, _, op in operations:
        paging = op.get("x-coze-paging")
        if not paging:
            continue
        name = op["operationId"]
        assert paging["style"] in PAGING_STYLES, name
        model = deref(schemas, result_schema(schemas, op))
        items = model["properties"].get(paging["items"])
        assert items is not None and items.get("type") == "array", f"{name}: paging items {paging['items']!r}"


def test_variants(operations):
    by_name = {op["operationId"]: op for _, _, op in operations}
    for _, _, op in operations:
        variant = op.get("x-coze-variant-of")
        if not variant:
            continue
        name = op["operationId"]
        assert variant["operation"] in by_name, name
        base = by_name[variant["operation"]]
        params = {p["name"] for p in base.get("parameters", []) + op.get("parameters", [])}
        assert variant["when"], name
        for cond in variant["when"]:
            assert set(cond) in ({"param", "equals"}, {"param", "present"}), name
            if "present" in cond:
                assert cond["present"] is True, name
            assert cond["param"] in params, f"{name}: condition on undeclared {cond['param']!r}"
        assert "use_api_version" in {p["name"] for p in base.get("parameters", [])}, name
        assert base.get("x-coze-result") == op.get("x-coze-result"), f"{name}: result differs from {base}"


def test_headers(operations):
    for _, _, op in operations:
        headers = op.get("x-coze-headers")
        if headers is not None:
            assert all(isinstance(k, str) and isinstance(v, str) for k, v in headers.items())
        if op["operationId"].startswith("datasets.documents."):
            assert headers == {"Agw-Js-Conv": "str"}, op["operationId"]


# -- models and field types -------------------------------------------------------


def check_type(schema, where, allow_inline_model=False):
    """A field type: $ref, primitive, array, map, or any; never an inline model."""
    assert isinstance(schema, dict), where
    if "$ref" in schema:
        assert set(schema) <= {"$ref", "description"} | SCHEMA_EXTENSIONS, where
        return
    t = schema.get("type")
    if "x-coze-enum" in schema:
        assert t == "string" and all(isinstance(v, str) for v in schema["x-coze-enum"]), where
    if "x-coze-aliases" in schema:
        assert all(isinstance(v, str) for v in schema["x-coze-aliases"]), where
    if schema.get("format") == "id":
        assert t == "string", where
    if schema.get("format") == "int64":
        assert t == "integer", where
    if schema.get("format") == "binary":
        assert t == "string", where
    if t in ("string", "integer", "number", "boolean"):
        return
    if t == "array":
        check_type(schema["items"], where + "[]")
        return
    if t == "object" or t is None:
        if "properties" in schema:
            assert allow_inline_model, f"{where}: inline object with properties"
            for name, field in schema["properties"].items():
                check_type(field, f"{where}.{name}")
            return
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict) and extra:
            check_type(extra, where + "{}")
        return
    raise AssertionError(f"{where}: unsupported type {t!r}")


def test_models(schemas):
    assert schemas
    for name, model in schemas.items():
        assert is_model(model), f"{name}: components/schemas holds named object models only"
        assert model.get("description"), f"{name}: one-line description"
        for field, schema in model["properties"].items():
            check_type(schema, f"{name}.{field}")


def test_operation_field_types(schemas, operations):
    for _, _, op in operations:
        name = op["operationId"]
        for p in op.get("parameters", []):
            check_type(p["schema"], f"{name}({p['name']})")
            assert p["schema"].get("type") in ("string", "integer", "number", "boolean"), f"{name}({p['name']})"
        _, body = body_schema(op)
        if body:
            for field, schema in body["properties"].items():
                check_type(schema, f"{name}.body.{field}")
        content = op["responses"]["200"]["content"]
        if "application/json" in content:
            # Envelopes are the one place an inline object with properties is allowed.
            envelope = json_schema_of(op)
            if "$ref" in envelope:  # from: envelope, the result model plus code/msg/detail
                envelope = {"type": "object", "properties": envelope.get("properties", {})}
            check_type(envelope, f"{name}.200", allow_inline_model=True)


# Fields named like ids that hold opaque text rather than numeric ids.
TEXT_IDS = {
    "ChatToolCall.id", "ToolOutput.tool_call_id", "WorkflowMessageEvent.node_id",
    "WorkflowMessageEvent.node_seq_id",
    "WorkflowNodeExecuteStatus.node_id", "Room.room_id", "Room.app_id", "Workspace.enterprise_id",
}


def test_ids_are_id_strings(schemas):
    for name, model in schemas.items():
        for field, schema in model["properties"].items():
            if (field == "id" or field.endswith("_id")) and f"{name}.{field}" not in TEXT_IDS:
                assert schema.get("type") == "string" and schema.get("format") == "id", f"{name}.{field}"


# -- events -------------------------------------------------------------------------


def test_events(spec, schemas):
    events = spec["x-coze-events"]
    assert set(events) == {"chat", "workflow"}
    for kind, table in events.items():
        assert table, kind
        for event, model in table.items():
            if model is None:
                continue
            assert model in schemas, f"{kind}.{event}: unknown model {model!r}"
            assert is_model(schemas[model]), f"{kind}.{event}"
    chat = events["chat"]
    for event in ("created", "in_progress", "completed", "failed", "requires_action"):
        assert chat[f"conversation.chat.{event}"] == "Chat"
    for event in ("conversation.message.delta", "conversation.message.completed", "conversation.audio.delta"):
        assert chat[event] == "Message"
    assert chat["error"] == "ErrorEventData" and chat["done"] == "DoneEventData"
    workflow = events["workflow"]
    assert workflow == {
        "Message": "WorkflowMessageEvent", "Interrupt": "WorkflowInterruptEvent",
        "Error": "WorkflowErrorEvent", "Done": "DoneEventData", "PING": None,
    }


def test_core_models(schemas):
    """The fields the brief and the wire reference name, with their types."""
    def field(model, name):
        return schemas[model]["properties"][name]

    chat = schemas["Chat"]["properties"]
    for name in ("id", "conversation_id", "bot_id", "created_at", "completed_at", "failed_at", "meta_data",
                 "last_error", "status", "required_action", "usage", "section_id", "inserted_additional_messages"):
        assert name in chat, name
    assert field("Chat", "status")["x-coze-enum"]
    assert field("Chat", "meta_data") == {**field("Chat", "meta_data"), "additionalProperties": {"type": "string"}}
    assert field("ChatRequiredAction", "submit_tool_outputs")["$ref"].endswith("/ChatSubmitToolOutputs")
    assert field("ChatToolCall", "function")["$ref"].endswith("/ChatToolCallFunction")
    msg = schemas["Message"]["properties"]
    for name in ("id", "conversation_id", "bot_id", "chat_id", "section_id", "role", "type", "content",
                 "content_type", "reasoning_content", "meta_data", "created_at", "updated_at"):
        assert name in msg, name
    assert set(field("Message", "type")["x-coze-enum"]) == {
        "answer", "question", "function_call", "tool_output", "tool_response", "follow_up", "verbose"}
    for model in ("Chat", "Message"):
        assert field(model, "created_at") == {**field(model, "created_at"), "type": "integer", "format": "int64"}
    assert field("WorkflowMessageEvent", "node_is_finish")["type"] == "boolean"
    assert field("WorkflowMessageEvent", "ext")["additionalProperties"] == {"type": "string"}
    assert field("WorkflowInterruptData", "type")["type"] == "integer"
    assert set(schemas["File"]["properties"]) == {"id", "bytes", "created_at", "file_name"}
