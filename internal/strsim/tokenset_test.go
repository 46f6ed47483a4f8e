package strsim

import (
	"slices"
	"strings"
	"testing"
)

func TestTokenSetRatio(t *testing.T) {
	tests := []struct {
		a, b string
		want float64
	}{
		{"", "", 1},
		{"   ", "", 1}, // no tokens on either side
		{"", "acme", 0},
		{" ", "acme", 0},
		{"acme", "acme", 1},
		// RapidFuzz's documented examples (token_set_ratio = 100).
		{"fuzzy was a bear", "fuzzy fuzzy was a bear", 1},
		{"new york mets vs atlanta braves", "atlanta braves vs new york mets", 1},
		// One token set inside the other: 1 by definition.
		{"acme", "acme holdings", 1},
		{"first national bank", "first national bank of omaha", 1},
		// Worked by hand. I = "acme", t1 = "acme widgets", t2 = "acme
		// gadgets"; LCS(t1, t2) = len("acme dgets") = 10, so 20/24.
		{"acme widgets", "acme gadgets", 20.0 / 24},
		{"widgets acme", "gadgets \t acme", 20.0 / 24},
		// I = "a", t1 = "a b", t2 = "a c x": ratio(I, t1) = 2/4 and
		// ratio(t1, t2) = 2·2/8 are the largest.
		{"b a", "c a x", 0.5},
		// No shared token: the ratio of the two sorted strings.
		{"abc", "abd", 4.0 / 6},
		// Runes: I = "gmbh", t1 = "gmbh müller", t2 = "gmbh muller", LCS 10.
		{"müller gmbh", "muller gmbh", 20.0 / 22},
	}
	for _, tt := range tests {
		if got := TokenSetRatio(tt.a, tt.b); !near(got, tt.want) {
			t.Errorf("TokenSetRatio(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// lcsRef is the textbook LCS table.
func lcsRef(x, y []rune) int {
	d := make([][]int, len(x)+1)
	for i := range d {
		d[i] = make([]int, len(y)+1)
	}
	for i := 1; i <= len(x); i++ {
		for j := 1; j <= len(y); j++ {
			if x[i-1] == y[j-1] {
				d[i][j] = d[i-1][j-1] + 1
			} else {
				d[i][j] = max(d[i-1][j], d[i][j-1])
			}
		}
	}
	return d[len(x)][len(y)]
}

func TestLCS(t *testing.T) {
	for _, alpha := range [][]rune{alphaSmall, alphaUnicode, alphaGreek} {
		for _, p := range randPairs(31, alpha, 150, 1500) {
			x, y := []rune(p[0]), []rune(p[1])
			if got, want := lcs(x, y), lcsRef(x, y); got != want {
				t.Fatalf("lcs(%q, %q) = %d, reference %d", p[0], p[1], got, want)
			}
		}
	}
}

// tokenSetRef follows the definition with maps, sorting and the LCS table.
func tokenSetRef(a, b string) float64 {
	set := func(s string) []string {
		f := strings.Fields(s)
		slices.Sort(f)
		return slices.Compact(f)
	}
	sa, sb := set(a), set(b)
	if len(sa) == 0 || len(sb) == 0 {
		if len(sa) == len(sb) {
			return 1
		}
		return 0
	}
	var inter, onlyA, onlyB []string
	for _, t := range sa {
		if slices.Contains(sb, t) {
			inter = append(inter, t)
		} else {
			onlyA = append(onlyA, t)
		}
	}
	for _, t := range sb {
		if !slices.Contains(sa, t) {
			onlyB = append(onlyB, t)
		}
	}
	t0 := strings.Join(inter, " ")
	t1 := strings.TrimSpace(t0 + " " + strings.Join(onlyA, " "))
	t2 := strings.TrimSpace(t0 + " " + strings.Join(onlyB, " "))
	ratio := func(x, y string) float64 {
		rx, ry := []rune(x), []rune(y)
		if len(rx)+len(ry) == 0 {
			return 1
		}
		return 2 * float64(lcsRef(rx, ry)) / float64(len(rx)+len(ry))
	}
	best := ratio(t1, t2)
	if t0 != "" {
		best = max(best, ratio(t0, t1), ratio(t0, t2))
	}
	return best
}

func TestTokenSetRatioMatchesReference(t *testing.T) {
	words := []rune("ab c")
	for _, alpha := range [][]rune{words, []rune("aé x"), alphaNames} {
		for _, p := range randPairs(41, alpha, 40, 3000) {
			a, b := p[0], p[1]
			if a == b {
				continue
			}
			if got, want := TokenSetRatio(a, b), tokenSetRef(a, b); !near(got, want) {
				t.Fatalf("TokenSetRatio(%q, %q) = %v, reference %v", a, b, got, want)
			}
		}
	}
}

func FuzzTokenSetRatio(f *testing.F) {
	f.Add("acme widgets", "acme gadgets")
	f.Add("", " ")
	f.Add("müller gmbh", "muller  gmbh")
	f.Fuzz(func(t *testing.T, a, b string) {
		if strings.TrimSpace(a) == "" && strings.TrimSpace(b) == "" && a != b {
			return // both tokenless: 1, though the strings differ
		}
		if len(strings.Fields(a)) == 0 || len(strings.Fields(b)) == 0 {
			return // tokenless vs text: 0, covered by the table
		}
		checkSimilarity(t, "TokenSetRatio", TokenSetRatio, a, b)
	})
}
