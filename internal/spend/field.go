package spend

import (
	"errors"
	"strings"
)

// FieldKind says how a text field from a source file is read. Format
// descriptions map each source column to a kind, and both of probity's
// loaders (row by row in Go, and in bulk in the store) read a kind the
// same way.
type FieldKind string

// The field kinds.
const (
	// Text is kept as written; an empty field is null.
	Text FieldKind = "text"
	// Ident is an identifier: surrounding spaces are dropped; empty is null.
	Ident FieldKind = "ident"
	// Amount is a dollar amount read by ParseMoney; empty is null.
	Amount FieldKind = "money"
	// Day is a calendar date read by ParseDate; empty is null.
	Day FieldKind = "date"
	// DayOrNote is a date, or free text where a date was expected: a value
	// that starts with a digit must be a valid date; any other value is a
	// note. (The February 2025 DOGE contract page put agencies' comments,
	// such as "Termination in progress", in its date column.)
	DayOrNote FieldKind = "date_or_note"
	// Count is a whole number, with optional thousands separators ("3,076").
	Count FieldKind = "int"
)

// Space is the set of characters trimmed from the ends of identifiers,
// amounts, dates and counts: ASCII white space only, so that the store's
// SQL loader can trim exactly the same set.
const Space = " \t\n\v\f\r"

func trimSpace(s string) string {
	// Most values have nothing to trim: look at the ends before calling
	// strings.Trim, which is on every field's path.
	if s == "" || (s[0] > ' ' && s[len(s)-1] > ' ') {
		return s
	}
	return strings.Trim(s, Space)
}

// Blank reports whether s is empty or holds only Space characters: an
// identifier or amount field with nothing in it.
func Blank(s string) bool { return trimSpace(s) == "" }

// ErrIntSyntax is returned for a Count field that is not a whole number.
var ErrIntSyntax = errors.New("not a whole number")

// ParseCount reads a whole number such as "3076", "3,076" or "-12".
func ParseCount(s string) (int64, error) {
	s = trimSpace(s)
	neg := false
	if strings.HasPrefix(s, "-") {
		neg = true
		s = s[1:]
	}
	d, ok := stripThousands(s)
	if !ok || d == "" {
		return 0, ErrIntSyntax
	}
	d = strings.TrimLeft(d, "0")
	if len(d) > 15 {
		return 0, ErrIntSyntax
	}
	var v int64
	for i := 0; i < len(d); i++ {
		v = v*10 + int64(d[i]-'0')
	}
	if neg {
		v = -v
	}
	return v, nil
}

// Value is a field read according to its kind. Exactly one of the typed
// members is meaningful, chosen by the kind; Null is true for an empty
// field.
type Value struct {
	Null  bool
	Text  string // Text, Ident, and the note of DayOrNote
	Money Money
	Date  Date
	Int   int64
}

// crlf turns Windows line breaks inside text into "\n": Go's CSV reader
// does so, and every loader must read a field the same way.
var crlf = strings.NewReplacer("\r\n", "\n")

// ParseField reads s as kind k. Text keeps the field as written, except
// that "\r\n" inside it becomes "\n". ref is the reference date for two-digit
// years (see ParseDate). The error is a reason a person can read.
func ParseField(k FieldKind, s string, ref Date) (Value, error) {
	switch k {
	case Text:
		if s == "" {
			return Value{Null: true}, nil
		}
		return Value{Text: crlf.Replace(s)}, nil
	case Ident:
		s = trimSpace(s)
		if s == "" {
			return Value{Null: true}, nil
		}
		return Value{Text: s}, nil
	}
	if trimSpace(s) == "" {
		return Value{Null: true}, nil
	}
	switch k {
	case Amount:
		m, err := ParseMoney(s)
		return Value{Money: m}, err
	case Day:
		d, err := ParseDate(s, ref)
		return Value{Date: d}, err
	case DayOrNote:
		t := trimSpace(s)
		if t[0] >= '0' && t[0] <= '9' {
			d, err := ParseDate(t, ref)
			return Value{Date: d}, err
		}
		return Value{Text: crlf.Replace(s)}, nil
	case Count:
		n, err := ParseCount(s)
		return Value{Int: n}, err
	}
	return Value{}, errors.New("unknown field kind " + string(k))
}
