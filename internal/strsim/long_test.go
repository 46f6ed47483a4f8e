package strsim

import (
	"strings"
	"testing"
)

// TestVeryLong runs every comparator on inputs far past the stack buffers
// and the 64-rune bit-parallel limit, where the answers are known.
func TestVeryLong(t *testing.T) {
	a := strings.Repeat("ab", 2500) // 5,000 runes
	b := strings.Repeat("ba", 2500)
	u := strings.Repeat("é漢", 1000) // 2,000 runes, non-ASCII
	// Delete the first rune and append one at the end: 2 edits.
	for name, f := range map[string]func(a, b string) int{
		"Levenshtein": Levenshtein, "OSA": OSA, "DamerauLevenshtein": DamerauLevenshtein,
	} {
		if got := f(a, b); got != 2 {
			t.Errorf("%s(ab…, ba…) = %d, want 2", name, got)
		}
		if got := f(u, u[len("é"):]+"é"); got != 2 {
			t.Errorf("%s on long non-ASCII = %d, want 2", name, got)
		}
		if got := f(a, strings.ToUpper(a)); got != 5000 {
			t.Errorf("%s(ab…, AB…) = %d, want 5000", name, got)
		}
	}
	if got := LevenshteinMax(a, strings.ToUpper(a), 3); got != 4 {
		t.Errorf("LevenshteinMax on long strings = %d, want 4", got)
	}
	if got := DamerauLevenshteinMax(a, strings.ToUpper(a), 3); got != 4 {
		t.Errorf("DamerauLevenshteinMax on long strings = %d, want 4", got)
	}
	for _, p := range [][2]string{{a, b}, {u, u + "x"}, {a, a[:4000]}} {
		if got, want := Jaro(p[0], p[1]), jaroRef(p[0], p[1], stdWindow); !near(got, want) {
			t.Errorf("Jaro on %d/%d runes = %v, reference %v", len(p[0]), len(p[1]), got, want)
		}
	}
	if got := QGramJaccard(a, b, 2); got != 1 { // both {ab, ba}
		t.Errorf("QGramJaccard(ab…, ba…, 2) = %v, want 1", got)
	}
	if got := QGramJaccard(a, b, 3); got != 1 { // both {aba, bab}
		t.Errorf("QGramJaccard(ab…, ba…, 3) = %v, want 1", got)
	}
	// 200 distinct tokens, one differing: past the 32-token stack arrays.
	var ta, tb []string
	for i := range 200 {
		w := strings.Repeat(string(rune('a'+i%26)), 1+i/26)
		ta = append(ta, w)
		tb = append(tb, w)
	}
	tb[199] = "zzzzzzzzzzzzz"
	if got, want := TokenSetRatio(strings.Join(ta, " "), strings.Join(tb, " ")), tokenSetRef(strings.Join(ta, " "), strings.Join(tb, " ")); !near(got, want) || got <= 0.9 {
		t.Errorf("TokenSetRatio on 200 tokens = %v, reference %v", got, want)
	}
	name := strings.Repeat("Schwarzenegger", 20)
	if got := Soundex(name); got != "S625" {
		t.Errorf("Soundex(long) = %q", got)
	}
	if got := NYSIIS(name); len(got) < 64 || NYSIIS6(name) != got[:6] {
		t.Errorf("NYSIIS(long) = %q", got)
	}
	if p, a := DoubleMetaphoneN(name, 0); len(p) != 64 || len(a) != 64 {
		t.Errorf("DoubleMetaphoneN(long, 0) = %d/%d characters, want 64", len(p), len(a))
	}
}
