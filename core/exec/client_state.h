// What all calls of one client share.
#pragma once

#include "coze/exec.h"

namespace coze {

struct Client::State {
  ClientConfig config;
};

}  // namespace coze
