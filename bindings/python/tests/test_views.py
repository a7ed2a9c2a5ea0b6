"""Typed views over the core's records, and the generated surface (no server needed)."""

from __future__ import annotations

import inspect
import io
import json

import pytest

import cozecore
from cozecore import (
    BinaryResponse,
    Chat,
    Coze,
    DecodeError,
    ListBotsResult,
    ListMessagesResult,
    Message,
    RoomTranslateConfig,
    SimpleBot,
    Usage,
    View,
    decode_response,
)
from cozecore._record import file_part

BIG = 7400000000000000001  # beyond 2^53: ids must stay exact


def test_ids_are_strings_and_integers_are_exact():
    chat = Chat.parse(f'{{"id": {BIG}, "conversation_id": "c1", "created_at": "17", "completed_at": 1.7e1}}')
    assert chat.id == str(BIG)
    assert chat.conversation_id == "c1"
    assert chat.created_at == 17 and chat.completed_at == 17
    assert chat.status is None  # absent
    assert chat.to_dict() == {"id": str(BIG), "conversation_id": "c1", "created_at": 17, "completed_at": 17}


def test_unreadable_values_are_null_and_kept_among_the_unknown_keys():
    chat = Chat.parse('{"id": "1", "created_at": 1.5, "failed_at": 99999999999999999999, "surprise": {"n": %d}}' % BIG)
    assert chat.created_at is None and chat.failed_at is None
    assert chat.extra == {"created_at": 1.5, "failed_at": "99999999999999999999", "surprise": {"n": str(BIG)}}
    assert chat["surprise"] == {"n": str(BIG)}
    assert chat.get("missing", "dflt") == "dflt"
    with pytest.raises(KeyError):
        chat["missing"]
    assert chat.to_dict()["$extra"]["created_at"] == 1.5


def test_nested_models_lists_and_maps():
    chat = Chat.parse(
        '{"usage": {"token_count": 3, "input_count": "2"}, "meta_data": {"k": "v", "n": 5},'
        ' "last_error": {"code": 4000, "msg": "bad"}}'
    )
    assert isinstance(chat.usage, Usage)
    assert (chat.usage.token_count, chat.usage.input_count, chat.usage.output_count) == (3, 2, None)
    assert chat.meta_data == {"k": "v", "n": "5"}  # a map of strings: numbers become their text
    assert (chat.last_error.code, chat.last_error.msg) == (4000, "bad")
    page = ListMessagesResult.parse('{"data": [{"id": 1, "content": "a"}, 7, {"content": "b"}], "has_more": "true"}')
    assert [type(m) for m in page.data] == [Message, type(None), Message]
    assert [m.content for m in page.data if m] == ["a", "b"]
    assert page.has_more is True


def test_aliases_and_keyword_field_names():
    bot = SimpleBot.parse('{"bot_id": "b1", "bot_name": "Helper"}')
    assert (bot.id, bot.name) == ("b1", "Helper")
    assert bot.extra == {}  # read from the alias, not kept as unknown
    bots = ListBotsResult.parse('{"space_bots": [{"bot_id": "b2"}]}')
    assert [b.id for b in bots.items] == ["b2"]
    pair = RoomTranslateConfig.parse('{"from": "zh", "to": "en"}')
    assert (pair.from_, pair.to) == ("zh", "en")
    assert pair.to_dict() == {"from": "zh", "to": "en"}


def test_text_that_is_not_json_is_a_decode_error():
    with pytest.raises(DecodeError):
        Chat.parse("[1")
    assert Chat.parse(b'{"id": "bytes in"}').id == "bytes in"


def test_views_are_slotted_comparable_and_serialisable():
    first = Message.parse('{"id": "m1", "content": "héllo", "x": [1]}')
    assert not hasattr(first, "__dict__")
    assert first == Message.parse('{"content": "héllo", "x": [1], "id": "m1"}')
    assert first != Message.parse('{"id": "m2"}')
    assert json.loads(first.to_json()) == {"id": "m1", "content": "héllo", "$extra": {"x": [1]}}
    assert isinstance(first, View) and "héllo" in repr(first)
    with pytest.raises(TypeError):
        hash(first)


def test_printing_a_token_or_device_code_hides_its_secrets(capsys):
    access, refresh, device = "oat_" + "a" * 40, "ort_" + "b" * 40, "dc_" + "c" * 40
    token = cozecore.OAuthToken.parse(
        json.dumps({"access_token": access, "refresh_token": refresh, "expires_in": 1900000000, "token_type": "Bearer"})
    )
    code = cozecore.DeviceCode.parse(json.dumps({"device_code": device, "user_code": "UC-1", "expires_in": 600}))
    print(token, code)
    print(repr(token), str(code), f"{token!s} {code!r}")
    shown = capsys.readouterr().out
    for secret in (access, refresh, device):
        assert secret not in shown
    assert "1900000000" in shown and "UC-1" in shown  # the other fields are shown
    # The views still give the values to whoever reads them.
    assert (token.access_token, token.refresh_token, code.device_code) == (access, refresh, device)


def test_whole_answers_decode_as_the_call_would():
    envelope = '{"code": 0, "msg": "", "data": {"id": "c9", "status": "completed"}}'
    chat = decode_response("chat.retrieve", 200, envelope)
    assert isinstance(chat, Chat) and (chat.id, chat.status) == ("c9", "completed")
    listed = decode_response("chat.messages.list", 200, '{"code": 0, "data": [{"id": "m1"}]}')
    assert [m.id for m in listed] == ["m1"]
    with pytest.raises(cozecore.APIError) as info:
        decode_response("chat.create", 200, '{"code": 4016, "msg": "busy"}')
    assert (info.value.code, info.value.message) == (4016, "busy")


def test_file_parameters_become_multipart_parts(tmp_path):
    # The core frames the part; its bytes stay with the driver (streamed while sending).
    assert file_part("file", b"\x00\x01") == {
        "filename": "file",
        "content_type": "application/octet-stream",
        "source": "file",
        "size": 2,
    }
    assert file_part("file", ("a.wav", b"RIFF", "audio/wav")) == {
        "filename": "a.wav",
        "content_type": "audio/wav",
        "source": "file",
        "size": 4,
    }
    named = io.BytesIO(b"abc")
    named.name = "/tmp/notes.txt"
    named.read(1)
    part = file_part("file", named)
    assert (part["filename"], part["size"]) == ("notes.txt", 2)  # from where the stream stands
    path = tmp_path / "clip.mp3"
    path.write_bytes(b"12345")
    assert file_part("file", str(path)) == {
        "filename": "clip.mp3",
        "content_type": "application/octet-stream",
        "source": "file",
        "size": 5,
    }
    upload = cozecore.FileUpload(path, filename="x.mp3", content_type="audio/mpeg")
    assert (file_part("file", upload)["filename"], file_part("file", upload)["content_type"]) == ("x.mp3", "audio/mpeg")
    with pytest.raises(cozecore.InvalidArgumentError, match="cannot read"):
        file_part("file", str(tmp_path / "missing.bin"))
    with pytest.raises(cozecore.InvalidArgumentError, match="not a regular file"):
        file_part("file", tmp_path)
    with pytest.raises(cozecore.InvalidArgumentError, match="does not match"):
        file_part("file", cozecore.FileUpload(b"abc", size=4))
    with pytest.raises(cozecore.InvalidArgumentError, match="size must be"):
        cozecore.FileUpload(b"abc", size=-1)


def test_binary_response():
    audio = BinaryResponse(b"ID3", "audio/mpeg", "log1")
    assert bytes(audio) == b"ID3" and len(audio) == 3 == audio.size
    assert (audio.content_type, audio.logid) == ("audio/mpeg", "log1")
    streamed = BinaryResponse(b"", "audio/mpeg", "log2", 1000)  # the bytes went to an output
    assert len(streamed) == 1000 and streamed.content == b""


def test_generated_methods_name_and_type_every_parameter():
    coze = Coze(token="pat_x", base_url="http://127.0.0.1:9")
    sig = inspect.signature(coze.chat.create)
    params = sig.parameters
    assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in params.values())
    assert params["bot_id"].default is inspect.Parameter.empty  # required
    assert params["user_id"].default is inspect.Parameter.empty
    assert params["conversation_id"].default is None
    for option in (
        "timeout",
        "max_retries",
        "idempotency_key",
        "idempotency",
        "traceparent",
        "tracestate",
        "extra_headers",
        "extra_query",
        "extra_body",
    ):
        assert params[option].default is None
    assert sig.return_annotation == "Chat"
    assert inspect.signature(coze.chat.stream).return_annotation == "EventStream"
    assert inspect.signature(coze.audio.speech.create).return_annotation == "BinaryResponse"
    # bots.list also takes the v1 variant's parameters (the core then runs bots.list_v1)
    assert {"workspace_id", "space_id"} <= set(inspect.signature(coze.bots.list).parameters)


def test_unknown_or_missing_parameters_are_type_errors_before_anything_is_sent():
    coze = Coze(token="pat_x", base_url="http://127.0.0.1:9")  # nothing listens there
    with pytest.raises(TypeError, match="bot_idd"):
        coze.chat.create(bot_idd="b", user_id="u")
    with pytest.raises(TypeError, match="user_id"):
        coze.chat.create(bot_id="b")
    with pytest.raises(TypeError):
        coze.conversations.messages.list("c1")  # keyword-only


def test_every_operation_of_the_core_has_one_method():
    from cozecore._generated.resources import RESPONSE_KINDS
    from cozecore._resource import Resource

    # The flows (several requests each) are cozecore.auth's functions, not resource methods;
    # `<list op>.pages` are the `<method>_pages` pagers, chat.create_and_poll and chat.run_tools
    # chat's own methods.
    flows = {"oauth.exchange_code", "oauth.refresh", "oauth.jwt_token", "oauth.device_flow"}
    flows |= {"chat.create_and_poll", "chat.run_tools"}
    pages = {op for op in Coze.operations() if op.endswith(".pages")}
    assert not (flows | pages) & set(RESPONSE_KINDS)
    assert set(RESPONSE_KINDS) | flows | pages == set(Coze.operations())
    methods = []
    todo = [getattr(Coze(token="pat_x"), name) for name in vars(Coze(token="pat_x"))]
    while todo:
        node = todo.pop()
        if not isinstance(node, Resource):
            continue
        slots = [slot for cls in type(node).__mro__ for slot in vars(cls).get("__slots__", ())]
        todo += [getattr(node, slot) for slot in slots if slot != "_client"]
        methods += [name for name, _ in inspect.getmembers(type(node), inspect.isfunction) if not name.startswith("_")]
    pagers = [name for name in methods if name.endswith("_pages")]
    polls = [name for name in methods if name in ("create_and_poll", "start_create_and_poll", "run_tools")]
    assert sorted(polls) == ["create_and_poll", "run_tools", "start_create_and_poll"]
    assert len(methods) - len(pagers) - len(polls) == len(RESPONSE_KINDS)
    assert len(pagers) == len(pages) + 1  # and bots.list_v1_pages, a variant with its own paging
