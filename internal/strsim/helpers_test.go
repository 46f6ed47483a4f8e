package strsim

import (
	"math"
	"math/rand/v2"
	"strings"
)

// alphabets for random differential tests: small ones give many repeats
// and near-matches, the Unicode one exercises the rune path.
var (
	alphaSmall   = []rune("abc")
	alphaNames   = []rune("aeinorstlhmcdy")
	alphaUnicode = []rune("aeéèoöñßx漢字🙂")
	// alphaGreek has more distinct non-ASCII runes than the bit-parallel
	// pattern tables keep inline.
	alphaGreek = []rune("αβγδεζηθικλμνξοπρστυφχψωab")
)

// randString returns a random string of 0 to maxLen runes from alpha.
func randString(r *rand.Rand, alpha []rune, maxLen int) string {
	n := r.IntN(maxLen + 1)
	var b strings.Builder
	for range n {
		b.WriteRune(alpha[r.IntN(len(alpha))])
	}
	return b.String()
}

// mutate returns s with up to k random edits, so that random pairs include
// close ones.
func mutate(r *rand.Rand, alpha []rune, s string, k int) string {
	rs := []rune(s)
	for range r.IntN(k + 1) {
		switch op := r.IntN(4); {
		case op == 0 || len(rs) == 0:
			i := r.IntN(len(rs) + 1)
			rs = append(rs[:i], append([]rune{alpha[r.IntN(len(alpha))]}, rs[i:]...)...)
		case op == 1:
			i := r.IntN(len(rs))
			rs = append(rs[:i], rs[i+1:]...)
		case op == 2:
			rs[r.IntN(len(rs))] = alpha[r.IntN(len(alpha))]
		default:
			if len(rs) > 1 {
				i := r.IntN(len(rs) - 1)
				rs[i], rs[i+1] = rs[i+1], rs[i]
			}
		}
	}
	return string(rs)
}

// randPairs returns n random pairs over alpha, half of them close.
func randPairs(seed uint64, alpha []rune, maxLen, n int) [][2]string {
	r := rand.New(rand.NewPCG(seed, 1))
	out := make([][2]string, n)
	for i := range out {
		a := randString(r, alpha, maxLen)
		b := randString(r, alpha, maxLen)
		if i%2 == 0 {
			b = mutate(r, alpha, a, 3)
		}
		out[i] = [2]string{a, b}
	}
	return out
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-12 }

// round4 rounds to the four decimals published test vectors use.
func round4(x float64) float64 { return math.Round(x*1e4) / 1e4 }
