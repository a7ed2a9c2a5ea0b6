package cozecore_test

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"crypto/x509"
	"encoding/base64"
	"encoding/json"
	"encoding/pem"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/cozecore/cozecore/bindings/go/cozecore"
)

// Auth end to end: every flow through the real driver (net/http) against
// the fake server's OAuth endpoints, the token the client refreshes by
// itself, JWTs signed here with crypto/rsa and verified by the fake, and
// secrets that never show.

const redirectURI = "http://localhost:8765/callback"

func registerApps(t *testing.T, apps ...map[string]any) {
	t.Helper()
	control(t, "POST", "/_fake/oauth/apps", apps)
}

type oauthCounts struct {
	Requests  map[string]int `json:"requests"`
	Refreshes int            `json:"refreshes"`
	Issued    int            `json:"issued"`
}

func oauthState(t *testing.T) oauthCounts {
	t.Helper()
	var c oauthCounts
	if err := json.Unmarshal(control(t, "GET", "/_fake/oauth", nil), &c); err != nil {
		t.Fatal(err)
	}
	return c
}

// oauthLogEntry is a request log entry with its OAuth part.
type oauthLogEntry struct {
	Path    string            `json:"path"`
	Headers map[string]string `json:"headers"`
	OAuth   *struct {
		Endpoint    string  `json:"endpoint"`
		GrantType   string  `json:"grant_type"`
		ClientID    string  `json:"client_id"`
		Kid         string  `json:"kid"`
		SessionName *string `json:"session_name"`
		AccountID   *string `json:"account_id"`
		At          float64 `json:"at"`
		Outcome     *string `json:"outcome"`
	} `json:"oauth"`
}

func oauthLog(t *testing.T) []oauthLogEntry {
	t.Helper()
	var log []oauthLogEntry
	if err := json.Unmarshal(control(t, "GET", "/_fake/requests", nil), &log); err != nil {
		t.Fatal(err)
	}
	return log
}

// authorize GETs an authorize URL without following the redirect and
// returns the code and state it brought.
func authorize(t *testing.T, authURL string) (code, state string) {
	t.Helper()
	hc := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := hc.Get(authURL)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusFound {
		t.Fatalf("authorize: HTTP %d, want 302", resp.StatusCode)
	}
	loc, err := url.Parse(resp.Header.Get("Location"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(loc.String(), redirectURI+"?") {
		t.Fatalf("redirected to %s", loc)
	}
	q := loc.Query()
	if q.Get("error") != "" {
		t.Fatalf("authorize answered error=%s", q.Get("error"))
	}
	return q.Get("code"), q.Get("state")
}

func chatWith(t *testing.T, c *cozecore.Client) {
	t.Helper()
	chat, err := c.Chat.Create(context.Background(), chatRequest("bot-1", "hi"))
	if err != nil {
		t.Fatalf("chat with the token: %v", err)
	}
	if chat.ID() == "" {
		t.Fatal("chat without id")
	}
}

func tokenClient(t *testing.T, base, accessToken string) *cozecore.Client {
	c := cozecore.NewClient(cozecore.WithBaseURL(base), cozecore.WithToken(accessToken))
	t.Cleanup(func() { c.Close() })
	return c
}

func flowClient(t *testing.T, base string, opts ...cozecore.Option) *cozecore.Client {
	c := cozecore.NewClient(append([]cozecore.Option{cozecore.WithBaseURL(base)}, opts...)...)
	t.Cleanup(func() { c.Close() })
	return c
}

func wantKind(t *testing.T, err error, sentinel error, what string) *cozecore.Error {
	t.Helper()
	if !errors.Is(err, sentinel) {
		t.Fatalf("%s: want %v, got %v", what, sentinel, err)
	}
	var e *cozecore.Error
	if !errors.As(err, &e) {
		t.Fatalf("%s: not a *cozecore.Error: %T", what, err)
	}
	return e
}

func TestAuthPKCEFlow(t *testing.T) {
	base := fakeServer(t)
	registerApps(t, map[string]any{"client_id": "go-pkce", "client_type": "pkce", "redirect_uris": []string{redirectURI}})
	pair, err := cozecore.PKCEPair()
	if err != nil {
		t.Fatal(err)
	}
	state, err := cozecore.NewState()
	if err != nil {
		t.Fatal(err)
	}
	authURL, err := cozecore.AuthorizeURL(cozecore.AuthorizeURLParams{ClientID: "go-pkce", RedirectURI: redirectURI,
		State: state, BaseURL: base, CodeChallenge: pair.Challenge})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(authURL, base+"/api/permission/oauth2/authorize?") ||
		!strings.Contains(authURL, "code_challenge_method=S256") {
		t.Fatalf("authorize URL %s", authURL)
	}
	code, gotState := authorize(t, authURL)
	if gotState != state || code == "" {
		t.Fatalf("redirect brought code %q state %q (sent %q)", code, gotState, state)
	}
	c := flowClient(t, base)
	tok, err := c.Auth.ExchangeCode(context.Background(), cozecore.ExchangeCodeParams{ClientID: "go-pkce", Code: code,
		RedirectURI: redirectURI, CodeVerifier: pair.Verifier})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(tok.AccessToken(), "oat_") || !strings.HasPrefix(tok.RefreshToken(), "ort_") ||
		tok.ExpiresIn() < time.Now().Unix() {
		t.Fatalf("token %v", tok.ToMap())
	}
	chatWith(t, tokenClient(t, base, tok.AccessToken()))

	// A verifier that does not match the challenge is refused.
	other, _ := cozecore.PKCEPair()
	code2, _ := authorize(t, authURL)
	_, err = c.Auth.ExchangeCode(context.Background(), cozecore.ExchangeCodeParams{ClientID: "go-pkce", Code: code2,
		RedirectURI: redirectURI, CodeVerifier: other.Verifier})
	e := wantKind(t, err, cozecore.ErrAuthentication, "wrong verifier")
	if e.ErrorCode != "invalid_grant" {
		t.Fatalf("error_code %q", e.ErrorCode)
	}
	// A missing code is invalid_argument before anything is sent.
	_, err = c.Auth.ExchangeCode(context.Background(), cozecore.ExchangeCodeParams{ClientID: "go-pkce", RedirectURI: redirectURI})
	wantKind(t, err, cozecore.ErrInvalidArgument, "missing code")
}

func TestAuthWebFlowAndRefresh(t *testing.T) {
	base := fakeServer(t)
	const secret = "cs_web_go_secret_0123456789"
	registerApps(t, map[string]any{"client_id": "go-web", "client_type": "web", "client_secret": secret,
		"redirect_uris": []string{redirectURI}})
	state, _ := cozecore.NewState()
	authURL, err := cozecore.AuthorizeURL(cozecore.AuthorizeURLParams{ClientID: "go-web", RedirectURI: redirectURI,
		State: state, BaseURL: base})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(authURL, "code_challenge") {
		t.Fatalf("web authorize URL with a challenge: %s", authURL)
	}
	code, gotState := authorize(t, authURL)
	if gotState != state {
		t.Fatalf("state %q, sent %q", gotState, state)
	}
	c := flowClient(t, base)
	ctx := context.Background()
	// Without the secret the exchange is refused (and uses the code up).
	_, err = c.Auth.ExchangeCode(ctx, cozecore.ExchangeCodeParams{ClientID: "go-web", Code: code, RedirectURI: redirectURI})
	wantKind(t, err, cozecore.ErrAuthentication, "exchange without the secret")
	code, _ = authorize(t, authURL)
	tok, err := c.Auth.ExchangeCode(ctx, cozecore.ExchangeCodeParams{ClientID: "go-web", Code: code,
		RedirectURI: redirectURI, ClientSecret: secret})
	if err != nil {
		t.Fatal(err)
	}
	chatWith(t, tokenClient(t, base, tok.AccessToken()))

	fresh, err := c.Auth.RefreshToken(ctx, cozecore.RefreshTokenParams{ClientID: "go-web",
		RefreshToken: tok.RefreshToken(), ClientSecret: secret})
	if err != nil {
		t.Fatal(err)
	}
	if fresh.AccessToken() == tok.AccessToken() || fresh.RefreshToken() == tok.RefreshToken() || fresh.RefreshToken() == "" {
		t.Fatal("the refresh brought no new tokens")
	}
	chatWith(t, tokenClient(t, base, fresh.AccessToken()))
	// A refresh token works once.
	_, err = c.Auth.RefreshToken(ctx, cozecore.RefreshTokenParams{ClientID: "go-web",
		RefreshToken: tok.RefreshToken(), ClientSecret: secret})
	if e := wantKind(t, err, cozecore.ErrAuthentication, "reused refresh token"); e.ErrorCode != "invalid_grant" {
		t.Fatalf("error_code %q", e.ErrorCode)
	}
	if got := oauthState(t); got.Refreshes != 2 || got.Requests["authorization_code"] != 2 {
		t.Fatalf("fake counts %+v", got)
	}
}

func TestAuthDeviceFlow(t *testing.T) {
	base := fakeServer(t)
	registerApps(t, map[string]any{"client_id": "go-device", "client_type": "device",
		"device": map[string]any{"pending": 1, "interval": 1, "expires_in": 60}})
	c := flowClient(t, base)
	var codes []cozecore.DeviceCode
	tok, err := c.Auth.DeviceFlow(context.Background(), cozecore.DeviceFlowParams{ClientID: "go-device"},
		func(code cozecore.DeviceCode) { codes = append(codes, code) })
	if err != nil {
		t.Fatal(err)
	}
	if len(codes) != 1 || codes[0].UserCode() == "" || !strings.Contains(codes[0].VerificationURI(), "/device") ||
		codes[0].Interval() != 1 || codes[0].DeviceCode() == "" {
		t.Fatalf("device codes handed out: %v", codes)
	}
	if s := fmt.Sprint(codes[0]); strings.Contains(s, codes[0].DeviceCode()) || !strings.Contains(s, codes[0].UserCode()) {
		t.Fatalf("a device code printed: %s", s)
	}
	chatWith(t, tokenClient(t, base, tok.AccessToken()))

	// Polls (the timing is pinned by the flows vectors on a virtual clock):
	// one pending, then the token, one interval apart at least.
	var polls []float64
	var outcomes []string
	for _, e := range oauthLog(t) {
		if e.OAuth != nil && strings.HasSuffix(e.OAuth.GrantType, "device_code") {
			polls = append(polls, e.OAuth.At)
			outcomes = append(outcomes, *e.OAuth.Outcome)
		}
	}
	if strings.Join(outcomes, ",") != "authorization_pending,ok" {
		t.Fatalf("poll outcomes %v", outcomes)
	}
	if gap := polls[1] - polls[0]; gap < 0.95 {
		t.Fatalf("polled again after %.2f s, before the 1 s interval", gap)
	}
}

func TestAuthDeviceFlowDeniedAndCancelled(t *testing.T) {
	base := fakeServer(t)
	registerApps(t,
		map[string]any{"client_id": "go-denied", "client_type": "device",
			"device": map[string]any{"outcome": "access_denied", "interval": 1}},
		map[string]any{"client_id": "go-waiting", "client_type": "device",
			"device": map[string]any{"pending": 1000, "interval": 1}})
	c := flowClient(t, base)
	_, err := c.Auth.DeviceFlow(context.Background(), cozecore.DeviceFlowParams{ClientID: "go-denied"}, nil)
	if e := wantKind(t, err, cozecore.ErrPermissionDenied, "denied"); e.ErrorCode != "access_denied" {
		t.Fatalf("error_code %q", e.ErrorCode)
	}

	before := settled()
	ctx, cancel := context.WithCancel(context.Background())
	_, err = c.Auth.DeviceFlow(ctx, cozecore.DeviceFlowParams{ClientID: "go-waiting"}, func(cozecore.DeviceCode) {
		cancel() // the user gives up while the flow waits for the first poll
	})
	wantKind(t, err, cozecore.ErrCancelled, "cancelled")
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("the cause is not context.Canceled: %v", err)
	}
	polls := 0
	for _, e := range oauthLog(t) {
		if e.OAuth != nil && e.OAuth.ClientID == "go-waiting" && strings.HasSuffix(e.OAuth.GrantType, "device_code") {
			polls++
		}
	}
	if polls != 0 {
		t.Fatalf("%d polls after the cancel", polls)
	}
	if got := settled(); got.calls != before.calls {
		t.Fatalf("live calls %d after the flow, %d before", got.calls, before.calls)
	}
}

// newRSAKey makes a key and registers its public half for a jwt app.
func newRSAKey(t *testing.T, clientID, kid string) (*rsa.PrivateKey, string) {
	t.Helper()
	key, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	pub, err := x509.MarshalPKIXPublicKey(&key.PublicKey)
	if err != nil {
		t.Fatal(err)
	}
	registerApps(t, map[string]any{"client_id": clientID, "client_type": "jwt", "public_key_id": kid,
		"public_key_pem": string(pem.EncodeToMemory(&pem.Block{Type: "PUBLIC KEY", Bytes: pub}))})
	der, err := x509.MarshalPKCS8PrivateKey(key)
	if err != nil {
		t.Fatal(err)
	}
	return key, string(pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: der}))
}

func pkcs1PEM(key *rsa.PrivateKey) string {
	return string(pem.EncodeToMemory(&pem.Block{Type: "RSA PRIVATE KEY", Bytes: x509.MarshalPKCS1PrivateKey(key)}))
}

func TestAuthJWTClient(t *testing.T) {
	base := fakeServer(t)
	_, keyPEM := newRSAKey(t, "go-jwt", "kid-go-1")
	c := flowClient(t, base, cozecore.WithJWTAuth(cozecore.JWTApp{ClientID: "go-jwt", PublicKeyID: "kid-go-1",
		PrivateKey: keyPEM, TTL: 10 * time.Minute, SessionName: "session-go"}))
	if _, ok := c.Token(); !ok {
		t.Fatal("a jwt client has no token state")
	}
	chatWith(t, c)
	chatWith(t, c) // the token is kept
	st, err := c.Chat.Stream(context.Background(), chatRequest("bot-1", "streamed"))
	if err != nil {
		t.Fatal(err)
	}
	if got := readAll(st); got.err != nil || got.text() != "Echo: streamed" {
		t.Fatalf("stream on the JWT token: %q %v", got.text(), got.err)
	}
	st.Close()
	tok, ok := c.Token()
	if !ok || !strings.HasPrefix(tok.AccessToken, "oat_") || tok.Refreshes != 1 || tok.RefreshToken != "" {
		t.Fatalf("token after the calls: %+v (access %q)", tok, tok.AccessToken)
	}
	if d := tok.ExpiresIn - time.Now().Unix(); d < 590 || d > 601 {
		t.Fatalf("token lives %d s, asked 600", d)
	}
	var grants []oauthLogEntry
	for _, e := range oauthLog(t) {
		if e.OAuth != nil && strings.HasSuffix(e.OAuth.GrantType, "jwt-bearer") {
			grants = append(grants, e)
		}
	}
	if len(grants) != 1 || grants[0].OAuth.Kid != "kid-go-1" || *grants[0].OAuth.Outcome != "ok" ||
		grants[0].OAuth.SessionName == nil || *grants[0].OAuth.SessionName != "session-go" {
		t.Fatalf("JWT grants %+v", grants)
	}
	if got := oauthState(t); got.Issued != 1 {
		t.Fatalf("fake counts %+v", got)
	}
}

func TestAuthJWTToken(t *testing.T) {
	base := fakeServer(t)
	key, keyPEM := newRSAKey(t, "go-jwt2", "kid-go-2")
	c := flowClient(t, base)
	ctx := context.Background()

	// PKCS#1 works as well as PKCS#8, and the account variant goes to its path.
	for _, p := range []cozecore.JWTTokenParams{
		{ClientID: "go-jwt2", PublicKeyID: "kid-go-2", PrivateKey: keyPEM},
		{ClientID: "go-jwt2", PublicKeyID: "kid-go-2", PrivateKey: pkcs1PEM(key), TTL: time.Hour, AccountID: "12345"},
	} {
		tok, err := c.Auth.JWTToken(ctx, p)
		if err != nil {
			t.Fatalf("%v: %v", p, err)
		}
		chatWith(t, tokenClient(t, base, tok.AccessToken()))
	}
	log := oauthLog(t)
	var paths []string
	for _, e := range log {
		if e.OAuth != nil && e.OAuth.Endpoint == "token" {
			paths = append(paths, e.Path)
		}
	}
	if strings.Join(paths, " ") != "/api/permission/oauth2/token /api/permission/oauth2/account/12345/token" {
		t.Fatalf("token paths %v", paths)
	}

	// A key the app did not register: the fake's signature check fails.
	other, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.Auth.JWTToken(ctx, cozecore.JWTTokenParams{ClientID: "go-jwt2", PublicKeyID: "kid-go-2",
		PrivateKey: pkcs1PEM(other)})
	if e := wantKind(t, err, cozecore.ErrAuthentication, "foreign key"); e.ErrorCode != "invalid_client" || e.HTTPStatus != 401 {
		t.Fatalf("error %+v", e)
	}

	// Keys that cannot sign are invalid_argument before anything is sent.
	ec, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	ecDER, _ := x509.MarshalPKCS8PrivateKey(ec)
	ecPEM := string(pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: ecDER}))
	body := strings.Split(keyPEM, "\n")[3]
	broken := strings.Replace(keyPEM, body, body[:20]+"AAAA"+body[24:], 1)
	sent := len(oauthLog(t))
	for name, bad := range map[string]string{"empty": "", "not PEM": "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC", "EC": ecPEM,
		"corrupt": broken, "public": strings.ReplaceAll(keyPEM, "PRIVATE KEY", "PUBLIC KEY")} {
		_, err := c.Auth.JWTToken(ctx, cozecore.JWTTokenParams{ClientID: "go-jwt2", PublicKeyID: "kid-go-2", PrivateKey: bad})
		e := wantKind(t, err, cozecore.ErrInvalidArgument, name)
		if bad != "" && strings.Contains(fmt.Sprintf("%v %+v %#v", err, err, e), bad[len(bad)/2:len(bad)/2+8]) {
			t.Fatalf("%s: the error quotes the key: %v", name, err)
		}
	}
	// The JWT flow run by name on a client without a key: the host cannot sign.
	_, err = c.Do(ctx, "oauth.jwt_token", map[string]any{"client_id": "go-jwt2", "public_key_id": "kid-go-2"})
	if e := wantKind(t, err, cozecore.ErrAuthentication, "no key"); !strings.Contains(e.Message, "no private key") {
		t.Fatalf("message %q", e.Message)
	}
	if got := len(oauthLog(t)); got != sent {
		t.Fatalf("bad keys sent %d requests", got-sent)
	}
	// A client with a bad key fails its calls the same way, without a panic.
	bad := flowClient(t, base, cozecore.WithJWTAuth(cozecore.JWTApp{ClientID: "go-jwt2", PublicKeyID: "kid-go-2",
		PrivateKey: ecPEM}))
	_, err = bad.Chat.Create(ctx, chatRequest("bot-1", "hi"))
	if e := wantKind(t, err, cozecore.ErrInvalidArgument, "client with an EC key"); !strings.Contains(e.Message, "RSA") {
		t.Fatalf("message %q", e.Message)
	}
}

// The core checks an auth config when the client is made; each call then
// fails with its message as ErrInvalidArgument, before anything is sent.
func TestAuthConfigCheckedByTheCore(t *testing.T) {
	base := fakeServer(t)
	_, keyPEM := newRSAKey(t, "go-jwt-cfg", "kid-go-cfg")
	oauth := cozecore.OAuthCredentials{ClientID: "go-cfg", AccessToken: "at-config-1", RefreshToken: "rt-config-1"}
	withTTL := func(d time.Duration) cozecore.JWTApp {
		return cozecore.JWTApp{ClientID: "go-jwt-cfg", PublicKeyID: "kid-go-cfg", PrivateKey: keyPEM, TTL: d}
	}
	sent := len(oauthLog(t))
	for _, tc := range []struct {
		name string
		opts []cozecore.Option
		want string // in the core's message
	}{
		{"sub-second TTL", []cozecore.Option{cozecore.WithJWTAuth(withTTL(500 * time.Millisecond))}, "auth.ttl_seconds"},
		{"TTL over a day", []cozecore.Option{cozecore.WithJWTAuth(withTTL(25 * time.Hour))}, "auth.ttl_seconds"},
		{"negative margin", []cozecore.Option{cozecore.WithRefreshMargin(-time.Second), cozecore.WithOAuthToken(oauth)},
			"auth.refresh_margin_s"},
		{"no client id", []cozecore.Option{cozecore.WithOAuthToken(cozecore.OAuthCredentials{AccessToken: "at-config-1"})},
			"auth.client_id"},
		{"no public key id", []cozecore.Option{cozecore.WithJWTAuth(cozecore.JWTApp{ClientID: "go-jwt-cfg",
			PrivateKey: keyPEM})}, "auth.public_key_id"},
		// The last auth option wins, its errors with it.
		{"a good option, then a bad one", []cozecore.Option{cozecore.WithOAuthToken(oauth),
			cozecore.WithJWTAuth(cozecore.JWTApp{ClientID: "go-jwt-cfg", PublicKeyID: "kid-go-cfg", PrivateKey: "junk"})},
			"PEM"},
	} {
		c := flowClient(t, base, tc.opts...)
		_, err := c.Chat.Create(context.Background(), chatRequest("bot-1", "hi"))
		if e := wantKind(t, err, cozecore.ErrInvalidArgument, tc.name); !strings.Contains(e.Message, tc.want) {
			t.Fatalf("%s: message %q, want %q in it", tc.name, e.Message, tc.want)
		}
		if _, ok := c.Token(); ok {
			t.Fatalf("%s: a client that could not be made holds a token", tc.name)
		}
	}
	if got := len(oauthLog(t)); got != sent {
		t.Fatalf("bad configs sent %d requests", got-sent)
	}

	// A bad option, then a good one: the good one is the client's auth.
	c := flowClient(t, base, cozecore.WithJWTAuth(cozecore.JWTApp{ClientID: "go-jwt-cfg", PrivateKey: "junk"}),
		cozecore.WithOAuthToken(oauth))
	if tok, ok := c.Token(); !ok || tok.AccessToken != oauth.AccessToken || tok.Refreshes != 0 {
		t.Fatalf("token %v %v", tok, ok)
	}
}

func TestAuthPrintedTokensHideSecrets(t *testing.T) {
	tok, err := cozecore.ParseOAuthToken(`{"access_token":"at-printed-1","refresh_token":"rt-printed-2",` +
		`"token_type":"Bearer","expires_in":1700000000}`)
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{fmt.Sprint(tok), fmt.Sprintf("%v %s %+v", tok, tok, tok), tok.String()} {
		if strings.Contains(text, "at-printed-1") || strings.Contains(text, "rt-printed-2") ||
			!strings.Contains(text, `"access_token":"***"`) || !strings.Contains(text, "Bearer") {
			t.Fatalf("printed: %s", text)
		}
	}
	// The data itself keeps them: JSON is how a token is stored.
	if b, _ := json.Marshal(tok); !strings.Contains(string(b), "at-printed-1") || tok.RefreshToken() != "rt-printed-2" {
		t.Fatalf("JSON %s", b)
	}
}

func TestAuthJWTAudience(t *testing.T) {
	if got := cozecore.JWTAudience(""); got != "api.coze.com" {
		t.Fatalf("default base: %q", got)
	}
	if got := cozecore.JWTAudience("https://api.coze.cn/"); got != "api.coze.cn" {
		t.Fatalf("China: %q", got)
	}
}

func TestAuthLoadOAuthApp(t *testing.T) {
	base := fakeServer(t)
	_, keyPEM := newRSAKey(t, "go-jwt-file", "kid-go-file")
	config, _ := json.Marshal(map[string]any{"client_type": "jwt", "client_id": "go-jwt-file",
		"coze_api_base": base, "public_key_id": "kid-go-file", "private_key": keyPEM})
	app, err := cozecore.LoadOAuthApp(config)
	if err != nil {
		t.Fatal(err)
	}
	if app.ClientType != "jwt" || app.BaseURL != base || app.WWWBase != base || app.PrivateKey != keyPEM {
		t.Fatalf("app %v", app)
	}
	c := app.NewClient()
	defer c.Close()
	chatWith(t, c)

	for _, bad := range []map[string]any{
		{"client_type": "robot", "client_id": "x"},
		{"client_type": "jwt", "client_id": "x", "public_key_id": "k"},
		{"client_type": "web", "client_id": "x"},
		{"client_type": "pkce"},
	} {
		b, _ := json.Marshal(bad)
		_, err := cozecore.LoadOAuthApp(b)
		if e := wantKind(t, err, cozecore.ErrInvalidArgument, string(b)); e.Message == "" {
			t.Fatal("no message")
		}
	}
	if _, err := cozecore.LoadOAuthApp([]byte("{not json")); !errors.Is(err, cozecore.ErrInvalidArgument) {
		t.Fatalf("malformed config: %v", err)
	}
	web, err := cozecore.LoadOAuthApp([]byte(`{"client_type":"web","client_id":"w","client_secret":"s3cr3t_value",
		"coze_api_base":"https://api.coze.cn"}`))
	if err != nil {
		t.Fatal(err)
	}
	u, err := web.AuthorizeURL(redirectURI, "st", "")
	if err != nil || !strings.HasPrefix(u, "https://www.coze.cn/api/permission/oauth2/authorize?") {
		t.Fatalf("cn authorize URL %s %v", u, err)
	}
	for _, f := range []string{"%v", "%+v", "%#v", "%s"} {
		if s := fmt.Sprintf(f, web); strings.Contains(s, "s3cr3t_value") {
			t.Fatalf("%s shows the secret: %s", f, s)
		}
		if s := fmt.Sprintf(f, app); strings.Contains(s, "PRIVATE KEY") {
			t.Fatalf("%s shows the key: %s", f, s)
		}
	}
}

func TestAuthPKCEAndAuthorizeURL(t *testing.T) {
	seen := map[string]bool{}
	for i := 0; i < 20; i++ {
		p, err := cozecore.PKCEPair()
		if err != nil {
			t.Fatal(err)
		}
		sum := sha256.Sum256([]byte(p.Verifier))
		if len(p.Verifier) != 43 || p.Challenge != base64.RawURLEncoding.EncodeToString(sum[:]) || p.Method != "S256" {
			t.Fatalf("pair %q %q", p.Verifier, p.Challenge)
		}
		if seen[p.Verifier] {
			t.Fatal("a verifier came twice")
		}
		seen[p.Verifier] = true
		if strings.Contains(fmt.Sprint(p), p.Verifier) {
			t.Fatal("PKCE prints its verifier")
		}
	}
	u, err := cozecore.AuthorizeURL(cozecore.AuthorizeURLParams{ClientID: "c 1", RedirectURI: "https://a.example/cb?x=1",
		State: "s&t", WorkspaceID: "ws1"})
	if err != nil {
		t.Fatal(err)
	}
	parsed, err := url.Parse(u)
	if err != nil {
		t.Fatal(err)
	}
	q := parsed.Query()
	if parsed.Host != "www.coze.com" || parsed.Path != "/api/permission/oauth2/workspace_id/ws1/authorize" ||
		q.Get("client_id") != "c 1" || q.Get("redirect_uri") != "https://a.example/cb?x=1" || q.Get("state") != "s&t" ||
		q.Get("response_type") != "code" {
		t.Fatalf("authorize URL %s", u)
	}
	for name, p := range map[string]cozecore.AuthorizeURLParams{
		"no state":    {ClientID: "c", RedirectURI: redirectURI},
		"no redirect": {ClientID: "c", State: "s"},
		"plain":       {ClientID: "c", RedirectURI: redirectURI, State: "s", CodeChallenge: "x", CodeChallengeMethod: "plain"},
	} {
		if _, err := cozecore.AuthorizeURL(p); !errors.Is(err, cozecore.ErrInvalidArgument) {
			t.Fatalf("%s: %v", name, err)
		}
	}
}

// pkceToken registers a PKCE app and gets a token for it through the
// whole flow.
func pkceToken(t *testing.T, base, clientID string) cozecore.OAuthToken {
	t.Helper()
	registerApps(t, map[string]any{"client_id": clientID, "client_type": "pkce"})
	pair, _ := cozecore.PKCEPair()
	authURL, err := cozecore.AuthorizeURL(cozecore.AuthorizeURLParams{ClientID: clientID, RedirectURI: redirectURI,
		State: "st", BaseURL: base, CodeChallenge: pair.Challenge})
	if err != nil {
		t.Fatal(err)
	}
	code, _ := authorize(t, authURL)
	tok, err := flowClient(t, base).Auth.ExchangeCode(context.Background(), cozecore.ExchangeCodeParams{
		ClientID: clientID, Code: code, RedirectURI: redirectURI, CodeVerifier: pair.Verifier})
	if err != nil {
		t.Fatal(err)
	}
	return tok
}

func TestAuthRefreshesAnExpiredToken(t *testing.T) {
	base := fakeServer(t)
	tok := pkceToken(t, base, "go-refresh")
	ctx := context.Background()

	// The client knows the token has expired: it refreshes before calling.
	c := flowClient(t, base, cozecore.WithOAuthToken(cozecore.OAuthCredentials{ClientID: "go-refresh",
		AccessToken: tok.AccessToken(), RefreshToken: tok.RefreshToken(), ExpiresIn: time.Now().Unix() - 5}))
	control(t, "POST", "/_fake/oauth/expire", map[string]any{"access_token": tok.AccessToken()})
	chatWith(t, c)
	now, ok := c.Token()
	if !ok || now.Refreshes != 1 || now.AccessToken == tok.AccessToken() || now.RefreshToken == tok.RefreshToken() ||
		now.ExpiresIn <= time.Now().Unix() {
		t.Fatalf("token after the refresh: %+v", now)
	}
	if got := oauthState(t); got.Refreshes != 1 {
		t.Fatalf("refreshes %d", got.Refreshes)
	}

	// Only the server knows: the 401 makes the client refresh and repeat once.
	control(t, "POST", "/_fake/oauth/expire", map[string]any{"client_id": "go-refresh"})
	chatWith(t, c)
	if after, _ := c.Token(); after.Refreshes != 2 || after.RefreshToken == now.RefreshToken {
		t.Fatalf("token after the 401: %+v", after)
	}
	if got := oauthState(t); got.Refreshes != 2 {
		t.Fatalf("refreshes %d", got.Refreshes)
	}

	// A refresh token the server revoked: the call fails as authentication and says why.
	control(t, "POST", "/_fake/oauth/revoke", map[string]any{"client_id": "go-refresh"})
	_, err := c.Chat.Create(ctx, chatRequest("bot-1", "hi"))
	if e := wantKind(t, err, cozecore.ErrAuthentication, "revoked"); !strings.Contains(e.Message, "refresh") {
		t.Fatalf("message %q", e.Message)
	}

	// A refresh margin: a token 60 s from expiry is refreshed with a 120 s margin.
	tok2 := pkceToken(t, base, "go-margin")
	m := flowClient(t, base, cozecore.WithRefreshMargin(2*time.Minute), cozecore.WithOAuthToken(cozecore.OAuthCredentials{
		ClientID: "go-margin", AccessToken: tok2.AccessToken(), RefreshToken: tok2.RefreshToken(),
		ExpiresIn: time.Now().Unix() + 60}))
	chatWith(t, m)
	if got, _ := m.Token(); got.Refreshes != 1 {
		t.Fatalf("refreshes with the margin: %d", got.Refreshes)
	}
}

func TestAuthFiftyConcurrentCallsRefreshOnce(t *testing.T) {
	for _, known := range []bool{true, false} {
		t.Run(fmt.Sprintf("client_knows_expiry=%v", known), func(t *testing.T) {
			base := fakeServer(t)
			tok := pkceToken(t, base, "go-herd")
			expires := tok.ExpiresIn()
			if known {
				expires = time.Now().Unix() - 1
			}
			c := flowClient(t, base, cozecore.WithOAuthToken(cozecore.OAuthCredentials{ClientID: "go-herd",
				AccessToken: tok.AccessToken(), RefreshToken: tok.RefreshToken(), ExpiresIn: expires}))
			control(t, "POST", "/_fake/oauth/expire", map[string]any{})
			before := oauthState(t).Refreshes
			var wg sync.WaitGroup
			errs := make(chan error, 50)
			start := make(chan struct{})
			for i := 0; i < 50; i++ {
				wg.Add(1)
				go func() {
					defer wg.Done()
					<-start
					_, err := c.Chat.Create(context.Background(), chatRequest("bot-1", "hi"))
					errs <- err
				}()
			}
			close(start)
			wg.Wait()
			close(errs)
			for err := range errs {
				if err != nil {
					t.Fatal(err)
				}
			}
			if got := oauthState(t).Refreshes - before; got != 1 {
				t.Fatalf("50 calls made %d refresh requests", got)
			}
			if now, _ := c.Token(); now.Refreshes != 1 {
				t.Fatalf("client refreshes %d", now.Refreshes)
			}
		})
	}
}

func TestAuthClientNamesItself(t *testing.T) {
	base := fakeServer(t)
	fixed := tokenClient(t, base, token)
	chatWith(t, fixed)
	if tok, ok := fixed.Token(); ok {
		t.Fatalf("a client with a fixed token shows token state %v", tok)
	}
	log := oauthLog(t)
	if len(log) == 0 {
		t.Fatal("no request logged")
	}
	h := map[string]string{}
	for k, v := range log[len(log)-1].Headers {
		h[strings.ToLower(k)] = v
	}
	var ua map[string]any
	if err := json.Unmarshal([]byte(h["x-coze-client-user-agent"]), &ua); err != nil {
		t.Fatalf("X-Coze-Client-User-Agent %q: %v", h["x-coze-client-user-agent"], err)
	}
	if ua["lang"] != "go" || ua["lang_version"] != runtime.Version() || ua["os_name"] != runtime.GOOS {
		t.Fatalf("X-Coze-Client-User-Agent %v", ua)
	}
	if !strings.Contains(h["user-agent"], " go/"+runtime.Version()+" ("+runtime.GOOS+")") {
		t.Fatalf("User-Agent %q", h["user-agent"])
	}
}

// secretChecker fails the test when any recognisable secret shows in a text.
type secretChecker struct {
	t       *testing.T
	secrets map[string]string // name -> value
}

func (s *secretChecker) add(name, value string) {
	if len(value) >= 8 {
		s.secrets[name] = value
	}
}

func (s *secretChecker) check(where, text string) {
	s.t.Helper()
	for name, v := range s.secrets {
		if strings.Contains(text, v) {
			s.t.Fatalf("%s shows the %s: %s", where, name, text)
		}
	}
}

func (s *secretChecker) checkErr(where string, err error) {
	s.t.Helper()
	if err == nil {
		s.t.Fatalf("%s: expected an error", where)
	}
	var e *cozecore.Error
	if !errors.As(err, &e) {
		s.t.Fatalf("%s: not a *cozecore.Error", where)
	}
	s.check(where, fmt.Sprintf("%v|%+v|%#v|%s|%s|%s|%s", err, err, e, e.Message, e.Hint, e.Body, e.ErrorCode))
	for _, a := range e.History {
		s.check(where+" history", fmt.Sprintf("%+v|%#v", a, a))
	}
	for u := errors.Unwrap(err); u != nil; u = errors.Unwrap(u) {
		s.check(where+" cause", u.Error())
	}
}

func TestAuthSecretsNeverShow(t *testing.T) {
	base := fakeServer(t)
	const secret = "cs_go_secret_never_shown_0042"
	registerApps(t, map[string]any{"client_id": "go-secret-web", "client_type": "web", "client_secret": secret},
		map[string]any{"client_id": "go-secret-device", "client_type": "device",
			"device": map[string]any{"pending": 1, "interval": 1}})
	key, keyPEM := newRSAKey(t, "go-secret-jwt", "kid-go-secret")
	sc := &secretChecker{t: t, secrets: map[string]string{}}
	sc.add("client secret", secret)
	// Every base64 line of the key and its parts.
	for _, line := range strings.Split(keyPEM, "\n") {
		if !strings.HasPrefix(line, "-----") && len(line) > 20 {
			sc.add("private key line", line)
		}
	}
	sc.add("private key D", key.D.String())
	sc.add("private key PKCS#1 line", strings.Split(pkcs1PEM(key), "\n")[2])

	var mu sync.Mutex
	var hookTexts []string
	record := func(e cozecore.HookEvent) {
		mu.Lock()
		defer mu.Unlock()
		b, _ := json.Marshal(e)
		hookTexts = append(hookTexts, fmt.Sprintf("%+v|%#v|%s", e, e, b))
	}
	hooks := cozecore.Hooks{OnRequestSent: record, OnResponseHead: record, OnRetryScheduled: record, OnCallFinished: record}
	ctx := context.Background()
	c := flowClient(t, base, cozecore.WithHooks(hooks), cozecore.WithHookBodies(true))

	// Succeeding flows.
	state, _ := cozecore.NewState()
	authURL, _ := cozecore.AuthorizeURL(cozecore.AuthorizeURLParams{ClientID: "go-secret-web", RedirectURI: redirectURI,
		State: state, BaseURL: base})
	code, _ := authorize(t, authURL)
	tok, err := c.Auth.ExchangeCode(ctx, cozecore.ExchangeCodeParams{ClientID: "go-secret-web", Code: code,
		RedirectURI: redirectURI, ClientSecret: secret})
	if err != nil {
		t.Fatal(err)
	}
	sc.add("code", code)
	sc.add("access token", tok.AccessToken())
	sc.add("refresh token", tok.RefreshToken())
	fresh, err := c.Auth.RefreshToken(ctx, cozecore.RefreshTokenParams{ClientID: "go-secret-web",
		RefreshToken: tok.RefreshToken(), ClientSecret: secret})
	if err != nil {
		t.Fatal(err)
	}
	sc.add("refreshed access token", fresh.AccessToken())
	sc.add("refreshed refresh token", fresh.RefreshToken())
	jwtTok, err := c.Auth.JWTToken(ctx, cozecore.JWTTokenParams{ClientID: "go-secret-jwt", PublicKeyID: "kid-go-secret",
		PrivateKey: keyPEM})
	if err != nil {
		t.Fatal(err)
	}
	sc.add("jwt access token", jwtTok.AccessToken())
	var deviceCode string
	devTok, err := c.Auth.DeviceFlow(ctx, cozecore.DeviceFlowParams{ClientID: "go-secret-device"},
		func(code cozecore.DeviceCode) { deviceCode = code.DeviceCode() })
	if err != nil {
		t.Fatal(err)
	}
	sc.add("device code", deviceCode)
	sc.add("device access token", devTok.AccessToken())
	sc.add("device refresh token", devTok.RefreshToken())

	// A client refreshing by itself, with hooks, that succeeds and then fails.
	o := flowClient(t, base, cozecore.WithHooks(hooks), cozecore.WithHookBodies(true),
		cozecore.WithOAuthToken(cozecore.OAuthCredentials{ClientID: "go-secret-web", AccessToken: fresh.AccessToken(),
			RefreshToken: fresh.RefreshToken(), ClientSecret: secret, ExpiresIn: time.Now().Unix() - 1}))
	chatWith(t, o)
	rotated, _ := o.Token()
	sc.add("rotated access token", rotated.AccessToken)
	sc.add("rotated refresh token", rotated.RefreshToken)
	j := flowClient(t, base, cozecore.WithHooks(hooks), cozecore.WithHookBodies(true),
		cozecore.WithJWTAuth(cozecore.JWTApp{ClientID: "go-secret-jwt", PublicKeyID: "kid-go-secret", PrivateKey: keyPEM}))
	chatWith(t, j)
	jt, _ := j.Token()
	sc.add("jwt client access token", jt.AccessToken)
	sc.add("PKCE verifier", "verifier_never_shown_123")

	// Failing flows.
	_, err = c.Auth.ExchangeCode(ctx, cozecore.ExchangeCodeParams{ClientID: "go-secret-web", Code: code,
		RedirectURI: redirectURI, ClientSecret: secret})
	sc.checkErr("reused code", err)
	_, err = c.Auth.RefreshToken(ctx, cozecore.RefreshTokenParams{ClientID: "go-secret-web",
		RefreshToken: tok.RefreshToken(), ClientSecret: secret})
	sc.checkErr("reused refresh token", err)
	_, err = c.Auth.RefreshToken(ctx, cozecore.RefreshTokenParams{ClientID: "go-secret-web",
		RefreshToken: rotated.RefreshToken, ClientSecret: "cs_wrong_secret_value_77"})
	sc.add("wrong secret", "cs_wrong_secret_value_77")
	sc.checkErr("wrong secret", err)
	other, _ := rsa.GenerateKey(rand.Reader, 2048)
	_, err = c.Auth.JWTToken(ctx, cozecore.JWTTokenParams{ClientID: "go-secret-jwt", PublicKeyID: "kid-go-secret",
		PrivateKey: pkcs1PEM(other)})
	sc.add("other key", strings.Split(pkcs1PEM(other), "\n")[2])
	sc.checkErr("foreign key", err)
	_, err = c.Auth.JWTToken(ctx, cozecore.JWTTokenParams{ClientID: "go-secret-jwt", PublicKeyID: "kid-go-secret",
		PrivateKey: keyPEM[:len(keyPEM)/2]})
	sc.checkErr("truncated key", err)
	control(t, "POST", "/_fake/oauth/revoke", map[string]any{})
	_, err = o.Chat.Create(ctx, chatRequest("bot-1", "hi"))
	sc.checkErr("revoked tokens", err)
	_, err = j.Chat.Create(ctx, chatRequest("bot-1", "hi"))
	if err != nil { // the JWT client gets a new token after the 401
		sc.checkErr("jwt client after revoke", err)
	}

	mu.Lock()
	defer mu.Unlock()
	if len(hookTexts) < 20 {
		t.Fatalf("only %d hook events", len(hookTexts))
	}
	for _, h := range hookTexts {
		sc.check("hook event", h)
	}
	// Values that hold secrets print without them.
	for _, v := range []any{
		cozecore.OAuthCredentials{ClientID: "x", AccessToken: tok.AccessToken(), RefreshToken: tok.RefreshToken(), ClientSecret: secret},
		cozecore.JWTApp{ClientID: "x", PrivateKey: keyPEM},
		cozecore.ExchangeCodeParams{Code: code, ClientSecret: secret},
		cozecore.RefreshTokenParams{RefreshToken: tok.RefreshToken(), ClientSecret: secret},
		rotated, jt, cozecore.PKCE{Verifier: "verifier_never_shown_123", Challenge: "c"},
	} {
		sc.check(fmt.Sprintf("%T", v), fmt.Sprintf("%v|%+v|%#v|%s", v, v, v, v))
	}
}
