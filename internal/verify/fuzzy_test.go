package verify

import (
	"fmt"
	"strings"
	"testing"

	"github.com/probity-dev/probity/internal/spend"
)

// unlinked is a contract claim with no PIID and no link.
func unlinked(line int64, vendor string, savings int64) spend.Claim {
	c := contractClaim(line, "", savings)
	c.Link, c.Vendor = "", vendor
	return c
}

// anchor is a claim of the same agency linked by PIID, from which the
// agency's code (9999) is learned.
func anchor() spend.Claim { return contractClaim(100, "ANCHOR9", 1) }

func namedAward(piid, recipient, agency string, ceiling int64) spend.Award {
	a := contractAward(piid, ceiling, 0)
	a.Recipient, a.AgencyID = recipient, agency
	return a
}

func TestLinkByName(t *testing.T) {
	anchorAward := namedAward("ANCHOR9", "SOMEONE ELSE ENTIRELY", "9999", 10)
	tests := []struct {
		name   string
		claims []spend.Claim
		awards []spend.Award
		award  string // the award key linked, "" for none
		note   []string
	}{
		{"Linked", []spend.Claim{anchor(), unlinked(2, "Acme Widgets, L.L.C.", 500)},
			[]spend.Award{anchorAward, namedAward("C1", "ACME WIDGETS LLC", "9999", 1000), namedAward("C2", "ZENITH GADGETS INC", "9999", 1000)},
			"C1", []string{`"Acme Widgets, L.L.C." (normalised "acme widgets")`, `"ACME WIDGETS LLC" ("acme widgets")`, "Jaro-Winkler 1.000", "agency code 9999"}},
		{"Typo", []spend.Claim{anchor(), unlinked(2, "ACME WIDGTS LLC", 500)},
			[]spend.Award{anchorAward, namedAward("C1", "ACME WIDGETS LLC", "9999", 1000), namedAward("C2", "ACME SOLAR CORP", "9999", 1000)},
			"C1", []string{"next best award"}},
		{"OtherAgency", []spend.Claim{anchor(), unlinked(2, "Acme Widgets LLC", 500)},
			[]spend.Award{anchorAward, namedAward("C1", "ACME WIDGETS LLC", "1111", 1000)}, "", nil},
		{"NoAgencyLearned", []spend.Claim{unlinked(2, "Acme Widgets LLC", 500)},
			[]spend.Award{namedAward("C1", "ACME WIDGETS LLC", "9999", 1000)}, "", nil},
		{"TooDifferent", []spend.Claim{anchor(), unlinked(2, "Apex Gadgets LLC", 500)},
			[]spend.Award{anchorAward, namedAward("C1", "ACME WIDGETS LLC", "9999", 1000)}, "", nil},
		{"AmbiguousSameVendor", []spend.Claim{anchor(), unlinked(2, "Acme Widgets LLC", 500)},
			[]spend.Award{anchorAward, namedAward("C1", "ACME WIDGETS LLC", "9999", 1000), namedAward("C2", "ACME WIDGETS INC", "9999", 2000)}, "", nil},
		{"DecidedByValue", []spend.Claim{anchor(), func() spend.Claim {
			c := unlinked(2, "Acme Widgets LLC", 500)
			c.Value = kusd(2000)
			return c
		}()}, []spend.Award{anchorAward, namedAward("C1", "ACME WIDGETS LLC", "9999", 1000), namedAward("C2", "ACME WIDGETS INC", "9999", 2000)},
			"C2", []string{"chosen because its value agrees"}},
		{"ValueAgreesWithBoth", []spend.Claim{anchor(), func() spend.Claim {
			c := unlinked(2, "Acme Widgets LLC", 500)
			c.Value = kusd(1000)
			return c
		}()}, []spend.Award{anchorAward, namedAward("C1", "ACME WIDGETS LLC", "9999", 1000), namedAward("C2", "ACME WIDGETS INC", "9999", 1000)}, "", nil},
		{"ValueReported", []spend.Claim{anchor(), func() spend.Claim {
			c := unlinked(2, "Acme Widgets LLC", 500)
			c.Value = kusd(7)
			return c
		}()}, []spend.Award{anchorAward, namedAward("C1", "ACME WIDGETS LLC", "9999", 1000)},
			"C1", []string{"does not agree with the receipt's $7.00"}},
		{"NewestRecordOnly", []spend.Claim{anchor(), unlinked(2, "Acme Widgets LLC", 500)},
			[]spend.Award{anchorAward, namedAward("C1", "ACME WIDGETS LLC", "9999", 1000), func() spend.Award {
				a := namedAward("C1", "ACME WIDGETS LLC", "9999", 1000)
				a.Signed = day(2020, 1, 1)
				return a
			}()}, "C1", []string{"Jaro-Winkler"}},
		{"GrantWithoutAgencyCode", []spend.Claim{
			grantClaim(100, "G0", 1),
			func() spend.Claim {
				c := grantClaim(2, "", 500)
				c.Link, c.Vendor = "", "University of Testing"
				return c
			}(),
		}, []spend.Award{
			func() spend.Award { a := grantAward("G0", 10, 0); a.Recipient = "OTHER COLLEGE"; return a }(),
			grantAward("G1", 1000, 0),
		}, "", nil},
		{"GrantLinkedRecordIsCandidate", []spend.Claim{
			grantClaim(100, "G1", 1),
			func() spend.Claim { c := grantClaim(2, "", 500); c.Link, c.Vendor = "", "Univ. of Testing"; return c }(),
		}, []spend.Award{grantAward("G1", 1000, 0)}, "", nil},
		{"GrantSameRecipientName", []spend.Claim{
			grantClaim(100, "G1", 1),
			func() spend.Claim {
				c := grantClaim(2, "", 500)
				c.Link, c.Vendor = "", "UNIVERSITY OF TESTING"
				return c
			}(),
		}, []spend.Award{grantAward("G1", 1000, 0)}, "G1", []string{"recipient \"UNIVERSITY OF TESTING\""}},
		{"EmptyVendor", []spend.Claim{anchor(), unlinked(2, "", 500)},
			[]spend.Award{anchorAward, namedAward("C1", "ACME WIDGETS LLC", "9999", 1000)}, "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			vs := Verify(tt.claims, tt.awards, DefaultOptions())
			v := &vs[len(vs)-1]
			if v.AwardKey != tt.award {
				t.Fatalf("linked to %q, want %q (%s; %s)", v.AwardKey, tt.award, v.LinkNote, summarise(v))
			}
			if tt.award == "" {
				if v.Link != spend.LinkNone || findingOf(v, spend.NoRecord) == nil {
					t.Errorf("unlinked claim: link %q, findings %s", v.Link, summarise(v))
				}
				return
			}
			if v.Link != spend.LinkVendor || v.LinkScore < 0.93 || v.LinkScore > 1 {
				t.Errorf("Link = %q, score %v", v.Link, v.LinkScore)
			}
			f := findingOf(v, spend.FuzzyLinked)
			if f == nil || f.Amount != 0 || f.Severity != spend.Info {
				t.Fatalf("FuzzyLinked finding: %+v", f)
			}
			for _, s := range tt.note {
				if !strings.Contains(v.LinkNote, s) {
					t.Errorf("LinkNote %q lacks %q", v.LinkNote, s)
				}
			}
			checkAttribution(t, v)
		})
	}
}

// TestLinkByNameOff checks that FuzzyMin 0 turns the fallback off.
func TestLinkByNameOff(t *testing.T) {
	opt := DefaultOptions()
	opt.FuzzyMin = 0
	vs := Verify([]spend.Claim{anchor(), unlinked(2, "ACME WIDGETS LLC", 500)},
		[]spend.Award{namedAward("ANCHOR9", "X9", "9999", 10), namedAward("C1", "ACME WIDGETS LLC", "9999", 1000)}, opt)
	if vs[1].AwardKey != "" {
		t.Fatalf("linked with the fallback off: %s", vs[1].LinkNote)
	}
}

// TestLinkByNameBlocking checks that a claim is found through a rare
// token when its common tokens have thousands of awards, and that the
// common tokens alone do not make candidates.
func TestLinkByNameBlocking(t *testing.T) {
	awards := []spend.Award{namedAward("ANCHOR9", "X9", "9999", 10)}
	for i := range 3 * maxBlock {
		awards = append(awards, namedAward(fmt.Sprintf("S%d", i), fmt.Sprintf("FEDERAL SERVICES GROUP %d", i), "9999", 1000))
	}
	awards = append(awards, namedAward("RARE9", "ZYXWARE FEDERAL SERVICES", "9999", 1000))
	vs := Verify([]spend.Claim{anchor(), unlinked(2, "Zyxware Federal Services, Inc.", 500), unlinked(3, "Federal Services", 500)}, awards, DefaultOptions())
	if vs[1].AwardKey != "RARE9" {
		t.Errorf("rare token: linked to %q (%s)", vs[1].AwardKey, vs[1].LinkNote)
	}
	if !strings.Contains(vs[1].LinkNote, "among 1 candidate award ") {
		t.Errorf("block not limited to the rare token: %s", vs[1].LinkNote)
	}
	if vs[2].AwardKey != "" {
		t.Errorf("common words only: linked to %q", vs[2].AwardKey)
	}
}

// TestLinkByNameNotDuplicate checks that a claim linked by name is not
// called a duplicate of an identifier claim on the same award.
func TestLinkByNameNotDuplicate(t *testing.T) {
	vs := Verify([]spend.Claim{contractClaim(100, "C1", 1), unlinked(2, "ACME WIDGETS LLC", 500)},
		[]spend.Award{namedAward("C1", "ACME WIDGETS LLC", "9999", 1000)}, DefaultOptions())
	if vs[1].AwardKey != "C1" || findingOf(&vs[1], spend.Duplicate) != nil {
		t.Fatalf("got %q, %s", vs[1].AwardKey, summarise(&vs[1]))
	}
}

func TestNameTokens(t *testing.T) {
	got := nameTokens("The ACME-Widgets, L.L.C. & Co of 2nd Ave", nil)
	want := nameTokens("acme widgets 2nd ave", nil)
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("tokens %v, want %v", got, want)
	}
	if got := cheapName("The ACME-Widgets, L.L.C."); got != "acme widgets" {
		t.Fatalf("cheapName = %q", got)
	}
	long := strings.Repeat("x", 33) // longer than a word may be: left out
	for in, want := range map[string]string{
		"": "", "  ,, ": "", "a b": "", "Ünïon Bank": "Ünïon bank", "9th  and 10TH": "9th 10th",
		"x " + long + " yz": "yz", strings.Repeat("y", 32): strings.Repeat("y", 32), "ab": "ab", "ab,": "ab",
	} {
		if got := cheapName(in); got != want {
			t.Errorf("cheapName(%q) = %q, want %q", in, got, want)
		}
		var hashes []uint64
		for _, w := range strings.Fields(want) {
			hashes = append(hashes, fnv([]byte(w)))
		}
		if got := nameTokens(in, nil); fmt.Sprint(got) != fmt.Sprint(hashes) {
			t.Errorf("nameTokens(%q) = %v, want the hashes of %q", in, got, want)
		}
	}
}
