package strsim

import (
	"slices"
	"unicode"
)

// TokenSetRatio returns the token-set similarity of a and b, in [0, 1], for
// multi-word values such as company names (after normalisation, see
// norm.BusinessName). It is the definition of fuzzywuzzy's and RapidFuzz's
// token_set_ratio, scaled to [0, 1]:
//
// Split each string into tokens at white space and take the sets of
// distinct tokens. Let I be the sorted tokens both share, joined by single
// spaces, and A and B the sorted tokens only a or only b has. With
// t1 = I+" "+A and t2 = I+" "+B (just A or B when I is empty), the result
// is the largest of ratio(I, t1), ratio(I, t2) and ratio(t1, t2), where
// ratio(x, y) = 2·LCS(x, y)/(len(x)+len(y)) over runes is the normalised
// InDel similarity.
//
// Consequences worth knowing: word order and repeated words do not matter;
// a token set that contains the other entirely gives 1 ("acme" and "acme
// holdings"), so callers that must tell those apart combine it with
// another measure. A string with no token (empty or all spaces) against one
// with tokens gives 0.
func TokenSetRatio(a, b string) float64 {
	if a == b {
		return 1
	}
	a, b = validUTF8(a), validUTF8(b)
	var ta, tb [32]string
	sa, sb := tokenSet(ta[:0], a), tokenSet(tb[:0], b)
	if len(sa) == 0 || len(sb) == 0 {
		if len(sa) == len(sb) {
			return 1
		}
		return 0
	}
	var ib, ab, bb [32]string
	inter, onlyA, onlyB := ib[:0], ab[:0], bb[:0]
	for i, j := 0, 0; i < len(sa) || j < len(sb); {
		switch {
		case j == len(sb) || i < len(sa) && sa[i] < sb[j]:
			onlyA = append(onlyA, sa[i])
			i++
		case i == len(sa) || sb[j] < sa[i]:
			onlyB = append(onlyB, sb[j])
			j++
		default:
			inter = append(inter, sa[i])
			i++
			j++
		}
	}
	if len(inter) > 0 && (len(onlyA) == 0 || len(onlyB) == 0) {
		return 1
	}
	var r0, r1, r2 [128]rune
	t0 := joinRunes(r0[:0], inter, nil)
	t1 := joinRunes(r1[:0], inter, onlyA)
	t2 := joinRunes(r2[:0], inter, onlyB)
	best := indelRatio(t1, t2)
	if len(t0) > 0 {
		best = max(best, indelRatio(t0, t1), indelRatio(t0, t2))
	}
	return best
}

// tokenSet appends the distinct white-space separated tokens of s, sorted.
func tokenSet(dst []string, s string) []string {
	start := -1
	for i, r := range s {
		if unicode.IsSpace(r) {
			if start >= 0 {
				dst = append(dst, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		dst = append(dst, s[start:])
	}
	slices.Sort(dst)
	return slices.Compact(dst)
}

// joinRunes appends the runes of the tokens of x and then y, separated by
// single spaces.
func joinRunes(dst []rune, x, y []string) []rune {
	for _, part := range [2][]string{x, y} {
		for _, t := range part {
			if len(dst) > 0 {
				dst = append(dst, ' ')
			}
			dst = appendRunes(dst, t)
		}
	}
	return dst
}

// indelRatio is 2·LCS(x, y)/(len(x)+len(y)), and 1 for two empty inputs.
func indelRatio(x, y []rune) float64 {
	if len(x)+len(y) == 0 {
		return 1
	}
	return 2 * float64(lcs(x, y)) / float64(len(x)+len(y))
}

// lcs is the length of the longest common subsequence of x and y: the
// bit-parallel algorithm of Allison and Dix (1986) / Hyyrö (2004) when the
// shorter has at most 64 runes, the one-row dynamic programme otherwise.
func lcs[T char](x, y []T) int {
	if len(x) > len(y) {
		x, y = y, x
	}
	if len(x) == 0 {
		return 0
	}
	if len(x) <= 64 {
		var peq peqTable[T]
		peq.build(x)
		s := ^uint64(0)
		for _, c := range y {
			m := peq.get(c)
			u := s & m
			s = (s + u) | (s - u)
		}
		n := 0
		for i := range len(x) {
			if s&(1<<uint(i)) == 0 {
				n++
			}
		}
		return n
	}
	row := make([]int, len(x)+1)
	for _, c := range y {
		diag := 0
		for i := 1; i <= len(x); i++ {
			up := row[i]
			if x[i-1] == c {
				row[i] = diag + 1
			} else {
				row[i] = max(row[i], row[i-1])
			}
			diag = up
		}
	}
	return row[len(x)]
}
