package strsim

import (
	"slices"
	"unicode/utf8"
)

// QGramJaccard returns the Jaccard similarity of the sets of q-grams (runs of
// q consecutive runes) of a and b: the size of their intersection over the
// size of their union, in [0, 1].
//
// The strings are not padded: "smith" has the 2-grams sm, mi, it, th. A
// non-empty string shorter than q runes has one gram, the whole string. A q
// below 1 is taken as 1 (the sets of runes, like DuckDB's jaccard). Each
// distinct gram counts once, however often it occurs.
func QGramJaccard(a, b string, q int) float64 {
	if q < 1 {
		q = 1
	}
	if a == b {
		return 1
	}
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	if q <= 7 && bothASCII(a, b) {
		var ba, bb [stackRunes]uint64
		return jaccardSorted(packedGrams(ba[:0], a, q), packedGrams(bb[:0], b, q))
	}
	a, b = validUTF8(a), validUTF8(b)
	var ba, bb [stackRunes]string
	return jaccardSorted(stringGrams(ba[:0], a, q), stringGrams(bb[:0], b, q))
}

// packedGrams appends the q-grams of the ASCII string s, q ≤ 7, each packed
// into a uint64 below its length (so that grams of different lengths never
// collide), sorted and without duplicates.
func packedGrams(dst []uint64, s string, q int) []uint64 {
	q = min(q, len(s))
	for i := 0; i+q <= len(s); i++ {
		g := uint64(q)
		for k := range q {
			g = g<<8 | uint64(s[i+k])
		}
		dst = append(dst, g)
	}
	slices.Sort(dst)
	return slices.Compact(dst)
}

// stringGrams appends the q-grams of s as substrings, sorted and without
// duplicates.
func stringGrams(dst []string, s string, q int) []string {
	// starts holds the byte offsets of the last q rune starts.
	var starts [9]int
	ring := starts[:0]
	var big []int
	if q+1 > len(starts) {
		big = make([]int, 0, q+1)
		ring = big
	}
	n := 0
	for i := 0; i <= len(s); {
		ring = append(ring, i)
		if len(ring) > q+1 {
			copy(ring, ring[1:])
			ring = ring[:q+1]
		}
		if len(ring) == q+1 {
			dst = append(dst, s[ring[0]:i])
		}
		if i == len(s) {
			break
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
		n++
	}
	if n < q {
		dst = append(dst, s)
	}
	slices.Sort(dst)
	return slices.Compact(dst)
}

// jaccardSorted is the Jaccard similarity of two sorted sets.
func jaccardSorted[T uint64 | string](x, y []T) float64 {
	inter := 0
	for i, j := 0, 0; i < len(x) && j < len(y); {
		switch {
		case x[i] < y[j]:
			i++
		case x[i] > y[j]:
			j++
		default:
			inter++
			i++
			j++
		}
	}
	union := len(x) + len(y) - inter
	if union == 0 {
		return 1
	}
	return float64(inter) / float64(union)
}
