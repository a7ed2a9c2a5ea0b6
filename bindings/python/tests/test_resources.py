"""End to end, one group of operations at a time: the generated resources through the real
driver against tests/fake_coze/server.py, reading typed fields from the answers."""

from __future__ import annotations

import base64
import json

import pytest

import cozecore

from cozecore import (
    BadRequestError,
    BinaryResponse,
    Bot,
    Chat,
    Conversation,
    Coze,
    Dataset,
    Document,
    File,
    ListMessagesResult,
    Message,
    NotFoundError,
    SimpleBot,
    User,
    Voice,
    WorkflowRunHistory,
)

SEED_BOT = "7300000000000000101"
ECHO_WORKFLOW = "7300000000000000201"
PERSONAL_WORKSPACE = "7300000000000000001"
SYSTEM_VOICE = "7300000000000000301"
TEMPLATE = "7300000000000000401"


def _client(fake) -> Coze:
    return Coze(token="pat_e2e", base_url=fake.base_url, max_retries=0)


def _user(text: str) -> list:
    return [{"role": "user", "content": text, "content_type": "text"}]


def _requests(fake, path_part: str = "") -> list:
    return [r for r in fake.requests() if path_part in r["path"]]


# -- chat ----------------------------------------------------------------------------


def test_chat_create_retrieve_messages_and_cancel(fake):
    coze = _client(fake)
    with coze.chat.stream(bot_id=SEED_BOT, user_id="u1", additional_messages=_user("hi")) as stream:
        last = [e for e in stream if e.type == "conversation.chat.completed"][-1]
    chat = coze.chat.retrieve(conversation_id=last.conversation_id, chat_id=last.id)
    assert isinstance(chat, Chat)
    assert (chat.id, chat.status, chat.usage.output_count) == (last.id, "completed", len("Echo: hi"))
    messages = coze.chat.messages.list(conversation_id=chat.conversation_id, chat_id=chat.id)
    assert isinstance(messages, list) and all(isinstance(m, Message) for m in messages)
    assert [(m.role, m.type, m.content) for m in messages] == [("assistant", "answer", "Echo: hi")]

    # A tools chat waits for its outputs: that one can be cancelled.
    waiting = coze.chat.create(bot_id="tools", user_id="u1", additional_messages=_user("weather?"))
    assert waiting.status == "in_progress"
    cancelled = coze.chat.cancel(conversation_id=waiting.conversation_id, chat_id=waiting.id)
    assert isinstance(cancelled, Chat) and cancelled.status == "canceled"
    assert json.loads(_requests(fake, "/v3/chat/cancel")[0]["body"]) == {
        "conversation_id": waiting.conversation_id,
        "chat_id": waiting.id,
    }


# -- conversations and their messages -------------------------------------------------


def test_conversations(fake):
    coze = _client(fake)
    conv = coze.conversations.create(bot_id=SEED_BOT, messages=_user("first"), meta_data={"k": "v"})
    assert isinstance(conv, Conversation)
    assert (conv.name, conv.meta_data) == ("first", {"k": "v"})
    assert coze.conversations.retrieve(conversation_id=conv.id).id == conv.id
    renamed = coze.conversations.update(conversation_id=conv.id, name="renamed")
    assert renamed.name == "renamed"
    page = coze.conversations.list(bot_id=SEED_BOT, page_size=10)
    assert [c.id for c in page.conversations] == [conv.id] and page.has_more is False
    section = coze.conversations.clear(conversation_id=conv.id)
    assert section.conversation_id == conv.id and section.id != conv.id
    assert coze.conversations.delete(conversation_id=conv.id) is None
    with pytest.raises(NotFoundError) as info:
        coze.conversations.retrieve(conversation_id=conv.id)
    assert info.value.code == 4001


def test_conversation_messages_and_feedback(fake):
    coze = _client(fake)
    conv = coze.conversations.create(bot_id=SEED_BOT)
    made = [
        coze.conversations.messages.create(conversation_id=conv.id, role="user", content=f"m{i}", content_type="text")
        for i in range(3)
    ]
    assert all(isinstance(m, Message) for m in made)
    assert coze.conversations.messages.retrieve(conversation_id=conv.id, message_id=made[1].id).content == "m1"
    page = coze.conversations.messages.list(conversation_id=conv.id, order="asc", limit=2)
    assert isinstance(page, ListMessagesResult)
    assert [m.content for m in page.data] == ["m0", "m1"] and page.has_more is True
    assert (page.first_id, page.last_id) == (made[0].id, made[1].id)
    rest = coze.conversations.messages.list(conversation_id=conv.id, order="asc", after_id=page.last_id)
    assert [m.content for m in rest.data] == ["m2"] and rest.has_more is False

    updated = coze.conversations.messages.update(conversation_id=conv.id, message_id=made[2].id, content="edited")
    assert updated.content == "edited"  # the answer keeps it under "message"
    deleted = coze.conversations.messages.delete(conversation_id=conv.id, message_id=made[0].id)
    assert deleted.id == made[0].id

    feedback = coze.conversations.messages.feedback
    assert (
        feedback.create(
            conversation_id=conv.id,
            message_id=made[1].id,
            feedback_type="unlike",
            reason_types=["inaccurate"],
            comment="no",
        )
        is None
    )
    assert feedback.delete(conversation_id=conv.id, message_id=made[1].id) is None
    sent = _requests(fake, "/feedback")
    assert [r["method"] for r in sent] == ["POST", "DELETE"]
    assert sent[0]["path"] == f"/v1/conversations/{conv.id}/messages/{made[1].id}/feedback"
    assert json.loads(sent[0]["body"]) == {"feedback_type": "unlike", "reason_types": ["inaccurate"], "comment": "no"}


# -- workflows --------------------------------------------------------------------------


def test_workflows_catalogue_runs_and_histories(fake):
    coze = _client(fake)
    listed = coze.workflows.list(workspace_id=PERSONAL_WORKSPACE)
    assert ECHO_WORKFLOW in [w.workflow_id for w in listed.items]
    info = coze.workflows.retrieve(workflow_id=ECHO_WORKFLOW, include_input_output=True)
    assert info.workflow_detail.workflow_name == "echo"
    assert info.input is not None

    run = coze.workflows.runs.create(workflow_id=ECHO_WORKFLOW, parameters={"input": "hey"})
    assert run.data == {"output": "Echo: hey"}
    histories = coze.workflows.runs.histories.retrieve(workflow_id=ECHO_WORKFLOW, execute_id=run.execute_id)
    assert len(histories) == 1 and isinstance(histories[0], WorkflowRunHistory)
    history = histories[0]
    assert (history.execute_id, history.execute_status) == (run.execute_id, "Success")
    assert history.logid  # the run's own log id field (the model's field named logid)
    assert json.loads(history.output) == {"output": "Echo: hey"}
    end_node = [n for n in history.node_execute_status.values() if n.is_finish][-1]
    node_uuid = end_node.node_execute_uuid
    node = coze.workflows.runs.histories.execute_nodes.retrieve(
        workflow_id=ECHO_WORKFLOW, execute_id=run.execute_id, node_execute_uuid=node_uuid
    )
    assert node.is_finish is True and node.node_output


# -- bots ---------------------------------------------------------------------------------


def test_bots_v2_and_the_v1_variants(fake):
    coze = _client(fake)
    created = coze.bots.create(
        space_id=PERSONAL_WORKSPACE, name="Helper", description="helps", prompt_info={"prompt": "Be kind."}
    )
    assert created.bot_id
    assert coze.bots.update(bot_id=created.bot_id, name="Helper 2") is None
    published = coze.bots.publish(bot_id=created.bot_id, connector_ids=["1024"])
    assert (published.bot_id, published.version) == (created.bot_id, "1")

    bot = coze.bots.retrieve(bot_id=created.bot_id)
    assert isinstance(bot, Bot)
    assert (bot.bot_id, bot.name, bot.prompt_info.prompt) == (created.bot_id, "Helper 2", "Be kind.")
    bot_v1 = coze.bots.retrieve(bot_id=created.bot_id, use_api_version=1)  # runs bots.retrieve_v1
    assert bot_v1.name == "Helper 2"

    v2 = coze.bots.list(workspace_id=PERSONAL_WORKSPACE, publish_status="all")
    assert created.bot_id in [b.id for b in v2.items] and all(isinstance(b, SimpleBot) for b in v2.items)
    v1 = coze.bots.list(space_id=PERSONAL_WORKSPACE)  # a v1 parameter: runs bots.list_v1
    mine = [b for b in v1.items if b.id == created.bot_id]  # read from the v1 names bot_id, bot_name
    assert [b.name for b in mine] == ["Helper 2"]
    paths = [r["path"] for r in fake.requests()]
    assert paths[-4:] == [
        "/v1/bots/" + created.bot_id,
        "/v1/bot/get_online_info",
        "/v1/bots",
        "/v1/space/published_bots_list",
    ]
    assert "use_api_version" not in fake.requests()[-3]["query"]  # consumed by the variant switch


# -- files --------------------------------------------------------------------------------


def test_files_upload_and_retrieve(fake):
    coze = _client(fake)
    uploaded = coze.files.upload(file=("notes.txt", b"hello file", "text/plain"))
    assert isinstance(uploaded, File)
    assert (uploaded.file_name, uploaded.bytes) == ("notes.txt", 10)
    assert coze.files.retrieve(file_id=uploaded.id).file_name == "notes.txt"
    (sent,) = _requests(fake, "/v1/files/upload")
    assert sent["headers"]["content-type"].startswith("multipart/form-data; boundary=")
    assert 'filename="notes.txt"' in sent["body"] and "hello file" in sent["body"]


# -- datasets, documents, images --------------------------------------------------------------


def test_datasets_documents_and_images(fake):
    coze = _client(fake)
    made = coze.datasets.create(name="Docs", space_id=PERSONAL_WORKSPACE, format_type=0)
    dataset_id = made.dataset_id
    docs = coze.datasets.documents.create(
        dataset_id=dataset_id,
        document_bases=[
            {
                "name": "a.txt",
                "source_info": {"file_base64": base64.b64encode(b"some text").decode(), "file_type": "txt"},
            }
        ],
    )
    assert len(docs) == 1 and isinstance(docs[0], Document)
    doc = docs[0]
    assert (doc.name, doc.size) == ("a.txt", 9)
    listed = coze.datasets.documents.list(dataset_id=dataset_id)
    assert [d.document_id for d in listed.document_infos] == [doc.document_id] and listed.total == 1
    assert coze.datasets.documents.update(document_id=doc.document_id, document_name="b.txt") is None
    progress = coze.datasets.process(dataset_id=dataset_id, document_ids=[doc.document_id])
    assert [(p.document_id, p.document_name, p.progress) for p in progress] == [(doc.document_id, "b.txt", 100)]
    assert coze.datasets.documents.delete(document_ids=[doc.document_id]) is None
    # The knowledge document routes need the fixed header the description declares.
    for sent in _requests(fake, "/open_api/knowledge/document/"):
        assert sent["headers"]["agw-js-conv"] == "str"

    found = coze.datasets.list(space_id=PERSONAL_WORKSPACE, name="Doc")
    assert [(d.dataset_id, d.name) for d in found.dataset_list] == [(dataset_id, "Docs")]
    assert isinstance(found.dataset_list[0], Dataset)
    assert coze.datasets.update(dataset_id=dataset_id, name="Docs 2") is None

    images = coze.datasets.create(name="Pics", space_id=PERSONAL_WORKSPACE, format_type=2).dataset_id
    photo = coze.datasets.documents.create(
        dataset_id=images,
        document_bases=[
            {
                "name": "cat.png",
                "source_info": {"file_base64": base64.b64encode(b"\x89PNG").decode(), "file_type": "png"},
            }
        ],
    )
    assert coze.datasets.images.update(dataset_id=images, document_id=photo[0].document_id, caption="a cat") is None
    photos = coze.datasets.images.list(dataset_id=images, has_caption=True)
    assert [(p.name, p.caption) for p in photos.photo_infos] == [("cat.png", "a cat")]
    assert coze.datasets.delete(dataset_id=dataset_id) is None


# -- audio ---------------------------------------------------------------------------------------


def test_audio_speech_transcriptions_voices_and_rooms(fake):
    coze = _client(fake)
    speech = coze.audio.speech.create(input="Hello there", voice_id=SYSTEM_VOICE, response_format="mp3")
    assert isinstance(speech, BinaryResponse)
    assert speech.content_type == "audio/mpeg"
    assert speech.content.startswith(b"ID3") and b"Hello there" in speech.content
    assert speech.logid

    heard = coze.audio.transcriptions.create(file=("speech.mp3", speech.content, "audio/mpeg"))
    assert heard.text == "Hello there"

    voices = coze.audio.voices.list(page_size=10)
    assert SYSTEM_VOICE in [v.voice_id for v in voices.voice_list]
    assert all(isinstance(v, Voice) for v in voices.voice_list)
    cloned = coze.audio.voices.clone(voice_name="Mine", file=("me.wav", b"RIFF....", "audio/wav"), audio_format="wav")
    again = coze.audio.voices.list(voice_state="cloned", filter_system_voice=True)
    assert [(v.voice_id, v.name, v.is_system_voice) for v in again.voice_list] == [(cloned.voice_id, "Mine", False)]

    room = coze.audio.rooms.create(bot_id=SEED_BOT, voice_id=SYSTEM_VOICE, config={"video_config": {}})
    assert room.room_id and room.token.startswith("001") and room.uid


# -- workspaces, variables, templates, users ------------------------------------------------------


def test_workspaces_variables_templates_and_me(fake):
    coze = _client(fake)
    spaces = coze.workspaces.list()
    assert [w.name for w in spaces.workspaces] == ["Personal", "Team"] and spaces.total_count == 2

    assert (
        coze.variables.update(bot_id=SEED_BOT, connector_uid="u1", data=[{"keyword": "city", "value": "Paris"}]) is None
    )
    values = coze.variables.retrieve(bot_id=SEED_BOT, connector_uid="u1", keywords="city")
    assert [(v.keyword, v.value) for v in values.items] == [("city", "Paris")]

    copy = coze.templates.duplicate(template_id=TEMPLATE, workspace_id=PERSONAL_WORKSPACE, name="Mine")
    assert copy.entity_type == "agent" and copy.entity_id

    me = coze.users.me()
    assert isinstance(me, User) and (me.user_name, me.nick_name) == ("fake_user", "Fake User")


# -- what every method shares ------------------------------------------------------------------------


def test_unknown_parameter_name_is_a_type_error(fake):
    coze = _client(fake)
    with pytest.raises(TypeError, match="no_such_field"):
        coze.conversations.create(bot_id=SEED_BOT, no_such_field=1)
    with pytest.raises(TypeError):
        coze.users.me(page=1)
    assert fake.requests() == []  # nothing was sent


def test_extra_query_body_and_headers_go_out(fake):
    coze = _client(fake)
    conv = coze.conversations.create(
        bot_id=SEED_BOT,
        extra_body={"name": "from extra_body", "custom": [1]},
        extra_query={"trace": "a b&c"},
        extra_headers={"X-Custom": "yes"},
    )
    assert conv.name == "from extra_body"
    (sent,) = fake.requests()
    assert sent["query"] == {"trace": "a b&c"}
    assert sent["headers"]["x-custom"] == "yes"
    assert json.loads(sent["body"]) == {"bot_id": SEED_BOT, "name": "from extra_body", "custom": [1]}


def test_path_values_are_url_encoded(fake):
    coze = _client(fake)
    with pytest.raises(BadRequestError):  # the fake wants numeric ids; what matters is the wire
        coze.conversations.update(conversation_id="12/34 x?y", name="n")
    (sent,) = fake.requests()
    assert sent["path"] == "/v1/conversations/12%2F34%20x%3Fy"
    assert sent["query"] == {}


def test_views_go_back_as_parameters(fake):
    coze = _client(fake)
    conv = coze.conversations.create(bot_id=SEED_BOT)
    message = coze.conversations.messages.create(
        conversation_id=conv.id, role="user", content="again", content_type="text", meta_data={"k": "v"}
    )
    copy = coze.conversations.create(bot_id=SEED_BOT, messages=[message])  # a Message view as the object it was
    sent = json.loads(fake.requests()[-1]["body"])
    assert sent["messages"][0]["content"] == "again" and sent["messages"][0]["meta_data"] == {"k": "v"}
    assert copy.name == "again"


def test_operations_by_name(fake):
    coze = _client(fake)
    me = coze.call("users.me")
    assert isinstance(me, User) and me.nick_name == "Fake User" and me.logid
    speech = coze.call("audio.speech.create", {"input": "hi", "voice_id": SYSTEM_VOICE})
    assert isinstance(speech, BinaryResponse) and speech.content_type == "audio/mpeg"
    with coze.stream("chat.stream", bot_id=SEED_BOT, user_id="u1", additional_messages=_user("yo")) as events:
        assert "".join(e.content for e in events if e.type == "conversation.message.delta") == "Echo: yo"
    with pytest.raises(cozecore.InvalidArgumentError):
        coze.call("chat.stream", bot_id=SEED_BOT, user_id="u1")  # a stream: use coze.stream
