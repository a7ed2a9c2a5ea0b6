// Unity file: the core's sources outside core/api/ (see core_api.cpp).
// COZE_VERSION is the project's version (project(cozecore VERSION ...) in
// CMakeLists.txt; core_sources_test.go checks it).
#define COZE_VERSION "0.1.0"
// See core_api.cpp.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wsubobject-linkage"
#endif
#include "version.cpp"
#include "auth/crypto.cpp"
#include "auth/oauth.cpp"
#include "errors/answer.cpp"
#include "errors/errors.cpp"
#include "errors/exceptions.cpp"
#include "exec/call.cpp"
#include "exec/client.cpp"
#include "exec/flow.cpp"
#include "http/url.cpp"
#include "resilience/resilience.cpp"
#include "sse/sse_parser.cpp"
#include "sse/utf8.cpp"
#include "tools/regex.cpp"
#include "tools/schema.cpp"
#include "ulid/ulid.cpp"
