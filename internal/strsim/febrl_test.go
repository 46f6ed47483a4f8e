package strsim

import (
	"encoding/csv"
	"github.com/probity-dev/probity/internal/sharedtest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// febrlRecord is the part of a FEBRL record the benchmarks compare.
type febrlRecord struct {
	given, surname, street, suburb, postcode, ssn, dob string
}

// loadFEBRL4 reads FEBRL4 (datasets 4a and 4b) and returns record pairs:
// the 5,000 true matches (rec-N-org in 4a with rec-N-dup-0 in 4b) followed
// by 5,000 non-matches (each 4a record with the 4b record of the next id).
// It fails the benchmark if ../shared is missing, as CI has it.
func loadFEBRL4(tb testing.TB) [][2]febrlRecord {
	tb.Helper()
	febrlDir := sharedtest.Dir(tb, "linkage-data", "febrl")
	read := func(name string) map[string]febrlRecord {
		f, err := os.Open(filepath.Join(febrlDir, name))
		if err != nil {
			tb.Fatalf("FEBRL data missing (expected ../shared next to the repository): %v", err)
		}
		defer f.Close()
		r := csv.NewReader(f)
		r.TrimLeadingSpace = true
		rows, err := r.ReadAll()
		if err != nil {
			tb.Fatalf("read %s: %v", name, err)
		}
		out := make(map[string]febrlRecord, len(rows))
		for _, row := range rows[1:] {
			id := strings.Split(row[0], "-")[1]
			out[id] = febrlRecord{row[1], row[2], row[4], row[6], row[7], row[10], row[9]}
		}
		return out
	}
	a, b := read("dataset4a.csv"), read("dataset4b.csv")
	var ids []string
	for id := range a {
		if _, ok := b[id]; ok {
			ids = append(ids, id)
		}
	}
	if len(ids) < 4000 {
		tb.Fatalf("FEBRL4: only %d matching ids", len(ids))
	}
	// Deterministic order.
	sortStrings(ids)
	pairs := make([][2]febrlRecord, 0, 2*len(ids))
	for _, id := range ids {
		pairs = append(pairs, [2]febrlRecord{a[id], b[id]})
	}
	for i, id := range ids {
		pairs = append(pairs, [2]febrlRecord{a[id], b[ids[(i+1)%len(ids)]]})
	}
	return pairs
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

// BenchmarkFEBRL4 measures the comparators on FEBRL4 record pairs (half
// true matches, half not); ns/op is per pair. "six-fields" is the work of
// scoring one pair with a Splink-like six-field model: Jaro–Winkler on
// given name and surname, bounded Levenshtein on postcode, true
// Damerau–Levenshtein on the social security id, q-gram Jaccard on the
// street, and exact date of birth.
func BenchmarkFEBRL4(b *testing.B) {
	pairs := loadFEBRL4(b)
	run := func(name string, f func(p *[2]febrlRecord)) {
		b.Run(name, func(b *testing.B) {
			for i := 0; b.Loop(); i++ {
				f(&pairs[i%len(pairs)])
			}
		})
	}
	run("JaroWinkler/surname", func(p *[2]febrlRecord) { sinkF = JaroWinkler(p[0].surname, p[1].surname) })
	run("JaroWinkler/given", func(p *[2]febrlRecord) { sinkF = JaroWinkler(p[0].given, p[1].given) })
	run("Levenshtein/surname", func(p *[2]febrlRecord) { sinkI = Levenshtein(p[0].surname, p[1].surname) })
	run("LevenshteinMax2/surname", func(p *[2]febrlRecord) { sinkI = LevenshteinMax(p[0].surname, p[1].surname, 2) })
	run("OSA/surname", func(p *[2]febrlRecord) { sinkI = OSA(p[0].surname, p[1].surname) })
	run("DamerauLevenshtein/ssn", func(p *[2]febrlRecord) { sinkI = DamerauLevenshtein(p[0].ssn, p[1].ssn) })
	run("QGramJaccard2/street", func(p *[2]febrlRecord) { sinkF = QGramJaccard(p[0].street, p[1].street, 2) })
	run("TokenSetRatio/suburb", func(p *[2]febrlRecord) { sinkF = TokenSetRatio(p[0].suburb, p[1].suburb) })
	run("Soundex/surname", func(p *[2]febrlRecord) { sinkS = Soundex(p[0].surname) })
	run("NYSIIS/surname", func(p *[2]febrlRecord) { sinkS = NYSIIS(p[0].surname) })
	run("DoubleMetaphone/surname", func(p *[2]febrlRecord) { sinkS, _ = DoubleMetaphone(p[0].surname) })
	run("six-fields", func(p *[2]febrlRecord) {
		x, y := &p[0], &p[1]
		s := JaroWinkler(x.given, y.given)
		s += JaroWinkler(x.surname, y.surname)
		s += float64(LevenshteinMax(x.postcode, y.postcode, 2))
		s += float64(DamerauLevenshtein(x.ssn, y.ssn))
		s += QGramJaccard(x.street, y.street, 2)
		if x.dob == y.dob {
			s++
		}
		sinkF = s
	})
}

// TestFEBRL4Sanity checks that the data loads and that the comparators
// separate true matches from non-matches on it the way they should.
func TestFEBRL4Sanity(t *testing.T) {
	pairs := loadFEBRL4(t)
	half := len(pairs) / 2
	var match, non int
	for i, p := range pairs {
		if JaroWinkler(p[0].surname, p[1].surname) > 0.88 {
			if i < half {
				match++
			} else {
				non++
			}
		}
	}
	if match < half*8/10 || non > half/20 {
		t.Fatalf("surname JW > 0.88: %d of %d matches, %d of %d non-matches", match, half, non, half)
	}
}
