package link

import (
	"html"
	"sort"
	"strings"
	"unicode"

	"github.com/probity-dev/probity/internal/norm"
)

// A normaliser maps a trimmed raw value to the prepared value that is
// compared; "" means null. Normalisers must be pure.
type normaliser func(string) string

// normalisers are the names a Field may give as Normalise. "" keeps the
// trimmed value as it is.
var normalisers = map[string]normaliser{
	"":       func(s string) string { return s },
	"lower":  strings.ToLower,
	"digits": digitsOnly,
	"text":   text,
	"codes":  codes,
	// From package norm.
	"fold":          norm.Fold,
	"person_name":   norm.PersonName,
	"given_name":    norm.CanonicalGiven, // nicknames to their canonical name: bob -> robert
	"business_name": norm.BusinessName,
	"address":       norm.Address,
	"initial":       norm.Initial,
	"zip":           func(s string) string { z, _, _ := norm.ZIP(s); return z },
	"ssn":           okOrNull(norm.SSN), // invalid or never-issued numbers are null
	"ein":           okOrNull(norm.EIN),
	"uei":           okOrNull(norm.UEI),
}

// okOrNull turns a validating normaliser into one that gives null for
// values it rejects.
func okOrNull(f func(string) (string, bool)) normaliser {
	return func(s string) string {
		if v, ok := f(s); ok {
			return v
		}
		return ""
	}
}

func normaliserNames() string {
	var ns []string
	for n := range normalisers {
		if n != "" {
			ns = append(ns, n)
		}
	}
	sort.Strings(ns)
	return strings.Join(ns, ", ")
}

// digitsOnly keeps the ASCII digits of s.
func digitsOnly(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			b := make([]byte, 0, len(s))
			for j := 0; j < len(s); j++ {
				if s[j] >= '0' && s[j] <= '9' {
					b = append(b, s[j])
				}
			}
			return string(b)
		}
	}
	return s
}

// text prepares free text for word and q-gram comparisons: HTML entities
// decoded (&#246; is ö), lower case, every run of characters that are not
// letters or digits one space.
func text(s string) string {
	if strings.IndexByte(s, '&') >= 0 {
		s = html.UnescapeString(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
			continue
		}
		space = true
	}
	return b.String()
}

// codes keeps the product or part codes of a value: the words (split at
// spaces and at punctuation other than - / .) that hold a digit and at
// least three letters or digits, lower case, with - / . removed inside
// them ("PS-LX350H" is pslx350h), sorted and without repeats.
func codes(s string) string {
	s = text(strings.NewReplacer("-", "", "/", "", ".", "").Replace(s))
	var out []string
	for _, w := range strings.Fields(s) {
		if len(w) >= 3 && strings.ContainsAny(w, "0123456789") {
			out = append(out, w)
		}
	}
	sort.Strings(out)
	out = slicesCompact(out)
	return strings.Join(out, " ")
}

func slicesCompact(s []string) []string {
	if len(s) < 2 {
		return s
	}
	out := s[:1]
	for _, v := range s[1:] {
		if v != out[len(out)-1] {
			out = append(out, v)
		}
	}
	return out
}
