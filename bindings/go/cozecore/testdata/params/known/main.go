// Command known names the parameters of conversations.retrieve as the
// generated params struct has them: it compiles (see params_test.go).
package main

import "github.com/cozecore/cozecore/bindings/go/cozecore"

func main() {
	_ = cozecore.ConversationsRetrieveParams{ConversationID: "1"}
}
