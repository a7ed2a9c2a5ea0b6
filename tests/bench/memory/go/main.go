// Memory benchmark of the Go target: one streamed upload and one streamed
// download through the public API, with the process's peak RSS around them.
//
// Run from the repository root, after `scripts/targets/go build`:
//
//	(cd tests/bench/memory/go && CGO_ENABLED=1 GOFLAGS=-mod=mod go run . BASE_URL UPLOAD_BYTES DOWNLOAD_BYTES TMPDIR)
//
// BASE_URL is a fake Coze server (tests/fake_coze/server.py). It prints one
// JSON line: {"target": "go", "idle_rss_kib", "peak_rss_kib", "upload_bytes",
// "download_bytes", "upload_s", "download_s"}; it exits 1 (message on
// stderr) when a call fails or a size does not match.
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/cozecore/cozecore/bindings/go/cozecore"
)

func die(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "bench memory go: "+format+"\n", args...)
	os.Exit(1)
}

// statusKiB reads a "Name:   N kB" line of /proc/self/status.
func statusKiB(name string) int64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		die("%v", err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, name+":"); ok {
			n, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			if err != nil {
				die("%s: %v", name, err)
			}
			return n
		}
	}
	die("no %s in /proc/self/status", name)
	return 0
}

// writeFile writes size bytes to path, 1 MiB at a time.
func writeFile(path string, size int64) {
	f, err := os.Create(path)
	if err != nil {
		die("%v", err)
	}
	chunk := make([]byte, 1<<20)
	for i := range chunk {
		chunk[i] = byte(i * 7)
	}
	for left := size; left > 0; {
		n := min(left, int64(len(chunk)))
		if _, err := f.Write(chunk[:n]); err != nil {
			die("%v", err)
		}
		left -= n
	}
	if err := f.Close(); err != nil {
		die("%v", err)
	}
}

func main() {
	if len(os.Args) != 5 {
		die("usage: BASE_URL UPLOAD_BYTES DOWNLOAD_BYTES TMPDIR")
	}
	base, tmp := os.Args[1], os.Args[4]
	up, err1 := strconv.ParseInt(os.Args[2], 10, 64)
	down, err2 := strconv.ParseInt(os.Args[3], 10, 64)
	if err1 != nil || err2 != nil || up < 0 || down < 0 {
		die("UPLOAD_BYTES and DOWNLOAD_BYTES must be non-negative integers")
	}
	ctx := context.Background()
	c := cozecore.NewClient(cozecore.WithToken("pat_bench_memory"), cozecore.WithBaseURL(base))
	defer c.Close()
	if _, err := c.Users.Me(ctx); err != nil { // warm-up
		die("warm-up: %v", err)
	}
	upPath := filepath.Join(tmp, "cozecore-go-upload.bin")
	downPath := filepath.Join(tmp, "cozecore-go-speech.bin")
	defer os.Remove(upPath)
	defer os.Remove(downPath)
	writeFile(upPath, up)

	idle := statusKiB("VmRSS")
	if err := os.WriteFile("/proc/self/clear_refs", []byte("5"), 0); err != nil {
		die("resetting VmHWM: %v", err)
	}

	t0 := time.Now()
	f, err := c.Files.Upload(ctx, cozecore.FilesUploadParams{File: cozecore.FileFromPath(upPath)})
	if err != nil {
		die("upload: %v", err)
	}
	upS := time.Since(t0).Seconds()

	t1 := time.Now()
	speech, err := c.Audio.Speech.CreateToFile(ctx, cozecore.AudioSpeechCreateParams{Input: "bench", VoiceID: "7300000000000000301"},
		downPath, cozecore.WithCallHeader("X-Fake-Speech-Bytes", strconv.FormatInt(down, 10)))
	if err != nil {
		die("download: %v", err)
	}
	downS := time.Since(t1).Seconds()

	if f.Bytes() != up {
		die("the server got %d bytes, %d sent", f.Bytes(), up)
	}
	st, err := os.Stat(downPath)
	if err != nil || st.Size() != down || speech.Size != down {
		die("downloaded %d bytes (file: %v), want %d", speech.Size, err, down)
	}
	peak := statusKiB("VmHWM")
	out, _ := json.Marshal(struct {
		Target        string  `json:"target"`
		IdleRSSKiB    int64   `json:"idle_rss_kib"`
		PeakRSSKiB    int64   `json:"peak_rss_kib"`
		UploadBytes   int64   `json:"upload_bytes"`
		DownloadBytes int64   `json:"download_bytes"`
		UploadS       float64 `json:"upload_s"`
		DownloadS     float64 `json:"download_s"`
	}{"go", idle, peak, up, down, upS, downS})
	fmt.Println(string(out))
}
