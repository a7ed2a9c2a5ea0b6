package cozecore

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"time"

	"github.com/cozecore/cozecore/bindings/go/internal/core"
)

// Auth: the ways a client gets its token, and the OAuth flows that make
// tokens. Everything OAuth-specific (requests, JWT header and claims,
// refresh timing, device-flow polling, PKCE challenge, authorize URL, app
// config checks) is done by the core; this file only carries values, the
// private key and the randomness, which stay in Go.

// OAuthCredentials is a token the client refreshes by itself (WithOAuthToken):
// a margin before ExpiresIn it asks the token endpoint for a new one with
// RefreshToken (one refresh at a time however many calls wait for it), and
// after a 401 it refreshes once and repeats the call once. The rotated
// token is Client.Token. Printing it with fmt shows no secret.
type OAuthCredentials struct {
	ClientID     string
	AccessToken  string // may be empty: the first call then refreshes
	RefreshToken string // empty: the token cannot be renewed
	// ExpiresIn is when AccessToken expires, in Unix seconds, as the token
	// endpoint answers it (OAuthToken.ExpiresIn); 0 when unknown (then only
	// a 401 makes the client refresh).
	ExpiresIn    int64
	ClientSecret string // web apps only: the bearer of refresh requests
}

// String shows the credentials without their secrets.
func (o OAuthCredentials) String() string {
	return fmt.Sprintf("OAuthCredentials{ClientID: %q, AccessToken: %s, RefreshToken: %s, ExpiresIn: %d, ClientSecret: %s}",
		o.ClientID, redacted(o.AccessToken), redacted(o.RefreshToken), o.ExpiresIn, redacted(o.ClientSecret))
}

// GoString is String, for %#v.
func (o OAuthCredentials) GoString() string { return o.String() }

// JWTApp is a service app whose tokens come from JWTs signed with its
// private key (WithJWTAuth, OAuthApp.NewClient). The core builds each JWT
// (iss, aud from the API host, iat/exp from the clock, a fresh jti); the
// client signs it with crypto/rsa (RS256); the key never leaves Go.
// Printing it with fmt shows no key.
type JWTApp struct {
	ClientID    string
	PublicKeyID string // the key's id in the app (the JWT's kid)
	// PrivateKey is the RSA private key, PEM: PKCS#8 ("BEGIN PRIVATE KEY")
	// or PKCS#1 ("BEGIN RSA PRIVATE KEY").
	PrivateKey string
	// TTL is how long each access token asked for lives, in whole seconds
	// (rounded down); 0 leaves it to the core (15 min). The core takes
	// 1 s to 24 h and refuses anything else.
	TTL          time.Duration
	SessionName  string // optional: isolates the token to one end user
	AccountID    string // optional: the token of this account (account variant)
	EnterpriseID string // optional: the token of this enterprise (enterprise variant)
	Scope        any    // optional: the token's scope, sent as JSON
}

// String shows the app without its key.
func (j JWTApp) String() string {
	return fmt.Sprintf("JWTApp{ClientID: %q, PublicKeyID: %q, PrivateKey: %s, TTL: %s, SessionName: %q, AccountID: %q, EnterpriseID: %q}",
		j.ClientID, j.PublicKeyID, redacted(j.PrivateKey), j.TTL, j.SessionName, j.AccountID, j.EnterpriseID)
}

// GoString is String, for %#v.
func (j JWTApp) GoString() string { return j.String() }

func redacted(secret string) string {
	if secret == "" {
		return `""`
	}
	return "[redacted]"
}

// WithOAuthToken makes the client use and refresh an OAuth token (see
// OAuthCredentials) instead of a fixed one.
func WithOAuthToken(creds OAuthCredentials) Option {
	return clientOption(func(s *settings) {
		a := map[string]any{"type": "oauth", "client_id": creds.ClientID}
		putString(a, "access_token", creds.AccessToken)
		putString(a, "refresh_token", creds.RefreshToken)
		putString(a, "client_secret", creds.ClientSecret)
		if creds.ExpiresIn != 0 {
			a["expires_in"] = creds.ExpiresIn
		}
		s.setAuth(a, nil, nil)
	})
}

// WithJWTAuth makes the client get its tokens as a service app (see
// JWTApp). A private key that cannot be read, or an app the core refuses
// (a TTL out of range, no PublicKeyID, ...), does not panic: every call of
// the client then fails with ErrInvalidArgument, and the message never
// quotes the key.
func WithJWTAuth(app JWTApp) Option {
	return clientOption(func(s *settings) {
		a := app.coreParams()
		a["type"] = "jwt"
		signer, err := parsePrivateKey(app.PrivateKey)
		if err != nil {
			err = fmt.Errorf("jwt auth: %w", err)
		}
		s.setAuth(a, signer, err)
	})
}

// WithRefreshMargin sets how long before its expiry the client refreshes
// its OAuth or JWT token, in whole seconds (rounded down; the core's
// default is 30 s). The core refuses a negative margin (ErrInvalidArgument
// on every call).
func WithRefreshMargin(d time.Duration) Option {
	return clientOption(func(s *settings) {
		margin := seconds(d)
		s.refreshMargin = &margin
	})
}

// setAuth makes a the client's auth: the last auth option wins, its key
// and its error with it.
func (s *settings) setAuth(a map[string]any, signer *rsaSigner, err error) {
	s.auth, s.signer, s.authErr = a, signer, err
}

// seconds is d in whole seconds, rounded down (so a negative d stays negative).
func seconds(d time.Duration) int64 { return int64(math.Floor(d.Seconds())) }

func putString(m map[string]any, key, value string) {
	if value != "" {
		m[key] = value
	}
}

// coreParams is the app as the core takes it, without the key; the core
// checks it.
func (j JWTApp) coreParams() map[string]any {
	a := map[string]any{"client_id": j.ClientID, "public_key_id": j.PublicKeyID}
	if j.TTL != 0 {
		a["ttl_seconds"] = seconds(j.TTL)
	}
	putString(a, "session_name", j.SessionName)
	putString(a, "account_id", j.AccountID)
	putString(a, "enterprise_id", j.EnterpriseID)
	if j.Scope != nil {
		a["scope"] = j.Scope
	}
	return a
}

// Token is the token a client holds now (Client.Token). A refresh token
// rotates on every refresh: store the new one to start again later. Its
// JSON is {"access_token", "refresh_token", "expires_in", "refreshes"};
// printing it with fmt shows no secret.
type Token struct {
	AccessToken  string `json:"access_token"`
	RefreshToken string `json:"refresh_token"`
	ExpiresIn    int64  `json:"expires_in"` // Unix seconds; -1 unknown
	Refreshes    int64  `json:"refreshes"`  // refreshes this client has made
}

// String shows the token without its secrets.
func (t Token) String() string {
	return fmt.Sprintf("Token{AccessToken: %s, RefreshToken: %s, ExpiresIn: %d, Refreshes: %d}",
		redacted(t.AccessToken), redacted(t.RefreshToken), t.ExpiresIn, t.Refreshes)
}

// GoString is String, for %#v.
func (t Token) GoString() string { return t.String() }

// Token is the OAuth or JWT token the client holds now; false when the
// client uses a fixed token (WithToken) or is closed.
func (c *Client) Token() (Token, bool) {
	h := c.handle
	h.mu.Lock()
	text := "{}"
	if h.core != nil {
		text = h.core.TokenJSON()
	}
	h.mu.Unlock()
	// A client with a token source always counts its refreshes; "{}" has no count.
	t := Token{Refreshes: -1}
	if err := json.Unmarshal([]byte(text), &t); err != nil || t.Refreshes < 0 {
		return Token{}, false
	}
	return t, true
}

// ---- PKCE, state, authorize URL ---------------------------------------------

// PKCE is a verifier and its S256 challenge (RFC 7636): the challenge goes
// in the authorize URL, the verifier with the code exchange.
type PKCE struct {
	Verifier  string
	Challenge string
	Method    string // "S256"
}

// String shows the pair without its verifier.
func (p PKCE) String() string {
	return fmt.Sprintf("PKCE{Verifier: %s, Challenge: %q, Method: %q}", redacted(p.Verifier), p.Challenge, p.Method)
}

// GoString is String, for %#v.
func (p PKCE) GoString() string { return p.String() }

// PKCEPair makes a PKCE verifier from 32 bytes of crypto/rand and its
// challenge (computed by the core).
func PKCEPair() (PKCE, error) {
	var b [32]byte
	if _, err := rand.Read(b[:]); err != nil {
		return PKCE{}, newError(KindInternal, "PKCE: no randomness: "+err.Error(), err)
	}
	v := core.PkceVerifier(b[:])
	c := core.PkceChallenge(v)
	if v == "" || c == "" {
		return PKCE{}, newError(KindInternal, "PKCE: the core made no verifier", nil)
	}
	return PKCE{Verifier: v, Challenge: c, Method: "S256"}, nil
}

// NewState is a random value for an authorize URL's state (16 bytes of
// crypto/rand, base64url): keep it, and accept the redirect only when it
// brings the same state back.
func NewState() (string, error) {
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", newError(KindInternal, "state: no randomness: "+err.Error(), err)
	}
	return base64.RawURLEncoding.EncodeToString(b[:]), nil
}

// AuthorizeURLParams are the parts of the URL a web or PKCE app sends the
// user to.
type AuthorizeURLParams struct {
	ClientID    string // required
	RedirectURI string // required
	State       string // required: see NewState
	// BaseURL is the API base (default DefaultBaseURL); its region picks
	// the authorize host (www.coze.com, www.coze.cn). WWWBase overrides it.
	BaseURL string
	WWWBase string
	// CodeChallenge is PKCE.Challenge for PKCE apps ("" for web apps);
	// CodeChallengeMethod defaults to "S256", the only one accepted.
	CodeChallenge       string
	CodeChallengeMethod string
	WorkspaceID         string // optional: the workspace variant of the page
}

// AuthorizeURL builds the authorize URL (in the core). Missing fields are
// ErrInvalidArgument.
func AuthorizeURL(p AuthorizeURLParams) (string, error) {
	m := map[string]any{"client_id": p.ClientID, "redirect_uri": p.RedirectURI, "state": p.State}
	putString(m, "base_url", p.BaseURL)
	putString(m, "www_base", p.WWWBase)
	putString(m, "code_challenge", p.CodeChallenge)
	putString(m, "code_challenge_method", p.CodeChallengeMethod)
	putString(m, "workspace_id", p.WorkspaceID)
	b, err := marshalJSON(m)
	if err != nil {
		return "", newError(KindInvalidArgument, "authorize URL: "+err.Error(), err)
	}
	var out struct {
		URL   string `json:"url"`
		Error string `json:"error"`
	}
	if err := json.Unmarshal([]byte(core.OAuthAuthorizeURL(string(b))), &out); err != nil {
		return "", newError(KindInternal, "authorize URL: the core's answer is not JSON", err)
	}
	if out.Error != "" || out.URL == "" {
		return "", newError(KindInvalidArgument, out.Error, nil)
	}
	return out.URL, nil
}

// JWTAudience is the audience (aud) a service app's JWT names for the API
// base baseURL ("" for DefaultBaseURL): its host, e.g. "api.coze.com". The
// core puts it in every JWT it builds; this helps check an app's setup.
func JWTAudience(baseURL string) string {
	if baseURL == "" {
		baseURL = DefaultBaseURL
	}
	return core.OAuthJWTAudience(baseURL)
}

// ---- the flows ----------------------------------------------------------------

// AuthService runs the OAuth flows as calls of its client (c.Auth): each
// honours the context (cancellation, deadline), the per-call options, the
// client's base URL, retries and hooks. The client needs no token for them.
type AuthService struct {
	c *Client
}

// ExchangeCodeParams are the parameters of ExchangeCode.
type ExchangeCodeParams struct {
	ClientID     string // required
	Code         string // required: the code the redirect brought
	RedirectURI  string // required: the one given to AuthorizeURL
	CodeVerifier string // PKCE apps: PKCE.Verifier
	ClientSecret string // web apps: sent as the bearer
}

// String shows the params without their secrets.
func (p ExchangeCodeParams) String() string {
	return fmt.Sprintf("ExchangeCodeParams{ClientID: %q, Code: %s, RedirectURI: %q, CodeVerifier: %s, ClientSecret: %s}",
		p.ClientID, redacted(p.Code), p.RedirectURI, redacted(p.CodeVerifier), redacted(p.ClientSecret))
}

// GoString is String, for %#v.
func (p ExchangeCodeParams) GoString() string { return p.String() }

// ExchangeCode trades an authorization code for a token (the
// authorization_code grant; oauth.exchange_code).
func (a *AuthService) ExchangeCode(ctx context.Context, p ExchangeCodeParams, opts ...CallOption) (OAuthToken, error) {
	m := map[string]any{"client_id": p.ClientID, "code": p.Code, "redirect_uri": p.RedirectURI}
	putString(m, "code_verifier", p.CodeVerifier)
	putString(m, "client_secret", p.ClientSecret)
	return a.token(ctx, "oauth.exchange_code", m, nil, opts)
}

// RefreshTokenParams are the parameters of RefreshToken.
type RefreshTokenParams struct {
	ClientID     string // required
	RefreshToken string // required; it works once: the answer brings a new one
	ClientSecret string // web apps: sent as the bearer
}

// String shows the params without their secrets.
func (p RefreshTokenParams) String() string {
	return fmt.Sprintf("RefreshTokenParams{ClientID: %q, RefreshToken: %s, ClientSecret: %s}",
		p.ClientID, redacted(p.RefreshToken), redacted(p.ClientSecret))
}

// GoString is String, for %#v.
func (p RefreshTokenParams) GoString() string { return p.String() }

// RefreshToken gets a new token for a refresh token (the refresh_token
// grant; oauth.refresh). A client made WithOAuthToken does this by itself.
func (a *AuthService) RefreshToken(ctx context.Context, p RefreshTokenParams, opts ...CallOption) (OAuthToken, error) {
	m := map[string]any{"client_id": p.ClientID, "refresh_token": p.RefreshToken}
	putString(m, "client_secret", p.ClientSecret)
	return a.token(ctx, "oauth.refresh", m, nil, opts)
}

// DeviceFlowParams are the parameters of DeviceFlow.
type DeviceFlowParams struct {
	ClientID string // required: a device app
}

// DeviceFlow runs the device authorization flow (oauth.device_flow): it
// asks for the codes, hands them to onCode (show the user
// code.UserCode() and code.VerificationURI()), then polls at the server's
// interval (5 s more after each slow_down) until the user has authorized
// the device, and returns the token. A denial is ErrPermissionDenied, an
// expired code ErrAuthentication, a code whose expires_in passed
// ErrTimeout; cancelling ctx stops the polling (ErrCancelled).
func (a *AuthService) DeviceFlow(ctx context.Context, p DeviceFlowParams, onCode func(DeviceCode),
	opts ...CallOption) (OAuthToken, error) {
	r, err := a.c.run(ctx, "oauth.device_flow", map[string]any{"client_id": p.ClientID}, resultRecord, opts,
		func(ev Event) {
			if ev.Type == "device_code" && onCode != nil {
				onCode(newDeviceCode(ev.r, ev.data))
			}
		})
	if err != nil {
		return OAuthToken{}, err
	}
	return newOAuthToken(r.record, rootCell), nil
}

// JWTTokenParams are the parameters of JWTToken: the app (its private key
// included, which only Go reads) and the token asked for.
type JWTTokenParams = JWTApp

// JWTToken gets a service app's token (oauth.jwt_token): the core builds
// the JWT, the client signs it with the app's private key (RS256,
// crypto/rsa), and the JWT grant trades it for a token (account or
// enterprise variant when AccountID or EnterpriseID is set). A key that
// cannot be read is ErrInvalidArgument before anything is sent.
func (a *AuthService) JWTToken(ctx context.Context, p JWTTokenParams, opts ...CallOption) (OAuthToken, error) {
	signer, err := parsePrivateKey(p.PrivateKey)
	if err != nil {
		return OAuthToken{}, newError(KindInvalidArgument, "oauth.jwt_token: "+err.Error(), nil)
	}
	return a.token(ctx, "oauth.jwt_token", p.coreParams(), signer, opts)
}

func (a *AuthService) token(ctx context.Context, op string, params map[string]any, signer *rsaSigner,
	opts []CallOption) (OAuthToken, error) {
	if signer != nil {
		opts = append(opts, callOption(func(s *callSettings) { s.signer = signer }))
	}
	r, err := a.c.run(ctx, op, params, resultRecord, opts, nil)
	if err != nil {
		return OAuthToken{}, err
	}
	return newOAuthToken(r.record, rootCell), nil
}

// ---- the OAuth app config -----------------------------------------------------

// OAuthApp is an OAuth app's JSON config as the official SDKs write it
// (client_type, client_id, coze_api_base, coze_www_base, public_key_id,
// private_key, client_secret), read and checked by the core. Printing it
// with fmt shows neither the key nor the secret.
type OAuthApp struct {
	ClientType   string // "pkce", "jwt", "device" or "web"
	ClientID     string
	BaseURL      string // the API base (default DefaultBaseURL)
	WWWBase      string // the authorize host of the region
	PublicKeyID  string // jwt apps
	PrivateKey   string // jwt apps: PEM
	ClientSecret string // web apps
}

// String shows the app without its secrets.
func (o OAuthApp) String() string {
	return fmt.Sprintf("OAuthApp{ClientType: %q, ClientID: %q, BaseURL: %q, WWWBase: %q, PublicKeyID: %q, PrivateKey: %s, ClientSecret: %s}",
		o.ClientType, o.ClientID, o.BaseURL, o.WWWBase, o.PublicKeyID, redacted(o.PrivateKey), redacted(o.ClientSecret))
}

// GoString is String, for %#v.
func (o OAuthApp) GoString() string { return o.String() }

// LoadOAuthApp reads an OAuth app's JSON config. A config the core
// rejects (unknown client_type, a jwt app without key, a web app without
// secret, ...) is ErrInvalidArgument naming the field, never its value.
func LoadOAuthApp(jsonText []byte) (*OAuthApp, error) {
	var a struct { // the core's normalised config, or its error
		Error        string `json:"error"`
		ClientType   string `json:"client_type"`
		ClientID     string `json:"client_id"`
		BaseURL      string `json:"base_url"`
		WWWBase      string `json:"www_base"`
		PublicKeyID  string `json:"public_key_id"`
		PrivateKey   string `json:"private_key"`
		ClientSecret string `json:"client_secret"`
	}
	if err := json.Unmarshal([]byte(core.OAuthAppConfig(string(jsonText))), &a); err != nil {
		return nil, newError(KindInternal, "OAuth app config: the core's answer is not JSON", nil)
	}
	if a.Error != "" {
		return nil, newError(KindInvalidArgument, a.Error, nil)
	}
	return &OAuthApp{ClientType: a.ClientType, ClientID: a.ClientID, BaseURL: a.BaseURL, WWWBase: a.WWWBase,
		PublicKeyID: a.PublicKeyID, PrivateKey: a.PrivateKey, ClientSecret: a.ClientSecret}, nil
}

// LoadOAuthAppFile reads the OAuth app config in the file at path.
func LoadOAuthAppFile(path string) (*OAuthApp, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, newError(KindInvalidArgument, "OAuth app config: "+err.Error(), err)
	}
	return LoadOAuthApp(b)
}

// JWTApp is the app as a service app (for WithJWTAuth, JWTToken), with the
// token's lifetime and variants left at their defaults.
func (o *OAuthApp) JWTApp() JWTApp {
	return JWTApp{ClientID: o.ClientID, PublicKeyID: o.PublicKeyID, PrivateKey: o.PrivateKey}
}

// NewClient makes a client for the app's API base. For a jwt app the
// client gets and refreshes its own tokens (WithJWTAuth with the app's key);
// for other apps it has no token and serves their flows (c.Auth). opts
// come after, so they can override (WithTimeout, WithHTTPClient, ...).
func (o *OAuthApp) NewClient(opts ...Option) *Client {
	all := []Option{WithBaseURL(o.BaseURL)}
	if o.ClientType == "jwt" {
		all = append(all, WithJWTAuth(o.JWTApp()))
	}
	return NewClient(append(all, opts...)...)
}

// AuthorizeURL is the app's authorize URL for redirectURI and state
// (web and PKCE apps; challenge "" for web apps).
func (o *OAuthApp) AuthorizeURL(redirectURI, state, codeChallenge string) (string, error) {
	return AuthorizeURL(AuthorizeURLParams{ClientID: o.ClientID, RedirectURI: redirectURI, State: state,
		BaseURL: o.BaseURL, WWWBase: o.WWWBase, CodeChallenge: codeChallenge})
}
