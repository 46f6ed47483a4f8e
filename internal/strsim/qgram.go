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
		if gramCount(len(a), q)+gramCount(len(b), q) <= gramTableMax {
			return packedJaccard(a, b, q)
		}
		var ba, bb [stackRunes]uint64
		return jaccardSorted(packedGrams(ba[:0], a, q), packedGrams(bb[:0], b, q))
	}
	a, b = validUTF8(a), validUTF8(b)
	var ba, bb [stackRunes]string
	return jaccardSorted(stringGrams(ba[:0], a, q), stringGrams(bb[:0], b, q))
}

// gramCount is the number of q-grams (with repeats) of a string of n > 0
// runes.
func gramCount(n, q int) int { return max(n-q+1, 1) }

// gramTableMax is the most grams packedJaccard takes (a load of 3/4 in its
// 128-slot table).
const gramTableMax = 96

// Flags of packedJaccard's table entries, above the packed gram.
const (
	gramInA  = 1 << 63
	gramInB  = 1 << 62
	gramMask = gramInB - 1
)

// packedJaccard is QGramJaccard for ASCII strings, q ≤ 7, with at most
// gramTableMax grams in all: the grams of both go into one small
// open-addressing hash table, which counts the union and the intersection
// of the two sets without sorting.
func packedJaccard(a, b string, q int) float64 {
	var t [128]uint64
	inter, union := 0, 0
	for _, side := range [2]struct {
		s    string
		flag uint64
	}{{a, gramInA}, {b, gramInB}} {
		s := side.s
		qq := min(q, len(s))
		for i := 0; i+qq <= len(s); i++ {
			g := uint64(qq)
			for k := range qq {
				g = g<<8 | uint64(s[i+k])
			}
			h := (g * 0x9E3779B97F4A7C15) >> 57
			for t[h] != 0 && t[h]&gramMask != g {
				h = (h + 1) & 127
			}
			switch v := t[h]; {
			case v == 0:
				t[h] = g | side.flag
				union++
			case v&side.flag == 0:
				t[h] = v | side.flag
				inter++ // only b's grams can find an entry without their flag
			}
		}
	}
	return float64(inter) / float64(union)
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
