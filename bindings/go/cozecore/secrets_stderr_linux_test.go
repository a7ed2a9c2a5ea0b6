package cozecore_test

import (
	"bytes"
	"io"
	"os"
	"sync"
	"syscall"
	"testing"
)

// stderrCapture holds what the process writes to fd 2 (Go's os.Stderr and
// the log package, and any native code) while it runs; it is also passed on
// to the real stderr, so nothing is hidden.
type stderrCapture struct {
	mu    sync.Mutex
	buf   bytes.Buffer
	stopF func()
	done  bool
}

func (c *stderrCapture) Write(p []byte) (int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.buf.Write(p)
}

// text is what was captured so far.
func (c *stderrCapture) text() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.buf.String()
}

// stop restores fd 2 and gives everything captured.
func (c *stderrCapture) stop() string {
	if !c.done {
		c.done = true
		c.stopF()
	}
	return c.text()
}

func captureStderr(t *testing.T) *stderrCapture {
	t.Helper()
	saved, err := syscall.Dup(2)
	if err != nil {
		t.Fatalf("dup stderr: %v", err)
	}
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := syscall.Dup3(int(w.Fd()), 2, 0); err != nil {
		t.Fatalf("redirect stderr: %v", err)
	}
	real := os.NewFile(uintptr(saved), "stderr")
	c := &stderrCapture{}
	copied := make(chan struct{})
	go func() {
		_, _ = io.Copy(io.MultiWriter(c, real), r)
		close(copied)
	}()
	c.stopF = func() {
		_ = syscall.Dup3(saved, 2, 0)
		w.Close()
		<-copied
		r.Close()
		real.Close()
	}
	t.Cleanup(func() { c.stop() })
	return c
}
