// cozecore: one sans-IO core for clients of the Coze API.
#pragma once

#include "coze/auth.h"
#include "coze/errors.h"
#include "coze/exec.h"
#include "coze/record.h"
#include "coze/sse.h"
#include "coze/tools.h"
#include "coze/ulid.h"

namespace coze {
// The library's version, "MAJOR.MINOR.PATCH".
const char* version();
}  // namespace coze
