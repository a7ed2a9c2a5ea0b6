// Package bridge is the SWIG-generated binding of the C++ core. Its sources
// (cozecore_bridge.go, cozecore_bridge_wrap.cxx) and libcozecore.a are put
// here by `scripts/targets/go build`; only the idiomatic packages of this
// module use it.
package bridge

// #cgo CXXFLAGS: -std=c++17 -I${SRCDIR}/../../../../core/include
// #cgo LDFLAGS: -L${SRCDIR} -lcozecore -lstdc++ -lm
import "C"
