package strsim

// NYSIIS returns the full-length New York State Identification and
// Intelligence System phonetic code of s (Taft, 1970), as specified and
// tested in Apache commons-codec (its "non-strict" mode), with no
// truncation. NYSIIS6 gives the original six-character code. The steps:
//
//  1. Keep the letters only (see the package documentation), upper-cased.
//  2. Translate the first characters: MAC → MCC, KN → NN, K → C,
//     PH and PF → FF, SCH → SSS.
//  3. Translate the last characters: EE and IE → Y; then DT, RT, RD, NT
//     and ND → D.
//  4. The first character of the key is the first character of the name.
//  5. Translate each following character, left to right, looking at the
//     (already translated) previous character and the next ones: EV → AF;
//     other vowels A E I O U → A; Q → G; Z → S; M → N; KN → NN; K → C;
//     SCH → SSS; PH → FF; H → the previous character if the previous or
//     next character is not a vowel; W → the previous character if that is
//     a vowel. A translated character is added to the key unless it equals
//     the character before it in the translated name.
//  6. Remove a final S, then replace a final AY by Y, then remove a final A
//     (each only while the key is longer than one character).
//
// The result is "" if s has no letter.
func NYSIIS(s string) string {
	var buf [stackRunes]byte
	var key [stackRunes]byte
	return string(nysiis(appendLetters(buf[:0], s), key[:0]))
}

// NYSIIS6 returns the NYSIIS code of s cut to its first six characters,
// the length of the original 1970 specification (commons-codec's "strict"
// mode).
func NYSIIS6(s string) string {
	var buf [stackRunes]byte
	var key [stackRunes]byte
	k := nysiis(appendLetters(buf[:0], s), key[:0])
	if len(k) > 6 {
		k = k[:6]
	}
	return string(k)
}

// nysiis computes the key of the upper-case ASCII letters w, which it
// rewrites in place, appending to key.
func nysiis(w, key []byte) []byte {
	if len(w) == 0 {
		return key
	}
	// Step 2: first characters.
	switch {
	case hasPrefix(w, "MAC"):
		w[1] = 'C'
	case hasPrefix(w, "KN"):
		w[0] = 'N'
	case w[0] == 'K':
		w[0] = 'C'
	case hasPrefix(w, "PH"), hasPrefix(w, "PF"):
		w[0], w[1] = 'F', 'F'
	case hasPrefix(w, "SCH"):
		w[1], w[2] = 'S', 'S'
	}
	// Step 3: last characters.
	if hasSuffix(w, "EE") || hasSuffix(w, "IE") {
		w = append(w[:len(w)-2], 'Y')
	}
	if hasSuffix(w, "DT") || hasSuffix(w, "RT") || hasSuffix(w, "RD") || hasSuffix(w, "NT") || hasSuffix(w, "ND") {
		w = append(w[:len(w)-2], 'D')
	}
	// Steps 4 and 5.
	key = append(key, w[0])
	n := len(w)
	for i := 1; i < n; i++ {
		var next, after byte = ' ', ' '
		if i+1 < n {
			next = w[i+1]
		}
		if i+2 < n {
			after = w[i+2]
		}
		prev, c := w[i-1], w[i]
		switch {
		case c == 'E' && next == 'V':
			w[i], w[i+1] = 'A', 'F'
		case nysiisVowel(c):
			w[i] = 'A'
		case c == 'Q':
			w[i] = 'G'
		case c == 'Z':
			w[i] = 'S'
		case c == 'M':
			w[i] = 'N'
		case c == 'K' && next == 'N':
			w[i], w[i+1] = 'N', 'N'
		case c == 'K':
			w[i] = 'C'
		case c == 'S' && next == 'C' && after == 'H':
			w[i], w[i+1], w[i+2] = 'S', 'S', 'S'
		case c == 'P' && next == 'H':
			w[i], w[i+1] = 'F', 'F'
		case c == 'H' && (!nysiisVowel(prev) || !nysiisVowel(next)):
			w[i] = prev
		case c == 'W' && nysiisVowel(prev):
			w[i] = prev
		}
		if w[i] != w[i-1] {
			key = append(key, w[i])
		}
	}
	// Step 6.
	if len(key) > 1 {
		last := key[len(key)-1]
		if last == 'S' {
			key = key[:len(key)-1]
			last = key[len(key)-1]
		}
		if len(key) > 2 && key[len(key)-2] == 'A' && last == 'Y' {
			key = append(key[:len(key)-2], 'Y')
		}
		if last == 'A' && len(key) > 1 {
			key = key[:len(key)-1] // commons-codec would empty "AS" here
		}
	}
	return key
}

func nysiisVowel(c byte) bool {
	return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U'
}

func hasPrefix(w []byte, p string) bool { return len(w) >= len(p) && string(w[:len(p)]) == p }

func hasSuffix(w []byte, p string) bool { return len(w) >= len(p) && string(w[len(w)-len(p):]) == p }
