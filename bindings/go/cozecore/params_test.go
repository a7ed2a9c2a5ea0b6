package cozecore_test

import (
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// vetProgram type-checks one of the programs under testdata/params.
func vetProgram(t *testing.T, name string) (string, error) {
	t.Helper()
	goTool, err := exec.LookPath("go")
	if err != nil {
		goTool = filepath.Join(runtime.GOROOT(), "bin", "go")
	}
	out, err := exec.Command(goTool, "vet", "./"+filepath.Join("testdata", "params", name)).CombinedOutput()
	return string(out), err
}

// A parameter name the operation does not have is a compile error: the
// params structs hold exactly the operation's parameters.
func TestUnknownParameterNameDoesNotCompile(t *testing.T) {
	if out, err := vetProgram(t, "known"); err != nil {
		t.Fatalf("the program with known names does not compile: %v\n%s", err, out)
	}
	out, err := vetProgram(t, "unknown")
	if err == nil || !strings.Contains(out, "unknown field BotID") {
		t.Fatalf("a misnamed parameter compiled (%v):\n%s", err, out)
	}
}
