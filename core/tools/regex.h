// The JSON Schema `pattern` dialect: a subset of ECMA-262 regular
// expressions, matched in linear time (a Thompson NFA simulated over code
// points; no backtracking, no recursion over the input, no exceptions).
//
// Accepted, with ECMA-262's meaning (as with the `u` flag: the pattern and
// the text are sequences of code points):
//   literals; `.` (any code point but \n \r U+2028 U+2029); `^` `$` (start
//   and end of the text: there is no multiline flag); `\b` `\B` (ASCII word
//   characters); alternation `|`; groups `(...)`, `(?:...)`, `(?<name>...)`;
//   quantifiers `*` `+` `?` `{n}` `{n,}` `{n,m}`, each optionally lazy (`?`);
//   classes `[...]` `[^...]` with ranges, `[]` (matches nothing) and `[^]`
//   (matches anything); `\d` `\D` `\w` `\W` (ASCII) `\s` `\S` (ECMA-262
//   white space and line terminators); escapes `\t` `\n` `\v` `\f` `\r`
//   `\0` `\cX` `\xHH` `\uHHHH` (a surrogate pair of them is one code point)
//   `\u{H...}`, and a backslash before ASCII punctuation (the character itself).
// Rejected (compile() fails and says why): backreferences (`\1`, `\k<n>`),
// lookahead and lookbehind, `\p{...}`, any other escape of a letter or digit
// (`\Z`, `\A`, `\a`, ... mean something else in other dialects), a lone
// `{` `}` `]`, a quantifier with nothing to repeat, `{n,m}` with n > m or a
// count above kMaxRepeat, groups nested deeper than kMaxGroupDepth, and
// programs above kMaxProgram instructions once counted repetitions expand.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace coze::tools {

class Regex {
 public:
  static constexpr int kMaxRepeat = 1000;
  static constexpr int kMaxGroupDepth = 64;
  static constexpr size_t kMaxProgram = 20000;

  // Compiles `pattern` (UTF-8). Returns "" on success, else why it is not
  // accepted (and leaves *this unusable).
  std::string compile(const std::string& pattern);

  // True when the pattern matches somewhere in `text` (UTF-8; an ill-formed
  // byte reads as U+FFFD). Time O(text code points x program size); memory
  // O(program size).
  bool search(const std::string& text) const;

  const std::string& source() const { return source_; }
  size_t program_size() const { return prog_.size(); }

 private:
  enum Op : uint8_t { kChar, kClass, kAny, kSplit, kJmp, kBol, kEol, kWordB, kNotWordB, kMatch };
  struct Inst {
    Op op;
    uint32_t a;  // kChar: the code point; kClass: class index; kSplit/kJmp: target
    uint32_t b;  // kSplit: second target
  };
  friend class RegexCompiler;

  bool class_has(uint32_t cls, uint32_t c) const;

  std::string source_;
  std::vector<Inst> prog_;
  // Sorted, disjoint, inclusive code point ranges per class.
  std::vector<std::vector<std::pair<uint32_t, uint32_t>>> classes_;
  bool anchored_ = false;  // every match starts at offset 0 (a leading ^)
};

}  // namespace coze::tools
