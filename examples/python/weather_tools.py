"""Streams a chat whose bot calls two local tools, get_weather and get_time.

    COZE_BASE_URL=http://127.0.0.1:PORT COZE_API_TOKEN=pat_x PYTHONPATH=build/native/python \
        python3 examples/python/weather_tools.py [bot_id] [question]

Against tests/fake_coze/server.py the bot `tools` asks for get_weather {"city": "Paris"} and
get_time {"tz": "Europe/Paris"}, then answers with the outputs it got.
"""

import os
import sys
from datetime import datetime
from typing import Any, Dict, Literal

from cozecore import Coze, CozeError, tool


@tool
def get_weather(city: str, unit: Literal["celsius", "fahrenheit"] = "celsius") -> Dict[str, Any]:
    """The current weather in a city."""
    celsius = 21  # a real tool would ask a weather service
    temperature = celsius if unit == "celsius" else round(celsius * 9 / 5 + 32)
    return {"city": city, "temperature": temperature, "unit": unit, "sky": "clear"}


@tool
def get_time(tz: str) -> str:
    """The current time in an IANA time zone, such as Europe/Paris."""
    from zoneinfo import ZoneInfo  # Python 3.9+; an unknown zone raises: the bot gets {"error": ...}

    return datetime.now(ZoneInfo(tz)).strftime("%H:%M")


def main() -> int:
    bot_id = sys.argv[1] if len(sys.argv) > 1 else "tools"
    question = sys.argv[2] if len(sys.argv) > 2 else "What is the weather in Paris, and what time is it there?"
    coze = Coze(token=os.environ["COZE_API_TOKEN"], base_url=os.environ.get("COZE_BASE_URL", "https://api.coze.com"))
    with coze.chat.run_tools(
        bot_id=bot_id,
        user_id="example-user",
        additional_messages=[{"role": "user", "content": question, "content_type": "text"}],
        tools=[get_weather, get_time],
        tool_timeout=10,
    ) as events:
        for event in events:
            if event.type == "conversation.chat.requires_action":
                calls = event.required_action.submit_tool_outputs.tool_calls
                print("[running " + ", ".join(f"{c.function.name}({c.function.arguments})" for c in calls) + "]")
            elif event.type == "conversation.message.delta":
                print(event.content, end="", flush=True)
            elif event.type == "conversation.chat.completed":
                print("\n[done]")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except CozeError as err:
        print(f"\nchat failed ({err.kind}): {err}", file=sys.stderr)
        sys.exit(1)
