package report

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// golden compares got with testdata/name, or rewrites the file with
// -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./internal/report -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (run with -update if the change is intended):\n%s", name, firstDiff(want, got))
	}
}

// firstDiff describes the first line where want and got differ.
func firstDiff(want, got []byte) string {
	wl := strings.Split(string(want), "\n")
	gl := strings.Split(string(got), "\n")
	for i := 0; i < max(len(wl), len(gl)); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return fmt.Sprintf("line %d:\n  want: %q\n  got:  %q", i+1, w, g)
		}
	}
	return "(lengths differ)"
}

func TestGolden(t *testing.T) {
	tests := []struct {
		name   string
		render func(*bytes.Buffer, *Report) error
	}{
		{"report.txt", func(b *bytes.Buffer, r *Report) error { return Text(b, r, TextOptions{}) }},
		{"report-w72-limit3.txt", func(b *bytes.Buffer, r *Report) error { return Text(b, r, TextOptions{Width: 72, Limit: 3}) }},
		{"report-color.txt", func(b *bytes.Buffer, r *Report) error { return Text(b, r, TextOptions{Color: true}) }},
		{"report.json", func(b *bytes.Buffer, r *Report) error { return JSON(b, r) }},
		{"report.csv", func(b *bytes.Buffer, r *Report) error { return CSV(b, r) }},
		{"report.html", func(b *bytes.Buffer, r *Report) error { return HTML(b, r) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := tt.render(&b, fixtureReport()); err != nil {
				t.Fatal(err)
			}
			golden(t, tt.name, b.Bytes())
		})
	}
}

// TestDeterministic renders each format twice from separately built
// reports and expects the same bytes.
func TestDeterministic(t *testing.T) {
	for _, f := range Formats {
		var a, b bytes.Buffer
		if err := Render(&a, fixtureReport(), f, TextOptions{}); err != nil {
			t.Fatal(err)
		}
		if err := Render(&b, fixtureReport(), f, TextOptions{}); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a.Bytes(), b.Bytes()) {
			t.Errorf("%s: two renderings differ", f)
		}
	}
}
