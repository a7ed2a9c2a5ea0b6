package cozecore_test

import (
	"context"
	"fmt"
	"log"
	"os"

	"github.com/cozecore/cozecore/bindings/go/cozecore"
)

// These examples are the README's "Auth" snippets; they compile with the
// package but talk to the real service, so they have no Output to check.

func ExampleLoadOAuthApp() {
	app, err := cozecore.LoadOAuthAppFile("coze_oauth_config.json") // client_type "jwt"
	if err != nil {
		log.Fatal(err)
	}
	c := app.NewClient() // signs its JWTs with the app's key, refreshes its token
	defer c.Close()
	chat, err := c.Chat.Create(context.Background(), cozecore.ChatRequest{BotID: "7379...", UserID: "u1",
		AdditionalMessages: []cozecore.EnterMessageParam{cozecore.UserMessage("Hi")}})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(chat.ID())
}

func ExampleAuthService_ExchangeCode() {
	ctx := context.Background()
	pkce, _ := cozecore.PKCEPair()
	state, _ := cozecore.NewState()
	url, _ := cozecore.AuthorizeURL(cozecore.AuthorizeURLParams{ClientID: "my-app",
		RedirectURI: "https://example.com/callback", State: state, CodeChallenge: pkce.Challenge})
	fmt.Println("open", url) // the redirect brings ?code=...&state=... back (check the state)
	code := "..."

	c := cozecore.NewClient()
	defer c.Close()
	tok, err := c.Auth.ExchangeCode(ctx, cozecore.ExchangeCodeParams{ClientID: "my-app", Code: code,
		RedirectURI: "https://example.com/callback", CodeVerifier: pkce.Verifier})
	if err != nil {
		log.Fatal(err)
	}
	api := cozecore.NewClient(cozecore.WithOAuthToken(cozecore.OAuthCredentials{ClientID: "my-app",
		AccessToken: tok.AccessToken(), RefreshToken: tok.RefreshToken(), ExpiresIn: tok.ExpiresIn()}))
	defer api.Close()
	// ... calls refresh the token when due; store the rotated one:
	if now, ok := api.Token(); ok {
		save(now.RefreshToken)
	}
}

func save(string) {}

func ExampleAuthService_DeviceFlow() {
	c := cozecore.NewClient()
	defer c.Close()
	tok, err := c.Auth.DeviceFlow(context.Background(), cozecore.DeviceFlowParams{ClientID: "my-device-app"},
		func(code cozecore.DeviceCode) {
			fmt.Printf("open %s and enter %s\n", code.VerificationURI(), code.UserCode())
		})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(tok.ExpiresIn())
}

func ExampleWithJWTAuth() {
	key, _ := os.ReadFile("private_key.pem")
	c := cozecore.NewClient(cozecore.WithJWTAuth(cozecore.JWTApp{ClientID: "1234...", PublicKeyID: "kid...",
		PrivateKey: string(key), SessionName: "user-42"}))
	defer c.Close()
	_ = c
}
