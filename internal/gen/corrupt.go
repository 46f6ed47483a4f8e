package gen

import (
	"math/rand/v2"
	"strings"
)

// Which fields each operator may touch, with relative weights; a field is
// drawn among the non-empty ones only, so an operator never "applies" to
// nothing.
var (
	typoFields = []fieldWeight{
		{fGiven, 3}, {fFamily, 3}, {fMiddle, 0.5}, {fStreet, 1.5}, {fCity, 1}, {fSSN, 1},
	}
	ocrFields = []fieldWeight{
		{fGiven, 2}, {fFamily, 2}, {fStreet, 1}, {fSSN, 1}, {fZIP, 0.5},
	}
	missingFields = []fieldWeight{
		{fMiddle, 3}, {fSSN, 2}, {fPhone, 2}, {fStreet, 1.5}, {fZIP, 1}, {fDOB, 1},
		{fCity, 0.5}, {fGiven, 0.5}, {fFamily, 0.2},
	}
)

type fieldWeight struct {
	f field
	w float64
}

// pickField draws a non-empty field of rec by weight; ok is false when all
// candidate fields are empty.
func pickField(r *rand.Rand, rec *Record, ws []fieldWeight) (field, bool) {
	var total float64
	for _, fw := range ws {
		if rec.has(fw.f) {
			total += fw.w
		}
	}
	if total == 0 {
		return 0, false
	}
	u := float64(r.Float64() * total) // rounded: no fused multiply-add, same bytes on every architecture
	last := ws[0].f
	for _, fw := range ws {
		if rec.has(fw.f) {
			last = fw.f
			if u -= fw.w; u < 0 {
				return fw.f, true
			}
		}
	}
	return last, true
}

// Counts tallies, per kind, how many corrupted records the kind was tried
// on and how many it changed.
type Counts struct {
	Tried   [NumKinds]int64
	Applied [NumKinds]int64
}

// corruptor turns a Person into a Record, corrupting it when asked.
type corruptor struct {
	rates  Rates
	nick   func(string) []string
	format DateFormat
	counts Counts
	// corrupted is the number of records that went through corruption.
	corrupted int64
}

// build fills rec from p; when corrupt is set, each kind is tried with its
// rate using r.
func (c *corruptor) build(p *Person, rec *Record, corrupt bool, r *rand.Rand) {
	*rec = Record{
		Entity: p.Entity,
		Given:  p.Given,
		Middle: p.Middle,
		Family: p.Family,
		Sex:    "M",
		DOB:    p.DOB,
		SSN:    p.SSN,
		Phone:  p.Phone,
	}
	if p.Sex == sexFemale {
		rec.Sex = "F"
	}
	addr := p.Addr
	suffixText := suffixes[addr.Suffix].abbr
	if corrupt {
		c.corrupted++
		if c.try(Moved, r) {
			addr = movedAddress(r, addr)
			c.applied(rec, Moved)
		}
		if c.try(Suffix, r) {
			s := &suffixes[addr.Suffix]
			if len(s.variants) == 0 || r.Float64() < 0.7 {
				suffixText = s.full
			} else {
				suffixText = s.variants[r.IntN(len(s.variants))]
			}
			if suffixText == s.abbr { // "way": only a variant differs
				suffixText = s.variants[0]
			}
			c.applied(rec, Suffix)
		}
	}
	rec.Street = addr.streetLine(suffixText)
	rec.Unit = addr.Unit
	rec.City = addr.City
	rec.State = states[addr.State].code
	rec.ZIP = string(appendZIP(nil, addr.ZIP))
	if !corrupt {
		return
	}
	if c.try(Nickname, r) {
		if g, ok := applyNickname(r, c.nick, rec.Given); ok {
			rec.Given = g
			c.applied(rec, Nickname)
		}
	}
	if c.try(Married, r) && p.Sex == sexFemale {
		rec.Family = marriedName(r, rec.Family)
		c.applied(rec, Married)
	}
	if c.try(SwapNames, r) && rec.Given != rec.Family {
		rec.Given, rec.Family = rec.Family, rec.Given
		c.applied(rec, SwapNames)
	}
	if c.try(MiddleInitial, r) && len(rec.Middle) > 1 {
		rec.Middle = rec.Middle[:1]
		c.applied(rec, MiddleInitial)
	}
	if c.try(Phonetic, r) {
		f, g := fGiven, fFamily
		if r.IntN(2) == 0 {
			f, g = g, f
		}
		for _, ff := range []field{f, g} {
			if c.phonetic(rec, ff, r) {
				c.applied(rec, Phonetic)
				break
			}
		}
	}
	if c.try(Typo, r) {
		if f, ok := pickField(r, rec, typoFields); ok {
			t := rec.text(f)
			if s, ok := applyTypo(r, *t, f == fSSN || f == fZIP); ok {
				*t = s
				c.applied(rec, Typo)
			}
		}
	}
	if c.try(DOBSwap, r) {
		if d, ok := swapDayMonth(rec.DOB); ok {
			rec.DOB = d
			c.applied(rec, DOBSwap)
		}
	}
	if c.try(DOBYear, r) {
		rec.DOB = shiftYear(rec.DOB, 2*r.IntN(2)-1)
		c.applied(rec, DOBYear)
	}
	if c.try(OCR, r) {
		if f, ok := pickField(r, rec, ocrFields); ok {
			t := rec.text(f)
			if s, ok := applyOCR(r, data().ocr, strings.ToUpper(*t)); ok {
				*t = s
				rec.verbatim |= 1 << f
				c.applied(rec, OCR)
			}
		}
	}
	if c.try(Missing, r) {
		if f, ok := pickField(r, rec, missingFields); ok {
			switch f {
			case fDOB:
				rec.NoDOB = true
			case fStreet:
				rec.Street, rec.Unit = "", ""
			default:
				*rec.text(f) = ""
			}
			c.applied(rec, Missing)
		}
	}
}

// try draws whether kind k is tried and counts it.
func (c *corruptor) try(k Kind, r *rand.Rand) bool {
	p := c.rates[k]
	if p <= 0 || (p < 1 && r.Float64() >= p) {
		return false
	}
	c.counts.Tried[k]++
	return true
}

func (c *corruptor) applied(rec *Record, k Kind) {
	rec.Applied |= 1 << k
	c.counts.Applied[k]++
}

// hyphenShare is the share of married names hyphenated with the old
// family name.
const hyphenShare = 1.0 / 3

// marriedName draws a new family name different from old: another surname
// from the population's distribution, hyphenated after the old one a third
// of the time.
func marriedName(r *rand.Rand, old string) string {
	t := data()
	n := old
	for n == old {
		n = t.surnames.names[t.surnames.pick.sample(r)]
	}
	if r.Float64() < hyphenShare {
		return old + "-" + n
	}
	return n
}

// phonetic gives field f a sound-alike spelling: a Febrl surname
// misspelling for family names half of the time when the table has one,
// else a phonetic rule.
func (c *corruptor) phonetic(rec *Record, f field, r *rand.Rand) bool {
	t := rec.text(f)
	if *t == "" {
		return false
	}
	if f == fFamily && r.IntN(2) == 0 {
		if vs := data().surnameMisspell[*t]; len(vs) > 0 {
			*t = vs[r.IntN(len(vs))]
			return true
		}
	}
	s, ok := applyPhonetic(r, data().phonetic, *t)
	if ok {
		*t = s
	}
	return ok
}
