package strsim

import "sync"

// soundexDigit is the Soundex code of each letter A–Z: 1–6 for the
// consonant groups, 0 for the vowels A E I O U Y (which separate letters of
// the same code), and 7 for H and W (which do not).
var soundexDigit = [26]byte{
	//  A  B  C  D  E  F  G  H  I  J  K  L  M  N  O  P  Q  R  S  T  U  V  W  X  Y  Z
	0, 1, 2, 3, 0, 1, 2, 7, 0, 2, 2, 4, 5, 5, 0, 1, 2, 6, 2, 3, 0, 1, 7, 2, 0, 2,
}

const (
	sdxVowel = 0
	sdxHW    = 7
)

// Soundex returns the American Soundex code of s: its first letter followed
// by three digits, "" if s has no letter. The rules are the US National
// Archives' ("The Soundex Indexing System", archives.gov/research/census/soundex):
//
//   - letters are coded B F P V → 1; C G J K Q S X Z → 2; D T → 3; L → 4;
//     M N → 5; R → 6; the vowels A E I O U and Y are not coded;
//   - adjacent letters with the same code are coded once, and so is a letter
//     whose code is the first letter's (Pfister → P236, not P123);
//   - letters with the same code separated by H or W are coded once
//     (Ashcraft → A261), but a vowel between them makes both count
//     (Tymczak → T522);
//   - the code is padded with zeros or cut to three digits.
//
// Prefixes (Van, De, La, ...) are not treated specially: the Archives advise
// coding names both with and without them, which callers can do. See the
// package documentation for which characters count as letters.
func Soundex(s string) string {
	var buf [stackRunes]byte
	letters := appendLetters(buf[:0], s)
	if len(letters) == 0 {
		return ""
	}
	first := letters[0] - 'A'
	var digits [3]byte
	n := 0
	last := soundexDigit[first]
	for _, c := range letters[1:] {
		d := soundexDigit[c-'A']
		switch d {
		case sdxHW:
			continue
		case sdxVowel:
			last = sdxVowel
			continue
		}
		if d != last {
			digits[n] = d
			n++
			if n == len(digits) {
				break
			}
		}
		last = d
	}
	i := (int(first)*7+int(digits[0]))*49 + int(digits[1])*7 + int(digits[2])
	return soundexCodes()[4*i : 4*i+4]
}

// soundexCodes holds every Soundex code, letter-major then by digit, in one
// string, so that Soundex returns a substring of it and allocates nothing.
var soundexCodes = sync.OnceValue(func() string {
	b := make([]byte, 0, 26*7*7*7*4)
	for l := byte('A'); l <= 'Z'; l++ {
		for d1 := byte('0'); d1 <= '6'; d1++ {
			for d2 := byte('0'); d2 <= '6'; d2++ {
				for d3 := byte('0'); d3 <= '6'; d3++ {
					b = append(b, l, d1, d2, d3)
				}
			}
		}
	}
	return string(b)
})
