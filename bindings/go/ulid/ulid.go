// Package ulid generates and parses ULIDs (https://github.com/ulid/spec)
// with the cozecore core: 48-bit millisecond timestamps plus 80 random bits,
// as 26 characters of Crockford base32, monotonic within a millisecond.
package ulid

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"runtime"
	"sync"
	"time"

	"github.com/cozecore/cozecore/bindings/go/internal/core"
)

var (
	// ErrInvalid: the text is not a ULID (length, alphabet, or a timestamp overflow).
	ErrInvalid = errors.New("ulid: invalid_ulid")
	// ErrOverflow: the randomness of one millisecond is used up.
	ErrOverflow = errors.New("ulid: ulid_overflow")
	// ErrOutOfRange: a timestamp outside 0 .. 2^48-1.
	ErrOutOfRange = errors.New("ulid: invalid_argument")
)

// ULID is one identifier. The zero value is the all-zero ULID.
type ULID struct {
	ms   int64
	rand [10]byte
	text string
}

// String is the canonical upper-case form.
func (u ULID) String() string {
	if u.text == "" {
		v, err := Encode(u.ms, u.rand)
		if err != nil {
			return ""
		}
		return v.text
	}
	return u.text
}

// Timestamp is the embedded time in milliseconds since the Unix epoch.
func (u ULID) Timestamp() int64 { return u.ms }

// Time is the embedded time.
func (u ULID) Time() time.Time { return time.UnixMilli(u.ms) }

// Randomness is the 80 random bits.
func (u ULID) Randomness() [10]byte { return u.rand }

func fromResult(r core.UlidResult, input string) (ULID, error) {
	if !r.OK {
		switch r.Error {
		case "invalid_ulid":
			return ULID{}, fmt.Errorf("%w: %q", ErrInvalid, input)
		case "ulid_overflow":
			return ULID{}, ErrOverflow
		case "invalid_argument":
			return ULID{}, fmt.Errorf("%w: %s", ErrOutOfRange, input)
		}
		return ULID{}, fmt.Errorf("ulid: %s", r.Error)
	}
	u := ULID{ms: r.TimestampMs, text: r.Text}
	b, err := hex.DecodeString(r.RandomnessHex)
	if err != nil || len(b) != len(u.rand) {
		return ULID{}, fmt.Errorf("ulid: bad randomness %q from the core", r.RandomnessHex)
	}
	copy(u.rand[:], b)
	return u, nil
}

// Parse decodes a ULID, case-insensitively; anything else is ErrInvalid.
func Parse(text string) (ULID, error) {
	return fromResult(core.UlidDecode(text), text)
}

// Encode builds a ULID from its parts.
func Encode(timestampMs int64, randomness [10]byte) (ULID, error) {
	return fromResult(core.UlidEncode(timestampMs, hex.EncodeToString(randomness[:])),
		fmt.Sprintf("timestamp %d", timestampMs))
}

// Factory makes monotonic ULIDs: within one millisecond (or when the clock
// goes backwards) each ULID is the previous one plus one. Safe for
// concurrent use. Close frees it.
type Factory struct {
	mu sync.Mutex
	f  *core.UlidFactory
}

// NewFactory makes a factory.
func NewFactory() *Factory {
	f := &Factory{f: core.NewUlidFactory()}
	runtime.AddCleanup(f, func(cf *core.UlidFactory) { cf.Free() }, f.f)
	return f
}

// Next gives the ULID for the clock reading nowMs, using entropy when the
// millisecond is new.
func (f *Factory) Next(nowMs int64, entropy [10]byte) (ULID, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.f == nil {
		return ULID{}, errors.New("ulid: factory is closed")
	}
	return fromResult(f.f.Next(nowMs, hex.EncodeToString(entropy[:])), fmt.Sprintf("timestamp %d", nowMs))
}

// Close frees the factory.
func (f *Factory) Close() {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.f != nil {
		f.f.Free()
		f.f = nil
	}
}

var (
	defaultOnce    sync.Once
	defaultFactory *Factory
)

// New makes a ULID from the wall clock and crypto/rand, monotonic across
// the process.
func New() (ULID, error) {
	defaultOnce.Do(func() { defaultFactory = NewFactory() })
	var entropy [10]byte
	if _, err := rand.Read(entropy[:]); err != nil {
		return ULID{}, err
	}
	return defaultFactory.Next(time.Now().UnixMilli(), entropy)
}

// Make is New for callers that cannot handle an error; it panics on one
// (an exhausted millisecond, which takes 2^80 ULIDs).
func Make() ULID {
	u, err := New()
	if err != nil {
		panic(err)
	}
	return u
}
