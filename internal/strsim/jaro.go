package strsim

import "math/bits"

// Jaro returns the Jaro similarity of a and b, in [0, 1].
//
// Two runes match when they are equal and their positions differ by at most
// max(len(a), len(b))/2 - 1 (integer division, and never less than 0). Matches
// are taken greedily from left to right. With m matches and t half the number
// of matched runes that are out of order (integer division, as in Winkler's
// strcmp95 and in DuckDB), the similarity is (m/len(a) + m/len(b) + (m-t)/m)/3,
// and 0 when m is 0.
func Jaro(a, b string) float64 {
	if a == b {
		return 1
	}
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	if bothASCII(a, b) {
		return jaro(bytesOf(a), bytesOf(b))
	}
	var ba, bb [stackRunes]rune
	return jaro(appendRunes(ba[:0], a), appendRunes(bb[:0], b))
}

// JaroWinkler returns the Jaro–Winkler similarity of a and b, in [0, 1]: the
// Jaro similarity j raised, when j > 0.7, by l*0.1*(1-j), where l is the
// length of the common prefix in runes, at most 4. These are Winkler's
// standard parameters, the ones DuckDB's jaro_winkler_similarity and Splink
// use.
func JaroWinkler(a, b string) float64 {
	j := Jaro(a, b)
	if j <= 0.7 {
		return j
	}
	l := prefixRunes(a, b, 4)
	return j + float64(l)*0.1*(1-j)
}

// jaro is Jaro on non-empty, not identical sequences.
func jaro[T char](a, b []T) float64 {
	if len(a) > len(b) {
		a, b = b, a
	}
	la, lb := len(a), len(b)
	if lb > 64 {
		return jaroLong(a, b)
	}
	w := max(lb/2-1, 0)
	var fa, fb uint64 // matched positions in a and in b
	m := 0
	for i := range la {
		lo, hi := max(i-w, 0), min(i+w+1, lb)
		c := a[i]
		for j := lo; j < hi; j++ {
			if b[j] == c && fb&(1<<uint(j)) == 0 {
				fb |= 1 << uint(j)
				fa |= 1 << uint(i)
				m++
				break
			}
		}
	}
	if m == 0 {
		return 0
	}
	t := 0
	for fa != 0 {
		if a[bits.TrailingZeros64(fa)] != b[bits.TrailingZeros64(fb)] {
			t++
		}
		fa &= fa - 1
		fb &= fb - 1
	}
	return jaroScore(m, t/2, la, lb)
}

// jaroLong is jaro for sequences longer than 64 elements, with flag slices
// on the heap.
func jaroLong[T char](a, b []T) float64 {
	la, lb := len(a), len(b)
	w := max(max(la, lb)/2-1, 0)
	flags := make([]bool, la+lb)
	fa, fb := flags[:la], flags[la:]
	m := 0
	for i := range la {
		lo, hi := max(i-w, 0), min(i+w+1, lb)
		for j := lo; j < hi; j++ {
			if !fb[j] && b[j] == a[i] {
				fb[j], fa[i] = true, true
				m++
				break
			}
		}
	}
	if m == 0 {
		return 0
	}
	t, j := 0, 0
	for i := range la {
		if !fa[i] {
			continue
		}
		for !fb[j] {
			j++
		}
		if a[i] != b[j] {
			t++
		}
		j++
	}
	return jaroScore(m, t/2, la, lb)
}

// jaroScore combines m matches and t transpositions into the Jaro value. The
// order of the floating-point operations is DuckDB's (rapidfuzz's), so that
// values at level thresholds agree with it.
func jaroScore(m, t, la, lb int) float64 {
	fm := float64(m)
	return (fm/float64(la) + fm/float64(lb) + float64(m-t)/fm) / 3
}
