package link

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// randomPeople makes a table with few distinct values, so that keys
// collide often, and some nulls.
func randomPeople(t testing.TB, rng *rand.Rand, name string, n int) *Table {
	given := []string{"ann", "bob", "cy", "dee", ""}
	sur := []string{"ash", "bell", "cole", "ann", "bob", ""}
	words := []string{"red", "green", "blue", "gold"}
	rows := make([]string, n)
	for i := range rows {
		var ws []string
		for range rng.IntN(3) {
			ws = append(ws, words[rng.IntN(len(words))])
		}
		rows[i] = fmt.Sprintf("%s%d,%s,%s,%s", name, i, given[rng.IntN(len(given))], sur[rng.IntN(len(sur))], strings.Join(ws, " "))
	}
	return tableOf(t, name, "id,given,surname,tags", rows...)
}

// bruteKeys computes the keys of a record under key expressions, as the
// blocker should: joined parts, nothing when a part is null, one key per
// word for tokens().
func bruteKeys(tb *Table, i int, exprs []string) []string {
	keys := []string{""}
	for e, x := range exprs {
		var parts []string
		switch {
		case strings.HasPrefix(x, "tokens("):
			col := strings.TrimSuffix(strings.TrimPrefix(x, "tokens("), ")")
			parts = strings.Fields(tb.Value(i, tb.Column(col)))
		case strings.HasPrefix(x, "first("):
			col := strings.TrimSpace(strings.Split(strings.TrimPrefix(x, "first("), ",")[0])
			v := tb.Value(i, tb.Column(col))
			if len(v) > 1 {
				v = v[:1]
			}
			if v != "" {
				parts = []string{v}
			}
		default:
			if v := tb.Value(i, tb.Column(x)); v != "" {
				parts = []string{v}
			}
		}
		var next []string
		for _, k := range keys {
			for _, p := range parts {
				if e > 0 {
					next = append(next, k+"|"+p)
				} else {
					next = append(next, p)
				}
			}
		}
		keys = next
	}
	return keys
}

func bruteMatch(ta, tb *Table, a, b int, r BlockingRule, link bool) bool {
	left, right := r.On, r.On
	if len(r.On) == 0 {
		left, right = r.Left, r.Right
	}
	share := func(x, y []string) bool {
		for _, k := range x {
			if slices.Contains(y, k) {
				return true
			}
		}
		return false
	}
	if share(bruteKeys(ta, a, left), bruteKeys(tb, b, right)) {
		return true
	}
	return !link && share(bruteKeys(ta, b, left), bruteKeys(tb, a, right))
}

func TestBlockingAgainstBruteForce(t *testing.T) {
	rules := []BlockingRule{
		{On: []string{"given", "surname"}},
		{Left: []string{"given", "surname"}, Right: []string{"surname", "given"}},
		{On: []string{"tokens(tags)"}},
		{On: []string{"first(surname, 1)", "tokens(tags)"}},
		{On: []string{"surname"}},
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for _, link := range []bool{true, false} {
		for trial := 0; trial < 4; trial++ {
			ta := randomPeople(t, rng, "a", 40+rng.IntN(30))
			tb := ta
			js := `{"link_type": "dedupe", "comparisons": [{"field": "given", "template": "exact"}], "blocking": [{"on": ["given"]}]}`
			tables := []*Table{ta}
			if link {
				tb = randomPeople(t, rng, "b", 30+rng.IntN(30))
				js = strings.Replace(js, "dedupe", "link", 1)
				tables = append(tables, tb)
			}
			m := modelOf(t, js)
			m.Blocking = rules
			if err := m.Normalise(); err != nil {
				t.Fatal(err)
			}
			d := prepare(t, m, tables...)
			b, err := newBlocker(d, rules)
			if err != nil {
				t.Fatal(err)
			}
			got := map[[2]int32]int{}
			var js32 []int32
			var rs []uint8
			for a := int32(0); a < int32(ta.Len()); a++ {
				js32, rs = b.candidates(a, js32[:0], rs[:0])
				for k, j := range js32 {
					p := [2]int32{a, j}
					if _, dup := got[p]; dup {
						t.Fatalf("link=%v: pair %v generated twice", link, p)
					}
					got[p] = int(rs[k])
				}
			}
			want := map[[2]int32]int{}
			for a := 0; a < ta.Len(); a++ {
				b0 := 0
				if !link {
					b0 = a + 1
				}
				for j := b0; j < tb.Len(); j++ {
					for k, r := range rules {
						if bruteMatch(ta, tb, a, j, r, link) {
							want[[2]int32{int32(a), int32(j)}] = k
							break
						}
					}
				}
			}
			if len(got) != len(want) {
				t.Errorf("link=%v trial %d: %d pairs, brute force %d", link, trial, len(got), len(want))
			}
			for p, k := range want {
				if g, ok := got[p]; !ok {
					t.Errorf("link=%v: pair %v (rule %d) missing", link, p, k)
				} else if g != k {
					t.Errorf("link=%v: pair %v credited to rule %d, want %d", link, p, g, k)
				}
			}
			for p := range got {
				if _, ok := want[p]; !ok {
					t.Errorf("link=%v: pair %v not matched by any rule", link, p)
				}
			}
		}
	}
}

func TestParseKeyExpr(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		err      bool
	}{
		{"surname", "surname", false},
		{" soundex( surname ) ", "soundex(surname)", false},
		{"first(surname,3)", "first(surname, 3)", false},
		{"rare_tokens(title, 2)", "rare_tokens(title, 2)", false},
		{"first(surname)", "", true},
		{"soundex(surname, 2)", "", true},
		{"first(surname, 0)", "", true},
		{"soundex(", "", true},
		{"soundex()", "", true},
		{"nope(x)", "", true},
		{"a,b", "", true},
		{"", "", true},
	} {
		k, err := parseKeyExpr(tc.in)
		if (err != nil) != tc.err {
			t.Errorf("%q: error %v, want error %v", tc.in, err, tc.err)
			continue
		}
		if err == nil && k.String() != tc.want {
			t.Errorf("%q parsed as %q, want %q", tc.in, k.String(), tc.want)
		}
	}
}

// TestKeyFunctions checks the keys each function gives.
func TestKeyFunctions(t *testing.T) {
	tb := tableOf(t, "t", "id,name,dob",
		"1,john smith,1970-05-02",
		"2,smith john,1970-06-01",
		"3,jon smyth,1971-05-02",
		"4,,bad date",
		"5,john rare,")
	m := modelOf(t, `{"link_type": "dedupe", "comparisons": [{"field": "name", "template": "exact"}], "blocking": [{"on": ["name"]}]}`)
	m.Fields = append(m.Fields, Field{Name: "dob"})
	d := prepare(t, m, tb)
	for _, tc := range []struct {
		expr string
		want []string // per record, keys joined by "/"
	}{
		{"name", []string{"john smith", "smith john", "jon smyth", "", "john rare"}},
		{"first(name, 3)", []string{"joh", "smi", "jon", "", "joh"}},
		{"last(name, 2)", []string{"th", "hn", "th", "", "re"}},
		{"sorted_tokens(name)", []string{"john smith", "john smith", "jon smyth", "", "john rare"}},
		{"tokens(name)", []string{"john/smith", "john/smith", "jon/smyth", "", "john/rare"}},
		{"prefixes(name, 3)", []string{"joh/smi", "joh/smi", "jon/smy", "", "joh/rar"}},
		{"rare_tokens(name, 1)", []string{"smith", "smith", "jon", "", "rare"}},
		{"soundex(name)", []string{"J525", "S532", "J525", "", "J566"}},
		{"year(dob)", []string{"1970", "1970", "1971", "", ""}},
		{"canonical(name)", []string{"john smith", "smith john", "jon smyth", "", "john rare"}},
	} {
		k, err := parseKeyExpr(tc.expr)
		if err != nil {
			t.Fatal(err)
		}
		fd := d.byName[k.field]
		parts, err := keyParts(fd, k)
		if err != nil {
			t.Fatalf("%s: %v", tc.expr, err)
		}
		for i, want := range tc.want {
			ps := slices.Clone(parts[fd.ids[0][i]])
			slices.Sort(ps)
			if got := strings.Join(ps, "/"); got != want {
				t.Errorf("%s record %d: %q, want %q", tc.expr, i+1, got, want)
			}
		}
	}
}

// TestScoreDeterministic checks that the pairs and their order do not
// depend on the number of workers or the chunk size.
func TestScoreDeterministic(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	ta := randomPeople(t, rng, "a", 500)
	m := modelOf(t, `{"link_type": "dedupe", "prior": 0.01,
		"comparisons": [
			{"field": "given", "levels": [{"type": "exact", "m": 0.9, "u": 0.2}, {"type": "jaro_winkler", "threshold": 0.8, "m": 0.05, "u": 0.1}, {"type": "else", "m": 0.05, "u": 0.7}]},
			{"field": "surname", "levels": [{"type": "exact", "m": 0.9, "u": 0.2, "tf": {"weight": 1}}, {"type": "else", "m": 0.1, "u": 0.8}]}],
		"blocking": [{"on": ["given"]}, {"on": ["tokens(tags)"]}]}`)
	d := prepare(t, m, ta)
	s, err := NewScorer(d)
	if err != nil {
		t.Fatal(err)
	}
	run := func(workers, chunk int) []Pair {
		var out []Pair
		_, err := s.Score(context.Background(), ScoreOptions{MinWeight: math.Inf(-1), Workers: workers, Chunk: chunk}, func(ps []Pair) error {
			out = append(out, ps...)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	ref := run(1, 1000)
	if len(ref) == 0 {
		t.Fatal("no pairs")
	}
	for _, c := range [][2]int{{2, 1}, {3, 7}, {4, 64}} {
		if got := run(c[0], c[1]); !slices.Equal(got, ref) {
			t.Errorf("workers %d chunk %d: %d pairs differ from the single-worker run (%d)", c[0], c[1], len(got), len(ref))
		}
	}
	for _, p := range ref[:20] {
		q := s.ScorePair(int(p.A), int(p.B))
		if q.Weight != p.Weight || q.Levels != p.Levels {
			t.Errorf("ScorePair(%d, %d) = %v/%x, Score gave %v/%x", p.A, p.B, q.Weight, q.Levels, p.Weight, p.Levels)
		}
	}
	st, err := s.CountCandidates(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if st.Candidates != int64(len(ref)) {
		t.Errorf("CountCandidates %d, Score found %d", st.Candidates, len(ref))
	}
}

func TestScoreStopsOnError(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	ta := randomPeople(t, rng, "a", 3000)
	m := modelOf(t, `{"link_type": "dedupe", "prior": 0.01,
		"comparisons": [{"field": "surname", "levels": [{"type": "exact", "m": 0.9, "u": 0.2}, {"type": "else", "m": 0.1, "u": 0.8}]}],
		"blocking": [{"on": ["given"]}]}`)
	s, err := NewScorer(prepare(t, m, ta))
	if err != nil {
		t.Fatal(err)
	}
	calls := 0
	_, err = s.Score(context.Background(), ScoreOptions{MinWeight: math.Inf(-1), Chunk: 10}, func([]Pair) error {
		calls++
		if calls == 3 {
			return fmt.Errorf("disk full")
		}
		return nil
	})
	if err == nil || !strings.Contains(err.Error(), "disk full") || calls != 3 {
		t.Errorf("err %v after %d calls; want the emit error after 3", err, calls)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := s.Score(ctx, ScoreOptions{}, func([]Pair) error { return nil }); err == nil {
		t.Error("cancelled context: no error")
	}
}
