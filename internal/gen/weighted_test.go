package gen

import (
	"math"
	"math/rand/v2"
	"testing"
)

func TestAliasFrequencies(t *testing.T) {
	for _, w := range [][]float64{
		{1},
		{1, 1},
		{1, 0, 3},
		{10866, 10131, 9898, 9190, 8926, 1, 0.5},
		{0.001, 1000},
	} {
		a := newAlias(w)
		r := rand.New(rand.NewPCG(7, 8))
		const draws = 200_000
		counts := make([]int, len(w))
		for range draws {
			counts[a.sample(r)]++
		}
		var sum float64
		for _, x := range w {
			sum += x
		}
		for i, x := range w {
			p := x / sum
			want := p * draws
			sd := math.Sqrt(draws * p * (1 - p))
			if math.Abs(float64(counts[i])-want) > 5*sd+1 {
				t.Errorf("weights %v: index %d drawn %d times, want %.0f ± %.0f", w, i, counts[i], want, 5*sd)
			}
		}
	}
}
