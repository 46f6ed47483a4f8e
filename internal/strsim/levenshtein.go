package strsim

// Levenshtein returns the edit distance between a and b: the least number of
// single-rune insertions, deletions and substitutions that turn a into b.
func Levenshtein(a, b string) int { return LevenshteinMax(a, b, -1) }

// LevenshteinMax returns the Levenshtein distance between a and b if it is at
// most max, and max+1 as soon as it is known to exceed max (which is then all
// the caller needs to know to put the pair in its "no match" level). A
// negative max means no bound.
func LevenshteinMax(a, b string, max int) int {
	if max < 0 {
		max = unbounded
	}
	if a == b {
		return 0
	}
	if bothASCII(a, b) {
		return levenshtein(bytesOf(a), bytesOf(b), max)
	}
	var ba, bb [stackRunes]rune
	return levenshtein(appendRunes(ba[:0], a), appendRunes(bb[:0], b), max)
}

func levenshtein[T char](a, b []T, max int) int {
	a, b = trimAffix(a, b)
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > max {
		return max + 1
	}
	if len(a) == 0 {
		return len(b)
	}
	if len(a) <= 64 {
		return myers(a, b, max)
	}
	return levenshteinDP(a, b, max)
}

// myers is the bit-parallel edit distance of Myers (1999) in Hyyrö's
// formulation (2001) for a pattern a of 1 to 64 elements and any text b. Bit
// i of the vertical delta vectors describes row i+1 of the dynamic
// programming matrix; score follows its last row.
func myers[T char](a, b []T, max int) int {
	var peq peqTable[T]
	peq.build(a)
	m, n := len(a), len(b)
	last := uint64(1) << uint(m-1)
	vp, vn := ^uint64(0), uint64(0)
	score := m
	for j := range n {
		eq := peq.get(b[j])
		x := eq | vn
		d0 := (((x & vp) + vp) ^ vp) | x
		hp := vn | ^(d0 | vp)
		hn := vp & d0
		if hp&last != 0 {
			score++
		} else if hn&last != 0 {
			score--
		}
		hp = hp<<1 | 1
		hn <<= 1
		vp = hn | ^(d0 | hp)
		vn = hp & d0
		// The distance can fall by at most one per remaining text element.
		if score-(n-j-1) > max {
			return max + 1
		}
	}
	return score
}

// levenshteinDP is the textbook one-row dynamic programme, for patterns
// longer than 64 elements. a is the shorter sequence.
func levenshteinDP[T char](a, b []T, max int) int {
	row := make([]int, len(a)+1)
	for i := range row {
		row[i] = i
	}
	for j := 1; j <= len(b); j++ {
		diag := row[0]
		row[0] = j
		rowMin := j
		c := b[j-1]
		for i := 1; i <= len(a); i++ {
			v := diag
			if a[i-1] != c {
				v = min(diag, row[i], row[i-1]) + 1
			}
			diag = row[i]
			row[i] = v
			rowMin = min(rowMin, v)
		}
		if rowMin > max {
			return max + 1
		}
	}
	if d := row[len(a)]; d <= max {
		return d
	}
	return max + 1
}
