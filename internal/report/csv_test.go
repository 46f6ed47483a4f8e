package report

import (
	"bytes"
	"encoding/csv"
	"slices"
	"strconv"
	"testing"

	"github.com/probity-dev/probity/internal/spend"
)

func TestCSV(t *testing.T) {
	r := fixtureReport()
	var b bytes.Buffer
	if err := CSV(&b, r); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(&b).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(recs[0], CSVHeader) {
		t.Fatalf("header = %q", recs[0])
	}
	if len(recs) != len(r.Items)+1 {
		t.Fatalf("%d rows, want %d", len(recs)-1, len(r.Items))
	}
	col := func(name string) int { return slices.Index(CSVHeader, name) }
	var claimed, verifiable spend.Money
	for i, rec := range recs[1:] {
		it := &r.Items[i]
		c, err := spend.ParseMoney(rec[col("claimed")])
		if err != nil {
			t.Fatalf("row %d claimed %q: %v", i+1, rec[col("claimed")], err)
		}
		v, err := spend.ParseMoney(rec[col("verifiable")])
		if err != nil {
			t.Fatal(err)
		}
		claimed, verifiable = claimed+c, verifiable+v
		if rec[col("claim_id")] != itoa64(it.Claim.ID) || rec[col("status")] != string(it.Verdict.Status) {
			t.Errorf("row %d = %q", i+1, rec)
		}
		if it.HasFindings() && rec[col("finding")] != it.Verdict.Findings[0].Sentence {
			t.Errorf("row %d finding %q", i+1, rec[col("finding")])
		}
	}
	if claimed != r.Summary.Claimed || verifiable != r.Summary.Verifiable {
		t.Errorf("CSV sums to %s / %s, summary says %s / %s", claimed, verifiable, r.Summary.Claimed, r.Summary.Verifiable)
	}
	byID := map[string][]string{}
	for _, rec := range recs[1:] {
		byID[rec[0]] = rec
	}
	for _, tt := range []struct{ id, col, want string }{
		{"1", "classes", "unit_error;exceeds_award"},
		{"1", "source", "contracts_2025-02-18.csv:12"},
		{"6", "vendor", "'-SUM(A1:A9)"},
		{"6", "claimed", "-5000.00"},
		{"7", "vendor", `'=HYPERLINK("http://evil.example","click")`},
		{"9", "piid", ""},
		{"10", "award_key", "ASST_NON_2021670130355_12D2"},
	} {
		if got := byID[tt.id][col(tt.col)]; got != tt.want {
			t.Errorf("claim %s %s = %q, want %q", tt.id, tt.col, got, tt.want)
		}
	}
}

func itoa64(n int64) string { return strconv.FormatInt(n, 10) }

func TestSafeCell(t *testing.T) {
	for in, want := range map[string]string{"": "", "ACME": "ACME", "=1+1": "'=1+1", "+1": "'+1", "-1": "'-1", "@SUM(1)": "'@SUM(1)", "\tx": "'\tx", "a=b": "a=b"} {
		if got := safeCell(in); got != want {
			t.Errorf("safeCell(%q) = %q, want %q", in, got, want)
		}
	}
}
