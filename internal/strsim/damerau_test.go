package strsim

import (
	"strings"
	"testing"
)

func TestOSAAndDamerau(t *testing.T) {
	long := strings.Repeat("abcdefghij", 10)
	tests := []struct {
		a, b    string
		osa, dl int
	}{
		{"", "", 0, 0},
		{"", "abc", 3, 3},
		{"abc", "", 3, 3},
		{"ca", "abc", 3, 2}, // the classic case where the two differ
		{"ab", "ba", 1, 1},
		{"abc", "acb", 1, 1},
		{"abcdef", "badcfe", 3, 3},
		{"a cat", "an act", 2, 2},
		{"abcd", "bdac", 4, 3},
		{"123456789", "123456798", 1, 1}, // SSN with swapped last digits
		{"123456789", "213456789", 1, 1},
		{"kitten", "sitting", 3, 3},
		{"catherine", "kathryn", 4, 4},
		{"josé", "jsoé", 1, 1},
		{"éa", "aé", 1, 1},
		{"漢字", "字漢", 1, 1},
		{"SMITH", "smith", 5, 5},
		{long, long[1:2] + long[0:1] + long[2:], 1, 1},
		{long, strings.ToUpper(long), 100, 100},
	}
	for _, tt := range tests {
		for _, p := range [][2]string{{tt.a, tt.b}, {tt.b, tt.a}} {
			if got := OSA(p[0], p[1]); got != tt.osa {
				t.Errorf("OSA(%q, %q) = %d, want %d", p[0], p[1], got, tt.osa)
			}
			if got := DamerauLevenshtein(p[0], p[1]); got != tt.dl {
				t.Errorf("DamerauLevenshtein(%q, %q) = %d, want %d", p[0], p[1], got, tt.dl)
			}
		}
	}
}

// osaRef is the textbook OSA matrix over runes, without affix trimming.
func osaRef(a, b string) int {
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
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(ra)][len(rb)]
}

// dlRef is true Damerau–Levenshtein by breadth-first search over edit
// operations: slow, but it follows the definition directly (least number of
// insertions, deletions, substitutions and adjacent transpositions), so it
// checks the Lowrance–Wagner recurrence independently. Only for short
// strings over small alphabets.
func dlRef(a, b string, alpha []rune) int {
	if a == b {
		return 0
	}
	seen := map[string]bool{a: true}
	frontier := []string{a}
	limit := len([]rune(a)) + len([]rune(b)) + 1
	longest := max(len([]rune(a)), len([]rune(b))) + 1
	for d := 1; d <= limit; d++ {
		var next []string
		for _, s := range frontier {
			rs := []rune(s)
			var cands []string
			for i := 0; i <= len(rs); i++ {
				for _, c := range alpha {
					cands = append(cands, string(rs[:i])+string(c)+string(rs[i:]))
					if i < len(rs) {
						cands = append(cands, string(rs[:i])+string(c)+string(rs[i+1:]))
					}
				}
				if i < len(rs) {
					cands = append(cands, string(rs[:i])+string(rs[i+1:]))
				}
				if i+1 < len(rs) {
					t := append([]rune(nil), rs...)
					t[i], t[i+1] = t[i+1], t[i]
					cands = append(cands, string(t))
				}
			}
			for _, c := range cands {
				if c == b {
					return d
				}
				if !seen[c] && len([]rune(c)) <= longest {
					seen[c] = true
					next = append(next, c)
				}
			}
		}
		frontier = next
	}
	panic("unreachable")
}

func TestOSAMatchesReference(t *testing.T) {
	for _, alpha := range [][]rune{alphaSmall, alphaNames, alphaUnicode, alphaGreek} {
		for _, maxLen := range []int{6, 30, 70} {
			for _, p := range randPairs(uint64(maxLen)+11, alpha, maxLen, 1500) {
				if got, want := OSA(p[0], p[1]), osaRef(p[0], p[1]); got != want {
					t.Fatalf("OSA(%q, %q) = %d, reference %d", p[0], p[1], got, want)
				}
				checkDistance(t, "OSA", OSA, p[0], p[1])
			}
		}
	}
}

func TestDamerauMatchesReference(t *testing.T) {
	alpha := []rune("abé")
	for _, p := range randPairs(5, alpha, 5, 600) {
		want := dlRef(p[0], p[1], alpha)
		if got := DamerauLevenshtein(p[0], p[1]); got != want {
			t.Fatalf("DamerauLevenshtein(%q, %q) = %d, reference %d", p[0], p[1], got, want)
		}
		// The Lowrance–Wagner table alone, without the OSA shortcut.
		if got := damerau([]rune(p[0]), []rune(p[1])); got != want {
			t.Fatalf("damerau(%q, %q) = %d, reference %d", p[0], p[1], got, want)
		}
	}
}

// TestDamerauLevenshteinMax checks the bounded variant against the full
// table on random pairs, for bounds below, at and above the distance.
func TestDamerauLevenshteinMax(t *testing.T) {
	for _, alpha := range [][]rune{alphaSmall, []rune("0123456789"), alphaUnicode} {
		for _, maxLen := range []int{9, 30, 80} {
			for _, p := range randPairs(uint64(maxLen)+5, alpha, maxLen, 1500) {
				a, b := p[0], p[1]
				d := damerau([]rune(a), []rune(b))
				for _, max := range []int{-1, 0, 1, 2, 3, d - 1, d, d + 1} {
					want := d
					if max >= 0 && d > max {
						want = max + 1
					}
					if got := DamerauLevenshteinMax(a, b, max); got != want {
						t.Fatalf("DamerauLevenshteinMax(%q, %q, %d) = %d, want %d", a, b, max, got, want)
					}
				}
			}
		}
	}
}

// TestDamerauProperties checks the metric axioms on random triples over
// alphabets that exercise the stack, heap and non-ASCII paths.
func TestDamerauProperties(t *testing.T) {
	for _, alpha := range [][]rune{alphaSmall, alphaUnicode, []rune("αβγδεζηθικλμνξοπρστυφχψωABCDEFGHIJKLMNOPQRSTUVWXYZ")} {
		for _, maxLen := range []int{8, 25, 70} {
			ps := randPairs(uint64(maxLen)+99, alpha, maxLen, 1500)
			for i, p := range ps {
				a, b, c := p[0], p[1], ps[(i+1)%len(ps)][0]
				checkDistance(t, "DamerauLevenshtein", DamerauLevenshtein, a, b)
				ab, bc, ac := DamerauLevenshtein(a, b), DamerauLevenshtein(b, c), DamerauLevenshtein(a, c)
				if ac > ab+bc {
					t.Fatalf("triangle: d(%q,%q)=%d > %d + %d", a, c, ac, ab, bc)
				}
				if osa := OSA(a, b); ab > osa || osa > Levenshtein(a, b) {
					t.Fatalf("(%q, %q): DL %d, OSA %d, Levenshtein %d", a, b, ab, osa, Levenshtein(a, b))
				}
			}
		}
	}
}

func FuzzDamerauLevenshtein(f *testing.F) {
	for _, s := range [][2]string{{"ca", "abc"}, {"", "x"}, {"éa", "aé"}} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		checkDistance(t, "OSA", OSA, a, b)
		checkDistance(t, "DamerauLevenshtein", DamerauLevenshtein, a, b)
		if got, want := OSA(a, b), osaRef(a, b); got != want {
			t.Fatalf("OSA(%q, %q) = %d, reference %d", a, b, got, want)
		}
		if got, want := DamerauLevenshtein(a, b), damerau([]rune(a), []rune(b)); got != want {
			t.Fatalf("DamerauLevenshtein(%q, %q) = %d, table %d", a, b, got, want)
		}
	})
}
