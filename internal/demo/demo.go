// Package demo holds the real 2025 DOGE snapshots that 'probity demo' runs
// on, embedded in the binary so that the demo needs nothing beside it.
// See data/README.md for where each file came from and its licence.
package demo

import (
	"embed"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
)

//go:embed data
var data embed.FS

// Files lists the data files (not licences or READMEs) in ingest order:
// by snapshot date, then name.
func Files() []string {
	var out []string
	fs.WalkDir(data, "data", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && (strings.HasSuffix(p, ".csv") || strings.HasSuffix(p, ".json")) {
			out = append(out, p)
		}
		return nil
	})
	sort.Slice(out, func(i, j int) bool {
		di, dj := dateIn(out[i]), dateIn(out[j])
		if di != dj {
			return di < dj
		}
		return out[i] < out[j]
	})
	return out
}

func dateIn(p string) string {
	b := path.Base(p)
	for i := 0; i+10 <= len(b); i++ {
		if b[i] >= '0' && b[i] <= '9' && b[i+4] == '-' && b[i+7] == '-' {
			return b[i : i+10]
		}
	}
	return ""
}

// Extract writes every embedded file, licences included, under dir,
// keeping the folder structure, and returns dir's path for each data file
// in Files order.
func Extract(dir string) ([]string, error) {
	err := fs.WalkDir(data, "data", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		dst := filepath.Join(dir, filepath.FromSlash(strings.TrimPrefix(p, "data")))
		if d.IsDir() {
			return os.MkdirAll(dst, 0o755)
		}
		b, err := data.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(dst, b, 0o644)
	})
	if err != nil {
		return nil, err
	}
	var out []string
	for _, f := range Files() {
		out = append(out, filepath.Join(dir, filepath.FromSlash(strings.TrimPrefix(f, "data/"))))
	}
	return out, nil
}
