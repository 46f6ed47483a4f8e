package gen

import "math/rand/v2"

// keyboard maps a lower-case letter or digit to its neighbours on a US
// QWERTY keyboard; keyboard typos replace or insert a neighbouring key.
var keyboard = func() [128]string {
	rows := []string{"1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm"}
	// Each row is shifted right by about half a key against the one above,
	// so key c in row r touches c-1, c+1 in its row, c and c+1 in the row
	// above, and c-1 and c in the row below.
	var k [128]string
	for r, row := range rows {
		for c := range len(row) {
			var nb []byte
			add := func(rr, cc int) {
				if rr >= 0 && rr < len(rows) && cc >= 0 && cc < len(rows[rr]) {
					nb = append(nb, rows[rr][cc])
				}
			}
			add(r, c-1)
			add(r, c+1)
			add(r-1, c)
			add(r-1, c+1)
			add(r+1, c-1)
			add(r+1, c)
			k[row[c]] = string(nb)
		}
	}
	return k
}()

// TypoOp is one kind of keyboard typo.
type TypoOp uint8

// The keyboard typo operations.
const (
	Substitute TypoOp = iota // a key replaced by a neighbouring key
	Insert                   // a neighbouring key typed as well
	Delete                   // a key missed
	Transpose                // two adjacent keys swapped
	numTypoOps
)

func isKey(c byte) bool { return c < 128 && keyboard[c] != "" }

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// digitKeys maps a digit to its neighbours in the digit row, for typos in
// numbers (SSN, ZIP), where a letter would not be typed.
var digitKeys = func() [10]string {
	const row = "1234567890"
	var k [10]string
	for i := range len(row) {
		var nb []byte
		if i > 0 {
			nb = append(nb, row[i-1])
		}
		if i+1 < len(row) {
			nb = append(nb, row[i+1])
		}
		k[row[i]-'0'] = string(nb)
	}
	return k
}()

// neighbours returns the keys next to c; digits only when digits is set.
func neighbours(c byte, digits bool) string {
	if digits {
		return digitKeys[c-'0']
	}
	return keyboard[c]
}

// typo applies op at byte position i of s, which must be a key (a
// lower-case letter or a digit; a digit when digits is set). It returns s
// unchanged when op cannot apply there (deleting the only character,
// transposing with an equal or non-key neighbour). pick(n) chooses among n
// neighbouring keys.
func typo(s string, op TypoOp, i int, digits bool, pick func(n int) int) string {
	c := s[i]
	switch op {
	case Substitute:
		nb := neighbours(c, digits)
		return s[:i] + string(nb[pick(len(nb))]) + s[i+1:]
	case Insert:
		nb := neighbours(c, digits)
		return s[:i+1] + string(nb[pick(len(nb))]) + s[i+1:]
	case Delete:
		if len(s) < 2 {
			return s
		}
		return s[:i] + s[i+1:]
	case Transpose:
		if i+1 >= len(s) || s[i+1] == c || !isKey(s[i+1]) || (digits && !isDigit(s[i+1])) {
			return s
		}
		return s[:i] + string(s[i+1]) + string(c) + s[i+2:]
	}
	return s
}

// applyTypo makes one keyboard typo at a random key of s (a random digit
// when digits is set), with the operation chosen uniformly; an operation
// that cannot apply at the chosen place falls back to a substitution. It
// reports false when s has no key.
func applyTypo(r *rand.Rand, s string, digits bool) (string, bool) {
	ok := isKey
	if digits {
		ok = isDigit
	}
	keys := 0
	for i := range len(s) {
		if ok(s[i]) {
			keys++
		}
	}
	if keys == 0 {
		return s, false
	}
	k := r.IntN(keys)
	i := 0
	for ; ; i++ {
		if ok(s[i]) {
			if k == 0 {
				break
			}
			k--
		}
	}
	op := TypoOp(r.IntN(int(numTypoOps)))
	out := typo(s, op, i, digits, r.IntN)
	if out == s {
		out = typo(s, Substitute, i, digits, r.IntN)
	}
	return out, true
}
