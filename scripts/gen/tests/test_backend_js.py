"""The JavaScript backend's pagers: one `...Pages` method per list operation
with x-coze-paging, its operation-table entry and its types."""

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
        assert f"items: '{op['paging']['items']}'" in entry.group(1)
        method = backend_js.pages_method_name(op)
        assert f"  {method}(params, options) {{\n    return this.#run(operations['{name}'], params, options);" in resources
        assert re.search(r"\n  " + re.escape(method) + r"\(\s*params\??: \w+,?\s*options\?: RequestOptions,?\s*\): Pager<", dts)
    assert "listPages(params: ConversationsMessagesListParams, options?: RequestOptions): Pager<Message, ListMessagesResult>;" in dts
    assert "listV1Pages(" in dts


def test_a_pager_takes_its_list_methods_parameters_variants_included(built):
    files = backend_js.generate(built)
    dts = files["web/src/generated/api.d.ts"]
    assert "listPages(params?: BotsListParams, options?: RequestOptions): Pager<SimpleBot, ListBotsResult>;" in dts
    entry = re.search(r"  'bots.list.pages': \{\n(.*?)\n  \},", files["web/src/generated/resources.mjs"], re.S).group(1)
    # bots.list_v1's space_id selects the variant, which the core then pages by page_index
    assert "space_id: 1" in entry and "page_index: 1" in entry


def test_paging_items_must_be_an_array_field(built):
    broken = copy.deepcopy(built)
    op = next(o for o in broken["operations"] if o["name"] == "conversations.list")
    op["paging"] = dict(op["paging"], items="has_more")
    with pytest.raises(backend_js.GenError, match="not an array field"):
        backend_js.generate(broken)
