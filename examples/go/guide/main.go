// Command guide walks through bindings/go/README.md against the fake server
// (tests/fake_coze/server.py): one function per README section with code,
// holding that section's code blocks (the README's blocks are cut from this
// file; tests/description/test_readme_snippets.py checks that they still
// are), each checking what it got before it prints "ok <section>". A failed
// check exits with status 1. The Quick start blocks come from
// bindings/go/testdata/consumer, the Tools blocks from weather_tools, the
// first pager from messages_pages and the OpenTelemetry one from
// bindings/go/otelmetrics/otelmetrics_test.go: those run in the same suite.
//
//	COZE_BASE_URL=http://127.0.0.1:PORT COZE_API_TOKEN=pat_x go run ./guide
//
// It needs the fake server (it injects faults and reads its request log
// through the fake's /_fake/ endpoints) and works in a temporary directory
// of its own (report.pdf, hello.mp3, coze_oauth_config.json are made there).
package main

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"crypto/x509"
	"encoding/hex"
	"encoding/json"
	"encoding/pem"
	"errors"
	"fmt"
	"io"
	"log"
	"net/http"
	"net/url"
	"os"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/cozecore/cozecore/bindings/go/cozecore"
)

// The fake server's address and a token it takes (COZE_BASE_URL,
// COZE_API_TOKEN), and the section running now (named by a failed check).
var (
	base    string
	token   string
	section string
)

func main() {
	base, token = os.Getenv("COZE_BASE_URL"), os.Getenv("COZE_API_TOKEN")
	if base == "" || token == "" {
		log.Fatal("guide: set COZE_BASE_URL (a fake server, tests/fake_coze/server.py) and COZE_API_TOKEN")
	}
	dir, err := os.MkdirTemp("", "cozecore-guide-")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	if err := os.Chdir(dir); err != nil {
		log.Fatal(err)
	}
	c := cozecore.NewClient(cozecore.WithToken(token), cozecore.WithBaseURL(base))
	defer c.Close()
	ctx := context.Background()

	sections := []struct {
		name string
		run  func()
	}{
		{"Resources and parameters", func() { resourcesAndParameters(ctx, c) }},
		{"Uploads", func() { uploads(ctx, c) }},
		{"Downloads", func() { downloads(ctx, c) }},
		{"Streams and events", func() { streamsAndEvents(ctx, c) }},
		{"Pages", func() { pages(ctx, c) }},
		{"Polling", func() { polling(ctx, c) }},
		{"Errors, per-call options, resilience, hooks", func() { resilienceAndHooks(ctx) }},
		{"Health", func() { health(ctx) }},
		{"Metrics", func() { metrics(ctx) }},
		{"Auth: a service app (JWT)", func() { authServiceApp(ctx) }},
		{"Auth: OAuth flows", func() { authFlows(ctx) }},
	}
	for _, s := range sections {
		section = s.name
		s.run()
		fmt.Println("ok", s.name)
	}
	fmt.Println("guide: every section ran")
}

// ## Resources and parameters

func resourcesAndParameters(ctx context.Context, c *cozecore.Client) {
	convID := newConversation(ctx, c, "", "first", "second", "third")

	page, err := c.Conversations.Messages.List(ctx, cozecore.ConversationsMessagesListParams{
		ConversationID: convID, Order: "asc", Limit: cozecore.Ptr[int64](20)},
		cozecore.WithTimeout(5*time.Second))
	if err != nil {
		log.Fatal(err)
	}
	for _, m := range page.Data() {
		fmt.Println(m.Role(), m.Content())
	}

	check(contents(page.Data()) == "first|second|third", "messages %q", contents(page.Data()))
	check(page.LogID() != "", "no log id")
	// A required string left empty: the core refuses it before anything is sent.
	_, err = c.Conversations.Messages.List(ctx, cozecore.ConversationsMessagesListParams{})
	check(errors.Is(err, cozecore.ErrInvalidArgument), "empty conversation id: %v", err)
}

// ### Uploads

func uploads(ctx context.Context, c *cozecore.Client) {
	report := bytes.Repeat([]byte("%PDF-1.4 cozecore guide\n"), 4096)
	if err := os.WriteFile("report.pdf", report, 0o600); err != nil {
		log.Fatal(err)
	}
	logged := captureLog()

	f, err := c.Files.Upload(ctx, cozecore.FilesUploadParams{File: cozecore.FileFromPath("report.pdf")},
		cozecore.WithUploadProgress(func(sent, total int64) { log.Printf("%d / %d", sent, total) }))
	if err != nil {
		log.Fatal(err)
	}

	progress := logged()
	check(f.Bytes() == int64(len(report)) && f.FileName() == "report.pdf", "uploaded %d bytes as %q", f.Bytes(), f.FileName())
	check(fakeFileSHA256(f.ID()) == sha256Hex(report), "the fake server kept other bytes")
	// The last report: every byte of the body (the file and its multipart framing) sent.
	last := regexp.MustCompile(`(\d+) / (\d+)\n$`).FindStringSubmatch(progress)
	check(last != nil && last[1] == last[2] && atoi(last[2]) > len(report), "progress %q", progress)

	// The file back from the fake server: a stream whose length is known.
	resp, err := http.Get(base + "/_fake/files/content?file_id=" + f.ID())
	check(err == nil && resp.StatusCode == 200, "GET the uploaded file: %v", err)
	defer resp.Body.Close()

	// From a stream of known length, with a name and a type:
	f, err = c.Files.Upload(ctx, cozecore.FilesUploadParams{
		File: cozecore.FileUpload{Reader: resp.Body, Size: resp.ContentLength, Filename: "notes.txt", ContentType: "text/plain"}})

	check(err == nil, "upload from a reader: %v", err)
	check(f.Bytes() == int64(len(report)) && f.FileName() == "notes.txt", "uploaded %d bytes as %q", f.Bytes(), f.FileName())
	check(fakeFileSHA256(f.ID()) == sha256Hex(report), "the fake server kept other bytes")
}

// ### Downloads

func downloads(ctx context.Context, c *cozecore.Client) {
	voice := "7300000000000000301" // a voice id, from c.Audio.Voices.List
	b, err := c.Audio.Speech.CreateToFile(ctx, cozecore.AudioSpeechCreateParams{Input: "Hello", VoiceID: voice}, "hello.mp3")
	if err != nil {
		log.Fatal(err)
	}

	// The fake server's speech: an empty ID3 tag (10 bytes), then the input.
	written, err := os.ReadFile("hello.mp3")
	check(err == nil, "read hello.mp3: %v", err)
	check(b.Data == nil && b.Size == int64(len(written)) && b.ContentType == "audio/mpeg",
		"Binary{Size %d, ContentType %q} for %d bytes written", b.Size, b.ContentType, len(written))
	check(len(written) == 15 && bytes.HasPrefix(written, []byte("ID3")) && bytes.HasSuffix(written, []byte("Hello")),
		"hello.mp3 holds %q", written)
}

// ## Streams and events

func streamsAndEvents(ctx context.Context, c *cozecore.Client) {
	// The fake server's seed bot 7300000000000000102 asks for two tools,
	// get_weather and get_time, then answers with their outputs.
	s, err := c.Chat.Stream(ctx, cozecore.ChatStreamParams{BotID: "7300000000000000102", UserID: "guide-user",
		AdditionalMessages: []cozecore.EnterMessageParam{cozecore.UserMessage("Weather and time in Paris?")}})
	if err != nil {
		log.Fatal(err)
	}
	defer s.Close()
	printed := captureStdout()

	for s.Next() {
		ev := s.Event()
		if ev.Type == cozecore.EventConversationChatRequiresAction {
			chat := ev.Chat()
			params := cozecore.ChatSubmitToolOutputsParams{ConversationID: chat.ConversationID(), ChatID: chat.ID()}
			for _, call := range chat.RequiredAction().SubmitToolOutputs().ToolCalls() {
				params.ToolOutputs = append(params.ToolOutputs,
					cozecore.ToolOutputParam{ToolCallID: call.ID(), Output: run(call.Function())})
			}
			rest, err := c.Chat.SubmitToolOutputsStream(ctx, params) // or SubmitToolOutputs
			if err != nil {
				log.Fatal(err)
			}
			for ev, err := range rest.All() { // the bot's answer to the outputs
				if err != nil {
					log.Fatal(err)
				}
				if ev.Type == cozecore.EventConversationMessageDelta {
					fmt.Print(ev.Content())
				}
			}
			fmt.Println()
		}
	}
	if err := s.Err(); err != nil {
		log.Fatal(err)
	}

	out := printed()
	want := "Tool outputs: get_weather -> sunny in Paris; get_time -> 12:00 in Europe/Paris\n"
	check(out == want, "printed %q, want %q", out, want)
}

// run is the local function behind a tool call of the fake server's tools bot.
func run(f cozecore.ChatToolCallFunction) string {
	var args map[string]string
	if err := json.Unmarshal([]byte(f.Arguments()), &args); err != nil {
		return `{"error": "arguments that are not an object of strings"}`
	}
	switch f.Name() {
	case "get_weather":
		return "sunny in " + args["city"]
	case "get_time":
		return "12:00 in " + args["tz"]
	}
	return `{"error": "unknown tool"}`
}

// ## Pages and polling

func pages(ctx context.Context, c *cozecore.Client) {
	// A bot of its own, so that its conversations are only the two made here.
	bot, err := c.Bots.Create(ctx, cozecore.BotsCreateParams{SpaceID: "7300000000000000001", Name: "guide pages"})
	check(err == nil, "bots.create: %v", err)
	botID := bot.BotID()
	convID := newConversation(ctx, c, botID, "one", "two", "stop", "four")
	newConversation(ctx, c, botID, "another conversation")
	printed := captureStdout()

	pager := c.Conversations.Messages.ListPages(ctx, cozecore.ConversationsMessagesListParams{
		ConversationID: convID, Order: "asc", Limit: cozecore.Ptr[int64](50)})
	defer pager.Close()
	for pager.Next() {
		m := pager.Item()
		fmt.Println(m.Role(), m.Content())
	}
	if err := pager.Err(); err != nil {
		log.Fatal(err)
	}

	// range-over-func (Go 1.23+); breaking out closes the pager
	for m, err := range c.Conversations.Messages.ListPages(ctx, cozecore.ConversationsMessagesListParams{
		ConversationID: convID}).All() { // newest first
		if err != nil {
			log.Fatal(err)
		}
		if m.Content() == "stop" {
			break
		}
		fmt.Println(m.Content())
	}

	// page by page: the list result, its items, has_more, total, log id
	for page, err := range c.Conversations.ListPages(ctx, cozecore.ConversationsListParams{
		BotID: botID, PageSize: cozecore.Ptr[int64](20)}).Pages() {
		if err != nil {
			log.Fatal(err)
		}
		more, _ := page.HasMore() // false, false when the answer has no has_more
		fmt.Println(page.Number, len(page.Items), more, page.LogID)
	}

	lines := strings.Split(strings.TrimSuffix(printed(), "\n"), "\n")
	want := []string{"user one", "user two", "user stop", "user four", "four", "1 2 false "}
	check(len(lines) == len(want), "printed %q, want %q", lines, want)
	for i, w := range want {
		check(strings.HasPrefix(lines[i], w), "line %d is %q, want %q", i+1, lines[i], w)
	}
	check(strings.Contains(lines[5], "FAKE"), "no log id in %q", lines[5])
}

func polling(ctx context.Context, c *cozecore.Client) {
	botID := "7300000000000000101" // the fake server's echo bot
	printed := captureStdout()

	res, err := c.Chat.CreateAndPoll(ctx, cozecore.ChatRequest{
		BotID: botID, UserID: "user-1",
		AdditionalMessages: []cozecore.EnterMessageParam{cozecore.UserMessage("Hello!")}},
		cozecore.WithPollInterval(500*time.Millisecond), cozecore.WithTimeout(2*time.Minute))
	if err != nil {
		log.Fatal(err) // ErrTimeout: the chat was cancelled (chat.cancel) first
	}
	fmt.Println(res.Chat.Status(), res.Chat.Usage().TokenCount())
	for _, m := range res.Messages {
		fmt.Println(m.Type(), m.Content())
	}

	out := printed()
	check(res.Chat.Status() == "completed" && res.Chat.Usage().TokenCount() > 0, "chat %s", res.Chat)
	check(strings.HasSuffix(out, "answer Echo: Hello!\n"), "printed %q", out)
	// A chat that never finishes (the fake's slow bot): the timeout cancels it.
	before := len(requestLog())
	_, err = c.Chat.CreateAndPoll(ctx, cozecore.ChatRequest{BotID: "7300000000000000104", UserID: "user-1",
		AdditionalMessages: []cozecore.EnterMessageParam{cozecore.UserMessage("Hello?")}},
		cozecore.WithPollInterval(100*time.Millisecond), cozecore.WithTimeout(time.Second))
	check(errors.Is(err, cozecore.ErrTimeout), "slow chat: %v", err)
	cancelled := false
	for _, e := range requestLog()[before:] {
		cancelled = cancelled || e.Path == "/v3/chat/cancel"
	}
	check(cancelled, "the timed-out chat was not cancelled (no POST /v3/chat/cancel)")
}

// ## Errors, per-call options, resilience, hooks

func resilienceAndHooks(ctx context.Context) {
	req := cozecore.ChatRequest{BotID: "7300000000000000101", UserID: "user-1",
		AdditionalMessages: []cozecore.EnterMessageParam{cozecore.UserMessage("Hello!")}}
	traceparent := "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"
	// The next request the fake server gets answers 503: the call retries once.
	fakeFault(map[string]any{"status": 503, "headers": map[string]string{"Retry-After": "0"},
		"body": map[string]any{"code": 5000, "msg": "overloaded"}})
	before := len(requestLog())
	logged := captureLog()

	budget := cozecore.DefaultRetryBudget() // Capacity, RetryCost, TimeoutRetryCost, SuccessRefund
	budget.Capacity = 100
	c := cozecore.NewClient(
		cozecore.WithToken(os.Getenv("COZE_API_TOKEN")),
		cozecore.WithBaseURL(base),
		cozecore.WithRetryBudget(budget),
		cozecore.WithRateLimit(5, 2),                         // 5 attempts a second, bursts of 2; calls over it wait
		cozecore.WithBreaker(cozecore.DefaultBreaker()),      // Threshold 0.5, MinAttempts 10, Open 30 s, HalfOpenProbes 1
		cozecore.WithHealth(cozecore.DefaultHealthOptions()), // Alpha 0.3, Slice 1 s, SpikeFactor 3, SpikeMinAttempts 5
		cozecore.WithHooks(cozecore.Hooks{
			OnRetryScheduled: func(e cozecore.HookEvent) {
				log.Printf("%s: attempt %d failed (%s), retry in %d ms", e.Op, e.Attempt, e.ErrorKind, e.DelayMs)
			},
			OnHealthChanged: func(e cozecore.HookEvent) { // Reason: spike, opened, half_open, closed
				log.Printf("health %s: breaker %s, error rate %.2f (%s): %s", e.Reason, e.State, e.ErrorRate, e.Severity, e.Message)
			},
			// also OnRequestSent, OnResponseHead, OnCallFinished, OnToolCalled, OnToolFinished
		}),
		cozecore.WithHookBodies(false), // true: HookRequestSent events carry the request body
	)
	defer c.Close()
	chat, err := c.Chat.Create(ctx, req, cozecore.WithTraceparent(traceparent))

	out := logged()
	check(err == nil && chat.ID() != "", "chat.create after a 503: %v", err)
	check(strings.Contains(out, "chat.create: attempt 1 failed (server), retry in "), "hook log %q", out)
	// Both attempts reached the server with the trace context and one idempotency key.
	var sent []logEntry
	for _, e := range requestLog()[before:] {
		if e.Path == "/v3/chat" {
			sent = append(sent, e)
		}
	}
	check(len(sent) == 2, "%d attempts reached the server, want 2", len(sent))
	for _, e := range sent {
		check(e.Headers["traceparent"] == traceparent, "traceparent %q", e.Headers["traceparent"])
	}
	check(sent[0].IdempotencyKey != "" && sent[0].IdempotencyKey == sent[1].IdempotencyKey, "idempotency keys %q, %q",
		sent[0].IdempotencyKey, sent[1].IdempotencyKey)

	// A failed call: a *cozecore.Error, tested by kind with errors.Is.
	broken := req
	broken.BotID = "broken" // the fake server answers HTTP 500, code 5000
	_, err = c.Chat.Create(ctx, broken, cozecore.WithMaxRetries(0))
	var e *cozecore.Error
	check(errors.Is(err, cozecore.ErrServer) && errors.As(err, &e), "bot broken: %v", err)
	check(e.HTTPStatus == 500 && e.Code == 5000 && e.LogID != "" && len(e.History) == 1 &&
		e.Severity == cozecore.SeverityCritical, "error %+v", e)
}

func health(ctx context.Context) {
	req := cozecore.ChatRequest{BotID: "7300000000000000101", UserID: "user-1",
		AdditionalMessages: []cozecore.EnterMessageParam{cozecore.UserMessage("Hello!")}}
	breaker := cozecore.DefaultBreaker()
	breaker.MinAttempts = 4
	c := cozecore.NewClient(cozecore.WithToken(token), cozecore.WithBaseURL(base), cozecore.WithBreaker(breaker),
		cozecore.WithMaxRetries(0))
	defer c.Close()
	// Four server errors in a row open the breaker.
	broken := req
	broken.BotID = "broken"
	for range 4 {
		_, err := c.Chat.Create(ctx, broken)
		check(errors.Is(err, cozecore.ErrServer), "bot broken: %v", err)
	}
	before := len(requestLog())
	logged := captureLog()

	if _, err := c.Chat.Create(ctx, req); errors.Is(err, cozecore.ErrCircuitOpen) {
		var e *cozecore.Error
		errors.As(err, &e)
		log.Printf("service unhealthy, not calling it for %d ms", e.RetryAfterMs)
	}
	h, _ := c.Health()
	log.Printf("breaker %s, error rate %.2f, opened %d times", h.State(), h.ErrorRate(), h.Opened())

	out := logged()
	check(regexp.MustCompile(`service unhealthy, not calling it for [1-9]\d* ms`).MatchString(out), "log %q", out)
	check(h.State() == "open" && h.Opened() == 1 && h.Rejected() == 1 && h.TotalFailures() == 4, "health %s", h)
	check(len(requestLog()) == before, "the refused call reached the server")
}

// ### Metrics

func metrics(ctx context.Context) {
	logged := captureLog()

	c := cozecore.NewClient(cozecore.WithToken(token), cozecore.WithBaseURL(base),
		cozecore.WithHooks(cozecore.Hooks{OnMetric: func(e cozecore.HookEvent) {
			log.Printf("%s %s %g %s %v", e.Instrument, e.Metric, e.Value, e.Unit, e.Attributes)
		}}))
	defer c.Close()

	me, err := c.Users.Me(ctx)
	check(err == nil && me.UserID() != "", "users.me: %v", err)
	s, err := c.Chat.Stream(ctx, cozecore.ChatStreamParams{BotID: "7300000000000000101", UserID: "user-1",
		AdditionalMessages: []cozecore.EnterMessageParam{cozecore.UserMessage("metrics")}})
	check(err == nil, "chat.stream: %v", err)
	events := 0
	for _, err := range s.All() {
		check(err == nil, "chat.stream: %v", err)
		events++
	}
	out := logged()
	duration := regexp.MustCompile(`histogram http\.client\.request\.duration [0-9.e-]+ s map\[.*coze\.operation:users\.me`)
	check(duration.MatchString(out), "no request duration of users.me in %q", out)
	counted := fmt.Sprintf("counter coze.client.stream.events %d {event} map[", events)
	check(events > 0 && strings.Contains(out, counted), "no %q in %q", counted, out)
}

// ## Auth

func authServiceApp(ctx context.Context) {
	// A service app: its key pair, the public key registered with the fake
	// server (the OAuth server too), the config file as the official SDKs write it.
	key, err := rsa.GenerateKey(rand.Reader, 2048)
	check(err == nil, "RSA key: %v", err)
	private, _ := x509.MarshalPKCS8PrivateKey(key)
	public, _ := x509.MarshalPKIXPublicKey(&key.PublicKey)
	fakePost("/_fake/oauth/apps", map[string]any{"client_id": "guide-jwt-app", "client_type": "jwt",
		"public_key_id":  "guide-jwt-key",
		"public_key_pem": string(pem.EncodeToMemory(&pem.Block{Type: "PUBLIC KEY", Bytes: public}))}, nil)
	config, _ := json.Marshal(map[string]string{"client_type": "jwt", "client_id": "guide-jwt-app",
		"coze_api_base": base, "public_key_id": "guide-jwt-key",
		"private_key": string(pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: private}))})
	check(os.WriteFile("coze_oauth_config.json", config, 0o600) == nil, "write coze_oauth_config.json")

	app, err := cozecore.LoadOAuthAppFile("coze_oauth_config.json") // client_type "jwt"
	if err != nil {
		log.Fatal(err)
	}
	c := app.NewClient() // signs its JWTs with the app's key, refreshes its token
	defer c.Close()
	chat, err := c.Chat.Create(ctx, cozecore.ChatRequest{BotID: "7300000000000000101", UserID: "u1",
		AdditionalMessages: []cozecore.EnterMessageParam{cozecore.UserMessage("Hi")}})

	check(err == nil && chat.ID() != "", "chat.create with a JWT app: %v", err)
	tok, ok := c.Token()
	check(ok && strings.HasPrefix(tok.AccessToken, "oat_"), "the client holds no OAuth token (%v)", tok)
	check(!strings.Contains(fmt.Sprint(app), "PRIVATE KEY"), "the app prints its key: %v", app)
}

func authFlows(ctx context.Context) {
	fakePost("/_fake/oauth/apps", []map[string]any{
		{"client_id": "my-app", "client_type": "pkce", "redirect_uris": []string{"https://example.com/callback"}},
		{"client_id": "my-device-app", "client_type": "device", "device": map[string]any{"pending": 1, "interval": 1}},
	}, nil)
	c := cozecore.NewClient(cozecore.WithBaseURL(base)) // no token: the flows need none
	defer c.Close()
	printed := captureStdout()

	pkce, _ := cozecore.PKCEPair() // verifier from crypto/rand, S256 challenge from the core
	state, _ := cozecore.NewState()
	url, _ := cozecore.AuthorizeURL(cozecore.AuthorizeURLParams{ClientID: "my-app", WWWBase: base,
		RedirectURI: "https://example.com/callback", State: state, CodeChallenge: pkce.Challenge})
	// the user signs in at url; the redirect brings ?code=...&state=... back
	code := signIn(url, state) // here the fake server approves at once; signIn checks the state
	tok, err := c.Auth.ExchangeCode(ctx, cozecore.ExchangeCodeParams{ClientID: "my-app", Code: code,
		RedirectURI: "https://example.com/callback", CodeVerifier: pkce.Verifier})
	if err != nil {
		log.Fatal(err)
	}
	api := cozecore.NewClient(cozecore.WithBaseURL(base), cozecore.WithOAuthToken(cozecore.OAuthCredentials{
		ClientID: "my-app", AccessToken: tok.AccessToken(), RefreshToken: tok.RefreshToken(), ExpiresIn: tok.ExpiresIn()}))
	defer api.Close()

	tok, err = c.Auth.DeviceFlow(ctx, cozecore.DeviceFlowParams{ClientID: "my-device-app"},
		func(code cozecore.DeviceCode) {
			fmt.Printf("open %s and enter %s\n", code.VerificationURI(), code.UserCode())
		})

	out := printed()
	me, meErr := api.Users.Me(ctx)
	check(meErr == nil && me.UserID() != "", "users.me with the exchanged token: %v", meErr)
	held, ok := api.Token()
	check(ok && strings.HasPrefix(held.AccessToken, "oat_"), "the api client holds no OAuth token")
	check(err == nil && strings.HasPrefix(tok.AccessToken(), "oat_") && tok.ExpiresIn() > time.Now().Unix(),
		"device flow: %v", err)
	check(regexp.MustCompile(`^open http://\S+/device/verify and enter \S+\n$`).MatchString(out), "printed %q", out)
}

// signIn does what the user's browser does with an authorize URL: the fake
// server approves at once and redirects to the redirect URI with the code
// and the state, which must be the one sent.
func signIn(authorizeURL, state string) string {
	noRedirect := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := noRedirect.Get(authorizeURL)
	check(err == nil, "GET the authorize URL: %v", err)
	resp.Body.Close()
	back, err := url.Parse(resp.Header.Get("Location"))
	check(resp.StatusCode == http.StatusFound && err == nil, "authorize answered %d %q", resp.StatusCode,
		resp.Header.Get("Location"))
	check(back.Query().Get("state") == state, "the redirect brought state %q, want %q", back.Query().Get("state"), state)
	check(back.Query().Get("code") != "", "the redirect brought no code: %s", back)
	return back.Query().Get("code")
}

// ---- helpers ------------------------------------------------------------------

// check ends the guide (exit status 1), naming the section, unless ok.
func check(ok bool, format string, args ...any) {
	if !ok {
		fmt.Fprintf(os.Stderr, "guide: %s: check failed: %s\n", section, fmt.Sprintf(format, args...))
		os.Exit(1)
	}
}

// newConversation makes a conversation (of botID, unless "") holding one
// user message per text, and returns its id.
func newConversation(ctx context.Context, c *cozecore.Client, botID string, texts ...string) string {
	var msgs []cozecore.EnterMessageParam
	for _, t := range texts {
		msgs = append(msgs, cozecore.UserMessage(t))
	}
	conv, err := c.Conversations.Create(ctx, cozecore.ConversationsCreateParams{BotID: botID, Messages: msgs})
	check(err == nil, "conversations.create: %v", err)
	return conv.ID()
}

func contents(msgs []cozecore.Message) string {
	var parts []string
	for _, m := range msgs {
		parts = append(parts, m.Content())
	}
	return strings.Join(parts, "|")
}

func atoi(s string) int {
	n, err := strconv.Atoi(s)
	check(err == nil, "not a number: %q", s)
	return n
}

func sha256Hex(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// captureStdout sends what the program prints to a buffer as well, until
// the function it returns is called, which gives what was printed.
func captureStdout() func() string {
	r, w, err := os.Pipe()
	check(err == nil, "pipe: %v", err)
	stdout := os.Stdout
	os.Stdout = w
	done := make(chan string)
	go func() {
		var buf bytes.Buffer
		_, _ = io.Copy(io.MultiWriter(stdout, &buf), r)
		r.Close()
		done <- buf.String()
	}()
	return func() string {
		os.Stdout = stdout
		w.Close()
		return <-done
	}
}

// captureLog is captureStdout for the standard logger (stderr).
func captureLog() func() string {
	var buf bytes.Buffer // written under the logger's lock
	log.SetOutput(io.MultiWriter(os.Stderr, &buf))
	return func() string {
		log.SetOutput(os.Stderr)
		return buf.String()
	}
}

// ---- the fake server's control endpoints (tests/fake_coze/README.md) ---------

// logEntry is one request of the fake server's log (GET /_fake/requests).
type logEntry struct {
	Method         string            `json:"method"`
	Path           string            `json:"path"`
	Headers        map[string]string `json:"headers"`
	IdempotencyKey string            `json:"idempotency_key"`
	RetryCount     string            `json:"retry_count"`
}

func requestLog() []logEntry {
	var entries []logEntry
	fakeDo("GET", "/_fake/requests", nil, &entries)
	return entries
}

// fakeFault queues a fault: the fake server's next API request takes it.
func fakeFault(fault map[string]any) { fakePost("/_fake/faults", fault, nil) }

func fakePost(path string, body, out any) { fakeDo("POST", path, body, out) }

// fakeFileSHA256 is the sha256 of the bytes the fake server keeps for an uploaded file.
func fakeFileSHA256(fileID string) string {
	resp, err := http.Head(base + "/_fake/files/content?file_id=" + fileID)
	check(err == nil && resp.StatusCode == 200, "HEAD /_fake/files/content: %v", err)
	resp.Body.Close()
	return resp.Header.Get("X-Fake-Sha256")
}

func fakeDo(method, path string, body, out any) {
	var r io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		check(err == nil, "%s %s: %v", method, path, err)
		r = bytes.NewReader(b)
	}
	req, err := http.NewRequest(method, base+path, r)
	check(err == nil, "%s %s: %v", method, path, err)
	resp, err := http.DefaultClient.Do(req)
	check(err == nil, "%s %s: %v", method, path, err)
	defer resp.Body.Close()
	answer, err := io.ReadAll(resp.Body)
	check(err == nil && resp.StatusCode == 200, "%s %s: HTTP %d %s", method, path, resp.StatusCode, answer)
	if out != nil {
		check(json.Unmarshal(answer, out) == nil, "%s %s: not JSON: %s", method, path, answer)
	}
}
