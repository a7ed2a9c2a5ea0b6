package conformance

import (
	"strings"
	"testing"
)

// TestVectors runs every vector as a subtest <area>/<file>/<name>.
func TestVectors(t *testing.T) {
	dir := Dir()
	for _, area := range Areas {
		vectors, err := Load(dir, area)
		if err != nil {
			t.Fatalf("%s: %v", area, err)
		}
		if vectors == nil {
			continue
		}
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
