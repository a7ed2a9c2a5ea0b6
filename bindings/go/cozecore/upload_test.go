package cozecore_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/cozecore/cozecore/bindings/go/cozecore"
)

// Streamed uploads and downloads through the real driver, against the fake
// server: the bytes the server kept are compared with what was sent.

// patternBytes is n bytes of a pseudo-random pattern (not periodic in 251,
// so that it cannot be confused with the speech pattern).
func patternBytes(n int, seed uint32) []byte {
	b := make([]byte, n)
	x := seed | 1
	for i := range b {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		b[i] = byte(x)
	}
	return b
}

func writeTemp(t *testing.T, data []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "upload.bin")
	if err := os.WriteFile(p, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// storedSha256 is the hex SHA-256 and length of what the fake server kept
// for an uploaded file (HEAD /_fake/files/content).
func storedSha256(t *testing.T, fileID string) (string, int64) {
	t.Helper()
	resp, err := http.Head(fake.url + "/_fake/files/content?file_id=" + fileID)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Fatalf("files/content %s: %d", fileID, resp.StatusCode)
	}
	return resp.Header.Get("X-Fake-Sha256"), resp.ContentLength
}

func sha(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

// progressLog records WithUploadProgress reports (called from net/http's goroutine).
type progressLog struct {
	mu      sync.Mutex
	last    [2]int64
	restart int // how many times sent went back down (a new attempt)
	calls   int
}

func (p *progressLog) option() cozecore.CallOption {
	return cozecore.WithUploadProgress(func(sent, total int64) {
		p.mu.Lock()
		defer p.mu.Unlock()
		if sent < p.last[0] {
			p.restart++
		}
		p.last = [2]int64{sent, total}
		p.calls++
	})
}

func (p *progressLog) get() (sent, total int64, restarts, calls int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.last[0], p.last[1], p.restart, p.calls
}

func uploadsLogged(t *testing.T) int {
	n := 0
	for _, r := range requestLog(t) {
		if r.Path == "/v1/files/upload" {
			n++
		}
	}
	return n
}

func TestUploadFromPathStreamsTheFile(t *testing.T) {
	base := fakeServer(t)
	c := newClient(t, base)
	data := patternBytes(6<<20+123, 7)
	path := writeTemp(t, data)
	var prog progressLog
	f, err := c.Files.Upload(context.Background(), cozecore.FilesUploadParams{File: cozecore.FileFromPath(path)}, prog.option())
	if err != nil {
		t.Fatal(err)
	}
	if f.Bytes() != int64(len(data)) || f.FileName() != "upload.bin" {
		t.Fatalf("file %s", f)
	}
	if digest, n := storedSha256(t, f.ID()); digest != sha(data) || n != int64(len(data)) {
		t.Fatalf("the server kept %d bytes, sha %s", n, digest)
	}
	sent, total, restarts, calls := prog.get()
	if total <= int64(len(data)) || sent != total || restarts != 0 || calls < 10 {
		t.Fatalf("progress: sent %d of %d, %d restarts, %d reports", sent, total, restarts, calls)
	}
}

// oneShot is a reader that cannot seek.
type oneShot struct{ r io.Reader }

func (o *oneShot) Read(p []byte) (int, error) { return o.r.Read(p) }

func TestUploadFromStream(t *testing.T) {
	base := fakeServer(t)
	c := newClient(t, base)
	data := patternBytes(3<<20+5, 11)
	ctx := context.Background()
	for _, tc := range []struct {
		name string
		file cozecore.FileUpload
	}{
		{"sized", cozecore.FileFromReader("a.bin", &oneShot{bytes.NewReader(data)}, int64(len(data)))},
		{"seekable", cozecore.FileFromReader("b.bin", bytes.NewReader(data), 0)},
		{"unknown size (chunked)", cozecore.FileFromReader("c.bin", &oneShot{bytes.NewReader(data)}, 0)},
		{"bytes", cozecore.FileFromBytes("d.bin", data)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var prog progressLog
			f, err := c.Files.Upload(ctx, cozecore.FilesUploadParams{File: tc.file}, prog.option())
			if err != nil {
				t.Fatal(err)
			}
			if digest, n := storedSha256(t, f.ID()); digest != sha(data) || n != int64(len(data)) || f.Bytes() != n {
				t.Fatalf("the server kept %d bytes (answer %d), sha %s", n, f.Bytes(), digest)
			}
			if f.FileName() != tc.file.Filename {
				t.Fatalf("file name %q", f.FileName())
			}
			sent, total, _, _ := prog.get()
			if tc.name == "unknown size (chunked)" {
				if total != -1 || sent <= int64(len(data)) {
					t.Fatalf("progress %d of %d", sent, total)
				}
			} else if sent != total || total <= int64(len(data)) {
				t.Fatalf("progress %d of %d", sent, total)
			}
		})
	}
}

func TestUploadRetryResendsTheWholeFile(t *testing.T) {
	base := fakeServer(t)
	c := newClient(t, base)
	data := patternBytes(4<<20, 3)
	path := writeTemp(t, data)
	ctx := context.Background()
	for _, tc := range []struct {
		name string
		file func() cozecore.FileUpload
	}{
		{"path", func() cozecore.FileUpload { return cozecore.FileFromPath(path) }},
		{"read seeker", func() cozecore.FileUpload {
			r := bytes.NewReader(append([]byte("skipped"), data...))
			r.Seek(7, io.SeekStart) // rewound to here, not to 0
			return cozecore.FileUpload{Reader: r, Filename: "x.bin"}
		}},
		{"bytes", func() cozecore.FileUpload { return cozecore.FileFromBytes("y.bin", data) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fakeServer(t) // clears the log
			addFaults(t, map[string]any{"status": 503, "headers": map[string]string{"Retry-After": "0"},
				"body": map[string]any{"code": 5000, "msg": "busy"}})
			var prog progressLog
			f, err := c.Files.Upload(ctx, cozecore.FilesUploadParams{File: tc.file()}, prog.option())
			if err != nil {
				t.Fatal(err)
			}
			if n := uploadsLogged(t); n != 2 {
				t.Fatalf("%d upload requests, want 2", n)
			}
			if digest, n := storedSha256(t, f.ID()); digest != sha(data) || n != int64(len(data)) {
				t.Fatalf("the server kept %d bytes, sha %s", n, digest)
			}
			if sent, total, _, _ := prog.get(); sent != total {
				t.Fatalf("progress %d of %d", sent, total)
			}
		})
	}
}

func TestUploadOneShotStreamCannotBeRetried(t *testing.T) {
	base := fakeServer(t)
	c := newClient(t, base)
	data := patternBytes(1<<20, 5)
	addFaults(t, map[string]any{"status": 503, "headers": map[string]string{"Retry-After": "0"}, "body": "{}"})
	_, err := c.Files.Upload(context.Background(), cozecore.FilesUploadParams{
		File: cozecore.FileFromReader("z.bin", &oneShot{bytes.NewReader(data)}, int64(len(data)))})
	var ce *cozecore.Error
	if !errors.Is(err, cozecore.ErrInvalidArgument) || !errors.As(err, &ce) || ce.Retryable {
		t.Fatalf("err %v", err)
	}
	if n := uploadsLogged(t); n != 1 {
		t.Fatalf("%d upload requests, want 1", n)
	}
}

// slowReader yields its bytes slowly: at most 8 KiB per Read, each after a pause.
type slowReader struct {
	data  []byte
	pause time.Duration
}

func (s *slowReader) Read(p []byte) (int, error) {
	if len(s.data) == 0 {
		return 0, io.EOF
	}
	time.Sleep(s.pause)
	n := copy(p[:min(len(p), 8192)], s.data)
	s.data = s.data[n:]
	return n, nil
}

// An upload that takes longer than the first-byte timeout is not cut short:
// the driver reports the body's progress to the core (OnBodySent), and the
// timeout runs from the last progress, not from the request's start.
func TestSlowUploadOutlastsTheFirstByteTimeout(t *testing.T) {
	base := fakeServer(t)
	const firstByte = 400 * time.Millisecond
	c := newClient(t, base, cozecore.WithFirstByteTimeout(firstByte), cozecore.WithMaxRetries(0))
	data := patternBytes(128*8192, 9) // 128 pieces, 8 ms apart: about 1 s
	start := time.Now()
	f, err := c.Files.Upload(context.Background(), cozecore.FilesUploadParams{
		File: cozecore.FileFromReader("slow.bin", &slowReader{data, 8 * time.Millisecond}, int64(len(data)))})
	if err != nil {
		t.Fatal(err)
	}
	if took := time.Since(start); took <= firstByte {
		t.Fatalf("the upload took %v, not longer than the first-byte timeout", took)
	}
	if digest, n := storedSha256(t, f.ID()); digest != sha(data) || n != int64(len(data)) {
		t.Fatalf("the server kept %d bytes, sha %s", n, digest)
	}
}

func TestUploadBadSources(t *testing.T) {
	base := fakeServer(t)
	c := newClient(t, base)
	ctx := context.Background()
	missing := filepath.Join(t.TempDir(), "nope.bin")
	_, err := c.Files.Upload(ctx, cozecore.FilesUploadParams{File: cozecore.FileFromPath(missing)})
	if !errors.Is(err, cozecore.ErrInvalidArgument) || !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("missing file: %v", err)
	}
	_, err = c.Files.Upload(ctx, cozecore.FilesUploadParams{File: cozecore.FileUpload{Path: missing, Data: []byte("x")}})
	if !errors.Is(err, cozecore.ErrInvalidArgument) {
		t.Fatalf("two contents: %v", err)
	}
	// A stream shorter than its Size fails the call, not retried.
	short := cozecore.FileFromReader("s.bin", &oneShot{bytes.NewReader(make([]byte, 1000))}, 5000)
	_, err = c.Files.Upload(ctx, cozecore.FilesUploadParams{File: short})
	if !errors.Is(err, cozecore.ErrInvalidArgument) {
		t.Fatalf("short stream: %v", err)
	}
	// A reader that fails mid-way.
	broken := io.MultiReader(bytes.NewReader(make([]byte, 70000)), iotestErrReader{errors.New("disk gone")})
	_, err = c.Files.Upload(ctx, cozecore.FilesUploadParams{File: cozecore.FileFromReader("b.bin", broken, 0)})
	if !errors.Is(err, cozecore.ErrInvalidArgument) {
		t.Fatalf("broken stream: %v", err)
	}
	if n := uploadsLogged(t); n != 0 {
		t.Fatalf("%d uploads completed, want 0", n)
	}
	// Do with a map takes a FileUpload too.
	res, err := c.Do(ctx, "files.upload", map[string]any{"file": cozecore.FileFromBytes("m.txt", []byte("hello"))})
	if err != nil || !bytes.Contains(res.Data, []byte(`"bytes":5`)) {
		t.Fatalf("Do: %v %s", err, res.Data)
	}
}

type iotestErrReader struct{ err error }

func (r iotestErrReader) Read([]byte) (int, error) { return 0, r.err }

const speechBytesHeader = "X-Fake-Speech-Bytes"

func checkSpeechPattern(t *testing.T, b []byte, n int) {
	t.Helper()
	if len(b) != n {
		t.Fatalf("%d bytes, want %d", len(b), n)
	}
	for i, x := range b {
		if x != byte(i%251) {
			t.Fatalf("byte %d is %d, want %d", i, x, i%251)
		}
	}
}

func TestSpeechToFileWriterAndMemory(t *testing.T) {
	base := fakeServer(t)
	c := newClient(t, base)
	ctx := context.Background()
	params := cozecore.AudioSpeechCreateParams{Input: "hello", VoiceID: seedVoice}
	const n = 3<<20 + 17
	header := cozecore.WithCallHeader(speechBytesHeader, strconv.Itoa(n))

	path := filepath.Join(t.TempDir(), "speech.mp3")
	b, err := c.Audio.Speech.CreateToFile(ctx, params, path, header)
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	checkSpeechPattern(t, got, n)
	if b.Size != n || b.Data != nil || b.ContentType != "audio/mpeg" || b.LogID == "" {
		t.Fatalf("binary %d %q %q %d", b.Size, b.ContentType, b.LogID, len(b.Data))
	}

	var buf bytes.Buffer
	if b, err = c.Audio.Speech.CreateTo(ctx, params, &buf, header); err != nil || b.Size != n {
		t.Fatalf("writer: %v", err)
	}
	checkSpeechPattern(t, buf.Bytes(), n)

	var chunks int
	var joined []byte
	cb := cozecore.WriterFunc(func(chunk []byte) error {
		chunks++
		joined = append(joined, chunk...)
		return nil
	})
	if _, err = c.Audio.Speech.CreateTo(ctx, params, cb, header); err != nil {
		t.Fatal(err)
	}
	checkSpeechPattern(t, joined, n)
	if chunks < 2 {
		t.Fatalf("%d chunks: the answer did not stream", chunks)
	}

	if b, err = c.Audio.Speech.Create(ctx, params, header); err != nil || b.Size != n {
		t.Fatalf("memory: %v", err)
	}
	checkSpeechPattern(t, b.Data, n)

	res, err := c.Do(ctx, "audio.speech.create", map[string]any{"input": "x", "voice_id": params.VoiceID}, header)
	if err != nil || res.Size != n || res.Data != nil {
		t.Fatalf("Do: %v", err)
	}
	checkSpeechPattern(t, res.Binary, n)
}

func TestSpeechSinkErrorStopsTheCall(t *testing.T) {
	base := fakeServer(t)
	c := newClient(t, base)
	params := cozecore.AudioSpeechCreateParams{Input: "hello", VoiceID: seedVoice}
	header := cozecore.WithCallHeader(speechBytesHeader, strconv.Itoa(2<<20))
	full := errors.New("disk full")
	seen := 0
	start := time.Now()
	_, err := c.Audio.Speech.CreateTo(context.Background(), params, cozecore.WriterFunc(func(b []byte) error {
		seen += len(b)
		return full
	}), header)
	if !errors.Is(err, cozecore.ErrCancelled) || !errors.Is(err, full) || seen == 0 || time.Since(start) > 10*time.Second {
		t.Fatalf("err %v after %d bytes", err, seen)
	}
	// A failed download leaves no file behind.
	path := filepath.Join(t.TempDir(), "s.mp3")
	addFaults(t, map[string]any{"status": 400, "body": map[string]any{"code": 4000, "msg": "bad"}})
	if _, err := c.Audio.Speech.CreateToFile(context.Background(), params, path); !errors.Is(err, cozecore.ErrBadRequest) {
		t.Fatalf("err %v", err)
	}
	if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("file left behind: %v", err)
	}
}

func TestUploadFileChangedBeforeRetry(t *testing.T) {
	base := fakeServer(t)
	path := writeTemp(t, patternBytes(1<<20, 9))
	// The hook runs on the call's goroutine before the retry is sent.
	c := newClient(t, base, cozecore.WithHooks(cozecore.Hooks{OnRetryScheduled: func(cozecore.HookEvent) {
		f, err := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
		if err == nil {
			f.Write([]byte("more"))
			f.Close()
		}
	}}))
	addFaults(t, map[string]any{"status": 503, "headers": map[string]string{"Retry-After": "0"}, "body": "{}"})
	_, err := c.Files.Upload(context.Background(), cozecore.FilesUploadParams{File: cozecore.FileFromPath(path)})
	if !errors.Is(err, cozecore.ErrInvalidArgument) || uploadsLogged(t) != 1 {
		t.Fatalf("err %v", err)
	}
}

func TestUploadProgressOfAJSONBody(t *testing.T) {
	base := fakeServer(t)
	c := newClient(t, base)
	var prog progressLog
	conv, err := c.Conversations.Create(context.Background(), cozecore.ConversationsCreateParams{
		Messages: []cozecore.EnterMessageParam{cozecore.UserMessage("hello")}}, prog.option())
	if err != nil || conv.ID() == "" {
		t.Fatal(err)
	}
	if sent, total, _, _ := prog.get(); sent != total || total < 20 {
		t.Fatalf("progress %d of %d", sent, total)
	}
}
