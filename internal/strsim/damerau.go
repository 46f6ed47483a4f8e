package strsim

// OSA returns the optimal string alignment distance between a and b:
// Levenshtein plus the transposition of two adjacent runes, where no
// substring may be edited more than once. It is the "restricted" Damerau
// distance and does not satisfy the triangle inequality: OSA("ca", "abc") is
// 3 where DamerauLevenshtein gives 2.
func OSA(a, b string) int {
	if a == b {
		return 0
	}
	if bothASCII(a, b) {
		return osa(bytesOf(a), bytesOf(b))
	}
	var ba, bb [stackRunes]rune
	return osa(appendRunes(ba[:0], a), appendRunes(bb[:0], b))
}

func osa[T char](a, b []T) int {
	a, b = trimAffix(a, b)
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) == 0 {
		return len(b)
	}
	if len(a) <= 64 {
		return osaBits(a, b)
	}
	return osaDP(a, b)
}

// osaBits is Hyyrö's bit-parallel OSA distance ("A bit-vector algorithm for
// computing Levenshtein and Damerau edit distances", 2003): Myers's
// algorithm (see myers) with a transposition vector. a has 1 to 64
// elements.
func osaBits[T char](a, b []T) int {
	var peq peqTable[T]
	peq.build(a)
	last := uint64(1) << uint(len(a)-1)
	vp, vn, d0, prevEq := ^uint64(0), uint64(0), uint64(0), uint64(0)
	score := len(a)
	for _, c := range b {
		eq := peq.get(c)
		tr := ((^d0 & eq) << 1) & prevEq
		d0 = (((eq & vp) + vp) ^ vp) | eq | vn | tr
		hp := vn | ^(d0 | vp)
		hn := d0 & vp
		if hp&last != 0 {
			score++
		} else if hn&last != 0 {
			score--
		}
		hp = hp<<1 | 1
		hn <<= 1
		vp = hn | ^(d0 | hp)
		vn = hp & d0
		prevEq = eq
	}
	return score
}

// osaDP is the textbook three-row OSA dynamic programme, for a longer than
// 64 elements.
func osaDP[T char](a, b []T) int {
	n := len(a) + 1
	rows := make([]int, 3*n)
	pp, p, c := rows[:n], rows[n:2*n], rows[2*n:]
	for i := range p {
		p[i] = i
	}
	for j := 1; j <= len(b); j++ {
		c[0] = j
		bj := b[j-1]
		for i := 1; i < n; i++ {
			cost := 1
			if a[i-1] == bj {
				cost = 0
			}
			v := min(p[i-1]+cost, p[i]+1, c[i-1]+1)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == bj {
				v = min(v, pp[i-2]+1)
			}
			c[i] = v
		}
		pp, p, c = p, c, pp
	}
	return p[n-1]
}

// DamerauLevenshtein returns the true (unrestricted) Damerau–Levenshtein
// distance between a and b: the least number of single-rune insertions,
// deletions, substitutions and transpositions of two adjacent runes, where
// transposed runes may be edited again (Lowrance and Wagner, 1975). It is a
// metric; DamerauLevenshtein("ca", "abc") is 2.
func DamerauLevenshtein(a, b string) int { return DamerauLevenshteinMax(a, b, -1) }

// DamerauLevenshteinMax returns the true Damerau–Levenshtein distance
// between a and b if it is at most max, and max+1 when it is known to be
// larger. A negative max means no bound. With a small max (SSN, TIN or ZIP
// levels of 1 or 2) it is much faster than DamerauLevenshtein, because the
// distance is then settled by bounds from the bit-parallel OSA and
// Levenshtein distances without the full Lowrance–Wagner table.
func DamerauLevenshteinMax(a, b string, max int) int {
	if max < 0 {
		max = unbounded
	}
	if a == b {
		return 0
	}
	if bothASCII(a, b) {
		return damerauMax(bytesOf(a), bytesOf(b), max)
	}
	var ba, bb [stackRunes]rune
	return damerauMax(appendRunes(ba[:0], a), appendRunes(bb[:0], b), max)
}

// damerauMax settles the distance from cheap bounds where it can:
// DL ≤ OSA, DL = OSA when OSA ≤ 2 (a single edit of either kind is one
// edit of the other, so DL ≤ 1 exactly when OSA ≤ 1), DL ≥ |len(a)-len(b)|,
// and DL ≥ Levenshtein/2 (a transposition is two Levenshtein edits).
func damerauMax[T char](a, b []T, max int) int {
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
		o := osaBits(a, b)
		if o <= 2 {
			return bounded(o, max)
		}
		if max < unbounded {
			if o <= max {
				// DL ≤ OSA ≤ max: the exact value is needed.
			} else if lev := myers(a, b, 2*max+1); (lev+1)/2 > max {
				return max + 1
			}
		}
	}
	return bounded(damerau(a, b), max)
}

func bounded(d, max int) int {
	if d > max {
		return max + 1
	}
	return d
}

// damerau is the Lowrance–Wagner table for true Damerau–Levenshtein. The
// table lives on the stack, in one of two sizes so that short strings (SSNs,
// ZIP codes) do not pay for zeroing a large one, or on the heap past 20
// runes a side.
func damerau[T char](a, b []T) int {
	la, lb := len(a), len(b)
	if la == 0 || lb == 0 {
		return la + lb
	}
	switch cells := (la + 2) * (lb + 2); {
	case cells <= 12*12:
		var buf [12 * 12]int32
		return damerauTable(a, b, buf[:cells])
	case cells <= 22*22:
		var buf [22 * 22]int32
		return damerauTable(a, b, buf[:cells])
	default:
		return damerauTable(a, b, make([]int32, cells))
	}
}

// damerauTable fills d, the (len(a)+2)×(len(b)+2) Lowrance–Wagner matrix;
// row and column 0 hold the sentinel inf, so cell (i, j) of the textbook
// matrix is at (i+1)*w + j+1.
func damerauTable[T char](a, b []T, d []int32) int {
	la, lb := len(a), len(b)
	w := lb + 2
	inf := int32(la + lb)
	d[0] = inf
	for i := 0; i <= la; i++ {
		d[(i+1)*w] = inf
		d[(i+1)*w+1] = int32(i)
	}
	for j := 0; j <= lb; j++ {
		d[j+1] = inf
		d[w+j+1] = int32(j)
	}
	if lb <= 64 {
		damerauRowsShort(a, b, d)
	} else {
		damerauRowsLong(a, b, d)
	}
	return int(d[(la+1)*w+lb+1])
}

// damerauRowsShort fills the rows of the table when b has at most 64
// elements: the elements of b are numbered by slot once, so the inner loop
// finds the last row of b[j-1] in a with two array loads.
func damerauRowsShort[T char](a, b []T, d []int32) {
	la, lb := len(a), len(b)
	w := lb + 2
	var distinct [64]T
	var slot [64]uint8
	n := 0
	for j, c := range b {
		s := 0
		for s < n && distinct[s] != c {
			s++
		}
		if s == n {
			distinct[n] = c
			n++
		}
		slot[j] = uint8(s)
	}
	var last [64]int32 // by slot: the last row of a holding that element
	for i := 1; i <= la; i++ {
		ai := a[i-1]
		db := 0 // column of the last match in this row
		prev := d[i*w : (i+1)*w]
		cur := d[(i+1)*w : (i+2)*w]
		for j := 1; j <= lb; j++ {
			k := int(last[slot[j-1]])
			l := db
			cost := int32(1)
			if ai == b[j-1] {
				cost = 0
				db = j
			}
			v := min(prev[j]+cost, cur[j]+1, prev[j+1]+1)
			if k > 0 && l > 0 { // a transposition: from (k-1, l-1)
				v = min(v, d[k*w+l]+int32(i+j-k-l-1))
			}
			cur[j+1] = v
		}
		for s := range n {
			if distinct[s] == ai {
				last[s] = int32(i)
				break
			}
		}
	}
}

// damerauRowsLong fills the rows of the table for any b.
func damerauRowsLong[T char](a, b []T, d []int32) {
	la, lb := len(a), len(b)
	w := lb + 2
	var last lastRow[T] // row where each element last occurred in a
	for i := 1; i <= la; i++ {
		ai := a[i-1]
		db := 0
		prev := d[i*w : (i+1)*w]
		cur := d[(i+1)*w : (i+2)*w]
		for j := 1; j <= lb; j++ {
			bj := b[j-1]
			k := last.get(bj)
			l := db
			cost := int32(1)
			if ai == bj {
				cost = 0
				db = j
			}
			v := min(prev[j]+cost, cur[j]+1, prev[j+1]+1)
			if k > 0 && l > 0 {
				v = min(v, d[k*w+l]+int32(i+j-k-l-1))
			}
			cur[j+1] = v
		}
		last.set(ai, i)
	}
}

// lastRow maps an element to the last row (1-based) of a in which it
// occurred, 0 if none yet. ASCII elements use a table, other runes a short
// list, and a map past 32 distinct non-ASCII runes.
type lastRow[T char] struct {
	ascii [128]int32
	other [32]T
	row   [32]int32
	n     int
	spill map[T]int32
}

func (l *lastRow[T]) get(c T) int {
	if uint32(c) < 128 {
		return int(l.ascii[c])
	}
	for k := range l.n {
		if l.other[k] == c {
			return int(l.row[k])
		}
	}
	return int(l.spill[c])
}

func (l *lastRow[T]) set(c T, i int) {
	if uint32(c) < 128 {
		l.ascii[c] = int32(i)
		return
	}
	for k := range l.n {
		if l.other[k] == c {
			l.row[k] = int32(i)
			return
		}
	}
	if l.n < len(l.other) {
		l.other[l.n], l.row[l.n] = c, int32(i)
		l.n++
		return
	}
	if l.spill == nil {
		l.spill = make(map[T]int32)
	}
	l.spill[c] = int32(i)
}
