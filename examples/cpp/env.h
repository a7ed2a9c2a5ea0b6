// Shared by the examples: a client from COZE_BASE_URL and COZE_API_TOKEN.
#pragma once

#include <cstdlib>
#include <iostream>
#include <string>

#include "coze/client.h"

inline std::string env_or(const char* name, const char* fallback) {
  const char* v = std::getenv(name);
  return v != nullptr && *v != '\0' ? v : fallback;
}

// Over libcurl; COZE_BASE_URL defaults to the real API.
inline coze::CozeClient client_from_env() {
  coze::ClientConfig config;
  config.base_url = env_or("COZE_BASE_URL", "https://api.coze.com");
  config.token = env_or("COZE_API_TOKEN", "");
  if (config.token.empty()) {
    std::cerr << "set COZE_API_TOKEN (and COZE_BASE_URL for the fake server)\n";
    std::exit(2);
  }
  return coze::CozeClient(config);
}
