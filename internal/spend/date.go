package spend

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// Date is a calendar date with no time of day and no time zone. The zero
// Date means "unknown".
type Date struct {
	Y int
	M time.Month
	D int
}

// NewDate returns the date y-m-d. It does not check that the date exists;
// use ParseDate for untrusted text.
func NewDate(y int, m time.Month, d int) Date { return Date{y, m, d} }

// DateOf returns the calendar date of t in t's location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{y, m, d}
}

// IsZero reports whether d is unknown.
func (d Date) IsZero() bool { return d == Date{} }

// Time returns midnight UTC at the start of d.
func (d Date) Time() time.Time { return time.Date(d.Y, d.M, d.D, 0, 0, 0, 0, time.UTC) }

// String returns d as YYYY-MM-DD, or "" if d is unknown.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Y, int(d.M), d.D)
}

// Before reports whether d is earlier than e.
func (d Date) Before(e Date) bool { return d.Compare(e) < 0 }

// After reports whether d is later than e.
func (d Date) After(e Date) bool { return d.Compare(e) > 0 }

// Compare returns -1, 0 or +1 as d is before, equal to or after e.
func (d Date) Compare(e Date) int {
	switch {
	case d.Y != e.Y:
		return cmp(d.Y, e.Y)
	case d.M != e.M:
		return cmp(int(d.M), int(e.M))
	default:
		return cmp(d.D, e.D)
	}
}

// DaysUntil returns the number of days from d to e (negative if e is earlier).
func (d Date) DaysUntil(e Date) int { return int(e.Time().Sub(d.Time()).Hours() / 24) }

func cmp(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// Errors returned by ParseDate.
var (
	ErrDateEmpty      = errors.New("empty date")
	ErrDateSyntax     = errors.New("not a date (expected M/D/YYYY or YYYY-MM-DD)")
	ErrDateImpossible = errors.New("impossible date")
	ErrDateAmbiguous  = errors.New("ambiguous two-digit year")
	ErrDateRange      = errors.New("implausible year (outside 1900-2100)")
)

// ParseDate reads a date in one of the forms seen in federal spending
// files:
//
//	M/D/YYYY and MM/DD/YYYY   (DOGE pages, FPDS ezsearch)
//	YYYY-MM-DD                (USAspending, ISO 8601)
//	YYYY-MM-DD-HHMM           (scrape time stamps; the time is dropped)
//	M/D/YY                    (some DOGE lease rows)
//
// A two-digit year is resolved against ref, to the one year in the
// hundred years from ref-80 to ref+19 that ends in those digits. With a
// zero ref it is refused as ambiguous. Dates that do not exist (2/30/2025,
// month 13) and years outside 1900-2100 are refused.
func ParseDate(s string, ref Date) (Date, error) {
	s = trimSpace(s)
	if s == "" {
		return Date{}, ErrDateEmpty
	}
	var y, m, d int
	var ok bool
	switch {
	case strings.IndexByte(s, '/') >= 0:
		ms, rest, _ := strings.Cut(s, "/")
		ds, ys, ok3 := strings.Cut(rest, "/")
		if !ok3 || strings.IndexByte(ys, '/') >= 0 {
			return Date{}, ErrDateSyntax
		}
		if m, ok = digits(ms, 1, 2); !ok {
			return Date{}, ErrDateSyntax
		}
		if d, ok = digits(ds, 1, 2); !ok {
			return Date{}, ErrDateSyntax
		}
		switch len(ys) {
		case 4:
			y, ok = digits(ys, 4, 4)
		case 2:
			var yy int
			if yy, ok = digits(ys, 2, 2); ok {
				if ref.IsZero() {
					return Date{}, ErrDateAmbiguous
				}
				y = resolveYY(yy, ref.Y)
			}
		default:
			ok = false
		}
		if !ok {
			return Date{}, ErrDateSyntax
		}
	case len(s) >= 10 && s[4] == '-' && s[7] == '-':
		if y, ok = digits(s[0:4], 4, 4); !ok {
			return Date{}, ErrDateSyntax
		}
		if m, ok = digits(s[5:7], 2, 2); !ok {
			return Date{}, ErrDateSyntax
		}
		if d, ok = digits(s[8:10], 2, 2); !ok {
			return Date{}, ErrDateSyntax
		}
		rest := s[10:]
		if rest != "" {
			// A scrape stamp: -HHMM.
			if len(rest) != 5 || rest[0] != '-' {
				return Date{}, ErrDateSyntax
			}
			hhmm, ok := digits(rest[1:], 4, 4)
			if !ok || hhmm/100 > 23 || hhmm%100 > 59 {
				return Date{}, ErrDateSyntax
			}
		}
	default:
		return Date{}, ErrDateSyntax
	}
	if y < 1900 || y > 2100 {
		return Date{}, ErrDateRange
	}
	if m < 1 || m > 12 || d < 1 || d > daysIn(time.Month(m), y) {
		return Date{}, ErrDateImpossible
	}
	return Date{y, time.Month(m), d}, nil
}

// resolveYY returns the year ending in yy in [refY-80, refY+19].
func resolveYY(yy, refY int) int {
	lo := refY - 80
	y := lo - lo%100 + yy
	if y < lo {
		y += 100
	}
	return y
}

func digits(s string, min, max int) (int, bool) {
	if len(s) < min || len(s) > max {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}

// daysIn returns the number of days in month m (1-12) of year y.
func daysIn(m time.Month, y int) int {
	switch m {
	case time.February:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	}
	return 31
}

// DateFromDays returns the date n days after 1970-01-01 (negative n for
// earlier dates), by the proleptic Gregorian calendar. It is exact and
// allocation-free: the store reads dates as day numbers.
func DateFromDays(n int64) Date {
	// Howard Hinnant's civil_from_days.
	z := n + 719468
	era := z / 146097
	if z < 0 && z%146097 != 0 {
		era--
	}
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	return Date{int(y), time.Month(m), int(d)}
}

// Days returns the number of days from 1970-01-01 to d.
func (d Date) Days() int64 { return d.Time().Unix() / 86400 }
