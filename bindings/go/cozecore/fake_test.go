package cozecore_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// The fake Coze server (tests/fake_coze/server.py), started once for the
// package's end-to-end tests and stopped by TestMain.
var fake struct {
	once sync.Once
	cmd  *exec.Cmd
	url  string
	err  error
}

func TestMain(m *testing.M) {
	code := m.Run()
	stopFake()
	os.Exit(code)
}

func repoRoot() (string, error) {
	if r := os.Getenv("COZE_ROOT"); r != "" {
		return r, nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for d := wd; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "tests", "fake_coze", "server.py")); err == nil {
			return d, nil
		}
		if filepath.Dir(d) == d {
			return "", errors.New("tests/fake_coze/server.py not found above " + wd)
		}
	}
}

func startFake() {
	root, err := repoRoot()
	if err != nil {
		fake.err = err
		return
	}
	cmd := exec.Command("python3", filepath.Join(root, "tests", "fake_coze", "server.py"), "--port", "0")
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		fake.err = err
		return
	}
	if err := cmd.Start(); err != nil {
		fake.err = err
		return
	}
	fake.cmd = cmd
	line := make(chan string, 1)
	go func() {
		s := bufio.NewScanner(out)
		if s.Scan() {
			line <- s.Text()
		}
		close(line)
		_, _ = io.Copy(io.Discard, out)
	}()
	select {
	case l, ok := <-line:
		var port int
		if !ok {
			fake.err = errors.New("the server exited before LISTENING")
		} else if _, err := fmt.Sscanf(l, "LISTENING %d", &port); err != nil {
			fake.err = fmt.Errorf("unexpected first line %q", l)
		} else {
			fake.url = fmt.Sprintf("http://127.0.0.1:%d", port)
		}
	case <-time.After(15 * time.Second):
		fake.err = errors.New("no LISTENING line within 15 s")
	}
}

func stopFake() {
	if fake.cmd == nil || fake.cmd.Process == nil {
		return
	}
	_ = fake.cmd.Process.Signal(syscall.SIGTERM)
	done := make(chan struct{})
	go func() { _ = fake.cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		_ = fake.cmd.Process.Kill()
		<-done
	}
}

// fakeServer gives the fake server's base URL with its faults, log and
// chats cleared.
func fakeServer(t *testing.T) string {
	t.Helper()
	fake.once.Do(startFake)
	if fake.err != nil {
		t.Fatalf("fake Coze server: %v", fake.err)
	}
	control(t, "POST", "/_fake/reset", nil)
	return fake.url
}

func control(t *testing.T, method, path string, body any) []byte {
	t.Helper()
	var r io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			t.Fatal(err)
		}
		r = bytes.NewReader(b)
	}
	req, err := http.NewRequest(method, fake.url+path, r)
	if err != nil {
		t.Fatal(err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, path, err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("%s %s: %d %s %v", method, path, resp.StatusCode, data, err)
	}
	return data
}

// addFaults queues faults for the next API requests.
func addFaults(t *testing.T, faults ...map[string]any) {
	t.Helper()
	control(t, "POST", "/_fake/faults", faults)
}

type loggedRequest struct {
	Method         string            `json:"method"`
	Path           string            `json:"path"`
	Query          map[string]string `json:"query"`
	Headers        map[string]string `json:"headers"`
	Body           string            `json:"body"`
	IdempotencyKey *string           `json:"idempotency_key"`
}

func requestLog(t *testing.T) []loggedRequest {
	t.Helper()
	var log []loggedRequest
	data := control(t, "GET", "/_fake/requests", nil)
	if err := json.Unmarshal(data, &log); err != nil {
		// The log may come in an envelope.
		var env struct {
			Data []loggedRequest `json:"data"`
		}
		if err2 := json.Unmarshal(data, &env); err2 != nil {
			t.Fatalf("request log %s: %v", data, err)
		}
		log = env.Data
	}
	return log
}

func TestFakeServerHelper(t *testing.T) {
	base := fakeServer(t)
	if !strings.HasPrefix(base, "http://127.0.0.1:") {
		t.Fatalf("base URL %q", base)
	}
	if got := requestLog(t); len(got) != 0 {
		t.Fatalf("log not empty after reset: %+v", got)
	}
}
