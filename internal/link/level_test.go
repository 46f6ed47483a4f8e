package link

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/probity-dev/probity/internal/strsim"
)

// levelOf returns the label of the level two values fall in under a
// comparison given as JSON levels (after the implied null level).
func levelOf(t *testing.T, levels, a, b string) string {
	t.Helper()
	js := fmt.Sprintf(`{"link_type": "link", "fields": [{"name": "v"}, {"name": "w"}],
		"comparisons": [{"field": "v", "levels": [%s]}], "blocking": [{"on": ["v"]}]}`, levels)
	m := modelOf(t, js)
	av, aw, _ := strings.Cut(a, "|")
	bv, bw, _ := strings.Cut(b, "|")
	ta := &Table{Name: "a", Columns: []string{"id", "v", "w"}, Rows: [][]string{{"1", av, aw}}}
	tb := &Table{Name: "b", Columns: []string{"id", "v", "w"}, Rows: [][]string{{"2", bv, bw}}}
	d := prepare(t, m, ta, tb)
	s, err := newComparer(d)
	if err != nil {
		t.Fatal(err)
	}
	l := s.comps[0].level(0, 0)
	return m.Comparisons[0].Levels[l].Describe()
}

func TestLevels(t *testing.T) {
	name := `{"type": "exact"}, {"type": "jaro_winkler", "threshold": 0.92}, {"type": "jaro_winkler", "threshold": 0.88}, {"type": "jaro_winkler", "threshold": 0.7}, {"type": "else"}`
	dob := `{"type": "exact"}, {"type": "damerau_levenshtein", "threshold": 1}, {"type": "date_transposed"}, {"type": "date_diff", "threshold": 1, "unit": "month"}, {"type": "date_diff", "threshold": 1, "unit": "year"}, {"type": "date_diff", "threshold": 10, "unit": "year"}, {"type": "else"}`
	num := `{"type": "exact"}, {"type": "abs_diff", "threshold": 0.5}, {"type": "rel_diff", "threshold": 0.1}, {"type": "else"}`
	for _, tc := range []struct {
		name, levels, a, b, want string
	}{
		{"null left", name, "", "martha", "null"},
		{"null right", name, "martha", " ", "null"},
		{"exact", name, "martha", "martha", "exact"},
		{"jw .96", name, "martha", "marhta", "jaro_winkler >= 0.92"},
		{"jw .84", name, "dwayne", "duane", "jaro_winkler >= 0.7"},
		{"jw low", name, "martha", "zzz", "else"},
		{"dob exact", dob, "19700102", "19700102", "exact"},
		{"dob one edit", dob, "19700102", "19700103", "damerau_levenshtein <= 1"},
		{"dob transposed", dob, "19700305", "19700503", "date_transposed"},
		{"dob 20 days", dob, "19700101", "19700118", "within 1 month"},
		{"dob 11 months", dob, "19700101", "19701201", "within 1 year"},
		{"dob 5 years", dob, "19700615", "19750101", "within 10 years"},
		{"dob far", dob, "19000101", "19750101", "else"},
		{"dob invalid", dob, "19700231", "19700301", "else"},
		{"num exact", num, "$10.00", "$10.00", "exact"},
		{"num abs", num, "10.00", "$10.40", "abs_diff <= 0.5"},
		{"num rel", num, "100", "109", "within 10%"},
		{"num thousands", num, "$1,299.80", "1300", "abs_diff <= 0.5"},
		{"num not a number", num, "n/a", "10", "else"},
		{"lev", `{"type": "levenshtein", "threshold": 1}, {"type": "levenshtein", "threshold": 2}, {"type": "else"}`, "kitten", "sitten", "levenshtein <= 1"},
		{"lev 2", `{"type": "levenshtein", "threshold": 1}, {"type": "levenshtein", "threshold": 2}, {"type": "else"}`, "kitten", "sittin", "levenshtein <= 2"},
		{"dl transposition", `{"type": "damerau_levenshtein", "threshold": 1}, {"type": "else"}`, "1234567", "1243567", "damerau_levenshtein <= 1"},
		{"dl too far", `{"type": "damerau_levenshtein", "threshold": 1}, {"type": "else"}`, "1234567", "7654321", "else"},
		{"osa", `{"type": "osa", "threshold": 1}, {"type": "else"}`, "abcd", "abdc", "osa <= 1"},
		{"soundex", `{"type": "soundex"}, {"type": "else"}`, "robert", "rupert", "soundex"},
		{"soundex differs", `{"type": "soundex"}, {"type": "else"}`, "robert", "smith", "else"},
		{"token jaccard", `{"type": "token_jaccard", "threshold": 0.6}, {"type": "else"}`, "data base systems", "systems data base", "token_jaccard >= 0.6"},
		{"token jaccard low", `{"type": "token_jaccard", "threshold": 0.6}, {"type": "else"}`, "data base systems", "data mining", "else"},
		{"qgram", `{"type": "qgram_jaccard", "threshold": 0.5}, {"type": "else"}`, "jonathan", "johnathan", "qgram_jaccard >= 0.5"},
		{"nysiis", `{"type": "nysiis"}, {"type": "else"}`, "knight", "night", "nysiis"},
		{"dmetaphone", `{"type": "jaro_winkler", "threshold": 0.95}, {"type": "dmetaphone"}, {"type": "else"}`, "catherine", "katherine", "dmetaphone"},
		{"dmetaphone alternate", `{"type": "dmetaphone"}, {"type": "else"}`, "schmidt", "smith", "dmetaphone"},
		{"dmetaphone differs", `{"type": "dmetaphone"}, {"type": "else"}`, "smith", "jones", "else"},
		{"token set ratio", `{"type": "token_set_ratio", "threshold": 0.9}, {"type": "else"}`, "acme holdings inc", "inc acme holdings", "token_set_ratio >= 0.9"},
		{"nickname", `{"type": "exact"}, {"type": "nickname"}, {"type": "else"}`, "bob", "robert", "nickname"},
		{"nickname both short", `{"type": "exact"}, {"type": "nickname"}, {"type": "else"}`, "bill", "will", "nickname"},
		{"not nickname", `{"type": "exact"}, {"type": "nickname"}, {"type": "else"}`, "bob", "william", "else"},
		{"dob us format", dob, "01/02/1970", "19700102", "within 1 month"},
		{"dob partial year", dob, "1970", "1975-06-01", "within 10 years"},
		{"initial", `{"type": "exact"}, {"type": "initial"}, {"type": "else"}`, "j", "john", "initial"},
		{"initial other way", `{"type": "exact"}, {"type": "initial"}, {"type": "else"}`, "john", "j", "initial"},
		{"not initial", `{"type": "exact"}, {"type": "initial"}, {"type": "else"}`, "k", "john", "else"},
		{"swapped", `{"type": "exact"}, {"type": "swapped", "with": "w"}, {"type": "else"}`, "john|smith", "smith|john", "swapped with w"},
		{"not swapped", `{"type": "exact"}, {"type": "swapped", "with": "w"}, {"type": "else"}`, "john|smith", "smith|jon", "else"},
		{"no else: last level", `{"type": "exact"}, {"type": "jaro_winkler", "threshold": 0.9}`, "abc", "xyz", "jaro_winkler >= 0.9"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := levelOf(t, tc.levels, tc.a, tc.b); got != tc.want {
				t.Errorf("%q vs %q: level %q, want %q", tc.a, tc.b, got, tc.want)
			}
		})
	}
}

// TestBoundedEdit checks the cheap bounds against the full distance.
func TestBoundedEdit(t *testing.T) {
	words := []string{"", "a", "ab", "ba", "abc", "acb", "cab", "1234567", "1243567", "7654321", "1234576", "josé", "jose", "ñandú", "nandu", "smith", "smyth", "schmidt"}
	for _, a := range words {
		for _, b := range words {
			for k := 0; k <= 3; k++ {
				for _, f := range []struct {
					name string
					dist func(a, b string) int
				}{{"dl", strsim.DamerauLevenshtein}, {"osa", strsim.OSA}} {
					full := f.dist(a, b)
					want := min(full, k+1)
					if got := boundedEdit(a, b, k, f.dist); got != want {
						t.Errorf("%s(%q, %q) bounded by %d = %d, want %d", f.name, a, b, k, got, want)
					}
				}
			}
		}
	}
}

func TestQGramJaccard(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		q    int
		want float64
	}{
		{"abc", "abc", 2, 1},
		{"abcd", "abce", 2, 2.0 / 4}, // {ab bc cd} vs {ab bc ce}
		{"ab", "ab", 3, 1},
		{"aaaa", "aa", 2, 1}, // sets: {aa}
		{"", "", 2, 1},
	} {
		got := jaccard(qgramSet(tc.a, tc.q), qgramSet(tc.b, tc.q))
		if math.Abs(got-tc.want) > 1e-12 {
			t.Errorf("qgram jaccard(%q, %q, %d) = %.4f, want %.4f", tc.a, tc.b, tc.q, got, tc.want)
		}
	}
}

// TestQGramSetsMatchStrsim checks the precomputed q-gram sets against
// strsim.QGramJaccard, which computes the same similarity per pair.
func TestQGramSetsMatchStrsim(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 9))
	alpha := []rune("abcé ")
	word := func() string {
		rs := make([]rune, rng.IntN(8))
		for i := range rs {
			rs[i] = alpha[rng.IntN(len(alpha))]
		}
		return string(rs)
	}
	for i := 0; i < 2000; i++ {
		a, b, q := word(), word(), 1+rng.IntN(3)
		if a == "" || b == "" {
			continue
		}
		got := jaccard(qgramSet(a, q), qgramSet(b, q))
		if want := strsim.QGramJaccard(a, b, q); math.Abs(got-want) > 1e-12 {
			t.Errorf("q=%d %q %q: %.6f, strsim %.6f", q, a, b, got, want)
		}
	}
}

func TestParseNumber(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want float64
	}{
		{"42", 42}, {"$1,299.99", 1299.99}, {"-3.5", -3.5}, {".5", 0.5}, {"about 12 units", 12},
		{"1,2", 12}, {"10.", 10},
	} {
		if got := parseNumber(tc.in); got != tc.want {
			t.Errorf("parseNumber(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
	for _, in := range []string{"", "n/a", "-"} {
		if got := parseNumber(in); !math.IsNaN(got) {
			t.Errorf("parseNumber(%q) = %v, want NaN", in, got)
		}
	}
}

// TestWeightsAndTF checks a pair's weight against the sum worked out
// from the model: prior, log2(m/u) per comparison, and the Splink term
// frequency adjustment.
func TestWeightsAndTF(t *testing.T) {
	m := modelOf(t, `{"link_type": "dedupe", "prior": 0.01,
		"comparisons": [
			{"field": "name", "levels": [
				{"type": "exact", "m": 0.8, "u": 0.05, "tf": {"weight": 1}},
				{"type": "jaro_winkler", "threshold": 0.8, "m": 0.15, "u": 0.1, "tf": {"weight": 0.5, "min_u": 0.3}},
				{"type": "else", "m": 0.05, "u": 0.85}]},
			{"field": "city", "levels": [{"type": "exact", "m": 0.9, "u": 0.2}, {"type": "else", "m": 0.1, "u": 0.8}]}],
		"blocking": [{"on": ["city"]}]}`)
	// name: smith x4, smyth x1, jones x1, "" x1 (6 non-null)
	tb := tableOf(t, "t", "id,name,city",
		"1,smith,a", "2,smith,a", "3,smith,b", "4,smith,b", "5,smyth,a", "6,jones,a", "7,,a")
	d := prepare(t, m, tb)
	s, err := NewScorer(d)
	if err != nil {
		t.Fatal(err)
	}
	prior := math.Log2(0.01 / 0.99)
	tfSmith, tfSmyth, tfJones := 4.0/6, 1.0/6, 1.0/6
	for _, tc := range []struct {
		a, b int
		want float64
	}{
		// exact "smith" with TF: log2(.8/.05) + log2(.05/tf(smith)); same city
		{0, 1, prior + math.Log2(0.8/0.05) + math.Log2(0.05/tfSmith) + math.Log2(0.9/0.2)},
		// exact "jones" is rarer, so it weighs more
		// smith vs smyth: JW level, TF on the more common value, floored at 0.3, weight 0.5
		{0, 4, prior + math.Log2(0.15/0.1) + 0.5*math.Log2(0.05/math.Max(math.Max(tfSmith, tfSmyth), 0.3)) + math.Log2(0.9/0.2)},
		// smyth vs jones: else, no TF; same city
		{4, 5, prior + math.Log2(0.05/0.85) + math.Log2(0.9/0.2)},
		// null name: no weight from name; different city
		{2, 6, prior + math.Log2(0.1/0.8)},
	} {
		p := s.ScorePair(tc.a, tc.b)
		if math.Abs(p.Weight-tc.want) > 1e-9 {
			t.Errorf("pair %d,%d: weight %.6f, want %.6f", tc.a, tc.b, p.Weight, tc.want)
		}
		e := s.Explain(tc.a, tc.b)
		if math.Abs(e.Weight-p.Weight) > 1e-9 || math.Abs(e.Terms[len(e.Terms)-1].Cumulative-p.Weight) > 1e-9 {
			t.Errorf("pair %d,%d: explanation total %.6f, score %.6f", tc.a, tc.b, e.Weight, p.Weight)
		}
	}
	_ = tfJones
	rare, common := s.ScorePair(5, 5), s.ScorePair(0, 1)
	if rare.Weight <= common.Weight {
		t.Errorf("an exact match on a rare name (%.2f) should weigh more than on a common one (%.2f)", rare.Weight, common.Weight)
	}
	if got := Probability(WeightOf(0.25)); math.Abs(got-0.25) > 1e-12 {
		t.Errorf("Probability(WeightOf(0.25)) = %v", got)
	}
}
