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
  int max_retries = -1;         // -1: the client's
  std::vector<Header> headers;  // extra request headers
  bool idempotency = true;      // send an idempotency key (when the client names a header)
  std::string idempotency_key;  // "" generates a ULID per call
  std::string traceparent;      // W3C trace context to pass through; "" none
  std::string tracestate;       // sent with traceparent
  CancelToken cancel;           // keep a copy to cancel the call from elsewhere
};

// Per-client observers. Each is optional and runs on the calling thread as
// the call goes; an exception thrown by a hook is dropped (hooks observe,
// they do not steer). Headers in the events are redacted; bodies only with
// ClientConfig.hook_bodies.
struct Hooks {
  std::function<void(const HookEvent&)> on_request_sent;
  std::function<void(const HookEvent&)> on_response_head;
  std::function<void(const HookEvent&)> on_retry_scheduled;
  std::function<void(const HookEvent&)> on_call_finished;

  bool empty() const { return !on_request_sent && !on_response_head && !on_retry_scheduled && !on_call_finished; }
  void dispatch(const HookEvent& event) const;  // to the hook of event.kind, if any
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

// One function call the bot asks the client to run (requires_action).
struct ToolCallFunction {
  std::string name;
  std::string arguments;  // JSON text of the arguments
};

struct ToolCall {
  std::string id;    // answer with tool_outputs [{tool_call_id: id, output}]
  std::string type;  // "function"
  ToolCallFunction function;
};

// What a chat in status requires_action waits for.
struct RequiredAction {
  std::string type;                  // "submit_tool_outputs"
  std::vector<ToolCall> tool_calls;  // required_action.submit_tool_outputs.tool_calls
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
  RequiredAction required_action;  // empty unless status is requires_action
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
  std::string debug_url;  // of a done event sent as {debug_url}; "" for "[DONE]"

  bool is_delta() const { return type == "conversation.message.delta"; }
  bool is_done() const { return type == "done"; }
  // conversation.audio.delta, or a message whose content_type is "audio".
  bool is_audio() const;
  // The audio bytes of an audio event (its content is base64), "" for other
  // events. Throws a CozeError of kind "decode" when the content is not base64.
  std::string audio() const;
  // The calls a conversation.chat.requires_action event asks for (else empty).
  const std::vector<ToolCall>& tool_calls() const { return chat.required_action.tool_calls; }
};

// Decoders, also for users of CozeClient::run. decode_chat throws a
// CozeError of kind "decode" when the text is not a JSON object;
// decode_chat_event never throws (undecodable data leaves the typed parts empty).
Chat decode_chat(const std::string& json);
ChatEvent decode_chat_event(const Event& event);

// Workflow streams (workflows.runs.stream / .resume). The server's event
// names (Message, Error, Interrupt, Done, PING) are matched case-insensitively.
enum class WorkflowEventType { Message, Error, Interrupt, Done, Ping, Unknown };

// "message", "error", "interrupt", "done", "ping", "unknown".
const char* workflow_event_type_name(WorkflowEventType type);

// Output of a workflow node (a Message event).
struct WorkflowMessage {
  std::string content;
  std::string content_type;
  std::string node_title;
  std::string node_seq_id;                 // the message's index within its node
  bool node_is_finish = false;             // the node's last message
  std::map<std::string, std::string> ext;  // values as text (JSON text unless a string)
  bool has_usage = false;
  ChatUsage usage;
};

struct WorkflowError {
  int64_t error_code = 0;
  std::string error_message;
};

// A node waiting for input: resume with event_id and type (workflows.runs.resume
// params event_id, interrupt_type).
struct WorkflowInterruptData {
  std::string event_id;
  int64_t type = 0;
  std::string data;
};

struct WorkflowInterrupt {
  WorkflowInterruptData interrupt_data;
  std::string node_title;
};

struct WorkflowEvent {
  WorkflowEventType type = WorkflowEventType::Unknown;
  std::string event;  // the name as received (an unknown event keeps its own)
  std::string data;   // the JSON payload as received
  WorkflowMessage message;      // type Message
  WorkflowError error;          // type Error
  WorkflowInterrupt interrupt;  // type Interrupt
  std::string debug_url;        // type Done, when the server sent one

  bool is_done() const { return type == WorkflowEventType::Done; }
};

// Never throws: an unknown name gives type Unknown, undecodable data leaves
// the typed parts empty.
WorkflowEvent decode_workflow_event(const Event& event);

// The answer of workflows.runs.create: `data` is the workflow's output (the
// API sends it as JSON text; here it is JSON, or a JSON string when the text
// did not parse).
struct WorkflowRun {
  std::string data;  // JSON
  std::string debug_url;
  std::string execute_id;  // set for asynchronous runs
  bool has_usage = false;
  ChatUsage usage;
  std::string json;  // the whole result as received
};

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

  // chat.submit_tool_outputs: params {conversation_id, chat_id,
  // tool_outputs: [{tool_call_id, output}]}; the chat as answered.
  Chat submit_tool_outputs(const std::string& params_json,
                           const RequestOptions& options = RequestOptions()) const;
  // chat.submit_tool_outputs.stream: the rest of the chat as events, like stream().
  Chat submit_tool_outputs_stream(const std::string& params_json, const EventHandler& on_event,
                                  const RequestOptions& options = RequestOptions()) const;

 private:
  friend class CozeClient;
  friend class WorkflowResource;
  explicit ChatResource(CozeClient& client) : client_(&client) {}
  Chat run_stream(const char* op, const std::string& params_json, const EventHandler& on_event,
                  const RequestOptions& options) const;
  CozeClient* client_;
};

// The workflow endpoints; params are JSON objects with the API's field names.
class WorkflowResource {
 public:
  // workflows.runs.create: {workflow_id, parameters, bot_id, app_id, is_async, ...}.
  WorkflowRun create(const std::string& params_json, const RequestOptions& options = RequestOptions()) const;

  // workflows.runs.stream: calls on_event for each event as it arrives, the
  // last being Done. An Error event ends the call with a CozeError of kind "stream".
  using EventHandler = std::function<void(const WorkflowEvent&)>;
  void stream(const std::string& params_json, const EventHandler& on_event,
              const RequestOptions& options = RequestOptions()) const;

  // workflows.runs.resume: {workflow_id, event_id, resume_data, interrupt_type},
  // event_id and interrupt_type from the Interrupt event; streams like stream().
  void resume(const std::string& params_json, const EventHandler& on_event,
              const RequestOptions& options = RequestOptions()) const;

  // workflows.chat.stream: {workflow_id, additional_messages, ...}; chat events.
  Chat chat(const std::string& params_json, const ChatResource::EventHandler& on_event,
            const RequestOptions& options = RequestOptions()) const;

 private:
  friend class CozeClient;
  explicit WorkflowResource(CozeClient& client) : client_(&client) {}
  void run_stream(const char* op, const std::string& params_json, const EventHandler& on_event,
                  const RequestOptions& options) const;
  CozeClient* client_;
};

class CozeClient {
 public:
  // A config with seed 0 gets a seed from the OS CSPRNG.
  explicit CozeClient(ClientConfig config);
  CozeClient(ClientConfig config, Hooks hooks);
  explicit CozeClient(const std::string& token, const std::string& base_url = "https://api.coze.com");
  ~CozeClient();
  CozeClient(const CozeClient&) = delete;
  CozeClient& operator=(const CozeClient&) = delete;

  const ClientConfig& config() const;
  ChatResource chat() { return ChatResource(*this); }
  WorkflowResource workflows() { return WorkflowResource(*this); }

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
