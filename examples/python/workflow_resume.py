"""Streams a workflow that stops to ask a question (Interrupt), then resumes it with an answer.

    COZE_BASE_URL=http://127.0.0.1:PORT COZE_API_TOKEN=pat_x PYTHONPATH=build/native/python \
        python3 examples/python/workflow_resume.py [workflow_id] [answer]

Against tests/fake_coze/server.py the seed workflow 7300000000000000202 (ask_city) asks "Which city?".
"""

import os
import sys

from typing import Optional

from cozecore import Coze, CozeError, EventStream, StreamEvent


def run(events: EventStream) -> Optional[StreamEvent]:
    """Prints a run's events; returns its Interrupt event, or None when it ended."""
    interrupt: Optional[StreamEvent] = None
    with events:
        for event in events:
            if event.type == "Message":
                print(f"[{event.node_title}] {event.content}")
            elif event.type == "Interrupt":
                interrupt = event
            elif event.type == "Error":
                print(f"workflow error {event.error_code}: {event.error_message}", file=sys.stderr)
    return interrupt


def main() -> int:
    workflow_id = sys.argv[1] if len(sys.argv) > 1 else "7300000000000000202"
    answer = sys.argv[2] if len(sys.argv) > 2 else "Paris"
    coze = Coze(token=os.environ["COZE_API_TOKEN"], base_url=os.environ.get("COZE_BASE_URL", "https://api.coze.com"))
    try:
        interrupt = run(coze.workflows.runs.stream(workflow_id=workflow_id, parameters={"input": "hello"}))
        while interrupt is not None:
            data = interrupt.interrupt_data
            print(f"interrupted at {interrupt.node_title}: {data.data}; answering {answer!r}")
            interrupt = run(
                coze.workflows.runs.resume(
                    workflow_id=workflow_id, event_id=data.event_id, resume_data=answer, interrupt_type=data.type
                )
            )
    except CozeError as err:
        print(f"workflow failed ({err.kind}): {err}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
