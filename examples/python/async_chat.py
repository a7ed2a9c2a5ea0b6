"""Streams a chat answer with AsyncCoze (asyncio), then stops a second one early.

    COZE_BASE_URL=http://127.0.0.1:PORT COZE_API_TOKEN=pat_x PYTHONPATH=build/native/python \
        python3 examples/python/async_chat.py [bot_id] [question]

Against tests/fake_coze/server.py the seed bot 7300000000000000101 echoes the question.
AsyncCoze needs httpx (pip install httpx).
"""

import asyncio
import os
import sys
from typing import List

from cozecore import AsyncCoze, CozeError, EnterMessageParam


async def main() -> int:
    bot_id = sys.argv[1] if len(sys.argv) > 1 else "7300000000000000101"
    question = sys.argv[2] if len(sys.argv) > 2 else "Hello from cozecore"
    messages: List[EnterMessageParam] = [{"role": "user", "content": question, "content_type": "text"}]
    base_url = os.environ.get("COZE_BASE_URL", "https://api.coze.com")
    async with AsyncCoze(token=os.environ["COZE_API_TOKEN"], base_url=base_url) as coze:
        async with coze.chat.stream(bot_id=bot_id, user_id="example-user", additional_messages=messages) as events:
            async for event in events:
                if event.type == "conversation.message.delta":
                    print(event.content, end="", flush=True)
                elif event.type == "conversation.chat.completed":
                    print(f"\n[done: {event.usage.token_count if event.usage else '?'} tokens]")

        # Leaving the loop early cancels the call and closes its response.
        deltas = 0
        async for event in coze.chat.stream(bot_id=bot_id, user_id="example-user", additional_messages=messages):
            if event.type == "conversation.message.delta":
                deltas += 1
                if deltas == 3:
                    break
        print(f"[stopped after {deltas} deltas]")

        # A task cancelled mid-call: the call is cancelled with it.
        task = asyncio.create_task(
            coze.chat.create_and_poll(bot_id=bot_id, user_id="example-user", additional_messages=messages)
        )
        await asyncio.sleep(0.05)
        task.cancel()
        try:
            await task
        except asyncio.CancelledError:
            print("[poll cancelled]")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(asyncio.run(main()))
    except CozeError as err:
        print(f"\nchat failed ({err.kind}): {err}", file=sys.stderr)
        sys.exit(1)
