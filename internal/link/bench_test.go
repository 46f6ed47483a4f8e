package link

import (
	"context"
	"math"
	"math/rand/v2"
	"testing"
	"time"
)

// febrl4Scorer trains the FEBRL4 model (six comparisons: given name,
// surname, date of birth, SSN, street number, postcode) and returns its
// scorer with the candidate pairs of its blocking rules.
func febrl4Scorer(b *testing.B) (*Scorer, []Pair) {
	b.Helper()
	ta := readCSV(b, "febrl/dataset4a.csv", CSVOptions{IDColumn: "rec_id"})
	tb := readCSV(b, "febrl/dataset4b.csv", CSVOptions{IDColumn: "rec_id"})
	m := readModelFile(b, "model_febrl4.json")
	d, err := Prepare(m, ta, tb)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := Train(context.Background(), d, TrainOptions{Rand: rand.New(rand.NewPCG(1, 0))}); err != nil {
		b.Fatal(err)
	}
	s, err := NewScorer(d)
	if err != nil {
		b.Fatal(err)
	}
	var pairs []Pair
	if _, err := s.Score(context.Background(), ScoreOptions{MinWeight: math.Inf(-1)}, func(ps []Pair) error {
		pairs = append(pairs, ps...)
		return nil
	}); err != nil {
		b.Fatal(err)
	}
	return s, pairs
}

// BenchmarkScorePairs scores the 31,956 blocked FEBRL4 pairs with the
// six-comparison model: level per comparison, weight lookup, TF
// adjustments. Run with -cpu=1 for pairs per second per core.
func BenchmarkScorePairs(b *testing.B) {
	s, pairs := febrl4Scorer(b)
	b.ResetTimer()
	start := time.Now()
	var sink float64
	n := 0
	for b.Loop() {
		for _, p := range pairs {
			w, _ := s.score(p.A, p.B)
			sink += w
		}
		n += len(pairs)
	}
	b.ReportMetric(float64(n)/time.Since(start).Seconds(), "pairs/s")
	b.ReportMetric(float64(time.Since(start).Nanoseconds())/float64(n), "ns/pair")
	if math.IsNaN(sink) {
		b.Fatal("NaN weight")
	}
}

// BenchmarkBlockAndScore runs Score end to end on FEBRL4: candidate
// generation from the seven blocking rules, de-duplication, scoring, and
// ordered output, with GOMAXPROCS workers.
func BenchmarkBlockAndScore(b *testing.B) {
	s, _ := febrl4Scorer(b)
	b.ResetTimer()
	start := time.Now()
	var n int64
	for b.Loop() {
		st, err := s.Score(context.Background(), ScoreOptions{MinWeight: math.Inf(-1)}, func([]Pair) error { return nil })
		if err != nil {
			b.Fatal(err)
		}
		n += st.Candidates
	}
	b.ReportMetric(float64(n)/time.Since(start).Seconds(), "pairs/s")
}

// BenchmarkScorePairsPeople scores the blocked pairs of a generated
// 100k x 100k link with the ten-comparison people model. The tables no
// longer fit in cache, so this measures scoring when records are fetched
// from memory.
func BenchmarkScorePairsPeople(b *testing.B) {
	d, _ := generatedLink(b, 100_000)
	if _, err := Train(context.Background(), d, TrainOptions{Rand: rand.New(rand.NewPCG(1, 0))}); err != nil {
		b.Fatal(err)
	}
	s, err := NewScorer(d)
	if err != nil {
		b.Fatal(err)
	}
	var pairs []Pair
	if _, err := s.Score(context.Background(), ScoreOptions{MinWeight: math.Inf(-1)}, func(ps []Pair) error {
		pairs = append(pairs, ps...)
		return nil
	}); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	start := time.Now()
	var sink float64
	n := 0
	for b.Loop() {
		for _, p := range pairs {
			w, _ := s.score(p.A, p.B)
			sink += w
		}
		n += len(pairs)
	}
	b.ReportMetric(float64(n)/time.Since(start).Seconds(), "pairs/s")
	b.ReportMetric(float64(time.Since(start).Nanoseconds())/float64(n), "ns/pair")
	if math.IsNaN(sink) {
		b.Fatal("NaN weight")
	}
}
