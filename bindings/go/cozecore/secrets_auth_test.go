package cozecore_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"io"
	"net/http"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/cozecore/cozecore/bindings/go/cozecore"
)

// The auth-flow half of the secrets sweep (issue 15; the fault half is
// TestFaultScenarios): every auth flow runs against the fake's OAuth
// endpoints with recognisable secrets, every hook on (hook bodies and the
// metrics hook included), and after each case no secret so far (the
// canaries, every code and token the fake issued, every bearer and grant
// secret the client sent) may show in any hook event, any field or string
// form of any error (checkNoSecret, the fault sweep's check), or anything
// written to stderr (the Go binding has no logger; the process's fd 2 is
// captured where the OS allows).

const (
	canaryClientSecret = "cs_canary_Vb7Q2mX9kLp4R8tZ"
	canaryWrongSecret  = "cs_canary_WRONG_n4Hs8Tq2Wv6Yc"
	// PKCE verifiers: 43-128 unreserved characters (RFC 7636).
	canaryVerifier      = "cv_canary_Qm7Xz2Lp9Rt4Vb8Nk3Hs6Jd1Wf5Gc0Ya-._~TuEo"
	canaryWrongVerifier = "cv_canary_WRONG_Zp3Kd8Ms1Qx6Rb9Tn2Lv5Hc7Wj4Fy0G"
)

// authSecrets are the secrets known so far, by value (with a name to say
// which one leaked).
type authSecrets struct {
	mu     sync.Mutex
	byText map[string]string
}

func (s *authSecrets) add(t *testing.T, name, value string) {
	t.Helper()
	if len(value) < 8 {
		t.Fatalf("the %s %q is too short to look for", name, value)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.byText[value]; !ok {
		s.byText[value] = name
	}
}

func (s *authSecrets) list() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]string, 0, len(s.byText))
	for v := range s.byText {
		out = append(out, v)
	}
	sort.Strings(out)
	return out
}

// sentRecorder is the client's HTTP transport: it notes every secret the
// client sends (bearers: client secrets, JWT assertions, access tokens; and
// the grant fields of OAuth bodies), so those are looked for too.
type sentRecorder struct {
	mu   sync.Mutex
	sent map[string]string // value -> what it is
}

func (r *sentRecorder) note(what, value string) {
	if len(value) < 8 {
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if _, ok := r.sent[value]; !ok {
		r.sent[value] = what
	}
}

func (r *sentRecorder) RoundTrip(req *http.Request) (*http.Response, error) {
	if bearer, ok := strings.CutPrefix(req.Header.Get("Authorization"), "Bearer "); ok {
		r.note("bearer sent to "+req.URL.Path, bearer)
		if parts := strings.Split(bearer, "."); len(parts) == 3 {
			r.note("JWT signature sent to "+req.URL.Path, parts[2])
		}
	}
	if req.Body != nil && strings.HasPrefix(req.URL.Path, "/api/permission/oauth2/") {
		body, err := io.ReadAll(req.Body)
		req.Body.Close()
		if err != nil {
			return nil, err
		}
		var fields map[string]any
		if json.Unmarshal(body, &fields) == nil {
			for _, k := range []string{"code", "code_verifier", "refresh_token", "device_code", "client_secret", "assertion"} {
				if v, ok := fields[k].(string); ok {
					r.note(k+" sent", v)
				}
			}
		}
		clone := req.Clone(req.Context())
		clone.Body = io.NopCloser(bytes.NewReader(body))
		req = clone
	}
	return http.DefaultTransport.RoundTrip(req)
}

func (r *sentRecorder) into(t *testing.T, s *authSecrets) {
	t.Helper()
	r.mu.Lock()
	sent := make(map[string]string, len(r.sent))
	for v, what := range r.sent {
		sent[v] = what
	}
	r.mu.Unlock()
	for v, what := range sent {
		s.add(t, what, v)
	}
}

func pkceChallenge(verifier string) string {
	sum := sha256.Sum256([]byte(verifier))
	return base64.RawURLEncoding.EncodeToString(sum[:])
}

func TestAuthSecretsSweep(t *testing.T) {
	start := time.Now()
	base := fakeServer(t)
	stderr := captureStderr(t) // after the fake is up: its stderr stays its own

	registerApps(t,
		map[string]any{"client_id": "go-sec-web", "client_type": "web", "client_secret": canaryClientSecret,
			"redirect_uris": []string{redirectURI}},
		map[string]any{"client_id": "go-sec-pkce", "client_type": "pkce", "redirect_uris": []string{redirectURI}},
		map[string]any{"client_id": "go-sec-device", "client_type": "device",
			"device": map[string]any{"pending": 1, "interval": 1}},
		map[string]any{"client_id": "go-sec-denied", "client_type": "device",
			"device": map[string]any{"outcome": "access_denied", "interval": 1}})
	_, keyPEM := newRSAKey(t, "go-sec-jwt", "kid-go-sec")

	secrets := &authSecrets{byText: map[string]string{}}
	secrets.add(t, "client secret", canaryClientSecret)
	secrets.add(t, "wrong client secret", canaryWrongSecret)
	secrets.add(t, "PKCE verifier", canaryVerifier)
	secrets.add(t, "wrong PKCE verifier", canaryWrongVerifier)
	keyLines := 0
	for _, line := range strings.Split(keyPEM, "\n") {
		if line != "" && !strings.HasPrefix(line, "-----") {
			secrets.add(t, "private key PEM line", line)
			keyLines++
		}
	}
	if keyLines < 20 {
		t.Fatalf("the key's PEM has %d body lines", keyLines)
	}

	rec := &hookRecorder{}
	hooks := rec.hooks() // every hook kind, the metrics hook included
	hooks.OnToolCalled, hooks.OnToolFinished = rec.record, rec.record
	sent := &sentRecorder{sent: map[string]string{}}
	clientOpts := []cozecore.Option{cozecore.WithHooks(hooks), cozecore.WithHookBodies(true),
		cozecore.WithHTTPClient(&http.Client{Transport: sent})}
	c := flowClient(t, base, clientOpts...)
	ctx := context.Background()

	var errs []error // every error the cases expected, checked after each case
	seen := 0        // hook events of the cases before
	// check looks for every secret so far everywhere the case (and the
	// cases before) may have put one.
	check := func(t *testing.T) {
		t.Helper()
		sent.into(t, secrets)
		events := rec.snapshot()
		all := secrets.list()
		for _, s := range all {
			for _, err := range errs {
				checkNoSecret(t, s, err, nil)
			}
			checkNoSecret(t, s, nil, events)
			if text := stderr.text(); strings.Contains(text, s) {
				t.Errorf("the secret %q shows on stderr: %s", s, text)
			}
		}
		// The case's own events: every kind a call gives, API requests with
		// their bodies (the core leaves OAuth requests' bodies out of hook
		// events: they carry the grant's secrets).
		kinds := map[cozecore.HookKind]int{}
		for _, ev := range events[seen:] {
			kinds[ev.Kind]++
			if ev.Kind == cozecore.HookRequestSent && ev.Body == "" &&
				!strings.HasPrefix(ev.Path, "/api/permission/oauth2/") {
				t.Errorf("a request_sent event without its body: %s %s", ev.Method, ev.Path)
			}
		}
		seen = len(events)
		if kinds[cozecore.HookRequestSent] == 0 || kinds[cozecore.HookResponseHead] == 0 ||
			kinds[cozecore.HookCallFinished] == 0 || kinds[cozecore.HookMetric] == 0 {
			t.Errorf("hook events of the case: %v", kinds)
		}
		t.Logf("%d secrets checked in %d errors and %d hook events", len(all), len(errs), len(events))
	}
	expectErr := func(t *testing.T, err error, sentinel error, errorCode, what string) {
		t.Helper()
		errs = append(errs, err)
		if e := wantKind(t, err, sentinel, what); errorCode != "" && e.ErrorCode != errorCode {
			t.Errorf("%s: error_code %q, want %q", what, e.ErrorCode, errorCode)
		}
	}
	addToken := func(t *testing.T, what string, tok cozecore.OAuthToken, refresh bool) {
		t.Helper()
		secrets.add(t, what+" access token", tok.AccessToken())
		if refresh {
			secrets.add(t, what+" refresh token", tok.RefreshToken())
		}
	}
	code := func(t *testing.T, clientID, challenge string) string {
		t.Helper()
		state, err := cozecore.NewState()
		if err != nil {
			t.Fatal(err)
		}
		authURL, err := cozecore.AuthorizeURL(cozecore.AuthorizeURLParams{ClientID: clientID,
			RedirectURI: redirectURI, State: state, BaseURL: base, CodeChallenge: challenge})
		if err != nil {
			t.Fatal(err)
		}
		code, _ := authorize(t, authURL)
		secrets.add(t, "authorization code", code)
		return code
	}

	var webTok, freshTok cozecore.OAuthToken
	t.Run("1_exchange_code_web", func(t *testing.T) {
		tok, err := c.Auth.ExchangeCode(ctx, cozecore.ExchangeCodeParams{ClientID: "go-sec-web",
			Code: code(t, "go-sec-web", ""), RedirectURI: redirectURI, ClientSecret: canaryClientSecret})
		if err != nil {
			t.Fatal(err)
		}
		addToken(t, "web", tok, true)
		webTok = tok
		_, err = c.Auth.ExchangeCode(ctx, cozecore.ExchangeCodeParams{ClientID: "go-sec-web",
			Code: code(t, "go-sec-web", ""), RedirectURI: redirectURI, ClientSecret: canaryWrongSecret})
		expectErr(t, err, cozecore.ErrAuthentication, "invalid_client", "a wrong client secret")
		check(t)
	})

	t.Run("2_exchange_code_pkce", func(t *testing.T) {
		challenge := pkceChallenge(canaryVerifier)
		tok, err := c.Auth.ExchangeCode(ctx, cozecore.ExchangeCodeParams{ClientID: "go-sec-pkce",
			Code: code(t, "go-sec-pkce", challenge), RedirectURI: redirectURI, CodeVerifier: canaryVerifier})
		if err != nil {
			t.Fatal(err)
		}
		addToken(t, "PKCE", tok, true)
		_, err = c.Auth.ExchangeCode(ctx, cozecore.ExchangeCodeParams{ClientID: "go-sec-pkce",
			Code: code(t, "go-sec-pkce", challenge), RedirectURI: redirectURI, CodeVerifier: canaryWrongVerifier})
		expectErr(t, err, cozecore.ErrAuthentication, "invalid_grant", "a wrong verifier")
		check(t)
	})

	t.Run("3_refresh_rotates", func(t *testing.T) {
		if webTok.RefreshToken() == "" {
			t.Fatal("no refresh token from case 1")
		}
		fresh, err := c.Auth.RefreshToken(ctx, cozecore.RefreshTokenParams{ClientID: "go-sec-web",
			RefreshToken: webTok.RefreshToken(), ClientSecret: canaryClientSecret})
		if err != nil {
			t.Fatal(err)
		}
		addToken(t, "refreshed", fresh, true)
		if fresh.RefreshToken() == webTok.RefreshToken() || fresh.AccessToken() == webTok.AccessToken() {
			t.Fatal("the refresh did not rotate the tokens")
		}
		freshTok = fresh
		_, err = c.Auth.RefreshToken(ctx, cozecore.RefreshTokenParams{ClientID: "go-sec-web",
			RefreshToken: webTok.RefreshToken(), ClientSecret: canaryClientSecret})
		expectErr(t, err, cozecore.ErrAuthentication, "invalid_grant", "the old refresh token")
		check(t)
	})

	t.Run("4_jwt_token", func(t *testing.T) {
		tok, err := c.Auth.JWTToken(ctx, cozecore.JWTTokenParams{ClientID: "go-sec-jwt", PublicKeyID: "kid-go-sec",
			PrivateKey: keyPEM})
		if err != nil {
			t.Fatal(err)
		}
		addToken(t, "JWT", tok, false)
		_, err = c.Auth.JWTToken(ctx, cozecore.JWTTokenParams{ClientID: "go-sec-jwt", PublicKeyID: "kid-unknown-to-the-fake",
			PrivateKey: keyPEM})
		expectErr(t, err, cozecore.ErrAuthentication, "invalid_client", "an unknown key id")
		check(t)
	})

	t.Run("5_device_flow", func(t *testing.T) {
		onCode := func(dc cozecore.DeviceCode) { secrets.add(t, "device code", dc.DeviceCode()) }
		tok, err := c.Auth.DeviceFlow(ctx, cozecore.DeviceFlowParams{ClientID: "go-sec-device"}, onCode)
		if err != nil {
			t.Fatal(err)
		}
		addToken(t, "device", tok, true)
		_, err = c.Auth.DeviceFlow(ctx, cozecore.DeviceFlowParams{ClientID: "go-sec-denied"}, onCode)
		expectErr(t, err, cozecore.ErrPermissionDenied, "access_denied", "a denied device")
		check(t)
	})

	t.Run("6_client_refreshes_itself", func(t *testing.T) {
		if freshTok.RefreshToken() == "" {
			t.Fatal("no token from case 3")
		}
		o := flowClient(t, base, append(clientOpts, cozecore.WithOAuthToken(cozecore.OAuthCredentials{
			ClientID: "go-sec-web", AccessToken: freshTok.AccessToken(), RefreshToken: freshTok.RefreshToken(),
			ExpiresIn: freshTok.ExpiresIn(), ClientSecret: canaryClientSecret}))...)
		// Only the server knows the token expired: the 401 makes the client refresh.
		control(t, "POST", "/_fake/oauth/expire", map[string]any{"access_token": freshTok.AccessToken()})
		chatWith(t, o)
		now, ok := o.Token()
		if !ok || now.Refreshes != 1 || now.AccessToken == freshTok.AccessToken() {
			t.Fatalf("token after the refresh: %v", now)
		}
		secrets.add(t, "self-refreshed access token", now.AccessToken)
		secrets.add(t, "self-refreshed refresh token", now.RefreshToken)
		control(t, "POST", "/_fake/oauth/revoke", map[string]any{"client_id": "go-sec-web"})
		_, err := o.Chat.Create(ctx, chatRequest("bot-1", "hi"))
		expectErr(t, err, cozecore.ErrAuthentication, "", "revoked tokens")
		check(t)
	})

	t.Run("7_jwt_client", func(t *testing.T) {
		j := flowClient(t, base, append(clientOpts, cozecore.WithJWTAuth(cozecore.JWTApp{ClientID: "go-sec-jwt",
			PublicKeyID: "kid-go-sec", PrivateKey: keyPEM}))...)
		chatWith(t, j)
		tok, ok := j.Token()
		if !ok || tok.Refreshes != 1 {
			t.Fatalf("the JWT client's token: %v", tok)
		}
		secrets.add(t, "JWT client access token", tok.AccessToken)
		check(t)
	})

	// What the library wrote to stderr, all of it now.
	text := stderr.stop()
	for _, s := range secrets.list() {
		if strings.Contains(text, s) {
			t.Errorf("the secret %q shows on stderr: %s", s, text)
		}
	}
	if n := len(sent.sent); n < 10 {
		t.Errorf("only %d secrets seen sent", n)
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("the sweep took %v", d)
	}
	if len(errs) != 6 {
		t.Errorf("%d errors checked, want 6", len(errs))
	}
}
