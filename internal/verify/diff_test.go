package verify

import (
	"fmt"
	"strings"
	"testing"

	"github.com/probity-dev/probity/internal/spend"
)

// changes renders a diff's changes as "type key delta [fields]".
func changes(d spend.Diff) string {
	var parts []string
	for _, c := range d.Changes {
		s := fmt.Sprintf("%s %s %s", c.Type, c.Key, c.Delta.Dollars())
		if len(c.Fields) > 0 {
			s += " [" + strings.Join(c.Fields, ",") + "]"
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, "; ")
}

func checkDiffTotals(t *testing.T, d spend.Diff) {
	t.Helper()
	if d.ClaimedTo-d.ClaimedFrom != d.AddedAmount-d.RemovedAmount+d.ChangedDelta {
		t.Errorf("to - from = %s, added - removed + changed = %s",
			d.ClaimedTo-d.ClaimedFrom, d.AddedAmount-d.RemovedAmount+d.ChangedDelta)
	}
	if d.Added+d.Removed+d.Changed != len(d.Changes) {
		t.Errorf("%d+%d+%d changes counted, %d listed", d.Added, d.Removed, d.Changed, len(d.Changes))
	}
}

func at(c spend.Claim, snap spend.Date, source int64) spend.Claim {
	c.Snapshot, c.Origin.SourceID = snap, source
	return c
}

func TestDiff(t *testing.T) {
	refA := spend.SnapshotRef{Kind: spend.Contract, Snapshot: snap1, SourceID: 1}
	refB := spend.SnapshotRef{Kind: spend.Contract, Snapshot: snap2, SourceID: 2}
	b := func(c spend.Claim) spend.Claim { return at(c, snap2, 2) }
	tests := []struct {
		name     string
		from, to []spend.Claim
		want     string
		counts   [4]int // added, removed, changed, unchanged
	}{
		{"AddedRemovedChanged",
			[]spend.Claim{contractClaim(2, "A9", 100), contractClaim(3, "B9", 200), contractClaim(4, "C9", 300)},
			[]spend.Claim{b(contractClaim(2, "A9", 100)), b(contractClaim(3, "B9", 250)), b(contractClaim(4, "D9", 50))},
			"removed C9 -300.00; changed B9 50.00 [savings]; added D9 50.00", [4]int{1, 1, 1, 1}},
		{"DuplicatesRemoved",
			[]spend.Claim{contractClaim(479, "X9", 8_000_000), contractClaim(1131, "X9", 8_000_000), contractClaim(1134, "X9", 8_000_000)},
			[]spend.Claim{b(contractClaim(10, "X9", 8_000_000))},
			"removed X9 -8000000.00; removed X9 -8000000.00", [4]int{0, 2, 0, 1}},
		{"DuplicatesPairedBySavingsFirst",
			[]spend.Claim{contractClaim(2, "X9", 10), contractClaim(3, "X9", 20)},
			[]spend.Claim{b(contractClaim(2, "X9", 20)), b(contractClaim(3, "X9", 30))},
			"changed X9 20.00 [savings]", [4]int{0, 0, 1, 1}},
		{"DuplicateAdded",
			[]spend.Claim{contractClaim(2, "X9", 10)},
			[]spend.Claim{b(contractClaim(2, "X9", 10)), b(contractClaim(3, "X9", 10))},
			"added X9 10.00", [4]int{1, 0, 0, 1}},
		{"CaseOfAgencyIsNoChange",
			[]spend.Claim{contractClaim(2, "A9", 100)},
			[]spend.Claim{func() spend.Claim { c := b(contractClaim(2, "A9", 100)); c.Agency = "DEPARTMENT OF  TESTING"; return c }()},
			"", [4]int{0, 0, 0, 1}},
		{"LinkSpellingIsNoChange",
			[]spend.Claim{contractClaim(2, "A9", 100)},
			[]spend.Claim{func() spend.Claim {
				c := b(contractClaim(2, "A9", 100))
				c.Link += "&transactionNumber=&docType=E%27"
				return c
			}()},
			"", [4]int{0, 0, 0, 1}},
		{"OtherModificationIsChange",
			[]spend.Claim{contractClaim(2, "A9", 100)},
			[]spend.Claim{withLink(b(contractClaim(2, "A9", 100)), fpdsLink("9999", "A9", "P00009", "AWARD"))},
			"changed A9 0.00 [link]", [4]int{0, 0, 1, 0}},
		{"ManyFields",
			[]spend.Claim{func() spend.Claim {
				c := contractClaim(2, "A9", 100)
				c.Value, c.Status, c.Description = kusd(4), "OTHER ADMINISTRATIVE ACTION", "old"
				return c
			}()},
			[]spend.Claim{func() spend.Claim {
				c := b(contractClaim(2, "A9", 0))
				c.Date, c.Value, c.Status, c.Description = day(2025, 3, 1), kusd(5), "TERMINATED", "new"
				return c
			}()},
			"changed A9 -100.00 [savings,value,date,description,status]", [4]int{0, 0, 1, 0}},
		// A field only one snapshot reports (the formats changed over 2025)
		// is not a revision; the saving always is.
		{"FieldsOneSideLacks",
			[]spend.Claim{func() spend.Claim {
				c := contractClaim(2, "A9", 100)
				c.Value, c.Status, c.Description, c.Vendor = spend.NullMoney{}, "", "", ""
				return c
			}()},
			[]spend.Claim{func() spend.Claim {
				c := b(contractClaim(2, "A9", 0))
				c.Date, c.Value, c.Status, c.Description, c.Vendor = day(2025, 3, 1), kusd(5), "TERMINATED", "new", "ACME"
				return c
			}()},
			"changed A9 -100.00 [savings,date]", [4]int{0, 0, 1, 0}},
		{"SavingsGone",
			[]spend.Claim{contractClaim(2, "A9", 100)},
			[]spend.Claim{func() spend.Claim { c := b(contractClaim(2, "A9", 0)); c.Savings = spend.NullMoney{}; return c }()},
			"changed A9 -100.00 [savings]", [4]int{0, 0, 1, 0}},
		{"OrderByEffectThenKey",
			[]spend.Claim{contractClaim(2, "B9", 5), contractClaim(3, "A9", 5)},
			[]spend.Claim{b(contractClaim(2, "C9", 5)), b(contractClaim(3, "D9", 500))},
			"added D9 500.00; removed A9 -5.00; removed B9 -5.00; added C9 5.00", [4]int{2, 2, 0, 0}},
		{"OtherSnapshotsIgnored",
			[]spend.Claim{contractClaim(2, "A9", 100), at(contractClaim(3, "Z9", 7), snap2, 2), grantClaim(4, "G", 9)},
			[]spend.Claim{b(contractClaim(2, "A9", 100)), contractClaim(3, "Y9", 7)},
			"", [4]int{0, 0, 0, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Diff(tt.from, tt.to, refA, refB)
			if got := changes(d); got != tt.want {
				t.Errorf("changes\n got: %s\nwant: %s", got, tt.want)
			}
			if got := [4]int{d.Added, d.Removed, d.Changed, d.Unchanged}; got != tt.counts {
				t.Errorf("added, removed, changed, unchanged = %v, want %v", got, tt.counts)
			}
			if d.From != refA || d.To != refB {
				t.Errorf("refs %v %v", d.From, d.To)
			}
			checkDiffTotals(t, d)
		})
	}
}

func TestDiffLeases(t *testing.T) {
	from := []spend.Claim{leaseClaim(2, "Miami, FL", 3076, 7383), leaseClaim(3, "Tampa, FL", 1000, 10)}
	to := []spend.Claim{at(leaseClaim(2, "MIAMI,  FL", 3076, 7000), snap2, 3), at(leaseClaim(3, "Tampa, FL", 1001, 10), snap2, 3)}
	d := Diff(from, to, spend.SnapshotRef{Kind: spend.Lease, Snapshot: snap1}, spend.SnapshotRef{Kind: spend.Lease, Snapshot: snap2})
	want := "changed lease:MIAMI, FL|GENERAL SERVICES ADMINISTRATION|3076 -383.00 [savings]; " +
		"removed lease:TAMPA, FL|GENERAL SERVICES ADMINISTRATION|1000 -10.00; added lease:TAMPA, FL|GENERAL SERVICES ADMINISTRATION|1001 10.00"
	if got := changes(d); got != want {
		t.Errorf("changes\n got: %s\nwant: %s", got, want)
	}
	checkDiffTotals(t, d)
}

// TestDiffReal compares the 2025-02-18 and 2025-02-20 contract rows of
// the real sample: the $8 billion became $8 million, and the 2/20 file
// lists the award three times.
func TestDiffReal(t *testing.T) {
	claims := realClaims()
	d := Diff(claims, claims,
		spend.SnapshotRef{Kind: spend.Contract, Snapshot: day(2025, 2, 18), SourceID: 1},
		spend.SnapshotRef{Kind: spend.Contract, Snapshot: day(2025, 2, 20), SourceID: 2})
	// 75P00124C00048 is only transcribed from the 2/18 file, so it shows
	// as removed.
	want := "changed 70CMSD22A00000008 -7992000000.00 [savings,value,link]; added 7200AA20D00019 654990000.00; added 7200AA20D00023 654990000.00; " +
		"added 70CMSD22A00000008 8000000.00; added 70CMSD22A00000008 8000000.00; removed 75P00124C00048 0.00"
	if got := changes(d); got != want {
		t.Errorf("changes\n got: %s\nwant: %s", got, want)
	}
	if d.Unchanged != 1 { // 70CMSD23FC0000003, $0 in both
		t.Errorf("unchanged = %d", d.Unchanged)
	}
	checkDiffTotals(t, d)
}

func TestDiffDeterministic(t *testing.T) {
	g := newGenerator(9)
	claims, _ := g.generate(3000, 1000)
	from := spend.SnapshotRef{Kind: spend.Contract, Snapshot: spend.NewDate(2025, 2, 18)}
	to := spend.SnapshotRef{Kind: spend.Contract, Snapshot: spend.NewDate(2025, 3, 11)}
	d1 := Diff(claims, claims, from, to)
	d2 := Diff(claims, claims, from, to)
	if changes(d1) != changes(d2) {
		t.Fatal("Diff is not deterministic")
	}
	checkDiffTotals(t, d1)
	for i := 1; i < len(d1.Changes); i++ {
		if compareChanges(d1.Changes[i-1], d1.Changes[i]) > 0 {
			t.Fatalf("changes %d and %d out of order", i-1, i)
		}
	}
}
