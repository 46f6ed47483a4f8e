package verify

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// fold returns s in the form names are compared in: letters upper-cased,
// every run of white space (including no-break spaces) made one space, and
// the ends trimmed, so that "DEPARTMENT OF HOMELAND SECURITY" and
// "Department of  Homeland Security" fold alike. It does not allocate when
// s is already folded.
func fold(s string) string {
	if isFolded(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(unicode.ToUpper(r))
	}
	return b.String()
}

func isFolded(s string) bool {
	prevSpace := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= utf8.RuneSelf:
			return false
		case c >= 'a' && c <= 'z':
			return false
		case c == ' ':
			if prevSpace {
				return false
			}
			prevSpace = true
		case c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r':
			return false
		default:
			prevSpace = false
		}
	}
	return !prevSpace || s == ""
}
