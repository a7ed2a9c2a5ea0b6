package bridge

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// root is the repository's root, where core/ is (the include path of cgo.go).
const root = "../../../.."

// coreSources are the sources of the cozecore library in core/CMakeLists.txt.
func coreSources(t *testing.T) []string {
	t.Helper()
	text, err := os.ReadFile(filepath.Join(root, "core", "CMakeLists.txt"))
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?s)add_library\(cozecore STATIC(.*?)\)`).FindSubmatch(text)
	if m == nil {
		t.Fatal("no add_library(cozecore STATIC ...) in core/CMakeLists.txt")
	}
	var out []string
	for _, f := range strings.Fields(string(m[1])) {
		if strings.HasSuffix(f, ".cpp") {
			out = append(out, f)
		}
	}
	if len(out) == 0 {
		t.Fatal("no sources in add_library(cozecore ...)")
	}
	return out
}

// unityIncludes are the files the unity files core_*.cpp include, each
// with the unity file that includes it.
func unityIncludes(t *testing.T) map[string][]string {
	t.Helper()
	files, err := filepath.Glob("core_*.cpp")
	if err != nil || len(files) == 0 {
		t.Fatalf("no core_*.cpp (%v)", err)
	}
	out := map[string][]string{}
	re := regexp.MustCompile(`(?m)^#include "([^"]+)"`)
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range re.FindAllStringSubmatch(string(text), -1) {
			out[m[1]] = append(out[m[1]], f)
		}
	}
	return out
}

// The unity files compile the core's sources exactly as CMake does: each
// source of the library once, nothing else.
func TestUnityFilesIncludeEveryCoreSourceOnce(t *testing.T) {
	want := coreSources(t)
	got := unityIncludes(t)
	for _, src := range want {
		switch in := got[src]; len(in) {
		case 0:
			t.Errorf("core/%s (core/CMakeLists.txt) is in no unity file: add `#include %q` to internal/bridge/core_runtime.cpp (or core_api.cpp for core/api/)", src, src)
		case 1:
		default:
			t.Errorf("core/%s is included %d times (%v)", src, len(in), in)
		}
	}
	for inc, in := range got {
		if !slices.Contains(want, inc) {
			t.Errorf("%v includes %q, which is not a source of the cozecore library in core/CMakeLists.txt", in, inc)
		}
	}
}

// The version the unity build defines is the project's, and the core
// compiled by cgo reports it.
func TestUnityBuildVersion(t *testing.T) {
	text, err := os.ReadFile(filepath.Join(root, "CMakeLists.txt"))
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`project\(cozecore VERSION ([0-9.]+)`).FindSubmatch(text)
	if m == nil {
		t.Fatal("no project(cozecore VERSION ...) in CMakeLists.txt")
	}
	if got := Version(); got != string(m[1]) {
		t.Fatalf("core version %q (COZE_VERSION in core_runtime.cpp), project version %q", got, m[1])
	}
}
