// The generated catalogue (core/api/generated/catalogue.inc, written by
// scripts/generate from core/api/coze.openapi.yaml): every operation, model
// and stream event, as plain tables the core reads. The IR it mirrors is
// described in core/api/README.md.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace coze::api {

enum class TypeKind : uint8_t { String, Id, Integer, Number, Boolean, Any, Model, Array, Map };
enum class ParamIn : uint8_t { Path, Query, Body, File };
enum class BodyKind : uint8_t { None, Json, Multipart };
enum class ResponseKind : uint8_t { Json, Sse, Binary };
enum class StreamKind : uint8_t { None, Chat, Workflow };
enum class ResultFrom : uint8_t { Data, DataData, Message, DocumentInfos, Envelope, None };

struct TypeSpec {
  uint8_t kind;   // TypeKind
  int16_t model;  // Model: index in models()
  int16_t inner;  // Array items / Map values: index in types()
};

struct FieldSpec {
  const char* name;
  int16_t type;
  uint16_t alias_first;  // index in aliases()
  uint8_t alias_count;
};

struct ModelSpec {
  const char* name;
  uint16_t field_first;  // index in fields()
  uint16_t field_count;
};

struct ParamSpec {
  const char* name;
  uint8_t in;  // ParamIn
  bool required;
  int16_t type;
};

struct HeaderSpec {
  const char* name;
  const char* value;
};

struct OpSpec {
  const char* name;
  const char* method;
  const char* path;  // template: /v1/conversations/{conversation_id}
  uint16_t param_first;
  uint16_t param_count;
  uint8_t body;      // BodyKind
  uint8_t response;  // ResponseKind
  uint8_t stream;    // StreamKind
  const char* stream_field;  // body field forced to stream_value, or nullptr
  uint8_t stream_value;
  uint8_t result_from;       // ResultFrom
  const char* json_strings;  // comma-separated envelope fields sent as JSON text
  int16_t result_type;       // index in types(), -1 none
  uint16_t header_first;
  uint16_t header_count;
  const char* variant_of;    // the operation this one stands in for, or nullptr
  const char* variant_when;  // JSON array of conditions
  const char* paging_style;  // page_num, page_index, cursor, page_token, or nullptr
  const char* paging_items;
  const char* paging_total;  // the result field counting all items (total, total_count), or nullptr
  uint8_t auth;  // 1: sends the client's token; 0: the operation authenticates itself (OAuth)
};

struct StreamEventSpec {
  uint8_t stream;  // StreamKind
  const char* name;
  int16_t code;   // index in event_names()
  int16_t model;  // -1: no typed payload
};

const TypeSpec& type_at(int index);
const FieldSpec& field_at(int index);
const char* alias_at(int index);
const ModelSpec& model_at(int index);
size_t model_count();
int find_model(const std::string& name);  // -1 when unknown
const ParamSpec& param_at(int index);
const HeaderSpec& header_at(int index);
const OpSpec& op_at(size_t index);
size_t op_count();
const OpSpec* find_op(const std::string& name);
const char* event_name_at(size_t index);
size_t event_name_count();
int event_code(const std::string& name);  // -1 when unknown
// The event of a stream with this name (exact match first, then, for
// workflow streams, ignoring case); nullptr when unknown.
const StreamEventSpec* find_stream_event(StreamKind stream, const std::string& name);

}  // namespace coze::api
