// Command weather_tools runs local tools for a bot: get_weather and
// get_time answer the bot's tool calls, and the answer streams.
//
//	COZE_BASE_URL=http://127.0.0.1:PORT COZE_API_TOKEN=pat_x go run ./weather_tools [BOT_ID] [MESSAGE]
//
// Against tests/fake_coze/server.py the seed bot 7300000000000000102 (like
// the bot "tools") asks for get_weather {"city": "Paris"} and get_time
// {"tz": "Europe/Paris"}, then answers with the tools' outputs.
package main

import (
	"context"
	"fmt"
	"log"
	"os"
	"time"
	_ "time/tzdata" // time zones even where the system has none

	"github.com/cozecore/cozecore/bindings/go/cozecore"
)

type weatherArgs struct {
	City string `json:"city"`
	Unit string `json:"unit"` // "celsius" when the bot leaves it out (the schema's default)
}

type timeArgs struct {
	TZ string `json:"tz"`
}

func main() {
	bot, text := "7300000000000000102", "What is the weather and the time in Paris?"
	if len(os.Args) > 1 {
		bot = os.Args[1]
	}
	if len(os.Args) > 2 {
		text = os.Args[2]
	}
	// Each schema is checked when the tool is made: a keyword the core does
	// not support fails here (ErrInvalidArgument), not in the middle of a chat.
	weather, err := cozecore.NewTool("get_weather", `{"type": "object",
		"properties": {
			"city": {"type": "string", "minLength": 1},
			"unit": {"enum": ["celsius", "fahrenheit"], "default": "celsius"}},
		"required": ["city"]}`,
		func(ctx context.Context, a weatherArgs) (any, error) {
			temperature := 21
			if a.Unit == "fahrenheit" {
				temperature = 70
			}
			// Not a string: sent as compact JSON.
			return map[string]any{"city": a.City, "temperature": temperature}, nil
		})
	if err != nil {
		log.Fatal(err)
	}
	weather.Description = "The current weather in a city"
	clock, err := cozecore.NewTool("get_time",
		`{"type": "object", "properties": {"tz": {"type": "string"}}, "required": ["tz"]}`,
		func(ctx context.Context, a timeArgs) (any, error) {
			loc, err := time.LoadLocation(a.TZ)
			if err != nil {
				return nil, err // the bot gets {"error": "tool 'get_time' failed: ..."}
			}
			return time.Now().In(loc).Format("15:04"), nil
		})
	if err != nil {
		log.Fatal(err)
	}

	c := cozecore.NewClient(cozecore.WithToken(os.Getenv("COZE_API_TOKEN")),
		cozecore.WithBaseURL(baseURL()))
	defer c.Close()
	s, err := c.Chat.RunTools(context.Background(), cozecore.ChatCreateParams{BotID: bot, UserID: "example-user",
		AdditionalMessages: []cozecore.EnterMessageParam{cozecore.UserMessage(text)}},
		[]cozecore.Tool{weather, clock}, cozecore.WithToolTimeout(10*time.Second))
	if err != nil {
		log.Fatal(err)
	}
	defer s.Close()
	for s.Next() {
		if ev := s.Event(); ev.Type == cozecore.EventConversationMessageDelta {
			fmt.Print(ev.Message().Content())
		}
	}
	fmt.Println()
	if err := s.Err(); err != nil {
		log.Fatal(err)
	}
}

func baseURL() string {
	if u := os.Getenv("COZE_BASE_URL"); u != "" {
		return u
	}
	return cozecore.DefaultBaseURL
}
