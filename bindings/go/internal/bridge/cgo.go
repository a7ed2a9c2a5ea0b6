// Package bridge is the SWIG-generated binding of the C++ core
// (cozecore_bridge.go and cozecore_bridge_wrap.cxx, written by
// `scripts/targets/go bridge` from bindings/cozecore.i and committed), plus
// the core itself: cgo compiles the core's sources through the unity files
// core_*.cpp, so a plain `go build` needs only a C++17 compiler and
// nlohmann/json.hpp (Debian: nlohmann-json3-dev) on the include path. Only
// the idiomatic packages of this module use it.
package bridge

// The flags: C++17, NDEBUG as in the CMake release builds (nlohmann/json's
// assertions off; cgo's default CXXFLAGS give -O2 -g), the core's include
// path (core/ for its private headers, core/include/ for the public ones).

// #cgo CXXFLAGS: -std=c++17 -DNDEBUG -I${SRCDIR}/../../../../core -I${SRCDIR}/../../../../core/include
// #cgo LDFLAGS: -lm
import "C"
