// Go-only typemaps for bindings/cozecore.i.

// Raw byte chunks (HTTP body chunks, SSE input) cross as []byte, not string:
// no copy on the Go side, and no UTF-8 assumption. cozecore.i %applies this
// pair to every (const char *data, size_t len) parameter. cgo allows passing
// a []byte to C for the duration of the call; the core copies what it keeps.
%typemap(gotype) (char *STRING, size_t LENGTH) "[]byte"
%typemap(in) (char *STRING, size_t LENGTH)
%{
  $1 = ($1_ltype)$input.array;
  $2 = ($2_ltype)$input.len;
%}

// `type` is a Go keyword: SWIG would call the accessors GetXtype/SetXtype.
%rename(Type) coze::Event::type;
%rename(Type) coze::SseEvent::type;

// A C++ exception must not cross into Go (it would abort the process): it
// becomes a Go panic, raised after the catch block has finished.
%exception {
  const char *coze_panic = 0;
  try {
    $action
  } catch (const std::exception &e) {
    static thread_local char coze_panic_text[256];
    snprintf(coze_panic_text, sizeof coze_panic_text, "cozecore: C++ exception: %s", e.what());
    coze_panic = coze_panic_text;
  } catch (...) {
    coze_panic = "cozecore: C++ exception";
  }
  if (coze_panic) _swig_gopanic(coze_panic);
}

%{
#include <cstdio>
#include <exception>
%}

// The Go driver's hot path: one cgo crossing per body chunk. coze_go_drive
// feeds the chunk (if any), steps the call and reads the part of the action
// the driver needs next, all in one call: the result is the action kind in
// its first byte, then for EVENT the batch record (take_events), for BYTES
// the bytes of a binary answer ready so far (take_bytes), for WAIT
// wake_at_ms and for SLEEP delay_ms (8 bytes each, little-endian). Other
// kinds are read with the Call accessors. A stream thus costs one crossing
// for each chunk and its events, plus one for the WAIT that follows them.
%apply (char *STRING, size_t LENGTH) { (const char *chunk, size_t chunk_len) };
%inline %{
std::string coze_go_drive(coze::Call &call, const char *chunk, size_t chunk_len, int64_t now_ms) {
  if (chunk_len > 0) call.on_body(chunk, chunk_len);
  const int kind = call.step(now_ms);
  std::string out(1, static_cast<char>(kind));
  int64_t value = 0;
  switch (static_cast<coze::ActionKind>(kind)) {
    case coze::ActionKind::Event:
      out += call.take_events(false);
      return out;
    case coze::ActionKind::Wait:
      value = call.wake_at_ms();
      break;
    case coze::ActionKind::Sleep:
      value = call.delay_ms();
      break;
    case coze::ActionKind::Bytes:
      out += call.take_bytes();
      return out;
    default:
      return out;
  }
  for (int i = 0; i < 8; i++) out.push_back(static_cast<char>((static_cast<uint64_t>(value) >> (8 * i)) & 0xff));
  return out;
}
%}

// The upload sources of a request (HttpRequest::sources), without a SWIG
// vector type: for each, offset and size (8 bytes each, little-endian, size
// -1 when unknown), the id's length (4 bytes) and the id.
%inline %{
std::string coze_go_sources(const coze::HttpRequest &request) {
  std::string out;
  auto put = [&out](uint64_t v, int n) {
    for (int i = 0; i < n; i++) out.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
  };
  for (const coze::BodySource &s : request.sources) {
    put(static_cast<uint64_t>(s.offset), 8);
    put(static_cast<uint64_t>(s.size), 8);
    put(static_cast<uint64_t>(s.id.size()), 4);
    out += s.id;
  }
  return out;
}
%}
