package store

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/probity-dev/probity/internal/spend"
)

func TestAppendEvidenceIsJSON(t *testing.T) {
	evs := []spend.Evidence{
		{Field: "savings", Value: "8000000000.00", Origin: spend.Origin{SourceID: 1, Record: 2, Line: 3}},
		{Field: `q"uote\\`, Value: "tab\tnl\n\x00é", Note: "note"},
	}
	b := appendEvidence(nil, evs)
	var got []evidenceJSON
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatalf("not JSON: %s: %v", b, err)
	}
	if got[1].Field != `q"uote\\` || got[1].Value != "tab\tnl\n\x00é" || got[0].Line != 3 {
		t.Fatalf("round trip: %+v", got)
	}
}

// TestSaveVerificationRoundTrip stores verdicts with awkward text and reads
// them back unchanged.
func TestSaveVerificationRoundTrip(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	in := []spend.Verdict{
		{ClaimID: 1000000001, Kind: spend.Contract, Snapshot: spend.NewDate(2025, 2, 18), Agency: `Dept "of" X, Y`, Claimed: 800000000000,
			Status: spend.Unsupported, AwardKey: "70CMSD22A00000008", AwardOrigin: spend.Origin{SourceID: 2, Record: 6, Line: 7},
			Link: spend.LinkPIID, LinkNote: "line one\nline two", LinkScore: 1,
			Findings: []spend.Finding{{ClaimID: 1000000001, Class: spend.UnitError, Severity: spend.High, Amount: 799200000000,
				Sentence: `"about" 1,000 times "the" ceiling""`, Evidence: []spend.Evidence{{Field: "savings", Value: "8e9", Origin: spend.Origin{SourceID: 1, Record: 1, Line: 2}}}},
				{ClaimID: 1000000001, Class: spend.CeilingCounted, Severity: spend.High, Amount: 800000000, Sentence: "", Evidence: nil}}},
		{ClaimID: 1000000002, Kind: spend.Lease, Status: spend.NoEvidence, Agency: ""},
	}
	id, err := s.SaveVerification(ctx, in, 2, 0, "{}")
	if err != nil {
		t.Fatal(err)
	}
	out, err := s.Verdicts(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(in, out, cmp.Comparer(func(a, b []spend.Evidence) bool { return len(a) == len(b) && (len(a) == 0 || cmp.Equal(a, b)) })); diff != "" {
		t.Fatalf("round trip (-in +out):\n%s", diff)
	}
}
