// Command conformance runs the shared conformance vectors ($COZE_VECTORS,
// default: the nearest tests/vectors) against the core through the Go
// bridge. It prints "go <area>: N passed, N failed" per area, then one
// "  FAIL <file>: <name>: <why>" line per failing vector, and exits 1 when
// any vector failed.
package main

import (
	"fmt"
	"os"

	"github.com/cozecore/cozecore/bindings/go/internal/conformance"
)

func main() {
	reports, err := conformance.Run(conformance.Dir())
	failed := false
	for _, r := range reports {
		fmt.Println(r.Line())
		for _, f := range r.Failures {
			fmt.Println(f)
		}
		failed = failed || len(r.Failures) > 0
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "conformance:", err)
		os.Exit(1)
	}
	if failed {
		os.Exit(1)
	}
}
