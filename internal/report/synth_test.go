package report

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"time"

	"github.com/probity-dev/probity/internal/spend"
)

// synthHeader is the FPDS-joined header, for rows the size of real ones.
var synthHeader = []string{
	"piid", "agency", "vendor", "value", "description_doge", "fpds_status", "fpds_link", "deleted_date", "savings",
	"award_agency", "award_procurement_id", "award_modification_num", "ref_idv_agency", "ref_idv_procurement_id",
	"ref_idv_modification_num", "date_signed", "date_effective", "date_complete", "date_ult_complete_est",
	"date_solicitation", "amount_obligated", "amount_obligated_total", "amount_base_exercised_options",
	"amount_base_exercised_options_total", "amount_ultimate", "amount_ultimate_total", "entity_id", "entity_name",
	"entity_dba", "cage_code", "entity_street", "entity_street_2", "entity_city", "entity_state", "entity_zip",
	"entity_county", "entity_county_disp", "entity_phone", "entity_fax", "entity_congressional_district",
	"product_service_code", "product_service_desc", "principal_naics_code", "principal_naics_desc",
	"performance_state", "performance_location", "performance_country", "performance_county", "performance_city",
	"performance_congressional_district", "performance_zip", "performance_zip_ext", "requirement_desc", "dt_scrape",
}

// synthReport makes a report of n contract claims shaped like the real
// FPDS-joined file: about 60% with findings, 40 agencies, one source row
// of 54 columns (about half of them filled) per claim.
func synthReport(n int, seed uint64) *Report {
	rng := rand.New(rand.NewPCG(seed, 1))
	agencies := make([]string, 40)
	for i := range agencies {
		agencies[i] = fmt.Sprintf("Department of Synthetic Affairs No. %d", i+1)
	}
	src := spend.Source{ID: 1, Name: "contracts_synthetic_fpds.csv", SHA256: "00", Format: "doge-contracts-fpds",
		Snapshot: d(2025, 4, 4), Read: int64(n), Loaded: int64(n)}
	items := make([]Item, n)
	for i := range items {
		id := int64(i + 1)
		line := id + 1
		o := spend.Origin{SourceID: 1, Record: id, Line: line}
		piid := fmt.Sprintf("SYN%08dF%04d", rng.IntN(1e8), i%10000)
		agency := agencies[rng.IntN(len(agencies))]
		vendor := fmt.Sprintf("VENDOR %d & SONS <LLC>", rng.IntN(5000))
		ceiling := spend.Money(rng.Int64N(50_000_000_00) + 100_00)
		obligated := spend.Money(rng.Int64N(int64(ceiling)))
		claimed := ceiling
		if rng.IntN(3) == 0 {
			claimed = ceiling - obligated
		}
		verifiable := min(claimed, ceiling-obligated)
		status := spend.Supported
		var findings []spend.Finding
		if verifiable < claimed {
			status = spend.Partial
			findings = append(findings, spend.Finding{ClaimID: id, Class: spend.CeilingCounted, Severity: spend.Medium,
				Amount: claimed - verifiable, Sentence: "The claim equals the award's ceiling of " + ceiling.String() + ", which includes " + obligated.String() + " already obligated.",
				Evidence: []spend.Evidence{
					{Field: "amount_ultimate_total", Value: ceiling.Dollars(), Origin: o},
					{Field: "amount_obligated_total", Value: obligated.Dollars(), Origin: o},
				}})
		}
		link := "https://www.fpds.gov/ezsearch/jsp/viewLinkController.jsp?agencyID=9700&PIID=" + piid + "&modNumber=P00001&contractType=AWARD"
		fields := make([]string, len(synthHeader))
		for j := range fields {
			if j%2 == 0 {
				fields[j] = "value " + strconv.Itoa(j)
			}
		}
		fields[0], fields[1], fields[2], fields[6] = piid, agency, vendor, link
		items[i] = Item{
			Claim: spend.Claim{ID: id, Kind: spend.Contract, Snapshot: d(2025, 4, 4), Origin: o, Date: d(2025, 3, 1+rng.IntN(28)),
				Agency: agency, PIID: piid, Link: link, Vendor: vendor, Description: "SYNTHETIC SERVICES",
				Value: spend.Known(ceiling), Savings: spend.Known(claimed)},
			Verdict: spend.Verdict{ClaimID: id, Kind: spend.Contract, Snapshot: d(2025, 4, 4), Agency: agency,
				Claimed: claimed, Verifiable: verifiable, Status: status, AwardKey: piid, AwardOrigin: o,
				Link: spend.LinkFPDS, LinkScore: 1, Findings: findings},
			Award: &spend.Award{Kind: spend.Contract, Key: piid, AsOf: d(2025, 4, 4), Origin: o, PIID: piid, AgencyID: "9700",
				Recipient: vendor, Signed: d(2023, 1, 1), CurrentEnd: d(2026, 1, 1), PotentialEnd: d(2028, 1, 1),
				Obligated: spend.Known(obligated), Ceiling: spend.Known(ceiling)},
			Rows: []SourceRow{{Source: src.Name, Line: line, Role: RoleBoth, Header: synthHeader, Fields: fields}},
		}
	}
	r := &Report{
		Title:       "Synthetic report",
		GeneratedAt: time.Date(2025, 5, 1, 0, 0, 0, 0, time.UTC),
		Summary:     summarize(items, []spend.SnapshotRef{{Kind: spend.Contract, Snapshot: d(2025, 4, 4), SourceID: 1}}),
		Items:       items,
		Sources:     []spend.Source{src},
	}
	if err := Sort(r, ByGap); err != nil {
		panic(err)
	}
	return r
}
