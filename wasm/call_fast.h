// A coze::Call as the package's driver holds it: the call, its input buffer
// for body chunks and its last output record (see call_fast.cpp).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "coze/exec.h"

struct FastCall {
  FastCall(const coze::Client& client, const std::string& op, const std::string& params,
           const coze::CallOptions& options);
  ~FastCall();
  FastCall(const FastCall&) = delete;
  FastCall& operator=(const FastCall&) = delete;

  coze::Call call;
  char* input = nullptr;  // body chunks, copied here by JS
  size_t input_cap = 0;
  std::string out;                // the last record handed out
  std::vector<int32_t> aligned;   // `out` copied to a 4-byte boundary, when it was not on one
  int32_t io[2] = {0, 0};         // the last record's address and length
};

// The call behind a handle that JS got from bindings.cpp's call_new.
coze::Call& coze_call_of(uintptr_t handle);
