// UTF-8 repair per the WHATWG Encoding standard's decoder: each maximal
// ill-formed subpart becomes one U+FFFD.
#pragma once

#include <cstddef>
#include <string>

namespace coze::sse {

// True when [p, p+n) is well-formed UTF-8 (fast path: nothing to repair).
bool utf8_valid(const char* p, size_t n);
// Appends [p, p+n) to out with every ill-formed subpart replaced by U+FFFD.
void utf8_append_repaired(std::string& out, const char* p, size_t n);

}  // namespace coze::sse
