// Package harness is what the Go harnesses share: the workload constants,
// the expected totals of a stream (GET /bench/expect, before the clock
// starts) and the one JSON line a run prints (bench/clients/README.md).
package harness

import (
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"strconv"
	"time"
)

const (
	SmallCalls     = 10000
	SmallWorkers   = 32
	ConversationID = "7381473525342978089"
	BotID          = "7379462189365198898"
	WorkflowID     = "7409826353153785867"
)

// ChatIDOf is the chat id of small call i, which the answer's id must echo.
func ChatIDOf(i int) string { return "7382159494" + strconv.Itoa(100000000+i) }

// Totals of a stream, as /bench/expect gives them.
type Totals struct {
	Events       int64 `json:"events"`
	Deltas       int64 `json:"deltas"`
	ContentChars int64 `json:"content_chars"`
	Bytes        int64 `json:"bytes"`
}

// Expect reads the totals of stream kind (chat, chat_cjk, workflow).
func Expect(base, kind string) (Totals, error) {
	var t Totals
	resp, err := http.Get(base + "/bench/expect?kind=" + kind)
	if err != nil {
		return t, err
	}
	defer resp.Body.Close()
	err = json.NewDecoder(resp.Body).Decode(&t)
	return t, err
}

// Result is one run's line.
type Result struct {
	Client       string  `json:"client"`
	Workload     string  `json:"workload"`
	Events       int64   `json:"events"`
	Seconds      float64 `json:"seconds"`
	FirstEventMs float64 `json:"first_event_ms"`
	OK           bool    `json:"ok"`
	Error        string  `json:"error"`
}

// Print writes r as one JSON line on stdout.
func Print(r Result) {
	r.OK = r.Error == ""
	b, _ := json.Marshal(r)
	os.Stdout.Write(append(b, '\n'))
}

// Since is the time since t0 in seconds.
func Since(t0 time.Time) float64 { return time.Since(t0).Seconds() }

// Ms is the time since t0 in milliseconds.
func Ms(t0 time.Time) float64 { return float64(time.Since(t0).Nanoseconds()) / 1e6 }

// CheckStream compares a stream's counts with the server's totals; "" when they agree.
func CheckStream(want Totals, events, deltas, chars int64, ended bool) string {
	switch {
	case !ended:
		return "the stream ended without its final event (done / Done)"
	case deltas != want.Deltas:
		return fmt.Sprintf("deltas: got %d, want %d", deltas, want.Deltas)
	case chars != want.ContentChars:
		return fmt.Sprintf("content chars: got %d, want %d", chars, want.ContentChars)
	case events != want.Events:
		return fmt.Sprintf("events: got %d, want %d", events, want.Events)
	}
	return ""
}
