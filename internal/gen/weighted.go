package gen

import "math/rand/v2"

// alias samples an index with probability proportional to its weight in
// O(1) (Vose's alias method).
type alias struct {
	prob  []float64
	alias []int32
}

// newAlias builds a sampler over weights; weights must be non-negative with
// a positive sum.
func newAlias(weights []float64) *alias {
	n := len(weights)
	a := &alias{prob: make([]float64, n), alias: make([]int32, n)}
	var sum float64
	for _, w := range weights {
		sum += w
	}
	scaled := make([]float64, n)
	small := make([]int32, 0, n)
	large := make([]int32, 0, n)
	for i, w := range weights {
		scaled[i] = float64(w*float64(n)) / sum
		if scaled[i] < 1 {
			small = append(small, int32(i))
		} else {
			large = append(large, int32(i))
		}
	}
	for len(small) > 0 && len(large) > 0 {
		s, l := small[len(small)-1], large[len(large)-1]
		small = small[:len(small)-1]
		a.prob[s] = scaled[s]
		a.alias[s] = l
		scaled[l] -= 1 - scaled[s]
		if scaled[l] < 1 {
			large = large[:len(large)-1]
			small = append(small, l)
		}
	}
	for _, i := range large {
		a.prob[i] = 1
		a.alias[i] = i
	}
	for _, i := range small { // only by rounding error
		a.prob[i] = 1
		a.alias[i] = i
	}
	return a
}

func (a *alias) sample(r *rand.Rand) int {
	i := r.IntN(len(a.prob))
	if r.Float64() < a.prob[i] {
		return i
	}
	return int(a.alias[i])
}
