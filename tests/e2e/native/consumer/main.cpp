// Uses the installed headers and libraries offline: the version, a ULID, a
// model parsed through its generated view and a client whose call fails
// before any I/O.
#include <coze/client.h>

#include <iostream>

int main() {
  coze::UlidResult id = coze::ulid_encode(1, "00000000000000000001");
  coze::model::Message message = coze::model::Message::parse(R"({"content":"hi","id":7})");
  coze::CozeClient client("pat_x", "http://127.0.0.1:1");
  std::string kind;
  try {
    client.run("no.such.op", "{}");
  } catch (const coze::CozeError& e) {
    kind = e.kind();
  }
  bool ok = id.ok && message.content() == std::optional<std::string>("hi") &&
            message.id() == std::optional<std::string>("7") && kind == "invalid_argument";
  std::cout << "cozecore " << coze::version() << (ok ? " ok" : " BROKEN") << std::endl;
  return ok ? 0 : 1;
}
