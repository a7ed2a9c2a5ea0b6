#include <cctype>
#include <cstdio>
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

int64_t retry_after_ms(const std::vector<Header>& headers, int64_t wall_now_ms) {
  int64_t ms = parse_seconds_ms(trim(header_value(headers, "retry-after-ms")), 1);
  if (ms >= 0) return ms;
  std::string retry_after = trim(header_value(headers, "retry-after"));
  ms = parse_seconds_ms(retry_after, 1000);
  if (ms >= 0 || wall_now_ms < 0) return ms;
  int64_t at = parse_http_date(retry_after);
  if (at < 0) return -1;
  return at > wall_now_ms ? at - wall_now_ms : 0;  // a date in the past: retry now
}

namespace {
// Days since 1970-01-01 of a civil date (proleptic Gregorian).
int64_t days_from_civil(int64_t y, int m, int d) {
  y -= m <= 2;
  int64_t era = (y >= 0 ? y : y - 399) / 400;
  int64_t yoe = y - era * 400;
  int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

int month_index(const std::string& m) {
  static const char* names[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  for (int i = 0; i < 12; ++i) {
    if (m == names[i]) return i + 1;
  }
  return 0;
}
}  // namespace

int64_t parse_http_date(const std::string& text) {
  // IMF-fixdate "Sun, 06 Nov 1994 08:49:37 GMT", RFC 850 "Sunday, 06-Nov-94
  // 08:49:37 GMT", asctime "Sun Nov  6 08:49:37 1994".
  char wday[16] = {0}, mon[4] = {0}, zone[4] = {0};
  int day = 0, year = 0, hh = 0, mm = 0, ss = 0, used = 0;
  int64_t y;
  if (std::sscanf(text.c_str(), "%3s, %2d %3s %4d %2d:%2d:%2d %3s%n", wday, &day, mon, &year, &hh, &mm, &ss, zone,
                  &used) == 8 && used == static_cast<int>(text.size())) {
    y = year;
  } else if (std::sscanf(text.c_str(), "%15[A-Za-z], %2d-%3s-%2d %2d:%2d:%2d %3s%n", wday, &day, mon, &year, &hh,
                         &mm, &ss, zone, &used) == 8 && used == static_cast<int>(text.size())) {
    y = year < 70 ? 2000 + year : 1900 + year;  // two-digit years, RFC 9110 5.6.7
  } else if (std::sscanf(text.c_str(), "%3s %3s %2d %2d:%2d:%2d %4d%n", wday, mon, &day, &hh, &mm, &ss, &year,
                         &used) == 7 && used == static_cast<int>(text.size())) {
    y = year;
    std::snprintf(zone, sizeof zone, "GMT");
  } else {
    return -1;
  }
  int m = month_index(mon);
  if (std::string(zone) != "GMT" || m == 0 || day < 1 || day > 31 || hh > 23 || mm > 59 || ss > 60 || y < 1970) {
    return -1;
  }
  return ((days_from_civil(y, m, day) * 24 + hh) * 60 + mm) * 60000 + int64_t{ss} * 1000;
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

void url_host_port(const std::string& url, std::string& host, std::string& port) {
  host.clear();
  port.clear();
  size_t scheme = url.find("://");
  if (scheme == std::string::npos) return;
  size_t start = scheme + 3;
  size_t end = url.find_first_of("/?#", start);
  std::string authority = url.substr(start, end == std::string::npos ? std::string::npos : end - start);
  size_t at = authority.rfind('@');
  if (at != std::string::npos) authority = authority.substr(at + 1);
  size_t colon = authority.rfind(':');
  size_t bracket = authority.rfind(']');
  if (colon != std::string::npos && (bracket == std::string::npos || colon > bracket)) {
    host = authority.substr(0, colon);
    port = authority.substr(colon + 1);
  } else {
    host = authority;
    port = url.compare(0, scheme, "http") == 0 ? "80" : "443";
  }
  if (host.size() >= 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
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
