package spend

import (
	"errors"
	"strconv"
	"strings"
)

// Money is an exact amount of US dollars, held as a whole number of cents.
// Its zero value is zero dollars.
type Money int64

// Cents returns m as a number of cents.
func (m Money) Cents() int64 { return int64(m) }

// Dollars returns m in plain decimal form without separators, such as
// "-1234.50": the form written to CSV and JSON.
func (m Money) Dollars() string {
	neg := m < 0
	u := uint64(m)
	if neg {
		u = uint64(-m)
	}
	s := strconv.FormatUint(u/100, 10) + "." + twoDigits(u%100)
	if neg {
		return "-" + s
	}
	return s
}

// String returns m for people, such as "$1,234.50" or "-$8,000,000.00".
func (m Money) String() string {
	neg := m < 0
	u := uint64(m)
	if neg {
		u = uint64(-m)
	}
	whole := strconv.FormatUint(u/100, 10)
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	b.WriteByte('$')
	for i, c := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	b.WriteByte('.')
	b.WriteString(twoDigits(u % 100))
	return b.String()
}

// Short returns m rounded for headlines, such as "$8.0B", "$412.3M",
// "$15.2K" or "$950".
func (m Money) Short() string {
	neg := m < 0
	d := float64(m) / 100 // display only: never used for arithmetic
	if neg {
		d = -d
	}
	var s string
	switch {
	case d >= 1e9:
		s = "$" + strconv.FormatFloat(d/1e9, 'f', 1, 64) + "B"
	case d >= 1e6:
		s = "$" + strconv.FormatFloat(d/1e6, 'f', 1, 64) + "M"
	case d >= 1e3:
		s = "$" + strconv.FormatFloat(d/1e3, 'f', 1, 64) + "K"
	default:
		s = "$" + strconv.FormatFloat(d, 'f', 0, 64)
	}
	if neg {
		return "-" + s
	}
	return s
}

func twoDigits(u uint64) string {
	if u < 10 {
		return "0" + strconv.FormatUint(u, 10)
	}
	return strconv.FormatUint(u, 10)
}

// MaxMoney is the largest amount ParseMoney accepts: $90 trillion, well
// above any single federal award and far below the int64 limit, so that
// sums of millions of amounts cannot overflow.
const MaxMoney Money = 90_000_000_000_000_00

// Errors returned by ParseMoney. Each is a reason a person can read.
var (
	ErrMoneyEmpty     = errors.New("empty amount")
	ErrMoneySyntax    = errors.New("not a dollar amount")
	ErrMoneyPrecision = errors.New("more than two decimal places")
	ErrMoneyRange     = errors.New("amount out of range")
)

// ParseMoney reads a dollar amount written in decimal: "1234", "1234.5",
// "-335885.12", "1,234.56", "$1,234.56", "-$20.00", with surrounding
// spaces ignored. The grammar, after trimming, is
//
//	-? $? ( digits | 1-3 digits (,3 digits)+ ) ( . digits )?
//
// Digits after the second decimal place are accepted only when they are
// zeros ("21382.000"). Exponents, NaN, Inf and amounts above MaxMoney are
// refused: the conversion is exact, with no floating point. The store's
// bulk loader implements the same grammar in SQL, and a differential test
// keeps the two in step.
func ParseMoney(s string) (Money, error) {
	if m, ok := parsePlainMoney(s); ok {
		return m, nil
	}
	return parseMoney(s)
}

// parsePlainMoney reads the form nearly every amount in the files takes,
// -?digits(.d|.dd)? with at most 15 digits, in one pass; ok is false for
// anything else, which parseMoney then reads (or refuses) by the full
// grammar. FuzzParseMoney checks that the two agree.
func parsePlainMoney(s string) (m Money, ok bool) {
	i := 0
	if len(s) > 0 && s[0] == '-' {
		i = 1
	}
	start := i
	var v int64
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		v = v*10 + int64(s[i]-'0')
		i++
	}
	if n := i - start; n == 0 || n > 15 {
		return 0, false
	}
	v *= 100
	if i < len(s) {
		if s[i] != '.' {
			return 0, false
		}
		frac := s[i+1:]
		if len(frac) == 0 || len(frac) > 2 {
			return 0, false
		}
		for j := 0; j < len(frac); j++ {
			if frac[j] < '0' || frac[j] > '9' {
				return 0, false
			}
		}
		v += int64(frac[0]-'0') * 10
		if len(frac) == 2 {
			v += int64(frac[1] - '0')
		}
	}
	if Money(v) > MaxMoney {
		return 0, false
	}
	if start == 1 {
		v = -v
	}
	return Money(v), true
}

// parseMoney reads s by the full grammar.
func parseMoney(s string) (Money, error) {
	s = trimSpace(s)
	if s == "" {
		return 0, ErrMoneyEmpty
	}
	neg := false
	if s[0] == '-' {
		neg = true
		s = s[1:]
	}
	s = strings.TrimPrefix(s, "$")
	intPart, frac, hasDot := strings.Cut(s, ".")
	if intPart == "" || (hasDot && frac == "") {
		return 0, ErrMoneySyntax
	}
	digits, ok := stripThousands(intPart)
	if !ok {
		return 0, ErrMoneySyntax
	}
	for i := 0; i < len(frac); i++ {
		if frac[i] < '0' || frac[i] > '9' {
			return 0, ErrMoneySyntax
		}
	}
	if len(frac) > 2 {
		if strings.Trim(frac[2:], "0") != "" {
			return 0, ErrMoneyPrecision
		}
		frac = frac[:2]
	}
	digits = strings.TrimLeft(digits, "0")
	if len(digits) > 15 {
		return 0, ErrMoneyRange
	}
	var v int64
	for i := 0; i < len(digits); i++ {
		v = v*10 + int64(digits[i]-'0')
	}
	v *= 100
	if len(frac) > 0 {
		v += int64(frac[0]-'0') * 10
	}
	if len(frac) > 1 {
		v += int64(frac[1] - '0')
	}
	if Money(v) > MaxMoney {
		return 0, ErrMoneyRange
	}
	if neg {
		v = -v
	}
	return Money(v), nil
}

// stripThousands checks that s is all digits, or digits grouped by commas
// in threes, and returns the digits alone.
func stripThousands(s string) (string, bool) {
	if !strings.Contains(s, ",") {
		for i := 0; i < len(s); i++ {
			if s[i] < '0' || s[i] > '9' {
				return "", false
			}
		}
		return s, true
	}
	groups := strings.Split(s, ",")
	if len(groups[0]) == 0 || len(groups[0]) > 3 {
		return "", false
	}
	var b strings.Builder
	for i, g := range groups {
		if i > 0 && len(g) != 3 {
			return "", false
		}
		for j := 0; j < len(g); j++ {
			if g[j] < '0' || g[j] > '9' {
				return "", false
			}
		}
		b.WriteString(g)
	}
	return b.String(), true
}

// NullMoney is an amount that may be unknown, like sql.NullInt64.
type NullMoney struct {
	Money Money
	Valid bool // Valid is true if Money is known
}

// Known returns a known amount.
func Known(m Money) NullMoney { return NullMoney{Money: m, Valid: true} }

// String returns the amount, or "unknown".
func (n NullMoney) String() string {
	if !n.Valid {
		return "unknown"
	}
	return n.Money.String()
}
