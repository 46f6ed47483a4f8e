// Package sharedtest finds, for tests and benchmarks, the data that sits
// beside the repository (the "shared" directory): the real 2025 DOGE snapshots and the
// record-linkage benchmark sets. Product code never needs it.
package sharedtest

import (
	"os"
	"path/filepath"
	"testing"
)

// Dir returns the shared data directory: $PROBITY_SHARED if set, else
// "shared" beside the repository root (the directory holding go.mod). A
// test that needs it and does not find it fails, naming where it looked;
// under -short it is skipped instead, so that 'go test -short ./...' runs
// the rest on a machine without the data. CI runs without -short.
func Dir(t testing.TB, sub ...string) string {
	t.Helper()
	dir := os.Getenv("PROBITY_SHARED")
	if dir == "" {
		root, err := repoRoot()
		if err != nil {
			t.Fatalf("find the repository root: %v", err)
		}
		dir = filepath.Join(root, "..", "shared")
	}
	dir = filepath.Join(append([]string{dir}, sub...)...)
	if _, err := os.Stat(dir); err != nil {
		if testing.Short() {
			t.Skipf("needs the shared data at %s (absent; skipped under -short)", dir)
		}
		t.Fatalf("this test reads the shared data at %s, which is missing: put the shared directory beside the repository, set PROBITY_SHARED, or run with -short to skip it: %v", dir, err)
	}
	return dir
}

func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", os.ErrNotExist
		}
		dir = parent
	}
}
