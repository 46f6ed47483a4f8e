package link

import (
	"math"
	"slices"
)

// pattern is a distinct comparison vector and the number of pairs that
// have it. EM runs on patterns, not pairs: a few hundred patterns stand
// for millions of pairs.
type pattern struct {
	v uint64
	n float64
}

// emState holds the parameters EM updates: m per comparison and level,
// and λ, the share of matches among the pairs.
type emState struct {
	m      [][]float64
	lambda float64
}

// emProblem is what EM is fitted to.
type emProblem struct {
	pats   []pattern
	levels []int       // number of levels per comparison, null included
	active []bool      // comparisons whose m is estimated (others are ignored)
	u      [][]float64 // fixed u per comparison and level
}

// emStep does one expectation–maximisation step and returns the new
// state. For each pattern p with count n the E step computes the
// probability that its pairs match,
//
//	q = λ·Πm / (λ·Πm + (1−λ)·Πu)
//
// over the active comparisons whose level is not null; the M step sets
// m[c][l] to the q-weighted share of pairs at level l among those where c
// is not null, and λ to the q-weighted share of all pairs. u stays fixed.
// testdata/em_known_answer.md works one step through by hand.
func emStep(p *emProblem, s emState) emState {
	lr := make([][]float64, len(p.levels)) // log(m/u)
	for c := range p.levels {
		lr[c] = make([]float64, p.levels[c])
		if !p.active[c] {
			continue
		}
		for l := 1; l < p.levels[c]; l++ {
			lr[c][l] = math.Log(math.Max(s.m[c][l], 1e-300)) - math.Log(math.Max(p.u[c][l], 1e-300))
		}
	}
	num := make([][]float64, len(p.levels))
	for c := range num {
		num[c] = make([]float64, p.levels[c])
	}
	prior := math.Log(s.lambda) - math.Log1p(-s.lambda)
	var total, matched float64
	for _, pt := range p.pats {
		x := prior
		for c := range p.levels {
			x += lr[c][int(pt.v>>(levelBits*c))&levelMask]
		}
		q := 1 / (1 + math.Exp(-x))
		w := pt.n * q
		total += pt.n
		matched += w
		for c := range p.levels {
			num[c][int(pt.v>>(levelBits*c))&levelMask] += w
		}
	}
	next := emState{m: make([][]float64, len(p.levels)), lambda: matched / total}
	for c := range p.levels {
		next.m[c] = slices.Clone(s.m[c])
		if !p.active[c] {
			continue
		}
		var den float64
		for l := 1; l < p.levels[c]; l++ {
			den += num[c][l]
		}
		if den == 0 {
			continue
		}
		for l := 1; l < p.levels[c]; l++ {
			next.m[c][l] = num[c][l] / den
		}
	}
	return next
}

// runEM iterates emStep until no m or λ moves by more than tol, or for
// maxIter steps. It reports the steps taken and whether it converged.
func runEM(p *emProblem, s emState, maxIter int, tol float64) (emState, int, bool) {
	for it := 1; it <= maxIter; it++ {
		next := emStep(p, s)
		d := math.Abs(next.lambda - s.lambda)
		for c := range next.m {
			for l := range next.m[c] {
				d = math.Max(d, math.Abs(next.m[c][l]-s.m[c][l]))
			}
		}
		s = next
		if d <= tol {
			return s, it, true
		}
	}
	return s, maxIter, false
}

// fitLambda estimates λ alone over the patterns, with m and u fixed.
func fitLambda(p *emProblem, m [][]float64, lambda float64, maxIter int, tol float64) float64 {
	fixed := *p
	fixed.active = make([]bool, len(p.levels))
	for c := range fixed.active {
		fixed.active[c] = true
	}
	s := emState{m: m, lambda: lambda}
	for it := 0; it < maxIter; it++ {
		next := emStep(&fixed, s)
		d := math.Abs(next.lambda - s.lambda)
		s.lambda = next.lambda // keep m fixed
		if d <= tol*s.lambda {
			break
		}
	}
	return s.lambda
}
