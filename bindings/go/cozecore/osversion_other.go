//go:build !linux

package cozecore

// osVersion is unknown outside Linux ("": the core leaves it out).
func osVersion() string { return "" }
