// Coze stream events: one SSE event of a Coze stream -> one typed outcome.
#pragma once

#include "api/operations.h"
#include "coze/exec.h"
#include "coze/sse.h"

namespace coze::api {

struct StreamOutcome {
  enum Kind { Deliver, DeliverThenDone, Fail } kind = Deliver;
  Event event;  // Deliver, DeliverThenDone
  Error error;  // Fail (kind, code, message; the executor adds the rest)
};

StreamOutcome decode_stream_event(StreamKind stream, SseEvent&& sse);

}  // namespace coze::api
