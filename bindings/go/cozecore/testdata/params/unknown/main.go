// Command unknown passes conversations.retrieve a parameter it does not
// have (bot_id): it must not compile (see params_test.go).
package main

import "github.com/cozecore/cozecore/bindings/go/cozecore"

func main() {
	_ = cozecore.ConversationsRetrieveParams{ConversationID: "1", BotID: "2"}
}
