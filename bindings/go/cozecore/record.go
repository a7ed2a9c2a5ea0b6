package cozecore

import (
	"encoding/json"
	"math"
	"reflect"
	"strings"
)

// A record is one decoded answer (a result, or a batch of stream events) as
// the core hands it over, laid out as core/api/README.md describes:
//
//	int32 W | int32 words[W] | text        (little-endian)
//
// Values are cells of three words (tag, a, b); objects and arrays are nodes
// of cells. The record is copied out of the core once, as one Go string;
// views read their fields from it lazily and slice strings out of its text
// without copying. Nothing here parses JSON.
type record struct {
	data  string // the whole record
	words int32  // W
	base  int    // offset of the text in data
	logID string // X-Tt-Logid of the answer the record decodes, when there was one
}

// Cell tags (RecordTag in core/include/coze/record.h).
const (
	tagNull   = 0
	tagFalse  = 1
	tagTrue   = 2
	tagInt    = 3
	tagFloat  = 4
	tagString = 5
	tagObject = 6
	tagArray  = 7
)

// rootCell is the word index of a record's root cell.
const rootCell int32 = 0

// newRecord checks the frame of a record the core made; nil when data is
// too short to be one (which only a broken core would send).
func newRecord(data string) *record {
	if len(data) < 4 {
		return nil
	}
	r := &record{data: data}
	w := r.word(-1) // the int32 in front of the words
	if w < 3 || int64(len(data)) < 4+4*int64(w) {
		return nil
	}
	r.words, r.base = w, 4+4*int(w)
	return r
}

// word reads words[i] (i = -1 reads W itself).
func (r *record) word(i int32) int32 {
	o := 4 + 4*int(i)
	d := r.data[o : o+4]
	return int32(uint32(d[0]) | uint32(d[1])<<8 | uint32(d[2])<<16 | uint32(d[3])<<24)
}

// tag is the tag of the cell at word index c; NULL for a nil record or an
// index outside the record (c < 0 stands for an absent field).
func (r *record) tag(c int32) int32 {
	if r == nil || c < 0 || c > r.words-3 {
		return tagNull
	}
	return r.word(c)
}

func (r *record) int64At(c int32) int64 {
	return int64(uint32(r.word(c+1))) | int64(r.word(c+2))<<32
}

// text reads a STRING cell; "" for anything else.
func (r *record) text(c int32) string {
	if r.tag(c) != tagString {
		return ""
	}
	a, b := int(r.word(c+1)), int(r.word(c+2))
	if a < 0 || b < 0 || r.base+a+b > len(r.data) {
		return ""
	}
	return r.data[r.base+a : r.base+a+b]
}

// integer reads an INT cell; 0 for anything else.
func (r *record) integer(c int32) int64 {
	if r.tag(c) != tagInt {
		return 0
	}
	return r.int64At(c)
}

// number reads a FLOAT or INT cell; 0 for anything else.
func (r *record) number(c int32) float64 {
	switch r.tag(c) {
	case tagFloat:
		return math.Float64frombits(uint64(r.int64At(c)))
	case tagInt:
		return float64(r.int64At(c))
	}
	return 0
}

// boolean reads a TRUE cell as true, anything else as false.
func (r *record) boolean(c int32) bool { return r.tag(c) == tagTrue }

// object reads an OBJECT cell as a view; the zero (null) view for anything else.
func (r *record) object(c int32) view {
	if r.tag(c) != tagObject {
		return view{}
	}
	n := r.word(c + 1)
	if n < 0 || n > r.words-2 {
		return view{}
	}
	return view{r: r, n: n, m: r.word(c + 2)}
}

// items is the word index of an ARRAY cell's first item cell and the item
// count; count 0 for anything else.
func (r *record) items(c int32) (first, count int32) {
	if r.tag(c) != tagArray {
		return 0, 0
	}
	first, count = r.word(c+1), r.word(c+2)
	if first < 0 || count < 0 || int64(first)+3*int64(count) > int64(r.words) {
		return 0, 0
	}
	return first, count
}

// arrayOf reads an ARRAY cell with read for each item; nil for anything else.
func arrayOf[T any](r *record, c int32, read func(*record, int32) T) []T {
	if r.tag(c) != tagArray {
		return nil
	}
	first, count := r.items(c)
	out := make([]T, count)
	for i := range out {
		out[i] = read(r, first+3*int32(i))
	}
	return out
}

// mapOf reads a plain OBJECT cell (a JSON object of the map's values) with
// read for each value; nil for anything else.
func mapOf[T any](r *record, c int32, read func(*record, int32) T) map[string]T {
	v := r.object(c)
	if v.r == nil {
		return nil
	}
	out := make(map[string]T, v.extraCount())
	v.eachExtra(func(key string, value int32) { out[key] = read(r, value) })
	return out
}

// plain reads any cell as a plain Go value in its canonical form: nil,
// bool, int64, float64, string, []any, or map[string]any (a model as its
// known non-null fields plus "$extra" for the unknown keys it kept).
func (r *record) plain(c int32) any {
	switch r.tag(c) {
	case tagFalse:
		return false
	case tagTrue:
		return true
	case tagInt:
		return r.int64At(c)
	case tagFloat:
		return r.number(c)
	case tagString:
		return r.text(c)
	case tagObject:
		return r.object(c).ToMap()
	case tagArray:
		return arrayOf(r, c, (*record).plain)
	}
	return nil
}

// view is a read-only view of one object of a record: a model (m is its
// model id) or a plain JSON object (m = -1). Every generated model type
// embeds it, so its methods are those of every model. The zero view is
// null. Views never fail: a field the core could not read as its type is
// null, and reads as its type's zero value.
type view struct {
	r *record
	n int32 // word index of the object node
	m int32 // model id, -1 for a plain object
}

// field is the word index of the i-th known field's cell, -1 when the view
// is null or has no such field.
func (v view) field(i int32) int32 {
	if v.r == nil || i >= v.r.word(v.n) {
		return -1
	}
	return v.n + 2 + 3*i
}

func (v view) knownCount() int32 { return v.r.word(v.n) }
func (v view) extraCount() int32 { return v.r.word(v.n + 1) }

// eachExtra calls f with each unknown key and the word index of its value cell, in the order received.
func (v view) eachExtra(f func(key string, value int32)) {
	at := v.n + 2 + 3*v.knownCount()
	for i := int32(0); i < v.extraCount(); i++ {
		f(v.r.text(at), at+3)
		at += 6
	}
}

// fieldNames are the names of the view's known fields, in record order.
func (v view) fieldNames() []string {
	if v.m < 0 || int(v.m) >= len(modelFieldNames) {
		return nil
	}
	return modelFieldNames[v.m]
}

// Valid reports whether the view holds an object (false when it is null or
// absent).
func (v view) Valid() bool { return v.r != nil }

// lookup finds name among the known fields (then among the unknown keys):
// the word index of its cell, or -1.
func (v view) lookup(name string) int32 {
	if v.r == nil {
		return -1
	}
	for i, f := range v.fieldNames() {
		if f == name {
			if c := v.field(int32(i)); v.r.tag(c) != tagNull {
				return c
			}
			break // an unreadable value is kept among the unknown keys under its name
		}
	}
	found := int32(-1)
	v.eachExtra(func(key string, value int32) {
		if found < 0 && key == name {
			found = value
		}
	})
	return found
}

// LogID is the X-Tt-Logid of the answer the view was read from ("" for a
// view of parsed text), for support requests.
func (v view) LogID() string {
	if v.r == nil {
		return ""
	}
	return v.r.logID
}

// Has reports whether the object holds a non-null value under name: a
// known field (by its API name) or an unknown key. It tells a null or
// absent field from one holding its zero value.
func (v view) Has(name string) bool {
	c := v.lookup(name)
	return c >= 0 && v.r.tag(c) != tagNull
}

// Get is the value under name (a known field by its API name, or an
// unknown key) as a plain canonical value (see ToMap); nil when absent.
func (v view) Get(name string) any {
	c := v.lookup(name)
	if c < 0 {
		return nil
	}
	return v.r.plain(c)
}

// Extra holds the keys the model does not know, with their plain values;
// nil when there are none.
func (v view) Extra() map[string]any {
	if v.r == nil || v.extraCount() == 0 || v.m < 0 {
		return nil
	}
	out := make(map[string]any, v.extraCount())
	v.eachExtra(func(key string, value int32) { out[key] = v.r.plain(value) })
	return out
}

// ToMap is the canonical view of the object: its non-null known fields by
// their API names, plus "$extra" with the unknown keys it kept; a plain
// object gives its keys. Values are nil, bool, int64, float64, string,
// []any and map[string]any. nil for a null view.
func (v view) ToMap() map[string]any {
	if v.r == nil {
		return nil
	}
	out := make(map[string]any, v.knownCount()+1)
	names := v.fieldNames()
	for i := int32(0); i < v.knownCount(); i++ {
		c := v.field(i)
		if v.r.tag(c) == tagNull || int(i) >= len(names) {
			continue
		}
		out[names[i]] = v.r.plain(c)
	}
	if v.extraCount() > 0 {
		if v.m < 0 {
			v.eachExtra(func(key string, value int32) { out[key] = v.r.plain(value) })
		} else {
			out["$extra"] = v.Extra()
		}
	}
	return out
}

// MarshalJSON writes the canonical view (ToMap) as JSON; null for a null view.
func (v view) MarshalJSON() ([]byte, error) {
	if v.r == nil {
		return []byte("null"), nil
	}
	return marshalJSON(v.ToMap())
}

// String is the canonical view as JSON text, for logs and debugging, with
// *** for the values of the model's secret fields (an OAuthToken's tokens,
// a DeviceCode's device_code); MarshalJSON and ToMap keep them.
func (v view) String() string {
	if v.r == nil {
		return "null"
	}
	m := v.ToMap()
	for _, name := range modelSecrets[v.m] {
		if _, ok := m[name]; ok {
			m[name] = "***"
		}
	}
	b, err := marshalJSON(m)
	if err != nil {
		return "<" + err.Error() + ">"
	}
	return string(b)
}

// marshalJSON is json.Marshal without HTML escaping and without the
// trailing newline of an Encoder.
func marshalJSON(x any) ([]byte, error) {
	var b strings.Builder
	if err := jsonEncode(&b, x); err != nil {
		return nil, err
	}
	return []byte(strings.TrimSuffix(b.String(), "\n")), nil
}

// Viewer is what every generated model type has: its canonical view.
type Viewer interface {
	Valid() bool
	ToMap() map[string]any
	json.Marshaler
}

// Canonical turns a typed result (a model view, a slice or map of them,
// or a plain value) into its canonical plain value, as ToMap gives it for
// a model: what the conformance vectors compare.
func Canonical(x any) any {
	switch v := x.(type) {
	case Viewer:
		if !v.Valid() {
			return nil
		}
		return v.ToMap()
	case nil, bool, int64, float64, string:
		return v
	case map[string]any:
		out := make(map[string]any, len(v))
		for k, e := range v {
			out[k] = Canonical(e)
		}
		return out
	case []any:
		out := make([]any, len(v))
		for i, e := range v {
			out[i] = Canonical(e)
		}
		return out
	}
	return canonicalReflect(x)
}

// canonicalReflect handles the typed slices and maps generated methods
// return ([]Bot, map[string]string, ...).
func canonicalReflect(x any) any {
	rv := reflect.ValueOf(x)
	switch rv.Kind() {
	case reflect.Slice:
		if rv.IsNil() {
			return nil
		}
		out := make([]any, rv.Len())
		for i := range out {
			out[i] = Canonical(rv.Index(i).Interface())
		}
		return out
	case reflect.Map:
		if rv.IsNil() || rv.Type().Key().Kind() != reflect.String {
			return x
		}
		out := make(map[string]any, rv.Len())
		it := rv.MapRange()
		for it.Next() {
			out[it.Key().String()] = Canonical(it.Value().Interface())
		}
		return out
	}
	return x
}
