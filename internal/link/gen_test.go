package link

import (
	"bytes"
	"math/rand/v2"
	"testing"

	"github.com/probity-dev/probity/internal/gen"
)

// generatedLink generates a link of n records per file with probity gen
// people (seed 1, default corruption) and returns the data prepared for
// the people model and the truth.
func generatedLink(t testing.TB, n int64) (*Data, *Truth) {
	t.Helper()
	o := gen.DefaultOptions()
	o.Mode, o.N = gen.Link, n
	g, err := gen.New(o, rand.New(rand.NewPCG(1, 0)))
	if err != nil {
		t.Fatal(err)
	}
	var a, b, tr bytes.Buffer
	if _, err := g.WriteLink(&a, &b, &tr, nil); err != nil {
		t.Fatal(err)
	}
	ta, err := ReadCSV(&a, "a.csv", CSVOptions{IDColumn: "rec_id"})
	if err != nil {
		t.Fatal(err)
	}
	tb, err := ReadCSV(&b, "b.csv", CSVOptions{IDColumn: "rec_id"})
	if err != nil {
		t.Fatal(err)
	}
	tt, err := ReadCSV(&tr, "truth.csv", CSVOptions{})
	if err != nil {
		t.Fatal(err)
	}
	d, err := Prepare(readModelFile(t, "model_people.json"), ta, tb)
	if err != nil {
		t.Fatal(err)
	}
	var pairs [][2]string
	for i := 0; i < tt.Len(); i++ {
		pairs = append(pairs, [2]string{tt.Value(i, 0), tt.Value(i, 1)})
	}
	truth, err := TruthFromPairs(d, pairs)
	if err != nil {
		t.Fatal(err)
	}
	return d, truth
}

// TestAccuracyGenerated100k links 100,000 generated US-style records to
// 100,000 (50,000 true links) without labels.
func TestAccuracyGenerated100k(t *testing.T) {
	if testing.Short() {
		t.Skip("100k generated records: skipped in -short mode")
	}
	d, truth := generatedLink(t, 100_000)
	e, rep := trainScoreEval(t, d, truth, EvalOptions{Threshold: 0})
	for _, p := range rep.Passes {
		t.Logf("em %s: %d pairs, lambda %.4f, %d iterations", p.Rule, p.Pairs, p.Lambda, p.Iterations)
	}
	if e.Best.F1 < 0.99 {
		t.Errorf("generated 100k best F1 %.4f, want >= 0.99", e.Best.F1)
	}
}
