// The native convenience client: runs the core's sans-IO calls over libcurl,
// so a C++ user never sees actions.
//
//   coze::ClientConfig config;
//   config.token = "pat_...";
//   coze::CozeClient client(config);
//
//   coze::ChatRequest req;
//   req.bot_id = "73...";
//   req.user_id = "u1";
//   req.additional_messages.push_back(coze::EnterMessage::user("Hello"));
//   client.chat().stream(req, [](const coze::ChatEvent& ev) {
//     if (ev.is_delta()) std::cout << ev.message.content << std::flush;
//   });
//
// Every failure is thrown as a coze::CozeError holding a coze::Error. A
// CozeClient may be used from several threads at once; each call blocks the
// thread that makes it. Link the CMake target cozecore::curl.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "coze/coze.h"

namespace coze {

// The one exception type of the client; error() has every detail.
class CozeError : public std::runtime_error {
 public:
  explicit CozeError(Error error);
  const Error& error() const noexcept { return error_; }
  const std::string& kind() const noexcept { return error_.kind; }
  int http_status() const noexcept { return error_.http_status; }
  int64_t code() const noexcept { return error_.code; }
  const std::string& logid() const noexcept { return error_.logid; }
  bool retryable() const noexcept { return error_.retryable; }

 private:
  Error error_;
};

// One line describing an error: kind, HTTP status, Coze code, message, log id.
std::string describe(const Error& error);

// Cancels the calls it is passed to, from any thread. Copies share one
// state; once cancelled it stays cancelled (later calls fail at once).
class CancelToken {
 public:
  CancelToken();
  void cancel();
  bool cancelled() const;

  struct State;
  const std::shared_ptr<State>& state() const { return state_; }

 private:
  std::shared_ptr<State> state_;
};

struct RequestOptions {
  int64_t timeout_ms = -1;      // whole call (attempts and sleeps); -1: the client's
  std::vector<Header> headers;  // extra request headers
  CancelToken cancel;           // keep a copy to cancel the call from elsewhere
};

// A message to send (`additional_messages` item).
struct EnterMessage {
  std::string role = "user";
  std::string content;
  std::string content_type = "text";

  static EnterMessage user(std::string content);
  static EnterMessage assistant(std::string content);
};

// Parameters of chat.create / chat.stream, named as the API names them.
struct ChatRequest {
  std::string bot_id;
  std::string user_id;
  std::string conversation_id;  // "" for a new conversation
  std::vector<EnterMessage> additional_messages;
  std::map<std::string, std::string> custom_variables;
  std::map<std::string, std::string> meta_data;
  bool auto_save_history = true;

  // The JSON object the core takes as the operation's params.
  std::string to_json() const;
};

struct ChatMessage {
  std::string id;
  std::string conversation_id;
  std::string bot_id;
  std::string chat_id;
  std::string section_id;
  std::string role;          // user, assistant
  std::string type;          // answer, question, function_call, tool_output, follow_up, verbose, ...
  std::string content;
  std::string content_type;  // text, object_string, card, audio
  std::string reasoning_content;
  int64_t created_at = 0;
  int64_t updated_at = 0;
};

struct ChatUsage {
  int64_t token_count = 0;
  int64_t output_count = 0;
  int64_t input_count = 0;
};

struct Chat {
  std::string id;
  std::string conversation_id;
  std::string bot_id;
  std::string section_id;
  std::string status;  // created, in_progress, completed, failed, requires_action, canceled
  int64_t created_at = 0;
  int64_t completed_at = 0;
  int64_t failed_at = 0;
  ChatUsage usage;
  int64_t last_error_code = 0;
  std::string last_error_msg;
  std::string json;  // the whole object as received
};

// One stream event. `data` is the raw JSON payload; message and chat events
// also come decoded.
struct ChatEvent {
  std::string type;  // conversation.message.delta, conversation.chat.completed, done, ...
  std::string data;
  bool has_message = false;  // conversation.message.* / conversation.audio.*
  ChatMessage message;
  bool has_chat = false;  // conversation.chat.*
  Chat chat;

  bool is_delta() const { return type == "conversation.message.delta"; }
  bool is_done() const { return type == "done"; }
};

// Decoders, also for users of CozeClient::run. decode_chat throws a
// CozeError of kind "decode" when the text is not a JSON object;
// decode_chat_event never throws (undecodable data leaves the typed parts empty).
Chat decode_chat(const std::string& json);
ChatEvent decode_chat_event(const Event& event);

class CozeClient;

class ChatResource {
 public:
  // chat.create: the chat as created (status "created" or "in_progress").
  Chat create(const ChatRequest& request, const RequestOptions& options = RequestOptions()) const;
  Chat create(const std::string& params_json, const RequestOptions& options = RequestOptions()) const;

  // chat.stream: calls on_event for each event as it arrives (the last is
  // "done"); returns the chat as of its last conversation.chat.* event.
  using EventHandler = std::function<void(const ChatEvent&)>;
  Chat stream(const ChatRequest& request, const EventHandler& on_event,
              const RequestOptions& options = RequestOptions()) const;
  Chat stream(const std::string& params_json, const EventHandler& on_event,
              const RequestOptions& options = RequestOptions()) const;

 private:
  friend class CozeClient;
  explicit ChatResource(CozeClient& client) : client_(&client) {}
  CozeClient* client_;
};

class CozeClient {
 public:
  // A config with seed 0 gets a seed from the OS CSPRNG.
  explicit CozeClient(ClientConfig config);
  explicit CozeClient(const std::string& token, const std::string& base_url = "https://api.coze.com");
  ~CozeClient();
  CozeClient(const CozeClient&) = delete;
  CozeClient& operator=(const CozeClient&) = delete;

  const ClientConfig& config() const;
  ChatResource chat() { return ChatResource(*this); }

  // Any operation of supported_operations(): params as a JSON object, each
  // stream event to on_event (may be empty); returns the result JSON ("" for
  // streams). Throws CozeError.
  using EventHandler = std::function<void(const Event&)>;
  std::string run(const std::string& op, const std::string& params_json,
                  const EventHandler& on_event = EventHandler(),
                  const RequestOptions& options = RequestOptions());

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace coze
