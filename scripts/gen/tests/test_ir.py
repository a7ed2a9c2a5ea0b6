"""The IR builder: what it derives from the description, and what it refuses."""

import copy
import os
import sys

import pytest
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

import ir  # noqa: E402

MINI = os.path.join(os.path.dirname(HERE), "testdata", "mini.openapi.yaml")


@pytest.fixture()
def spec():
    with open(MINI, encoding="utf-8") as f:
        return yaml.safe_load(f)


def ops_by_name(built):
    return {o["name"]: o for o in built["operations"]}


def test_twin_streams_get_their_own_operation(spec):
    ops = ops_by_name(ir.Builder(spec).build())
    assert ops["chat.create"]["stream_field"] == ("stream", False)
    assert ops["chat.create"]["response"] == "json"
    assert ops["chat.stream"]["stream"] == "chat"
    assert ops["chat.stream"]["stream_field"] == ("stream", True)
    assert ops["chat.stream"]["result"]["type"] is None
    # The twin takes the same parameters, minus the forced flag.
    assert [p["name"] for p in ops["chat.stream"]["params"]] == [p["name"] for p in ops["chat.create"]["params"]]
    assert "stream" not in [p["name"] for p in ops["chat.create"]["params"]]


def test_params_come_path_then_query_then_body(spec):
    ops = ops_by_name(ir.Builder(spec).build())
    update = ops["conversations.update"]
    assert [(p["name"], p["in"]) for p in update["params"]] == [("conversation_id", "path"), ("name", "body")]
    assert update["idempotent"] is True
    upload = ops["files.upload"]
    assert upload["body"] == "multipart"
    assert upload["params"][0]["in"] == "file"


def test_result_locations_and_types(spec):
    ops = ops_by_name(ir.Builder(spec).build())
    assert ops["conversations.messages.list"]["result"]["type"] == {"kind": "model", "model": "ListMessagesResult"}
    assert ops["conversations.messages.list"]["paging"] == {
        "style": "cursor", "items": "data", "item": {"kind": "model", "model": "Message"},
        "has_more": "has_more", "total": None}
    assert ops["workflows.runs.create"]["result"]["json_strings"] == ["data"]
    assert ops["datasets.documents.delete"]["result"]["type"] is None
    assert ops["datasets.documents.delete"]["headers"] == [("Agw-Js-Conv", "str")]
    assert ops["audio.speech.create"]["response"] == "binary"


def test_variants_and_events(spec):
    built = ir.Builder(spec).build()
    ops = ops_by_name(built)
    assert ops["bots.list_v1"]["variant_of"]["operation"] == "bots.list"
    assert built["event_names"][:2] == ["conversation.chat.created", "conversation.message.delta"]
    chat = {e["name"]: e for e in built["events"]["chat"]}
    assert chat["conversation.message.delta"]["model"] == "Message"
    assert {e["name"]: e["model"] for e in built["events"]["workflow"]}["PING"] is None


def test_model_fields_keep_types_aliases_and_enums(spec):
    models = {m["name"]: m for m in ir.Builder(spec).build()["models"]}
    fields = {f["name"]: f for f in models["Chat"]["fields"]}
    assert fields["id"]["type"] == {"kind": "id"}
    assert fields["created_at"]["type"] == {"kind": "integer"}
    assert fields["meta_data"]["type"] == {"kind": "map", "values": {"kind": "string"}}
    assert fields["status"]["enum"] == ["created", "in_progress", "completed"]
    message = {f["name"]: f for f in models["Message"]["fields"]}
    assert message["reasoning_content"]["aliases"] == ["reasoning"]
    assert [m["id"] for m in ir.Builder(spec).build()["models"]] == list(range(len(models)))


@pytest.mark.parametrize("mutate, message", [
    (lambda s: s["components"]["schemas"]["Chat"]["properties"].update(
        {"inline": {"type": "object", "properties": {"x": {"type": "string"}}}}), "inline object"),
    (lambda s: s["paths"]["/v1/files/upload"]["post"].update({"operationId": "chat.create"}), "used twice"),
    (lambda s: s["paths"]["/v1/files/upload"]["post"].update({"operationId": "Upload"}), "dotted"),
    (lambda s: s["paths"]["/v1/bots"]["get"].update({"x-coze-result": {"from": "elsewhere"}}), "elsewhere"),
    (lambda s: s["paths"]["/v1/conversations/{conversation_id}"]["put"].update({"parameters": []}),
     "not declared"),
    (lambda s: s["components"]["schemas"]["Chat"]["properties"].update(
        {"usage": {"$ref": "#/components/schemas/Nope"}}), "unknown schema"),
    (lambda s: s["paths"]["/v1/space/published_bots_list"]["get"].update(
        {"x-coze-variant-of": {"operation": "bots.nope", "when": []}}), "unknown operation"),
    (lambda s: s["paths"]["/v1/conversation/message/list"]["post"].update(
        {"x-coze-paging": {"style": "cursor", "items": "first_id"}}), "not an array field"),
    (lambda s: s["paths"]["/v1/conversation/message/list"]["post"].update(
        {"x-coze-paging": {"style": "offset", "items": "data"}}), "style must be"),
])
def test_bad_descriptions_are_refused(spec, mutate, message):
    bad = copy.deepcopy(spec)
    mutate(bad)
    with pytest.raises(ir.SpecError, match=message):
        ir.Builder(bad).build()


def test_the_project_description_builds():
    built = ir.build()
    assert len(built["operations"]) >= 58
    names = {o["name"] for o in built["operations"]}
    assert {"chat.stream", "conversations.messages.feedback.create", "users.me"} <= names
