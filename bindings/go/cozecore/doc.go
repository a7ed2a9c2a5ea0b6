// Package cozecore is a client for the Coze bot platform's HTTP API.
//
// Behaviour (request building, retries, timeouts, stream decoding, error
// mapping) lives in the cozecore C++ core shared by every cozecore language;
// this package moves bytes with net/http and speaks Go. The resources,
// their methods and parameters, the models and the stream events are
// generated from the API description (zz_generated_*.go):
//
//	c := cozecore.NewClient(cozecore.WithToken(os.Getenv("COZE_API_TOKEN")))
//	defer c.Close()
//	stream, err := c.Chat.Stream(ctx, cozecore.ChatStreamParams{
//		BotID:              botID,
//		UserID:             "user-1",
//		AdditionalMessages: []cozecore.EnterMessageParam{cozecore.UserMessage("Hello")},
//	})
//	if err != nil {
//		return err
//	}
//	defer stream.Close()
//	for stream.Next() {
//		if ev := stream.Event(); ev.Type == cozecore.EventConversationMessageDelta {
//			fmt.Print(ev.Message().Content())
//		}
//	}
//	if err := stream.Err(); errors.Is(err, cozecore.ErrAuthentication) { ... }
//
// Answers are read lazily: a model (Chat, Message, ...) is a view over the
// decoded answer whose fields are converted when called; Has and Get tell a
// null field from a zero one and reach unknown keys, ToMap and MarshalJSON
// give its canonical form.
//
// c.Chat.RunTools streams a chat and runs local Go functions (Tool, NewTool)
// whenever the bot asks for them, each call in a goroutine of its own.
//
// Every failure is a *Error; errors.Is with the Err* sentinels tests its kind.
// Cancelling the context aborts the request and fails the call with ErrCancelled.
package cozecore
