package link

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestEMKnownAnswer checks one EM step against the hand calculation in
// testdata/em_known_answer.md.
func TestEMKnownAnswer(t *testing.T) {
	vec := func(a, b int) uint64 { return uint64(a) | uint64(b)<<levelBits }
	p := &emProblem{
		pats: []pattern{
			{vec(1, 1), 30}, {vec(1, 2), 10}, {vec(2, 1), 10}, {vec(2, 2), 50}, {vec(0, 1), 4},
		},
		levels: []int{3, 3},
		active: []bool{true, true},
		u:      [][]float64{{0, 0.1, 0.9}, {0, 0.2, 0.8}},
	}
	s := emStep(p, emState{m: [][]float64{{0, 0.9, 0.1}, {0, 0.9, 0.1}}, lambda: 0.5})
	sum := 2430.0/83 + 90.0/17 + 10.0/3 + 50.0/73 + 36.0/11
	for _, c := range []struct {
		name      string
		got, want float64
	}{
		{"lambda", s.lambda, sum / 104},
		{"lambda (decimal)", s.lambda, 0.402521328785},
		{"mA agree", s.m[0][1], (2430.0/83 + 90.0/17) / (2430.0/83 + 90.0/17 + 10.0/3 + 50.0/73)},
		{"mA agree (decimal)", s.m[0][1], 0.895871525012},
		{"mA disagree", s.m[0][2], 0.104128474988},
		{"mB agree", s.m[1][1], (2430.0/83 + 10.0/3 + 36.0/11) / sum},
		{"mB agree (decimal)", s.m[1][1], 0.857173140557},
		{"mB disagree", s.m[1][2], 0.142826859443},
	} {
		if math.Abs(c.got-c.want) > 1e-11 {
			t.Errorf("%s = %.12f, want %.12f", c.name, c.got, c.want)
		}
	}
}

// TestEMInactive checks that a comparison left out of a pass keeps its m
// and does not sway the posterior.
func TestEMInactive(t *testing.T) {
	vec := func(a, b int) uint64 { return uint64(a) | uint64(b)<<levelBits }
	p := &emProblem{
		pats:   []pattern{{vec(1, 1), 30}, {vec(1, 2), 10}, {vec(2, 1), 10}, {vec(2, 2), 50}},
		levels: []int{3, 3},
		active: []bool{true, false},
		u:      [][]float64{{0, 0.1, 0.9}, {0, 0.2, 0.8}},
	}
	start := emState{m: [][]float64{{0, 0.9, 0.1}, {0, 0.7, 0.3}}, lambda: 0.5}
	s := emStep(p, start)
	if s.m[1][1] != 0.7 || s.m[1][2] != 0.3 {
		t.Errorf("inactive m changed: %v", s.m[1])
	}
	// Only A counts: q(agree) = 9/10, q(disagree) = (1/9)/(10/9) = 1/10.
	want := (40*0.9 + 60*0.1) / 100
	if math.Abs(s.lambda-want) > 1e-12 {
		t.Errorf("lambda %.12f, want %.12f", s.lambda, want)
	}
}

// TestEMRecovers draws comparison vectors from a known model and checks
// that EM, given the true u, recovers m and λ.
func TestEMRecovers(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	levels := []int{4, 3, 5}
	m := [][]float64{{0, 0.85, 0.10, 0.05}, {0, 0.9, 0.1}, {0, 0.6, 0.2, 0.1, 0.1}}
	u := [][]float64{{0, 0.01, 0.04, 0.95}, {0, 0.05, 0.95}, {0, 0.001, 0.009, 0.09, 0.9}}
	const lambda = 0.2
	const n = 200_000
	draw := func(ps []float64) int {
		x := rng.Float64()
		for l := 1; l < len(ps); l++ {
			if x -= ps[l]; x < 0 {
				return l
			}
		}
		return len(ps) - 1
	}
	counts := map[uint64]float64{}
	for i := 0; i < n; i++ {
		src := u
		if rng.Float64() < lambda {
			src = m
		}
		var v uint64
		for c := range levels {
			v |= uint64(draw(src[c])) << (levelBits * c)
		}
		counts[v]++
	}
	p := &emProblem{levels: levels, active: []bool{true, true, true}, u: u}
	for v, k := range counts {
		p.pats = append(p.pats, pattern{v, k})
	}
	start := emState{lambda: 0.5, m: [][]float64{{0, 0.4, 0.3, 0.3}, {0, 0.5, 0.5}, {0, 0.25, 0.25, 0.25, 0.25}}}
	s, it, ok := runEM(p, start, 500, 1e-9)
	if !ok {
		t.Fatalf("EM did not converge in %d iterations", it)
	}
	if math.Abs(s.lambda-lambda) > 0.01 {
		t.Errorf("lambda %.4f, want %.2f", s.lambda, lambda)
	}
	for c := range m {
		for l := 1; l < levels[c]; l++ {
			if math.Abs(s.m[c][l]-m[c][l]) > 0.02 {
				t.Errorf("m[%d][%d] = %.4f, want %.2f", c, l, s.m[c][l], m[c][l])
			}
		}
	}
}

func TestSmoothShares(t *testing.T) {
	// Three levels, 10 observations: (share·10 + 0.5) / (10 + 1.5).
	got := smoothShares([]float64{0, 0.7, 0.3, 0}, 10)
	want := []float64{0, 7.5 / 11.5, 3.5 / 11.5, 0.5 / 11.5}
	for l := range want {
		if math.Abs(got[l]-want[l]) > 1e-12 {
			t.Errorf("level %d: %.6f, want %.6f", l, got[l], want[l])
		}
	}
}
