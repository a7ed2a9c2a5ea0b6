// Command upload_progress uploads a file, streamed from its path, and
// reports the progress as the request body is sent.
//
//	COZE_BASE_URL=http://127.0.0.1:PORT COZE_API_TOKEN=pat_x go run ./upload_progress [PATH]
//
// Without PATH it uploads a 4 MiB file it writes in a temporary directory.
package main

import (
	"bytes"
	"context"
	"fmt"
	"log"
	"os"
	"path/filepath"

	"github.com/cozecore/cozecore/bindings/go/cozecore"
)

func main() {
	path := ""
	if len(os.Args) > 1 {
		path = os.Args[1]
	} else {
		dir, err := os.MkdirTemp("", "cozecore-example")
		if err != nil {
			log.Fatal(err)
		}
		defer os.RemoveAll(dir)
		path = filepath.Join(dir, "example.bin")
		if err := os.WriteFile(path, bytes.Repeat([]byte("cozecore"), 4<<20/8), 0o600); err != nil {
			log.Fatal(err)
		}
	}
	base := os.Getenv("COZE_BASE_URL")
	if base == "" {
		base = cozecore.DefaultBaseURL
	}
	c := cozecore.NewClient(cozecore.WithToken(os.Getenv("COZE_API_TOKEN")), cozecore.WithBaseURL(base))
	defer c.Close()
	last := int64(-1)
	f, err := c.Files.Upload(context.Background(),
		cozecore.FilesUploadParams{File: cozecore.FileFromPath(path)},
		cozecore.WithUploadProgress(func(sent, total int64) {
			if pct := sent * 100 / max(total, 1); pct/10 != last/10 || sent == total { // every 10 %
				last = pct
				fmt.Printf("\rsent %d of %d bytes (%d%%)", sent, total, pct)
			}
		}))
	fmt.Println()
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("uploaded %s: id %s, %d bytes\n", f.FileName(), f.ID(), f.Bytes())
}
