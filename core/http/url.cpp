#include <cctype>
#include <cstdlib>

#include "http/headers.h"

namespace coze::http {

bool iequals(const std::string& a, const char* b) {
  size_t i = 0;
  for (; i < a.size() && b[i]; ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i])))
      return false;
  }
  return i == a.size() && b[i] == '\0';
}

std::string header_value(const std::vector<Header>& headers, const char* name) {
  for (const auto& h : headers) {
    if (iequals(h.name, name)) return h.value;
  }
  return "";
}

namespace {
std::string trim(const std::string& s) {
  size_t b = s.find_first_not_of(" \t"), e = s.find_last_not_of(" \t");
  return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

// Non-negative decimal seconds ("2", "1.5") to ms; -1 when not a number.
int64_t parse_seconds_ms(const std::string& v, int64_t scale) {
  if (v.empty() || v.size() > 16) return -1;
  char* end = nullptr;
  double d = std::strtod(v.c_str(), &end);
  if (end != v.c_str() + v.size() || !(d >= 0) || d > 1e12) return -1;
  for (char c : v) {
    if (!std::isdigit(static_cast<unsigned char>(c)) && c != '.') return -1;
  }
  return static_cast<int64_t>(d * static_cast<double>(scale) + 0.5);
}
}  // namespace

int64_t retry_after_ms(const std::vector<Header>& headers) {
  int64_t ms = parse_seconds_ms(trim(header_value(headers, "retry-after-ms")), 1);
  if (ms >= 0) return ms;
  return parse_seconds_ms(trim(header_value(headers, "retry-after")), 1000);
}

std::string percent_encode(const std::string& s) {
  static const char hex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(s.size());
  for (unsigned char c : s) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
      out.push_back(static_cast<char>(c));
    } else {
      out.push_back('%');
      out.push_back(hex[c >> 4]);
      out.push_back(hex[c & 15]);
    }
  }
  return out;
}

std::string build_url(const std::string& base_url, const std::string& path,
                      const std::vector<Header>& query) {
  std::string url = base_url;
  while (!url.empty() && url.back() == '/') url.pop_back();
  url += path;
  char sep = '?';
  for (const auto& q : query) {
    if (q.name.empty()) continue;
    url.push_back(sep);
    sep = '&';
    url += percent_encode(q.name);
    url.push_back('=');
    url += percent_encode(q.value);
  }
  return url;
}

}  // namespace coze::http
