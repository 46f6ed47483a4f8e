package verify

import (
	"fmt"
	"strings"
	"testing"

	"github.com/probity-dev/probity/internal/spend"
)

func totals(ts []spend.Total) string {
	var parts []string
	for _, t := range ts {
		parts = append(parts, fmt.Sprintf("%s %d %s/%s/%s", t.Key, t.Count, t.Claimed.Dollars(), t.Verifiable.Dollars(), t.Amount.Dollars()))
	}
	return strings.Join(parts, "; ")
}

func TestLatestSnapshots(t *testing.T) {
	claims := realClaims()
	got := fmt.Sprint(LatestSnapshots(claims))
	want := "[{contract 2025-04-04 4} {grant 2025-03-30 5} {lease 2025-02-18 6}]"
	if got != want {
		t.Errorf("LatestSnapshots = %s, want %s", got, want)
	}
	// Two sources with the same date: the one ingested last.
	cs := []spend.Claim{at(contractClaim(2, "A9", 1), snap2, 3), at(contractClaim(2, "A9", 1), snap2, 7), at(contractClaim(2, "A9", 1), snap1, 9)}
	if got := fmt.Sprint(LatestSnapshots(cs)); got != "[{contract 2025-03-11 7}]" {
		t.Errorf("tie: %s", got)
	}
	if got := LatestSnapshots(nil); len(got) != 0 {
		t.Errorf("no claims: %v", got)
	}
}

// TestSummarizeReal checks the headline over the latest snapshots of the
// real sample, worked out by hand: contracts 2025-04-04 (24322623F0084,
// $268,320 claimed, already ended; 70CMSD22A00000008, $0), grants
// 2025-03-30 (five rows) and leases 2025-02-18 (the Miami lease, three
// times).
func TestSummarizeReal(t *testing.T) {
	claims := realClaims()
	s := Summarize(claims, Verify(claims, realAwards(), DefaultOptions()), nil)
	if s.Claims != 10 {
		t.Errorf("Claims = %d, want 10", s.Claims)
	}
	// 268,320 + 0 + 3,166,666 + 248,010 + 0 + 1,837,189 + 664,224 + 3 × 7,383
	if got, want := s.Claimed.Dollars(), "6206558.00"; got != want {
		t.Errorf("Claimed = %s, want %s", got, want)
	}
	if got, want := s.Verifiable.Dollars(), "3166666.00"; got != want {
		t.Errorf("Verifiable = %s, want %s", got, want)
	}
	if got, want := totals(s.ByKind), "contract 2 268320.00/0.00/0.00; grant 5 5916089.00/3166666.00/0.00; lease 3 22149.00/0.00/0.00"; got != want {
		t.Errorf("ByKind\n got: %s\nwant: %s", got, want)
	}
	wantClass := "already_ended 1 268320.00/0.00/268320.00; duplicate 2 14766.00/0.00/14766.00; " +
		"non_positive 2 0.00/0.00/0.00; no_record 2 2501413.00/0.00/2501413.00; unverifiable 4 270159.00/0.00/255393.00"
	if got := totals(s.ByClass); got != wantClass {
		t.Errorf("ByClass\n got: %s\nwant: %s", got, wantClass)
	}
	wantAgency := "Department of Defense 4 5251865.00/3166666.00/0.00; Department of Health and Human Services 1 664224.00/0.00/0.00; " +
		"Office of Personnel Management 1 268320.00/0.00/0.00; Department of State 3 22149.00/0.00/0.00; " +
		"Department of Homeland Security 1 0.00/0.00/0.00"
	if got := totals(s.ByAgency); got != wantAgency {
		t.Errorf("ByAgency\n got: %s\nwant: %s", got, wantAgency)
	}
}

func TestSummarizeAgencyCase(t *testing.T) {
	cs := []spend.Claim{contractClaim(2, "A9", 10), contractClaim(3, "B9", 20), contractClaim(4, "C9", 30), contractClaim(5, "D9", 1)}
	cs[0].Agency = "DEPARTMENT OF HOMELAND SECURITY"
	cs[1].Agency = "Department of Homeland Security"
	cs[2].Agency = "DEPARTMENT OF HOMELAND  SECURITY "
	cs[3].Agency = ""
	vs := Verify(cs, nil, DefaultOptions())
	s := Summarize(cs, vs, []spend.SnapshotRef{{Kind: spend.Contract, Snapshot: snap1}})
	want := "Department of Homeland Security 3 60.00/0.00/0.00; (no agency) 1 1.00/0.00/0.00"
	if got := totals(s.ByAgency); got != want {
		t.Errorf("ByAgency\n got: %s\nwant: %s", got, want)
	}
}

func TestSummarizeChosenSnapshots(t *testing.T) {
	cs := []spend.Claim{contractClaim(2, "A9", 10), at(contractClaim(3, "B9", 20), snap2, 2), at(contractClaim(4, "C9", 40), snap2, 3)}
	vs := Verify(cs, nil, DefaultOptions())
	for _, tt := range []struct {
		refs []spend.SnapshotRef
		want string
	}{
		{nil, "40.00"}, // latest: 2025-03-11, source 3
		{[]spend.SnapshotRef{{Kind: spend.Contract, Snapshot: snap2}}, "60.00"}, // any source
		{[]spend.SnapshotRef{{Kind: spend.Contract, Snapshot: snap2, SourceID: 2}}, "20.00"},
		{[]spend.SnapshotRef{{Kind: spend.Contract, Snapshot: snap1, SourceID: 1}, {Kind: spend.Contract, Snapshot: snap2, SourceID: 2}}, "30.00"},
		{[]spend.SnapshotRef{{Kind: spend.Grant, Snapshot: snap1}}, "0.00"},
	} {
		if got := Summarize(cs, vs, tt.refs).Claimed.Dollars(); got != tt.want {
			t.Errorf("%v: Claimed = %s, want %s", tt.refs, got, tt.want)
		}
	}
}

func TestSummarizeMismatch(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Fatal("no panic for verdicts that do not match the claims")
		}
	}()
	Summarize(make([]spend.Claim, 2), make([]spend.Verdict, 1), nil)
}
