"""Pages and polling: the core's `<list op>.pages` and chat.create_and_poll flows
through the generated pager methods and chat.create_and_poll, end to end
against tests/fake_coze/server.py over the real driver."""

from __future__ import annotations

import gc
import inspect
import json
import threading
import time

import pytest

import cozecore
from cozecore import Chat, ChatPollResult, Coze, Message, Page, Pager
from cozecore._bridge import core

LIST_PATH = "/v1/conversation/message/list"


def _client(fake, **kwargs):
    kwargs.setdefault("max_retries", 0)
    return Coze(token="pat_flows", base_url=fake.base_url, **kwargs)


def _live():
    gc.collect()
    return core.live_calls(), core.live_clients()


def _log_since(fake, start, path=None):
    entries = fake.requests()[start:]
    return [e for e in entries if path is None or e["path"] == path]


@pytest.fixture
def conversation(fake):
    """A conversation holding 250 messages m000..m249 (created in that order): (client, id, message ids)."""
    coze = _client(fake)
    conv = coze.conversations.create()
    ids = []
    for i in range(250):
        role = "user" if i % 2 == 0 else "assistant"
        message = coze.conversations.messages.create(
            conversation_id=conv.id, role=role, content=f"m{i:03d}", content_type="text"
        )
        ids.append(message.id)
    assert len(set(ids)) == 250
    return coze, conv.id, ids


# -- the generated surface -------------------------------------------------------


def test_every_paged_operation_has_a_pager_method_with_the_list_methods_parameters():
    coze = Coze(token="pat_x")
    paged = [op for op in Coze.operations() if op.endswith(".pages")]
    assert "conversations.messages.list.pages" in paged and "conversations.list.pages" in paged
    for flow in paged:
        *path, method = flow[: -len(".pages")].split(".")
        resource = coze
        for part in path:
            resource = getattr(resource, part)
        lister = getattr(resource, method)
        pager = getattr(resource, method + "_pages")
        # Each page's request gets its own key from the core: a pager takes no idempotency_key.
        expected = [p for p in inspect.signature(lister).parameters if p != "idempotency_key"]
        assert list(inspect.signature(pager).parameters) == expected, flow
        assert inspect.signature(pager).return_annotation.startswith("Pager["), flow
    # A variant with paging of its own gets one too.
    assert inspect.signature(coze.bots.list_v1_pages).return_annotation == "Pager[SimpleBot]"
    assert inspect.signature(coze.conversations.messages.list_pages).return_annotation == "Pager[Message]"


def test_a_pager_sends_nothing_until_read(fake):
    coze = _client(fake)
    pager = coze.conversations.list_pages(bot_id="7300000000000000101")
    assert isinstance(pager, Pager)
    assert fake.requests() == []
    pager.close()
    assert fake.requests() == []
    assert list(pager) == []


# -- pages of messages -------------------------------------------------------------


@pytest.mark.parametrize("order", ["desc", "asc"])
def test_250_messages_come_once_each_in_order_with_five_requests(fake, conversation, order):
    coze, conv_id, ids = conversation
    start = len(fake.requests())
    with coze.conversations.messages.list_pages(conversation_id=conv_id, order=order, limit=50) as pager:
        messages = list(pager)
    expected = ids if order == "asc" else ids[::-1]
    assert all(isinstance(m, Message) for m in messages)
    assert [m.id for m in messages] == expected
    assert [m.content for m in messages[:2]] == (["m000", "m001"] if order == "asc" else ["m249", "m248"])
    sent = _log_since(fake, start)
    assert [e["path"] for e in sent] == [LIST_PATH] * 5
    bodies = [json.loads(e["body"]) for e in sent]
    assert all(b["order"] == order and b["limit"] == 50 for b in bodies)
    assert "after_id" not in bodies[0] and "before_id" not in bodies[0]
    # Each page after the first follows the one before it: after_id = its last id.
    assert [b.get("after_id") for b in bodies[1:]] == [expected[k * 50 - 1] for k in range(1, 5)]
    assert all(e["query"] == {"conversation_id": conv_id} for e in sent)


def test_pages_view_gives_has_more_items_and_each_pages_logid(fake, conversation):
    coze, conv_id, ids = conversation
    pages = list(coze.conversations.messages.list_pages(conversation_id=conv_id, order="asc", limit=50).pages())
    assert all(isinstance(p, Page) for p in pages)
    assert [len(p.items) for p in pages] == [50] * 5
    assert [p.has_more for p in pages] == [True, True, True, True, False]
    assert [p.total for p in pages] == [None] * 5  # the message list has no total
    assert [m.id for p in pages for m in p] == ids
    assert pages[2].result.first_id == ids[100] and pages[2].result.last_id == ids[149]
    logids = [p.logid for p in pages]
    assert all("FAKE" in logid for logid in logids) and len(set(logids)) == 5


def test_paging_backwards_from_a_before_id_follows_first_id(fake, conversation):
    coze, conv_id, ids = conversation
    start = len(fake.requests())
    pages = list(
        coze.conversations.messages.list_pages(
            conversation_id=conv_id, order="asc", limit=50, before_id=ids[200]
        ).pages()
    )
    # Each page is in listing order; the pages walk back towards the first message.
    assert [[m.id for m in p.items] for p in pages] == [ids[150:200], ids[100:150], ids[50:100], ids[0:50]]
    bodies = [json.loads(e["body"]) for e in _log_since(fake, start, LIST_PATH)]
    assert [b.get("before_id") for b in bodies] == [ids[200], ids[150], ids[100], ids[50]]
    assert not any("after_id" in b for b in bodies)


def test_an_error_on_page_three_comes_after_the_items_of_pages_one_and_two(fake, conversation):
    coze, conv_id, ids = conversation
    start = len(fake.requests())
    seen = []
    pager = coze.conversations.messages.list_pages(conversation_id=conv_id, order="asc", limit=50)
    with pytest.raises(cozecore.RateLimitError) as info:
        for message in pager:
            seen.append(message.id)
            if len(seen) == 100:  # page 3 has not been asked for yet: make its answer fail
                fake.fault({"status": 429, "body": {"code": 4013, "msg": "too many"}})
    assert seen == ids[:100]
    assert info.value.code == 4013
    assert len(_log_since(fake, start, LIST_PATH)) == 3
    assert list(pager) == []  # the pager is over


def test_breaking_out_early_sends_no_further_request_and_frees_the_call(fake, conversation):
    coze, conv_id, ids = conversation
    before = _live()
    start = len(fake.requests())
    with coze.conversations.messages.list_pages(conversation_id=conv_id, limit=50) as pager:
        for i, message in enumerate(pager):
            if i == 60:  # on page 2
                break
    assert message.id == ids[::-1][60]
    assert len(_log_since(fake, start)) == 2
    assert _live() == before

    # A loop over a pager nobody holds: dropping it cancels the call as well.
    start = len(fake.requests())
    for message in coze.conversations.messages.list_pages(conversation_id=conv_id, limit=50):
        break
    del message
    assert _live() == before  # the call is gone: nothing can ask for another page
    assert len(_log_since(fake, start)) == 1


def test_close_from_another_thread_ends_a_loop_waiting_for_a_page(fake, conversation):
    coze, conv_id, _ = conversation
    before = _live()
    start = len(fake.requests())
    pager = coze.conversations.messages.list_pages(conversation_id=conv_id, limit=50)
    count = 0
    started = None
    for _ in pager:
        count += 1
        if count == 50:  # the last item of page 1: page 2's answer will hang
            fake.fault({"stall_ms": 5000})
            threading.Timer(0.3, pager.close).start()
            started = time.monotonic()
    assert count == 50
    assert time.monotonic() - started < 3  # the loop ended at close(), not when the answer came
    assert len(_log_since(fake, start)) == 2
    del pager
    assert _live() == before


# -- pages of conversations -------------------------------------------------------------


def test_conversations_list_pages_by_page_number(fake):
    coze = _client(fake)
    bot = "7300000000000000101"
    made = [coze.conversations.create(bot_id=bot, name=f"c{i}").id for i in range(7)]
    start = len(fake.requests())
    pages = list(coze.conversations.list_pages(bot_id=bot, page_size=3).pages())
    assert [[c.id for c in p.items] for p in pages] == [made[::-1][0:3], made[::-1][3:6], made[::-1][6:7]]
    assert [p.has_more for p in pages] == [True, True, False]
    sent = _log_since(fake, start)
    assert [(e["path"], e["query"].get("page_num"), e["query"].get("page_size")) for e in sent] == [
        ("/v1/conversations", "1", "3"),
        ("/v1/conversations", "2", "3"),
        ("/v1/conversations", "3", "3"),
    ]
    # Items straight away, oldest first, from page 2.
    names = [c.name for c in coze.conversations.list_pages(bot_id=bot, page_size=3, sort_order="ASC", page_num=2)]
    assert names == ["c3", "c4", "c5", "c6"]


def test_workspaces_pages_report_the_total(fake):
    coze = _client(fake)
    (page,) = coze.workspaces.list_pages(page_size=10).pages()
    assert page.total == len(page.items) == 2
    assert page.has_more is None  # the answer has no has_more: the core stopped at the total


# -- create_and_poll -----------------------------------------------------------------


def test_create_and_poll_runs_to_completion(fake):
    coze = _client(fake)
    result = coze.chat.create_and_poll(
        bot_id="b1",
        user_id="u1",
        additional_messages=[{"role": "user", "content": "Hi there", "content_type": "text"}],
        poll_interval=0.0004,  # rounds up to 1 ms (the core takes whole milliseconds of at least 1)
    )
    assert isinstance(result, ChatPollResult)
    chat, messages = result
    assert isinstance(chat, Chat) and chat.status == "completed"
    assert chat.usage.token_count > 0
    assert [m.content for m in messages] == ["Echo: Hi there"]
    assert all(isinstance(m, Message) and m.chat_id == chat.id for m in messages)
    paths = [e["path"] for e in fake.requests()]
    assert paths[0] == "/v3/chat" and paths[-1] == "/v3/chat/message/list"
    assert set(paths[1:-1]) == {"/v3/chat/retrieve"}
    assert "/v3/chat/cancel" not in paths
    create = fake.requests()[0]
    assert "poll_interval_ms" not in create["body"]


def test_create_and_poll_times_out_on_the_slow_bot_and_cancels_the_chat(fake):
    coze = _client(fake)
    before = _live()
    started = time.monotonic()
    with pytest.raises(cozecore.APITimeoutError):
        coze.chat.create_and_poll(bot_id="slow", user_id="u1", poll_interval=0.05, timeout=0.5)
    assert time.monotonic() - started >= 0.45  # not before the deadline (timeout is in seconds)
    log = fake.requests()
    paths = [e["path"] for e in log]
    # create, polls while the slow chat runs, then the cancel at the deadline
    assert paths[0] == "/v3/chat"
    assert set(paths[1:-1]) == {"/v3/chat/retrieve"}
    assert paths[-1] == "/v3/chat/cancel"
    cancel = json.loads(log[-1]["body"])
    created = coze.chat.retrieve(conversation_id=cancel["conversation_id"], chat_id=cancel["chat_id"])
    assert created.status == "canceled"
    assert _live() == before


def test_a_chat_poll_cancelled_from_another_thread(fake):
    coze = _client(fake)
    before = _live()
    with coze.chat.start_create_and_poll(bot_id="slow", user_id="u1", poll_interval=0.05) as poll:
        threading.Timer(0.3, poll.cancel).start()
        with pytest.raises(cozecore.CancelledError):
            poll.result()  # the slow chat never ends by itself: only the cancel ends this
        with pytest.raises(cozecore.CancelledError):
            poll.result()  # the same error again
    # Cancelling stops the polling only: the chat goes on on the server.
    assert "/v3/chat/cancel" not in [e["path"] for e in fake.requests()]
    del poll
    assert _live() == before


def test_create_and_poll_checks_its_input_before_sending(fake):
    coze = _client(fake)
    with pytest.raises(cozecore.InvalidArgumentError):
        coze.chat.create_and_poll(bot_id="b1", user_id="u1", poll_interval=-1)
    with pytest.raises(cozecore.InvalidArgumentError):
        coze.chat.create_and_poll(bot_id="b1", user_id="u1", poll_interval=0)
    with pytest.raises(cozecore.InvalidArgumentError):
        coze.chat.create_and_poll(bot_id="b1", user_id="u1", poll_interval="1")  # the core wants a number
    with pytest.raises(TypeError):
        coze.chat.create_and_poll(bot_id="b1", user_id="u1", no_such_parameter=1)
    assert fake.requests() == []
