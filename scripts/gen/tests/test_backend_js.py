"""The JavaScript backend's pagers (one `...Pages` method per list operation
with x-coze-paging, its operation-table entry and its types), its poll methods
(x-coze-poll), its local tools methods (x-coze-tools) and the secret fields of
its models (x-coze-secret)."""

import copy
import os
import re
import sys

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

import backend_js  # noqa: E402
import ir  # noqa: E402


@pytest.fixture(scope="module")
def built():
    return ir.build()


def test_every_paging_operation_gets_a_pager(built, tmp_path):
    files = backend_js.generate(built)
    resources = files["web/src/generated/resources.mjs"]
    dts = files["web/src/generated/api.d.ts"]
    paged = [op for op in built["operations"] if op["paging"]]
    assert len(paged) >= 10
    for op in paged:
        name = op["name"] + ".pages"
        entry = re.search(r"  '" + re.escape(name) + r"': \{\n(.*?)\n  \},", resources, re.S)
        assert entry, name
        assert "response: 'pages'" in entry.group(1)
        # The Page's fields as the IR names them (scripts/gen/ir.py resolve_paging), null when the result has none.
        paging = op["paging"]
        names = ["null" if n is None else f"'{n}'" for n in (paging["items"], paging["has_more"], paging["total"])]
        assert f"paging: {{ items: {names[0]}, hasMore: {names[1]}, total: {names[2]} }}," in entry.group(1)
        method = backend_js.pages_method_name(op)
        assert f"  {method}(params, options) {{\n    return this.#run(operations['{name}'], params, options);" in resources
        # A pager takes no idempotency_key (the core gives each page request its own).
        assert re.search(r"\n  " + re.escape(method) + r"\(\s*params\??: \w+,?\s*options\?: PageOptions,?\s*\): Pager<", dts)
    assert "listPages(params: ConversationsMessagesListParams, options?: PageOptions): Pager<Message, ListMessagesResult>;" in dts
    assert "listV1Pages(" in dts
    assert "paging: { items: 'data', hasMore: 'has_more', total: null }," in resources
    assert "paging: { items: 'items', hasMore: null, total: 'total' }," in resources


def test_a_pager_takes_its_list_methods_parameters_variants_included(built):
    files = backend_js.generate(built)
    dts = files["web/src/generated/api.d.ts"]
    assert "listPages(params?: BotsListParams, options?: PageOptions): Pager<SimpleBot, ListBotsResult>;" in dts
    entry = re.search(r"  'bots.list.pages': \{\n(.*?)\n  \},", files["web/src/generated/resources.mjs"], re.S).group(1)
    # bots.list_v1's space_id selects the variant, which the core then pages by page_index
    assert "space_id: 1" in entry and "page_index: 1" in entry


def test_poll_methods_come_from_x_coze_poll(built):
    files = backend_js.generate(built)
    resources = files["web/src/generated/resources.mjs"]
    dts = files["web/src/generated/api.d.ts"]
    polled = [op for op in built["operations"] if op["poll"]]
    assert [op["name"] for op in polled] == ["chat.create"]
    entry = re.search(r"  'chat.create_and_poll': \{\n(.*?)\n  \},", resources, re.S).group(1)
    assert "response: 'poll'" in entry
    # chat.create's parameters, none written by hand, plus the interval.
    create = re.search(r"  'chat.create': \{\n(.*?)\n  \},", resources, re.S).group(1)
    create_params = re.search(r"params: \{(.*?)\},", create, re.S).group(1).strip().rstrip(",")
    assert create_params and create_params.split(",")[0].strip() in entry
    assert "poll_interval_ms: 2" in entry
    assert "  createAndPoll(params, options) {\n    return this.#run(operations['chat.create_and_poll'], params, options);" in resources
    assert "export interface ChatCreateAndPollParams extends ChatCreateParams {" in dts
    assert "createAndPoll(params: ChatCreateAndPollParams, options?: RequestOptions): Promise<ChatPollResult>;" in dts

    unpolled = copy.deepcopy(built)
    for op in unpolled["operations"]:
        op["poll"] = None
    files = backend_js.generate(unpolled)
    assert "createAndPoll" not in files["web/src/generated/resources.mjs"]
    assert "ChatPollResult" not in files["web/src/generated/api.d.ts"]


def test_secret_fields_are_marked_per_model(built):
    models = backend_js.generate(built)["web/src/generated/models.mjs"]
    marked = re.findall(r"^  \['(\w+)', \w+, true\],$", models, re.M)
    secret = sorted(f["name"] for m in built["models"] for f in m["fields"] if f.get("secret"))
    assert sorted(marked) == secret == ["access_token", "device_code", "refresh_token"]
    assert "  ['access_token', readString, true],\n  ['token_type', readString],\n" in models


def test_tools_methods_come_from_x_coze_tools(built):
    files = backend_js.generate(built)
    resources = files["web/src/generated/resources.mjs"]
    dts = files["web/src/generated/api.d.ts"]
    with_tools = [op for op in built["operations"] if op["tools"]]
    assert [op["name"] for op in with_tools] == ["chat.create"]
    entry = re.search(r"  'chat.run_tools': \{\n(.*?)\n  \},", resources, re.S).group(1)
    # A stream of the twin's events, chat.create's parameters (no stream: the run's own) plus the run's.
    assert "response: 'tools'" in entry and "events: ChatEvent," in entry
    assert "bot_id: 6" in entry and "stream:" not in entry
    assert "tools: 6" in entry and "max_rounds: 2" in entry and "tool_timeout_ms: 2" in entry and "tool_errors: 2" in entry
    assert "  runTools(params, options) {\n    return this.#run(operations['chat.run_tools'], params, options);" in resources
    assert "export interface ChatRunToolsParams extends ChatCreateParams {" in dts
    assert "  tools: Array<ToolSpec<any>>;\n" in dts and "  tool_errors?: 'output' | 'fail';\n" in dts
    assert "runTools(params: ChatRunToolsParams, options?: RequestOptions): Stream<ChatStreamEvent>;" in dts
    assert "'chat.run_tools': { params: ChatRunToolsParams; stream: ChatStreamEvent };" in dts
    assert re.search(r"import type \{[^}]*\bToolSpec\b[^}]*\} from '../../index.js';", dts)

    without = copy.deepcopy(built)
    for op in without["operations"]:
        op["tools"] = None
    files = backend_js.generate(without)
    assert "runTools" not in files["web/src/generated/resources.mjs"]
    assert "ToolSpec" not in files["web/src/generated/api.d.ts"]
