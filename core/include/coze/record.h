// Records: decoded answers as one byte string a host reads lazily.
//
// The layout and the canonical-value rules are in core/api/README.md. In
// short: int32 W, W little-endian int32 words (cells of 3 words: tag, a, b),
// then the text the STRING cells point into. A host keeps the record and
// reads a field only when its user touches it; no host parses JSON again.
//
// Every function here is plain (strings in, a struct out), so SWIG and
// embind carry it as is.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "coze/exec.h"

namespace coze {

enum RecordTag { kNull = 0, kFalse = 1, kTrue = 2, kInt = 3, kFloat = 4, kString = 5, kObject = 6, kArray = 7 };

// A decoded answer: `record` on success, `error` (kind non-empty) otherwise.
struct Decoded {
  std::string record;
  Error error;
};

// The payload `json_text` read as the model `model` (an IR model name,
// e.g. "Chat"). An unknown model name or text that is not JSON is an error
// (invalid_argument, decode). utf16: STRING cells count UTF-16 code units.
Decoded decode_model(const std::string& model, const std::string& json_text, bool utf16 = false);

// A whole non-stream answer of operation `op` (its HTTP status and body),
// decoded as the executor decodes it: the mapped error, or the result
// record (the payload taken from where the operation keeps it).
Decoded decode_response(const std::string& op, int http_status, const std::string& body, bool utf16 = false);

// One stream event of operation `op` (a streaming operation's name) as a
// one-event batch record, or the error it ends the stream with (`error`,
// workflow `Error`, malformed JSON).
Decoded decode_event(const std::string& op, const std::string& type, const std::string& data, bool utf16 = false);

// The canonical view of a record as JSON text (core/api/README.md); "" when
// the bytes are not a record. For tests, logs and the C++ runner.
std::string record_json(const std::string& record);

// The IR's lists, in record order: model names (index = model id) and
// event names (index = event type code).
std::vector<std::string> model_names();
std::vector<std::string> event_names();
// The field names of a model, in record order; empty for an unknown model.
std::vector<std::string> model_fields(const std::string& model);

}  // namespace coze
