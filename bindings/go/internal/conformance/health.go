package conformance

import (
	"errors"
	"fmt"
	"strings"

	"github.com/cozecore/cozecore/bindings/go/cozecore"
	"github.com/cozecore/cozecore/bindings/go/internal/core"
)

// ---- health ----------------------------------------------------------------
//
// Many calls of one client on the virtual clock (tests/vectors/README.md,
// "health"): the moving error rate, spikes, the circuit breaker and
// severity. The health is read through the package's public typed API
// (cozecore.ParseClientHealth, the view Client.Health hands out), the
// errors and hook events as the core's error_json and hook_event_json.

func checkHealth(v map[string]any) error {
	clientCfg, err := clientConfig(v)
	if err != nil {
		return err
	}
	client, msg := core.NewClient(show(clientCfg))
	if want, ok := v["client_error"]; ok {
		needle, ok := want.(string)
		if !ok {
			return errors.New("malformed vector: client_error is not a string")
		}
		if client != nil {
			client.Free()
			return fmt.Errorf("client config: expected an error naming %q, the config was accepted", needle)
		}
		if !strings.Contains(msg, needle) {
			return fmt.Errorf("client config: expected an error naming %q, got %q", needle, msg)
		}
		return nil
	}
	if client == nil {
		return fmt.Errorf("client config: %s", msg)
	}
	defer client.Free()

	var now int64
	var hooks []any       // every hook event, in order
	var healthHooks []any // health_changed ones since the last "hooks" step
	steps, err := arr(v, "steps")
	if err != nil {
		return err
	}
	for i, s := range steps {
		step, ok := s.(map[string]any)
		if !ok {
			return fmt.Errorf("step %d: malformed vector: not an object", i)
		}
		at := fmt.Sprintf("step %d: ", i)
		var err error
		switch {
		case step["advance_ms"] != nil:
			var n int64
			if n, err = integer(step["advance_ms"]); err == nil {
				now += n
			}
		case step["health"] != nil:
			err = matchHealth(step["health"], client.HealthJSON(now))
		case step["hooks"] != nil:
			seen := healthHooks
			if seen == nil {
				seen = []any{}
			}
			healthHooks = nil
			if why := subset(step["hooks"], seen, "health hooks"); why != "" {
				err = fmt.Errorf("%s (seen: %s)", why, show(seen))
			}
		case step["call"] != nil:
			err = healthCalls(client, step, &now, func(h map[string]any) {
				if h["kind"] == "health_changed" {
					healthHooks = append(healthHooks, h)
				}
				hooks = append(hooks, h)
			})
		default:
			err = fmt.Errorf("unknown step %s", show(step))
		}
		if err != nil {
			return errors.New(at + err.Error())
		}
	}
	if want, ok := v["hooks"]; ok {
		got := hooks
		if got == nil {
			got = []any{}
		}
		if why := subset(want, got, "hooks"); why != "" {
			return fmt.Errorf("%s (all hooks: %s)", why, show(got))
		}
	}
	return nil
}

// matchHealth reads the core's health_json as the generated ClientHealth
// view and compares its canonical view with the expected subset.
func matchHealth(want any, text string) error {
	view, err := cozecore.ParseClientHealth(text)
	if err != nil {
		return fmt.Errorf("health_json %s: %v", text, err)
	}
	var actual any
	if err := decode([]byte(show(view)), &actual); err != nil {
		return fmt.Errorf("ClientHealth canonical view is not JSON: %v", err)
	}
	if why := subset(want, actual, "health"); why != "" {
		return fmt.Errorf("%s (got %s)", why, show(actual))
	}
	return nil
}

// healthCalls runs one "call" step: `times` calls, each driven to its end
// with the step's answers, one per SEND.
func healthCalls(client *core.Client, step map[string]any, now *int64, hook func(map[string]any)) error {
	spec, err := obj(step, "call")
	if err != nil {
		return err
	}
	op := "chat.retrieve"
	if _, ok := spec["op"]; ok {
		if op, err = str(spec, "op"); err != nil {
			return err
		}
	}
	params := `{"conversation_id":"c1","chat_id":"k1"}`
	if p, ok := spec["params"]; ok {
		params = show(p)
	}
	times := int64(1)
	if _, ok := step["times"]; ok {
		if times, err = intField(step, "times"); err != nil {
			return err
		}
	}
	answers, err := arr(step, "answers")
	if err != nil {
		return err
	}
	var feeds [][]feedItem
	for _, a := range answers {
		m, ok := a.(map[string]any)
		if !ok {
			return errors.New("malformed vector: an answer is not an object")
		}
		items, err := respondItems(m)
		if err != nil {
			return err
		}
		feeds = append(feeds, items)
	}
	want, ok := step["expect"]
	if !ok {
		return errors.New("malformed vector: missing \"expect\"")
	}
	for t := int64(0); t < times; t++ {
		if err := healthCall(client, op, params, feeds, want, now, hook); err != nil {
			if times > 1 {
				return fmt.Errorf("call %d of %d: %v", t+1, times, err)
			}
			return err
		}
	}
	return nil
}

func healthCall(client *core.Client, op, params string, feeds [][]feedItem, want any, now *int64,
	hook func(map[string]any)) error {
	call, msg := client.NewCall(op, params, core.DefaultCallOptions())
	if call == nil {
		return fmt.Errorf("call: %s", msg)
	}
	defer call.Free()
	answer := 0
	inFlight := false
	for guard := 0; ; guard++ {
		if guard > 1000 {
			return errors.New("the call did not end")
		}
		a := call.Next(*now)
		for _, text := range call.TakeHooksJSON() {
			var h map[string]any
			if err := decode([]byte(text), &h); err != nil {
				return fmt.Errorf("hook_event_json is not a JSON object: %s", text)
			}
			hook(h)
		}
		switch a.Kind {
		case core.Send:
			if answer >= len(feeds) {
				return fmt.Errorf("an attempt more than the %d answers", len(feeds))
			}
			for _, f := range feeds[answer] {
				feedOne(call, f)
			}
			answer++
			inFlight = true
		case core.Sleep:
			*now += a.DelayMs
		case core.Wait:
			if !inFlight {
				return errors.New("WAIT with nothing to feed")
			}
			inFlight = false
		case core.EventAction:
			// stream events are not what this area looks at
		default:
			if s, ok := want.(string); ok && s == "done" {
				if a.Kind != core.Done {
					return fmt.Errorf("expected done, got %s", describe(a))
				}
			} else if a.Kind != core.Fail {
				return fmt.Errorf("expected fail, got %s", describe(a))
			} else {
				wm, ok := want.(map[string]any)
				if !ok {
					return errors.New("malformed vector: expect is neither \"done\" nor an object")
				}
				em, err := obj(wm, "error")
				if err != nil {
					return err
				}
				if err := matchError(em, a.Error); err != nil {
					return err
				}
			}
			if answer != len(feeds) {
				return fmt.Errorf("%d answers left unused", len(feeds)-answer)
			}
			return nil
		}
	}
}
