// Package conformance runs the shared vectors (tests/vectors, see its
// README.md) against the core through the Go bridge.
package conformance

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// Areas are the vector areas this runner knows, in report order.
var Areas = []string{"sse", "ulid", "errors", "exec", "flows", "models", "health"}

var checks = map[string]func(map[string]any) error{
	"sse":    checkSse,
	"ulid":   checkUlid,
	"errors": checkErrors,
	"exec":   checkExec,
	"flows":  checkExec, // calls of several requests, in the exec schema
	"models": checkModels,
	"health": checkHealth,
}

// Vector is one entry of a vector file.
type Vector struct {
	Area string
	File string // area/file.json
	Name string
	Body map[string]any // nil when the entry is not an object
	Load error          // the file could not be read as vectors
}

// Check runs one vector: nil when it passes.
func (v Vector) Check() (err error) {
	if v.Load != nil {
		return v.Load
	}
	if v.Body == nil {
		return errors.New("malformed vector: not a JSON object")
	}
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("panic: %v", p)
		}
	}()
	return checks[v.Area](v.Body)
}

// Dir is the vectors directory: $COZE_VECTORS, else the nearest
// tests/vectors above the working directory.
func Dir() string {
	if d := os.Getenv("COZE_VECTORS"); d != "" {
		return d
	}
	wd, err := os.Getwd()
	if err != nil {
		return filepath.Join("tests", "vectors")
	}
	for d := wd; ; d = filepath.Dir(d) {
		c := filepath.Join(d, "tests", "vectors")
		if st, err := os.Stat(c); err == nil && st.IsDir() {
			return c
		}
		if filepath.Dir(d) == d {
			return filepath.Join("tests", "vectors")
		}
	}
}

// Load reads the vectors of one area (nil when the area is absent).
func Load(dir, area string) ([]Vector, error) {
	entries, err := os.ReadDir(filepath.Join(dir, area))
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var names []string
	for _, e := range entries {
		if !e.IsDir() && strings.HasSuffix(e.Name(), ".json") {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	out := []Vector{}
	for _, name := range names {
		label := area + "/" + name
		data, err := os.ReadFile(filepath.Join(dir, area, name))
		if err != nil {
			out = append(out, Vector{Area: area, File: label, Name: "<file>", Load: err})
			continue
		}
		var doc any
		if err := decode(data, &doc); err != nil {
			out = append(out, Vector{Area: area, File: label, Name: "<file>", Load: fmt.Errorf("not JSON: %v", err)})
			continue
		}
		// A file holds an array of vectors or one vector object.
		list, ok := doc.([]any)
		if !ok {
			if _, isObject := doc.(map[string]any); !isObject {
				out = append(out, Vector{Area: area, File: label, Name: "<file>",
					Load: errors.New("neither an array of vectors nor a vector object")})
				continue
			}
			list = []any{doc}
		}
		for i, item := range list {
			v := Vector{Area: area, File: label, Name: "#" + strconv.Itoa(i)}
			if m, ok := item.(map[string]any); ok {
				v.Body = m
				if n, ok := m["name"].(string); ok {
					v.Name = n
				}
			}
			out = append(out, v)
		}
	}
	return out, nil
}

// AreaReport is the outcome of one area.
type AreaReport struct {
	Area     string
	Passed   int
	Failures []string // "  FAIL <file>: <name>: <why>"
}

// ErrNoVectors is Run's error when dir holds no vector at all: an empty or
// mistyped directory never passes.
var ErrNoVectors = errors.New("no vectors found")

// Run runs every known area present under dir, then the schema area.
func Run(dir string) ([]AreaReport, error) {
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		return nil, fmt.Errorf("%w: no vectors directory %s", ErrNoVectors, dir)
	}
	var reports []AreaReport
	total := 0
	for _, area := range Areas {
		vectors, err := Load(dir, area)
		if err != nil {
			return reports, err
		}
		if vectors == nil {
			continue
		}
		total += len(vectors)
		r := AreaReport{Area: area}
		for _, v := range vectors {
			if err := v.Check(); err != nil {
				r.Failures = append(r.Failures, fmt.Sprintf("  FAIL %s: %s: %v", v.File, v.Name, err))
			} else {
				r.Passed++
			}
		}
		reports = append(reports, r)
	}
	// The schema area: the JSON-Schema-Test-Suite as schema/draft7.json
	// claims it (schema.go), after the vector areas.
	if outcomes := RunSchema(dir); outcomes != nil {
		total += len(outcomes)
		reports = append(reports, schemaReport(outcomes))
	}
	if total == 0 {
		return reports, fmt.Errorf("%w under %s", ErrNoVectors, dir)
	}
	return reports, nil
}

// Line is the report line of an area.
func (r AreaReport) Line() string {
	return fmt.Sprintf("go %s: %d passed, %d failed", r.Area, r.Passed, len(r.Failures))
}

// decode parses JSON keeping numbers exact.
func decode(data []byte, v any) error {
	d := json.NewDecoder(bytes.NewReader(data))
	d.UseNumber()
	if err := d.Decode(v); err != nil {
		return err
	}
	if d.More() {
		return errors.New("trailing data after JSON value")
	}
	return nil
}

func show(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	return string(b)
}

// ---- field access ----------------------------------------------------------

func str(m map[string]any, key string) (string, error) {
	v, ok := m[key]
	if !ok {
		return "", fmt.Errorf("malformed vector: missing %q", key)
	}
	s, ok := v.(string)
	if !ok {
		return "", fmt.Errorf("malformed vector: %q is not a string", key)
	}
	return s, nil
}

func obj(m map[string]any, key string) (map[string]any, error) {
	v, ok := m[key].(map[string]any)
	if !ok {
		return nil, fmt.Errorf("malformed vector: %q is not an object", key)
	}
	return v, nil
}

func arr(m map[string]any, key string) ([]any, error) {
	v, ok := m[key].([]any)
	if !ok {
		return nil, fmt.Errorf("malformed vector: %q is not an array", key)
	}
	return v, nil
}

// integer reads a JSON integer; values beyond int64 saturate (the core
// rejects them as out of range all the same).
func integer(v any) (int64, error) {
	n, ok := v.(json.Number)
	if !ok {
		return 0, fmt.Errorf("malformed vector: %s is not a number", show(v))
	}
	if i, err := n.Int64(); err == nil {
		return i, nil
	}
	f, err := n.Float64()
	if err != nil {
		return 0, fmt.Errorf("malformed vector: %s is not a number", n)
	}
	switch {
	case f >= 9.2e18:
		return 1<<63 - 1, nil
	case f <= -9.2e18:
		return -1 << 63, nil
	}
	return int64(f), nil
}

func intField(m map[string]any, key string) (int64, error) {
	v, ok := m[key]
	if !ok {
		return 0, fmt.Errorf("malformed vector: missing %q", key)
	}
	return integer(v)
}

// ---- subset matching -------------------------------------------------------

// subset reports where actual does not contain expected ("" when it does):
// objects by key, arrays element by element with equal length, numbers by
// value, everything else exactly.
func subset(expected, actual any, path string) string {
	switch e := expected.(type) {
	case map[string]any:
		a, ok := actual.(map[string]any)
		if !ok {
			return fmt.Sprintf("%s: expected an object, got %s", path, show(actual))
		}
		keys := make([]string, 0, len(e))
		for k := range e {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			av, ok := a[k]
			if !ok {
				return fmt.Sprintf("%s.%s: missing (expected %s)", path, k, show(e[k]))
			}
			if why := subset(e[k], av, path+"."+k); why != "" {
				return why
			}
		}
		return ""
	case []any:
		a, ok := actual.([]any)
		if !ok {
			return fmt.Sprintf("%s: expected an array, got %s", path, show(actual))
		}
		if len(a) != len(e) {
			return fmt.Sprintf("%s: expected %d elements, got %d: %s", path, len(e), len(a), show(actual))
		}
		for i := range e {
			if why := subset(e[i], a[i], fmt.Sprintf("%s[%d]", path, i)); why != "" {
				return why
			}
		}
		return ""
	case json.Number:
		if numEqual(e, actual) {
			return ""
		}
	default:
		if expected == actual {
			return ""
		}
	}
	return fmt.Sprintf("%s: expected %s, got %s", path, show(expected), show(actual))
}

func numEqual(e json.Number, actual any) bool {
	var a json.Number
	switch v := actual.(type) {
	case json.Number:
		a = v
	case int:
		a = json.Number(strconv.Itoa(v))
	case int64:
		a = json.Number(strconv.FormatInt(v, 10))
	case float64:
		a = json.Number(strconv.FormatFloat(v, 'g', -1, 64))
	default:
		return false
	}
	if ei, err := e.Int64(); err == nil {
		if ai, err := a.Int64(); err == nil {
			return ei == ai
		}
	}
	ef, err1 := e.Float64()
	af, err2 := a.Float64()
	return err1 == nil && err2 == nil && ef == af
}

// parseOrString parses JSON text, or keeps the text as a string when it is
// not JSON ("" becomes null).
func parseOrString(text string) any {
	if text == "" {
		return nil
	}
	var v any
	if err := decode([]byte(text), &v); err != nil {
		return text
	}
	return v
}

func decodeChunks(v map[string]any) ([][]byte, error) {
	if raw, ok := v["input_b64"]; ok {
		list, ok := raw.([]any)
		if !ok {
			return nil, errors.New("malformed vector: \"input_b64\" is not an array")
		}
		out := make([][]byte, 0, len(list))
		for _, item := range list {
			s, ok := item.(string)
			if !ok {
				return nil, errors.New("malformed vector: input_b64 item is not a string")
			}
			b, err := base64.StdEncoding.DecodeString(s)
			if err != nil {
				return nil, fmt.Errorf("malformed vector: input_b64: %v", err)
			}
			out = append(out, b)
		}
		return out, nil
	}
	list, err := arr(v, "input")
	if err != nil {
		return nil, err
	}
	out := make([][]byte, 0, len(list))
	for _, item := range list {
		s, ok := item.(string)
		if !ok {
			return nil, errors.New("malformed vector: input item is not a string")
		}
		out = append(out, []byte(s))
	}
	return out, nil
}
