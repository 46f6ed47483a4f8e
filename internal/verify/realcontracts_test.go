package verify

import (
	"fmt"
	"path/filepath"
	"testing"

	"github.com/probity-dev/probity/internal/spend"
)

// TestRealContracts verifies every row of the four contract snapshots
// against every FPDS record joined to them: each verdict's findings must
// add up, and the repeats within each snapshot must be those an
// independent count over the files finds (award identifiers that repeat
// after their first row; placeholders such as "Unavailable" are not
// identifiers): 0, 4, 1 and 27.
func TestRealContracts(t *testing.T) {
	dir := sharedDir(t)
	type spec struct {
		file                 string
		src                  int64
		snap                 spend.Date
		date, link, sav, val string
		scrape               string
		awards               bool
	}
	specs := []spec{
		{"contracts_2025-02-18.csv", 1, day(2025, 2, 18), "date", "fpds_link", "value", "ceiling_value", "", false},
		{"contracts_2025-02-20_fpds.csv", 2, day(2025, 2, 20), "date", "fpds_link", "value", "ceiling_value", "datetime-scrape", true},
		{"contracts_2025-03-11_fpds.csv", 3, day(2025, 3, 11), "uploaded_on", "link", "value", "", "dt_scrape", true},
		{"contracts_2025-04-04_fpds.csv", 4, day(2025, 4, 4), "deleted_date", "fpds_link", "savings", "value", "dt_scrape", true},
	}
	var claims []spend.Claim
	var awards []spend.Award
	bad := 0
	for _, sp := range specs {
		head, recs, lines := readCSV(t, filepath.Join(dir, sp.file))
		col := map[string]int{}
		for i, h := range head {
			if _, ok := col[h]; !ok {
				col[h] = i
			}
		}
		for k, rec := range recs {
			get := func(n string) string {
				if i, ok := col[n]; ok && i < len(rec) {
					return rec[i]
				}
				return ""
			}
			mon := func(s string) spend.NullMoney {
				if s == "" {
					return spend.NullMoney{}
				}
				m, err := spend.ParseMoney(s)
				if err != nil {
					bad++
					return spend.NullMoney{}
				}
				return spend.Known(m)
			}
			dt := func(s string) spend.Date { d, _ := spend.ParseDate(s, sp.snap); return d }
			o := spend.Origin{SourceID: sp.src, Record: int64(k + 1), Line: lines[k]}
			c := spend.Claim{ID: int64(len(claims) + 1), Kind: spend.Contract, Snapshot: sp.snap, Origin: o,
				Date: dt(get(sp.date)), Agency: get("agency"), PIID: get("piid"), Link: get(sp.link), Vendor: get("vendor"),
				Status: get("fpds_status"), Savings: mon(get(sp.sav))}
			if sp.val != "" {
				c.Value = mon(get(sp.val))
			}
			claims = append(claims, c)
			if id := get("award_procurement_id"); sp.awards && id != "" {
				awards = append(awards, spend.Award{Kind: spend.Contract, Key: id, PIID: id, AsOf: dt(get(sp.scrape)), Origin: o,
					AgencyID: get("award_agency"), ModNumber: get("award_modification_num"), Recipient: get("entity_name"),
					Signed: dt(get("date_signed")), CurrentEnd: dt(get("date_complete")),
					Obligated: mon(get("amount_obligated_total")), Ceiling: mon(get("amount_ultimate_total"))})
			}
		}
	}
	vs := Verify(claims, awards, DefaultOptions())
	for i := range vs {
		checkAttribution(t, &vs[i])
	}
	if bad != 0 || len(claims) != 13105 || len(awards) != 9120 {
		t.Fatalf("%d claims, %d awards, %d bad amounts; want 13105, 9120, 0", len(claims), len(awards), bad)
	}
	repeats := map[int64]int{}
	for i := range vs {
		if f := findingOf(&vs[i], spend.Duplicate); f != nil && f.Evidence[len(f.Evidence)-1].Field == "first_claim" {
			repeats[claims[i].Origin.SourceID]++
		}
	}
	if want := map[int64]int{2: 4, 3: 1, 4: 27}; fmt.Sprint(repeats) != fmt.Sprint(want) {
		t.Errorf("repeats within snapshots by source: %v, want %v", repeats, want)
	}
}
