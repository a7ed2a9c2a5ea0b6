package conformance

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/cozecore/cozecore/bindings/go/internal/core"
)

// ---- schema ----------------------------------------------------------------
//
// The JSON-Schema-Test-Suite over the tool-argument validator, as the claim
// file schema/draft7.json lists it (tests/vectors/README.md, "schema"):
// every group not listed under `skip` must have its schema accepted and
// each test's data validate as the suite says; each file's count of passing
// tests must equal the claim's `passed` (one failure more when it does
// not). Counts tests.
//
// The schema and the data reach the core as the suite's own JSON text
// (json.RawMessage, never decoded and re-encoded), so every number keeps
// its exact text and value, big integers included.

// SchemaOutcome is one counted item of the schema area: a suite test (Test
// set), a group whose schema the core refused (Test ""), or a file that
// could not be read or whose count differs from the claim (Group "").
type SchemaOutcome struct {
	File  string // schema/<suite file>
	Group string
	Test  string
	Err   error // nil: passed
}

// Line is the outcome's failure line, "  FAIL <file>: <group>: <test>: <why>".
func (o SchemaOutcome) Line() string {
	s := "  FAIL " + o.File + ": "
	if o.Group != "" {
		s += o.Group + ": "
	}
	if o.Test != "" {
		s += o.Test + ": "
	}
	return s + o.Err.Error()
}

type schemaClaim struct {
	Suite string `json:"suite"`
	Files []struct {
		File   string `json:"file"`
		Passed *int   `json:"passed"`
		Skip   []struct {
			Group string `json:"group"`
		} `json:"skip"`
	} `json:"files"`
}

type schemaGroup struct {
	Description string          `json:"description"`
	Schema      json.RawMessage `json:"schema"`
	Tests       []struct {
		Description string          `json:"description"`
		Data        json.RawMessage `json:"data"`
		Valid       *bool           `json:"valid"`
	} `json:"tests"`
}

// RunSchema runs the schema area of dir (dir/schema/draft7.json); nil when
// the area is absent.
func RunSchema(dir string) []SchemaOutcome {
	area := filepath.Join(dir, "schema")
	if st, err := os.Stat(area); err != nil || !st.IsDir() {
		return nil
	}
	fail := func(file, group, test string, err error) []SchemaOutcome {
		return []SchemaOutcome{{File: file, Group: group, Test: test, Err: err}}
	}
	data, err := os.ReadFile(filepath.Join(area, "draft7.json"))
	if err != nil {
		return fail("schema/draft7.json", "", "", fmt.Errorf("not a claim file: %v", err))
	}
	var claim schemaClaim
	if err := json.Unmarshal(data, &claim); err != nil || claim.Files == nil {
		return fail("schema/draft7.json", "", "", errors.New("not a claim file"))
	}
	suite := claim.Suite
	if env := os.Getenv("COZE_SCHEMA_SUITE"); env != "" {
		suite = env
	}
	var out []SchemaOutcome
	for _, f := range claim.Files {
		label := "schema/" + f.File
		path := filepath.Join(suite, f.File)
		text, err := os.ReadFile(path)
		var groups []schemaGroup
		if err == nil {
			err = json.Unmarshal(text, &groups)
		}
		if err != nil || groups == nil {
			out = append(out, fail(label, "", "", fmt.Errorf("cannot read %s", path))...)
			continue
		}
		skip := map[string]bool{}
		for _, s := range f.Skip {
			skip[s.Group] = true
		}
		passed := 0
		for _, g := range groups {
			if skip[g.Description] {
				continue
			}
			schema := string(g.Schema)
			if why := core.ToolSchemaCheck(schema); why != "" {
				out = append(out, fail(label, g.Description, "", fmt.Errorf("schema refused: %s", why))...)
				continue
			}
			for _, t := range g.Tests {
				o := SchemaOutcome{File: label, Group: g.Description, Test: t.Description}
				if t.Valid == nil || t.Data == nil {
					o.Err = errors.New("malformed suite test: no data or valid")
					out = append(out, o)
					continue
				}
				got := core.ToolValidate(schema, string(t.Data))
				var res struct {
					Ok *bool `json:"ok"`
				}
				if err := json.Unmarshal([]byte(got), &res); err != nil {
					o.Err = fmt.Errorf("validate answered no JSON: %s", got)
				} else if ok := res.Ok != nil && *res.Ok; ok != *t.Valid {
					want := "invalid"
					if *t.Valid {
						want = "valid"
					}
					o.Err = fmt.Errorf("expected %s, got %s", want, got)
				} else {
					passed++
				}
				out = append(out, o)
			}
		}
		if f.Passed == nil || passed != *f.Passed {
			claimed := "nothing"
			if f.Passed != nil {
				claimed = fmt.Sprint(*f.Passed)
			}
			out = append(out, fail(label, "", "", fmt.Errorf("%d tests passed, the claim says %s", passed, claimed))...)
		}
	}
	return out
}

// schemaReport folds the outcomes into the area's report.
func schemaReport(outcomes []SchemaOutcome) AreaReport {
	r := AreaReport{Area: "schema"}
	for _, o := range outcomes {
		if o.Err != nil {
			r.Failures = append(r.Failures, o.Line())
		} else {
			r.Passed++
		}
	}
	return r
}
