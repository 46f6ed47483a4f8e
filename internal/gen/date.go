package gen

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// Date is a calendar date (proleptic Gregorian), without time zone.
type Date struct{ Year, Month, Day int }

// DateFormat is how dates are written in the record files.
type DateFormat string

// The date formats.
const (
	ISODate DateFormat = "iso" // 2006-01-02
	USDate  DateFormat = "us"  // 01/02/2006 (month/day/year)
)

// ParseDateFormat parses "iso" or "us".
func ParseDateFormat(s string) (DateFormat, error) {
	switch f := DateFormat(strings.ToLower(strings.TrimSpace(s))); f {
	case ISODate, USDate:
		return f, nil
	}
	return "", fmt.Errorf("date format %q: want iso or us", s)
}

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

func daysIn(y, m int) int {
	switch m {
	case 2:
		if isLeap(y) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// Valid reports whether d is a real calendar date.
func (d Date) Valid() bool {
	return d.Month >= 1 && d.Month <= 12 && d.Day >= 1 && d.Day <= daysIn(d.Year, d.Month)
}

// appendDate appends d in format f to b.
func appendDate(b []byte, d Date, f DateFormat) []byte {
	if f == USDate {
		b = append2(b, d.Month)
		b = append(b, '/')
		b = append2(b, d.Day)
		b = append(b, '/')
		return append4(b, d.Year)
	}
	b = append4(b, d.Year)
	b = append(b, '-')
	b = append2(b, d.Month)
	b = append(b, '-')
	return append2(b, d.Day)
}

func append2(b []byte, n int) []byte { return append(b, byte('0'+n/10%10), byte('0'+n%10)) }

func append4(b []byte, n int) []byte {
	return append(b, byte('0'+n/1000%10), byte('0'+n/100%10), byte('0'+n/10%10), byte('0'+n%10))
}

// The birth years of the population: adults of working or pension age.
const (
	birthFrom = 1930
	birthTo   = 2005
)

// randomDOB draws a date uniformly between 1 January birthFrom and
// 31 December birthTo.
func randomDOB(r *rand.Rand) Date {
	y := birthFrom + r.IntN(birthTo-birthFrom+1)
	doy := r.IntN(365 + b2i(isLeap(y)))
	m := 1
	for doy >= daysIn(y, m) {
		doy -= daysIn(y, m)
		m++
	}
	return Date{y, m, doy + 1}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// swapDayMonth returns d with day and month exchanged; false when the
// result would be d itself or no date (day above 12).
func swapDayMonth(d Date) (Date, bool) {
	if d.Day > 12 || d.Day == d.Month {
		return d, false
	}
	return Date{d.Year, d.Day, d.Month}, true
}

// shiftYear returns d one year earlier or later; 29 February becomes
// 28 February in a year that is not a leap year.
func shiftYear(d Date, delta int) Date {
	d.Year += delta
	if d.Month == 2 && d.Day == 29 && !isLeap(d.Year) {
		d.Day = 28
	}
	return d
}
