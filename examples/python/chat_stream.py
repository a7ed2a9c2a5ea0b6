"""Streams a chat answer token by token.

    COZE_BASE_URL=http://127.0.0.1:PORT COZE_API_TOKEN=pat_x PYTHONPATH=build/native/python \
        python3 examples/python/chat_stream.py [bot_id] [question]

Against tests/fake_coze/server.py the seed bot 7300000000000000101 echoes the question.
"""

import os
import sys

from cozecore import Coze, CozeError


def main() -> int:
    bot_id = sys.argv[1] if len(sys.argv) > 1 else "7300000000000000101"
    question = sys.argv[2] if len(sys.argv) > 2 else "Hello from cozecore"
    coze = Coze(token=os.environ["COZE_API_TOKEN"], base_url=os.environ.get("COZE_BASE_URL", "https://api.coze.com"))
    with coze.chat.stream(
        bot_id=bot_id,
        user_id="example-user",
        additional_messages=[{"role": "user", "content": question, "content_type": "text"}],
    ) as events:
        for event in events:
            if event.type == "conversation.message.delta":
                print(event.content, end="", flush=True)
            elif event.type == "conversation.chat.completed":
                usage = event.usage
                print(f"\n[done: {usage.token_count if usage else '?'} tokens]")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except CozeError as err:
        print(f"\nchat failed ({err.kind}): {err}", file=sys.stderr)
        sys.exit(1)
