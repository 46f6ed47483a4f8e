package store

import (
	"cmp"
	"slices"
)

// sortByKey sorts xs by a unique key, moving each element at most once:
// it sorts the keys with their positions, then applies the order in place,
// cycle by cycle. Rows come back from DuckDB in blocks of file order (its
// parallel inserts do not keep insertion order); sorting the wide structs
// themselves would move each of them many times.
func sortByKey[T any](xs []T, key func(*T) int64) {
	type pos struct {
		k int64
		i int
	}
	idx := make([]pos, len(xs))
	sorted := true
	for i := range xs {
		idx[i] = pos{key(&xs[i]), i}
		if i > 0 && idx[i].k < idx[i-1].k {
			sorted = false
		}
	}
	if sorted {
		return
	}
	slices.SortFunc(idx, func(a, b pos) int { return cmp.Compare(a.k, b.k) })
	// Position j takes the element now at idx[j].i.
	for j := range idx {
		if idx[j].i < 0 {
			continue
		}
		first := xs[j]
		k := j
		for {
			from := idx[k].i
			idx[k].i = -1
			if from == j {
				xs[k] = first
				break
			}
			xs[k] = xs[from]
			k = from
		}
	}
}
