// The JSON Schema `pattern` dialect (see regex.h): a recursive-descent
// parser of the ECMA-262 subset into a small tree, compiled to a Thompson
// NFA program, and a search that runs every thread in lockstep over the
// text's code points.
#include "tools/regex.h"

#include <algorithm>
#include <limits>

#include "sse/utf8.h"

namespace coze::tools {

namespace {

constexpr uint32_t kNone = std::numeric_limits<uint32_t>::max();  // no code point (text edge)
constexpr uint32_t kMaxCodePoint = 0x10FFFF;

using Ranges = std::vector<std::pair<uint32_t, uint32_t>>;

// The code point at p[i] (ill-formed UTF-8 reads as U+FFFD); advances i.
uint32_t next_code_point(const unsigned char* p, size_t n, size_t& i) {
  unsigned c = p[i];
  if (c < 0x80) {
    ++i;
    return c;
  }
  int len = sse::utf8_step(p + i, n - i);
  if (len < 0) {
    i += static_cast<size_t>(-len);
    return 0xFFFD;
  }
  uint32_t cp;
  if (len == 2) {
    cp = (c & 0x1Fu) << 6 | (p[i + 1] & 0x3Fu);
  } else if (len == 3) {
    cp = (c & 0x0Fu) << 12 | (p[i + 1] & 0x3Fu) << 6 | (p[i + 2] & 0x3Fu);
  } else {
    cp = (c & 0x07u) << 18 | (p[i + 1] & 0x3Fu) << 12 | (p[i + 2] & 0x3Fu) << 6 | (p[i + 3] & 0x3Fu);
  }
  i += static_cast<size_t>(len);
  return cp;
}

bool is_word(uint32_t c) {
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
}

bool is_line_terminator(uint32_t c) { return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029; }

bool is_digit(uint32_t c) { return c >= '0' && c <= '9'; }

int hex_value(uint32_t c) {
  if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
  if (c >= 'a' && c <= 'f') return static_cast<int>(c - 'a' + 10);
  if (c >= 'A' && c <= 'F') return static_cast<int>(c - 'A' + 10);
  return -1;
}

bool is_ascii_punctuation(uint32_t c) {
  return (c >= 0x21 && c <= 0x2F) || (c >= 0x3A && c <= 0x40) || (c >= 0x5B && c <= 0x60) || (c >= 0x7B && c <= 0x7E);
}

void normalize(Ranges& r) {
  std::sort(r.begin(), r.end());
  Ranges out;
  for (const auto& x : r) {
    if (!out.empty() && x.first <= out.back().second + 1) {
      out.back().second = std::max(out.back().second, x.second);
    } else {
      out.push_back(x);
    }
  }
  r.swap(out);
}

Ranges complement(const Ranges& r) {  // r normalized
  Ranges out;
  uint32_t from = 0;
  for (const auto& x : r) {
    if (x.first > from) out.push_back({from, x.first - 1});
    from = x.second + 1;
  }
  if (from <= kMaxCodePoint) out.push_back({from, kMaxCodePoint});
  return out;
}

// \d \w \s and their complements.
Ranges class_escape_set(uint32_t e) {
  Ranges r;
  switch (e) {
    case 'd':
    case 'D':
      r = {{'0', '9'}};
      break;
    case 'w':
    case 'W':
      r = {{'0', '9'}, {'A', 'Z'}, {'_', '_'}, {'a', 'z'}};
      break;
    default:  // s, S: ECMA-262 WhiteSpace and LineTerminator
      r = {{0x09, 0x0D},     {0x20, 0x20},     {0xA0, 0xA0},     {0x1680, 0x1680}, {0x2000, 0x200A},
           {0x2028, 0x2029}, {0x202F, 0x202F}, {0x205F, 0x205F}, {0x3000, 0x3000}, {0xFEFF, 0xFEFF}};
      break;
  }
  normalize(r);
  if (e == 'D' || e == 'W' || e == 'S') r = complement(r);
  return r;
}

bool is_class_escape(uint32_t e) { return e == 'd' || e == 'D' || e == 'w' || e == 'W' || e == 's' || e == 'S'; }

std::string show_code_point(uint32_t c) {
  if (c >= 0x20 && c < 0x7F) return std::string(1, static_cast<char>(c));
  static const char digits[] = "0123456789ABCDEF";
  std::string s = "U+";
  for (int shift = c > 0xFFFF ? 20 : 12; shift >= 0; shift -= 4) s.push_back(digits[(c >> shift) & 15]);
  return s;
}

}  // namespace

class RegexCompiler {
 public:
  RegexCompiler(Regex& re, std::vector<uint32_t> pattern) : re_(re), p_(std::move(pattern)) {}

  std::string run() {
    int root = disjunction();
    if (root >= 0 && i_ < p_.size()) root = fail("unmatched ')'");
    if (root < 0) return err_;
    re_.anchored_ = anchored(root);
    if (!emit(root)) return err_;
    push(Regex::kMatch);
    if (!err_.empty()) return err_;
    return "";
  }

 private:
  struct Node {
    enum Kind { kEmpty, kChar, kClass, kAny, kBol, kEol, kWordB, kNotWordB, kConcat, kAlt, kRepeat } kind;
    uint32_t value = 0;    // kChar: code point; kClass: class index
    int min = 0, max = 0;  // kRepeat; max -1: unbounded
    std::vector<int> kids;
  };

  int add(Node::Kind kind, uint32_t value = 0) {
    nodes_.push_back(Node{kind, value, 0, 0, {}});
    return static_cast<int>(nodes_.size() - 1);
  }

  int add_class(Ranges r, bool negate) {
    normalize(r);
    if (negate) r = complement(r);
    re_.classes_.push_back(std::move(r));
    return add(Node::kClass, static_cast<uint32_t>(re_.classes_.size() - 1));
  }

  int fail(const std::string& why) {
    if (err_.empty()) err_ = why + " (at character " + std::to_string(i_) + ")";
    return -1;
  }

  uint32_t peek(size_t k = 0) const { return i_ + k < p_.size() ? p_[i_ + k] : kNone; }

  int disjunction() {
    std::vector<int> alts;
    for (;;) {
      int a = alternative();
      if (a < 0) return -1;
      alts.push_back(a);
      if (peek() != '|') break;
      ++i_;
    }
    if (alts.size() == 1) return alts[0];
    int n = add(Node::kAlt);
    nodes_[static_cast<size_t>(n)].kids = std::move(alts);
    return n;
  }

  int alternative() {
    std::vector<int> terms;
    while (i_ < p_.size() && peek() != '|' && peek() != ')') {
      int t = term();
      if (t < 0) return -1;
      terms.push_back(t);
    }
    if (terms.empty()) return add(Node::kEmpty);
    if (terms.size() == 1) return terms[0];
    int n = add(Node::kConcat);
    nodes_[static_cast<size_t>(n)].kids = std::move(terms);
    return n;
  }

  // A quantifier at i_: sets min/max (max -1: unbounded) and consumes it.
  // Returns 0 when none is there, 1 when one was read, -1 on error.
  int quantifier(int& min, int& max) {
    uint32_t c = peek();
    if (c == '*' || c == '+' || c == '?') {
      min = c == '+' ? 1 : 0;
      max = c == '?' ? 1 : -1;
      ++i_;
    } else if (c == '{') {
      size_t start = i_++;
      long lo = 0, hi = 0;
      if (!number(lo)) {
        i_ = start;
        return fail("a lone '{' (write \\{ for the character)");
      }
      hi = lo;
      if (peek() == ',') {
        ++i_;
        hi = -1;
        if (is_digit(peek()) && !number(hi)) return -1;
      }
      if (peek() != '}') {
        i_ = start;
        return fail("a lone '{' (write \\{ for the character)");
      }
      ++i_;
      if (lo > Regex::kMaxRepeat || hi > Regex::kMaxRepeat) {
        return fail("a repetition count above " + std::to_string(Regex::kMaxRepeat));
      }
      if (hi >= 0 && hi < lo) return fail("a repetition {n,m} with n > m");
      min = static_cast<int>(lo);
      max = static_cast<int>(hi);
    } else {
      return 0;
    }
    if (peek() == '?') ++i_;  // lazy: the same language
    return 1;
  }

  bool number(long& out) {
    if (!is_digit(peek())) return false;
    out = 0;
    while (is_digit(peek())) {
      if (out <= 1000000) out = out * 10 + static_cast<long>(peek() - '0');
      ++i_;
    }
    return true;
  }

  bool quantifier_next() const {
    uint32_t c = peek();
    return c == '*' || c == '+' || c == '?' || (c == '{' && is_digit(peek(1)));
  }

  int term() {
    uint32_t c = peek();
    int assertion = -1;
    if (c == '^') {
      assertion = add(Node::kBol);
      ++i_;
    } else if (c == '$') {
      assertion = add(Node::kEol);
      ++i_;
    } else if (c == '\\' && (peek(1) == 'b' || peek(1) == 'B')) {
      assertion = add(peek(1) == 'b' ? Node::kWordB : Node::kNotWordB);
      i_ += 2;
    }
    if (assertion >= 0) {
      if (quantifier_next()) return fail("a quantifier after an assertion (nothing to repeat)");
      return assertion;
    }
    int atom_node = atom();
    if (atom_node < 0) return -1;
    int min = 0, max = 0;
    int q = quantifier(min, max);
    if (q < 0) return -1;
    if (q == 0) return atom_node;
    int n = add(Node::kRepeat);
    nodes_[static_cast<size_t>(n)].kids = {atom_node};
    nodes_[static_cast<size_t>(n)].min = min;
    nodes_[static_cast<size_t>(n)].max = max;
    return n;
  }

  int atom() {
    uint32_t c = peek();
    switch (c) {
      case '.':
        ++i_;
        return add(Node::kAny);
      case '(':
        return group();
      case '[':
        return char_class();
      case '\\':
        return atom_escape();
      case '*':
      case '+':
      case '?':
        return fail("a quantifier with nothing to repeat");
      case '{':
        return fail("a lone '{' (write \\{ for the character)");
      case '}':
        return fail("a lone '}' (write \\} for the character)");
      case ']':
        return fail("a lone ']' (write \\] for the character)");
      default:
        ++i_;
        return add(Node::kChar, c);
    }
  }

  int group() {
    ++i_;  // (
    if (peek() == '?') {
      uint32_t k = peek(1);
      if (k == ':') {
        i_ += 2;
      } else if (k == '=' || k == '!') {
        return fail("lookahead (?= (?! is not supported");
      } else if (k == '<' && (peek(2) == '=' || peek(2) == '!')) {
        return fail("lookbehind (?<= (?<! is not supported");
      } else if (k == '<') {
        i_ += 2;
        std::string name;
        while (peek() != '>') {
          uint32_t ch = peek();
          bool ok = (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || ch == '_' || ch == '$' ||
                    (!name.empty() && is_digit(ch));
          if (!ok) return fail("a group name must be ASCII letters, digits, _ or $");
          name.push_back(static_cast<char>(ch));
          ++i_;
        }
        if (name.empty()) return fail("an empty group name");
        if (std::find(names_.begin(), names_.end(), name) != names_.end()) {
          return fail("the group name '" + name + "' is used twice");
        }
        names_.push_back(name);
        ++i_;  // >
      } else {
        return fail("an unsupported group '(?'");
      }
    }
    if (++depth_ > Regex::kMaxGroupDepth) {
      return fail("groups nested deeper than " + std::to_string(Regex::kMaxGroupDepth));
    }
    int d = disjunction();
    if (d < 0) return -1;
    if (peek() != ')') return fail("a missing ')'");
    ++i_;
    --depth_;
    return d;
  }

  // After a backslash outside a class.
  int atom_escape() {
    ++i_;  // backslash
    uint32_t e = peek();
    if (e == kNone) return fail("a backslash at the end of the pattern");
    if (is_class_escape(e)) {
      ++i_;
      return add_class(class_escape_set(e), false);
    }
    if (e >= '1' && e <= '9') return fail("backreferences (\\1 ...) are not supported");
    if (e == 'k') return fail("named backreferences (\\k<name>) are not supported");
    uint32_t cp;
    if (!char_escape(cp)) return -1;
    return add(Node::kChar, cp);
  }

  // The escape after a backslash (i_ at the escaped character): a single
  // code point into `out`.
  bool char_escape(uint32_t& out) {
    uint32_t e = peek();
    ++i_;
    switch (e) {
      case 't':
        out = 0x09;
        return true;
      case 'n':
        out = 0x0A;
        return true;
      case 'v':
        out = 0x0B;
        return true;
      case 'f':
        out = 0x0C;
        return true;
      case 'r':
        out = 0x0D;
        return true;
      case '0':
        if (is_digit(peek())) return fail("octal escapes are not supported") >= 0;
        out = 0;
        return true;
      case 'c': {
        uint32_t l = peek();
        if (!((l >= 'A' && l <= 'Z') || (l >= 'a' && l <= 'z'))) {
          return fail("\\c must be followed by an ASCII letter") >= 0;
        }
        ++i_;
        out = l % 32;
        return true;
      }
      case 'x': {
        int h1 = hex_value(peek()), h2 = hex_value(peek(1));
        if (h1 < 0 || h2 < 0) return fail("\\x must be followed by two hex digits") >= 0;
        i_ += 2;
        out = static_cast<uint32_t>(h1 * 16 + h2);
        return true;
      }
      case 'u':
        return unicode_escape(out);
      case 'p':
      case 'P':
        return fail("Unicode property escapes (\\p{...}) are not supported") >= 0;
      default:
        if (is_ascii_punctuation(e)) {
          out = e;
          return true;
        }
        --i_;
        return fail("an unsupported escape \\" + show_code_point(e)) >= 0;
    }
  }

  // After "\u": HHHH (a high surrogate followed by \uHHHH of a low one
  // makes one code point) or {H...}.
  bool unicode_escape(uint32_t& out) {
    if (peek() == '{') {
      ++i_;
      uint32_t v = 0;
      int digits = 0;
      while (hex_value(peek()) >= 0) {
        v = v * 16 + static_cast<uint32_t>(hex_value(peek()));
        if (v > kMaxCodePoint) return fail("\\u{...} above U+10FFFF") >= 0;
        ++digits;
        ++i_;
      }
      if (digits == 0 || peek() != '}') return fail("\\u{ must hold hex digits and end with }") >= 0;
      ++i_;
      out = v;
      return true;
    }
    uint32_t v;
    if (!hex4(v)) return fail("\\u must be followed by four hex digits or {...}") >= 0;
    if (v >= 0xD800 && v <= 0xDBFF && peek() == '\\' && peek(1) == 'u') {
      size_t save = i_;
      i_ += 2;
      uint32_t lo;
      if (hex4(lo) && lo >= 0xDC00 && lo <= 0xDFFF) {
        out = 0x10000 + ((v - 0xD800) << 10) + (lo - 0xDC00);
        return true;
      }
      i_ = save;
    }
    out = v;
    return true;
  }

  bool hex4(uint32_t& v) {
    v = 0;
    for (size_t k = 0; k < 4; ++k) {
      int h = hex_value(peek(k));
      if (h < 0) return false;
      v = v * 16 + static_cast<uint32_t>(h);
    }
    i_ += 4;
    return true;
  }

  // One class atom: a code point (returns 1) or a class escape's set
  // (returns 2, into `set`); -1 on error.
  int class_atom(uint32_t& cp, Ranges& set) {
    uint32_t c = peek();
    if (c != '\\') {
      ++i_;
      cp = c;
      return 1;
    }
    ++i_;
    uint32_t e = peek();
    if (e == kNone) return fail("a backslash at the end of the pattern");
    if (is_class_escape(e)) {
      ++i_;
      set = class_escape_set(e);
      return 2;
    }
    if (e == 'b') {
      ++i_;
      cp = 0x08;
      return 1;
    }
    if (e == '-') {
      ++i_;
      cp = '-';
      return 1;
    }
    if (e >= '1' && e <= '9') return fail("backreferences and octal escapes are not supported");
    if (!char_escape(cp)) return -1;
    return 1;
  }

  int char_class() {
    ++i_;  // [
    bool negate = false;
    if (peek() == '^') {
      negate = true;
      ++i_;
    }
    Ranges ranges;
    for (;;) {
      if (peek() == kNone) return fail("a missing ']'");
      if (peek() == ']') {
        ++i_;
        break;
      }
      uint32_t lo = 0, hi = 0;
      Ranges set;
      int a = class_atom(lo, set);
      if (a < 0) return -1;
      if (peek() == '-' && peek(1) != ']' && peek(1) != kNone) {
        if (a == 2) return fail("a class escape (\\d \\w \\s ...) as a range end");
        ++i_;  // -
        int b = class_atom(hi, set);
        if (b < 0) return -1;
        if (b == 2) return fail("a class escape (\\d \\w \\s ...) as a range end");
        if (hi < lo) return fail("a class range out of order");
        ranges.push_back({lo, hi});
      } else if (a == 2) {
        ranges.insert(ranges.end(), set.begin(), set.end());
      } else {
        ranges.push_back({lo, lo});
      }
    }
    return add_class(std::move(ranges), negate);
  }

  bool anchored(int n) const {
    const Node& node = nodes_[static_cast<size_t>(n)];
    switch (node.kind) {
      case Node::kBol:
        return true;
      case Node::kConcat:
        return anchored(node.kids.front());
      case Node::kAlt:
        for (int k : node.kids) {
          if (!anchored(k)) return false;
        }
        return true;
      case Node::kRepeat:
        return node.min >= 1 && anchored(node.kids.front());
      default:
        return false;
    }
  }

  size_t push(Regex::Op op, uint32_t a = 0, uint32_t b = 0) {
    if (re_.prog_.size() >= Regex::kMaxProgram) {
      if (err_.empty()) {
        err_ = "the pattern is too large (above " + std::to_string(Regex::kMaxProgram) +
               " instructions once repetitions expand)";
      }
      return re_.prog_.size();
    }
    re_.prog_.push_back(Regex::Inst{op, a, b});
    return re_.prog_.size() - 1;
  }

  void set(size_t at, uint32_t a, uint32_t b) {
    if (at >= re_.prog_.size()) return;  // after an overflow
    re_.prog_[at].a = a;
    re_.prog_[at].b = b;
  }

  uint32_t here() const { return static_cast<uint32_t>(re_.prog_.size()); }

  bool emit(int n) {
    if (!err_.empty()) return false;
    const Node& node = nodes_[static_cast<size_t>(n)];
    switch (node.kind) {
      case Node::kEmpty:
        break;
      case Node::kChar:
        push(Regex::kChar, node.value);
        break;
      case Node::kClass:
        push(Regex::kClass, node.value);
        break;
      case Node::kAny:
        push(Regex::kAny);
        break;
      case Node::kBol:
        push(Regex::kBol);
        break;
      case Node::kEol:
        push(Regex::kEol);
        break;
      case Node::kWordB:
        push(Regex::kWordB);
        break;
      case Node::kNotWordB:
        push(Regex::kNotWordB);
        break;
      case Node::kConcat:
        for (int k : node.kids) {
          if (!emit(k)) return false;
        }
        break;
      case Node::kAlt: {
        std::vector<size_t> jumps;
        for (size_t j = 0; j < node.kids.size(); ++j) {
          if (j + 1 < node.kids.size()) {
            size_t split = push(Regex::kSplit);
            if (!emit(node.kids[j])) return false;
            jumps.push_back(push(Regex::kJmp));
            set(split, static_cast<uint32_t>(split + 1), here());
          } else if (!emit(node.kids[j])) {
            return false;
          }
        }
        for (size_t j : jumps) set(j, here(), 0);
        break;
      }
      case Node::kRepeat: {
        int kid = node.kids.front();
        for (int r = 0; r < node.min; ++r) {
          if (!emit(kid)) return false;
        }
        if (node.max < 0) {
          size_t loop = push(Regex::kSplit);
          if (!emit(kid)) return false;
          push(Regex::kJmp, static_cast<uint32_t>(loop));
          set(loop, static_cast<uint32_t>(loop + 1), here());
        } else {
          std::vector<size_t> splits;
          for (int r = node.min; r < node.max; ++r) {
            splits.push_back(push(Regex::kSplit));
            if (!emit(kid)) return false;
          }
          for (size_t s : splits) set(s, static_cast<uint32_t>(s + 1), here());
        }
        break;
      }
    }
    return err_.empty();
  }

  Regex& re_;
  const std::vector<uint32_t> p_;
  size_t i_ = 0;
  std::string err_;
  int depth_ = 0;
  std::vector<Node> nodes_;
  std::vector<std::string> names_;
};

std::string Regex::compile(const std::string& pattern) {
  source_ = pattern;
  prog_.clear();
  classes_.clear();
  anchored_ = false;
  std::vector<uint32_t> cps;
  const auto* p = reinterpret_cast<const unsigned char*>(pattern.data());
  for (size_t i = 0; i < pattern.size();) cps.push_back(next_code_point(p, pattern.size(), i));
  std::string err = RegexCompiler(*this, std::move(cps)).run();
  if (!err.empty()) {
    prog_.clear();
    classes_.clear();
  }
  return err;
}

bool Regex::class_has(uint32_t cls, uint32_t c) const {
  const auto& r = classes_[cls];
  auto it = std::upper_bound(r.begin(), r.end(), std::make_pair(c, kNone));
  if (it == r.begin()) return false;
  --it;
  return c >= it->first && c <= it->second;
}

bool Regex::search(const std::string& text) const {
  if (prog_.empty()) return false;  // never compiled
  const size_t m = prog_.size();
  std::vector<uint32_t> mark(m, 0);
  std::vector<uint32_t> clist, nlist, stack;
  clist.reserve(m);
  nlist.reserve(m);
  uint32_t gen = 1;

  // Adds the thread at `pc` and everything it reaches without consuming a
  // code point, between `prev` and `next`; true when that reaches kMatch.
  auto add = [&](std::vector<uint32_t>& list, uint32_t pc, uint32_t prev, uint32_t next) {
    stack.clear();
    stack.push_back(pc);
    while (!stack.empty()) {
      uint32_t at = stack.back();
      stack.pop_back();
      if (mark[at] == gen) continue;
      mark[at] = gen;
      const Inst& in = prog_[at];
      switch (in.op) {
        case kJmp:
          stack.push_back(in.a);
          break;
        case kSplit:
          stack.push_back(in.b);
          stack.push_back(in.a);
          break;
        case kBol:
          if (prev == kNone) stack.push_back(at + 1);
          break;
        case kEol:
          if (next == kNone) stack.push_back(at + 1);
          break;
        case kWordB:
        case kNotWordB: {
          bool boundary = (prev != kNone && is_word(prev)) != (next != kNone && is_word(next));
          if (boundary == (in.op == kWordB)) stack.push_back(at + 1);
          break;
        }
        case kMatch:
          return true;
        default:
          list.push_back(at);
          break;
      }
    }
    return false;
  };

  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  size_t i = 0;
  uint32_t prev = kNone;
  uint32_t cur = i < n ? next_code_point(p, n, i) : kNone;
  bool first = true;
  for (;;) {
    if ((first || !anchored_) && add(clist, 0, prev, cur)) return true;
    if (cur == kNone || (anchored_ && clist.empty())) return false;
    if (++gen == 0) {  // wrapped: forget every mark
      std::fill(mark.begin(), mark.end(), 0);
      gen = 1;
    }
    nlist.clear();
    uint32_t next = i < n ? next_code_point(p, n, i) : kNone;
    for (uint32_t pc : clist) {
      const Inst& in = prog_[pc];
      bool ok = in.op == kChar    ? in.a == cur
                : in.op == kClass ? class_has(in.a, cur)
                                  : !is_line_terminator(cur);  // kAny
      if (ok && add(nlist, pc + 1, cur, next)) return true;
    }
    clist.swap(nlist);
    prev = cur;
    cur = next;
    first = false;
  }
}

}  // namespace coze::tools
