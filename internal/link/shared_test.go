package link

import (
	"github.com/probity-dev/probity/internal/sharedtest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// sharedDir returns the linkage benchmark sets beside the repository
// (see sharedtest).
func sharedDir(t testing.TB) string { return sharedtest.Dir(t, "linkage-data") }

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
