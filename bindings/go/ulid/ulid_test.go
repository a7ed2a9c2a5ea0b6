package ulid

import (
	"errors"
	"strings"
	"sync"
	"testing"
	"time"
)

func TestParseRoundTrip(t *testing.T) {
	u, err := Parse("01arz3ndektsv4rrffq69g5fav")
	if err != nil {
		t.Fatal(err)
	}
	if u.String() != "01ARZ3NDEKTSV4RRFFQ69G5FAV" {
		t.Fatalf("%s", u)
	}
	v, err := Encode(u.Timestamp(), u.Randomness())
	if err != nil || v.String() != u.String() {
		t.Fatalf("%s %v", v, err)
	}
	if got := (ULID{ms: u.Timestamp(), rand: u.Randomness()}).String(); got != u.String() {
		t.Fatalf("String of a bare value: %s", got)
	}
	if !u.Time().Equal(time.UnixMilli(u.Timestamp())) {
		t.Fatal("Time")
	}
}

func TestErrors(t *testing.T) {
	for _, bad := range []string{"", "01ARZ3NDEKTSV4RRFFQ69G5FA", "8ZZZZZZZZZZZZZZZZZZZZZZZZZ", "01ARZ3NDEKTSV4RRFFQ69G5FAU!", "01ARZ3NDEKTSV4RRFFQ69G5FAÜ"} {
		if _, err := Parse(bad); !errors.Is(err, ErrInvalid) {
			t.Errorf("Parse(%q): %v", bad, err)
		}
	}
	if _, err := Encode(1<<48, [10]byte{}); !errors.Is(err, ErrOutOfRange) {
		t.Errorf("Encode(2^48): %v", err)
	}
	if _, err := Encode(-1, [10]byte{}); !errors.Is(err, ErrOutOfRange) {
		t.Errorf("Encode(-1): %v", err)
	}
}

func TestFactoryMonotonicAndOverflow(t *testing.T) {
	f := NewFactory()
	defer f.Close()
	var max [10]byte
	for i := range max {
		max[i] = 0xff
	}
	max[9] = 0xfe
	a, err := f.Next(5, max)
	if err != nil {
		t.Fatal(err)
	}
	b, err := f.Next(5, [10]byte{})
	if err != nil || b.String() <= a.String() || b.Randomness()[9] != 0xff {
		t.Fatalf("%s then %s (%v)", a, b, err)
	}
	if _, err := f.Next(4, [10]byte{}); !errors.Is(err, ErrOverflow) {
		t.Fatalf("expected overflow, got %v", err)
	}
	f.Close()
	if _, err := f.Next(6, [10]byte{}); err == nil {
		t.Fatal("Next after Close")
	}
}

func TestNewIsSortedAndUnique(t *testing.T) {
	const n = 2000
	var mu sync.Mutex
	seen := make(map[string]bool, n)
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			prev := ""
			for i := 0; i < n/4; i++ {
				u := Make().String()
				if len(u) != 26 || strings.ToUpper(u) != u || u <= prev {
					t.Errorf("%q after %q", u, prev)
					return
				}
				prev = u
				mu.Lock()
				seen[u] = true
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	if len(seen) != n {
		t.Fatalf("%d unique of %d", len(seen), n)
	}
	u, _ := Parse(Make().String())
	if d := time.Since(u.Time()); d < -time.Second || d > time.Minute {
		t.Fatalf("timestamp off by %v", d)
	}
}
