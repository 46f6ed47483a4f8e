package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"github.com/probity-dev/probity/internal/sharedtest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/probity-dev/probity/internal/spend"
)

func runLinkCLI(t *testing.T, args ...string) (string, string, error) {
	t.Helper()
	var out, errb bytes.Buffer
	err := Run(context.Background(), args, strings.NewReader(""), &out, &errb)
	return out.String(), errb.String(), err
}

// linkFixture writes two small files of people (the same 60 people, the
// second copy with typos) and a model, and returns their paths.
func linkFixture(t *testing.T) (dir, a, b, model string) {
	t.Helper()
	dir = t.TempDir()
	given := []string{"anna", "bruno", "carla", "dmitri", "eva", "farid", "gina", "hugo", "irene", "jonas"}
	sur := []string{"smith", "novak", "garcia", "okafor", "larsen", "chen"}
	var fa, fb strings.Builder
	fa.WriteString("rec_id,given,surname,dob,city\n")
	fb.WriteString("rec_id,given,surname,dob,city\n")
	for i := 0; i < 60; i++ {
		g, s := given[i%10], sur[i/10]
		dob := "19" + string(rune('5'+i%4)) + string(rune('0'+i%10)) + "-0" + string(rune('1'+i%9)) + "-1" + string(rune('0'+i%7))
		city := []string{"york", "leeds", "bath"}[i%3]
		fa.WriteString("rec-" + itoa(i) + "-org," + g + "," + s + "," + dob + "," + city + "\n")
		if i%5 == 0 { // a typo in the surname
			s = s[:1] + s[2:3] + s[1:2] + s[3:]
		}
		if i%7 == 0 {
			city = ""
		}
		fb.WriteString("rec-" + itoa(i) + "-dup-0," + g + "," + s + "," + dob + "," + city + "\n")
	}
	a, b = filepath.Join(dir, "a.csv"), filepath.Join(dir, "b.csv")
	model = filepath.Join(dir, "model.json")
	for p, s := range map[string]string{a: fa.String(), b: fb.String(), model: `{
		"link_type": "link", "id_column": "rec_id",
		"comparisons": [
			{"field": "given", "template": "name"},
			{"field": "surname", "template": "name", "tf": {"weight": 1}},
			{"field": "dob", "template": "dob"},
			{"field": "city", "template": "exact"}],
		"blocking": [{"on": ["given"]}, {"on": ["dob"]}],
		"training": {"seed": 3, "u_pairs": 2000, "em_blocking": [{"on": ["dob"]}, {"on": ["given", "city"]}]}}`} {
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir, a, b, model
}

func itoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}

func TestLinkTrainAndLink(t *testing.T) {
	dir, a, b, model := linkFixture(t)
	saved := filepath.Join(dir, "trained.json")
	pairs := filepath.Join(dir, "pairs.csv")
	clusters := filepath.Join(dir, "clusters.jsonl")
	out, stderr, err := runLinkCLI(t, "link", "--model", model, "--save-model", saved, "--pairs", pairs, "--clusters", clusters, "--json", a, b)
	if err != nil {
		t.Fatalf("link: %v\n%s", err, stderr)
	}
	if !strings.Contains(stderr, "link: train: em dob") || !strings.Contains(stderr, "scored pairs of 60/60 records") {
		t.Errorf("progress on stderr:\n%s", stderr)
	}
	var sum linkSummary
	if err := json.Unmarshal([]byte(out), &sum); err != nil {
		t.Fatalf("summary: %v\n%s", err, out)
	}
	if sum.Records != [2]int{60, 60} || sum.Candidates == 0 || sum.Training == nil {
		t.Errorf("summary %+v", sum)
	}
	body, err := os.ReadFile(pairs)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(body)), "\n")
	if lines[0] != "id_a,id_b,match_weight,match_probability,rule,gamma_given,gamma_surname,gamma_dob,gamma_city" {
		t.Errorf("pairs header %q", lines[0])
	}
	// Every person is in both files once: the links found should be the
	// true ones, nearly all of them.
	right := 0
	for _, l := range lines[1:] {
		f := strings.Split(l, ",")
		if strings.TrimSuffix(f[0], "-org") == strings.TrimSuffix(f[1], "-dup-0") {
			right++
		}
	}
	if right < 55 || right != len(lines)-1 {
		t.Errorf("%d of %d linked pairs are true (want >= 55, all)", right, len(lines)-1)
	}
	cl, _ := os.ReadFile(clusters)
	if n := strings.Count(string(cl), "\n"); n != 120 {
		t.Errorf("clusters: %d lines, want 120", n)
	}
	// The saved model is trained: linking with it does not train again.
	_, stderr, err = runLinkCLI(t, "link", "--model", saved, "--pairs", pairs, a, b)
	if err != nil || strings.Contains(stderr, "training") {
		t.Errorf("with the trained model: %v\n%s", err, stderr)
	}
	// Explain one pair.
	out, _, err = runLinkCLI(t, "link", "--model", saved, "--explain", "rec-5-org,rec-5-dup-0", a, b)
	if err != nil || !strings.Contains(out, "rec-5-org | rec-5-dup-0: match weight") || !strings.Contains(out, "surname") {
		t.Errorf("explain: %v\n%s", err, out)
	}
	_, _, err = runLinkCLI(t, "link", "--model", saved, "--explain", "rec-5-org,nobody", a, b)
	if spend.KindOf(err) != spend.NotFound {
		t.Errorf("explain unknown id: %v", err)
	}
}

func TestLinkEval(t *testing.T) {
	dir, a, b, model := linkFixture(t)
	out, stderr, err := runLinkCLI(t, "link", "eval", "--model", model, "--truth-id-pattern", `^rec-(\d+)-`, "--json", a, b)
	if err != nil {
		t.Fatalf("eval: %v\n%s", err, stderr)
	}
	var rep evalReport
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if rep.TruePairs != 60 || rep.Best.F1 < 0.9 || rep.BlockingRecall < 0.9 {
		t.Errorf("eval %+v", rep.Evaluation)
	}
	// The same truth as a file of id pairs gives the same numbers.
	var tf strings.Builder
	tf.WriteString("a,b\n")
	for i := 0; i < 60; i++ {
		tf.WriteString("rec-" + itoa(i) + "-org,rec-" + itoa(i) + "-dup-0\n")
	}
	truth := filepath.Join(dir, "truth.csv")
	os.WriteFile(truth, []byte(tf.String()), 0o644)
	out2, _, err := runLinkCLI(t, "link", "eval", "--model", model, "--truth", truth, "--json", a, b)
	if err != nil {
		t.Fatal(err)
	}
	var rep2 evalReport
	json.Unmarshal([]byte(out2), &rep2)
	if rep2.Best != rep.Best || rep2.AtThreshold != rep.AtThreshold {
		t.Errorf("truth file %+v, id pattern %+v", rep2.Best, rep.Best)
	}
	out, _, err = runLinkCLI(t, "link", "eval", "--model", model, "--truth", truth, a, b)
	if err != nil || !strings.Contains(out, "at precision >= 0.999") || !strings.Contains(out, "blocking recall") {
		t.Errorf("text eval: %v\n%s", err, out)
	}
}

func TestLinkErrors(t *testing.T) {
	_, a, b, model := linkFixture(t)
	for _, tc := range []struct {
		name string
		args []string
		kind spend.ErrorKind
	}{
		{"no model", []string{"link", a, b}, spend.Invalid},
		{"missing model", []string{"link", "--model", "/nonexistent.json", a, b}, spend.NotFound},
		{"one file for a link", []string{"link", "--model", model, a}, spend.Invalid},
		{"bad threshold", []string{"link", "--model", model, "--threshold", "1.5", a, b}, spend.Invalid},
		{"missing input", []string{"link", "--model", model, a, "/nonexistent.csv"}, spend.NotFound},
		{"eval without truth", []string{"link", "eval", "--model", model, a, b}, spend.Invalid},
		{"eval bad pattern", []string{"link", "eval", "--model", model, "--truth-id-pattern", "rec", a, b}, spend.Invalid},
		{"one-to-one dedupe", []string{"link", "--model", "../link/testdata/model_fake_1000.json", "--one-to-one", a}, spend.Invalid},
		{"missing parquet", []string{"link", "--model", model, a, "x.parquet"}, spend.NotFound},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, _, err := runLinkCLI(t, tc.args...)
			if err == nil || spend.KindOf(err) != tc.kind {
				t.Errorf("error %v (kind %s), want kind %s", err, spend.KindOf(err), tc.kind)
			}
		})
	}
}

func TestLinkHelp(t *testing.T) {
	for _, args := range [][]string{{"help", "link"}, {"help", "link", "eval"}} {
		out, _, err := runLinkCLI(t, args...)
		if err != nil || !strings.Contains(out, "--model") || !strings.Contains(out, "Usage: probity link") {
			t.Errorf("%v: %v\n%s", args, err, out)
		}
	}
}

// linkSharedData returns ../shared/linkage-data next to the repository,
// failing loudly when it is missing (CI checks it out there).
func linkSharedData(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs(sharedtest.Dir(t, "linkage-data"))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestLinkEvalParquet de-duplicates Splink's historical_figures_with_errors_50k
// (Parquet, read through DuckDB) and keeps its accuracy from regressing.
func TestLinkEvalParquet(t *testing.T) {
	if testing.Short() {
		t.Skip("50k records: skipped in -short mode")
	}
	data := filepath.Join(linkSharedData(t), "splink", "historical_figures_with_errors_50k.parquet")
	out, stderr, err := runLinkCLI(t, "link", "eval", "--model", "../link/testdata/model_historical_50k.json",
		"--truth-column", "cluster", "--json", data)
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	var rep evalReport
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	t.Logf("records %d, true pairs %d, blocking recall %.4f, best F1 %.4f, recall at P>=0.999 %.4f",
		rep.Records[0], rep.TruePairs, rep.BlockingRecall, rep.Best.F1, rep.HighPrecision.Recall)
	if rep.Records[0] != 50578 || rep.TruePairs != 303961 {
		t.Errorf("read %d records, %d true pairs; want 50578 and 303961", rep.Records[0], rep.TruePairs)
	}
	if rep.Best.F1 < 0.85 {
		t.Errorf("best F1 %.4f, want >= 0.85", rep.Best.F1)
	}
}
