package strsim

import (
	"strings"
	"testing"
)

func TestQGramJaccard(t *testing.T) {
	tests := []struct {
		a, b string
		q    int
		want float64
	}{
		{"", "", 2, 1},
		{"", "a", 2, 0},
		{"smith", "smith", 2, 1},
		{"smith", "smyth", 2, 2.0 / 6}, // {sm,mi,it,th} vs {sm,my,yt,th}
		{"night", "nacht", 2, 1.0 / 7}, // only "ht" shared
		{"abab", "baba", 2, 1},         // sets {ab, ba} both
		{"ab", "abc", 3, 0},            // "ab" is shorter than q: one gram "ab"
		{"ab", "ab ", 3, 0},
		{"abc", "abd", 1, 2.0 / 4},   // character sets, like DuckDB's jaccard
		{"abc", "abd", 0, 2.0 / 4},   // q < 1 is 1
		{"josé", "jose", 2, 2.0 / 4}, // {jo,os,sé} vs {jo,os,se}
		{"漢字漢字", "漢字", 2, 1.0 / 2},   // {漢字,字漢} vs {漢字}
		{"abcdefghij", "abcdefghix", 8, 2.0 / 4},
		{strings.Repeat("a", 100), strings.Repeat("a", 99), 3, 1},
	}
	for _, tt := range tests {
		if got := QGramJaccard(tt.a, tt.b, tt.q); !near(got, tt.want) {
			t.Errorf("QGramJaccard(%q, %q, %d) = %v, want %v", tt.a, tt.b, tt.q, got, tt.want)
		}
	}
}

// qgramRef is the definition, over runes, with maps.
func qgramRef(a, b string, q int) float64 {
	grams := func(s string) map[string]bool {
		rs := []rune(s)
		m := map[string]bool{}
		if len(rs) < q {
			if len(rs) > 0 {
				m[string(rs)] = true
			}
			return m
		}
		for i := 0; i+q <= len(rs); i++ {
			m[string(rs[i:i+q])] = true
		}
		return m
	}
	ga, gb := grams(a), grams(b)
	inter := 0
	for g := range ga {
		if gb[g] {
			inter++
		}
	}
	union := len(ga) + len(gb) - inter
	if union == 0 {
		return 1
	}
	return float64(inter) / float64(union)
}

func TestQGramJaccardMatchesReference(t *testing.T) {
	for _, alpha := range [][]rune{alphaSmall, alphaNames, alphaUnicode} {
		for _, p := range randPairs(21, alpha, 80, 2000) {
			for _, q := range []int{1, 2, 3, 7, 8, 12} {
				a, b := p[0], p[1]
				if a == b {
					continue
				}
				if got, want := QGramJaccard(a, b, q), qgramRef(a, b, q); !near(got, want) {
					t.Fatalf("QGramJaccard(%q, %q, %d) = %v, reference %v", a, b, q, got, want)
				}
			}
		}
	}
}

func FuzzQGramJaccard(f *testing.F) {
	f.Add("smith", "smyth", 2)
	f.Add("", "x", 3)
	f.Add("josé", "jose", 0)
	f.Fuzz(func(t *testing.T, a, b string, q int) {
		q %= 12
		checkSimilarity(t, "QGramJaccard", func(a, b string) float64 { return QGramJaccard(a, b, q) }, a, b)
		if a != b {
			if got, want := QGramJaccard(a, b, q), qgramRef(a, b, max(q, 1)); !near(got, want) {
				t.Fatalf("QGramJaccard(%q, %q, %d) = %v, reference %v", a, b, q, got, want)
			}
		}
	})
}
