package verify

import (
	"fmt"
	"strings"

	"github.com/probity-dev/probity/internal/spend"
)

// Builders for hand-made claims and awards. Amounts are whole dollars
// unless a test needs cents.

func usd(dollars int64) spend.Money { return spend.Money(dollars * 100) }

func kusd(dollars int64) spend.NullMoney { return spend.Known(usd(dollars)) }

var (
	snap1 = day(2025, 2, 18)
	snap2 = day(2025, 3, 11)
)

// fpdsLink returns an ezsearch link for piid.
func fpdsLink(agency, piid, mod, typ string) string {
	return "https://www.fpds.gov/ezsearch/jsp/viewLinkController.jsp?agencyID=" + agency + "&PIID=" + piid +
		"&modNumber=" + mod + "&idvAgencyID=&idvPIID=&contractType=" + typ
}

// contractClaim is a claim on a contract award in snapshot 2025-02-18,
// dated 2025-02-01, at the given line of source 1.
func contractClaim(line int64, piid string, savings int64) spend.Claim {
	return spend.Claim{
		ID: line, Kind: spend.Contract, Snapshot: snap1,
		Origin: spend.Origin{SourceID: 1, Record: line - 1, Line: line},
		Date:   day(2025, 2, 1), Agency: "Department of Testing", PIID: piid,
		Link:    fpdsLink("9999", piid, "P00001", "AWARD"),
		Vendor:  "ACME WIDGETS LLC",
		Savings: kusd(savings),
	}
}

func grantClaim(line int64, id string, savings int64) spend.Claim {
	return spend.Claim{
		ID: line, Kind: spend.Grant, Snapshot: snap1,
		Origin: spend.Origin{SourceID: 2, Record: line - 1, Line: line},
		Date:   day(2025, 2, 1), Agency: "Department of Testing",
		Link:    "https://www.usaspending.gov/award/" + id,
		Vendor:  "UNIVERSITY OF TESTING",
		Savings: kusd(savings),
	}
}

func leaseClaim(line int64, location string, sqft, savings int64) spend.Claim {
	return spend.Claim{
		ID: line, Kind: spend.Lease, Snapshot: snap1,
		Origin: spend.Origin{SourceID: 3, Record: line - 1, Line: line},
		Date:   day(2025, 2, 1), Agency: "General Services Administration",
		Location: location, SqFt: sqft, Savings: kusd(savings),
	}
}

// contractAward is an FPDS record with the given ceiling and obligated
// total, ending in 2026.
func contractAward(piid string, ceiling, obligated int64) spend.Award {
	return spend.Award{
		Kind: spend.Contract, Key: piid, PIID: piid, AgencyID: "9999", ModNumber: "P00001",
		AsOf: day(2025, 2, 20), Origin: spend.Origin{SourceID: 10, Record: 1, Line: 2},
		Recipient: "ACME WIDGETS LLC",
		Signed:    day(2024, 6, 1), CurrentEnd: day(2026, 6, 1),
		Ceiling: kusd(ceiling), Obligated: kusd(obligated),
	}
}

func grantAward(id string, obligated, outlayed int64) spend.Award {
	return spend.Award{
		Kind: spend.Grant, Key: id, AsOf: day(2025, 3, 30), Origin: spend.Origin{SourceID: 11, Record: 1, Line: 2},
		Recipient: "UNIVERSITY OF TESTING",
		Signed:    day(2023, 9, 1), CurrentEnd: day(2026, 9, 1),
		Obligated: kusd(obligated), Outlayed: kusd(outlayed),
	}
}

// summarise renders a verdict's findings as "class severity amount".
func summarise(v *spend.Verdict) string {
	var parts []string
	for _, f := range v.Findings {
		parts = append(parts, fmt.Sprintf("%s %s %s", f.Class, f.Severity, f.Amount.Dollars()))
	}
	return strings.Join(parts, "; ")
}
