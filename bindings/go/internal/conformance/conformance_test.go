package conformance

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestVectors runs every vector as a subtest <area>/<file>/<name>.
func TestVectors(t *testing.T) {
	dir := Dir()
	total := 0
	for _, area := range Areas {
		vectors, err := Load(dir, area)
		if err != nil {
			t.Fatalf("%s: %v", area, err)
		}
		if vectors == nil {
			continue
		}
		total += len(vectors)
		t.Run(area, func(t *testing.T) {
			passed, failed := 0, 0
			for _, v := range vectors {
				file := strings.TrimSuffix(strings.TrimPrefix(v.File, area+"/"), ".json")
				ok := t.Run(file+"/"+v.Name, func(t *testing.T) {
					if err := v.Check(); err != nil {
						t.Errorf("FAIL %s: %s: %v", v.File, v.Name, err)
					}
				})
				if ok {
					passed++
				} else {
					failed++
				}
			}
			t.Logf("go %s: %d passed, %d failed", area, passed, failed)
		})
	}
	// The schema area: one leaf per suite test (schema/<file>/<group>/<test>),
	// plus one failing leaf per refused group, unreadable file or file whose
	// count differs from the claim.
	if outcomes := RunSchema(dir); outcomes != nil {
		total += len(outcomes)
		t.Run("schema", func(t *testing.T) {
			passed, failed := 0, 0
			for _, o := range outcomes {
				name := strings.TrimSuffix(strings.TrimPrefix(o.File, "schema/"), ".json")
				switch {
				case o.Test != "":
					name += "/" + o.Group + "/" + o.Test
				case o.Group != "":
					name += "/" + o.Group + "/schema"
				default:
					name += "/claim"
				}
				ok := t.Run(name, func(t *testing.T) {
					if o.Err != nil {
						t.Error(strings.TrimPrefix(o.Line(), "  "))
					}
				})
				if ok {
					passed++
				} else {
					failed++
				}
			}
			t.Logf("go schema: %d passed, %d failed", passed, failed)
		})
	}
	if total == 0 {
		t.Fatalf("no vectors found under %s", dir)
	}
}

func TestRunFailsWithoutVectors(t *testing.T) {
	dir := t.TempDir()
	if _, err := Run(dir); !errors.Is(err, ErrNoVectors) {
		t.Fatalf("empty directory: %v", err)
	}
	if err := os.MkdirAll(filepath.Join(dir, "models"), 0o755); err != nil {
		t.Fatal(err)
	}
	if _, err := Run(dir); !errors.Is(err, ErrNoVectors) {
		t.Fatalf("empty area: %v", err)
	}
	if _, err := Run(filepath.Join(dir, "missing")); !errors.Is(err, ErrNoVectors) {
		t.Fatalf("missing directory: %v", err)
	}
}

func TestLoadReadsOneVectorObjectAndArrays(t *testing.T) {
	dir := t.TempDir()
	area := filepath.Join(dir, "models")
	if err := os.MkdirAll(area, 0o755); err != nil {
		t.Fatal(err)
	}
	files := map[string]string{
		"a.json": `{"name": "one", "model": "Chat", "payload": "{}", "expect": {}}`,
		"b.json": `[{"name": "two"}, {"name": "three"}]`,
		"c.json": `"neither"`,
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(area, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	vectors, err := Load(dir, "models")
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, v := range vectors {
		names = append(names, v.Name)
	}
	if strings.Join(names, ",") != "one,two,three,<file>" || vectors[3].Load == nil {
		t.Fatalf("vectors %v", names)
	}
}

func TestEqualIsExact(t *testing.T) {
	var exp, act any
	if err := decode([]byte(`{"a":1,"b":[{"c":"x"}]}`), &exp); err != nil {
		t.Fatal(err)
	}
	if err := decode([]byte(`{"a":1.0,"b":[{"c":"x"}]}`), &act); err != nil {
		t.Fatal(err)
	}
	if why := equal(exp, act, "v"); why != "" {
		t.Errorf("equal: %s", why)
	}
	for _, bad := range []string{`{"a":1,"b":[{"c":"x","d":1}]}`, `{"a":1,"b":[{"c":"x"}],"z":null}`, `{"a":2,"b":[{"c":"x"}]}`} {
		var a any
		if err := decode([]byte(bad), &a); err != nil {
			t.Fatal(err)
		}
		if why := equal(exp, a, "v"); why == "" {
			t.Errorf("equal(%s) should not match", bad)
		}
	}
}

func TestSubset(t *testing.T) {
	var exp, act any
	if err := decode([]byte(`{"a":1,"b":[1,{"c":"x"}]}`), &exp); err != nil {
		t.Fatal(err)
	}
	if err := decode([]byte(`{"a":1.0,"b":[1,{"c":"x","d":2}],"z":null}`), &act); err != nil {
		t.Fatal(err)
	}
	if why := subset(exp, act, "v"); why != "" {
		t.Errorf("subset: %s", why)
	}
	for _, bad := range []string{`{"a":2,"b":[1,{"c":"x"}]}`, `{"a":1,"b":[1]}`, `{"a":1,"b":[1,{"c":"y"}]}`, `{"q":1}`} {
		var e any
		if err := decode([]byte(bad), &e); err != nil {
			t.Fatal(err)
		}
		if why := subset(e, act, "v"); why == "" {
			t.Errorf("subset(%s) should not match", bad)
		}
	}
}
