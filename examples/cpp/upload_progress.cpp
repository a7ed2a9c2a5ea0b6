// Uploads a file from its path (streamed, never whole in memory) and shows
// the progress. Without PATH it writes a 4 MiB file in the temp directory first.
//   COZE_BASE_URL=... COZE_API_TOKEN=... coze_example_upload_progress [PATH]
#include <filesystem>
#include <fstream>
#include <iostream>

#include <unistd.h>

#include "env.h"

int main(int argc, char** argv) {
  namespace fs = std::filesystem;
  coze::CozeClient client = client_from_env();
  fs::path path;
  bool made = false;
  if (argc > 1) {
    path = argv[1];
  } else {
    path = fs::temp_directory_path() / ("cozecore-example-" + std::to_string(::getpid()) + ".bin");
    std::ofstream out(path, std::ios::binary);
    const std::string piece(1 << 20, 'x');
    for (int i = 0; i < 4; ++i) out << piece;
    made = static_cast<bool>(out);
    if (!made) {
      std::cerr << "cannot write " << path << "\n";
      return 1;
    }
  }
  struct Remove {
    const fs::path& path;
    bool on;
    ~Remove() {
      std::error_code ec;
      if (on) fs::remove(path, ec);
    }
  } remove_made{path, made};
  coze::params::FilesUpload p;
  p.file = coze::FileParam::from_path(path.string());
  coze::RequestOptions options;
  int last_percent = -1;
  options.on_upload_progress = [&](int64_t sent, int64_t total) {
    int percent = total > 0 ? static_cast<int>(sent * 100 / total) : -1;
    if (percent != last_percent) {
      last_percent = percent;
      std::cerr << "\rsent " << sent << " of " << total << " bytes (" << percent << "%)" << std::flush;
    }
  };
  try {
    coze::model::File f = client.files().upload(p, options);
    std::cerr << "\n";
    std::cout << "uploaded " << f.file_name().value_or("") << ": id " << f.id().value_or("") << ", "
              << f.bytes().value_or(0) << " bytes\n";
  } catch (const coze::CozeError& e) {
    std::cerr << "\nfailed: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
