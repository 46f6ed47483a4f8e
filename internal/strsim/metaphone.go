package strsim

import "unicode/utf8"

// DoubleMetaphone returns the primary and alternate Double Metaphone codes of
// s (Lawrence Philips, "The Double Metaphone Search Algorithm", C/C++ Users
// Journal, June 2000), each at most 4 characters long, as in the original
// and in Apache commons-codec. The alternate code equals the primary when
// the name has no second pronunciation; both are "" when s has no letter.
// Codes use the letters A F H J K L M N P R S T X and 0 (zero, for "th").
//
// Input is read as described in the package documentation, with two
// additions the algorithm needs: Ç and Ñ keep their own rules (→ S and → N),
// and every run of non-letters becomes one space, since some rules look at
// word boundaries ("San Jose", "Van Dyke", "Mac Gregor").
func DoubleMetaphone(s string) (primary, alternate string) {
	return DoubleMetaphoneN(s, 4)
}

// DoubleMetaphoneN is DoubleMetaphone with codes of at most maxLen
// characters; maxLen < 1 or above 64 means 64, the longest code returned.
func DoubleMetaphoneN(s string, maxLen int) (primary, alternate string) {
	if maxLen < 1 || maxLen > dmMaxCode {
		maxLen = dmMaxCode
	}
	var in [stackRunes]byte
	var e dmEncoder
	e.s = appendDMInput(in[:0], s)
	if len(e.s) == 0 {
		return "", ""
	}
	e.encode(maxLen)
	p, a := e.pri[:e.np], e.alt[:e.na]
	if len(p) > maxLen {
		p = p[:maxLen]
	}
	if len(a) > maxLen {
		a = a[:maxLen]
	}
	if string(p) == string(a) {
		primary = string(p)
		return primary, primary
	}
	both := string(p) + string(a)
	return both[:len(p)], both[len(p):]
}

// Special bytes for the two letters Double Metaphone treats on their own.
const (
	dmCCedilla = 0xC7 // Ç
	dmNTilde   = 0xD1 // Ñ
	dmPad      = 6    // the original pads its input with spaces
	dmMaxCode  = 64   // the longest code DoubleMetaphoneN returns
)

// appendDMInput appends the Double Metaphone input form of s to dst:
// upper-case ASCII letters, Ç and Ñ as the bytes 0xC7 and 0xD1, one space
// for each run of other characters (none at the ends).
func appendDMInput(dst []byte, s string) []byte {
	space := false
	for i := 0; i < len(s); {
		var f string // the letters of the next rune, "" if it is no letter
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case 'A' <= c && c <= 'Z':
				f = asciiUpper[c-'A' : c-'A'+1]
			case 'a' <= c && c <= 'z':
				f = asciiUpper[c-'a' : c-'a'+1]
			}
		} else {
			r, n := utf8.DecodeRuneInString(s[i:])
			i += n
			switch r {
			case 'Ç', 'ç':
				f = "\xC7"
			case 'Ñ', 'ñ':
				f = "\xD1"
			default:
				f = foldLatin(r)
			}
		}
		if f == "" {
			space = true
			continue
		}
		if space && len(dst) > 0 {
			dst = append(dst, ' ')
		}
		space = false
		dst = append(dst, f...)
	}
	return dst
}

const asciiUpper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"

// dmEncoder holds the state of one Double Metaphone encoding.
type dmEncoder struct {
	s        []byte // input; at() reads spaces past its end, as the original's padding
	pri, alt [dmMaxCode + 4]byte
	np, na   int
	slavo    int8 // 0 unknown, 1 yes, -1 no
}

func (e *dmEncoder) at(i int) byte {
	if i < 0 || i >= len(e.s) {
		if i >= len(e.s) && i < len(e.s)+dmPad {
			return ' '
		}
		return 0
	}
	return e.s[i]
}

// is reports whether the input at start begins with one of subs (read with
// the padding spaces past the end, and never before the start).
func (e *dmEncoder) is(start int, subs ...string) bool {
	if start < 0 {
		return false
	}
outer:
	for _, sub := range subs {
		for k := 0; k < len(sub); k++ {
			if e.at(start+k) != sub[k] {
				continue outer
			}
		}
		return true
	}
	return false
}

func (e *dmEncoder) vowel(i int) bool {
	switch e.at(i) {
	case 'A', 'E', 'I', 'O', 'U', 'Y':
		return i >= 0 && i < len(e.s)
	}
	return false
}

// slavoGermanic reports whether the name contains W, K, CZ or WITZ.
func (e *dmEncoder) slavoGermanic() bool {
	if e.slavo == 0 {
		e.slavo = -1
		for i, c := range e.s {
			if c == 'W' || c == 'K' || c == 'C' && i+1 < len(e.s) && e.s[i+1] == 'Z' {
				e.slavo = 1
				break
			}
		}
	}
	return e.slavo > 0
}

// add appends main to both codes.
func (e *dmEncoder) add(main string) { e.add2(main, main) }

// add2 appends main to the primary code and alt to the alternate one; an
// alternate of " " means "nothing", as in the original. Codes stop growing
// at dmMaxCode characters (the encoding loop stops there too).
func (e *dmEncoder) add2(main, alt string) {
	if e.np < dmMaxCode {
		e.np += copy(e.pri[e.np:], main)
	}
	if alt != " " && e.na < dmMaxCode {
		e.na += copy(e.alt[e.na:], alt)
	}
}

// germanic reports the "obvious Germanic" prefixes VAN , VON and SCH.
func (e *dmEncoder) germanic() bool { return e.is(0, "VAN ", "VON ", "SCH") }

func (e *dmEncoder) encode(maxLen int) {
	n := len(e.s)
	last := n - 1
	cur := 0
	if e.is(0, "GN", "KN", "PN", "WR", "PS") {
		cur = 1
	}
	if e.at(0) == 'X' { // initial X sounds as Z: Xavier
		e.add("S")
		cur = 1
	}
	for (e.np < maxLen || e.na < maxLen) && cur < n {
		switch c := e.at(cur); c {
		case 'A', 'E', 'I', 'O', 'U', 'Y':
			if cur == 0 {
				e.add("A")
			}
			cur++
		case 'B':
			e.add("P")
			cur += e.skipDouble(cur, 'B')
		case dmCCedilla:
			e.add("S")
			cur++
		case 'C':
			cur = e.encodeC(cur)
		case 'D':
			switch {
			case e.is(cur, "DG") && e.is(cur+2, "I", "E", "Y"):
				e.add("J") // edge
				cur += 3
			case e.is(cur, "DG"):
				e.add("TK") // edgar
				cur += 2
			case e.is(cur, "DT", "DD"):
				e.add("T")
				cur += 2
			default:
				e.add("T")
				cur++
			}
		case 'F':
			cur += e.skipDouble(cur, 'F')
			e.add("F")
		case 'G':
			cur = e.encodeG(cur)
		case 'H':
			// Kept only first or between vowels, and before a vowel.
			if (cur == 0 || e.vowel(cur-1)) && e.vowel(cur+1) {
				e.add("H")
				cur += 2
			} else {
				cur++
			}
		case 'J':
			cur = e.encodeJ(cur, last)
		case 'K':
			cur += e.skipDouble(cur, 'K')
			e.add("K")
		case 'L':
			if e.at(cur+1) == 'L' {
				// Spanish: cabrillo, gallegos.
				if (cur == n-3 && e.is(cur-1, "ILLO", "ILLA", "ALLE")) ||
					((e.is(last-1, "AS", "OS") || e.is(last, "A", "O")) && e.is(cur-1, "ALLE")) {
					e.add2("L", " ")
					cur += 2
					break
				}
				cur += 2
			} else {
				cur++
			}
			e.add("L")
		case 'M':
			if (e.is(cur-1, "UMB") && (cur+1 == last || e.is(cur+2, "ER"))) || e.at(cur+1) == 'M' {
				cur += 2 // dumb, thumb
			} else {
				cur++
			}
			e.add("M")
		case 'N':
			cur += e.skipDouble(cur, 'N')
			e.add("N")
		case dmNTilde:
			cur++
			e.add("N")
		case 'P':
			if e.at(cur+1) == 'H' {
				e.add("F")
				cur += 2
				break
			}
			if e.is(cur+1, "P", "B") { // campbell, raspberry
				cur += 2
			} else {
				cur++
			}
			e.add("P")
		case 'Q':
			cur += e.skipDouble(cur, 'Q')
			e.add("K")
		case 'R':
			// French: rogier, but not hochmeier.
			if cur == last && !e.slavoGermanic() && e.is(cur-2, "IE") && !e.is(cur-4, "ME", "MA") {
				e.add2("", "R")
			} else {
				e.add("R")
			}
			cur += e.skipDouble(cur, 'R')
		case 'S':
			cur = e.encodeS(cur, last)
		case 'T':
			switch {
			case e.is(cur, "TION"):
				e.add("X")
				cur += 3
			case e.is(cur, "TIA", "TCH"):
				e.add("X")
				cur += 3
			case e.is(cur, "TH", "TTH"):
				if e.is(cur+2, "OM", "AM") || e.germanic() { // thomas, thames
					e.add("T")
				} else {
					e.add2("0", "T")
				}
				cur += 2
			default:
				if e.is(cur+1, "T", "D") {
					cur += 2
				} else {
					cur++
				}
				e.add("T")
			}
		case 'V':
			cur += e.skipDouble(cur, 'V')
			e.add("F")
		case 'W':
			cur = e.encodeW(cur, last)
		case 'X':
			// French: breaux.
			if !(cur == last && (e.is(cur-3, "IAU", "EAU") || e.is(cur-2, "AU", "OU"))) {
				e.add("KS")
			}
			if e.is(cur+1, "C", "X") {
				cur += 2
			} else {
				cur++
			}
		case 'Z':
			if e.at(cur+1) == 'H' { // Chinese pinyin: zhao
				e.add("J")
				cur += 2
				break
			}
			if e.is(cur+1, "ZO", "ZI", "ZA") || (e.slavoGermanic() && cur > 0 && e.at(cur-1) != 'T') {
				e.add2("S", "TS")
			} else {
				e.add("S")
			}
			cur += e.skipDouble(cur, 'Z')
		default:
			cur++
		}
	}
}

// skipDouble returns 2 if the letter after cur is c, else 1.
func (e *dmEncoder) skipDouble(cur int, c byte) int {
	if e.at(cur+1) == c {
		return 2
	}
	return 1
}

func (e *dmEncoder) encodeC(cur int) int {
	// Various Germanic: bacher, macher, but not -ACHI-/-ACHE-.
	if cur > 1 && !e.vowel(cur-2) && e.is(cur-1, "ACH") &&
		(e.at(cur+2) != 'I' && (e.at(cur+2) != 'E' || e.is(cur-2, "BACHER", "MACHER"))) {
		e.add("K")
		return cur + 2
	}
	if cur == 0 && e.is(cur, "CAESAR") {
		e.add("S")
		return cur + 2
	}
	if e.is(cur, "CHIA") { // Italian: chianti
		e.add("K")
		return cur + 2
	}
	if e.is(cur, "CH") {
		if cur > 0 && e.is(cur, "CHAE") { // michael
			e.add2("K", "X")
			return cur + 2
		}
		// Greek roots: chemistry, chorus.
		if cur == 0 && (e.is(cur+1, "HARAC", "HARIS") || e.is(cur+1, "HOR", "HYM", "HIA", "HEM")) && !e.is(0, "CHORE") {
			e.add("K")
			return cur + 2
		}
		// Germanic, Greek or otherwise "kh": architect but not arch,
		// orchestra, orchid; wachtler, wechsler, but not tichner.
		if e.germanic() || e.is(cur-2, "ORCHES", "ARCHIT", "ORCHID") || e.is(cur+2, "T", "S") ||
			((e.is(cur-1, "A", "O", "U", "E") || cur == 0) &&
				e.is(cur+2, "L", "R", "N", "M", "B", "H", "F", "V", "W", " ")) {
			e.add("K")
		} else if cur > 0 {
			if e.is(0, "MC") { // McHugh
				e.add("K")
			} else {
				e.add2("X", "K")
			}
		} else {
			e.add("X")
		}
		return cur + 2
	}
	if e.is(cur, "CZ") && !e.is(cur-2, "WICZ") { // czerny
		e.add2("S", "X")
		return cur + 2
	}
	if e.is(cur+1, "CIA") { // focaccia
		e.add("X")
		return cur + 3
	}
	// Double C, but not McClellan.
	if e.is(cur, "CC") && !(cur == 1 && e.at(0) == 'M') {
		if e.is(cur+2, "I", "E", "H") && !e.is(cur+2, "HU") { // bellocchio, not bacchus
			if (cur == 1 && e.at(cur-1) == 'A') || e.is(cur-1, "UCCEE", "UCCES") {
				e.add("KS") // accident, accede, succeed
			} else {
				e.add("X") // bacci, bertucci
			}
			return cur + 3
		}
		e.add("K") // Pierce's rule
		return cur + 2
	}
	if e.is(cur, "CK", "CG", "CQ") {
		e.add("K")
		return cur + 2
	}
	if e.is(cur, "CI", "CE", "CY") {
		if e.is(cur, "CIO", "CIE", "CIA") { // Italian vs English
			e.add2("S", "X")
		} else {
			e.add("S")
		}
		return cur + 2
	}
	e.add("K")
	switch {
	case e.is(cur+1, " C", " Q", " G"): // mac caffrey, mac gregor
		return cur + 3
	case e.is(cur+1, "C", "K", "Q") && !e.is(cur+1, "CE", "CI"):
		return cur + 2
	}
	return cur + 1
}

func (e *dmEncoder) encodeG(cur int) int {
	next := e.at(cur + 1)
	if next == 'H' {
		if cur > 0 && !e.vowel(cur-1) {
			e.add("K")
			return cur + 2
		}
		if cur == 0 { // ghislane, ghiradelli
			if e.at(cur+2) == 'I' {
				e.add("J")
			} else {
				e.add("K")
			}
			return cur + 2
		}
		// Parker's rule: hugh, bough, broughton.
		if (cur > 1 && e.is(cur-2, "B", "H", "D")) || (cur > 2 && e.is(cur-3, "B", "H", "D")) || (cur > 3 && e.is(cur-4, "B", "H")) {
			return cur + 2
		}
		// laugh, McLaughlin, cough, gough, rough, tough.
		if cur > 2 && e.at(cur-1) == 'U' && e.is(cur-3, "C", "G", "L", "R", "T") {
			e.add("F")
		} else if cur > 0 && e.at(cur-1) != 'I' {
			e.add("K")
		}
		return cur + 2
	}
	if next == 'N' {
		if cur == 1 && e.vowel(0) && !e.slavoGermanic() {
			e.add2("KN", "N")
		} else if !e.is(cur+2, "EY") && next != 'Y' && !e.slavoGermanic() { // not cagney
			e.add2("N", "KN")
		} else {
			e.add("KN")
		}
		return cur + 2
	}
	if e.is(cur+1, "LI") && !e.slavoGermanic() { // tagliaro
		e.add2("KL", "L")
		return cur + 2
	}
	// -ges-, -gep-, -gel-, -gie- at the beginning.
	if cur == 0 && (next == 'Y' || e.is(cur+1, "ES", "EP", "EB", "EL", "EY", "IB", "IL", "IN", "IE", "EI", "ER")) {
		e.add2("K", "J")
		return cur + 2
	}
	// -ger-, -gy-.
	if (e.is(cur+1, "ER") || next == 'Y') && !e.is(0, "DANGER", "RANGER", "MANGER") &&
		!e.is(cur-1, "E", "I") && !e.is(cur-1, "RGY", "OGY") {
		e.add2("K", "J")
		return cur + 2
	}
	// Italian: biaggi.
	if e.is(cur+1, "E", "I", "Y") || e.is(cur-1, "AGGI", "OGGI") {
		if e.germanic() || e.is(cur+1, "ET") { // obviously Germanic
			e.add("K")
		} else if e.is(cur+1, "IER ") { // always soft if French ending
			e.add("J")
		} else {
			e.add2("J", "K")
		}
		return cur + 2
	}
	e.add("K")
	if next == 'G' {
		return cur + 2
	}
	return cur + 1
}

func (e *dmEncoder) encodeJ(cur, last int) int {
	// Obviously Spanish: jose, san jacinto.
	if e.is(cur, "JOSE") || e.is(0, "SAN ") {
		if (cur == 0 && e.at(cur+4) == ' ') || e.is(0, "SAN ") {
			e.add("H")
		} else {
			e.add2("J", "H")
		}
		return cur + 1
	}
	switch {
	case cur == 0: // Yankelovich/Jankelowicz
		e.add2("J", "A")
	case e.vowel(cur-1) && !e.slavoGermanic() && (e.at(cur+1) == 'A' || e.at(cur+1) == 'O'):
		e.add2("J", "H") // Spanish: bajador
	case cur == last:
		e.add2("J", " ")
	case !e.is(cur+1, "L", "T", "K", "S", "N", "M", "B", "Z") && !e.is(cur-1, "S", "K", "L"):
		e.add("J")
	}
	return cur + e.skipDouble(cur, 'J')
}

func (e *dmEncoder) encodeS(cur, last int) int {
	if e.is(cur-1, "ISL", "YSL") { // island, isle, carlisle, carlysle
		return cur + 1
	}
	if cur == 0 && e.is(cur, "SUGAR") {
		e.add2("X", "S")
		return cur + 1
	}
	if e.is(cur, "SH") {
		if e.is(cur+1, "HEIM", "HOEK", "HOLM", "HOLZ") { // Germanic
			e.add("S")
		} else {
			e.add("X")
		}
		return cur + 2
	}
	if e.is(cur, "SIO", "SIA") || e.is(cur, "SIAN") { // Italian, Armenian
		if !e.slavoGermanic() {
			e.add2("S", "X")
		} else {
			e.add("S")
		}
		return cur + 3
	}
	// German and anglicised: smith/schmidt, snider/schneider; Slavic -sz-.
	if (cur == 0 && e.is(cur+1, "M", "N", "L", "W")) || e.is(cur+1, "Z") {
		e.add2("S", "X")
		if e.is(cur+1, "Z") {
			return cur + 2
		}
		return cur + 1
	}
	if e.is(cur, "SC") {
		if e.at(cur+2) == 'H' { // Schlesinger's rule
			if e.is(cur+3, "OO", "ER", "EN", "UY", "ED", "EM") { // Dutch: school, schooner
				if e.is(cur+3, "ER", "EN") { // schermerhorn, schenker
					e.add2("X", "SK")
				} else {
					e.add("SK")
				}
				return cur + 3
			}
			if cur == 0 && !e.vowel(3) && e.at(3) != 'W' {
				e.add2("X", "S")
			} else {
				e.add("X")
			}
			return cur + 3
		}
		if e.is(cur+2, "I", "E", "Y") {
			e.add("S")
			return cur + 3
		}
		e.add("SK")
		return cur + 3
	}
	// French: resnais, artois.
	if cur == last && e.is(cur-2, "AI", "OI") {
		e.add2("", "S")
	} else {
		e.add("S")
	}
	if e.is(cur+1, "S", "Z") {
		return cur + 2
	}
	return cur + 1
}

func (e *dmEncoder) encodeW(cur, last int) int {
	if e.is(cur, "WR") { // can also be in the middle of a word
		e.add("R")
		return cur + 2
	}
	if cur == 0 && (e.vowel(cur+1) || e.is(cur, "WH")) {
		if e.vowel(cur + 1) { // Wasserman should match Vasserman
			e.add2("A", "F")
		} else { // Uomo should match Womo
			e.add("A")
		}
	}
	// Arnow should match Arnoff.
	if (cur == last && e.vowel(cur-1)) || e.is(cur-1, "EWSKI", "EWSKY", "OWSKI", "OWSKY") || e.is(0, "SCH") {
		e.add2("", "F")
		return cur + 1
	}
	if e.is(cur, "WICZ", "WITZ") { // Polish: filipowicz
		e.add2("TS", "FX")
		return cur + 4
	}
	return cur + 1
}
