// The Go peer: what a Go user writes by hand without an SDK (the module proxy
// refuses github.com/coze-dev/coze-go): net/http's default client, a
// bufio.Scanner line loop and encoding/json into structs, per event.
// Usage: handwritten <chat|chat_cjk|chat_cut|small_seq|small_32|workflow> <base_url>
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"cozecore.bench/goclients/internal/harness"
)

type message struct {
	ID             string `json:"id"`
	ConversationID string `json:"conversation_id"`
	BotID          string `json:"bot_id"`
	Role           string `json:"role"`
	Type           string `json:"type"`
	Content        string `json:"content"`
	ContentType    string `json:"content_type"`
	ChatID         string `json:"chat_id"`
	SectionID      string `json:"section_id"`
	CreatedAt      int64  `json:"created_at"`
}

type chatObject struct {
	ID             string `json:"id"`
	ConversationID string `json:"conversation_id"`
	BotID          string `json:"bot_id"`
	CreatedAt      int64  `json:"created_at"`
	CompletedAt    int64  `json:"completed_at"`
	LastError      struct {
		Code int    `json:"code"`
		Msg  string `json:"msg"`
	} `json:"last_error"`
	Status string `json:"status"`
	Usage  struct {
		TokenCount  int `json:"token_count"`
		OutputCount int `json:"output_count"`
		InputCount  int `json:"input_count"`
	} `json:"usage"`
	SectionID string `json:"section_id"`
}

type workflowMessage struct {
	Content      string `json:"content"`
	ContentType  string `json:"content_type"`
	NodeTitle    string `json:"node_title"`
	NodeSeqID    string `json:"node_seq_id"`
	NodeIsFinish bool   `json:"node_is_finish"`
	NodeID       string `json:"node_id"`
}

// stream POSTs body and calls onEvent(type, data) per event, as the lines come.
func stream(url string, body any, onEvent func(typ string, data []byte) error) error {
	b, _ := json.Marshal(body)
	req, _ := http.NewRequest(http.MethodPost, url, bytes.NewReader(b))
	req.Header.Set("Authorization", "Bearer pat_bench")
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("HTTP %d", resp.StatusCode)
	}
	sc := bufio.NewScanner(resp.Body)
	sc.Buffer(make([]byte, 64*1024), 16*1024*1024)
	var typ string
	var data []byte
	hasData := false
	for sc.Scan() {
		line := sc.Bytes()
		if len(line) == 0 {
			if hasData {
				if typ == "" {
					typ = "message"
				}
				if err := onEvent(typ, data); err != nil {
					return err
				}
			}
			typ, data, hasData = "", data[:0], false
			continue
		}
		name, value, _ := bytes.Cut(line, []byte(":"))
		value = bytes.TrimPrefix(value, []byte(" "))
		switch string(name) {
		case "event":
			typ = string(value)
		case "data":
			if hasData {
				data = append(data, '\n')
			}
			data = append(data, value...)
			hasData = true
		}
	}
	return sc.Err()
}

func streamRun(base, workload string) harness.Result {
	var r harness.Result
	want, err := harness.Expect(base, workload)
	if err != nil {
		r.Error = "expect: " + err.Error()
		return r
	}
	var deltas, chars int64
	done := false
	t0 := time.Now()
	first := func() {
		if r.Events == 0 {
			r.FirstEventMs = harness.Ms(t0)
		}
		r.Events++
	}
	if workload == "workflow" {
		err = stream(base+"/v1/workflow/stream_run", map[string]any{"workflow_id": harness.WorkflowID},
			func(typ string, data []byte) error {
				first()
				switch typ {
				case "Message":
					var m workflowMessage
					if err := json.Unmarshal(data, &m); err != nil {
						return err
					}
					deltas++
					chars += int64(utf8.RuneCountInString(m.Content))
				case "Done":
					done = true
				case "Error":
					return fmt.Errorf("error event: %s", data)
				}
				return nil
			})
	} else {
		user := "bench"
		if workload == "chat_cjk" {
			user = "cjk"
		}
		body := map[string]any{"bot_id": harness.BotID, "user_id": user, "stream": true, "auto_save_history": true,
			"additional_messages": []map[string]string{{"role": "user", "content": "Tell me a long story.", "content_type": "text"}}}
		url := base + "/v3/chat"
		if workload == "chat_cut" {
			url += "?cut=1"
		}
		err = stream(url, body, func(typ string, data []byte) error {
			first()
			switch typ {
			case "conversation.message.delta", "conversation.message.completed":
				var m message
				if err := json.Unmarshal(data, &m); err != nil {
					return err
				}
				if typ == "conversation.message.delta" {
					deltas++
					chars += int64(utf8.RuneCountInString(m.Content))
				}
			case "conversation.chat.created", "conversation.chat.in_progress", "conversation.chat.completed":
				var c chatObject
				if err := json.Unmarshal(data, &c); err != nil {
					return err
				}
			case "done":
				done = true
			case "error":
				return fmt.Errorf("error event: %s", data)
			}
			return nil
		})
	}
	r.Seconds = harness.Since(t0)
	if err != nil {
		r.Error = err.Error()
		return r
	}
	if workload == "chat_cut" {
		// The hand-written loop's own check: a body that ends before done is an error.
		if done || deltas != want.Deltas {
			r.Error = "the cut stream was not detected"
		}
		return r
	}
	r.Error = harness.CheckStream(want, r.Events, deltas, chars, done)
	return r
}

// raw is the ceiling: the chat stream's bytes counted, nothing parsed.
func raw(base string) harness.Result {
	var r harness.Result
	want, err := harness.Expect(base, "chat")
	if err != nil {
		r.Error = "expect: " + err.Error()
		return r
	}
	t0 := time.Now()
	req, _ := http.NewRequest(http.MethodPost, base+"/v3/chat", strings.NewReader(`{"bot_id":"`+harness.BotID+`","user_id":"bench","stream":true}`))
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		r.Error = err.Error()
		return r
	}
	n, err := io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	r.Seconds = harness.Since(t0)
	r.Events = want.Events
	if err != nil {
		r.Error = err.Error()
	} else if n != want.Bytes {
		r.Error = fmt.Sprintf("read %d bytes, want %d", n, want.Bytes)
	}
	return r
}

type envelope struct {
	Code int        `json:"code"`
	Msg  string     `json:"msg"`
	Data chatObject `json:"data"`
}

func retrieve(base, id string) (chatObject, error) {
	req, _ := http.NewRequest(http.MethodGet, base+"/v3/chat/retrieve?conversation_id="+harness.ConversationID+"&chat_id="+id, nil)
	req.Header.Set("Authorization", "Bearer pat_bench")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return chatObject{}, err
	}
	defer resp.Body.Close()
	var env envelope
	if err := json.NewDecoder(resp.Body).Decode(&env); err != nil {
		return chatObject{}, err
	}
	if resp.StatusCode != http.StatusOK || env.Code != 0 {
		return chatObject{}, fmt.Errorf("HTTP %d, code %d: %s", resp.StatusCode, env.Code, env.Msg)
	}
	return env.Data, nil
}

func small(base string, workers int) harness.Result {
	var r harness.Result
	var next, good atomic.Int64
	var once sync.Once
	var mu sync.Mutex
	t0 := time.Now()
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= harness.SmallCalls {
					return
				}
				id := harness.ChatIDOf(i)
				chat, err := retrieve(base, id)
				once.Do(func() { r.FirstEventMs = harness.Ms(t0) })
				if err == nil && chat.ID == id {
					good.Add(1)
					continue
				}
				mu.Lock()
				if r.Error == "" {
					if err != nil {
						r.Error = fmt.Sprintf("call %d: %v", i, err)
					} else {
						r.Error = fmt.Sprintf("call %d: wrong id %q", i, chat.ID)
					}
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	r.Seconds = harness.Since(t0)
	r.Events = good.Load()
	if r.Error == "" && r.Events != harness.SmallCalls {
		r.Error = "not every call answered"
	}
	return r
}

func main() {
	if len(os.Args) < 3 {
		fmt.Fprintln(os.Stderr, "usage: handwritten <chat|chat_cjk|chat_cut|small_seq|small_32|workflow> <base_url>")
		os.Exit(2)
	}
	workload, base := os.Args[1], os.Args[2]
	var r harness.Result
	switch workload {
	case "chat", "chat_cjk", "chat_cut", "workflow":
		r = streamRun(base, workload)
	case "raw":
		r = raw(base)
	case "small_seq":
		r = small(base, 1)
	case "small_32":
		r = small(base, harness.SmallWorkers)
	default:
		r.Error = "unknown workload " + workload
	}
	r.Client, r.Workload = "handwritten", workload
	harness.Print(r)
}
