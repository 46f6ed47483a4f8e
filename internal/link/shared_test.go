package link

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// sharedDir returns ../shared next to the repository root, failing the
// test loudly when it is missing: CI checks the repository out next to it.
func sharedDir(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("cannot find the repository root (go.mod) above the test directory")
		}
		dir = parent
	}
	shared := filepath.Join(dir, "..", "shared", "linkage-data")
	if _, err := os.Stat(shared); err != nil {
		t.Fatalf("benchmark data missing: %s must exist (check out /work/shared next to the repository): %v", shared, err)
	}
	return shared
}

// readCSV reads a data file below ../shared/linkage-data.
func readCSV(t testing.TB, rel string, opt CSVOptions) *Table {
	t.Helper()
	path := filepath.Join(sharedDir(t), rel)
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	tb, err := ReadCSV(f, filepath.Base(path), opt)
	if err != nil {
		t.Fatal(err)
	}
	return tb
}

// readModelFile reads a model from testdata.
func readModelFile(t testing.TB, name string) *Model {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	m, err := ReadModel(f)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// febrlEntity is the entity of a FEBRL record id: "rec-12-dup-0" -> "12".
func febrlEntity(id string) string {
	parts := strings.Split(id, "-")
	if len(parts) < 2 {
		return ""
	}
	return parts[1]
}
