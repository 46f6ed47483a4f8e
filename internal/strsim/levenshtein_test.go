package strsim

import (
	"strings"
	"testing"

	"github.com/adrg/strutil/metrics"
	agnivade "github.com/agnivade/levenshtein"
)

func TestLevenshtein(t *testing.T) {
	long := strings.Repeat("abcdefghij", 20)
	tests := []struct {
		a, b string
		want int
	}{
		{"", "", 0},
		{"", "abc", 3},
		{"abc", "", 3},
		{"kitten", "sitting", 3},
		{"flaw", "lawn", 2},
		{"catherine", "kathryn", 4},
		{"saturday", "sunday", 3},
		{"ab", "ba", 2},
		{"ca", "abc", 3},
		{"SMITH", "smith", 5},
		{"josé", "jose", 1}, // runes; DuckDB says 2 (bytes)
		{"漢字", "漢子", 1},
		{"🙂", "🙃", 1},
		{"a\xffb", "a\xfeb", 0}, // both bytes read as U+FFFD
		{long, long + "x", 1},
		{long, strings.ToUpper(long), 200},
		{"x" + long, long + "x", 2},
		{strings.Repeat("a", 70), strings.Repeat("b", 70), 70},
	}
	for _, tt := range tests {
		if got := Levenshtein(tt.a, tt.b); got != tt.want {
			t.Errorf("Levenshtein(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
		if got := Levenshtein(tt.b, tt.a); got != tt.want {
			t.Errorf("Levenshtein(%q, %q) = %d, want %d", tt.b, tt.a, got, tt.want)
		}
	}
}

func TestLevenshteinMax(t *testing.T) {
	tests := []struct {
		a, b      string
		max, want int
	}{
		{"kitten", "sitting", 3, 3},
		{"kitten", "sitting", 2, 3},
		{"kitten", "sitting", 0, 1},
		{"kitten", "kitten", 0, 0},
		{"a", "abcdef", 2, 3},        // length difference alone exceeds max
		{"kitten", "sitting", -1, 3}, // negative: no bound
		{"", "abc", 5, 3},
		{strings.Repeat("a", 100), strings.Repeat("b", 100), 5, 6},
	}
	for _, tt := range tests {
		if got := LevenshteinMax(tt.a, tt.b, tt.max); got != tt.want {
			t.Errorf("LevenshteinMax(%q, %q, %d) = %d, want %d", tt.a, tt.b, tt.max, got, tt.want)
		}
	}
}

// levenshteinRef is the full-matrix textbook dynamic programme over runes.
func levenshteinRef(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	d := make([][]int, len(ra)+1)
	for i := range d {
		d[i] = make([]int, len(rb)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(ra); i++ {
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j-1]+cost, d[i-1][j]+1, d[i][j-1]+1)
		}
	}
	return d[len(ra)][len(rb)]
}

// TestLevenshteinOracles compares with agnivade/levenshtein and
// adrg/strutil (both rune-based) and the textbook reference, on short and
// long random strings (the bit-parallel path and the >64-rune fallback).
func TestLevenshteinOracles(t *testing.T) {
	sl := metrics.NewLevenshtein()
	for _, alpha := range [][]rune{alphaSmall, alphaNames, alphaUnicode, alphaGreek} {
		for _, maxLen := range []int{8, 30, 64, 65, 150} {
			for _, p := range randPairs(uint64(maxLen)*3+1, alpha, maxLen, 1500) {
				a, b := p[0], p[1]
				want := agnivade.ComputeDistance(a, b)
				if s := sl.Distance(a, b); s != want {
					t.Fatalf("oracles disagree on (%q, %q): agnivade %d, strutil %d", a, b, want, s)
				}
				if r := levenshteinRef(a, b); r != want {
					t.Fatalf("reference disagrees on (%q, %q): agnivade %d, reference %d", a, b, want, r)
				}
				if got := Levenshtein(a, b); got != want {
					t.Fatalf("Levenshtein(%q, %q) = %d, agnivade %d", a, b, got, want)
				}
				for _, max := range []int{0, 1, 2, 5, want - 1, want, want + 1} {
					w := want
					if max >= 0 && want > max {
						w = max + 1
					}
					if got := LevenshteinMax(a, b, max); got != w {
						t.Fatalf("LevenshteinMax(%q, %q, %d) = %d, want %d", a, b, max, got, w)
					}
				}
			}
		}
	}
}

// checkDistance checks the package's contract for a distance.
func checkDistance(t *testing.T, name string, f func(a, b string) int, a, b string) {
	t.Helper()
	d := f(a, b)
	la, lb := len([]rune(a)), len([]rune(b))
	if d < 0 || d > max(la, lb) {
		t.Fatalf("%s(%q, %q) = %d, outside [0, %d]", name, a, b, d, max(la, lb))
	}
	if d < abs(la-lb) {
		t.Fatalf("%s(%q, %q) = %d, below the length difference", name, a, b, d)
	}
	if d2 := f(b, a); d2 != d {
		t.Fatalf("%s not symmetric: (%q, %q) = %d, swapped %d", name, a, b, d, d2)
	}
	if (d == 0) != (string([]rune(a)) == string([]rune(b))) {
		t.Fatalf("%s(%q, %q) = %d", name, a, b, d)
	}
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func FuzzLevenshtein(f *testing.F) {
	for _, s := range [][2]string{{"kitten", "sitting"}, {"", "x"}, {"josé", "jose"}, {strings.Repeat("ab", 40), "ba"}} {
		f.Add(s[0], s[1], 2)
	}
	f.Fuzz(func(t *testing.T, a, b string, max int) {
		checkDistance(t, "Levenshtein", Levenshtein, a, b)
		d := Levenshtein(a, b)
		if r := levenshteinRef(a, b); d != r {
			t.Fatalf("Levenshtein(%q, %q) = %d, reference %d", a, b, d, r)
		}
		max %= 100
		want := d
		if max >= 0 && d > max {
			want = max + 1
		}
		if got := LevenshteinMax(a, b, max); got != want {
			t.Fatalf("LevenshteinMax(%q, %q, %d) = %d, want %d", a, b, max, got, want)
		}
		// The triangle inequality through a third string built from both.
		c := b + a
		if d > Levenshtein(a, c)+Levenshtein(c, b) {
			t.Fatalf("triangle: d(%q, %q) = %d > d(a, c) + d(c, b) with c = %q", a, b, d, c)
		}
		// OSA and DL never exceed Levenshtein; DL never exceeds OSA.
		osa, dl := OSA(a, b), DamerauLevenshtein(a, b)
		if !(dl <= osa && osa <= d) {
			t.Fatalf("(%q, %q): DL %d, OSA %d, Levenshtein %d", a, b, dl, osa, d)
		}
	})
}
