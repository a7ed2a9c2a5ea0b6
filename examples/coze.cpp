// coze: a small command line client of the Coze API over cozecore.
//
//   coze chat --bot-id ID [--user-id U] [--conversation-id C] [--stream] MESSAGE
//   coze run OP PARAMS_JSON
//   coze upload PATH                       (files.upload, streamed from the path)
//   coze speech --voice-id V --out PATH TEXT  (audio.speech.create, streamed to PATH)
//   coze --version
//
// The token comes from --token or COZE_API_TOKEN, the API base from
// --base-url or COZE_API_BASE. Exit codes: 0 ok, 1 API or transport error,
// 2 usage error.
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include "coze/client.h"

namespace {

const char* const kUsage =
    "usage: coze chat [--base-url URL] [--token TOKEN] --bot-id ID [--user-id U]\n"
    "                 [--conversation-id C] [--stream] MESSAGE\n"
    "       coze run [--base-url URL] [--token TOKEN] OP PARAMS_JSON\n"
    "       coze upload [--base-url URL] [--token TOKEN] PATH\n"
    "       coze speech [--base-url URL] [--token TOKEN] --voice-id V --out PATH TEXT\n"
    "       coze --version\n"
    "The token may also come from COZE_API_TOKEN, the base URL from COZE_API_BASE.\n";

struct UsageError {
  std::string message;
};

struct Args {
  std::string command;
  std::map<std::string, std::string> options;
  bool stream = false;
  std::vector<std::string> positional;
};

Args parse(int argc, char** argv) {
  static const char* const kValued[] = {"--base-url",        "--token",    "--bot-id", "--user-id",
                                         "--conversation-id", "--voice-id", "--out"};
  Args args;
  if (argc < 2) throw UsageError{"missing command"};
  args.command = argv[1];
  for (int i = 2; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--") {
      for (++i; i < argc; ++i) args.positional.push_back(argv[i]);
      break;
    }
    if (a == "--stream") {
      args.stream = true;
      continue;
    }
    if (a.size() > 2 && a.compare(0, 2, "--") == 0) {
      std::string name = a, value;
      bool has_value = false;
      size_t eq = a.find('=');
      if (eq != std::string::npos) {
        name = a.substr(0, eq);
        value = a.substr(eq + 1);
        has_value = true;
      }
      bool known = false;
      for (const char* v : kValued) known = known || name == v;
      if (!known) throw UsageError{"unknown option " + name};
      if (!has_value) {
        if (i + 1 >= argc) throw UsageError{"option " + name + " needs a value"};
        value = argv[++i];
      }
      args.options[name] = value;
      continue;
    }
    args.positional.push_back(a);
  }
  return args;
}

std::string option_or_env(const Args& args, const char* option, const char* env, const std::string& fallback) {
  auto it = args.options.find(option);
  if (it != args.options.end()) return it->second;
  const char* value = std::getenv(env);
  if (value != nullptr && *value != '\0') return value;
  return fallback;
}

coze::ClientConfig config_from(const Args& args) {
  coze::ClientConfig config;
  config.base_url = option_or_env(args, "--base-url", "COZE_API_BASE", "https://api.coze.com");
  config.token = option_or_env(args, "--token", "COZE_API_TOKEN", "");
  config.user_agent = std::string("coze-cli/") + coze::version();
  if (config.token.empty()) throw UsageError{"no token: pass --token or set COZE_API_TOKEN"};
  return config;
}

int chat(const Args& args) {
  auto bot = args.options.find("--bot-id");
  if (bot == args.options.end() || bot->second.empty()) throw UsageError{"--bot-id is required"};
  if (args.positional.size() != 1) throw UsageError{"chat takes exactly one MESSAGE"};

  coze::ChatRequest request;
  request.bot_id = bot->second;
  auto user = args.options.find("--user-id");
  request.user_id = user != args.options.end() ? user->second : "coze-cli";
  auto conversation = args.options.find("--conversation-id");
  if (conversation != args.options.end()) request.conversation_id = conversation->second;
  request.additional_messages = {coze::user_message(args.positional[0])};

  coze::CozeClient client(config_from(args));
  if (!args.stream) {
    coze::model::Chat result = client.chat().create(request);
    std::cout << result.to_json() << std::endl;
    return 0;
  }
  bool printed = false;
  try {
    client.chat().stream(request, [&](const coze::ChatEvent& ev) {
      if (!ev.is(coze::ChatEventKind::conversation_message_delta)) return;
      auto message = ev.message();
      std::string content = message ? message->content().value_or("") : "";
      if (!content.empty()) {
        std::cout << content << std::flush;
        printed = true;
      }
    });
  } catch (...) {
    if (printed) std::cout << std::endl;  // keep the error on its own line
    throw;
  }
  std::cout << std::endl;
  return 0;
}

int run(const Args& args) {
  if (args.positional.size() != 2) throw UsageError{"run takes OP and PARAMS_JSON"};
  coze::CozeClient client(config_from(args));
  std::string result = client.run(args.positional[0], args.positional[1], [](const coze::EventView& ev) {
    std::cout << "event " << ev.type() << " " << ev.payload().to_json() << std::endl;
  });
  if (!result.empty()) std::cout << result << std::endl;
  return 0;
}

// files.upload from a path, streamed; progress on stderr, the File on stdout.
int upload(const Args& args) {
  if (args.positional.size() != 1) throw UsageError{"upload takes exactly one PATH"};
  coze::CozeClient client(config_from(args));
  coze::params::FilesUpload params;
  params.file = coze::FileParam::from_path(args.positional[0]);
  coze::RequestOptions options;
  options.on_upload_progress = [](int64_t sent, int64_t total) {
    std::cerr << "\r" << sent << "/" << total << std::flush;
  };
  coze::model::File file = client.files().upload(params, options);
  std::cerr << std::endl;
  std::cout << file.to_json() << std::endl;
  return 0;
}

// audio.speech.create, the audio streamed into --out.
int speech(const Args& args) {
  auto voice = args.options.find("--voice-id");
  auto out = args.options.find("--out");
  if (voice == args.options.end() || out == args.options.end()) throw UsageError{"--voice-id and --out are required"};
  if (args.positional.size() != 1) throw UsageError{"speech takes exactly one TEXT"};
  coze::CozeClient client(config_from(args));
  coze::params::AudioSpeechCreate params;
  params.input = args.positional[0];
  params.voice_id = voice->second;
  coze::Download d = client.audio().speech().create(params, coze::ByteSink::file(out->second));
  std::cout << d.size << " bytes of " << d.content_type << " written to " << out->second << std::endl;
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    if (argc == 2 && (std::strcmp(argv[1], "--version") == 0 || std::strcmp(argv[1], "version") == 0)) {
      std::cout << "coze " << coze::version() << std::endl;
      return 0;
    }
    if (argc == 2 && (std::strcmp(argv[1], "--help") == 0 || std::strcmp(argv[1], "-h") == 0)) {
      std::cout << kUsage;
      return 0;
    }
    Args args = parse(argc, argv);
    if (args.command == "chat") return chat(args);
    if (args.command == "run") return run(args);
    if (args.command == "upload") return upload(args);
    if (args.command == "speech") return speech(args);
    throw UsageError{"unknown command " + args.command};
  } catch (const UsageError& e) {
    std::cerr << "coze: " << e.message << "\n" << kUsage;
    return 2;
  } catch (const coze::CozeError& e) {
    // One line: kind, HTTP status, Coze code, log id, the message, then the hint.
    std::cerr << "coze: " << coze::describe(e.error()) << (e.hint().empty() ? "" : " (" + e.hint() + ")")
              << std::endl;
    return 1;
  } catch (const std::exception& e) {
    std::cerr << "coze: internal error: " << e.what() << std::endl;
    return 1;
  }
}
