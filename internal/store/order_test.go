package store

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestSortByKey checks sortByKey against slices.Sort on shuffled,
// block-shuffled, sorted and reversed inputs.
func TestSortByKey(t *testing.T) {
	type row struct {
		key  int64
		body [5]int64
	}
	r := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{0, 1, 2, 3, 10, 1000, 4097} {
		base := make([]row, n)
		for i := range base {
			base[i] = row{key: int64(i) * 3, body: [5]int64{int64(i), -int64(i)}}
		}
		inputs := map[string][]row{"sorted": slices.Clone(base), "reversed": slices.Clone(base), "shuffled": slices.Clone(base), "blocks": nil}
		slices.Reverse(inputs["reversed"])
		r.Shuffle(n, func(i, j int) {
			inputs["shuffled"][i], inputs["shuffled"][j] = inputs["shuffled"][j], inputs["shuffled"][i]
		})
		for b := 0; b < n; b += 128 { // blocks in order, taken from two ends
			if b%256 == 0 {
				inputs["blocks"] = append(inputs["blocks"], base[b:min(b+128, n)]...)
			}
		}
		for b := 128; b < n; b += 256 {
			inputs["blocks"] = append(inputs["blocks"], base[b:min(b+128, n)]...)
		}
		for name, in := range inputs {
			sortByKey(in, func(x *row) int64 { return x.key })
			if !slices.Equal(in, base) {
				t.Fatalf("n=%d %s: sortByKey did not sort", n, name)
			}
		}
	}
}
