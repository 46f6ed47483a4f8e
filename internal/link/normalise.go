package link

import (
	"sort"
	"strings"
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
