// Multipart framing: an upload operation's params (a file as text, as
// {data}, as {data_base64} or as a {source} the host splices in, plus form
// fields) built into a multipart/form-data request, then read back by an
// independent RFC 2046 / RFC 7578 reader. Whatever the bytes, the call
// either fails invalid_argument before sending (a file name or type that
// would break the part's head) or sends a body whose boundary is legal
// (1-70 characters, named by the Content-Type) and occurs in no part, whose
// parts are exactly the fields given with the bytes given, and whose
// Content-Length (body_size) counts the spliced source.
//
// Input: [op][flags][seed] then up to five pieces separated by NUL bytes:
// file name, content type, file content, form field 1, form field 2.
//   op   : files.upload, audio.transcriptions.create, audio.voices.clone
//          (field 1 is voice_name, field 2 text when not empty)
//   flags bit 0-1: the file as 0 a string, 1 {data}, 2 {data_base64} (the
//                  content base64-encoded here), 3 {source, size}
//         bit 2  : give the file name   bit 3: give the content type
//         bit 4  : data_base64 is the content as is (maybe not base64)
//         bit 5  : the source's size is -1 (unknown); else the content's length
//   seed : the client's entropy seed (so the boundary)
#include <nlohmann/json.hpp>
#include <cctype>
#include <cstring>
#include <map>
#include <string>
#include <vector>

#include "coze/exec.h"
#include "fuzz_support.h"

namespace {

using json = nlohmann::json;

std::string base64(const std::string& in) {
  static const char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  size_t i = 0;
  for (; i + 3 <= in.size(); i += 3) {
    uint32_t v = static_cast<uint8_t>(in[i]) << 16 | static_cast<uint8_t>(in[i + 1]) << 8 | static_cast<uint8_t>(in[i + 2]);
    for (int s = 18; s >= 0; s -= 6) out += kAlphabet[(v >> s) & 63];
  }
  if (i + 1 == in.size()) {
    uint32_t v = static_cast<uint8_t>(in[i]) << 16;
    out += kAlphabet[(v >> 18) & 63];
    out += kAlphabet[(v >> 12) & 63];
    out += "==";
  } else if (i + 2 == in.size()) {
    uint32_t v = static_cast<uint8_t>(in[i]) << 16 | static_cast<uint8_t>(in[i + 1]) << 8;
    out += kAlphabet[(v >> 18) & 63];
    out += kAlphabet[(v >> 12) & 63];
    out += kAlphabet[(v >> 6) & 63];
    out += '=';
  }
  return out;
}

// A header value that cannot end its line or the quoted string it sits in.
bool safe_in_head(const std::string& s, bool quoted) {
  for (unsigned char c : s) {
    if ((c < 0x20 && c != '\t') || c == 0x7f || (quoted && c == '"')) return false;
  }
  return true;
}

// RFC 2046 bchars, without the space (the core never makes one).
bool legal_boundary(const std::string& b) {
  if (b.empty() || b.size() > 70) return false;
  for (char c : b) {
    bool ok = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
              std::string("'()+_,-./:=?").find(c) != std::string::npos;
    if (!ok) return false;
  }
  return true;
}

struct Part {
  std::string name, filename, content_type, data;
  bool has_filename = false, has_type = false;
};

// The value of `key="..."` in a Content-Disposition line (no quote inside).
bool quoted_param(const std::string& line, const std::string& key, std::string& out) {
  std::string start = "; " + key + "=\"";
  size_t at = line.find(start);
  if (at == std::string::npos) return false;
  at += start.size();
  size_t end = line.find('"', at);
  FUZZ_CHECK(end != std::string::npos, "an unterminated quoted parameter");
  out = line.substr(at, end - at);
  return true;
}

// Reads a multipart body (sources already spliced in) into its parts.
std::vector<Part> read_multipart(const std::string& body, const std::string& boundary) {
  const std::string delim = "\r\n--" + boundary;
  std::string text = "\r\n" + body;  // so the first delimiter looks like the others
  FUZZ_CHECK(text.compare(0, delim.size(), delim) == 0, "the body does not start with its boundary");
  std::vector<Part> parts;
  size_t at = delim.size();
  for (;;) {
    if (text.compare(at, 4, "--\r\n") == 0) {
      FUZZ_CHECK(at + 4 == text.size(), "bytes after the closing boundary");
      return parts;
    }
    FUZZ_CHECK(text.compare(at, 2, "\r\n") == 0, "a boundary line not ended by CRLF");
    at += 2;
    size_t end = text.find(delim, at);
    FUZZ_CHECK(end != std::string::npos, "a part without a closing boundary");
    std::string part = text.substr(at, end - at);
    size_t head_end = part.find("\r\n\r\n");
    FUZZ_CHECK(head_end != std::string::npos, "a part without a blank line after its head");
    Part p;
    p.data = part.substr(head_end + 4);
    std::string head = part.substr(0, head_end);
    size_t line_start = 0;
    bool disposition = false;
    while (line_start <= head.size()) {
      size_t line_end = head.find("\r\n", line_start);
      if (line_end == std::string::npos) line_end = head.size();
      std::string line = head.substr(line_start, line_end - line_start);
      if (line.rfind("Content-Disposition: form-data", 0) == 0) {
        disposition = true;
        FUZZ_CHECK(quoted_param(line, "name", p.name), "a part without a name");
        p.has_filename = quoted_param(line, "filename", p.filename);
      } else if (line.rfind("Content-Type: ", 0) == 0) {
        p.has_type = true;
        p.content_type = line.substr(14);
      } else {
        coze_fuzz::broken(__FILE__, __LINE__, "an unexpected line in a part's head");
      }
      line_start = line_end + 2;
    }
    FUZZ_CHECK(disposition, "a part without Content-Disposition");
    parts.push_back(std::move(p));
    at = end + delim.size();
  }
}

std::string header(const coze::HttpRequest& r, const char* name) {
  for (const coze::Header& h : r.headers) {
    if (h.name.size() == std::strlen(name)) {
      bool same = true;
      for (size_t i = 0; i < h.name.size() && same; ++i) same = std::tolower(h.name[i]) == std::tolower(name[i]);
      if (same) return h.value;
    }
  }
  return "";
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const char* const kOps[] = {"files.upload", "audio.transcriptions.create", "audio.voices.clone"};
  coze_fuzz::Input in(data, size);
  const std::string op = kOps[in.byte() % 3];
  const uint8_t flags = in.byte();
  const uint8_t seed = in.byte();
  std::vector<std::string> pieces(1);
  for (char c : in.rest()) {
    if (c == '\0' && pieces.size() < 5) {
      pieces.emplace_back();
    } else {
      pieces.back() += c;
    }
  }
  pieces.resize(5);

  // The params as JSON text: invalid UTF-8 becomes U+FFFD on the way (a host's
  // JSON does the same), so what the core sees is read back from that text.
  const int form = flags & 3;
  json file;
  if (form == 0) {
    file = pieces[2];
  } else {
    file = json::object();
    if (flags & 4) file["filename"] = pieces[0];
    if (flags & 8) file["content_type"] = pieces[1];
    if (form == 1) file["data"] = pieces[2];
    if (form == 2) file["data_base64"] = flags & 16 ? pieces[2] : base64(pieces[2]);
    if (form == 3) {
      file["source"] = "src-1";
      file["size"] = flags & 32 ? -1 : static_cast<int64_t>(pieces[2].size());
    }
  }
  json params = {{"file", file}};
  if (op == "audio.voices.clone") {
    params["voice_name"] = pieces[3];
    params["audio_format"] = "mp3";
    if (!pieces[4].empty()) params["text"] = pieces[4];
  }
  const std::string params_text = params.dump(-1, ' ', false, json::error_handler_t::replace);
  params = json::parse(params_text);
  const json& f = params["file"];

  // What the file part must be.
  Part want;
  want.name = "file";
  want.filename = "file";
  want.content_type = "application/octet-stream";
  bool raw_base64 = false;
  if (f.is_string()) {
    want.data = f.get<std::string>();
  } else {
    if (f.contains("filename") && !f["filename"].get<std::string>().empty()) {
      want.filename = f["filename"].get<std::string>();  // an empty name is none
    }
    if (f.contains("content_type")) want.content_type = f["content_type"].get<std::string>();
    if (form == 1) want.data = f["data"].get<std::string>();
    if (form == 2) {
      raw_base64 = flags & 16;
      want.data = pieces[2];  // base64 carries the bytes exactly, not their JSON reading
    }
  }
  const bool head_ok = safe_in_head(want.filename, true) && safe_in_head(want.content_type, false);

  coze::ClientConfig config;
  config.base_url = "https://api.coze.com";
  config.token = "pat_fuzz";
  config.seed = seed;
  coze::Client client(config);
  coze::Call call(client, op, params_text);
  coze::Action a = call.next(0);
  if (a.kind == coze::ActionKind::Fail) {
    FUZZ_CHECK(a.error.kind == "invalid_argument", "a bad upload failed with a kind other than invalid_argument");
    FUZZ_CHECK(!a.error.message.empty(), "an error without a message");
    FUZZ_CHECK(!head_ok || raw_base64, "an upload refused although its file name and type are fine");
    return 0;
  }
  FUZZ_CHECK(a.kind == coze::ActionKind::Send, "an upload neither sent nor refused");
  FUZZ_CHECK(head_ok, "a file name or type that breaks the part's head was sent");
  const coze::HttpRequest& r = a.request;

  const std::string prefix = "multipart/form-data; boundary=";
  const std::string type = header(r, "Content-Type");
  FUZZ_CHECK(type.rfind(prefix, 0) == 0, "an upload that is not multipart/form-data");
  const std::string boundary = type.substr(prefix.size());
  FUZZ_CHECK(legal_boundary(boundary), "a boundary RFC 2046 does not allow (length or characters)");

  // Splice the source the way a host does.
  std::string body = r.body;
  int64_t spliced = 0;
  if (form == 3) {
    FUZZ_CHECK(r.sources.size() == 1 && r.sources[0].id == "src-1", "the source is not listed once");
    const coze::BodySource& src = r.sources[0];
    FUZZ_CHECK(src.offset <= r.body.size(), "a source offset past the body");
    FUZZ_CHECK(src.size == f["size"].get<int64_t>(), "the source's size is not the one given");
    spliced = src.size < 0 ? 7 : src.size;
    want.data = std::string(static_cast<size_t>(spliced), 'x');
    body.insert(src.offset, want.data);
    FUZZ_CHECK(r.body_size == (src.size < 0 ? -1 : static_cast<int64_t>(r.body.size()) + src.size),
               "body_size does not count the spliced source");
  } else {
    FUZZ_CHECK(r.sources.empty(), "a source nobody gave");
    FUZZ_CHECK(r.body_size == static_cast<int64_t>(r.body.size()), "body_size is not the body's length");
  }

  std::vector<Part> got = read_multipart(body, boundary);
  std::map<std::string, std::string> fields;
  if (op == "audio.voices.clone") {
    fields["voice_name"] = params["voice_name"].get<std::string>();
    fields["audio_format"] = "mp3";
    if (params.contains("text")) fields["text"] = params["text"].get<std::string>();
  }
  size_t files = 0;
  for (const Part& p : got) {
    FUZZ_CHECK(p.data.find(boundary) == std::string::npos || (form == 3 && p.name == "file"),
               "the boundary occurs inside a part");
    if (p.name == "file") {
      ++files;
      FUZZ_CHECK(p.has_filename && p.filename == want.filename, "the file name is not the one given");
      FUZZ_CHECK(p.has_type && p.content_type == want.content_type, "the content type is not the one given");
      if (!raw_base64) FUZZ_CHECK(p.data == want.data, "the file's bytes are not the ones given");
      continue;
    }
    auto it = fields.find(p.name);
    FUZZ_CHECK(it != fields.end(), "a form field nobody gave, or given twice");
    FUZZ_CHECK(!p.has_filename && !p.has_type, "a form field framed as a file");
    FUZZ_CHECK(p.data == it->second, "a form field's value is not the one given");
    fields.erase(it);
  }
  FUZZ_CHECK(files == 1, "not exactly one file part");
  FUZZ_CHECK(fields.empty(), "a form field given is missing");
  return 0;
}
