package verify

import (
	"encoding/csv"
	"errors"
	"github.com/probity-dev/probity/internal/sharedtest"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/probity-dev/probity/internal/spend"
)

// sharedDir returns the real DOGE snapshots beside the repository (see
// sharedtest).
func sharedDir(t *testing.T) string { return sharedtest.Dir(t, "doge-data", "m-nolan") }

// record reads the CSV record that starts at line of file, by column name
// (the first column of a repeated name wins).
func record(t *testing.T, dir, file string, line int64) map[string]string {
	t.Helper()
	f, err := os.Open(filepath.Join(dir, file))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	head, err := r.Read()
	if err != nil {
		t.Fatal(err)
	}
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			t.Fatalf("%s has no record at line %d", file, line)
		}
		if err != nil {
			t.Fatal(err)
		}
		if l, _ := r.FieldPos(0); int64(l) != line {
			continue
		}
		m := map[string]string{}
		for i, h := range head {
			if _, dup := m[h]; !dup && i < len(rec) {
				m[h] = rec[i]
			}
		}
		return m
	}
}

// columns names, per source, the columns the transcribed values came from.
var columns = map[int64]struct{ date, link, savings, value string }{
	1: {"date", "fpds_link", "value", "ceiling_value"},
	2: {"date", "fpds_link", "value", "ceiling_value"},
	3: {"uploaded_on", "link", "value", ""},
	4: {"deleted_date", "fpds_link", "savings", "value"},
	5: {"date", "link", "savings", "value"},
	6: {"date", "", "value", "ceiling_value"},
}

func money(t *testing.T, s string) spend.NullMoney {
	t.Helper()
	if s == "" {
		return spend.NullMoney{}
	}
	m, err := spend.ParseMoney(s)
	if err != nil {
		t.Fatalf("money %q: %v", s, err)
	}
	return spend.Known(m)
}

// TestRealRowsTranscription checks the hand-transcribed claims and awards
// of realrows_test.go against the files they cite.
func TestRealRowsTranscription(t *testing.T) {
	dir := sharedDir(t)
	for _, c := range realClaims() {
		file := sourceFiles[c.Origin.SourceID]
		rec := record(t, dir, file, c.Origin.Line)
		col := columns[c.Origin.SourceID]
		where := rowName(c.Origin)
		if d, err := spend.ParseDate(rec[col.date], c.Snapshot); err != nil || d != c.Date {
			t.Errorf("%s: date %q, transcribed %s (%v)", where, rec[col.date], c.Date, err)
		}
		if col.link != "" && rec[col.link] != c.Link {
			t.Errorf("%s: link %q, transcribed %q", where, rec[col.link], c.Link)
		}
		if got := money(t, rec[col.savings]); got != c.Savings {
			t.Errorf("%s: claimed %s, transcribed %s", where, got, c.Savings)
		}
		if col.value != "" {
			if got := money(t, rec[col.value]); got != c.Value {
				t.Errorf("%s: value %s, transcribed %s", where, got, c.Value)
			}
		}
	}
	for _, a := range realAwards() {
		file := sourceFiles[a.Origin.SourceID]
		rec := record(t, dir, file, a.Origin.Line)
		where := rowName(a.Origin)
		var checks [][2]any
		if a.Kind == spend.Grant {
			checks = [][2]any{
				{rec["generated_unique_award_id"], a.Key},
				{money(t, rec["total_obligation"]), a.Obligated},
				{money(t, rec["total_outlay"]), a.Outlayed},
			}
		} else {
			checks = [][2]any{
				{rec["award_procurement_id"], a.Key},
				{rec["award_modification_num"], a.ModNumber},
				{money(t, rec["amount_ultimate_total"]), a.Ceiling},
				{money(t, rec["amount_obligated_total"]), a.Obligated},
			}
			if d, err := spend.ParseDate(rec["date_complete"], spend.Date{}); (err == nil) != !a.CurrentEnd.IsZero() || d != a.CurrentEnd {
				t.Errorf("%s: date_complete %q, transcribed %s", where, rec["date_complete"], a.CurrentEnd)
			}
			if d, _ := spend.ParseDate(rec["date_signed"], spend.Date{}); d != a.Signed {
				t.Errorf("%s: date_signed %q, transcribed %s", where, rec["date_signed"], a.Signed)
			}
		}
		for _, c := range checks {
			if c[0] != c[1] {
				t.Errorf("%s: file has %v, transcribed %v", where, c[0], c[1])
			}
		}
	}
}

// readCSV returns the records of a file with the line each starts at.
func readCSV(t *testing.T, path string) (head []string, recs [][]string, lines []int64) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	if head, err = r.Read(); err != nil {
		t.Fatal(err)
	}
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			return head, recs, lines
		}
		if err != nil {
			t.Fatal(err)
		}
		l, _ := r.FieldPos(0)
		recs = append(recs, rec)
		lines = append(lines, int64(l))
	}
}

// TestCeilingCountedAtScale verifies every row of
// contracts_2025-03-11_fpds.csv against the FPDS records joined to the
// same file and counts the claims whose ceiling was counted as savings.
// The expected counts come from an independent reading of the rules over
// the file (testdata/known_answers.md, "At scale").
func TestCeilingCountedAtScale(t *testing.T) {
	head, recs, lines := readCSV(t, filepath.Join(sharedDir(t), "contracts_2025-03-11_fpds.csv"))
	col := map[string]int{}
	for i, h := range head {
		if _, ok := col[h]; !ok {
			col[h] = i
		}
	}
	snap := day(2025, 3, 11)
	date := func(s string) spend.Date {
		d, _ := spend.ParseDate(s, snap)
		return d
	}
	var claims []spend.Claim
	var awards []spend.Award
	for k, rec := range recs {
		get := func(name string) string { return rec[col[name]] }
		o := spend.Origin{SourceID: 3, Record: int64(k + 1), Line: lines[k]}
		claims = append(claims, spend.Claim{
			ID: int64(k + 1), Kind: spend.Contract, Snapshot: snap, Origin: o,
			Date: date(get("uploaded_on")), Agency: get("agency"), Link: get("link"),
			Description: get("description"), Savings: money(t, get("value")),
		})
		if id := get("award_procurement_id"); id != "" {
			awards = append(awards, spend.Award{
				Kind: spend.Contract, Key: id, PIID: id, AsOf: date(get("dt_scrape")), Origin: o,
				AgencyID: get("award_agency"), ModNumber: get("award_modification_num"), Recipient: get("entity_name"),
				Signed: date(get("date_signed")), CurrentEnd: date(get("date_complete")),
				Obligated: money(t, get("amount_obligated_total")), Ceiling: money(t, get("amount_ultimate_total")),
			})
		}
	}
	vs := Verify(claims, awards, DefaultOptions())
	var idv, other int
	var claimed spend.Money
	for i := range vs {
		claimed += vs[i].Claimed
		checkAttribution(t, &vs[i])
		if f := findingOf(&vs[i], spend.CeilingCounted); f != nil && f.Amount > 0 {
			if l, _ := ParseFPDSLink(claims[i].Link); l.IsIDV() {
				idv++
			} else {
				other++
			}
		}
	}
	if len(claims) != 4083 || claimed.Dollars() != "32341749110.00" {
		t.Fatalf("read %d claims, %s claimed; want 4083, 32341749110.00", len(claims), claimed.Dollars())
	}
	if idv != 201 || other != 2470 {
		t.Errorf("ceiling counted: %d IDV and %d other claims, want 201 and 2470", idv, other)
	}
}
