package strsim

import (
	"math"
	"unicode/utf8"
	"unsafe"
)

// stackRunes is the length up to which the Unicode path decodes strings into
// stack buffers; longer input is decoded into heap slices.
const stackRunes = 64

// unbounded is the bound used when a caller asks for no bound. max+1 must not
// overflow.
const unbounded = math.MaxInt - 1

// char is the element type the comparators are written over: bytes on the
// ASCII fast path, runes otherwise.
type char interface{ ~byte | ~rune }

// isASCII reports whether s holds only ASCII bytes.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// bothASCII reports whether a and b hold only ASCII bytes.
func bothASCII(a, b string) bool { return isASCII(a) && isASCII(b) }

// bytesOf returns the bytes of s without copying them. The result aliases
// the string's memory and must never be written to.
func bytesOf(s string) []byte { return unsafe.Slice(unsafe.StringData(s), len(s)) }

// appendRunes appends the runes of s to dst, invalid bytes as U+FFFD.
func appendRunes(dst []rune, s string) []rune {
	for _, r := range s {
		dst = append(dst, r)
	}
	return dst
}

// runeLen is the number of runes in s, counting each invalid byte as one.
func runeLen(s string) int {
	if isASCII(s) {
		return len(s)
	}
	return utf8.RuneCountInString(s)
}

// trimAffix removes the common prefix and suffix of a and b. Edit distances
// (Levenshtein, OSA, Damerau–Levenshtein) do not change when it is removed.
func trimAffix[T char](a, b []T) ([]T, []T) {
	n := min(len(a), len(b))
	i := 0
	for i < n && a[i] == b[i] {
		i++
	}
	a, b = a[i:], b[i:]
	la, lb := len(a), len(b)
	for la > 0 && lb > 0 && a[la-1] == b[lb-1] {
		la--
		lb--
	}
	return a[:la], b[:lb]
}

// prefixRunes is the number of leading runes a and b share, at most limit.
func prefixRunes(a, b string, limit int) int {
	n := 0
	for n < limit && len(a) > 0 && len(b) > 0 {
		if a[0] < utf8.RuneSelf && b[0] < utf8.RuneSelf {
			if a[0] != b[0] {
				break
			}
			a, b = a[1:], b[1:]
			n++
			continue
		}
		ra, sa := utf8.DecodeRuneInString(a)
		rb, sb := utf8.DecodeRuneInString(b)
		if ra != rb {
			break
		}
		a, b = a[sa:], b[sb:]
		n++
	}
	return n
}

// validUTF8 returns s with each byte that is not valid UTF-8 replaced by
// U+FFFD, so that comparisons of substrings agree with comparisons of runes.
// It allocates only for invalid input.
func validUTF8(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	return string([]rune(s))
}
