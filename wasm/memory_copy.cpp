// memcpy and memmove as WebAssembly's `memory.copy` instruction.
//
// Emscripten 3.1.6's libc copies 4 bytes per loop iteration below 512 bytes
// and calls out to JavaScript above; the core's hot paths (std::string
// appends of event data, ~300 bytes each) spent much of their time there.
// This file alone is compiled with -mbulk-memory (see CMakeLists.txt), so
// __builtin_memcpy / __builtin_memmove become one `memory.copy` (which has
// memmove semantics) instead of a call back into these functions. Being
// object files of the link, these definitions take the place of libc's.
#include <cstddef>

#if !defined(__wasm_bulk_memory__)
#error "memory_copy.cpp must be compiled with -mbulk-memory"
#endif

extern "C" {

void* memcpy(void* __restrict dest, const void* __restrict src, size_t n) {
  __builtin_memcpy(dest, src, n);
  return dest;
}

void* memmove(void* dest, const void* src, size_t n) {
  __builtin_memmove(dest, src, n);
  return dest;
}

}  // extern "C"
