package conformance

import (
	"errors"
	"fmt"
	"sort"

	"github.com/cozecore/cozecore/bindings/go/cozecore"
)

// ---- models ----------------------------------------------------------------
//
// One answer decoded through the package's public typed API (the generated
// Parse functions, DecodeResponse, DecodeEvent), rendered as its canonical
// view and compared exactly (tests/vectors/README.md, "models").

func checkModels(v map[string]any) error {
	got, err := decodeModelVector(v)
	if want, ok := v["error"]; ok {
		kind, ok := want.(string)
		if !ok {
			return errors.New("malformed vector: \"error\" is not a string")
		}
		var e *cozecore.Error
		if !errors.As(err, &e) {
			return fmt.Errorf("expected error %s, got %s (err %v)", kind, show(got), err)
		}
		if string(e.Kind) != kind {
			return fmt.Errorf("expected error %s, got %s: %v", kind, e.Kind, err)
		}
		return nil
	}
	if err != nil {
		return err
	}
	want, ok := v["expect"]
	if !ok {
		return errors.New("malformed vector: neither expect nor error")
	}
	// The typed value's canonical view, through JSON, so that it compares
	// with the vector's numbers exactly.
	var actual any
	if err := decode([]byte(show(got)), &actual); err != nil {
		return fmt.Errorf("canonical view is not JSON: %v", err)
	}
	if why := equal(want, actual, "expect"); why != "" {
		return fmt.Errorf("%s (got %s)", why, show(actual))
	}
	return nil
}

// decodeModelVector decodes the vector's answer into its canonical plain value.
func decodeModelVector(v map[string]any) (any, error) {
	switch {
	case v["model"] != nil:
		model, err := str(v, "model")
		if err != nil {
			return nil, err
		}
		payload, err := str(v, "payload")
		if err != nil {
			return nil, err
		}
		view, err := cozecore.ParseModel(model, payload)
		if err != nil {
			return nil, err
		}
		return cozecore.Canonical(view), nil
	case v["event"] != nil:
		op, err := str(v, "op")
		if err != nil {
			return nil, err
		}
		name, err := str(v, "event")
		if err != nil {
			return nil, err
		}
		payload, err := str(v, "payload")
		if err != nil {
			return nil, err
		}
		ev, err := cozecore.DecodeEvent(op, name, payload)
		if err != nil {
			return nil, err
		}
		return map[string]any{"type": ev.Type, "data": cozecore.Canonical(ev.Data())}, nil
	case v["op"] != nil:
		op, err := str(v, "op")
		if err != nil {
			return nil, err
		}
		status, err := intField(v, "status")
		if err != nil {
			return nil, err
		}
		body, err := str(v, "body")
		if err != nil {
			return nil, err
		}
		res, err := cozecore.DecodeResponse(op, int(status), body)
		if err != nil {
			return nil, err
		}
		return cozecore.Canonical(res), nil
	}
	return nil, errors.New("malformed vector: none of model, op + event, op + status")
}

// equal reports where actual differs from expected ("" when equal): objects
// with the same keys, arrays element by element, numbers by value,
// everything else exactly.
func equal(expected, actual any, path string) string {
	e, eok := expected.(map[string]any)
	a, aok := actual.(map[string]any)
	if eok && aok {
		keys := make([]string, 0, len(a))
		for k := range a {
			if _, ok := e[k]; !ok {
				keys = append(keys, k)
			}
		}
		if len(keys) > 0 {
			sort.Strings(keys)
			return fmt.Sprintf("%s.%s: unexpected (got %s)", path, keys[0], show(a[keys[0]]))
		}
		for _, k := range sortedKeys(e) {
			av, ok := a[k]
			if !ok {
				return fmt.Sprintf("%s.%s: missing (expected %s)", path, k, show(e[k]))
			}
			if why := equal(e[k], av, path+"."+k); why != "" {
				return why
			}
		}
		return ""
	}
	ea, eok := expected.([]any)
	aa, aok := actual.([]any)
	if eok && aok {
		if len(ea) != len(aa) {
			return fmt.Sprintf("%s: expected %d elements, got %d", path, len(ea), len(aa))
		}
		for i := range ea {
			if why := equal(ea[i], aa[i], fmt.Sprintf("%s[%d]", path, i)); why != "" {
				return why
			}
		}
		return ""
	}
	return subset(expected, actual, path)
}
