package norm

import (
	"strings"
	"time"
)

// PartialDate is a calendar date in which any part may be unknown (0).
// Death records and exclusion lists often carry a year only, or a year and
// month.
type PartialDate struct{ Y, M, D int }

// dobYearMin and dobYearMax bound the years ParseDOB accepts.
const (
	dobYearMin = 1800
	dobYearMax = 2199
)

// ParseDOB parses a date of birth (or death) in the forms found in US
// government files, with 00 (or 0) for an unknown month or day:
//
//   - YYYYMMDD and YYYY-MM-DD (also YYYY/MM/DD), YYYY-MM and YYYY;
//   - M/D/YYYY and MM/DD/YYYY (also with hyphens);
//   - MMDDYYYY, the Social Security Death Master File layout.
//
// Eight digits are read as YYYYMMDD when the first four are a year in
// 1800–2199 and as MMDDYYYY otherwise; no valid date is both, since no
// month starts with 18–21. Years outside 1800–2199, two-digit years, months
// over 12 and days past the end of their month (a day with an unknown
// month may be up to 31) are refused. Surrounding white space is ignored.
func ParseDOB(s string) (PartialDate, bool) {
	s = strings.TrimSpace(s)
	var y, m, d int
	var ok bool
	switch {
	case len(s) == 8 && allDigits(s):
		y, m, d = num(s[:4]), num(s[4:6]), num(s[6:])
		if y < dobYearMin || y > dobYearMax {
			m, d, y = num(s[:2]), num(s[2:4]), num(s[4:])
		}
		ok = true
	case len(s) == 4 && allDigits(s):
		y, ok = num(s), true
	default:
		y, m, d, ok = parseSeparated(s)
	}
	p := PartialDate{y, m, d}
	if !ok || !p.valid() {
		return PartialDate{}, false
	}
	return p, true
}

// parseSeparated reads YYYY-MM-DD, YYYY-MM and M/D/YYYY with - or / as the
// separator.
func parseSeparated(s string) (y, m, d int, ok bool) {
	sep := "-"
	if strings.Contains(s, "/") {
		sep = "/"
	}
	parts := strings.Split(s, sep)
	for _, p := range parts {
		if !allDigits(p) || len(p) > 4 {
			return 0, 0, 0, false
		}
	}
	switch {
	case len(parts) == 3 && len(parts[0]) == 4 && len(parts[1]) <= 2 && len(parts[2]) <= 2:
		return num(parts[0]), num(parts[1]), num(parts[2]), true
	case len(parts) == 2 && len(parts[0]) == 4 && len(parts[1]) <= 2:
		return num(parts[0]), num(parts[1]), 0, true
	case len(parts) == 3 && len(parts[0]) <= 2 && len(parts[1]) <= 2 && len(parts[2]) == 4:
		return num(parts[2]), num(parts[0]), num(parts[1]), true
	}
	return 0, 0, 0, false
}

func num(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// valid reports whether p is a possible partial date of birth.
func (p PartialDate) valid() bool {
	if p.Y < dobYearMin || p.Y > dobYearMax || p.M < 0 || p.M > 12 || p.D < 0 {
		return false
	}
	if p.M == 0 {
		return p.D <= 31
	}
	return p.D <= daysIn(p.Y, p.M)
}

func daysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// Transposed returns p with its day and month swapped, and true, when both
// are known, differ, and the swapped date is valid: 1950-03-12 gives
// 1950-12-03. It returns p and false otherwise (1950-03-13 has no valid
// transposition). Matching uses it to score a date of birth keyed in the
// wrong order.
func (p PartialDate) Transposed() (PartialDate, bool) {
	if p.M == 0 || p.D == 0 || p.M == p.D {
		return p, false
	}
	q := PartialDate{p.Y, p.D, p.M}
	if !q.valid() {
		return p, false
	}
	return q, true
}

// String returns p as YYYY-MM-DD with 00 for unknown parts, "" for the
// zero PartialDate.
func (p PartialDate) String() string {
	if p == (PartialDate{}) {
		return ""
	}
	b := []byte("0000-00-00")
	put := func(at, width, v int) {
		for i := at + width - 1; i >= at; i-- {
			b[i] = byte('0' + v%10)
			v /= 10
		}
	}
	put(0, 4, p.Y)
	put(5, 2, p.M)
	put(8, 2, p.D)
	return string(b)
}
