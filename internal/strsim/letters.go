package strsim

import "unicode/utf8"

// latinFold spells the letters of the Latin-1 Supplement (U+00C0–U+00FF) and
// Latin Extended-A (U+0100–U+017F) blocks in upper-case ASCII, by their base
// letter (the letter before any combining mark in their Unicode
// decomposition) or, for ligatures and letters without a decomposition, by
// their usual English transliteration (Æ→AE, ß→SS, Þ→TH, Ł→L, Ø→O). Ranges
// are sorted and cover only letters (× and ÷ are not listed).
var latinFold = [...]struct {
	lo, hi rune
	s      string
}{
	{0xC0, 0xC5, "A"}, {0xC6, 0xC6, "AE"}, {0xC7, 0xC7, "C"}, {0xC8, 0xCB, "E"},
	{0xCC, 0xCF, "I"}, {0xD0, 0xD0, "D"}, {0xD1, 0xD1, "N"}, {0xD2, 0xD6, "O"},
	{0xD8, 0xD8, "O"}, {0xD9, 0xDC, "U"}, {0xDD, 0xDD, "Y"}, {0xDE, 0xDE, "TH"},
	{0xDF, 0xDF, "SS"}, {0xE0, 0xE5, "A"}, {0xE6, 0xE6, "AE"}, {0xE7, 0xE7, "C"},
	{0xE8, 0xEB, "E"}, {0xEC, 0xEF, "I"}, {0xF0, 0xF0, "D"}, {0xF1, 0xF1, "N"},
	{0xF2, 0xF6, "O"}, {0xF8, 0xF8, "O"}, {0xF9, 0xFC, "U"}, {0xFD, 0xFD, "Y"},
	{0xFE, 0xFE, "TH"}, {0xFF, 0xFF, "Y"},
	{0x100, 0x105, "A"}, {0x106, 0x10D, "C"}, {0x10E, 0x111, "D"}, {0x112, 0x11B, "E"},
	{0x11C, 0x123, "G"}, {0x124, 0x127, "H"}, {0x128, 0x131, "I"}, {0x132, 0x133, "IJ"},
	{0x134, 0x135, "J"}, {0x136, 0x138, "K"}, {0x139, 0x142, "L"}, {0x143, 0x14B, "N"},
	{0x14C, 0x151, "O"}, {0x152, 0x153, "OE"}, {0x154, 0x159, "R"}, {0x15A, 0x161, "S"},
	{0x162, 0x167, "T"}, {0x168, 0x173, "U"}, {0x174, 0x175, "W"}, {0x176, 0x178, "Y"},
	{0x179, 0x17E, "Z"}, {0x17F, 0x17F, "S"},
}

// foldLatin returns the ASCII spelling of r from latinFold, or "" if r is
// not listed there.
func foldLatin(r rune) string {
	if r < 0xC0 || r > 0x17F {
		return ""
	}
	lo, hi := 0, len(latinFold)
	for lo < hi {
		m := (lo + hi) / 2
		switch e := latinFold[m]; {
		case r < e.lo:
			hi = m
		case r > e.hi:
			lo = m + 1
		default:
			return e.s
		}
	}
	return ""
}

// appendLetters appends the letters of s to dst as upper-case ASCII: ASCII
// letters upper-cased, Latin-1 and Latin Extended-A letters folded by
// latinFold, everything else dropped. It is the input of the phonetic
// encoders.
func appendLetters(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case 'A' <= c && c <= 'Z':
				dst = append(dst, c)
			case 'a' <= c && c <= 'z':
				dst = append(dst, c-'a'+'A')
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		dst = append(dst, foldLatin(r)...)
	}
	return dst
}
