package norm

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Fold returns s lower-cased, with accents removed and letters spelled in
// ASCII where Unicode compatibility decomposition (NFKD) allows, runs of
// white space collapsed to one space, and no leading or trailing space.
//
// After NFKD, combining marks and invisible format characters (zero-width
// spaces and joiners, byte-order marks) are dropped, so "José Ñúñez" becomes
// "jose nunez" and the ligature "ﬁ" becomes "fi". Letters that have no
// decomposition get their usual ASCII spelling: ß→ss, æ→ae, œ→oe, ø→o, đ
// and ð→d, ł→l, þ→th, ı→i, ħ→h. Letters of other scripts are kept as they
// are (lower-cased). Punctuation is kept; control characters count as
// white space.
func Fold(s string) string {
	if isASCII(s) {
		return foldASCII(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	var it norm.Iter
	it.InitString(norm.NFKD, s)
	for !it.Done() {
		seg := it.Next()
		for len(seg) > 0 {
			r, n := utf8.DecodeRune(seg)
			seg = seg[n:]
			switch {
			case unicode.IsSpace(r) || unicode.IsControl(r):
				space = b.Len() > 0
				continue
			case unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Cf, r):
				continue
			}
			if space {
				b.WriteByte(' ')
				space = false
			}
			r = unicode.ToLower(r)
			if sp, ok := foldSpecial[r]; ok {
				b.WriteString(sp)
			} else {
				b.WriteRune(r)
			}
		}
	}
	return b.String()
}

// foldSpecial spells in ASCII the lower-case Latin letters that NFKD leaves
// alone, by their usual transliteration.
var foldSpecial = map[rune]string{
	'ß': "ss", 'æ': "ae", 'œ': "oe", 'ø': "o", 'đ': "d", 'ð': "d", 'ł': "l",
	'þ': "th", 'ı': "i", 'ħ': "h", 'ŀ': "l", 'ĸ': "k", 'ŋ': "n", 'ŧ': "t",
	'ƒ': "f", 'ɨ': "i", 'ʉ': "u",
}

// foldASCII is Fold for ASCII input.
func foldASCII(s string) string {
	// Return s itself when it is already folded.
	clean := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' || c < ' ' || c == 0x7f ||
			c == ' ' && (i == 0 || i == len(s)-1 || s[i+1] == ' ') {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	b := make([]byte, 0, len(s))
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c <= ' ' || c == 0x7f {
			space = len(b) > 0
			continue
		}
		if space {
			b = append(b, ' ')
			space = false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return string(b)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// words splits folded text into words: runs of letters and digits, with
// apostrophes inside a word dropped (o'brien → obrien) and every other
// character a separator. Characters for which keep returns true are
// returned as words of their own (for example '&' or '#'). Words are
// substrings of s where possible, so that splitting allocates little.
func words(s string, keep func(r rune) bool) []string {
	out := make([]string, 0, 8)
	start := -1       // byte offset of the current word, -1 if none
	var joined []byte // the current word when an apostrophe was dropped
	flush := func(end int) {
		switch {
		case joined != nil:
			out = append(out, string(append(joined, s[start:end]...)))
			joined = nil
		case start >= 0:
			out = append(out, s[start:end])
		}
		start = -1
	}
	for i := 0; i < len(s); {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case isWordRune(r):
			if start < 0 {
				start = i
			}
		case isApostrophe(r) && start >= 0 && i+n < len(s) && isWordRune(firstRune(s[i+n:])):
			// Inside a word: dropped, the word continues after it.
			joined = append(joined, s[start:i]...)
			start = i + n
		case keep != nil && keep(r):
			flush(i)
			out = append(out, s[i:i+n])
		default:
			flush(i)
		}
		i += n
	}
	flush(len(s))
	return out
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		// 0x01 and 0x02 are Address's stand-ins for a hyphen or slash
		// between digits; folded text has no control characters otherwise.
		return 'a' <= r && r <= 'z' || '0' <= r && r <= '9' || 'A' <= r && r <= 'Z' || r == 0x01 || r == 0x02
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == '‘' || r == '`' }

func isLetterOrDigit(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
