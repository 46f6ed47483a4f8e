package link

import (
	"hash/maphash"
	"math"
	"slices"
	"strconv"
	"strings"
)

// pdate is a parsed, possibly partial, date.
type pdate struct {
	y, m, d int16 // 0 when unknown
	days    int32 // days since 1970-01-01 when y, m and d are known
	full    bool
}

// The derived forms of a field's values, computed once per distinct value
// when a comparison or key first needs them. They are filled in while a
// scorer is compiled, before any concurrent reads.

// needCodes returns the code id of every value under the phonetic
// encoding kind ("soundex", "nysiis", "dm1", "dm2"); 0 means no code.
func (fd *fieldData) needCodes(kind string) []uint32 {
	if c, ok := fd.codes[kind]; ok {
		return c
	}
	if fd.codes == nil {
		fd.codes = map[string][]uint32{}
	}
	enc := phoneticCoders[kind]
	ids := make([]uint32, len(fd.vals))
	intern := map[string]uint32{}
	// dm1 and dm2 share one code space so that codes compare across them.
	if kind == "dm1" || kind == "dm2" {
		other := map[string]string{"dm1": "dm2", "dm2": "dm1"}[kind]
		if _, ok := fd.codes[other]; ok {
			intern = fd.codeIntern
		}
		fd.codeIntern = intern
	}
	for id := 1; id < len(fd.vals); id++ {
		code := enc(fd.vals[id])
		if code == "" {
			continue
		}
		c, ok := intern[code]
		if !ok {
			c = uint32(len(intern) + 1)
			intern[code] = c
		}
		ids[id] = c
	}
	fd.codes[kind] = ids
	return ids
}

// needCanon returns, per value, the sorted ids of the canonical given
// names it can stand for.
func (fd *fieldData) needCanon() [][]uint32 {
	if fd.canon != nil {
		return fd.canon
	}
	fd.canon = make([][]uint32, len(fd.vals))
	intern := map[string]uint32{}
	for id := 1; id < len(fd.vals); id++ {
		var set []uint32
		for _, c := range canonicalGivens(fd.vals[id]) {
			t, ok := intern[c]
			if !ok {
				t = uint32(len(intern) + 1)
				intern[c] = t
			}
			set = append(set, t)
		}
		slices.Sort(set)
		fd.canon[id] = slices.Compact(set)
	}
	return fd.canon
}

// needDates parses every value as a date.
func (fd *fieldData) needDates() []pdate {
	if fd.dates == nil {
		fd.dates = make([]pdate, len(fd.vals))
		for id := 1; id < len(fd.vals); id++ {
			fd.dates[id] = parseDate(fd.vals[id])
		}
	}
	return fd.dates
}

// needNums parses every value as a number: the first run of digits, with
// an optional sign and decimal point, ignoring thousands separators and
// currency signs ("$1,299.00" is 1299). NaN means no number.
func (fd *fieldData) needNums() []float64 {
	if fd.nums == nil {
		fd.nums = make([]float64, len(fd.vals))
		fd.nums[0] = math.NaN()
		for id := 1; id < len(fd.vals); id++ {
			fd.nums[id] = parseNumber(fd.vals[id])
		}
	}
	return fd.nums
}

// needTokens splits every value into its set of words (sorted token ids)
// and counts in how many records each token occurs.
func (fd *fieldData) needTokens() [][]uint32 {
	if fd.tokens != nil {
		return fd.tokens
	}
	fd.tokens = make([][]uint32, len(fd.vals))
	intern := map[string]uint32{}
	fd.tokDF = []uint32{0}
	for id := 1; id < len(fd.vals); id++ {
		var set []uint32
		for _, w := range strings.Fields(fd.vals[id]) {
			t, ok := intern[w]
			if !ok {
				t = uint32(len(fd.tokDF))
				intern[w] = t
				fd.tokDF = append(fd.tokDF, 0)
			}
			set = append(set, t)
		}
		slices.Sort(set)
		set = slices.Compact(set)
		for _, t := range set {
			fd.tokDF[t] += fd.count[id]
		}
		fd.tokens[id] = set
	}
	fd.tokenNames = make([]string, len(fd.tokDF))
	for w, t := range intern {
		fd.tokenNames[t] = w
	}
	return fd.tokens
}

// gramSeed makes q-gram hashes stable within a process; the sets are only
// compared with each other, never stored.
var gramSeed = maphash.MakeSeed()

// needGrams returns the set of q-grams (hashed, sorted) of every value.
// A value shorter than q is one gram.
func (fd *fieldData) needGrams(q int) [][]uint64 {
	if g, ok := fd.grams[q]; ok {
		return g
	}
	if fd.grams == nil {
		fd.grams = map[int][][]uint64{}
	}
	sets := make([][]uint64, len(fd.vals))
	for id := 1; id < len(fd.vals); id++ {
		sets[id] = qgramSet(fd.vals[id], q)
	}
	fd.grams[q] = sets
	return sets
}

func qgramSet(s string, q int) []uint64 {
	rs := []rune(s)
	if len(rs) <= q {
		return []uint64{maphash.String(gramSeed, s)}
	}
	set := make([]uint64, 0, len(rs)-q+1)
	for i := 0; i+q <= len(rs); i++ {
		set = append(set, maphash.String(gramSeed, string(rs[i:i+q])))
	}
	slices.Sort(set)
	return slices.Compact(set)
}

// jaccard returns |a∩b| / |a∪b| of two sorted sets (token ids or q-gram
// hashes).
func jaccard[T uint32 | uint64](a, b []T) float64 {
	if len(a) == 0 && len(b) == 0 {
		return 1
	}
	i, j, n := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			n++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return float64(n) / float64(len(a)+len(b)-n)
}

// parseNumber reads the first number in s, or NaN.
func parseNumber(s string) float64 {
	start := strings.IndexAny(s, "0123456789")
	if start < 0 {
		return math.NaN()
	}
	if start > 0 && s[start-1] == '.' {
		start--
	}
	neg := start > 0 && s[start-1] == '-'
	b := make([]byte, 0, len(s)-start)
	dot := false
	for i := start; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			b = append(b, c)
		case c == '.' && !dot:
			dot = true
			b = append(b, c)
		case c == ',' && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9':
			// thousands separator
		default:
			i = len(s)
		}
	}
	v, err := strconv.ParseFloat(strings.TrimSuffix(string(b), "."), 64)
	if err != nil {
		return math.NaN()
	}
	if neg {
		v = -v
	}
	return v
}
