package verify

import (
	"strings"
	"testing"

	"github.com/probity-dev/probity/internal/spend"
)

// ruleCase is one claim verified against some awards, with the verdict
// expected of it. The claim under test is the last of claims.
type ruleCase struct {
	name       string
	claims     []spend.Claim
	awards     []spend.Award
	opt        func(*Options)
	status     spend.Status
	verifiable string
	findings   string // summarise() of the verdict
	sentence   []string
}

func runRuleCases(t *testing.T, cases []ruleCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			opt := DefaultOptions()
			if tc.opt != nil {
				tc.opt(&opt)
			}
			vs := Verify(tc.claims, tc.awards, opt)
			v := &vs[len(vs)-1]
			if v.Status != tc.status {
				t.Errorf("Status = %s, want %s", v.Status, tc.status)
			}
			if got := v.Verifiable.Dollars(); got != tc.verifiable {
				t.Errorf("Verifiable = %s, want %s", got, tc.verifiable)
			}
			if got := summarise(v); got != tc.findings {
				t.Errorf("findings\n got: %s\nwant: %s", got, tc.findings)
			}
			var all strings.Builder
			for _, f := range v.Findings {
				all.WriteString(f.Sentence + "\n")
			}
			for _, s := range tc.sentence {
				if !strings.Contains(all.String(), s) {
					t.Errorf("sentences lack %q:\n%s", s, all.String())
				}
			}
			for i := range vs {
				checkAttribution(t, &vs[i])
			}
		})
	}
}

func withLink(c spend.Claim, link string) spend.Claim { c.Link = link; return c }

func withDate(c spend.Claim, d spend.Date) spend.Claim { c.Date = d; return c }

func TestContractRules(t *testing.T) {
	a := contractAward("C1", 1_000_000, 400_000)
	idv := withLink(contractClaim(2, "C1", 8_000_000), fpdsLink("9999", "C1", "P00003", "IDV"))
	runRuleCases(t, []ruleCase{
		{name: "SupportedWholeBalance", claims: []spend.Claim{contractClaim(2, "C1", 600_000)}, awards: []spend.Award{a},
			status: spend.Supported, verifiable: "600000.00", findings: ""},
		{name: "SupportedBelowBalance", claims: []spend.Claim{contractClaim(2, "C1", 100_000)}, awards: []spend.Award{a},
			status: spend.Supported, verifiable: "100000.00", findings: ""},
		{name: "CeilingCounted", claims: []spend.Claim{contractClaim(2, "C1", 1_000_000)}, awards: []spend.Award{a},
			status: spend.Partial, verifiable: "600000.00", findings: "ceiling_counted high 400000.00",
			sentence: []string{"$1,000,000.00", "$400,000.00 of that was already obligated", "$600,000.00 not yet obligated"}},
		{name: "CeilingCountedRoundedUp", claims: func() []spend.Claim {
			c := contractClaim(2, "C1", 0)
			c.Savings = spend.Known(usd(1_000_000) + 40) // $0.40 above the ceiling
			return []spend.Claim{c}
		}(), awards: []spend.Award{a},
			status: spend.Partial, verifiable: "600000.00", findings: "ceiling_counted high 400000.40"},
		{name: "CeilingCountedRelativeTolerance", claims: []spend.Claim{contractClaim(2, "C1", 995_500)}, awards: []spend.Award{a},
			status: spend.Partial, verifiable: "600000.00", findings: "ceiling_counted high 395500.00"},
		{name: "CeilingOutsideToleranceIsOverstated", claims: []spend.Claim{contractClaim(2, "C1", 994_000)}, awards: []spend.Award{a},
			status: spend.Partial, verifiable: "600000.00", findings: "overstated medium 394000.00"},
		{name: "CeilingWithNoObligationsIsSupported", claims: []spend.Claim{contractClaim(2, "C1", 1_000_000)},
			awards: []spend.Award{contractAward("C1", 1_000_000, 0)},
			status: spend.Supported, verifiable: "1000000.00", findings: ""},
		{name: "Overstated", claims: []spend.Claim{contractClaim(2, "C1", 800_000)}, awards: []spend.Award{a},
			status: spend.Partial, verifiable: "600000.00", findings: "overstated medium 200000.00",
			sentence: []string{"$800,000.00 is more than the $600,000.00 not yet obligated", "$200,000.00 of it is not a saving"}},
		{name: "FullyObligated", claims: []spend.Claim{contractClaim(2, "C1", 300_000)},
			awards: []spend.Award{contractAward("C1", 1_000_000, 1_000_000)},
			status: spend.Unsupported, verifiable: "0.00", findings: "overstated medium 300000.00"},
		{name: "ObligatedAboveCeiling", claims: []spend.Claim{contractClaim(2, "C1", 300_000)},
			awards: []spend.Award{contractAward("C1", 1_000_000, 1_200_000)},
			status: spend.Unsupported, verifiable: "0.00", findings: "overstated medium 300000.00"},
		{name: "ExceedsAward", claims: []spend.Claim{contractClaim(2, "C1", 1_500_000)}, awards: []spend.Award{a},
			status: spend.Partial, verifiable: "600000.00", findings: "exceeds_award high 500000.00; overstated medium 400000.00",
			sentence: []string{"$1,500,000.00 is more than the whole award", "$1,000,000.00", "$500,000.00 above it"}},
		{name: "UnitErrorThousands", claims: []spend.Claim{contractClaim(2, "C1", 8_000_000_000)},
			awards: []spend.Award{contractAward("C1", 8_000_000, 0)},
			status: spend.Partial, verifiable: "8000000.00", findings: "unit_error high 7992000000.00",
			sentence: []string{"about 1,000 times", "thousands-for-dollars"}},
		{name: "UnitErrorMillions", claims: []spend.Claim{contractClaim(2, "C1", 5_000_000_000)},
			awards: []spend.Award{contractAward("C1", 5_000, 0)},
			status: spend.Partial, verifiable: "5000.00", findings: "unit_error high 4999995000.00",
			sentence: []string{"about 1,000,000 times", "millions-for-dollars"}},
		{name: "UnitErrorAgainstObligation", claims: []spend.Claim{contractClaim(2, "C1", 1_050_000_000)},
			awards: []spend.Award{contractAward("C1", 2_000_000, 1_000_000)},
			status: spend.Partial, verifiable: "1000000.00", findings: "unit_error high 1048000000.00; overstated medium 1000000.00",
			sentence: []string{"obligated total of $1,000,000.00 (amount_obligated_total)"}},
		{name: "UnitBandInside", claims: []spend.Claim{contractClaim(2, "C1", 1_099_000)},
			awards: []spend.Award{contractAward("C1", 1_000, 0)},
			status: spend.Partial, verifiable: "1000.00", findings: "unit_error high 1098000.00"},
		{name: "UnitBandOutside", claims: []spend.Claim{contractClaim(2, "C1", 1_101_000)},
			awards: []spend.Award{contractAward("C1", 1_000, 0)},
			status: spend.Partial, verifiable: "1000.00", findings: "exceeds_award high 1100000.00"},
		{name: "UnitBelowCeilingIsNotUnitError", claims: []spend.Claim{contractClaim(2, "C1", 904_661)},
			awards: []spend.Award{contractAward("C1", 904_661, 916)},
			status: spend.Partial, verifiable: "903745.00", findings: "ceiling_counted high 916.00"},
		{name: "IDV", claims: []spend.Claim{idv}, awards: []spend.Award{contractAward("C1", 8_000_000, 0)},
			status: spend.Unsupported, verifiable: "0.00", findings: "ceiling_counted high 8000000.00",
			sentence: []string{"indefinite-delivery vehicle", "obligates nothing itself"}},
		{name: "IDVUnknownCeiling", claims: []spend.Claim{idv}, awards: func() []spend.Award {
			x := contractAward("C1", 0, 0)
			x.Ceiling, x.Obligated = spend.NullMoney{}, spend.NullMoney{}
			return []spend.Award{x}
		}(), status: spend.Unsupported, verifiable: "0.00", findings: "ceiling_counted high 8000000.00"},
		{name: "IDVUnitError", claims: []spend.Claim{withLink(contractClaim(2, "C1", 8_000_000_000), idv.Link)},
			awards: []spend.Award{contractAward("C1", 8_000_000, 0)},
			status: spend.Unsupported, verifiable: "0.00", findings: "unit_error high 7992000000.00; ceiling_counted high 8000000.00"},
		{name: "NoRecord", claims: []spend.Claim{contractClaim(2, "C9", 500)}, awards: []spend.Award{a},
			status: spend.NoEvidence, verifiable: "0.00", findings: "no_record medium 500.00",
			sentence: []string{"No FPDS award record was found for PIID C9"}},
		{name: "NoIdentifier", claims: func() []spend.Claim {
			c := contractClaim(2, "", 500)
			c.Link = ""
			return []spend.Claim{c}
		}(), awards: []spend.Award{a}, opt: func(o *Options) { o.FuzzyMin = 0 },
			status: spend.NoEvidence, verifiable: "0.00", findings: "no_record medium 500.00",
			sentence: []string{"no PIID or FPDS link", "linking by name is turned off"}},
		{name: "PlaceholderPIID", claims: func() []spend.Claim {
			c := contractClaim(2, "Unavailable", 500)
			c.Link, c.Vendor = "https://fpds.gov", "Unavailable"
			return []spend.Claim{c, c}
		}(), awards: []spend.Award{a}, status: spend.NoEvidence, verifiable: "0.00", findings: "no_record medium 500.00",
			sentence: []string{`no PIID or FPDS link that names an award (it has "Unavailable")`, `names no vendor to match ("Unavailable")`}},
		{name: "UnknownCeiling", claims: []spend.Claim{contractClaim(2, "C1", 500)}, awards: func() []spend.Award {
			x := a
			x.Ceiling = spend.NullMoney{}
			return []spend.Award{x}
		}(), status: spend.NoEvidence, verifiable: "0.00", findings: "unverifiable low 500.00",
			sentence: []string{"no ceiling (amount_ultimate_total)"}},
		{name: "UnknownObligation", claims: []spend.Claim{contractClaim(2, "C1", 1_200_000)}, awards: func() []spend.Award {
			x := a
			x.Obligated = spend.NullMoney{}
			return []spend.Award{x}
		}(), status: spend.Unsupported, verifiable: "0.00", findings: "exceeds_award high 200000.00; unverifiable low 1000000.00",
			sentence: []string{"no obligated total", "$1,000,000.00 of the claim of $1,200,000.00 cannot be checked"}},
		{name: "UnknownObligationEnded", claims: []spend.Claim{contractClaim(2, "C1", 500)}, awards: func() []spend.Award {
			x := a
			x.Obligated = spend.NullMoney{}
			x.CurrentEnd = day(2024, 1, 1)
			return []spend.Award{x}
		}(), status: spend.Unsupported, verifiable: "0.00", findings: "already_ended high 500.00"},
		{name: "NegativeCeiling", claims: []spend.Claim{contractClaim(2, "C1", 50)},
			awards: []spend.Award{contractAward("C1", -100, -300)},
			status: spend.Unsupported, verifiable: "0.00", findings: "exceeds_award high 50.00",
			sentence: []string{"-$100.00 (amount_ultimate_total, taken as $0.00)"}},
		{name: "NegativeObligation", claims: []spend.Claim{contractClaim(2, "C1", 50)},
			awards: []spend.Award{contractAward("C1", 100, -300)},
			status: spend.Supported, verifiable: "50.00", findings: ""},
		{name: "NonPositiveZero", claims: []spend.Claim{contractClaim(2, "C1", 0)}, awards: []spend.Award{a},
			status: spend.Unsupported, verifiable: "0.00", findings: "non_positive low 0.00",
			sentence: []string{"claims $0.00"}},
		{name: "NonPositiveNegative", claims: []spend.Claim{contractClaim(2, "C1", -25)}, awards: []spend.Award{a},
			status: spend.Unsupported, verifiable: "0.00", findings: "non_positive low -25.00",
			sentence: []string{"negative saving of -$25.00"}},
		{name: "NonPositiveMissing", claims: func() []spend.Claim {
			c := contractClaim(2, "C1", 0)
			c.Savings = spend.NullMoney{}
			return []spend.Claim{c}
		}(), awards: []spend.Award{a}, status: spend.Unsupported, verifiable: "0.00", findings: "non_positive low 0.00",
			sentence: []string{"gives no saving"}},
		{name: "NonPositiveNoRecord", claims: []spend.Claim{contractClaim(2, "C9", 0)}, awards: []spend.Award{a},
			status: spend.Unsupported, verifiable: "0.00", findings: "non_positive low 0.00; no_record info 0.00"},
	})
}

func TestEndedRules(t *testing.T) {
	ended := func(end spend.Date) []spend.Award {
		x := contractAward("C1", 1_000_000, 400_000)
		x.CurrentEnd = end
		return []spend.Award{x}
	}
	closeOut := func(reason string, signed, end spend.Date) []spend.Award {
		x := contractAward("C1", 1_000_000, 400_000)
		x.ReasonForMod, x.Signed, x.CurrentEnd = reason, signed, end
		return []spend.Award{x}
	}
	c := contractClaim(2, "C1", 600_000) // dated 2025-02-01
	runRuleCases(t, []ruleCase{
		{name: "EndedLongBefore", claims: []spend.Claim{c}, awards: ended(day(2024, 6, 30)),
			status: spend.Unsupported, verifiable: "0.00", findings: "already_ended high 600000.00",
			sentence: []string{"2024-06-30", "216 days before the claim date 2025-02-01"}},
		{name: "EndedWithinGrace", claims: []spend.Claim{c}, awards: ended(day(2025, 1, 10)),
			status: spend.Supported, verifiable: "600000.00", findings: ""},
		{name: "EndedAtGrace", claims: []spend.Claim{c}, awards: ended(day(2025, 1, 2)), // 30 days
			status: spend.Supported, verifiable: "600000.00", findings: ""},
		{name: "EndedJustPastGrace", claims: []spend.Claim{c}, awards: ended(day(2025, 1, 1)), // 31 days
			status: spend.Unsupported, verifiable: "0.00", findings: "already_ended high 600000.00"},
		{name: "GraceZero", claims: []spend.Claim{c}, awards: ended(day(2025, 1, 31)), opt: func(o *Options) { o.EndedGraceDays = 0 },
			status: spend.Unsupported, verifiable: "0.00", findings: "already_ended high 600000.00"},
		{name: "EndsAfterClaim", claims: []spend.Claim{c}, awards: ended(day(2025, 6, 30)),
			status: spend.Supported, verifiable: "600000.00", findings: ""},
		{name: "EndedOnlyTakesTheBalance", claims: []spend.Claim{contractClaim(2, "C1", 1_000_000)}, awards: ended(day(2024, 6, 30)),
			status: spend.Unsupported, verifiable: "0.00", findings: "ceiling_counted high 400000.00; already_ended high 600000.00"},
		{name: "CloseOutCode", claims: []spend.Claim{c}, awards: closeOut("K", day(2025, 1, 15), day(2025, 1, 20)),
			status: spend.Unsupported, verifiable: "0.00", findings: "already_ended high 600000.00",
			sentence: []string{"closed out on 2025-01-15", "17 days before"}},
		{name: "CloseOutText", claims: []spend.Claim{c}, awards: closeOut("CLOSE OUT", day(2025, 1, 31), spend.Date{}),
			status: spend.Unsupported, verifiable: "0.00", findings: "already_ended high 600000.00"},
		{name: "CloseOutAfterClaim", claims: []spend.Claim{c}, awards: closeOut("K", day(2025, 2, 10), day(2025, 1, 20)),
			status: spend.Supported, verifiable: "600000.00", findings: ""},
		{name: "CloseOutOnClaimDate", claims: []spend.Claim{c}, awards: closeOut("K", day(2025, 2, 1), day(2025, 1, 20)),
			status: spend.Supported, verifiable: "600000.00", findings: ""},
		{name: "TerminationIsNotCloseOut", claims: []spend.Claim{c}, awards: closeOut("F", day(2025, 1, 15), day(2025, 1, 20)),
			status: spend.Supported, verifiable: "600000.00", findings: ""},
		{name: "CloseOutFromClaimStatus", claims: func() []spend.Claim {
			x := c
			x.Status = "CLOSE OUT" // DOGE's fpds_status for the linked modification P00001
			return []spend.Claim{x}
		}(), awards: closeOut("", day(2025, 1, 15), day(2025, 1, 20)),
			status: spend.Unsupported, verifiable: "0.00", findings: "already_ended high 600000.00"},
		{name: "ClaimStatusOfAnotherModIgnored", claims: func() []spend.Claim {
			x := withLink(c, fpdsLink("9999", "C1", "P00009", "AWARD"))
			x.Status = "CLOSE OUT"
			return []spend.Claim{x}
		}(), awards: closeOut("", day(2025, 1, 15), day(2025, 1, 20)),
			status: spend.Supported, verifiable: "600000.00", findings: ""},
		{name: "NoClaimDateUsesSnapshot", claims: []spend.Claim{withDate(c, spend.Date{})}, awards: ended(day(2024, 6, 30)),
			status: spend.Unsupported, verifiable: "0.00", findings: "already_ended high 600000.00",
			sentence: []string{"snapshot date 2025-02-18 (the claim gives no date)"}},
	})
}

func TestGrantRules(t *testing.T) {
	a := grantAward("G1", 1_000_000, 300_000)
	runRuleCases(t, []ruleCase{
		{name: "Supported", claims: []spend.Claim{grantClaim(2, "G1", 700_000)}, awards: []spend.Award{a},
			status: spend.Supported, verifiable: "700000.00", findings: ""},
		{name: "Overstated", claims: []spend.Claim{grantClaim(2, "G1", 900_000)}, awards: []spend.Award{a},
			status: spend.Partial, verifiable: "700000.00", findings: "overstated medium 200000.00",
			sentence: []string{"not yet spent on the grant", "$300,000.00 paid out"}},
		{name: "ExceedsAward", claims: []spend.Claim{grantClaim(2, "G1", 1_500_000)}, awards: []spend.Award{a},
			status: spend.Partial, verifiable: "700000.00", findings: "exceeds_award high 500000.00; overstated medium 300000.00",
			sentence: []string{"total obligation is $1,000,000.00 (total_obligation)"}},
		{name: "UnitError", claims: []spend.Claim{grantClaim(2, "G1", 1_000_000_000)}, awards: []spend.Award{a},
			status: spend.Partial, verifiable: "700000.00", findings: "unit_error high 999000000.00; overstated medium 300000.00"},
		{name: "OutlayUnknown", claims: []spend.Claim{grantClaim(2, "G1", 700_000)}, awards: func() []spend.Award {
			x := a
			x.Outlayed = spend.NullMoney{}
			return []spend.Award{x}
		}(), status: spend.NoEvidence, verifiable: "0.00", findings: "unverifiable low 700000.00",
			sentence: []string{"no total outlay"}},
		{name: "ObligationUnknown", claims: []spend.Claim{grantClaim(2, "G1", 700_000)}, awards: func() []spend.Award {
			x := a
			x.Obligated = spend.NullMoney{}
			return []spend.Award{x}
		}(), status: spend.NoEvidence, verifiable: "0.00", findings: "unverifiable low 700000.00"},
		{name: "Ended", claims: []spend.Claim{grantClaim(2, "G1", 700_000)}, awards: func() []spend.Award {
			x := a
			x.CurrentEnd = day(2024, 9, 30)
			return []spend.Award{x}
		}(), status: spend.Unsupported, verifiable: "0.00", findings: "already_ended high 700000.00",
			sentence: []string{"period of performance ended on 2024-09-30"}},
		{name: "NoRecord", claims: []spend.Claim{grantClaim(2, "G9", 700_000)}, awards: []spend.Award{a},
			status: spend.NoEvidence, verifiable: "0.00", findings: "no_record medium 700000.00",
			sentence: []string{"No USAspending award record was found for award id G9"}},
		{name: "ContractRecordDoesNotServeGrant", claims: []spend.Claim{grantClaim(2, "C1", 700_000)},
			awards: []spend.Award{contractAward("C1", 1_000_000, 0)},
			status: spend.NoEvidence, verifiable: "0.00", findings: "no_record medium 700000.00"},
	})
}

func TestLeaseRules(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "Unverifiable", claims: []spend.Claim{leaseClaim(2, "Miami, FL", 3076, 7383)},
			status: spend.NoEvidence, verifiable: "0.00", findings: "unverifiable low 7383.00",
			sentence: []string{"no GSA lease inventory", "$7,383.00"}},
		{name: "NonPositive", claims: []spend.Claim{leaseClaim(2, "Miami, FL", 3076, 0)},
			status: spend.Unsupported, verifiable: "0.00", findings: "non_positive low 0.00; unverifiable info 0.00"},
		{name: "Duplicate", claims: []spend.Claim{leaseClaim(2, "Miami, FL", 3076, 7383), leaseClaim(99, "MIAMI,  FL", 3076, 7383)},
			status: spend.Unsupported, verifiable: "0.00", findings: "duplicate high 7383.00; unverifiable info 0.00",
			sentence: []string{"The same lease (MIAMI,  FL, 3,076 sq ft", "line 2"}},
		{name: "DifferentSizeIsNotDuplicate", claims: []spend.Claim{leaseClaim(2, "Miami, FL", 3076, 7383), leaseClaim(99, "Miami, FL", 3077, 7383)},
			status: spend.NoEvidence, verifiable: "0.00", findings: "unverifiable low 7383.00"},
	})
}

func TestDuplicateRules(t *testing.T) {
	a := contractAward("C1", 1_000_000, 400_000)
	later := func(c spend.Claim, snap spend.Date, date spend.Date) spend.Claim {
		c.Snapshot, c.Date, c.Origin.SourceID = snap, date, 4
		return c
	}
	runRuleCases(t, []ruleCase{
		{name: "FirstInFileOrderCounts", claims: []spend.Claim{contractClaim(9, "C1", 100_000), contractClaim(5, "C1", 200_000)},
			awards: []spend.Award{a}, status: spend.Supported, verifiable: "200000.00", findings: ""},
		{name: "RepeatRemoved", claims: []spend.Claim{contractClaim(5, "C1", 200_000), contractClaim(9, "C1", 100_000)},
			awards: []spend.Award{a}, status: spend.Unsupported, verifiable: "0.00", findings: "duplicate high 100000.00",
			sentence: []string{"claimed earlier in this snapshot (line 5)", "$100,000.00 is not counted again"}},
		{name: "ThirdRepeatPointsAtFirst", claims: []spend.Claim{contractClaim(5, "C1", 1), contractClaim(6, "C1", 1), contractClaim(7, "C1", 1)},
			awards: []spend.Award{a}, status: spend.Unsupported, verifiable: "0.00", findings: "duplicate high 1.00",
			sentence: []string{"(line 5)"}},
		{name: "RepeatWithoutRecord", claims: []spend.Claim{contractClaim(5, "C9", 10), contractClaim(6, "C9", 10)},
			status: spend.Unsupported, verifiable: "0.00", findings: "duplicate high 10.00; no_record info 0.00"},
		{name: "PIIDCaseAndSpaceFolded", claims: []spend.Claim{contractClaim(5, "C1", 10), contractClaim(6, " c1 ", 10)},
			awards: []spend.Award{a}, status: spend.Unsupported, verifiable: "0.00", findings: "duplicate high 10.00"},
		{name: "OtherSourceSameDateIsOtherSnapshot", claims: []spend.Claim{contractClaim(5, "C1", 10),
			func() spend.Claim { c := contractClaim(6, "C1", 10); c.Origin.SourceID = 7; return c }()},
			awards: []spend.Award{a}, status: spend.Supported, verifiable: "10.00", findings: ""},
		{name: "NoIdentifierNeverDuplicate", claims: func() []spend.Claim {
			x, y := contractClaim(5, "", 10), contractClaim(6, "", 10)
			x.Link, y.Link = "", ""
			return []spend.Claim{x, y}
		}(), opt: func(o *Options) { o.FuzzyMin = 0 }, status: spend.NoEvidence, verifiable: "0.00", findings: "no_record medium 10.00"},
		{name: "ReenteredLater", claims: []spend.Claim{withDate(contractClaim(5, "C1", 10), day(2024, 9, 30)),
			later(contractClaim(6, "C1", 10), snap2, day(2025, 2, 26))},
			awards: []spend.Award{a}, status: spend.Supported, verifiable: "10.00", findings: "duplicate info 0.00",
			sentence: []string{"already claimed in the 2025-02-18 snapshot (claim date 2024-09-30)", "dated 2025-02-26"}},
		{name: "CarriedOverSameDate", claims: []spend.Claim{contractClaim(5, "C1", 10), later(contractClaim(6, "C1", 10), snap2, day(2025, 2, 1))},
			awards: []spend.Award{a}, status: spend.Supported, verifiable: "10.00", findings: ""},
		{name: "RedatedBeforeEarlierSnapshot", claims: []spend.Claim{contractClaim(5, "C1", 10), later(contractClaim(6, "C1", 10), snap2, day(2025, 2, 13))},
			awards: []spend.Award{a}, status: spend.Supported, verifiable: "10.00", findings: ""},
		{name: "ReenteredAndRepeated", claims: []spend.Claim{contractClaim(5, "C1", 10),
			later(contractClaim(6, "C1", 10), snap2, day(2025, 3, 1)), later(contractClaim(7, "C1", 10), snap2, day(2025, 3, 1))},
			awards: []spend.Award{a}, status: spend.Unsupported, verifiable: "0.00", findings: "duplicate high 10.00",
			sentence: []string{"claimed earlier in this snapshot (line 6)"}},
		{name: "KindsAreSeparate", claims: []spend.Claim{grantClaim(5, "C1", 10), contractClaim(6, "C1", 10)},
			awards: []spend.Award{a}, status: spend.Supported, verifiable: "10.00", findings: ""},
	})
}

func TestLinking(t *testing.T) {
	old := contractAward("C1", 1_000_000, 900_000)
	old.Signed, old.ModNumber = day(2023, 1, 1), "0"
	cur := contractAward("C1", 1_000_000, 400_000)
	cur.Signed, cur.ModNumber, cur.Origin.Line = day(2025, 1, 30), "P00003", 7
	sameSignedLaterRead := cur
	sameSignedLaterRead.AsOf, sameSignedLaterRead.Obligated, sameSignedLaterRead.Origin = day(2025, 4, 4), kusd(100_000), spend.Origin{SourceID: 12, Line: 3}
	sameReadLaterOrigin := cur
	sameReadLaterOrigin.Obligated, sameReadLaterOrigin.Origin.Line = kusd(0), 99
	otherAgency := contractAward("C1", 50, 0)
	otherAgency.AgencyID, otherAgency.Signed = "1111", day(2025, 3, 1)

	tests := []struct {
		name       string
		claim      spend.Claim
		awards     []spend.Award
		verifiable string
		link       spend.LinkMethod
		note       []string
	}{
		{"NewestSigned", contractClaim(2, "C1", 1_000_000), []spend.Award{cur, old}, "600000.00", spend.LinkPIID,
			[]string{"Linked by the claim's PIID;", "newest of 2 records", "modification P00003, signed 2025-01-30"}},
		{"NewestSignedOtherOrder", contractClaim(2, "C1", 1_000_000), []spend.Award{old, cur}, "600000.00", spend.LinkPIID, nil},
		{"ThenLatestRead", contractClaim(2, "C1", 1_000_000), []spend.Award{cur, sameSignedLaterRead, old}, "900000.00", spend.LinkPIID,
			[]string{"read 2025-04-04"}},
		{"ThenHighestOrigin", contractClaim(2, "C1", 1_000_000), []spend.Award{sameReadLaterOrigin, cur}, "1000000.00", spend.LinkPIID, nil},
		{"OnlyRecord", contractClaim(2, "C1", 1_000_000), []spend.Award{cur}, "600000.00", spend.LinkPIID, []string{"the award has one record"}},
		{"PIIDFromLink", withLink(contractClaim(2, "", 10), fpdsLink("9999", "C1", "P00003", "AWARD")), []spend.Award{cur}, "10.00", spend.LinkFPDS,
			[]string{"Linked by the PIID in the claim's FPDS link;"}},
		{"LinkWhenPIIDHasNoRecord", withLink(contractClaim(2, "C1-TYPO", 10), fpdsLink("9999", "C1", "P00003", "AWARD")), []spend.Award{cur}, "10.00", spend.LinkFPDS,
			[]string{"PIID in the claim's FPDS link (C1), as the claim's PIID (C1-TYPO) has no record"}},
		{"AgencyFromLinkPicksRecord", contractClaim(2, "C1", 1_000_000), []spend.Award{otherAgency, cur}, "600000.00", spend.LinkPIID,
			[]string{"the award has one record"}},
		{"OtherAgencyWhenNamed", withLink(contractClaim(2, "C1", 50), fpdsLink("1111", "C1", "P00001", "AWARD")), []spend.Award{otherAgency, cur}, "50.00", spend.LinkPIID, nil},
		{"NoLinkAgencyTakesNewest", func() spend.Claim { c := contractClaim(2, "C1", 50); c.Link = ""; return c }(), []spend.Award{cur, otherAgency}, "50.00", spend.LinkPIID,
			[]string{"newest of 2 records"}},
		{"GrantAwardIDField", func() spend.Claim { c := grantClaim(2, "X9", 10); c.Link = ""; c.AwardID = "asst_g1"; return c }(),
			[]spend.Award{grantAward("ASST_G1", 100, 0)}, "10.00", spend.LinkAwardID, []string{"Linked by the claim's award id;"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := Verify([]spend.Claim{tt.claim}, tt.awards, DefaultOptions())[0]
			if got := v.Verifiable.Dollars(); got != tt.verifiable {
				t.Errorf("Verifiable = %s, want %s (%s)", got, tt.verifiable, summarise(&v))
			}
			if v.Link != tt.link {
				t.Errorf("Link = %q, want %q", v.Link, tt.link)
			}
			if v.LinkScore != 1 {
				t.Errorf("LinkScore = %v, want 1", v.LinkScore)
			}
			for _, s := range tt.note {
				if !strings.Contains(v.LinkNote, s) {
					t.Errorf("LinkNote %q lacks %q", v.LinkNote, s)
				}
			}
		})
	}
}

func TestVerifyEmpty(t *testing.T) {
	if got := Verify(nil, nil, DefaultOptions()); len(got) != 0 {
		t.Fatalf("Verify(nil) = %v", got)
	}
	v := Verify([]spend.Claim{contractClaim(2, "C1", 10)}, nil, Options{})
	if v[0].Status != spend.NoEvidence {
		t.Fatalf("zero Options, no awards: status %s", v[0].Status)
	}
}
