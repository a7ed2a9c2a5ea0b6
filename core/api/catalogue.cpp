#include "api/catalogue.h"

#include <cstring>

namespace coze::api {
namespace {

#include "api/generated/catalogue.inc"

bool iequal(const char* a, const std::string& b) {
  size_t n = std::strlen(a);
  if (n != b.size()) return false;
  for (size_t i = 0; i < n; ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

}  // namespace

const TypeSpec& type_at(int index) { return kTypes[index]; }
const FieldSpec& field_at(int index) { return kFields[index]; }
const char* alias_at(int index) { return kAliases[index]; }
const ModelSpec& model_at(int index) { return kModels[index]; }
size_t model_count() { return kModelCount; }
const ParamSpec& param_at(int index) { return kParams[index]; }
const HeaderSpec& header_at(int index) { return kHeaders[index]; }
const OpSpec& op_at(size_t index) { return kOps[index]; }
size_t op_count() { return kOpCount; }
const char* event_name_at(size_t index) { return kEventNames[index]; }
size_t event_name_count() { return kEventNameCount; }

int find_model(const std::string& name) {
  for (size_t i = 0; i < kModelCount; ++i) {
    if (name == kModels[i].name) return static_cast<int>(i);
  }
  return -1;
}

const OpSpec* find_op(const std::string& name) {
  for (size_t i = 0; i < kOpCount; ++i) {
    if (name == kOps[i].name) return &kOps[i];
  }
  return nullptr;
}

int event_code(const std::string& name) {
  for (size_t i = 0; i < kEventNameCount; ++i) {
    if (name == kEventNames[i]) return static_cast<int>(i);
  }
  return -1;
}

const StreamEventSpec* find_stream_event(StreamKind stream, const std::string& name) {
  for (size_t i = 0; i < kStreamEventCount; ++i) {
    const StreamEventSpec& e = kStreamEvents[i];
    if (e.stream == static_cast<uint8_t>(stream) && name == e.name) return &e;
  }
  if (stream != StreamKind::Workflow) return nullptr;
  for (size_t i = 0; i < kStreamEventCount; ++i) {
    const StreamEventSpec& e = kStreamEvents[i];
    if (e.stream == static_cast<uint8_t>(stream) && iequal(e.name, name)) return &e;
  }
  return nullptr;
}

}  // namespace coze::api
