package cli

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// TestDemo runs the README's first command end to end through Run, in a
// temporary directory, on the real snapshots embedded in the binary.
func TestDemo(t *testing.T) {
	dir := t.TempDir()
	var out, errb bytes.Buffer
	env := &Env{Stdout: &out, Stderr: &errb, Getenv: func(string) string { return "" },
		Now: func() time.Time { return time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC) }}
	if err := runEnv(context.Background(), env, []string{"demo", "--dir", dir}); err != nil {
		t.Fatalf("demo: %v\n%s", err, errb.String())
	}
	got := out.String()
	for _, want := range []string{
		"contracts_2025-02-18.csv",
		"fpds-joined-contracts-api",
		"leases_2025-06-04.json",
		"From contract 2025-03-11 to contract 2025-04-04",
		"Claimed",
		"Verifiable",
		"BY FINDING",
		"Ceiling counted",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("demo output lacks %q", want)
		}
	}
	// The headline's verifiable share is a real figure, not zero or all.
	m := regexp.MustCompile(`Verifiable +\$[0-9,.]+ +([0-9.]+)% of the claimed total`).FindStringSubmatch(got)
	if m == nil || m[1] == "0.0" || m[1] == "100.0" {
		t.Errorf("headline share = %v", m)
	}
	info, err := os.Stat(filepath.Join(dir, "report.html"))
	if err != nil {
		t.Fatal(err)
	}
	if info.Size() < 100_000 {
		t.Errorf("report.html is only %d bytes", info.Size())
	}
	page, _ := os.ReadFile(filepath.Join(dir, "report.html"))
	for _, want := range []string{"<svg", "70CMSD22A00000008", "LICENSE"} {
		if want == "LICENSE" {
			if _, err := os.Stat(filepath.Join(dir, "data", "m-nolan", "LICENSE.m-nolan-MIT.txt")); err != nil {
				t.Errorf("demo data written without its licence: %v", err)
			}
			continue
		}
		if !bytes.Contains(page, []byte(want)) {
			t.Errorf("report.html lacks %q", want)
		}
	}
	// Running it again starts afresh rather than finding duplicates.
	out.Reset()
	if err := runEnv(context.Background(), env, []string{"demo", "--dir", dir}); err != nil {
		t.Fatalf("second demo: %v", err)
	}
	if strings.Contains(out.String(), "already ingested") {
		t.Error("second demo run found the first run's sources")
	}
}
