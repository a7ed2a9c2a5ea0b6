// The load server of the client benchmarks (bench/clients/README.md): the
// Coze endpoints the benchmarks call, answered as fast as loopback allows.
// Not the test fake (tests/fake_coze): no state, no faults but one cut, and
// every stream's bytes are built once and then only written.
//
//	POST /v3/chat                 stream:true -> the chat stream (N deltas); else a Chat envelope
//	GET|POST /v3/chat/retrieve    a Chat envelope (the small call)
//	POST /v1/workflow/stream_run  N workflow Message events, then Done
//	GET  /bench/expect            the totals of a stream, as JSON (see expectOf)
//
// Query parameters of the streams: n (deltas / messages; defaults 100000 and
// 20000), cjk=1 (CJK content; for chat also body user_id "cjk"), cut=1 (the
// body ends cleanly after half the deltas: no completed, no done), stamp=1
// (each delta carries "ts", its send time in unix microseconds; written as
// it goes, one flush per event), interval_ms (with stamp: pause between
// deltas), flush (bytes per write+flush of a prebuilt stream, default 8192).
//
// Every stream answer carries its totals in headers: X-Bench-Events (all
// SSE events, done included), X-Bench-Deltas (delta / Message events),
// X-Bench-Content-Chars (code points of their content, summed),
// X-Bench-Content-Utf16 (the same in UTF-16 units), X-Bench-Content-Bytes
// (UTF-8 bytes), and X-Bench-Bytes (the body's length). Prints "LISTENING <port>" and serves until killed.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"os"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode/utf16"
	"unicode/utf8"
)

const (
	botID          = "7379462189365198898"
	conversationID = "7381473525342978089"
	chatID         = "7382159494123470858"
	messageID      = "7382159487131697202"
	workflowID     = "7409826353153785867"
	executeID      = "7409830425612763163"
	createdAt      = 1718609571
	defaultChatN   = 100000
	defaultFlowN   = 20000
)

// Totals of one stream, sent as X-Bench-* headers and by /bench/expect.
type totals struct {
	Events       int `json:"events"`
	Deltas       int `json:"deltas"`
	ContentChars int `json:"content_chars"`
	ContentUtf16 int `json:"content_utf16"`
	ContentBytes int `json:"content_bytes"`
	Bytes        int `json:"bytes"` // the whole body
}

func (t *totals) add(content string) {
	t.Deltas++
	t.ContentChars += utf8.RuneCountInString(content)
	t.ContentUtf16 += len(utf16.Encode([]rune(content)))
	t.ContentBytes += len(content)
}

type stream struct {
	body   []byte
	totals totals
}

// A deterministic generator: the same stream for the same parameters, every run.
type rng uint64

func (r *rng) next() uint64 {
	*r += 0x9e3779b97f4a7c15
	z := uint64(*r)
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

func (r *rng) intn(n int) int { return int(r.next() % uint64(n)) }

var words = strings.Fields(`the a of to and in is that for it with as on be this by are from or at an
model answer token stream event message chat bot user assistant context window function tool call result
reply question data value server client request response latency throughput buffer parser record view
however therefore because although meanwhile similarly finally first second next then also`)

var cjkRunes = []rune("的一是不了人我在有他这中大来上个国到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者向情部正名定女问力机给等几很业最间新什打便位因重被走电四第门相次东政海口使教西再平真听世气信北少关并内加化由却代军产入先山五太水万市眼体别处总才场师书比住员九笑性通目华报立马命张活难神数件安表原车白应路期叫死常提感金何更反合放做系计或司利受光王果亲界及今京务制解各任至清物台象记边共风战干接它许八特觉望直服毛林题建南度统色字请交爱让认算论百吃义科怎元社术结六功指思非流每青管夫连远资队跟带花快条院变联言权往展该领传近留红治决周保达办运武半候七必城父强步完革深区即求品士转量空甚众技轻程告江语英基派满式李息写呢识极令黄德收脸钱党倒未持取设始版双历越史商千片容研像找友孩站广改议形委早房音火际则首单据导影失拿网香似斯专石若兵弟谁校读志飞观争究包组造落视济喜离虽坏兴")

var cjkPunct = []string{"，", "。", "、", "：", "！", "？", "「", "」"}
var emoji = []string{"😀", "🚀", "👍", "🎉", "✨", "🌏"}

// One delta's text: a few tokens, as a model streams them.
func asciiPiece(r *rng) string {
	var b strings.Builder
	k := 1 + r.intn(3)
	for i := 0; i < k; i++ {
		if b.Len() > 0 || r.intn(4) != 0 {
			b.WriteByte(' ')
		}
		b.WriteString(words[r.intn(len(words))])
	}
	switch r.intn(40) {
	case 0:
		b.WriteString(".\n\n")
	case 1:
		b.WriteString(` "quoted"`)
	case 2:
		b.WriteString(" <b>")
	case 3:
		b.WriteString(",")
	case 4:
		b.WriteString("\t- ")
	}
	return b.String()
}

func cjkPiece(r *rng) string {
	var b strings.Builder
	k := 1 + r.intn(4)
	for i := 0; i < k; i++ {
		b.WriteRune(cjkRunes[r.intn(len(cjkRunes))])
	}
	switch r.intn(12) {
	case 0, 1, 2:
		b.WriteString(cjkPunct[r.intn(len(cjkPunct))])
	case 3:
		b.WriteString(emoji[r.intn(len(emoji))])
	case 4:
		b.WriteString("\n")
	case 5:
		b.WriteString(" API ")
	}
	return b.String()
}

func mustJSON(v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return b
}

// Field order as the API sends it (json.Marshal of a struct keeps it).
type chatObject struct {
	ID             string         `json:"id"`
	ConversationID string         `json:"conversation_id"`
	BotID          string         `json:"bot_id"`
	CreatedAt      int64          `json:"created_at"`
	CompletedAt    int64          `json:"completed_at,omitempty"`
	LastError      map[string]any `json:"last_error"`
	Status         string         `json:"status"`
	Usage          map[string]int `json:"usage,omitempty"`
	SectionID      string         `json:"section_id"`
}

type messageObject struct {
	ID             string `json:"id"`
	ConversationID string `json:"conversation_id"`
	BotID          string `json:"bot_id"`
	Role           string `json:"role"`
	Type           string `json:"type"`
	Content        string `json:"content"`
	ContentType    string `json:"content_type"`
	ChatID         string `json:"chat_id"`
	SectionID      string `json:"section_id"`
	CreatedAt      int64  `json:"created_at,omitempty"`
	Ts             int64  `json:"ts,omitempty"`
}

func chatOf(status string, convID, cID string) chatObject {
	c := chatObject{ID: cID, ConversationID: convID, BotID: botID, CreatedAt: createdAt,
		LastError: map[string]any{"code": 0, "msg": ""}, Status: status, SectionID: convID}
	if status == "completed" {
		c.CompletedAt = createdAt + 12
		c.Usage = map[string]int{"token_count": 2412, "output_count": 2370, "input_count": 42}
	}
	return c
}

func chatEvent(name string, data []byte) []byte {
	return append(append([]byte("event:"+name+"\ndata:"), data...), '\n', '\n')
}

func deltaOf(content string, ts int64) messageObject {
	return messageObject{ID: messageID, ConversationID: conversationID, BotID: botID, Role: "assistant",
		Type: "answer", Content: content, ContentType: "text", ChatID: chatID, SectionID: conversationID,
		CreatedAt: createdAt, Ts: ts}
}

// The chat stream: created, in_progress, n deltas, the completed message (the
// whole answer), chat completed, done; cut: ends after n/2 deltas.
func buildChat(n int, cjk, cut bool) *stream {
	s := &stream{}
	r := rng(42)
	if cjk {
		r = 4242
	}
	var body []byte
	body = append(body, chatEvent("conversation.chat.created", mustJSON(chatOf("created", conversationID, chatID)))...)
	body = append(body, chatEvent("conversation.chat.in_progress", mustJSON(chatOf("in_progress", conversationID, chatID)))...)
	s.totals.Events = 2
	var answer strings.Builder
	deltas := n
	if cut {
		deltas = n / 2
	}
	for i := 0; i < deltas; i++ {
		var piece string
		if cjk {
			piece = cjkPiece(&r)
		} else {
			piece = asciiPiece(&r)
		}
		answer.WriteString(piece)
		body = append(body, chatEvent("conversation.message.delta", mustJSON(deltaOf(piece, 0)))...)
		s.totals.add(piece)
		s.totals.Events++
	}
	if !cut {
		done := deltaOf(answer.String(), 0)
		body = append(body, chatEvent("conversation.message.completed", mustJSON(done))...)
		body = append(body, chatEvent("conversation.chat.completed", mustJSON(chatOf("completed", conversationID, chatID)))...)
		body = append(body, chatEvent("done", []byte(`"[DONE]"`))...)
		s.totals.Events += 3
	}
	s.body = body
	s.totals.Bytes = len(body)
	return s
}

type workflowMessage struct {
	Content      string         `json:"content"`
	ContentType  string         `json:"content_type"`
	NodeTitle    string         `json:"node_title"`
	NodeSeqID    string         `json:"node_seq_id"`
	NodeIsFinish bool           `json:"node_is_finish"`
	NodeID       string         `json:"node_id"`
	Usage        map[string]int `json:"usage,omitempty"`
	Cost         string         `json:"cost,omitempty"`
	Token        int            `json:"token,omitempty"`
}

// The workflow stream: n Message events (n-1 from a streaming Message node,
// the End node's last), then Done.
func buildWorkflow(n int, cjk bool) *stream {
	s := &stream{}
	r := rng(7)
	var body []byte
	id := 0
	event := func(name string, data []byte) {
		body = append(body, fmt.Sprintf("id: %d\nevent: %s\ndata: ", id, name)...)
		body = append(body, data...)
		body = append(body, '\n', '\n')
		id++
		s.totals.Events++
	}
	for i := 0; i < n; i++ {
		m := workflowMessage{ContentType: "text", NodeTitle: "Message", NodeSeqID: strconv.Itoa(i),
			NodeID: "135279"}
		if i == n-1 {
			m.Content = `{"output":"done"}`
			m.NodeTitle, m.NodeSeqID, m.NodeIsFinish, m.NodeID = "End", "0", true, "900001"
			m.Usage = map[string]int{"token_count": 2412, "output_count": 2370, "input_count": 42}
			m.Cost, m.Token = "0.00", 2412
		} else if cjk {
			m.Content = cjkPiece(&r)
		} else {
			m.Content = asciiPiece(&r)
		}
		if i == n-2 {
			m.NodeIsFinish = true
		}
		event("Message", mustJSON(m))
		s.totals.add(m.Content)
	}
	event("Done", mustJSON(map[string]string{"debug_url": "https://www.coze.com/work_flow?execute_id=" +
		executeID + "&space_id=7381473525342978000&workflow_id=" + workflowID}))
	s.body = body
	s.totals.Bytes = len(body)
	return s
}

type server struct {
	mu      sync.Mutex
	streams map[string]*stream
	logid   atomic.Uint64
}

func (s *server) get(key string, build func() *stream) *stream {
	s.mu.Lock()
	defer s.mu.Unlock()
	if st, ok := s.streams[key]; ok {
		return st
	}
	st := build()
	s.streams[key] = st
	return st
}

func intParam(r *http.Request, name string, def int) int {
	if v := r.URL.Query().Get(name); v != "" {
		if n, err := strconv.Atoi(v); err == nil && n >= 0 {
			return n
		}
	}
	return def
}

func (s *server) stamp(w http.ResponseWriter) {
	id := s.logid.Add(1)
	w.Header().Set("X-Tt-Logid", fmt.Sprintf("20241207000000%010d", id))
}

func setTotals(h http.Header, t totals) {
	h.Set("X-Bench-Events", strconv.Itoa(t.Events))
	h.Set("X-Bench-Deltas", strconv.Itoa(t.Deltas))
	h.Set("X-Bench-Content-Chars", strconv.Itoa(t.ContentChars))
	h.Set("X-Bench-Content-Utf16", strconv.Itoa(t.ContentUtf16))
	h.Set("X-Bench-Content-Bytes", strconv.Itoa(t.ContentBytes))
}

// X-Bench-Bytes: the length of a prebuilt body (what raw clients count).
func setBytes(h http.Header, body []byte) { h.Set("X-Bench-Bytes", strconv.Itoa(len(body))) }

func sseHead(w http.ResponseWriter) {
	h := w.Header()
	h.Set("Content-Type", "text/event-stream; charset=utf-8")
	h.Set("Cache-Control", "no-cache")
	h.Set("Connection", "keep-alive")
}

// Writes a prebuilt body in slices of `flush` bytes, flushing each.
func writeSlices(w http.ResponseWriter, body []byte, flush int) {
	f, _ := w.(http.Flusher)
	for off := 0; off < len(body); off += flush {
		end := off + flush
		if end > len(body) {
			end = len(body)
		}
		if _, err := w.Write(body[off:end]); err != nil {
			return
		}
		if f != nil {
			f.Flush()
		}
	}
}

func envelope(data any, logid string) []byte {
	return mustJSON(map[string]any{"code": 0, "msg": "", "data": data, "detail": map[string]string{"logid": logid}})
}

type chatRequest struct {
	BotID          string `json:"bot_id"`
	UserID         string `json:"user_id"`
	Stream         bool   `json:"stream"`
	ConversationID string `json:"conversation_id"`
	ChatID         string `json:"chat_id"`
}

func readBody(r *http.Request) chatRequest {
	var req chatRequest
	b, _ := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	if len(b) > 0 {
		_ = json.Unmarshal(b, &req)
	}
	return req
}

func (s *server) chat(w http.ResponseWriter, r *http.Request) {
	s.stamp(w)
	req := readBody(r)
	q := r.URL.Query()
	if !req.Stream {
		w.Header().Set("Content-Type", "application/json")
		w.Write(envelope(chatOf("in_progress", conversationID, chatID), w.Header().Get("X-Tt-Logid")))
		return
	}
	cjk := q.Get("cjk") == "1" || req.UserID == "cjk"
	cut := q.Get("cut") == "1"
	n := intParam(r, "n", defaultChatN)
	sseHead(w)
	if q.Get("stamp") == "1" {
		s.stampedChat(w, n, cjk, time.Duration(intParam(r, "interval_ms", 0))*time.Millisecond)
		return
	}
	st := s.get(fmt.Sprintf("chat/%d/%v/%v", n, cjk, cut), func() *stream { return buildChat(n, cjk, cut) })
	setTotals(w.Header(), st.totals)
	setBytes(w.Header(), st.body)
	writeSlices(w, st.body, intParam(r, "flush", 8192))
}

// The concurrency stream: each delta stamped with its send time as it goes.
func (s *server) stampedChat(w http.ResponseWriter, n int, cjk bool, interval time.Duration) {
	f, _ := w.(http.Flusher)
	r := rng(99)
	pieces := make([]string, n)
	t := totals{Events: n + 5}
	for i := range pieces {
		if cjk {
			pieces[i] = cjkPiece(&r)
		} else {
			pieces[i] = asciiPiece(&r)
		}
		t.add(pieces[i])
	}
	setTotals(w.Header(), t)
	bw := bufio.NewWriterSize(w, 4096)
	write := func(b []byte) bool {
		bw.Write(b)
		if err := bw.Flush(); err != nil {
			return false
		}
		if f != nil {
			f.Flush()
		}
		return true
	}
	if !write(append(chatEvent("conversation.chat.created", mustJSON(chatOf("created", conversationID, chatID))),
		chatEvent("conversation.chat.in_progress", mustJSON(chatOf("in_progress", conversationID, chatID)))...)) {
		return
	}
	var answer strings.Builder
	for i, p := range pieces {
		if interval > 0 && i > 0 {
			time.Sleep(interval)
		}
		answer.WriteString(p)
		if !write(chatEvent("conversation.message.delta", mustJSON(deltaOf(p, time.Now().UnixMicro())))) {
			return
		}
	}
	write(append(append(chatEvent("conversation.message.completed", mustJSON(deltaOf(answer.String(), 0))),
		chatEvent("conversation.chat.completed", mustJSON(chatOf("completed", conversationID, chatID)))...),
		chatEvent("done", []byte(`"[DONE]"`))...))
}

func (s *server) retrieve(w http.ResponseWriter, r *http.Request) {
	s.stamp(w)
	q := r.URL.Query()
	convID, cID := q.Get("conversation_id"), q.Get("chat_id")
	if r.Method == http.MethodPost {
		if req := readBody(r); req.ChatID != "" {
			convID, cID = req.ConversationID, req.ChatID
		}
	} else {
		io.Copy(io.Discard, r.Body)
	}
	if convID == "" {
		convID = conversationID
	}
	if cID == "" {
		cID = chatID
	}
	w.Header().Set("Content-Type", "application/json")
	w.Write(envelope(chatOf("completed", convID, cID), w.Header().Get("X-Tt-Logid")))
}

func (s *server) workflow(w http.ResponseWriter, r *http.Request) {
	s.stamp(w)
	io.Copy(io.Discard, r.Body)
	n := intParam(r, "n", defaultFlowN)
	if n < 1 {
		n = 1
	}
	cjk := r.URL.Query().Get("cjk") == "1"
	st := s.get(fmt.Sprintf("workflow/%d/%v", n, cjk), func() *stream { return buildWorkflow(n, cjk) })
	sseHead(w)
	setTotals(w.Header(), st.totals)
	setBytes(w.Header(), st.body)
	writeSlices(w, st.body, intParam(r, "flush", 8192))
}

// GET /bench/expect?kind=chat|chat_cjk|chat_cut|workflow&n=N: the totals the
// stream's headers carry, for clients that do not show response headers.
func (s *server) expect(w http.ResponseWriter, r *http.Request) {
	var st *stream
	switch kind := r.URL.Query().Get("kind"); kind {
	case "chat", "chat_cjk", "chat_cut":
		n := intParam(r, "n", defaultChatN)
		cjk, cut := kind == "chat_cjk", kind == "chat_cut"
		st = s.get(fmt.Sprintf("chat/%d/%v/%v", n, cjk, cut), func() *stream { return buildChat(n, cjk, cut) })
	case "workflow":
		n := intParam(r, "n", defaultFlowN)
		st = s.get(fmt.Sprintf("workflow/%d/%v", n, false), func() *stream { return buildWorkflow(n, false) })
	default:
		http.Error(w, "unknown kind", http.StatusBadRequest)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Write(mustJSON(st.totals))
}

func main() {
	addr := flag.String("addr", "127.0.0.1:0", "listen address")
	warm := flag.Bool("warm", true, "build the default streams before listening")
	flag.Parse()
	s := &server{streams: map[string]*stream{}}
	if *warm {
		s.get(fmt.Sprintf("chat/%d/false/false", defaultChatN), func() *stream { return buildChat(defaultChatN, false, false) })
		s.get(fmt.Sprintf("chat/%d/true/false", defaultChatN), func() *stream { return buildChat(defaultChatN, true, false) })
		s.get(fmt.Sprintf("workflow/%d/false", defaultFlowN), func() *stream { return buildWorkflow(defaultFlowN, false) })
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/v3/chat", s.chat)
	mux.HandleFunc("/v3/chat/retrieve", s.retrieve)
	mux.HandleFunc("/v1/workflow/stream_run", s.workflow)
	mux.HandleFunc("/bench/expect", s.expect)
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Fprintf(os.Stdout, "LISTENING %d\n", ln.Addr().(*net.TCPAddr).Port)
	os.Stdout.Sync()
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 30 * time.Second}
	log.Fatal(srv.Serve(ln))
}
