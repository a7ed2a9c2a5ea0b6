//go:build !linux

package cozecore_test

import "testing"

// stderrCapture captures nothing on this OS (fd 2 is redirected on Linux only).
type stderrCapture struct{}

func (c *stderrCapture) text() string { return "" }
func (c *stderrCapture) stop() string { return "" }

func captureStderr(t *testing.T) *stderrCapture {
	t.Log("stderr is not captured on this OS")
	return &stderrCapture{}
}
