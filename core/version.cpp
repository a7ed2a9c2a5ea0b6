#include "coze/coze.h"

namespace coze {
const char* version() { return COZE_VERSION; }
}  // namespace coze
