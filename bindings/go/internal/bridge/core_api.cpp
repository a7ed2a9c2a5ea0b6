// Unity files: cgo compiles the core's sources itself, so `go build` needs
// no CMake step and no prebuilt archive. core_api.cpp includes the sources
// of core/api/, core_runtime.cpp the rest (two files, which Go compiles in
// parallel); together they include every source of the cozecore library in
// core/CMakeLists.txt exactly once, as core_sources_test.go checks: a source
// added there is one #include line in one of them. The include path (core/,
// core/include/) is set in cgo.go; nlohmann/json.hpp comes from the system
// include path (Debian: nlohmann-json3-dev).
// In one translation unit GCC takes the included sources for headers and
// warns about their classes that hold a type of an anonymous namespace
// (EventCursor::State, Call::Impl): harmless, each such class is used by its
// own source only.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wsubobject-linkage"
#endif
#include "api/catalogue.cpp"
#include "api/event_json.cpp"
#include "api/operations.cpp"
#include "api/record.cpp"
#include "api/record_view.cpp"
#include "api/stream_decoder.cpp"
#include "api/typed_client.cpp"
