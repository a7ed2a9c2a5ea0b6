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
