package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runCLI(t *testing.T, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var o, e bytes.Buffer
	err = Run(context.Background(), args, strings.NewReader(""), &o, &e)
	return o.String(), e.String(), err
}

func countLines(t *testing.T, path string) int {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return bytes.Count(b, []byte("\n"))
}

func TestGenPeopleLink(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	stdout, _, err := runCLI(t, "gen", "people", "--mode", "link", "--n", "300", "--seed", "9", "--out", dir, "--json")
	if err != nil {
		t.Fatal(err)
	}
	var rep struct {
		Mode  string
		Seed  uint64
		Files []struct {
			Path    string
			Records int64
		}
		Truth struct {
			Path  string
			Pairs int64 `json:"true_pairs"`
		}
		Entities   int64
		Corruption []struct {
			Kind     string
			Rate     float64
			Tried    int64
			Applied  int64
			Observed float64
		}
	}
	if err := json.Unmarshal([]byte(stdout), &rep); err != nil {
		t.Fatalf("%v\n%s", err, stdout)
	}
	if rep.Mode != "link" || rep.Seed != 9 || len(rep.Files) != 2 || rep.Truth.Pairs != 150 || rep.Entities != 450 {
		t.Errorf("summary %+v", rep)
	}
	for i, name := range []string{"a.csv", "b.csv"} {
		path := filepath.Join(dir, name)
		if rep.Files[i].Path != path || rep.Files[i].Records != 300 {
			t.Errorf("file %d: %+v", i, rep.Files[i])
		}
		if n := countLines(t, path); n != 301 {
			t.Errorf("%s: %d lines, want header + 300", name, n)
		}
	}
	if n := countLines(t, filepath.Join(dir, "truth.csv")); n != 151 {
		t.Errorf("truth.csv: %d lines", n)
	}
	if len(rep.Corruption) != 12 || rep.Corruption[0].Kind != "moved" {
		t.Errorf("corruption %+v", rep.Corruption)
	}
	left, _ := filepath.Glob(filepath.Join(dir, "*.tmp"))
	if len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}

	// Same flags, same bytes.
	dir2 := filepath.Join(t.TempDir(), "out2")
	if _, _, err := runCLI(t, "gen", "people", "--n", "300", "--seed", "9", "--out", dir2); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"a.csv", "b.csv", "truth.csv"} {
		a, _ := os.ReadFile(filepath.Join(dir, name))
		b, _ := os.ReadFile(filepath.Join(dir2, name))
		if !bytes.Equal(a, b) {
			t.Errorf("%s differs between two runs with --seed 9", name)
		}
	}
}

func TestGenPeopleDedupeText(t *testing.T) {
	dir := t.TempDir()
	stdout, _, err := runCLI(t, "gen", "people", "--mode", "dedupe", "--n", "200", "--dup-max", "4",
		"--dup-dist", "uniform", "--rates", "all=0,typo=1", "--date-format", "us", "--out", dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"records.csv", "truth.csv", "true pairs", "typo", "200 people"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("summary lacks %q:\n%s", want, stdout)
		}
	}
	b, err := os.ReadFile(filepath.Join(dir, "records.csv"))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	if !strings.HasPrefix(lines[0], "rec_id,entity_id,given_name") {
		t.Errorf("header %q", lines[0])
	}
	for _, l := range lines[1:] {
		if c := l[strings.LastIndexByte(l, ',')+1:]; c != "" && c != "typo" {
			t.Fatalf("corruption %q with only typos enabled", c)
		}
	}
}

func TestGenPeopleErrors(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"gen", "people"}, "--out DIR is required"},
		{[]string{"gen", "people", "--out", dir, "--mode", "merge"}, "mode"},
		{[]string{"gen", "people", "--out", dir, "--rates", "typo=2"}, "--rates"},
		{[]string{"gen", "people", "--out", dir, "--n", "0"}, "n must be"},
		{[]string{"gen", "people", "--out", dir, "--dup-dist", "normal"}, "distribution"},
		{[]string{"gen", "people", "--out", dir, "extra"}, "unexpected arguments"},
		{[]string{"gen", "people", "--bogus"}, "bogus"},
		{[]string{"gen"}, "needs a subcommand"},
	} {
		_, _, err := runCLI(t, tc.args...)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%v: error %v, want %q", tc.args, err, tc.want)
			continue
		}
		if code := ExitCode(err); code != 2 {
			t.Errorf("%v: exit code %d, want 2", tc.args, code)
		}
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("failed runs left files: %v", entries)
	}
}

func TestGenPeopleHelp(t *testing.T) {
	stdout, _, err := runCLI(t, "help", "gen", "people")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"--mode link", "probity gen people --mode dedupe", "entity_id and corruptions are ground truth", "-rates"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("help lacks %q", want)
		}
	}
}
