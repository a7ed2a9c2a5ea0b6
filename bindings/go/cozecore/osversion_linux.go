package cozecore

import (
	"os"
	"strings"
)

// osVersion is the kernel release, for X-Coze-Client-User-Agent.
func osVersion() string {
	b, err := os.ReadFile("/proc/sys/kernel/osrelease")
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(b))
}
