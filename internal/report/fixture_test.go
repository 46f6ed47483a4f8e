package report

import (
	"cmp"
	"slices"
	"time"

	"github.com/probity-dev/probity/internal/spend"
)

// The hand-made report behind the golden files: a few claims covering
// every finding class, a claim without an award, a lease, a fuzzy link, a
// fully supported claim, a diff, and names with characters that must be
// escaped.

func d(y int, m time.Month, day int) spend.Date { return spend.NewDate(y, m, day) }

func usd(dollars int64) spend.Money { return spend.Money(dollars * 100) }

func known(dollars int64) spend.NullMoney { return spend.Known(usd(dollars)) }

// Header subsets of the real files (see ../shared/doge-data/m-nolan).
var (
	earlyHeader = []string{"date", "piid", "agency", "ceiling_value", "value", "update_date", "fpds_status", "fpds_link", "vendor", "description", "cage_code"}
	fpdsHeader  = []string{"piid", "agency", "vendor", "value", "description_doge", "fpds_status", "deleted_date", "savings", "award_procurement_id", "date_signed", "date_complete", "date_ult_complete_est", "amount_obligated_total", "amount_ultimate_total", "entity_dba"}
	grantHeader = []string{"date", "agency", "recipient", "value", "savings", "link", "generated_unique_award_id", "total_obligation", "total_outlay"}
	leaseHeader = []string{"sq_ft", "date", "location", "description", "ceiling_value", "value", "agency", "city", "state"}
)

const (
	srcEarly = 1
	srcFPDS  = 2
	srcGrant = 3
	srcLease = 4
)

var fixtureSources = []spend.Source{
	{ID: srcEarly, Name: "contracts_2025-02-18.csv", SHA256: "4f1c0e6f3a3b2d9e8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d", Format: "doge-contracts-early", Snapshot: d(2025, 2, 18), Bytes: 1_204_331, Read: 2_312, Loaded: 2_309, Quarantined: 3, IngestedAt: time.Date(2025, 5, 1, 11, 0, 0, 0, time.UTC)},
	{ID: srcFPDS, Name: "contracts_2025-04-04_fpds.csv", SHA256: "0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9", Format: "doge-contracts-fpds", Snapshot: d(2025, 4, 4), Bytes: 9_771_020, Read: 7_843, Loaded: 7_843, IngestedAt: time.Date(2025, 5, 1, 11, 1, 0, 0, time.UTC)},
	{ID: srcGrant, Name: "grants_2025-03-30_usaspending.csv", SHA256: "ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100", Format: "doge-grants-usaspending", Snapshot: d(2025, 3, 30), Bytes: 31_002_117, Read: 15_488, Loaded: 15_480, Quarantined: 8, IngestedAt: time.Date(2025, 5, 1, 11, 2, 0, 0, time.UTC)},
	{ID: srcLease, Name: "leases_2025-02-18.csv", SHA256: "1234567890abcdef1234567890abcdef1234567890abcdef1234567890abcdef", Format: "doge-leases", Snapshot: d(2025, 2, 18), Bytes: 80_512, Read: 748, Loaded: 748, IngestedAt: time.Date(2025, 5, 1, 11, 3, 0, 0, time.UTC)},
}

const fpdsLink = "https://www.fpds.gov/ezsearch/jsp/viewLinkController.jsp?agencyID=7001&PIID=70CDCR24F00000123&modNumber=P00002&contractType=AWARD"

func fixtureItems() []Item {
	dhs := "Department of Homeland Security"
	evilVendor := `ACME & <Sons> "Federal" <script>alert('x')</script> LLC`
	items := []Item{
		{ // 1: the $8M → $8B slip.
			Claim: spend.Claim{ID: 1, Kind: spend.Contract, Snapshot: d(2025, 2, 18), Origin: spend.Origin{SourceID: srcEarly, Record: 11, Line: 12},
				Date: d(2025, 2, 3), Agency: dhs, PIID: "70CDCR24F00000123", Link: fpdsLink, Vendor: evilVendor,
				Description: "DETENTION <SERVICES> & TRANSPORT", Status: "TERMINATE FOR CONVENIENCE",
				Value: known(9_000_000), Savings: known(8_000_000_000)},
			Verdict: spend.Verdict{ClaimID: 1, Kind: spend.Contract, Snapshot: d(2025, 2, 18), Agency: dhs,
				Claimed: usd(8_000_000_000), Verifiable: usd(8_000_000), Status: spend.Partial,
				AwardKey: "70CDCR24F00000123", AwardOrigin: spend.Origin{SourceID: srcFPDS, Record: 40, Line: 41},
				Link: spend.LinkFPDS, LinkNote: "PIID 70CDCR24F00000123 read from the claim's FPDS link", LinkScore: 1,
				Findings: []spend.Finding{
					{ClaimID: 1, Class: spend.UnitError, Severity: spend.High, Amount: usd(7_992_000_000),
						Sentence: "The claim of $8,000,000,000.00 is 1,000 times the $8,000,000.00 the award record supports: a thousands/millions slip.",
						Evidence: []spend.Evidence{
							{Field: "savings", Value: "8000000000", Origin: spend.Origin{SourceID: srcEarly, Record: 11, Line: 12}},
							{Field: "amount_ultimate_total", Value: "9000000.00", Origin: spend.Origin{SourceID: srcFPDS, Record: 40, Line: 41}},
							{Field: "amount_obligated_total", Value: "1000000.00", Origin: spend.Origin{SourceID: srcFPDS, Record: 40, Line: 41}},
							{Field: "ratio", Value: "1000", Note: "savings ÷ (ceiling − obligated)"},
						}},
					{ClaimID: 1, Class: spend.ExceedsAward, Severity: spend.High, Amount: usd(7_991_000_000),
						Sentence: "The claim of $8,000,000,000.00 is larger than the whole award, whose ceiling is $9,000,000.00.",
						Evidence: []spend.Evidence{
							{Field: "amount_ultimate_total", Value: "9000000.00", Origin: spend.Origin{SourceID: srcFPDS, Record: 40, Line: 41}},
						}},
				}},
			Award: &spend.Award{Kind: spend.Contract, Key: "70CDCR24F00000123", AsOf: d(2025, 4, 4), Origin: spend.Origin{SourceID: srcFPDS, Record: 40, Line: 41},
				PIID: "70CDCR24F00000123", AgencyID: "7001", ModNumber: "P00002", Recipient: evilVendor,
				ReasonForMod: "TERMINATE FOR CONVENIENCE (COMPLETE OR PARTIAL)",
				Signed:       d(2024, 3, 1), Effective: d(2024, 3, 1), CurrentEnd: d(2026, 2, 28), PotentialEnd: d(2029, 2, 28),
				Obligated: known(1_000_000), BaseExercised: known(2_000_000), Ceiling: known(9_000_000), ActionObligation: known(-250_000)},
			Rows: []SourceRow{
				{Source: "contracts_2025-02-18.csv", Line: 12, Role: RoleClaim, Header: earlyHeader,
					Fields: []string{"2/3/2025", "70CDCR24F00000123", dhs, "9000000.0", "8000000000.0", "2/10/2025", "TERMINATE FOR CONVENIENCE", fpdsLink, evilVendor, "DETENTION <SERVICES> & TRANSPORT", ""}},
				{Source: "contracts_2025-04-04_fpds.csv", Line: 41, Role: RoleAward, Header: fpdsHeader,
					Fields: []string{"70CDCR24F00000123", dhs, evilVendor, "9000000", "DETENTION <SERVICES> & TRANSPORT", "TERMINATE FOR CONVENIENCE", "2/3/2025", "8000000", "70CDCR24F00000123", "03/01/2024", "02/28/2026", "02/28/2029", "1000000.0", "9000000.0", ""}},
			},
		},
		{ // 2: the ceiling counted as savings (a real FPDS-joined row).
			Claim: spend.Claim{ID: 2, Kind: spend.Contract, Snapshot: d(2025, 4, 4), Origin: spend.Origin{SourceID: srcFPDS, Record: 1, Line: 2},
				Date: d(2025, 3, 28), Agency: "Office of Personnel Management", PIID: "24322623F0084",
				Link:   "https://www.fpds.gov/ezsearch/jsp/viewLinkController.jsp?agencyID=2400&PIID=24322623F0084&modNumber=P00001&idvAgencyID=&idvPIID=GS03F0182V&contractType=AWARD",
				Vendor: "JTF BUSINESS SYSTEMS CORPORATION", Description: "Managed Print and Copier Services for the Center for Leadership Development (CLD).",
				Status: "SUPPLEMENTAL AGREEMENT FOR WORK WITHIN SCOPE", Value: known(410_400), Savings: known(410_400)},
			Verdict: spend.Verdict{ClaimID: 2, Kind: spend.Contract, Snapshot: d(2025, 4, 4), Agency: "Office of Personnel Management",
				Claimed: usd(410_400), Verifiable: usd(268_320), Status: spend.Partial,
				AwardKey: "24322623F0084", AwardOrigin: spend.Origin{SourceID: srcFPDS, Record: 1, Line: 2}, Link: spend.LinkPIID, LinkScore: 1,
				Findings: []spend.Finding{{ClaimID: 2, Class: spend.CeilingCounted, Severity: spend.Medium, Amount: usd(142_080),
					Sentence: "The claim equals the award's ceiling of $410,400.00, which includes $142,080.00 already obligated.",
					Evidence: []spend.Evidence{
						{Field: "savings", Value: "410400", Origin: spend.Origin{SourceID: srcFPDS, Record: 1, Line: 2}},
						{Field: "amount_ultimate_total", Value: "410400.0", Origin: spend.Origin{SourceID: srcFPDS, Record: 1, Line: 2}},
						{Field: "amount_obligated_total", Value: "142080.0", Origin: spend.Origin{SourceID: srcFPDS, Record: 1, Line: 2}},
					}}}},
			Award: &spend.Award{Kind: spend.Contract, Key: "24322623F0084", AsOf: d(2025, 4, 4), Origin: spend.Origin{SourceID: srcFPDS, Record: 1, Line: 2},
				PIID: "24322623F0084", AgencyID: "2400", ModNumber: "P00001", IDVPIID: "GS03F0182V", Recipient: "JTF BUSINESS SYSTEMS INC", CAGE: "1BUZ7", UEI: "CM3CXMWM13T5",
				Signed: d(2023, 6, 23), Effective: d(2023, 4, 26), CurrentEnd: d(2024, 4, 25), PotentialEnd: d(2028, 4, 25),
				Obligated: known(142_080), BaseExercised: known(142_080), Ceiling: known(410_400)},
			Rows: []SourceRow{{Source: "contracts_2025-04-04_fpds.csv", Line: 2, Role: RoleBoth, Header: fpdsHeader,
				Fields: []string{"24322623F0084", "Office of Personnel Management", "JTF BUSINESS SYSTEMS CORPORATION", "410400", "Managed Print and Copier Services for the Center for Leadership Development (CLD).", "SUPPLEMENTAL AGREEMENT FOR WORK WITHIN SCOPE", "3/28/2025", "268320", "24322623F0084", "06/23/2023", "04/25/2024", "04/25/2028", "142080.0", "410400.0", ""}}},
		},
		{ // 3: already closed out before the claim.
			Claim: spend.Claim{ID: 3, Kind: spend.Contract, Snapshot: d(2025, 2, 18), Origin: spend.Origin{SourceID: srcEarly, Record: 1, Line: 2},
				Date: d(2025, 2, 5), Agency: "Commodity Futures Trading Commission", PIID: "9523ZY19F0048",
				Link:   "https://www.fpds.gov/ezsearch/jsp/viewLinkController.jsp?agencyID=9507&PIID=9523ZY19F0048&modNumber=P00001&idvAgencyID=&idvPIID=GS02F026DA&contractType=AWARD",
				Vendor: "WEST PUBLISHING CORPORATION", Description: "RENEW WEST PRINT SUBSCRIPTIONS FOR VARIOUS LEGAL TITLES FOR EIGHT DIFFERENT ACCOUNTS IN EVERY CFTC LOCATION.",
				Status: "CLOSE OUT", Value: known(21_382), Savings: known(21_382)},
			Verdict: spend.Verdict{ClaimID: 3, Kind: spend.Contract, Snapshot: d(2025, 2, 18), Agency: "Commodity Futures Trading Commission",
				Claimed: usd(21_382), Verifiable: 0, Status: spend.Unsupported,
				AwardKey: "9523ZY19F0048", AwardOrigin: spend.Origin{SourceID: srcFPDS, Record: 77, Line: 78}, Link: spend.LinkFPDS, LinkScore: 1,
				Findings: []spend.Finding{{ClaimID: 3, Class: spend.AlreadyEnded, Severity: spend.High, Amount: usd(21_382),
					Sentence: "The award was completed on 2020-09-30, more than four years before the claim date of 2025-02-05; cancelling it saved nothing new.",
					Evidence: []spend.Evidence{
						{Field: "date_complete", Value: "09/30/2020", Origin: spend.Origin{SourceID: srcFPDS, Record: 77, Line: 78}},
						{Field: "fpds_status", Value: "CLOSE OUT", Origin: spend.Origin{SourceID: srcEarly, Record: 1, Line: 2}},
					}}}},
			Award: &spend.Award{Kind: spend.Contract, Key: "9523ZY19F0048", AsOf: d(2025, 4, 4), Origin: spend.Origin{SourceID: srcFPDS, Record: 77, Line: 78},
				PIID: "9523ZY19F0048", AgencyID: "9507", ModNumber: "P00001", IDVPIID: "GS02F026DA", Recipient: "WEST PUBLISHING CORPORATION",
				Signed: d(2019, 9, 20), Effective: d(2019, 10, 1), CurrentEnd: d(2020, 9, 30), PotentialEnd: d(2020, 9, 30),
				Obligated: known(21_382), Ceiling: known(21_382)},
			Rows: []SourceRow{{Source: "contracts_2025-02-18.csv", Line: 2, Role: RoleClaim, Header: earlyHeader,
				Fields: []string{"2/5/2025", "9523ZY19F0048", "Commodity Futures Trading Commission", "21382.0", "0.0", "2/11/2025", "CLOSE OUT", "https://www.fpds.gov/ezsearch/jsp/viewLinkController.jsp?agencyID=9507&PIID=9523ZY19F0048&modNumber=P00001&idvAgencyID=&idvPIID=GS02F026DA&contractType=AWARD", "WEST PUBLISHING CORPORATION", "RENEW WEST PRINT SUBSCRIPTIONS FOR VARIOUS LEGAL TITLES FOR EIGHT DIFFERENT ACCOUNTS IN EVERY CFTC LOCATION.", "89101"}}},
		},
	}
	// 4 and 5: one award claimed twice; the second claim is the duplicate.
	dupAward := &spend.Award{Kind: spend.Contract, Key: "47QTCA22D003G", AsOf: d(2025, 4, 4), Origin: spend.Origin{SourceID: srcFPDS, Record: 90, Line: 91},
		PIID: "47QTCA22D003G", AgencyID: "4732", Recipient: "DELOITTE CONSULTING LLP",
		Signed: d(2022, 5, 1), CurrentEnd: d(2027, 4, 30), PotentialEnd: d(2027, 4, 30),
		Obligated: known(1_500_000), Ceiling: known(3_000_000)}
	for _, id := range []int64{4, 5} {
		line := int64(100 + id)
		it := Item{
			Claim: spend.Claim{ID: id, Kind: spend.Contract, Snapshot: d(2025, 2, 18), Origin: spend.Origin{SourceID: srcEarly, Record: line - 1, Line: line},
				Date: d(2025, 2, 10), Agency: "General Services Administration", PIID: "47QTCA22D003G", Vendor: "DELOITTE CONSULTING LLP",
				Description: "IT MODERNIZATION SUPPORT", Value: known(3_000_000), Savings: known(1_500_000)},
			Verdict: spend.Verdict{ClaimID: id, Kind: spend.Contract, Snapshot: d(2025, 2, 18), Agency: "General Services Administration",
				Claimed: usd(1_500_000), Verifiable: usd(1_500_000), Status: spend.Supported,
				AwardKey: "47QTCA22D003G", AwardOrigin: dupAward.Origin, Link: spend.LinkPIID, LinkScore: 1},
			Award: dupAward,
			Rows: []SourceRow{{Source: "contracts_2025-02-18.csv", Line: line, Role: RoleClaim, Header: earlyHeader,
				Fields: []string{"2/10/2025", "47QTCA22D003G", "General Services Administration", "3000000.0", "1500000.0", "2/12/2025", "", "", "DELOITTE CONSULTING LLP", "IT MODERNIZATION SUPPORT", ""}}},
		}
		if id == 5 {
			it.Verdict.Verifiable, it.Verdict.Status = 0, spend.Unsupported
			it.Verdict.Findings = []spend.Finding{{ClaimID: 5, Class: spend.Duplicate, Severity: spend.High, Amount: usd(1_500_000),
				Sentence: "Award 47QTCA22D003G is already claimed by claim #4 in the same snapshot; its saving is counted once.",
				Evidence: []spend.Evidence{
					{Field: "piid", Value: "47QTCA22D003G", Origin: spend.Origin{SourceID: srcEarly, Record: 103, Line: 104}},
					{Field: "piid", Value: "47QTCA22D003G", Origin: spend.Origin{SourceID: srcEarly, Record: 104, Line: 105}},
				}}}
		}
		items = append(items, it)
	}
	items = append(items,
		Item{ // 6: a negative claim.
			Claim: spend.Claim{ID: 6, Kind: spend.Contract, Snapshot: d(2025, 2, 18), Origin: spend.Origin{SourceID: srcEarly, Record: 200, Line: 201},
				Date: d(2025, 2, 12), Agency: "Department of Education", PIID: "91990025P0011", Vendor: "-SUM(A1:A9)", Savings: known(-5_000)},
			Verdict: spend.Verdict{ClaimID: 6, Kind: spend.Contract, Snapshot: d(2025, 2, 18), Agency: "Department of Education",
				Claimed: usd(-5_000), Verifiable: 0, Status: spend.Unsupported, Link: spend.LinkNone,
				Findings: []spend.Finding{{ClaimID: 6, Class: spend.NonPositive, Severity: spend.Low, Amount: usd(-5_000),
					Sentence: "The claimed saving is negative (-$5,000.00): it is a cost, not a saving.",
					Evidence: []spend.Evidence{{Field: "value", Value: "-5000.0", Origin: spend.Origin{SourceID: srcEarly, Record: 200, Line: 201}}}}}},
			Rows: []SourceRow{{Source: "contracts_2025-02-18.csv", Line: 201, Role: RoleClaim, Header: earlyHeader,
				Fields: []string{"2/12/2025", "91990025P0011", "Department of Education", "", "-5000.0", "", "", "", "-SUM(A1:A9)", "", "", "extra"}}},
		},
		Item{ // 7: no award record; a link that must not become a link.
			Claim: spend.Claim{ID: 7, Kind: spend.Contract, Snapshot: d(2025, 2, 18), Origin: spend.Origin{SourceID: srcEarly, Record: 300, Line: 301},
				Date: d(2025, 2, 14), Agency: "Department of Education", PIID: "ED-IES-17-C-0069", Vendor: "=HYPERLINK(\"http://evil.example\",\"click\")",
				Link: "javascript:alert(document.domain)", Value: known(250_000), Savings: known(120_000)},
			Verdict: spend.Verdict{ClaimID: 7, Kind: spend.Contract, Snapshot: d(2025, 2, 18), Agency: "Department of Education",
				Claimed: usd(120_000), Verifiable: 0, Status: spend.NoEvidence, Link: spend.LinkNone,
				Findings: []spend.Finding{{ClaimID: 7, Class: spend.NoRecord, Severity: spend.Medium, Amount: usd(120_000),
					Sentence: "No award record with PIID ED-IES-17-C-0069 was found in the FPDS data, and no vendor name matched closely enough.",
					Evidence: []spend.Evidence{{Field: "piid", Value: "ED-IES-17-C-0069", Origin: spend.Origin{SourceID: srcEarly, Record: 300, Line: 301}}}}}},
			Rows: []SourceRow{{Source: "contracts_2025-02-18.csv", Line: 301, Role: RoleClaim, Header: earlyHeader,
				Fields: []string{"2/14/2025", "ED-IES-17-C-0069", "Department of Education", "250000.0", "120000.0", "", "", "javascript:alert(document.domain)", "=HYPERLINK(\"http://evil.example\",\"click\")", "", ""}}},
		},
		Item{ // 8: a grant claiming more than is left unspent.
			Claim: spend.Claim{ID: 8, Kind: spend.Grant, Snapshot: d(2025, 3, 30), Origin: spend.Origin{SourceID: srcGrant, Record: 1, Line: 2},
				Date: d(2025, 3, 23), Agency: "Department of Defense", AwardID: "ASST_NON_HQ00342110014_97F5",
				Link: "https://usaspending.gov/award/ASST_NON_HQ00342110014_97F5", Vendor: "PURDUE UNIVERSITY",
				Description: "NATIONAL DEFENSE EDUCATION PROGRAM - INNOVATION IN QUANTUM PEDAGOGY", Value: known(2_788_583), Savings: known(248_010)},
			Verdict: spend.Verdict{ClaimID: 8, Kind: spend.Grant, Snapshot: d(2025, 3, 30), Agency: "Department of Defense",
				Claimed: usd(248_010), Verifiable: usd(88_583), Status: spend.Partial,
				AwardKey: "ASST_NON_HQ00342110014_97F5", AwardOrigin: spend.Origin{SourceID: srcGrant, Record: 1, Line: 2}, Link: spend.LinkAwardID, LinkScore: 1,
				Findings: []spend.Finding{{ClaimID: 8, Class: spend.Overstated, Severity: spend.Medium, Amount: usd(159_427),
					Sentence: "The claim of $248,010.00 is more than the $88,583.00 obligated but not yet spent.",
					Evidence: []spend.Evidence{
						{Field: "total_obligation", Value: "2788583.0", Origin: spend.Origin{SourceID: srcGrant, Record: 1, Line: 2}},
						{Field: "total_outlay", Value: "2700000.0", Origin: spend.Origin{SourceID: srcGrant, Record: 1, Line: 2}},
						{Field: "unspent", Value: "88583.00", Note: "total_obligation − total_outlay"},
					}}}},
			Award: &spend.Award{Kind: spend.Grant, Key: "ASST_NON_HQ00342110014_97F5", AsOf: d(2025, 3, 30), Origin: spend.Origin{SourceID: srcGrant, Record: 1, Line: 2},
				FAIN: "HQ00342110014", Recipient: "PURDUE UNIVERSITY", Signed: d(2021, 9, 2), Obligated: known(2_788_583), Outlayed: known(2_700_000)},
			Rows: []SourceRow{{Source: "grants_2025-03-30_usaspending.csv", Line: 2, Role: RoleBoth, Header: grantHeader,
				Fields: []string{"3/23/2025", "Department of Defense", "PURDUE UNIVERSITY", "2788583.0", "248010.0", "https://usaspending.gov/award/ASST_NON_HQ00342110014_97F5", "ASST_NON_HQ00342110014_97F5", "2788583.0", "2700000.0"}}},
		},
		Item{ // 9: a lease, with nothing to check it against.
			Claim: spend.Claim{ID: 9, Kind: spend.Lease, Snapshot: d(2025, 2, 18), Origin: spend.Origin{SourceID: srcLease, Record: 1, Line: 2},
				Date: d(2025, 1, 22), Agency: "Department of State", Description: "Lease end date 2/28/25.",
				Value: known(7_383), Savings: known(112_278), Location: "Miami, FL", City: "Miami", State: "FL", SqFt: 3_076},
			Verdict: spend.Verdict{ClaimID: 9, Kind: spend.Lease, Snapshot: d(2025, 2, 18), Agency: "Department of State",
				Claimed: usd(112_278), Verifiable: 0, Status: spend.NoEvidence,
				Findings: []spend.Finding{{ClaimID: 9, Class: spend.Unverifiable, Severity: spend.Info, Amount: usd(112_278),
					Sentence: "Lease savings cannot be checked: there is no public system of record for GSA lease terminations.",
					Evidence: []spend.Evidence{{Field: "ceiling_value", Value: "112278", Origin: spend.Origin{SourceID: srcLease, Record: 1, Line: 2}}}}}},
			Rows: []SourceRow{{Source: "leases_2025-02-18.csv", Line: 2, Role: RoleClaim, Header: leaseHeader,
				Fields: []string{"3,076", "1/22/25", "Miami, FL", "Lease end date 2/28/25.", "112278", "7383.0", "Department of State", "Miami", "FL"}}},
		},
		Item{ // 10: a grant found by recipient name only.
			Claim: spend.Claim{ID: 10, Kind: spend.Grant, Snapshot: d(2025, 3, 30), Origin: spend.Origin{SourceID: srcGrant, Record: 9, Line: 10},
				Date: d(2025, 3, 20), Agency: "Department of Agriculture", Vendor: "Univ. of Nebraska — Lincoln",
				Link: "https://evil.example.com/award/1", Value: known(500_000), Savings: known(40_000)},
			Verdict: spend.Verdict{ClaimID: 10, Kind: spend.Grant, Snapshot: d(2025, 3, 30), Agency: "Department of Agriculture",
				Claimed: usd(40_000), Verifiable: usd(40_000), Status: spend.Supported,
				AwardKey: "ASST_NON_2021670130355_12D2", AwardOrigin: spend.Origin{SourceID: srcGrant, Record: 8, Line: 9},
				Link: spend.LinkVendor, LinkNote: "recipient name matched BOARD OF REGENTS OF THE UNIVERSITY OF NEBRASKA (Jaro-Winkler 0.87)", LinkScore: 0.87,
				Findings: []spend.Finding{{ClaimID: 10, Class: spend.FuzzyLinked, Severity: spend.Info, Amount: 0,
					Sentence: "The award was found by recipient name, not by identifier; check that it is the right one.",
					Evidence: []spend.Evidence{{Field: "recipient", Value: "Univ. of Nebraska — Lincoln", Origin: spend.Origin{SourceID: srcGrant, Record: 9, Line: 10}}}}}},
			Award: &spend.Award{Kind: spend.Grant, Key: "ASST_NON_2021670130355_12D2", AsOf: d(2025, 3, 30), Origin: spend.Origin{SourceID: srcGrant, Record: 8, Line: 9},
				Recipient: "BOARD OF REGENTS OF THE UNIVERSITY OF NEBRASKA", Obligated: known(500_000), Outlayed: known(300_000)},
			Rows: []SourceRow{
				{Source: "grants_2025-03-30_usaspending.csv", Line: 10, Role: RoleClaim, Header: grantHeader,
					Fields: []string{"3/20/2025", "Department of Agriculture", "Univ. of Nebraska — Lincoln", "500000.0", "40000.0", "https://evil.example.com/award/1", "", "", ""}},
				{Source: "grants_2025-03-30_usaspending.csv", Line: 9, Role: RoleAward, Header: grantHeader,
					Fields: []string{"3/19/2025", "Department of Agriculture", "BOARD OF REGENTS OF THE UNIVERSITY OF NEBRASKA", "500000.0", "", "", "ASST_NON_2021670130355_12D2", "500000.0", "300000.0"}},
			},
		},
	)
	return items
}

// summarize computes the summary the verify package would, for the
// fixture only.
func summarize(items []Item, snaps []spend.SnapshotRef) spend.Summary {
	s := spend.Summary{Snapshots: snaps, Claims: len(items)}
	kinds, classes, agencies := map[string]*spend.Total{}, map[string]*spend.Total{}, map[string]*spend.Total{}
	add := func(m map[string]*spend.Total, key string) *spend.Total {
		if m[key] == nil {
			m[key] = &spend.Total{Key: key}
		}
		return m[key]
	}
	for _, it := range items {
		v := it.Verdict
		s.Claimed += v.Claimed
		s.Verifiable += v.Verifiable
		s.Statuses.Add(&v)
		for _, t := range []*spend.Total{add(kinds, string(v.Kind)), add(agencies, v.Agency)} {
			t.Count++
			t.Claimed += v.Claimed
			t.Verifiable += v.Verifiable
		}
		for _, f := range v.Findings {
			t := add(classes, string(f.Class))
			t.Amount += f.Amount
		}
		for _, c := range classesOf(&v) {
			t := classes[string(c)]
			t.Count++
			t.Claimed += v.Claimed
			t.Verifiable += v.Verifiable
		}
	}
	flat := func(m map[string]*spend.Total) []spend.Total {
		var out []spend.Total
		for _, t := range m {
			out = append(out, *t)
		}
		slices.SortFunc(out, func(a, b spend.Total) int { return cmp.Compare(a.Key, b.Key) })
		return out
	}
	for _, k := range spend.Kinds {
		if t := kinds[string(k)]; t != nil {
			s.ByKind = append(s.ByKind, *t)
		}
	}
	s.ByClass = flat(classes)
	s.ByAgency = flat(agencies)
	return s
}

func fixtureReport() *Report {
	items := fixtureItems()
	snaps := []spend.SnapshotRef{
		{Kind: spend.Contract, Snapshot: d(2025, 2, 18), SourceID: srcEarly},
		{Kind: spend.Contract, Snapshot: d(2025, 4, 4), SourceID: srcFPDS},
		{Kind: spend.Grant, Snapshot: d(2025, 3, 30), SourceID: srcGrant},
		{Kind: spend.Lease, Snapshot: d(2025, 2, 18), SourceID: srcLease},
	}
	r := &Report{
		Title:       "DOGE savings receipts, checked",
		GeneratedAt: time.Date(2025, 5, 1, 12, 30, 0, 0, time.FixedZone("EDT", -4*3600)),
		Summary:     summarize(items, snaps),
		Items:       items,
		Sources:     fixtureSources,
		Diffs:       []spend.Diff{fixtureDiff(items)},
	}
	if err := Sort(r, ByGap); err != nil {
		panic(err)
	}
	return r
}

// fixtureDiff compares the early contract snapshot with the FPDS one: the
// $8B claim quietly revised to $8M, one claim added, one removed.
func fixtureDiff(items []Item) spend.Diff {
	before := items[0].Claim
	after := before
	after.Snapshot, after.Savings = d(2025, 4, 4), known(8_000_000)
	added := items[1].Claim
	removed := items[2].Claim
	return spend.Diff{
		From:  spend.SnapshotRef{Kind: spend.Contract, Snapshot: d(2025, 2, 18), SourceID: srcEarly},
		To:    spend.SnapshotRef{Kind: spend.Contract, Snapshot: d(2025, 4, 4), SourceID: srcFPDS},
		Added: 1, Removed: 1, Changed: 1, Unchanged: 2,
		ClaimedFrom:   usd(8_000_000_000 + 21_382 + 3_000_000),
		ClaimedTo:     usd(8_000_000 + 410_400 + 3_000_000),
		AddedAmount:   usd(410_400),
		RemovedAmount: usd(21_382),
		ChangedDelta:  usd(8_000_000 - 8_000_000_000),
		Changes: []spend.Change{
			{Key: before.PIID, Kind: spend.Contract, Type: spend.Changed, Before: &before, After: &after, Delta: usd(8_000_000 - 8_000_000_000), Fields: []string{"savings"}},
			{Key: added.PIID, Kind: spend.Contract, Type: spend.Added, After: &added, Delta: usd(410_400)},
			{Key: removed.PIID, Kind: spend.Contract, Type: spend.Removed, Before: &removed, Delta: usd(-21_382)},
		},
	}
}
