"""Pages through a conversation's messages (the core follows the cursors).

    COZE_BASE_URL=http://127.0.0.1:PORT COZE_API_TOKEN=pat_x PYTHONPATH=build/native/python \
        python3 examples/python/messages_pages.py [conversation_id]

Without a conversation id, one is made with 5 messages first; pages hold 2 messages.
"""

import os
import sys

from cozecore import Coze, CozeError


def main() -> int:
    coze = Coze(token=os.environ["COZE_API_TOKEN"], base_url=os.environ.get("COZE_BASE_URL", "https://api.coze.com"))
    try:
        if len(sys.argv) > 1:
            conversation_id = sys.argv[1]
        else:
            conversation_id = coze.conversations.create(bot_id="7300000000000000101").id or ""
            for i in range(1, 6):
                coze.conversations.messages.create(
                    conversation_id=conversation_id, role="user", content=f"message {i}", content_type="text"
                )
        with coze.conversations.messages.list_pages(conversation_id=conversation_id, order="asc", limit=2) as pager:
            for number, page in enumerate(pager.pages(), 1):
                print(f"page {number}: {len(page.items)} messages (has_more={page.has_more})")
                for message in page.items:
                    print(f"  {message.role}: {message.content}")
    except CozeError as err:
        print(f"listing failed ({err.kind}): {err}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
