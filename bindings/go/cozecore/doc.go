// Package cozecore is a client for the Coze bot platform's HTTP API.
//
// Behaviour (request building, retries, timeouts, stream decoding, error
// mapping) lives in the cozecore C++ core shared by every cozecore language;
// this package moves bytes with net/http and speaks Go:
//
//	c := cozecore.NewClient(cozecore.WithToken(os.Getenv("COZE_API_TOKEN")))
//	defer c.Close()
//	stream, err := c.Chat.Stream(ctx, cozecore.ChatRequest{
//		BotID:              botID,
//		UserID:             "user-1",
//		AdditionalMessages: []cozecore.Message{cozecore.UserMessage("Hello")},
//	})
//	if err != nil {
//		return err
//	}
//	defer stream.Close()
//	for stream.Next() {
//		if ev := stream.Event(); ev.Type == cozecore.EventMessageDelta {
//			fmt.Print(ev.Content())
//		}
//	}
//	if err := stream.Err(); errors.Is(err, cozecore.ErrAuthentication) { ... }
//
// Every failure is a *Error; errors.Is with the Err* sentinels tests its kind.
// Cancelling the context aborts the request and fails the call with ErrCancelled.
package cozecore
