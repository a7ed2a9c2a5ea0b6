// The one SWIG interface shared by Python, Java and Go. It exposes the
// core's plain types as they are; each language's idiomatic package wraps
// them (users never touch these generated types).
//
// Language-specific typemaps live in bindings/<lang>/typemaps.i.
%module cozecore_bridge

%{
#include "coze/coze.h"
#include "coze/tools.h"
%}

%include <stdint.i>
%include <std_string.i>
%include <std_vector.i>

#if defined(SWIGPYTHON)
%include "python/typemaps.i"
#elif defined(SWIGJAVA)
%include "java/typemaps.i"
#elif defined(SWIGGO)
%include "go/typemaps.i"
#endif

// Raw byte chunks in: bytes (Python), byte[] (Java), string (Go).
%apply (char *STRING, size_t LENGTH) { (const char *data, size_t len) };

%ignore coze::Client::state;
%ignore coze::Client::State;
%ignore coze::Call::Flow;
%ignore coze::Call::plain;
%ignore coze::Call::any;
%ignore coze::Call::init_plain;
%ignore coze::UlidFactory::next_bytes;

%include "coze/exec.h"
%include "coze/auth.h"
%include "coze/errors.h"
%include "coze/sse.h"
%include "coze/ulid.h"
%include "coze/record.h"
%include "coze/tools.h"
%include "coze/coze.h"

%template(HeaderVector) std::vector<coze::Header>;
%template(AttemptVector) std::vector<coze::Attempt>;
%template(HookEventVector) std::vector<coze::HookEvent>;
%template(SseEventVector) std::vector<coze::SseEvent>;
%template(StringVector) std::vector<std::string>;
