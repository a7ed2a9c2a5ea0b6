// The typed client's runtime (coze/client.h): the loop that runs one Call
// over an HttpDriver. No I/O of its own: the driver moves the bytes and gives
// the clock and the entropy.
//
// Theory of operation: the Runner asks the core for its next action with
// step(). SEND hands the request to the driver's session; the session reports
// the response to the Runner (a ResponseSink) from inside poll(), and the
// Runner feeds the core and steps it at once, so the events decoded from a
// chunk reach the user while the transfer is still running. When the core
// stops listening to a response (it failed, timed out, or a retry starts),
// the sink says so and the driver drops it. WAIT polls the session until the
// core's wake time; SLEEP polls a session with nothing in flight. A
// CancelToken wakes the sessions of the calls it was passed to. An upload's
// SEND gets a SourcedBody that reads the caller's FileParams (reopened or
// rewound for every attempt) as the driver pulls it; when a source cannot be
// read the core hears on_source_error. BYTES go to the caller's sink.
#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <exception>
#include <fstream>
#include <mutex>
#include <condition_variable>
#include <deque>
#include <thread>
#include <tuple>
#include <optional>
#include <utility>

#include <cctype>
#include <cstdio>
#include <sys/stat.h>
#include <nlohmann/json.hpp>

#if __has_include(<sys/utsname.h>) && !defined(__EMSCRIPTEN__)
#include <sys/utsname.h>
#endif

#include "api/catalogue.h"
#include "api/record_writer.h"
#include "auth/crypto.h"
#include "coze/client.h"

namespace coze {

struct CancelToken::State {
  std::mutex mu;
  std::atomic<bool> cancelled{false};
  std::vector<HttpSession*> sessions;  // of the calls running with this token, to wake
};

CancelToken::CancelToken() : state_(std::make_shared<State>()) {}

void CancelToken::cancel() {
  std::lock_guard<std::mutex> lock(state_->mu);
  state_->cancelled.store(true);
  for (HttpSession* s : state_->sessions) s->wake();
}

bool CancelToken::cancelled() const { return state_->cancelled.load(); }

void Hooks::dispatch(const HookEvent& event) const {
  const std::function<void(const HookEvent&)>* hook = event.kind == "request_sent"      ? &on_request_sent
                                                      : event.kind == "response_head"   ? &on_response_head
                                                      : event.kind == "retry_scheduled" ? &on_retry_scheduled
                                                      : event.kind == "call_finished"   ? &on_call_finished
                                                      : event.kind == "health_changed"  ? &on_health_changed
                                                      : event.kind == "metric"          ? &on_metric
                                                      : event.kind == "tool_called"     ? &on_tool_called
                                                      : event.kind == "tool_finished"   ? &on_tool_finished
                                                                                        : nullptr;
  if (hook == nullptr || !*hook) return;
  try {
    (*hook)(event);
  } catch (...) {
    // hooks observe; a failing one must not end the call
  }
}

namespace {

Error local_error(const char* kind, std::string message) {
  Error e;
  e.kind = kind;
  e.message = std::move(message);
  return e;
}

}  // namespace

FileParam FileParam::from_bytes(std::string data, std::string filename, std::string content_type) {
  FileParam f;
  f.data = std::move(data);
  f.filename = std::move(filename);
  f.content_type = std::move(content_type);
  return f;
}

FileParam FileParam::from_path(std::string path, std::string filename, std::string content_type) {
  FileParam f;
  f.path = std::move(path);
  f.filename = std::move(filename);
  f.content_type = std::move(content_type);
  return f;
}

FileParam FileParam::from_stream(std::istream& in, int64_t size, std::string filename, std::string content_type) {
  return from_stream(std::shared_ptr<std::istream>(&in, [](std::istream*) {}), size, std::move(filename),
                     std::move(content_type));
}

FileParam FileParam::from_stream(std::shared_ptr<std::istream> in, int64_t size, std::string filename,
                                 std::string content_type) {
  FileParam f;
  f.stream = std::move(in);
  f.size = size < 0 ? -1 : size;
  f.filename = std::move(filename);
  f.content_type = std::move(content_type);
  return f;
}

Json FileParam::to_json() const {
  if (!path.empty() || stream) {
    throw_error(local_error("invalid_argument",
                            "a FileParam with a path or a stream has no inline form: use to_json(source_id)"));
  }
  Json out = Json::object();
  out.set("filename", filename);
  out.set("content_type", content_type.empty() ? std::string("application/octet-stream") : content_type);
  out.set("data_base64", auth::base64_encode(data));
  return out;
}

namespace {

// The bytes a path holds now, or an InvalidArgumentError.
int64_t file_size_of(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    throw_error(local_error("invalid_argument", "cannot read " + path + ": " + std::strerror(errno)));
  }
  if (S_ISDIR(st.st_mode)) throw_error(local_error("invalid_argument", path + " is a directory"));
  return static_cast<int64_t>(st.st_size);
}

// The last part of a path ("a/b.txt" -> "b.txt").
std::string last_part(const std::string& path) {
  size_t slash = path.find_last_of("/\\");
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

// A seekable stream's bytes left from where it stands; -1 when it cannot seek.
int64_t stream_left(std::istream& in) {
  if (!in.good()) return -1;
  std::istream::pos_type here = in.tellg();
  if (here == std::istream::pos_type(-1)) {
    in.clear();
    return -1;
  }
  in.seekg(0, std::ios::end);
  std::istream::pos_type end = in.tellg();
  in.clear();
  in.seekg(here);
  if (end == std::istream::pos_type(-1) || !in.good()) {
    in.clear();
    in.seekg(here);
    return -1;
  }
  return static_cast<int64_t>(end - here);
}

}  // namespace

Json FileParam::to_json(const std::string& source_id) const {
  Json out = Json::object();
  std::string name = filename;
  int64_t n = static_cast<int64_t>(data.size());
  if (!path.empty()) {
    n = file_size_of(path);
    if (name.empty()) name = last_part(path);
  } else if (stream) {
    n = size >= 0 ? size : stream_left(*stream);
  }
  out.set("filename", name);
  out.set("content_type", content_type.empty() ? std::string("application/octet-stream") : content_type);
  out.set("source", source_id);
  out.set("size", n);
  return out;
}

struct ByteSink::State {
  std::function<void(std::string_view)> on_bytes;
  std::ostream* out = nullptr;
  std::string path;  // ByteSink::file
};

ByteSink::ByteSink(std::function<void(std::string_view)> on_bytes, std::nullptr_t) : state_(std::make_shared<State>()) {
  state_->on_bytes = std::move(on_bytes);
}

ByteSink::ByteSink(std::ostream& out) : state_(std::make_shared<State>()) { state_->out = &out; }

ByteSink ByteSink::file(std::string path) {
  ByteSink sink;
  sink.state_ = std::make_shared<State>();
  sink.state_->path = std::move(path);
  return sink;
}

// Drivers that do not stream: the whole body in memory, sent by send().
std::string HttpSession::send_streamed(const HttpRequest& request, RequestBody& body, ResponseSink& sink) {
  HttpRequest whole = request;
  whole.sources.clear();
  whole.body.clear();
  if (body.size() > 0) whole.body.reserve(static_cast<size_t>(body.size()));
  char buffer[65536];
  for (;;) {
    int64_t n = body.read(buffer, sizeof buffer);
    if (n < 0) return "the request body could not be read";
    if (n == 0) break;
    whole.body.append(buffer, static_cast<size_t>(n));
  }
  whole.body_size = static_cast<int64_t>(whole.body.size());
  return send(whole, sink);
}

input::EnterMessage user_message(std::string content) {
  input::EnterMessage m;
  m.role = "user";
  m.content = std::move(content);
  m.content_type = "text";
  return m;
}

input::EnterMessage assistant_message(std::string content) {
  input::EnterMessage m;
  m.role = "assistant";
  m.content = std::move(content);
  m.content_type = "text";
  return m;
}

std::string base64_decode(std::string_view in) {
  std::string out;
  if (!auth::base64_decode(std::string(in), out)) throw_error(local_error("decode", "not base64"));
  return out;
}

namespace {

constexpr int kSend = static_cast<int>(ActionKind::Send);
constexpr int kWait = static_cast<int>(ActionKind::Wait);
constexpr int kSleep = static_cast<int>(ActionKind::Sleep);
constexpr int kEvent = static_cast<int>(ActionKind::Event);
constexpr int kDone = static_cast<int>(ActionKind::Done);
constexpr int kFail = static_cast<int>(ActionKind::Fail);
constexpr int kSign = static_cast<int>(ActionKind::Sign);
constexpr int kBytes = static_cast<int>(ActionKind::Bytes);
constexpr int kTools = static_cast<int>(ActionKind::Tools);

// Longest single wait, so a lost wake-up costs at most this much.
constexpr int64_t kMaxPollMs = 1000;

using EventFn = std::function<void(const EventView&)>;
using BytesFn = std::function<void(const char* data, size_t size)>;

using ProgressFn = std::function<void(int64_t sent, int64_t total)>;

// Where an upload's sources stand across the attempts of one call: a
// stream's start, to rewind it to for a retry.
struct SourceMarks {
  std::vector<std::pair<const std::istream*, std::istream::pos_type>> starts;  // streams read before
};

// One attempt's body: request.body with each source's bytes spliced in at
// its offset, read from the caller's FileParams as the driver pulls it.
class SourcedBody final : public RequestBody {
 public:
  SourcedBody(const HttpRequest& request, const Uploads& files, SourceMarks& marks, const ProgressFn* progress)
      : framing_(request.body), progress_(progress) {
    size_t at = 0;
    for (const BodySource& src : request.sources) {
      size_t offset = std::min(src.offset, request.body.size());
      if (offset > at) segments_.push_back(Segment{at, offset - at, nullptr, -1, src.id});
      at = offset;
      const FileParam* file = nullptr;
      for (const auto& f : files) {
        if (f.first == src.id && f.second != nullptr) file = f.second;
      }
      if (file == nullptr) {
        fail(src.id, "no file was given for the upload source \"" + src.id + "\"");
        return;
      }
      Segment seg{0, 0, file, src.size, src.id};
      if (!open(seg, marks)) return;
      segments_.push_back(std::move(seg));
    }
    if (request.body.size() > at) segments_.push_back(Segment{at, request.body.size() - at, nullptr, -1, ""});
    total_ = request.body_size;
  }

  int64_t size() const override { return total_; }

  int64_t read(char* buffer, size_t capacity) override {
    if (failed() || capacity == 0) return failed() ? -1 : 0;
    size_t filled = 0;
    while (filled < capacity && index_ < segments_.size()) {
      Segment& seg = segments_[index_];
      size_t room = capacity - filled;
      if (seg.file == nullptr) {  // framing bytes of request.body
        size_t take = std::min(room, seg.length - pos_);
        std::memcpy(buffer + filled, framing_.data() + seg.start + pos_, take);
        filled += take;
        pos_ += take;
        if (pos_ == seg.length) next();
        continue;
      }
      int64_t want = seg.size >= 0 ? std::min<int64_t>(static_cast<int64_t>(room), seg.size - static_cast<int64_t>(pos_))
                                   : static_cast<int64_t>(room);
      if (want == 0) {
        if (!finish_source(seg)) return -1;
        next();
        continue;
      }
      size_t got = 0;
      if (seg.in == nullptr) {  // bytes in memory
        size_t take = std::min(static_cast<size_t>(want), seg.file->data.size() - pos_);
        std::memcpy(buffer + filled, seg.file->data.data() + pos_, take);
        got = take;
      } else {
        seg.in->read(buffer + filled, static_cast<std::streamsize>(want));
        got = static_cast<size_t>(seg.in->gcount());
        if (got == 0 && seg.in->bad()) {
          fail(seg.id, "reading the upload source \"" + seg.id + "\" failed");
          return -1;
        }
      }
      filled += got;
      pos_ += got;
      if (got == 0) {  // the source ended
        if (seg.size >= 0) {
          fail(seg.id, "the upload source \"" + seg.id + "\" ended after " + std::to_string(pos_) + " of its " +
                           std::to_string(seg.size) + " bytes");
          return -1;
        }
        next();
      }
    }
    sent_ += static_cast<int64_t>(filled);
    if (filled > 0 && progress_ != nullptr && *progress_) {
      try {
        (*progress_)(sent_, total_);
      } catch (...) {
        user_error_ = std::current_exception();
        return -1;
      }
    }
    return static_cast<int64_t>(filled);
  }

  int64_t sent() const { return sent_; }  // bytes handed to the driver so far
  bool failed() const { return !error_id_.empty() || user_error_ != nullptr || !error_message_.empty(); }
  const std::string& error_id() const { return error_id_; }
  const std::string& error_message() const { return error_message_; }
  std::exception_ptr user_error() const { return user_error_; }

 private:
  struct Segment {
    size_t start = 0;   // framing: where in request.body
    size_t length = 0;  // framing: how many bytes
    const FileParam* file = nullptr;  // a source: its FileParam
    int64_t size = -1;                // a source: its length (-1 unknown)
    std::string id;
    std::istream* in = nullptr;  // a source read from a file or stream
  };

  bool open(Segment& seg, SourceMarks& marks) {
    const FileParam& f = *seg.file;
    if (!f.path.empty()) {
      auto file = std::make_unique<std::ifstream>(f.path, std::ios::binary);
      if (!file->is_open()) {
        fail(seg.id, "cannot open " + f.path + ": " + std::strerror(errno));
        return false;
      }
      seg.in = file.get();
      owned_.push_back(std::move(file));
    } else if (f.stream) {
      std::istream* in = f.stream.get();
      auto mark = std::find_if(marks.starts.begin(), marks.starts.end(),
                               [in](const auto& m) { return m.first == in; });
      if (mark == marks.starts.end()) {
        in->clear(in->rdstate() & ~std::ios::failbit);
        std::istream::pos_type start = in->tellg();  // -1: cannot seek, sendable once
        in->clear(in->rdstate() & ~std::ios::failbit);
        marks.starts.emplace_back(in, start);
      } else if (mark->second == std::istream::pos_type(-1)) {
        fail(seg.id, "the stream of upload source \"" + seg.id +
                         "\" cannot be rewound to send it again (give a seekable stream or a path)");
        return false;
      } else {
        in->clear();
        in->seekg(mark->second);
        if (!in->good()) {
          fail(seg.id, "the stream of upload source \"" + seg.id + "\" could not be rewound to send it again");
          return false;
        }
      }
      seg.in = in;
    }
    return true;
  }

  // After a source's last byte: a file must not have grown meanwhile.
  bool finish_source(Segment& seg) {
    if (seg.in != nullptr && !seg.file->path.empty() &&
        seg.in->peek() != std::char_traits<char>::eof()) {
      fail(seg.id, seg.file->path + " changed size while it was sent");
      return false;
    }
    return true;
  }

  void next() {
    ++index_;
    pos_ = 0;
  }

  void fail(const std::string& id, std::string message) {
    error_id_ = id.empty() ? std::string("?") : id;
    error_message_ = std::move(message);
  }

  std::string framing_;  // request.body: a copy, as the call's request changes at its next step
  const ProgressFn* progress_;
  std::vector<Segment> segments_;
  std::vector<std::unique_ptr<std::ifstream>> owned_;
  size_t index_ = 0;
  size_t pos_ = 0;  // within the current segment
  int64_t total_ = -1;
  int64_t sent_ = 0;
  std::string error_id_;
  std::string error_message_;
  std::exception_ptr user_error_;
};

// Runs one Call to DONE or FAIL over one HttpSession. In pull mode
// (EventCursor) run() and resume() also return at each EVENT, with the
// batch kept for take_pulled(); the call is stepped again only at resume().
class Runner final : public ResponseSink {
 public:
  Runner(Call& call, HttpDriver& driver, HttpSession& session, CancelToken::State& cancel, const Hooks* hooks,
         const EventFn& on_event, const Signer* signer = nullptr, bool pull = false, const BytesFn* on_bytes = nullptr,
         const Uploads* files = nullptr, const ProgressFn* progress = nullptr, const std::vector<Tool>* tools = nullptr)
      : call_(call),
        driver_(driver),
        session_(session),
        cancel_(cancel),
        hooks_(hooks),
        on_event_(on_event),
        signer_(signer),
        pull_(pull),
        on_bytes_(on_bytes),
        files_(files),
        progress_(progress),
        tools_(tools) {
    std::lock_guard<std::mutex> lock(cancel_.mu);
    cancel_.sessions.push_back(&session_);
  }

  ~Runner() {
    session_.abort();
    std::lock_guard<std::mutex> lock(cancel_.mu);
    auto& s = cancel_.sessions;
    s.erase(std::find(s.begin(), s.end(), &session_));
  }

  Runner(const Runner&) = delete;
  Runner& operator=(const Runner&) = delete;

  // DONE or FAIL (or, in pull mode, EVENT); a local failure (the driver
  // could not start a request) is in local_error(). Rethrows an exception
  // thrown by on_event.
  int run() {
    advance();
    return loop();
  }

  // Pull mode, after run() or resume() returned EVENT: goes on from there.
  int resume() {
    pulled_.reset();
    advance();
    return loop();
  }

  // Pull mode, after EVENT: the batch record.
  std::string take_pulled() {
    std::string out = pulled_ ? std::move(*pulled_) : std::string();
    pulled_.reset();
    return out;
  }

  int loop() {
    for (;;) {
      if (user_error_) {
        drop_response();
        std::rethrow_exception(user_error_);
      }
      switch (current_) {
        case kDone:
        case kFail:
          drop_response();
          return current_;
        case kSend:
          drop_response();
          start();
          break;
        case kSleep:
          drop_response();
          sleep_until(driver_.now_ms() + std::max<int64_t>(0, call_.delay_ms()));
          advance();
          break;
        case kWait:
          wait_once();
          break;
        case kEvent:
        case kBytes:
          deliver();
          if (pull_ && current_ == kEvent) return kEvent;
          break;
        case kSign:
          drop_response();
          sign();
          advance();
          break;
        case kTools:
          drop_response();
          run_tools();
          break;
        default:
          fail_locally(local_error("internal", "the executor returned an unknown action"));
          break;
      }
    }
  }

  const std::optional<Error>& failure() const { return local_error_; }

  // SIGN: the host's RS256 signature of the JWT the core built, or why
  // there is none (the core then fails the call as authentication).
  void sign() {
    if (signer_ == nullptr || !*signer_) {
      call_.on_sign_error("this client has no JWT signer: give it JwtCredentials with the app's private_key or a signer");
      return;
    }
    try {
      call_.on_signature((*signer_)(call_.sign_input()));
    } catch (const std::exception& e) {
      call_.on_sign_error(e.what());
    } catch (...) {
      call_.on_sign_error("the signer failed");
    }
  }

  // TOOLS: every call of the round on a thread of its own; their results
  // come back to this thread, the only one that touches the call, and are
  // fed as they arrive until the core moves on (every output in, the tool
  // timeout passed, or the call cancelled).
  void run_tools() {
    struct Box {
      std::mutex mu;
      std::condition_variable cv;
      std::deque<std::tuple<std::string, bool, std::string>> done;  // id, failed, output or message
    };
    auto box = std::make_shared<Box>();
    nlohmann::json calls = nlohmann::json::parse(call_.tool_calls(), nullptr, false);
    if (!calls.is_array()) calls = nlohmann::json::array();
    for (const auto& c : calls) {
      std::string id = c.is_object() ? c.value("id", std::string()) : std::string();
      std::string name = c.is_object() ? c.value("name", std::string()) : std::string();
      const Tool* tool = nullptr;
      if (tools_ != nullptr) {
        for (const Tool& t : *tools_) {
          if (t.name == name) tool = &t;
        }
      }
      if (tool == nullptr || !tool->function) {
        call_.on_tool_error(id, "this run has no function for tool '" + name + "'");
        continue;
      }
      std::string args = c.contains("arguments") ? c["arguments"].dump(-1, ' ', false,
                                                                         nlohmann::json::error_handler_t::replace)
                                                 : std::string("{}");
      auto work = [box, id, args, fn = tool->function]() {
        bool failed = false;
        std::string text;
        try {
          Json out = fn(json_view(args));
          if (out.kind() == Json::Kind::String) text = nlohmann::json::parse(out.dump()).get<std::string>();
          else text = out.dump();
        } catch (const std::exception& e) {
          failed = true;
          text = e.what();
        } catch (...) {
          failed = true;
          text = "the tool threw an exception that is not a std::exception";
        }
        std::lock_guard<std::mutex> lock(box->mu);
        box->done.emplace_back(id, failed, std::move(text));
        box->cv.notify_all();
      };
#if defined(__EMSCRIPTEN__) && !defined(__EMSCRIPTEN_PTHREADS__)
      work();  // no threads here: one call after another
#else
      std::thread(std::move(work)).detach();
#endif
    }
    for (;;) {
      std::deque<std::tuple<std::string, bool, std::string>> ready;
      {
        std::lock_guard<std::mutex> lock(box->mu);
        ready.swap(box->done);
      }
      for (auto& r : ready) {
        if (std::get<1>(r)) call_.on_tool_error(std::get<0>(r), std::get<2>(r));
        else call_.on_tool_output(std::get<0>(r), std::get<2>(r));
      }
      advance();
      if (current_ != kWait || user_error_) return;
      if (cancel_pending()) continue;  // the next step hands the cancel to the core
      int64_t wake = call_.wake_at_ms();
      int64_t slice = wake >= 0 ? std::min(wake - driver_.now_ms(), kMaxPollMs) : kMaxPollMs;
      if (slice <= 0) continue;
      std::unique_lock<std::mutex> lock(box->mu);
      box->cv.wait_for(lock, std::chrono::milliseconds(slice), [&box] { return !box->done.empty(); });
    }
  }

  // Tool arguments (JSON text the core validated) as a view for the function.
  static AnyView json_view(const std::string& text) {
    api::JsonNode node;
    if (!api::parse_json(text, node)) return AnyView();
    api::RecordWriter w(false);
    w.write(node, -1, 0);
    return AnyView(Record::from_bytes(w.finish()), 0);
  }

  // ResponseSink: feed the core, then let it act at once.
  bool on_response(int status, const std::vector<Header>& headers) override {
    if (!listening_) return false;
    call_.on_response(status, headers);
    after_feed();
    return listening_;
  }

  bool on_body(const char* data, size_t size) override {
    if (!listening_) return false;
    call_.on_body(data, size);
    after_feed();
    return listening_;
  }

  void on_end() override {
    if (!listening_) return;
    listening_ = false;
    call_.on_end();
    advance();
  }

  void on_transport_error(const std::string& kind, const std::string& message) override {
    if (!listening_) return;
    listening_ = false;
    if (!body_failed()) call_.on_transport_error(kind, message);
    advance();
  }

 private:
  // Steps the core and hands out events until it wants something else.
  void advance() {
    current_ = step();
    deliver();
  }

  int step() {
    if (!cancel_fed_ && cancel_.cancelled.load()) {
      cancel_fed_ = true;
      call_.cancel();
    }
    if (body_ && body_->sent() > body_sent_reported_) {
      // Upload progress: the core's first-byte timeout runs from it, not from the SEND.
      body_sent_reported_ = body_->sent();
      call_.on_body_sent(body_sent_reported_);
    }
    int kind = call_.step(driver_.now_ms());
    if (hooks_ != nullptr) {
      for (const HookEvent& h : call_.take_hooks()) hooks_->dispatch(h);
    }
    return kind;
  }

  // Every event of a batch, from one record, as lazy views. In pull mode
  // the batch is only kept; the call is not stepped until resume().
  void deliver() {
    if (pull_) {
      if (current_ == kEvent && !pulled_) pulled_ = call_.take_events(false);
      return;
    }
    // Runs the caller's code; an exception it throws never crosses the
    // driver's frames (a C library's callbacks): kept, the call stopped, and
    // run() rethrows it. False when it threw.
    auto guarded = [this](auto&& user_code) {
      try {
        user_code();
        return true;
      } catch (...) {
        user_error_ = std::current_exception();
        listening_ = false;
        call_.cancel();
        return false;
      }
    };
    while (current_ == kBytes && !user_error_) {
      // A binary answer's bytes, to the caller's sink as they arrive.
      std::string bytes = call_.take_bytes();
      if (on_bytes_ != nullptr && *on_bytes_ && !guarded([&] { (*on_bytes_)(bytes.data(), bytes.size()); })) return;
      current_ = step();
    }
    while (current_ == kEvent && !user_error_) {
      std::string batch = call_.take_events(false);
      if (on_event_ && !guarded([&] {
            RecordPtr record = Record::from_bytes(std::move(batch));
            AnyView events(record, 0);
            // Once cancelled, the rest of a batch is dropped, not handed out:
            // the next step ends the call as cancelled.
            for (size_t i = 0, n = events.size(); i < n && !cancel_.cancelled.load(); ++i) {
              on_event_(EventView(record, events[i].cell()));
            }
          })) {
        return;
      }
      current_ = step();
    }
  }

  void after_feed() {
    advance();
    if (current_ != kWait || user_error_) listening_ = false;
  }

  void start() {
    listening_ = true;
    in_flight_ = true;
    const HttpRequest& request = call_.request();
    std::string why;
    body_.reset();
    body_sent_reported_ = 0;
    if (request.sources.empty()) {
      why = session_.send(request, *this);
    } else {
      // An upload: its sources are read from their start for this attempt.
      static const Uploads kNoFiles;
      body_ = std::make_unique<SourcedBody>(request, files_ != nullptr ? *files_ : kNoFiles, marks_, progress_);
      if (body_->failed()) {
        listening_ = false;
        in_flight_ = false;
        body_failed();
        advance();
        return;
      }
      why = session_.send_streamed(request, *body_, *this);
    }
    if (!why.empty()) {
      listening_ = false;
      in_flight_ = false;
      if (body_failed()) {
        advance();
        return;
      }
      fail_locally(local_error("internal", why));
      return;
    }
    advance();
  }

  // When the body of the request in flight could not be read: tells the
  // core (a source's failure fails the call as invalid_argument) or keeps
  // the progress callback's exception for run() to rethrow. True then.
  bool body_failed() {
    if (!body_ || !body_->failed()) return false;
    if (body_->user_error()) {
      if (!user_error_) user_error_ = body_->user_error();
      call_.cancel();
    } else {
      call_.on_source_error(body_->error_id(), body_->error_message());
    }
    body_.reset();
    return true;
  }

  void drop_response() {
    if (!in_flight_) return;
    listening_ = false;
    in_flight_ = false;
    session_.abort();
  }

  void fail_locally(Error error) {
    local_error_ = std::move(error);
    current_ = kFail;
  }

  bool cancel_pending() const { return !cancel_fed_ && cancel_.cancelled.load(); }

  // WAIT: move bytes until the core's wake time.
  void wait_once() {
    int64_t wake_at = call_.wake_at_ms();
    if (!in_flight_ || !listening_) {
      drop_response();
      if (wake_at < 0 && !cancel_pending()) {
        fail_locally(local_error("internal", "the executor waits with no request in flight"));
        return;
      }
      if (wake_at >= 0) sleep_until(wake_at);
      advance();
      return;
    }
    if (cancel_pending()) {
      advance();
      return;
    }
    int64_t now = driver_.now_ms();
    if (wake_at >= 0 && now >= wake_at) {
      session_.poll(0);  // what has arrived counts before the deadline
      if (current_ == kWait) advance();
      return;
    }
    int64_t timeout = wake_at >= 0 ? std::min(wake_at - now, kMaxPollMs) : kMaxPollMs;
    session_.poll(timeout);
    if (current_ == kWait && cancel_pending()) advance();
  }

  // Waits (cancellably) until the monotonic time `deadline_ms`.
  void sleep_until(int64_t deadline_ms) {
    for (;;) {
      if (cancel_.cancelled.load()) return;
      int64_t left = deadline_ms - driver_.now_ms();
      if (left <= 0) return;
      session_.poll(std::min(left, kMaxPollMs));
    }
  }

  Call& call_;
  HttpDriver& driver_;
  HttpSession& session_;
  CancelToken::State& cancel_;
  const Hooks* hooks_;
  const EventFn& on_event_;
  const Signer* signer_;
  bool pull_;
  const BytesFn* on_bytes_;
  const Uploads* files_;
  const ProgressFn* progress_;
  const std::vector<Tool>* tools_;
  SourceMarks marks_;
  std::unique_ptr<SourcedBody> body_;  // the upload body in flight (after session_, so it outlives the request)
  int64_t body_sent_reported_ = 0;     // the upload progress the core was told of
  std::optional<std::string> pulled_;  // pull mode: the batch of the EVENT returned
  int current_ = kWait;
  bool in_flight_ = false;  // a request was sent and not yet dropped
  bool listening_ = false;  // the core still reads its response
  bool cancel_fed_ = false;
  std::exception_ptr user_error_;
  std::optional<Error> local_error_;
};

CallOptions call_options(const RequestOptions& options, HttpDriver& driver) {
  CallOptions co;
  co.timeout_ms = options.timeout_ms;
  co.max_retries = options.max_retries;
  co.headers = options.extra_headers;
  co.idempotency = options.idempotency;
  co.idempotency_key = options.idempotency_key;
  co.traceparent = options.traceparent;
  co.tracestate = options.tracestate;
  co.extra_query = options.extra_query;
  if (!options.extra_body.is_null()) co.extra_body = options.extra_body.dump();
  co.wall_ms = driver.wall_ms();  // for ids and HTTP-date Retry-After
  return co;
}

}  // namespace

struct ClientBase::Impl {
  Impl(ClientConfig cfg, std::shared_ptr<HttpDriver> drv, Hooks h)
      : config(std::move(cfg)), core(config), hooks(std::move(h)), driver(std::move(drv)) {}
  ClientConfig config;
  Client core;
  Hooks hooks;
  std::shared_ptr<HttpDriver> driver;
  Signer signer;  // a JWT app's (Auth), for the SIGN actions of its token refreshes

  // Runs the call to its end; throws CozeError on failure. `finish` reads
  // the answer off the call after DONE. `sign_with` signs this call's JWTs
  // instead of the client's signer.
  template <typename Finish>
  auto run(const std::string& op, const std::string& params_json, const EventFn& on_event,
           const RequestOptions& options, Finish finish, const Signer* sign_with = nullptr,
           const BytesFn* on_bytes = nullptr, const Uploads* files = nullptr,
           const std::vector<Tool>* tools = nullptr) {
    Call call(core, op, params_json, call_options(options, *driver));

    std::unique_ptr<HttpSession> session = driver->open();
    if (!session) throw_error(local_error("internal", "the HTTP driver opened no session"));
    int end;
    std::optional<Error> failed;
    {
      Runner runner(call, *driver, *session, *options.cancel.state(), hooks.empty() ? nullptr : &hooks, on_event,
                    sign_with != nullptr ? sign_with : &signer, false, on_bytes, files, &options.on_upload_progress,
                    tools);
      end = runner.run();
      failed = runner.failure();
    }
    if (failed) throw_error(*failed);
    if (end == kFail) throw_error(call.error());
    return finish(call);
  }
};

namespace {
// The C++ runtime that built this library, e.g. "C++17 (gcc 12.2.0)".
std::string cxx_version() {
  std::string standard = __cplusplus >= 202002L ? "C++20" : __cplusplus >= 201703L ? "C++17" : "C++14";
#if defined(__clang__)
  return standard + " (clang " + __clang_version__ + ")";
#elif defined(__GNUC__)
  return standard + " (gcc " + __VERSION__ + ")";
#elif defined(_MSC_VER)
  return standard + " (msvc " + std::to_string(_MSC_VER) + ")";
#else
  return standard;
#endif
}

// The operating system, named and versioned as the kernel reports it.
void os_identity(std::string& name, std::string& version) {
#if defined(__EMSCRIPTEN__)
  name = "emscripten";
#elif defined(_WIN32)
  name = "windows";
#elif defined(__APPLE__)
  name = "darwin";
#elif defined(__linux__)
  name = "linux";
#endif
#if __has_include(<sys/utsname.h>) && !defined(__EMSCRIPTEN__)
  struct utsname u;
  if (uname(&u) == 0) {
    if (name.empty()) {
      name = u.sysname;
      for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    version = u.release;
  }
#else
  (void)version;
#endif
}

// The core's check of a token source, when the client is made rather than
// at its first call: ClientConfig::apply_json reads `auth` as read_auth
// does and says what is wrong, naming the key; that is thrown here as
// InvalidArgumentError.
void check_auth(ClientConfig& config) {
  if (config.auth.empty()) return;
  nlohmann::json auth = nlohmann::json::parse(config.auth, nullptr, false);
  nlohmann::json wrapped = {{"auth", auth.is_discarded() ? nlohmann::json(config.auth) : auth}};
  std::string why = config.apply_json(wrapped.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  if (!why.empty()) throw_error(local_error("invalid_argument", why));
}

ClientConfig seeded(ClientConfig config, HttpDriver& driver, const Hooks& hooks) {
  check_auth(config);
  if (config.seed == 0) config.seed = driver.seed();
  config.hooks = static_cast<bool>(hooks.on_request_sent || hooks.on_response_head || hooks.on_retry_scheduled ||
                                   hooks.on_call_finished || hooks.on_health_changed || hooks.on_tool_called ||
                                   hooks.on_tool_finished);
  config.metrics = static_cast<bool>(hooks.on_metric);
  // Who is calling (X-Coze-Client-User-Agent): this C++ runtime and OS,
  // unless the caller named itself.
  if (config.lang.empty()) config.lang = "c++";
  if (config.lang == "c++" && config.lang_version.empty()) config.lang_version = cxx_version();
  if (config.os_name.empty() && config.os_version.empty()) os_identity(config.os_name, config.os_version);
  return config;
}
}  // namespace

ClientBase::ClientBase(ClientConfig config, std::shared_ptr<HttpDriver> driver, Hooks hooks) {
  if (!driver) throw_error(local_error("invalid_argument", "no HTTP driver"));
  ClientConfig ready = seeded(std::move(config), *driver, hooks);
  impl_ = std::make_unique<Impl>(std::move(ready), std::move(driver), std::move(hooks));
}

ClientBase::ClientBase(ClientConfig config, Auth auth, std::shared_ptr<HttpDriver> driver, Hooks hooks) {
  if (!driver) throw_error(local_error("invalid_argument", "no HTTP driver"));
  Signer signer = std::move(auth.signer_);
  if (auth.type_ == "jwt" && !signer) {
    if (auth.private_key_.empty()) {
      throw_error(local_error("invalid_argument", "JwtCredentials needs the app's private_key (PEM) or a signer"));
    }
    signer = driver->rs256_signer(auth.private_key_);  // throws InvalidArgumentError for a bad key
    if (!signer) throw_error(local_error("invalid_argument", "the HTTP driver gave no JWT signer"));
  }
  if (!auth.type_.empty()) config.auth = auth.config_json_;
  ClientConfig ready = seeded(std::move(config), *driver, hooks);
  impl_ = std::make_unique<Impl>(std::move(ready), std::move(driver), std::move(hooks));
  impl_->signer = std::move(signer);
}

ClientBase::~ClientBase() = default;

const ClientConfig& ClientBase::config() const { return impl_->config; }

AnyView ClientBase::call(const std::string& op, const std::string& params_json, const RequestOptions& options) {
  return impl_->run(op, params_json, nullptr, options, [](Call& call) {
    RecordPtr record = Record::from_bytes(call.result_record(false));
    return AnyView(std::move(record), 0);
  });
}

void ClientBase::stream(const std::string& op, const std::string& params_json, const EventFn& on_event,
                        const RequestOptions& options) {
  impl_->run(op, params_json, on_event, options, [](Call&) { return 0; });
}

Binary ClientBase::call_binary(const std::string& op, const std::string& params_json, const RequestOptions& options) {
  std::string data;
  BytesFn gather = [&data](const char* bytes, size_t size) { data.append(bytes, size); };
  return impl_->run(
      op, params_json, nullptr, options,
      [&data](Call& call) { return Binary{std::move(data), call.content_type()}; }, nullptr, &gather);
}

AnyView ClientBase::call(const std::string& op, const std::string& params_json, const RequestOptions& options,
                         const Uploads& files) {
  return impl_->run(
      op, params_json, nullptr, options,
      [](Call& call) {
        RecordPtr record = Record::from_bytes(call.result_record(false));
        return AnyView(std::move(record), 0);
      },
      nullptr, nullptr, &files);
}

Download ClientBase::call_binary(const std::string& op, const std::string& params_json, const ByteSink& sink,
                                 const RequestOptions& options) {
  const ByteSink::State* to = sink.state().get();
  if (to == nullptr) throw_error(local_error("invalid_argument", "an empty ByteSink"));
  std::ofstream file;
  int64_t written = 0;
  auto open_file = [&]() {
    if (file.is_open()) return;
    file.open(to->path, std::ios::binary | std::ios::trunc);
    if (!file.is_open()) {
      throw_error(local_error("invalid_argument", "cannot write " + to->path + ": " + std::strerror(errno)));
    }
  };
  BytesFn write = [&](const char* bytes, size_t size) {
    if (to->on_bytes) {
      to->on_bytes(std::string_view(bytes, size));
    } else if (to->out != nullptr) {
      if (!to->out->write(bytes, static_cast<std::streamsize>(size))) {
        throw_error(local_error("invalid_argument", "the output stream failed"));
      }
    } else {
      open_file();
      if (!file.write(bytes, static_cast<std::streamsize>(size))) {
        throw_error(local_error("internal", "writing " + to->path + " failed"));
      }
    }
    written += static_cast<int64_t>(size);
  };
  try {
    return impl_->run(
        op, params_json, nullptr, options,
        [&](Call& call) {
          if (!to->path.empty()) {
            open_file();  // an empty answer still makes the file
            file.close();
            if (file.fail()) throw_error(local_error("internal", "writing " + to->path + " failed"));
          }
          return Download{call.content_type(), written};
        },
        nullptr, &write);
  } catch (...) {
    if (!to->path.empty() && file.is_open()) {
      file.close();
      std::remove(to->path.c_str());
    }
    throw;
  }
}

std::string ClientBase::run(const std::string& op, const std::string& params_json, const EventFn& on_event,
                            const RequestOptions& options) {
  return impl_->run(op, params_json, on_event, options, [](Call& call) { return call.result(); });
}

// ---------------------------------------------------------------------------
// Pulled calls (pages) and chat.create_and_poll.

// One pulled call: the Runner in pull mode over its own Call and session.
// Members go in reverse order: the runner (which aborts the request in
// flight) first, then the session, then the call.
struct EventCursor::State {
  std::unique_ptr<Call> call;
  std::unique_ptr<HttpSession> session;
  CancelToken cancel;  // keeps the token's state alive while the runner is registered with it
  EventFn no_events;   // the runner's on_event: unused in pull mode
  std::unique_ptr<Runner> runner;
  bool started = false;
  RecordPtr batch;
  size_t count = 0;  // events in batch
  size_t index = 0;  // the next one to hand out

  // Drops the runner, the session and the call (in that order).
  void release() {
    runner.reset();
    session.reset();
    call.reset();
  }
};

EventCursor::EventCursor() = default;
EventCursor::EventCursor(std::unique_ptr<State> state) : state_(std::move(state)) {}
EventCursor::EventCursor(EventCursor&&) noexcept = default;
EventCursor& EventCursor::operator=(EventCursor&&) noexcept = default;
EventCursor::~EventCursor() = default;

std::optional<EventView> EventCursor::next() {
  State* s = state_.get();
  if (s == nullptr) return std::nullopt;
  for (;;) {
    if (s->batch && s->index < s->count && !s->cancel.cancelled()) {  // cancelled: the rest is dropped
      AnyView events(s->batch, 0);
      return EventView(s->batch, events[s->index++].cell());
    }
    s->batch.reset();
    if (!s->runner) return std::nullopt;  // done or failed before
    int end = s->started ? s->runner->resume() : s->runner->run();
    s->started = true;
    if (end == kEvent) {
      s->batch = Record::from_bytes(s->runner->take_pulled());
      s->count = AnyView(s->batch, 0).size();
      s->index = 0;
      continue;
    }
    std::optional<Error> local = s->runner->failure();
    if (local) {
      s->release();
      throw_error(*local);
    }
    if (end == kFail) {
      Error e = s->call->error();
      s->release();
      throw_error(std::move(e));
    }
    result_ = AnyView(Record::from_bytes(s->call->result_record(false)), 0);
    s->release();
    return std::nullopt;
  }
}

EventCursor ClientBase::pull(const std::string& op, const std::string& params_json, const RequestOptions& options) {
  const api::OpSpec* spec = api::find_op(op);
  if (spec != nullptr && spec->response == static_cast<uint8_t>(api::ResponseKind::Sse)) {
    throw_error(local_error("invalid_argument", op + " is a stream: read it with stream(), not pull()"));
  }
  auto s = std::make_unique<EventCursor::State>();
  s->call = std::make_unique<Call>(impl_->core, op, params_json, call_options(options, *impl_->driver));
  s->session = impl_->driver->open();
  if (!s->session) throw_error(local_error("internal", "the HTTP driver opened no session"));
  s->cancel = options.cancel;
  s->runner = std::make_unique<Runner>(*s->call, *impl_->driver, *s->session, *s->cancel.state(),
                                       impl_->hooks.empty() ? nullptr : &impl_->hooks, s->no_events,
                                       &impl_->signer, /*pull=*/true);
  return EventCursor(std::move(s));
}

ChatPoll ClientBase::create_and_poll(const std::string& params_json, const PollOptions& poll,
                                     const RequestOptions& options) {
  nlohmann::json params = nlohmann::json::parse(params_json, nullptr, false);
  if (!params.is_object()) {
    throw_error(local_error("invalid_argument", "chat.create_and_poll: params must be a JSON object"));
  }
  params["poll_interval_ms"] = poll.interval_ms;
  RequestOptions o = options;
  if (poll.timeout_ms >= 0) o.timeout_ms = poll.timeout_ms;
  ChatPoll out;
  EventFn on_event = [&out](const EventView& ev) {
    if (ev.type() == "chat") out.chat = model::Chat(ev.payload());
  };
  std::string text = params.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return impl_->run("chat.create_and_poll", text, on_event, o, [&out](Call& call) {
    AnyView messages(Record::from_bytes(call.result_record(false)), 0);
    out.messages = detail::read_or_empty<std::vector<model::Message>>(messages);
    return std::move(out);
  });
}

// ---------------------------------------------------------------------------
// Local tools (chat.run_tools).

Tool::Tool(std::string name_, std::string parameters_json_, Function function_, std::string description_)
    : name(std::move(name_)),
      parameters_json(std::move(parameters_json_)),
      description(std::move(description_)),
      function(std::move(function_)) {
  if (name.empty()) throw_error(local_error("invalid_argument", "a tool needs a name"));
  if (parameters_json.empty()) parameters_json = "{\"type\": \"object\"}";
  std::string problem = tool_schema_check(parameters_json);
  if (!problem.empty()) throw_error(local_error("invalid_argument", "tool '" + name + "': " + problem));
  if (!function) throw_error(local_error("invalid_argument", "tool '" + name + "' has no function"));
}

void ClientBase::run_tools(const std::string& params_json, const std::vector<Tool>& tools, const EventFn& on_event,
                           const ToolsOptions& run, const RequestOptions& options) {
  nlohmann::json params = nlohmann::json::parse(params_json, nullptr, false);
  if (!params.is_object()) throw_error(local_error("invalid_argument", "chat.run_tools: params must be a JSON object"));
  nlohmann::json list = nlohmann::json::array();
  for (const Tool& t : tools) {
    nlohmann::json schema = nlohmann::json::parse(t.parameters_json, nullptr, false);
    nlohmann::json one = {{"name", t.name}, {"parameters", schema}};
    if (!t.description.empty()) one["description"] = t.description;
    list.push_back(std::move(one));
  }
  params["tools"] = std::move(list);
  params["max_rounds"] = run.max_rounds;
  params["tool_timeout_ms"] = run.tool_timeout_ms;
  params["tool_errors"] = run.fail_on_error ? "fail" : "output";
  std::string text = params.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  impl_->run("chat.run_tools", text, on_event, options, [](Call&) { return 0; }, nullptr, nullptr, nullptr, &tools);
}

// ---------------------------------------------------------------------------
// Auth: token sources, the OAuth flows (operations of the core) and helpers.

namespace {

using njson = nlohmann::json;

std::string dump_json(const njson& j) { return j.dump(-1, ' ', false, njson::error_handler_t::replace); }

njson parse_object(const std::string& text) {
  njson j = njson::parse(text, nullptr, false);
  return j.is_object() ? j : njson::object();
}

std::string string_of(const njson& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// A token answer (oauth.* flows) read as its model.
model::OAuthToken token_of(Call& call) {
  return model::OAuthToken(AnyView(Record::from_bytes(call.result_record(false)), 0));
}

// The optional fields of a JWT app, as the core names them; what is unset
// is left to the core's defaults.
void put_jwt_options(njson& j, const JwtCredentials& app) {
  if (app.ttl_seconds) j["ttl_seconds"] = *app.ttl_seconds;
  if (!app.session_name.empty()) j["session_name"] = app.session_name;
  if (!app.account_id.empty()) j["account_id"] = app.account_id;
  if (!app.enterprise_id.empty()) j["enterprise_id"] = app.enterprise_id;
  if (!app.scope.is_null()) {
    njson scope = njson::parse(app.scope.dump(), nullptr, false);
    if (!scope.is_discarded()) j["scope"] = std::move(scope);
  }
}

}  // namespace

// ClientConfig.auth as the core reads it (its keys only); the core checks
// it when the client is made (check_auth).
Auth::Auth(OAuthCredentials c) : type_("oauth") {
  njson j = {{"type", "oauth"},
             {"client_id", c.client_id},
             {"access_token", c.access_token},
             {"refresh_token", c.refresh_token}};
  if (c.expires_in) j["expires_in"] = *c.expires_in;
  if (!c.client_secret.empty()) j["client_secret"] = c.client_secret;
  if (c.refresh_margin_s) j["refresh_margin_s"] = *c.refresh_margin_s;
  config_json_ = dump_json(j);
}

Auth::Auth(JwtCredentials c) : type_("jwt"), private_key_(std::move(c.private_key)), signer_(std::move(c.signer)) {
  njson j = {{"type", "jwt"}, {"client_id", c.client_id}, {"public_key_id", c.public_key_id}};
  put_jwt_options(j, c);
  if (c.refresh_margin_s) j["refresh_margin_s"] = *c.refresh_margin_s;
  config_json_ = dump_json(j);
}

Signer HttpDriver::rs256_signer(const std::string&) {
  throw_error(local_error("invalid_argument",
                          "this HTTP driver cannot read private keys: give JwtCredentials a signer "
                          "(coze::curl::rs256_signer makes one with OpenSSL)"));
}

TokenInfo ClientBase::token() const {
  TokenInfo t;
  njson j = parse_object(impl_->core.token_json());
  if (j.empty()) {
    t.access_token = impl_->config.token;
    return t;
  }
  t.access_token = string_of(j, "access_token");
  t.refresh_token = string_of(j, "refresh_token");
  if (j.contains("expires_in") && j["expires_in"].is_number_integer()) t.expires_in = j["expires_in"].get<int64_t>();
  if (j.contains("refreshes") && j["refreshes"].is_number_integer()) t.refreshes = j["refreshes"].get<int64_t>();
  return t;
}

std::string ClientBase::token_json() const { return impl_->core.token_json(); }

model::ClientHealth ClientBase::health() const {
  Decoded d = decode_model("ClientHealth", impl_->core.health_json(impl_->driver->now_ms()));
  if (!d.error.kind.empty()) throw_error(std::move(d.error));
  return model::ClientHealth(AnyView(Record::from_bytes(std::move(d.record)), 0));
}

model::OAuthToken ClientBase::exchange_code(const ExchangeCodeParams& params, const RequestOptions& options) {
  njson j = {{"client_id", params.client_id}, {"code", params.code}, {"redirect_uri", params.redirect_uri}};
  if (!params.code_verifier.empty()) j["code_verifier"] = params.code_verifier;
  if (!params.client_secret.empty()) j["client_secret"] = params.client_secret;
  return impl_->run("oauth.exchange_code", dump_json(j), nullptr, options, token_of);
}

model::OAuthToken ClientBase::refresh(const RefreshParams& params, const RequestOptions& options) {
  njson j = {{"client_id", params.client_id}, {"refresh_token", params.refresh_token}};
  if (!params.client_secret.empty()) j["client_secret"] = params.client_secret;
  return impl_->run("oauth.refresh", dump_json(j), nullptr, options, token_of);
}

model::OAuthToken ClientBase::device_flow(const std::string& client_id,
                                          const std::function<void(const model::DeviceCode&)>& on_code,
                                          const RequestOptions& options) {
  njson j = {{"client_id", client_id}};
  EventFn on_event = [&on_code](const EventView& ev) {
    if (ev.type() == "device_code" && on_code) on_code(model::DeviceCode(ev.payload()));
  };
  return impl_->run("oauth.device_flow", dump_json(j), on_event, options, token_of);
}

model::OAuthToken ClientBase::jwt_token(const JwtCredentials& app, const RequestOptions& options) {
  Signer signer = app.signer;
  if (!signer) {
    if (app.private_key.empty()) {
      throw_error(local_error("invalid_argument", "jwt_token needs the app's private_key (PEM) or a signer"));
    }
    signer = impl_->driver->rs256_signer(app.private_key);
  }
  njson j = {{"client_id", app.client_id}, {"public_key_id", app.public_key_id}};
  put_jwt_options(j, app);
  return impl_->run("oauth.jwt_token", dump_json(j), nullptr, options, token_of, &signer);
}

PkcePair pkce_pair(const std::string& random_bytes) {
  if (random_bytes.size() < 32) {
    throw_error(local_error("invalid_argument", "pkce_pair needs at least 32 random bytes from a CSPRNG"));
  }
  PkcePair p;
  p.verifier = pkce_verifier(random_bytes);
  p.challenge = pkce_challenge(p.verifier);
  if (p.verifier.empty() || p.challenge.empty()) throw_error(local_error("internal", "no PKCE pair was made"));
  return p;
}

std::string random_state(const std::string& random_bytes) {
  if (random_bytes.size() < 16) {
    throw_error(local_error("invalid_argument", "random_state needs at least 16 random bytes from a CSPRNG"));
  }
  return auth::base64url(random_bytes);
}

std::string authorize_url(const AuthorizeParams& params) {
  njson j = {{"client_id", params.client_id},       {"redirect_uri", params.redirect_uri},
             {"state", params.state},               {"base_url", params.base_url},
             {"www_base", params.www_base},         {"workspace_id", params.workspace_id}};
  if (!params.code_challenge.empty()) {
    j["code_challenge"] = params.code_challenge;
    j["code_challenge_method"] = "S256";
  }
  njson answer = parse_object(oauth_authorize_url(dump_json(j)));
  std::string url = string_of(answer, "url");
  if (url.empty()) {
    std::string why = string_of(answer, "error");
    throw_error(local_error("invalid_argument", why.empty() ? "no authorize URL was made" : why));
  }
  return url;
}

OAuthApp load_oauth_app(const std::string& json_text) {
  njson answer = parse_object(oauth_app_config(json_text));
  std::string why = string_of(answer, "error");
  if (!why.empty() || answer.empty()) {
    throw_error(local_error("invalid_argument", why.empty() ? "OAuth app config: not readable" : why));
  }
  OAuthApp app;
  app.client_type = string_of(answer, "client_type");
  app.client_id = string_of(answer, "client_id");
  app.base_url = string_of(answer, "base_url");
  app.www_base = string_of(answer, "www_base");
  app.public_key_id = string_of(answer, "public_key_id");
  app.private_key = string_of(answer, "private_key");
  app.client_secret = string_of(answer, "client_secret");
  return app;
}

JwtCredentials OAuthApp::jwt(std::optional<int64_t> ttl_seconds, const std::string& session_name) const {
  JwtCredentials c;
  c.client_id = client_id;
  c.public_key_id = public_key_id;
  c.private_key = private_key;
  c.ttl_seconds = ttl_seconds;
  c.session_name = session_name;
  return c;
}

ClientConfig OAuthApp::config() const {
  ClientConfig c;
  c.base_url = base_url;
  return c;
}

std::string OAuthApp::authorize_url(const std::string& redirect_uri, const std::string& state,
                                    const std::string& code_challenge) const {
  AuthorizeParams p;
  p.client_id = client_id;
  p.redirect_uri = redirect_uri;
  p.state = state;
  p.code_challenge = code_challenge;
  p.base_url = base_url;
  p.www_base = www_base;
  return coze::authorize_url(p);
}

Error OAuthApp::oauth_app_error(const std::string& client_type) {
  return local_error("invalid_argument", "a " + client_type +
                                             " app has no token of its own: get a user's token with exchange_code "
                                             "or device_flow, then make the client with OAuthCredentials");
}

}  // namespace coze
