package cozecore

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/cozecore/cozecore/bindings/go/internal/core"
)

// FileUpload is the content of a multipart file parameter (files.upload's
// File, ...). Give one of Path, Data or Reader (none: an empty file). The
// core frames the multipart body; the driver streams the content into it
// as the request is sent, so a file is never read whole into memory, and
// reads it again from its start for every retry.
type FileUpload struct {
	// Path names a file, opened when each attempt is sent. Its size is
	// taken when the call starts; a file whose size changed by a retry
	// fails the call with ErrInvalidArgument.
	Path string
	// Data is the content in memory.
	Data []byte
	// Reader streams the content. An io.Seeker is rewound to the position
	// it had when the call started before each attempt; another reader
	// can be sent once, so a call that must retry after it was read fails
	// with ErrInvalidArgument instead (give a path, bytes or an
	// io.ReadSeeker to make uploads retryable).
	Reader io.Reader
	// Size is Reader's length in bytes when known: exactly that many bytes
	// are sent (a shorter stream fails the call with ErrInvalidArgument).
	// 0 or less means unknown (an http.Response's ContentLength can be
	// given as it is), unless Reader is an io.Seeker, whose remaining
	// length is measured; a length still unknown makes the request chunked.
	// Path and Data have their own size.
	Size int64
	// Filename is the part's file name; the base name of Path by default.
	Filename string
	// ContentType is the part's Content-Type; optional.
	ContentType string

	source *uploadSource // set by the call that sends it (prepareUploads)
}

// FileFromPath is an upload of the file at path.
func FileFromPath(path string) FileUpload { return FileUpload{Path: path} }

// FileFromBytes is an upload of data named filename.
func FileFromBytes(filename string, data []byte) FileUpload {
	return FileUpload{Data: data, Filename: filename}
}

// FileFromReader is an upload streamed from r, named filename; size is
// its length in bytes, or 0 when unknown (see FileUpload.Size).
func FileFromReader(filename string, r io.Reader, size int64) FileUpload {
	return FileUpload{Reader: r, Filename: filename, Size: size}
}

// MarshalJSON writes the upload as the core takes it in params: {"filename",
// "content_type", "source", "size"}, the source being read by the driver.
// Only a call can send a FileUpload.
func (f FileUpload) MarshalJSON() ([]byte, error) {
	if f.source == nil {
		return nil, errors.New("a FileUpload is sent by a call, not marshalled on its own")
	}
	return marshalJSON(map[string]any{
		"filename":     f.source.filename,
		"content_type": f.ContentType,
		"source":       f.source.id,
		"size":         f.source.size,
	})
}

// uploadSource is where one file part's bytes come from, for every attempt.
type uploadSource struct {
	id       string
	filename string
	path     string
	data     []byte
	reader   io.Reader
	seeker   io.Seeker
	start    int64 // seeker's position when the call started
	size     int64 // -1: unknown
	read     bool  // a reader that cannot be rewound was handed out
}

func newUploadSource(f *FileUpload, id string) (*uploadSource, error) {
	s := &uploadSource{id: id, filename: f.Filename, size: -1}
	set := 0
	for _, given := range []bool{f.Path != "", f.Data != nil, f.Reader != nil} {
		if given {
			set++
		}
	}
	if set > 1 {
		return nil, fmt.Errorf("file parameter %s: give one of Path, Data and Reader", id)
	}
	switch {
	case f.Path != "":
		st, err := os.Stat(f.Path)
		if err != nil {
			return nil, fmt.Errorf("file parameter %s: %w", id, err)
		}
		if !st.Mode().IsRegular() {
			return nil, fmt.Errorf("file parameter %s: %s is not a regular file", id, f.Path)
		}
		s.path, s.size = f.Path, st.Size()
		if s.filename == "" {
			s.filename = filepath.Base(f.Path)
		}
	case f.Reader != nil:
		s.reader = f.Reader
		if sk, ok := f.Reader.(io.Seeker); ok {
			pos, err := sk.Seek(0, io.SeekCurrent)
			if err == nil {
				s.seeker, s.start = sk, pos
				if f.Size <= 0 {
					end, err := sk.Seek(0, io.SeekEnd)
					if err != nil {
						return nil, fmt.Errorf("file parameter %s: measuring the reader: %w", id, err)
					}
					if _, err := sk.Seek(pos, io.SeekStart); err != nil {
						return nil, fmt.Errorf("file parameter %s: measuring the reader: %w", id, err)
					}
					s.size = end - pos
				}
			}
		}
		if f.Size > 0 {
			s.size = f.Size
		}
		if named, ok := f.Reader.(interface{ Name() string }); ok && s.filename == "" {
			s.filename = filepath.Base(named.Name())
		}
	default:
		s.data, s.size = f.Data, int64(len(f.Data))
	}
	return s, nil
}

// open gives the source's bytes for one attempt, and what closes them.
func (s *uploadSource) open() (io.Reader, io.Closer, error) {
	switch {
	case s.path != "":
		f, err := os.Open(s.path)
		if err != nil {
			return nil, nil, err
		}
		st, err := f.Stat()
		if err != nil {
			f.Close()
			return nil, nil, err
		}
		if st.Size() != s.size {
			f.Close()
			return nil, nil, fmt.Errorf("%s changed size: %d bytes, %d when the call started", s.path, st.Size(), s.size)
		}
		return f, f, nil
	case s.reader != nil:
		if s.seeker != nil {
			if _, err := s.seeker.Seek(s.start, io.SeekStart); err != nil {
				return nil, nil, fmt.Errorf("rewinding the reader: %w", err)
			}
			return s.reader, nil, nil
		}
		if s.read {
			return nil, nil, errors.New("the reader was already read and cannot be rewound for a retry " +
				"(give a path, bytes or an io.ReadSeeker)")
		}
		s.read = true
		return s.reader, nil, nil
	}
	return bytes.NewReader(s.data), nil, nil
}

var (
	fileUploadType    = reflect.TypeFor[FileUpload]()
	fileUploadPtrType = reflect.TypeFor[*FileUpload]()
)

// prepareUploads finds the FileUpload parameters of params (fields of a
// struct, or values of a map[string]any) and gives each a source; it
// returns params with those uploads bound (a copy: the caller's value is
// not changed) and the sources by id.
func prepareUploads(params any) (any, map[string]*uploadSource, error) {
	v := reflect.ValueOf(params)
	if v.Kind() == reflect.Pointer && !v.IsNil() && v.Elem().Kind() == reflect.Struct {
		v = v.Elem()
	}
	var sources map[string]*uploadSource
	bind := func(x reflect.Value, id string) (reflect.Value, error) {
		var f FileUpload
		switch x.Type() {
		case fileUploadType:
			f = x.Interface().(FileUpload)
		case fileUploadPtrType:
			if x.IsNil() {
				return x, nil
			}
			f = *x.Interface().(*FileUpload)
		default:
			return x, nil
		}
		s, err := newUploadSource(&f, id)
		if err != nil {
			return x, err
		}
		if sources == nil {
			sources = map[string]*uploadSource{}
		}
		sources[id] = s
		f.source = s
		if x.Type() == fileUploadPtrType {
			return reflect.ValueOf(&f), nil
		}
		return reflect.ValueOf(f), nil
	}
	switch v.Kind() {
	case reflect.Struct:
		t := v.Type()
		var out reflect.Value
		for i := 0; i < t.NumField(); i++ {
			ft := t.Field(i)
			if (ft.Type != fileUploadType && ft.Type != fileUploadPtrType) || !ft.IsExported() {
				continue
			}
			if !out.IsValid() {
				out = reflect.New(t).Elem()
				out.Set(v)
			}
			id := ft.Name
			if tag, _, _ := strings.Cut(ft.Tag.Get("json"), ","); tag != "" && tag != "-" {
				id = tag
			}
			nv, err := bind(out.Field(i), id)
			if err != nil {
				return nil, nil, err
			}
			out.Field(i).Set(nv)
		}
		if out.IsValid() {
			return out.Interface(), sources, nil
		}
	case reflect.Map:
		m, ok := params.(map[string]any)
		if !ok {
			return params, nil, nil
		}
		var out map[string]any
		for k, x := range m {
			if x == nil {
				continue
			}
			xv := reflect.ValueOf(x)
			if xv.Type() != fileUploadType && xv.Type() != fileUploadPtrType {
				continue
			}
			if out == nil {
				out = make(map[string]any, len(m))
				for k2, x2 := range m {
					out[k2] = x2
				}
			}
			nv, err := bind(xv, k)
			if err != nil {
				return nil, nil, err
			}
			out[k] = nv.Interface()
		}
		if out != nil {
			return out, sources, nil
		}
	}
	return params, nil, nil
}

// sourceFailure is an upload source that could not be read while sending.
type sourceFailure struct {
	id  string
	err error
}

// uploadBody is a request body: the core's framing with each source's
// bytes spliced in at its offset, read as net/http sends it.
type uploadBody struct {
	parts    []bodyPart
	i        int
	sent     int64
	total    int64 // -1: unknown
	progress func(sent, total int64)
	// sentAtomic is sent, for the runner's goroutine (sentSoFar).
	sentAtomic atomic.Int64

	// readMu is held during each Read: once Close has returned and readMu
	// was taken, no goroutine reads the sources any more (see drain).
	readMu  sync.Mutex
	mu      sync.Mutex
	closers []io.Closer
	closed  bool
	failure *sourceFailure
}

type bodyPart struct {
	r    io.Reader
	id   string // the source's id; "" for the core's framing
	size int64  // a source's expected length; -1 unknown
	got  int64
}

// openBody opens every source of req for one attempt. On failure it
// closes what it opened and names the source that failed.
// sentSoFar is how many bytes of the body net/http has read so far.
func (b *uploadBody) sentSoFar() int64 { return b.sentAtomic.Load() }

func openBody(req core.Request, sources map[string]*uploadSource, progress func(int64, int64)) (*uploadBody, string, error) {
	b := &uploadBody{total: req.BodySize, progress: progress}
	if len(req.Sources) == 0 {
		b.total = int64(len(req.Body))
	}
	var at int64
	for _, src := range req.Sources {
		s := sources[src.ID]
		if s == nil {
			b.Close()
			return nil, src.ID, errors.New("the call names an upload source the driver does not have")
		}
		if src.Offset < at || src.Offset > int64(len(req.Body)) {
			b.Close()
			return nil, src.ID, errors.New("the core gave a source offset outside the body")
		}
		r, c, err := s.open()
		if err != nil {
			b.Close()
			return nil, src.ID, err
		}
		if c != nil {
			b.closers = append(b.closers, c)
		}
		if src.Offset > at {
			b.parts = append(b.parts, bodyPart{r: strings.NewReader(req.Body[at:src.Offset]), size: -1})
		}
		if src.Size >= 0 {
			r = io.LimitReader(r, src.Size)
		}
		b.parts = append(b.parts, bodyPart{r: r, id: src.ID, size: src.Size})
		at = src.Offset
	}
	if at < int64(len(req.Body)) {
		b.parts = append(b.parts, bodyPart{r: strings.NewReader(req.Body[at:]), size: -1})
	}
	return b, "", nil
}

func (b *uploadBody) Read(p []byte) (int, error) {
	b.readMu.Lock()
	defer b.readMu.Unlock()
	b.mu.Lock()
	closed := b.closed
	b.mu.Unlock()
	if closed {
		return 0, errBodyClosed
	}
	for b.i < len(b.parts) {
		part := &b.parts[b.i]
		n, err := part.r.Read(p)
		part.got += int64(n)
		if n > 0 {
			b.sent += int64(n)
			b.sentAtomic.Store(b.sent)
			if b.progress != nil {
				b.progress(b.sent, b.total)
			}
		}
		if err == io.EOF {
			if part.id != "" && part.size >= 0 && part.got < part.size {
				return n, b.fail(part.id, fmt.Errorf("the content ended after %d of its %d bytes", part.got, part.size))
			}
			b.i++
			if n > 0 {
				return n, nil
			}
			continue
		}
		if err != nil {
			if part.id != "" {
				return n, b.fail(part.id, err)
			}
			return n, err
		}
		return n, nil
	}
	return 0, io.EOF
}

func (b *uploadBody) fail(id string, err error) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.failure == nil && !b.closed {
		b.failure = &sourceFailure{id: id, err: err}
	}
	return err
}

// failed is the source that could not be read, if any.
func (b *uploadBody) failed() *sourceFailure {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.failure
}

var errBodyClosed = errors.New("cozecore: the attempt's request body was closed")

// drain closes the body and waits until no Read is running, so that the
// next attempt can rewind a reader that this one shared.
func (b *uploadBody) drain() {
	b.Close()
	b.readMu.Lock()
	b.readMu.Unlock() // empty on purpose: taking the lock is the wait
}

// Close closes the files opened for this attempt (net/http closes the
// body when it is done; the attempt closes it too). Safe to call twice.
func (b *uploadBody) Close() error {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.closed {
		return nil
	}
	b.closed = true
	for _, c := range b.closers {
		c.Close()
	}
	return nil
}

// WithUploadProgress calls fn as the request body of this call is sent:
// sent is the number of body bytes handed to the connection so far, total
// the whole body's length (-1 when an upload's size is unknown). It starts
// again from 0 on a retry. fn runs on the goroutine net/http writes the
// request with, so it must be quick and safe to call from there.
func WithUploadProgress(fn func(sent, total int64)) CallOption {
	return callOption(func(s *callSettings) { s.progress = fn })
}

// WithOutput streams the answer of a binary operation (audio.speech.create)
// to w as it arrives, instead of collecting it in memory: the Binary or
// Result returned then has no Data, only its Size. A write error stops the
// call: it fails with ErrCancelled, wrapping the writer's error.
func WithOutput(w io.Writer) CallOption {
	return callOption(func(s *callSettings) { s.output = w })
}

// WriterFunc is a function that takes each chunk of a binary answer, as an
// io.Writer (for WithOutput and the CreateTo methods). The chunk is only
// valid during the call; an error stops the call.
type WriterFunc func(chunk []byte) error

// Write calls f(p).
func (f WriterFunc) Write(p []byte) (int, error) {
	if err := f(p); err != nil {
		return 0, err
	}
	return len(p), nil
}
