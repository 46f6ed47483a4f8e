package gen

import (
	"bytes"
	"encoding/csv"
	"flag"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files")

type linkOut struct {
	a, b, truth bytes.Buffer
	sum         Summary
}

func genLink(t testing.TB, o Options, seed uint64) *linkOut {
	t.Helper()
	g, err := New(o, rand.New(rand.NewPCG(seed, 0)))
	if err != nil {
		t.Fatal(err)
	}
	var out linkOut
	if out.sum, err = g.WriteLink(&out.a, &out.b, &out.truth, nil); err != nil {
		t.Fatal(err)
	}
	return &out
}

type dedupeOut struct {
	recs, truth bytes.Buffer
	sum         Summary
}

func genDedupe(t testing.TB, o Options, seed uint64) *dedupeOut {
	t.Helper()
	g, err := New(o, rand.New(rand.NewPCG(seed, 0)))
	if err != nil {
		t.Fatal(err)
	}
	var out dedupeOut
	if out.sum, err = g.WriteDedupe(&out.recs, &out.truth, nil); err != nil {
		t.Fatal(err)
	}
	return &out
}

// readCSV parses a file written by the generator and checks its header.
func readCSV(t testing.TB, b []byte, header string) [][]string {
	t.Helper()
	rows, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) == 0 || strings.Join(rows[0], ",") != header {
		t.Fatalf("header %v, want %s", rows[0], header)
	}
	return rows[1:]
}

// Columns of a record file.
const (
	cID = iota
	cEntity
	cGiven
	cMiddle
	cFamily
	cSex
	cDOB
	cSSN
	cStreet
	cUnit
	cCity
	cState
	cZIP
	cPhone
	cCorruptions
	numCols
)

func TestDeterminism(t *testing.T) {
	o := DefaultOptions()
	o.N = 2000
	a, b := genLink(t, o, 11), genLink(t, o, 11)
	if !bytes.Equal(a.a.Bytes(), b.a.Bytes()) || !bytes.Equal(a.b.Bytes(), b.b.Bytes()) || !bytes.Equal(a.truth.Bytes(), b.truth.Bytes()) {
		t.Error("same seed, different bytes")
	}
	c := genLink(t, o, 12)
	if bytes.Equal(a.a.Bytes(), c.a.Bytes()) || bytes.Equal(a.b.Bytes(), c.b.Bytes()) || bytes.Equal(a.truth.Bytes(), c.truth.Bytes()) {
		t.Error("different seeds, same bytes")
	}
	o.Mode = Dedupe
	d, e := genDedupe(t, o, 11), genDedupe(t, o, 11)
	if !bytes.Equal(d.recs.Bytes(), e.recs.Bytes()) || !bytes.Equal(d.truth.Bytes(), e.truth.Bytes()) {
		t.Error("dedupe: same seed, different bytes")
	}
	if f := genDedupe(t, o, 13); bytes.Equal(d.recs.Bytes(), f.recs.Bytes()) {
		t.Error("dedupe: different seeds, same bytes")
	}
}

// The first records of a run do not depend on its size: entity e is the
// same person whatever N is (here checked through file A's entity ids).
func TestPersonIndependentOfN(t *testing.T) {
	o := DefaultOptions()
	o.N, o.Overlap = 100, 1
	small := genLink(t, o, 5)
	o.N = 1000
	big := genLink(t, o, 5)
	people := func(b []byte) map[string]string {
		m := map[string]string{}
		for _, r := range readCSV(t, b, Header) {
			m[r[cEntity]] = strings.Join(r[cGiven:cCorruptions], ",")
		}
		return m
	}
	ps, pb := people(small.a.Bytes()), people(big.a.Bytes())
	for e, p := range ps {
		if pb[e] != p {
			t.Fatalf("entity %s: %q with N=100, %q with N=1000", e, p, pb[e])
		}
	}
}

func TestGolden(t *testing.T) {
	o := DefaultOptions()
	o.N = 1000
	out := genLink(t, o, 42)
	head := func(b []byte, n int) string {
		lines := strings.SplitAfter(string(b), "\n")
		return strings.Join(lines[:n+1], "")
	}
	got := "# a.csv\n" + head(out.a.Bytes(), 20) + "# b.csv\n" + head(out.b.Bytes(), 20) + "# truth.csv\n" + head(out.truth.Bytes(), 20)
	path := filepath.Join("testdata", "link-n1000-seed42.golden")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("first 20 rows differ from %s (go test -update rewrites it)\ngot:\n%s", path, got)
	}
}

func TestLinkTruth(t *testing.T) {
	o := DefaultOptions()
	o.N, o.Overlap = 5000, 0.3
	out := genLink(t, o, 3)
	a := readCSV(t, out.a.Bytes(), Header)
	b := readCSV(t, out.b.Bytes(), Header)
	if len(a) != 5000 || len(b) != 5000 {
		t.Fatalf("%d and %d records", len(a), len(b))
	}
	entA, entB := map[string]string{}, map[string]string{}
	for i, r := range a {
		if len(r) != numCols {
			t.Fatalf("A row %d: %d columns", i, len(r))
		}
		if want := fmt.Sprintf("A%04d", i); r[cID] != want {
			t.Fatalf("A row %d: id %s, want %s", i, r[cID], want)
		}
		if _, dup := entA[r[cEntity]]; dup {
			t.Fatalf("entity %s twice in A", r[cEntity])
		}
		entA[r[cEntity]] = r[cID]
		if r[cCorruptions] != "" {
			t.Fatalf("A row %d corrupted (%s) without CorruptOriginals", i, r[cCorruptions])
		}
	}
	for _, r := range b {
		if _, dup := entB[r[cEntity]]; dup {
			t.Fatalf("entity %s twice in B", r[cEntity])
		}
		entB[r[cEntity]] = r[cID]
	}
	var want []string
	for e, ida := range entA {
		if idb, ok := entB[e]; ok {
			want = append(want, ida+","+idb)
		}
	}
	var got []string
	for _, r := range readCSV(t, out.truth.Bytes(), "a_rec_id,b_rec_id") {
		got = append(got, r[0]+","+r[1])
	}
	if !slices.IsSorted(got) {
		t.Error("truth not in A order")
	}
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Fatalf("truth has %d pairs, the entity ids give %d", len(got), len(want))
	}
	if len(got) != 1500 || out.sum.TruePairs != 1500 {
		t.Errorf("%d true pairs (summary %d), want 5000×0.3", len(got), out.sum.TruePairs)
	}
	if out.sum.Entities != 8500 || len(entA)+len(entB)-len(got) != 8500 {
		t.Errorf("%d entities", out.sum.Entities)
	}
}

func TestDedupeTruth(t *testing.T) {
	for _, dist := range []DupDist{Uniform, Poisson, Zipf} {
		t.Run(string(dist), func(t *testing.T) {
			o := DefaultOptions()
			o.Mode, o.N = Dedupe, 3000
			o.Dups = Dups{Frac: 0.4, Max: 5, Dist: dist, Mean: 2}
			out := genDedupe(t, o, 8)
			rows := readCSV(t, out.recs.Bytes(), Header)
			byEntity := map[string][]string{}
			prev := ""
			clean := 0
			for _, r := range rows {
				if r[cID] <= prev {
					t.Fatalf("ids not increasing: %s after %s", r[cID], prev)
				}
				prev = r[cID]
				byEntity[r[cEntity]] = append(byEntity[r[cEntity]], r[cID])
				if r[cCorruptions] == "" {
					clean++
				}
			}
			if len(byEntity) != 3000 {
				t.Fatalf("%d entities, want 3000", len(byEntity))
			}
			var want []string
			hist := make([]int, 7)
			for _, ids := range byEntity {
				if len(ids) > 6 {
					t.Fatalf("an entity has %d records, max 6", len(ids))
				}
				hist[len(ids)]++
				for i := range ids {
					for j := i + 1; j < len(ids); j++ {
						want = append(want, ids[i]+","+ids[j])
					}
				}
			}
			var got []string
			for _, r := range readCSV(t, out.truth.Bytes(), "rec_id_1,rec_id_2") {
				if r[0] >= r[1] {
					t.Fatalf("pair %v not ordered", r)
				}
				got = append(got, r[0]+","+r[1])
			}
			slices.Sort(want)
			if !slices.IsSorted(got) {
				t.Error("truth not sorted")
			}
			if !slices.Equal(got, want) {
				t.Fatalf("truth: %d pairs, entity ids give %d", len(got), len(want))
			}
			if out.sum.TruePairs != int64(len(got)) || out.sum.Records[0] != int64(len(rows)) {
				t.Errorf("summary %+v", out.sum)
			}
			// 40 % of entities have duplicates.
			if with := 3000 - hist[1]; with < 1100 || with > 1300 {
				t.Errorf("%d entities with duplicates, want about 1200 (%v)", with, hist)
			}
			if dist == Zipf && hist[2] < 3*hist[3] {
				t.Errorf("zipf: %v, want one duplicate far more often than two", hist)
			}
			if dist == Uniform && (hist[2] < 180 || hist[6] < 180) {
				t.Errorf("uniform: %v", hist)
			}
		})
	}
}

// Observed corruption rates on 100,000 corrupted records: each kind is
// tried with its configured probability (within 5 standard deviations),
// kinds that always apply are applied whenever tried, and the others apply
// as often as their preconditions allow.
func TestCorruptionRates(t *testing.T) {
	o := DefaultOptions()
	o.N, o.Overlap = 100_000, 1
	out := genLink(t, o, 77)
	s := out.sum
	if s.Corrupted != 100_000 {
		t.Fatalf("%d corrupted records", s.Corrupted)
	}
	n := float64(s.Corrupted)
	for k := range NumKinds {
		p := o.Rates[k]
		tried, applied := float64(s.Counts.Tried[k]), float64(s.Counts.Applied[k])
		sd := math.Sqrt(n * p * (1 - p))
		if math.Abs(tried-n*p) > 5*sd {
			t.Errorf("%s: tried on %.0f records, want %.0f ± %.0f", k, tried, n*p, 5*sd)
		}
		frac := applied / tried
		lo, hi := 1.0, 1.0
		switch k {
		case SwapNames, OCR, Phonetic:
			lo = 0.999 // a given name equal to the family name; a value no rule matches
		case Nickname:
			lo, hi = 0.70, 0.95 // names without a nickname in the table
		case MiddleInitial:
			lo, hi = 0.80, 0.90 // 85 % have a middle name
		case DOBSwap:
			lo, hi = 0.33, 0.39 // day 1–12 and not equal to the month: 11/30.4
		case Married:
			lo, hi = 0.48, 0.535 // women only
		}
		if frac < lo || frac > hi {
			t.Errorf("%s: applied on %.4f of the records it was tried on, want [%v, %v]", k, frac, lo, hi)
		}
	}
	// The corruptions column agrees with the counts.
	var fromFile [NumKinds]int64
	for _, r := range readCSV(t, out.b.Bytes(), Header) {
		if r[cCorruptions] == "" {
			continue
		}
		for _, name := range strings.Split(r[cCorruptions], ";") {
			k, err := ParseKind(name)
			if err != nil {
				t.Fatal(err)
			}
			fromFile[k]++
		}
	}
	if fromFile != s.Counts.Applied {
		t.Errorf("corruptions column %v, counts %v", fromFile, s.Counts.Applied)
	}
}

// A clean copy and its corrupted counterpart differ exactly as the
// corruptions column says.
func TestCorruptionsMatchDifferences(t *testing.T) {
	o := DefaultOptions()
	o.N, o.Overlap = 20_000, 1
	out := genLink(t, o, 21)
	a := map[string][]string{}
	for _, r := range readCSV(t, out.a.Bytes(), Header) {
		a[r[cEntity]] = r
	}
	changed := func(x, y []string, cols ...int) bool {
		for _, c := range cols {
			if x[c] != y[c] {
				return true
			}
		}
		return false
	}
	for _, b := range readCSV(t, out.b.Bytes(), Header) {
		orig := a[b[cEntity]]
		has := map[string]bool{}
		for _, k := range strings.Split(b[cCorruptions], ";") {
			has[k] = has[k] || k != ""
		}
		if len(has) == 0 && !slices.Equal(orig[cGiven:cCorruptions], b[cGiven:cCorruptions]) {
			t.Fatalf("uncorrupted record differs:\n%v\n%v", orig, b)
		}
		addr := has["moved"] || has["suffix"] || has["typo"] || has["ocr"] || has["missing"]
		if !addr && changed(orig, b, cStreet, cUnit, cCity, cState, cZIP) {
			t.Fatalf("address changed without a corruption:\n%v\n%v", orig, b)
		}
		names := has["nickname"] || has["married"] || has["swap"] || has["middle_initial"] || has["phonetic"] || has["typo"] || has["ocr"] || has["missing"]
		if !names && changed(orig, b, cGiven, cMiddle, cFamily) {
			t.Fatalf("name changed without a corruption:\n%v\n%v", orig, b)
		}
		dob := has["dob_swap"] || has["dob_year"] || has["missing"]
		if !dob && orig[cDOB] != b[cDOB] {
			t.Fatalf("dob changed without a corruption:\n%v\n%v", orig, b)
		}
		if has["dob_swap"] && !has["missing"] && (len(b[cDOB]) != 10 || b[cDOB][:4] != orig[cDOB][:4] && !has["dob_year"]) {
			t.Fatalf("dob_swap: %s → %s", orig[cDOB], b[cDOB])
		}
		if has["swap"] && !has["married"] && !has["nickname"] && !has["phonetic"] && !has["typo"] && !has["ocr"] && !has["missing"] {
			if b[cGiven] != orig[cFamily] || b[cFamily] != orig[cGiven] {
				t.Fatalf("swap: %v → %v", orig[cGiven:cFamily+1], b[cGiven:cFamily+1])
			}
		}
		if orig[cSSN] != b[cSSN] && !has["typo"] && !has["ocr"] && !has["missing"] {
			t.Fatalf("ssn changed without a corruption: %s → %s", orig[cSSN], b[cSSN])
		}
	}
}

func TestRecordsAreWellFormed(t *testing.T) {
	o := DefaultOptions()
	o.N = 20_000
	o.Rates = Rates{} // clean: every field as generated
	out := genLink(t, o, 31)
	ssns := map[string]string{}
	for _, r := range append(readCSV(t, out.a.Bytes(), Header), readCSV(t, out.b.Bytes(), Header)...) {
		if prev, ok := ssns[r[cSSN]]; ok && prev != r[cEntity] {
			t.Fatalf("SSN %s shared by entities %s and %s", r[cSSN], prev, r[cEntity])
		}
		ssns[r[cSSN]] = r[cEntity]
		if len(r[cSSN]) != 11 || r[cSSN][0] != '9' || r[cSSN][3] != '-' || r[cSSN][6] != '-' {
			t.Fatalf("SSN %q", r[cSSN])
		}
		z, err := strconv.Atoi(r[cZIP])
		if err != nil || len(r[cZIP]) != 5 || zipOfState(z) != r[cState] {
			t.Fatalf("ZIP %q does not agree with state %s", r[cZIP], r[cState])
		}
		if r[cSex] != "F" && r[cSex] != "M" {
			t.Fatalf("sex %q", r[cSex])
		}
		if r[cGiven] == "" || r[cFamily] == "" || r[cStreet] == "" || r[cCity] == "" || len(r[cDOB]) != 10 {
			t.Fatalf("empty field in a clean record: %v", r)
		}
		if strings.ToUpper(strings.Join(r, ",")) != strings.Join(r, ",") {
			t.Fatalf("lower case in a clean record: %v", r)
		}
		if r[cPhone] != "" && !strings.Contains(r[cPhone], "-555-01") {
			t.Fatalf("phone %q is not a fictitious number", r[cPhone])
		}
	}
}

// Hard negatives: the configured shares of people carry another person's
// name (and DOB), or live with another person.
func TestSameNameShares(t *testing.T) {
	o := DefaultOptions()
	o.SameName, o.SameNameDOB, o.SameHousehold = 0.05, 0.02, 0.08
	pop := newPopulation(99, &o)
	var p, q Person
	count := map[Shared]int{}
	for e := range uint64(100_000) {
		pop.person(e, &p)
		count[p.Shares]++
		if p.Twin < 0 {
			if p.Shares != SharesNothing {
				t.Fatalf("entity %d: shares %d without a twin", e, p.Shares)
			}
			continue
		}
		pop.base(uint64(p.Twin), &q, newStream())
		if p.Family != q.Family {
			t.Fatalf("entity %d: twin %d has another family name", e, p.Twin)
		}
		sameGiven := p.Given == q.Given && p.Sex == q.Sex
		sameAddr := p.Addr == q.Addr && p.Phone == q.Phone
		switch p.Shares {
		case SharesName:
			if !sameGiven {
				t.Fatalf("entity %d: name twin with another given name", e)
			}
		case SharesNameDOB:
			if !sameGiven || p.DOB != q.DOB {
				t.Fatalf("entity %d: name-and-DOB twin differs", e)
			}
		case SharesHousehold:
			if !sameAddr {
				t.Fatalf("entity %d: household member at another address", e)
			}
		case SharesJunior:
			if !sameAddr || !sameGiven {
				t.Fatalf("entity %d: junior differs from its parent", e)
			}
		}
		if p.Middle != "" && p.Middle == p.Given {
			t.Fatalf("entity %d: middle name equals given name", e)
		}
	}
	within := func(got int, want float64) bool { return math.Abs(float64(got)-want) < 5*math.Sqrt(want) }
	if !within(count[SharesName], 5000) || !within(count[SharesNameDOB], 2000) ||
		!within(count[SharesHousehold]+count[SharesJunior], 8000) || !within(count[SharesJunior], 2000) {
		t.Errorf("shares %v, want about 5000 name, 2000 name+DOB, 8000 household of which 2000 juniors", count)
	}
}

func TestCorruptOriginals(t *testing.T) {
	o := DefaultOptions()
	o.N, o.CorruptOriginals = 2000, true
	out := genLink(t, o, 4)
	dirty := 0
	for _, r := range readCSV(t, out.a.Bytes(), Header) {
		if r[cCorruptions] != "" {
			dirty++
		}
	}
	if dirty < 1000 || out.sum.Corrupted != 4000 {
		t.Errorf("%d corrupted A records, %d corrupted in all", dirty, out.sum.Corrupted)
	}
}

func TestUSDateFormat(t *testing.T) {
	o := DefaultOptions()
	o.N, o.DateFormat, o.Rates = 50, USDate, Rates{}
	out := genLink(t, o, 4)
	for _, r := range readCSV(t, out.a.Bytes(), Header) {
		if d := r[cDOB]; len(d) != 10 || d[2] != '/' || d[5] != '/' {
			t.Fatalf("dob %q", d)
		}
	}
}

type failWriter struct{ n int }

func (f *failWriter) Write(p []byte) (int, error) {
	if f.n -= len(p); f.n < 0 {
		return 0, fmt.Errorf("disk full")
	}
	return len(p), nil
}

func TestWriteErrors(t *testing.T) {
	o := DefaultOptions()
	o.N = 50_000
	g, _ := New(o, rand.New(rand.NewPCG(1, 1)))
	if _, err := g.WriteLink(io.Discard, &failWriter{n: 1 << 20}, io.Discard, nil); err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Errorf("WriteLink on a failing writer: %v", err)
	}
	stop := fmt.Errorf("stop")
	calls := 0
	_, err := g.WriteLink(io.Discard, io.Discard, io.Discard, func(string, int64, int64) error { calls++; return stop })
	if err != stop || calls != 1 {
		t.Errorf("progress error: %v after %d calls", err, calls)
	}
	if _, err := g.WriteDedupe(io.Discard, io.Discard, nil); err == nil {
		t.Error("WriteDedupe on a link run: no error")
	}
}

func BenchmarkGeneratePeople(b *testing.B) {
	o := DefaultOptions()
	o.N = 100_000
	data() // load the tables outside the timing
	b.ReportAllocs()
	for b.Loop() {
		g, err := New(o, rand.New(rand.NewPCG(1, 1)))
		if err != nil {
			b.Fatal(err)
		}
		if _, err := g.WriteLink(io.Discard, io.Discard, io.Discard, nil); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(2*o.N)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
}
