// Canonical decoding: JSON text -> a record (core/api/README.md).
//
// Theory of operation: nlohmann's SAX parser (strict RFC 8259, UTF-8
// checked) builds a small tree that keeps every number's exact text; the
// tree is then written into the record by the catalogue's type of the place
// it sits in (a model's field, an array's item, a map's value, or `any`).
// Nodes are written after their children, so a node's size (its unknown
// keys included) is known when it is written.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "api/catalogue.h"

namespace coze::api {

namespace scan {
class Scanner;
}

// A parsed JSON value that remembers how numbers were written.
struct JsonNode {
  enum Kind : uint8_t { Null, False, True, Integer, Unsigned, Float, String, Object, Array } kind = Null;
  int64_t i = 0;       // Integer
  uint64_t u = 0;      // Unsigned (above INT64_MAX)
  double d = 0;        // Float
  std::string text;    // String: the value; Float: the number as written
  std::vector<std::pair<std::string, JsonNode>> members;  // Object, in order (repeats kept)
  std::vector<JsonNode> items;                             // Array

  const JsonNode* find(const char* key) const;  // the last member named key
};

// Parses one JSON text; false (and `out` unspecified) when it is not valid JSON.
bool parse_json(const char* p, size_t n, JsonNode& out);
inline bool parse_json(const std::string& s, JsonNode& out) { return parse_json(s.data(), s.size(), out); }

// The value as compact JSON text (numbers as written).
std::string to_json_text(const JsonNode& node);

class RecordWriter {
 public:
  explicit RecordWriter(bool utf16) : utf16_(utf16) { words_.resize(3, 0); }
  // Empties the writer for another record, keeping its buffers' capacity.
  void reset(bool utf16) {
    utf16_ = utf16;
    words_.assign(3, 0);
    text_.clear();
    units_ = 0;
  }

  // Cells are named by their word index (words move as the record grows);
  // word 0 is the root cell.
  // Writes `value` read as catalogue type `type` (-1: any) into the cell.
  void write(const JsonNode& value, int type, size_t cell);
  // Whether `value` can be read as catalogue type `type` at all.
  bool readable(const JsonNode& value, int type) {
    bool ok = true;
    value_cell(value, type, &ok);
    return ok;
  }
  // Writes `value` read as model `model` (-1: any) into the cell.
  void write_model(const JsonNode& value, int model, size_t cell);
  // The same from JSON text: one pass straight into the record for the
  // common shapes, else through a JsonNode tree (the reference). False, with
  // nothing written, when the text is not JSON.
  bool write_model_text(const char* p, size_t n, int model, size_t cell);
  // Makes the root an array of `n` cells; returns the first one's word index.
  size_t root_array(size_t n);
  // The root array keeps only its first `n` cells (the rest are dropped).
  void truncate_root_array(size_t n) { words_[2] = static_cast<int32_t>(n); }
  // Appends an array node of `n` NULL cells and points `cell` at it; returns
  // the first item's word index.
  size_t array_at(size_t cell, size_t n);
  void string_cell(size_t cell, const char* p, size_t n);
  void int_cell(size_t cell, int64_t v);
  std::string finish() const;

 private:
  struct Cell {
    int32_t tag = 0, a = 0, b = 0;
  };
  static Cell int_cell_of(int64_t v);
  static Cell float_cell_of(double d);
  Cell value_cell(const JsonNode& v, int type, bool* readable);
  Cell any_cell(const JsonNode& v);
  Cell model_cell(const JsonNode& v, int model);
  Cell string_of(const char* p, size_t n);
  size_t append_node(const std::vector<Cell>& cells, int32_t head0, int32_t head1, bool with_head);
  Cell string_since(size_t start);  // the text appended since byte `start`
  // The fast path: false means "not sure", and the caller starts over.
  bool fast_value(scan::Scanner& s, int type, Cell& out, int depth);
  bool fast_model(scan::Scanner& s, int model, Cell& out, int depth);
  bool fast_any(scan::Scanner& s, Cell& out, int depth);

  bool utf16_;
  std::vector<int32_t> words_;
  std::string text_;
  size_t units_ = 0;  // UTF-16 code units in text_
};

// Appends one stream event to an event batch: `cell` becomes the event's
// ARRAY [INT type code, STRING name, payload, STRING id]. `data` is the
// event's JSON text as the stream decoder delivers it.
// False, with the event's cell left unusable, when the event has a typed
// payload (a model) and `data` is not JSON: the stream then fails `decode`.
bool write_event(RecordWriter& w, size_t cell, StreamKind stream, const std::string& type,
                 const std::string& data, const std::string& id);
// The same for an event a flow makes (a page of a list, a chat's final
// state): its payload is read as `model` (-1: plain JSON); code -1.
bool write_flow_event(RecordWriter& w, size_t cell, const std::string& type, const std::string& data, int model,
                      const std::string& id);

// The canonical view of a record as JSON (core/api/README.md): models as
// their non-null known fields plus "$extra"; `plain`: unknown keys merged
// back in beside the known fields (the shape of a call's `result`). ""
// when the bytes are not a record.
std::string record_to_json(const std::string& record, bool plain, bool utf16 = false);

}  // namespace coze::api
