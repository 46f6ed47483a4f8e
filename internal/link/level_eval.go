package link

import (
	"fmt"
	"math"
	"unicode/utf8"
	"unsafe"

	"github.com/probity-dev/probity/internal/strsim"
)

// Level tests compiled for the hot loop: kind codes instead of strings,
// derived-value tables resolved, and the metric of each comparison
// computed at most once per pair.
const (
	kNull uint8 = iota
	kExact
	kJW
	kJaro
	kLev
	kDL
	kOSA
	kDateDiff
	kDateTransposed
	kAbsDiff
	kRelDiff
	kCode // soundex, nysiis: equal codes
	kDM   // double metaphone: a code in common
	kTokenJaccard
	kQGramJaccard
	kTokenSetRatio
	kInitial
	kNickname
	kSwapped
	kElse
)

var kindCodes = map[string]uint8{
	Null: kNull, Exact: kExact, JaroWinkler: kJW, Jaro: kJaro, Levenshtein: kLev,
	DamerauLev: kDL, OSA: kOSA, DateDiff: kDateDiff, DateTransposed: kDateTransposed,
	AbsDiff: kAbsDiff, RelDiff: kRelDiff, Soundex: kCode, NYSIIS: kCode, DMetaphone: kDM,
	TokenJaccard: kTokenJaccard, QGramJaccard: kQGramJaccard, TokenSetRatio: kTokenSetRatio, Initial: kInitial, Nickname: kNickname,
	Swapped: kSwapped, Else: kElse,
}

// Days per unit for date_diff, as Splink counts them (a month is a
// twelfth of a Julian year).
var unitDays = map[string]float64{"day": 1, "month": 365.25 / 12, "year": 365.25}

type clevel struct {
	kind   uint8
	th     float64 // similarity floor, or distance / difference ceiling
	ith    int     // edit-distance ceiling
	unit   string
	codes  []uint32 // kCode; kDM primary
	codes2 []uint32 // kDM alternate
	grams  [][]uint64
	wOff   int // swapped: the row slot of the other field's string offset
}

// ccomp is a comparison compiled against prepared data.
type ccomp struct {
	c      *Comparison
	fd     *fieldData
	rows0  []uint32 // Data.rows: value ids and string offsets, record-major
	rows1  []uint32
	arena0 []byte // Data.arena: the records' prepared strings
	arena1 []byte
	stride int // row length: 2F+1
	soff   int // the row slot of this field's string offset
	off    int // this comparison's field
	vals   []string
	levels []clevel
	w      []float64 // weight per level
	tf     []ctf     // per level
	hasTF  bool
	eq     int // level of two equal non-null values, or -1 to test
	maxLev int
	maxDL  int
	maxOSA int
	dates  []pdate
	nums   []float64
	toks   [][]uint32
	canon  [][]uint32
}

// ctf is a compiled term-frequency adjustment.
type ctf struct {
	on                 bool
	weight             float64
	logUExact, logMinU float64
}

func compileComparison(d *Data, c *Comparison) (ccomp, error) {
	fd := d.byName[c.Field]
	F := len(d.fields)
	cc := ccomp{c: c, fd: fd, rows0: d.rows[0], rows1: d.rows[1], arena0: d.arena[0], arena1: d.arena[1],
		stride: 2*F + 1, off: d.index[c.Field], soff: F + d.index[c.Field],
		vals: fd.vals,
		eq:   -1, maxLev: -1, maxDL: -1, maxOSA: -1}
	for i, l := range c.Levels {
		k, ok := kindCodes[l.Type]
		if !ok {
			return cc, fmt.Errorf("comparison %s: level type %q is not available", c.Name, l.Type)
		}
		cl := clevel{kind: k, th: l.Threshold, ith: int(l.Threshold), unit: l.Unit}
		switch k {
		case kLev:
			cc.maxLev = max(cc.maxLev, cl.ith)
		case kDL:
			cc.maxDL = max(cc.maxDL, cl.ith)
		case kOSA:
			cc.maxOSA = max(cc.maxOSA, cl.ith)
		case kDateDiff:
			cc.dates = fd.needDates()
			cl.th = l.Threshold * unitDays[l.Unit]
		case kDateTransposed:
			cc.dates = fd.needDates()
		case kAbsDiff, kRelDiff:
			cc.nums = fd.needNums()
		case kCode:
			if phoneticCoders[l.Type] == nil {
				return cc, fmt.Errorf("comparison %s: phonetic code %s is not available", c.Name, l.Type)
			}
			cl.codes = fd.needCodes(l.Type)
		case kDM:
			if phoneticCoders["dm1"] == nil {
				return cc, fmt.Errorf("comparison %s: double metaphone is not available", c.Name)
			}
			cl.codes = fd.needCodes("dm1")
			cl.codes2 = fd.needCodes("dm2")
		case kTokenJaccard:
			cc.toks = fd.needTokens()
		case kQGramJaccard:
			q := l.Q
			if q == 0 {
				q = defaultQ
			}
			cl.grams = fd.needGrams(q)
		case kNickname:
			cc.canon = fd.needCanon()
		case kSwapped:
			cl.wOff = F + d.index[l.With]
		}
		cc.levels = append(cc.levels, cl)
		cc.w = append(cc.w, c.Weight(i))
		t := ctf{}
		if l.TF != nil && l.TF.Weight != 0 && i != nullLevel {
			t = ctf{on: true, weight: l.TF.Weight,
				logUExact: math.Log2(math.Max(c.exactU(i), probFloor)),
				logMinU:   math.Inf(-1)}
			if l.TF.MinU > 0 {
				t.logMinU = math.Log2(l.TF.MinU)
			}
			cc.hasTF = true
		}
		cc.tf = append(cc.tf, t)
	}
	if len(c.Levels) > 1 && c.Levels[1].Type == Exact {
		cc.eq = 1
	}
	return cc, nil
}

// level returns the level of the pair (record a on side 0, record b on
// side 1) for this comparison.
func (c *ccomp) level(a, b int32) int {
	ra, rb := int(a)*c.stride, int(b)*c.stride
	va, vb := c.rows0[ra+c.off], c.rows1[rb+c.off]
	if va == 0 || vb == 0 {
		return nullLevel
	}
	if va == vb && c.eq > 0 {
		return c.eq
	}
	sa := arenaString(c.arena0, c.rows0[ra+c.soff], c.rows0[ra+c.soff+1])
	sb := arenaString(c.arena1, c.rows1[rb+c.soff], c.rows1[rb+c.soff+1])
	jw, jaro, jac, tsr := -1.0, -1.0, -1.0, -1.0
	lev, dl, osa := -1, -1, -1
	for i := 1; i < len(c.levels); i++ {
		l := &c.levels[i]
		switch l.kind {
		case kExact:
			if va == vb {
				return i
			}
		case kJW:
			if jw < 0 {
				jw = strsim.JaroWinkler(sa, sb)
			}
			if jw >= l.th {
				return i
			}
		case kJaro:
			if jaro < 0 {
				jaro = strsim.Jaro(sa, sb)
			}
			if jaro >= l.th {
				return i
			}
		case kLev:
			if lev < 0 {
				lev = strsim.LevenshteinMax(sa, sb, c.maxLev)
			}
			if lev <= l.ith {
				return i
			}
		case kDL:
			if dl < 0 {
				dl = boundedEdit(sa, sb, c.maxDL, strsim.DamerauLevenshtein)
			}
			if dl <= l.ith {
				return i
			}
		case kOSA:
			if osa < 0 {
				osa = boundedEdit(sa, sb, c.maxOSA, strsim.OSA)
			}
			if osa <= l.ith {
				return i
			}
		case kDateDiff:
			if dateWithin(c.dates[va], c.dates[vb], l.th, l.unit) {
				return i
			}
		case kDateTransposed:
			x, y := c.dates[va], c.dates[vb]
			if x.full && y.full && x.y == y.y && x.m == y.d && x.d == y.m {
				return i
			}
		case kAbsDiff:
			if math.Abs(c.nums[va]-c.nums[vb]) <= l.th {
				return i
			}
		case kRelDiff:
			x, y := c.nums[va], c.nums[vb]
			if math.Abs(x-y) <= l.th*math.Max(math.Abs(x), math.Abs(y)) {
				return i
			}
		case kCode:
			if l.codes[va] != 0 && l.codes[va] == l.codes[vb] {
				return i
			}
		case kDM:
			p, q := [2]uint32{l.codes[va], l.codes2[va]}, [2]uint32{l.codes[vb], l.codes2[vb]}
			if (p[0] != 0 && (p[0] == q[0] || p[0] == q[1])) || (p[1] != 0 && (p[1] == q[0] || p[1] == q[1])) {
				return i
			}
		case kTokenJaccard:
			if jac < 0 {
				jac = jaccard(c.toks[va], c.toks[vb])
			}
			if jac >= l.th {
				return i
			}
		case kQGramJaccard:
			if jaccard(l.grams[va], l.grams[vb]) >= l.th {
				return i
			}
		case kTokenSetRatio:
			if tsr < 0 {
				tsr = strsim.TokenSetRatio(sa, sb)
			}
			if tsr >= l.th {
				return i
			}
		case kInitial:
			if isInitialOf(sa, sb) || isInitialOf(sb, sa) {
				return i
			}
		case kNickname:
			if shares(c.canon[va], c.canon[vb]) {
				return i
			}
		case kSwapped:
			xa := arenaString(c.arena0, c.rows0[ra+l.wOff], c.rows0[ra+l.wOff+1])
			xb := arenaString(c.arena1, c.rows1[rb+l.wOff], c.rows1[rb+l.wOff+1])
			if xa != "" && xb != "" && sa == xb && sb == xa {
				return i
			}
		case kElse:
			return i
		}
	}
	// No level matched and there is no else level: the last level.
	return len(c.levels) - 1
}

// boundedEdit returns dist(a, b) when it is at most k and k+1 when a
// cheap bound shows that it is more: the difference in length, or the
// characters one string has that the other lacks (each edit, including a
// transposition, fixes at most one of each).
func boundedEdit(a, b string, k int, dist func(a, b string) int) int {
	la, lb := len(a), len(b)
	ascii := isASCII(a) && isASCII(b)
	if !ascii {
		la, lb = utf8.RuneCountInString(a), utf8.RuneCountInString(b)
	}
	if la-lb > k || lb-la > k {
		return k + 1
	}
	var h [64]int16
	for i := 0; i < len(a); i++ {
		h[a[i]&63]++
	}
	for i := 0; i < len(b); i++ {
		h[b[i]&63]--
	}
	pos, neg := 0, 0
	for _, v := range h {
		if v > 0 {
			pos += int(v)
		} else {
			neg -= int(v)
		}
	}
	// Bytes, not runes: a multi-byte rune changes several bins, so scale
	// the bound down by the longest UTF-8 encoding.
	if !ascii {
		pos, neg = pos/utf8.UTFMax, neg/utf8.UTFMax
	}
	if pos > k || neg > k {
		return k + 1
	}
	if d := dist(a, b); d <= k {
		return d
	}
	return k + 1
}

// dateWithin reports whether two dates are at most days apart; partial
// dates are compared on what they share (year, or year and month) in the
// level's unit.
func dateWithin(x, y pdate, days float64, unit string) bool {
	if x.full && y.full {
		return math.Abs(float64(x.days-y.days)) <= days
	}
	if x.y == 0 || y.y == 0 {
		return false
	}
	switch unit {
	case "year":
		return math.Abs(float64(x.y-y.y)) <= math.Round(days/unitDays["year"])
	case "month":
		if x.m == 0 || y.m == 0 {
			return false
		}
		mx, my := int(x.y)*12+int(x.m), int(y.y)*12+int(y.m)
		return math.Abs(float64(mx-my)) <= math.Round(days/unitDays["month"])
	}
	return false
}

// isInitialOf reports whether a is one letter and b starts with it.
func isInitialOf(a, b string) bool {
	r, n := utf8.DecodeRuneInString(a)
	if n != len(a) || len(b) <= n {
		return false
	}
	r2, _ := utf8.DecodeRuneInString(b)
	return r == r2
}

// arenaString returns arena[start:end] as a string without copying; the
// arena is never written once built.
func arenaString(arena []byte, start, end uint32) string {
	if start == end {
		return ""
	}
	return unsafe.String(&arena[start], int(end-start))
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
