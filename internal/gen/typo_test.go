package gen

import (
	"math/rand/v2"
	"strings"
	"testing"
)

func TestKeyboardNeighbours(t *testing.T) {
	for _, tc := range []struct {
		key  byte
		want string
	}{
		{'a', "sqwz"},
		{'g', "fhtyvb"},
		{'q', "w12a"},
		{'m', "njk"},
		{'5', "46tr"},
	} {
		got := keyboard[tc.key]
		if len(got) != len(tc.want) {
			t.Errorf("neighbours of %q = %q, want the keys %q", tc.key, got, tc.want)
			continue
		}
		for i := range len(tc.want) {
			if !strings.ContainsRune(got, rune(tc.want[i])) {
				t.Errorf("neighbours of %q = %q, missing %q", tc.key, got, tc.want[i])
			}
		}
	}
	if got := digitKeys['0'-'0']; got != "9" {
		t.Errorf("digit neighbours of 0 = %q, want 9", got)
	}
}

func TestTypoOps(t *testing.T) {
	first := func(int) int { return 0 }
	for _, tc := range []struct {
		name   string
		in     string
		op     TypoOp
		i      int
		digits bool
		want   string
	}{
		{"substitute", "smith", Substitute, 0, false, "amith"}, // first neighbour of s is a
		{"substitute last", "smith", Substitute, 4, false, "smitg"},
		{"insert", "lee", Insert, 0, false, "lkee"},
		{"delete", "smith", Delete, 2, false, "smth"},
		{"delete only key", "a", Delete, 0, false, "a"},
		{"transpose", "smith", Transpose, 1, false, "simth"},
		{"transpose equal", "lee", Transpose, 1, false, "lee"},
		{"transpose at end", "lee", Transpose, 2, false, "lee"},
		{"transpose before space", "ab c", Transpose, 1, false, "ab c"},
		{"digit substitute", "912-34-5678", Substitute, 1, true, "922-34-5678"},
		{"digit insert", "912-34-5678", Insert, 0, true, "9812-34-5678"},
		{"digit transpose", "912-34-5678", Transpose, 0, true, "192-34-5678"},
		{"digit transpose dash", "912-34-5678", Transpose, 2, true, "912-34-5678"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := typo(tc.in, tc.op, tc.i, tc.digits, first); got != tc.want {
				t.Errorf("typo(%q, %d, %d) = %q, want %q", tc.in, tc.op, tc.i, got, tc.want)
			}
		})
	}
}

// osa is the optimal-string-alignment distance (edits: insert, delete,
// substitute, transpose adjacent), written here as a test oracle.
func osa(a, b string) int {
	d := make([][]int, len(a)+1)
	for i := range d {
		d[i] = make([]int, len(b)+1)
		d[i][0] = i
	}
	for j := range len(b) + 1 {
		d[0][j] = j
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(a)][len(b)]
}

func TestApplyTypoIsOneEdit(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 1))
	for _, in := range []string{"smith", "a", "lee", "o'brien", "de la cruz", "2nd st", "jo"} {
		for range 200 {
			got, ok := applyTypo(r, in, false)
			if !ok {
				t.Fatalf("applyTypo(%q) not applied", in)
			}
			if d := osa(in, got); d != 1 {
				t.Fatalf("applyTypo(%q) = %q: %d edits, want 1", in, got, d)
			}
		}
	}
	for range 200 {
		got, ok := applyTypo(r, "912-34-5678", true)
		if !ok || osa("912-34-5678", got) != 1 {
			t.Fatalf("digit typo gave %q", got)
		}
		for i := range len(got) {
			if c := got[i]; !isDigit(c) && c != '-' {
				t.Fatalf("digit typo put %q in %q", c, got)
			}
		}
	}
	if _, ok := applyTypo(r, "---", false); ok {
		t.Error("typo applied to a value without keys")
	}
	if _, ok := applyTypo(r, "", false); ok {
		t.Error("typo applied to an empty value")
	}
}
