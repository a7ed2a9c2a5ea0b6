// The package's driver loop (web/src/driver.mjs) over coze::Call, through
// plain exported functions for its hot part: feeding body chunks, stepping,
// taking event batches and results as records. No embind on that path: a
// call is a number (the address of a FastCall), a chunk is copied by JS into
// the call's input buffer in wasm memory (HEAPU8.set) and fed with one call,
// and a record is left in the call's output, whose address and length JS
// reads from two words (`io`) and decodes straight out of wasm memory.
//
// The less frequent parts (creating the call, the SEND request, the response
// head, transport errors, errors, hooks, binary answers) stay on embind, in
// bindings.cpp, which reaches the call through coze_call_of().
#include "call_fast.h"

#include <emscripten/emscripten.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <utility>

namespace {

// Input buffers past this many bytes are released once fed.
constexpr size_t kKeepInput = 1 << 20;

int32_t address(const void* p) { return static_cast<int32_t>(reinterpret_cast<uintptr_t>(p)); }

FastCall* from(int32_t handle) { return reinterpret_cast<FastCall*>(static_cast<uintptr_t>(handle)); }

int64_t to_ms(double v) {
  if (!(v == v)) return 0;
  if (v >= 9.2e18) return INT64_MAX;
  if (v <= -9.2e18) return INT64_MIN;
  return static_cast<int64_t>(v);
}

// Keeps `record` as the call's output; returns its length. Records are read
// as int32 words, so the bytes must start on a 4-byte boundary: a heap
// string's buffer does (malloc aligns to 8); anything else is copied.
int32_t keep(FastCall* c, std::string record) {
  c->out = std::move(record);
  const char* at = c->out.data();
  if (reinterpret_cast<uintptr_t>(at) % 4 != 0) {
    c->aligned.assign(c->out.size() / 4 + 1, 0);
    std::memcpy(c->aligned.data(), at, c->out.size());
    at = reinterpret_cast<const char*>(c->aligned.data());
  }
  c->io[0] = address(at);
  c->io[1] = static_cast<int32_t>(c->out.size());
  return c->io[1];
}

}  // namespace

FastCall::FastCall(const coze::Client& client, const std::string& op, const std::string& params,
                   const coze::CallOptions& options)
    : call(client, op, params, options) {}

FastCall::~FastCall() { std::free(input); }

coze::Call& coze_call_of(uintptr_t handle) { return reinterpret_cast<FastCall*>(handle)->call; }

extern "C" {

EMSCRIPTEN_KEEPALIVE void coze_call_delete(int32_t handle) { delete from(handle); }

// The address of the call's two io words: the last output's address and length.
EMSCRIPTEN_KEEPALIVE int32_t coze_call_io(int32_t handle) { return address(from(handle)->io); }

// The next action's kind (coze::ActionKind as an int).
EMSCRIPTEN_KEEPALIVE int32_t coze_call_step(int32_t handle, double now_ms) {
  return from(handle)->call.step(to_ms(now_ms));
}

EMSCRIPTEN_KEEPALIVE double coze_call_wake_at(int32_t handle) {
  return static_cast<double>(from(handle)->call.wake_at_ms());
}

EMSCRIPTEN_KEEPALIVE double coze_call_delay(int32_t handle) {
  return static_cast<double>(from(handle)->call.delay_ms());
}

// Room for `len` input bytes; returns where JS copies them (0: out of memory).
EMSCRIPTEN_KEEPALIVE int32_t coze_call_input(int32_t handle, int32_t len) {
  FastCall* c = from(handle);
  size_t want = static_cast<size_t>(len < 1 ? 1 : len);
  if (want > c->input_cap) {
    void* p = std::realloc(c->input, want);
    if (!p) return 0;
    c->input = static_cast<char*>(p);
    c->input_cap = want;
  }
  return address(c->input);
}

// Feeds the first `len` bytes of the input buffer as the next body chunk.
EMSCRIPTEN_KEEPALIVE void coze_call_feed(int32_t handle, int32_t len) {
  FastCall* c = from(handle);
  size_t n = static_cast<size_t>(len < 0 ? 0 : len);
  if (n > c->input_cap) n = c->input_cap;
  if (n > 0) c->call.on_body(c->input, n);
  if (c->input_cap > kKeepInput) {
    std::free(c->input);
    c->input = nullptr;
    c->input_cap = 0;
  }
}

EMSCRIPTEN_KEEPALIVE void coze_call_end(int32_t handle) { from(handle)->call.on_end(); }

EMSCRIPTEN_KEEPALIVE void coze_call_cancel(int32_t handle) { from(handle)->call.cancel(); }

EMSCRIPTEN_KEEPALIVE int32_t coze_call_finished(int32_t handle) { return from(handle)->call.finished() ? 1 : 0; }

// After EVENT: the batch of events as a record for JavaScript (UTF-16
// string offsets), left in the output; returns its length.
EMSCRIPTEN_KEEPALIVE int32_t coze_call_take_events(int32_t handle) {
  FastCall* c = from(handle);
  return keep(c, c->call.take_events(true));
}

// After DONE: the result as a record for JavaScript, left in the output;
// returns its length.
EMSCRIPTEN_KEEPALIVE int32_t coze_call_result_record(int32_t handle) {
  FastCall* c = from(handle);
  return keep(c, c->call.result_record(true));
}

EMSCRIPTEN_KEEPALIVE int32_t coze_call_events_taken(int32_t handle) { return from(handle)->call.events_taken(); }

}  // extern "C"
