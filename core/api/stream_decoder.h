// Coze stream events: one SSE event of a Coze stream -> one typed outcome.
//
// Chat streams (chat.stream, chat.submit_tool_outputs.stream,
// workflows.chat.stream):
//   conversation.*  delivered; a payload that is not JSON fails with `decode`
//                   (this covers conversation.audio.delta, base64 audio in a
//                   Message object)
//   done            delivered as `done` ({} or {debug_url}), then DONE
//   error           FAIL `stream` with the event's code and msg
//   anything else   delivered as sent (payload JSON, or the text as a JSON string)
//
// Workflow streams (workflows.runs.stream, workflows.runs.resume): names
// match case-insensitively (self-hosted Coze Studio sends lower case) and
// are reported in the API's spelling:
//   Message, Interrupt  delivered; a payload that is not JSON fails with `decode`
//   Done                delivered ({} or {debug_url}), then DONE
//   Error               FAIL `stream`, code = error_code, message = error_message
//   PING                delivered (a keep-alive a user may want to see; the
//                       payload is {} when empty)
//   anything else       delivered as sent, never an error
#pragma once

#include "api/operations.h"
#include "coze/exec.h"
#include "coze/sse.h"

namespace coze::api {

struct StreamOutcome {
  enum Kind { Deliver, DeliverThenDone, Fail } kind = Deliver;
  Event event;  // Deliver, DeliverThenDone
  Error error;  // Fail (kind, code, message, body; the executor adds status, log id, attempts)
};

// validate = false skips the JSON check of the typed events' payloads
// (conversation.*, Message, Interrupt) for a caller that parses them next
// anyway and fails the stream itself when they are not JSON (the executor's
// batched path: Call::take_events).
StreamOutcome decode_stream_event(StreamKind stream, SseEvent&& sse, bool validate = true);

}  // namespace coze::api
