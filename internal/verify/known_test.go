package verify

import (
	"fmt"
	"strings"
	"testing"

	"github.com/probity-dev/probity/internal/spend"
)

// knownAnswer is the verdict on one real row, worked out by hand (see
// testdata/known_answers.md, which explains each one).
type knownAnswer struct {
	row        string // file:line of the claim
	status     spend.Status
	claimed    string // dollars
	verifiable string
	link       spend.LinkMethod
	awardLine  string // file:line of the award record that gave the current state; "" for none
	findings   []string
}

var sourceFiles = map[int64]string{
	1: "contracts_2025-02-18.csv",
	2: "contracts_2025-02-20_fpds.csv",
	3: "contracts_2025-03-11_fpds.csv",
	4: "contracts_2025-04-04_fpds.csv",
	5: "grants_2025-03-30_usaspending.csv",
	6: "leases_2025-02-18.csv",
}

func rowName(o spend.Origin) string {
	if o == (spend.Origin{}) {
		return ""
	}
	return fmt.Sprintf("%s:%d", sourceFiles[o.SourceID], o.Line)
}

// knownAnswers, in realClaims order. A finding is "class severity amount".
var knownAnswers = []knownAnswer{
	{"contracts_2025-02-18.csv:479", spend.Unsupported, "8000000000.00", "0.00", spend.LinkPIID, "contracts_2025-04-04_fpds.csv:6682",
		[]string{"unit_error high 7992000000.00", "ceiling_counted high 8000000.00"}},
	{"contracts_2025-02-20_fpds.csv:479", spend.Unsupported, "8000000.00", "0.00", spend.LinkPIID, "contracts_2025-04-04_fpds.csv:6682",
		[]string{"ceiling_counted high 8000000.00"}},
	{"contracts_2025-02-20_fpds.csv:1131", spend.Unsupported, "8000000.00", "0.00", spend.LinkPIID, "contracts_2025-04-04_fpds.csv:6682",
		[]string{"ceiling_counted info 0.00", "duplicate high 8000000.00"}},
	{"contracts_2025-02-20_fpds.csv:1134", spend.Unsupported, "8000000.00", "0.00", spend.LinkPIID, "contracts_2025-04-04_fpds.csv:6682",
		[]string{"ceiling_counted info 0.00", "duplicate high 8000000.00"}},
	{"contracts_2025-03-11_fpds.csv:1315", spend.Unsupported, "8000000.00", "0.00", spend.LinkFPDS, "contracts_2025-04-04_fpds.csv:6682",
		[]string{"ceiling_counted high 8000000.00"}},
	{"contracts_2025-04-04_fpds.csv:6682", spend.Unsupported, "0.00", "0.00", spend.LinkPIID, "contracts_2025-04-04_fpds.csv:6682",
		[]string{"non_positive low 0.00"}},
	{"contracts_2025-02-18.csv:507", spend.Unsupported, "0.00", "0.00", spend.LinkPIID, "contracts_2025-02-20_fpds.csv:507",
		[]string{"already_ended info 0.00", "non_positive low 0.00"}},
	{"contracts_2025-02-20_fpds.csv:507", spend.Unsupported, "0.00", "0.00", spend.LinkPIID, "contracts_2025-02-20_fpds.csv:507",
		[]string{"already_ended info 0.00", "non_positive low 0.00"}},
	{"contracts_2025-04-04_fpds.csv:2", spend.Unsupported, "268320.00", "0.00", spend.LinkPIID, "contracts_2025-04-04_fpds.csv:2",
		[]string{"already_ended high 268320.00"}},
	{"contracts_2025-03-11_fpds.csv:2", spend.Partial, "440000.00", "145000.00", spend.LinkFPDS, "contracts_2025-03-11_fpds.csv:2",
		[]string{"exceeds_award high 57481.25", "overstated medium 237518.75"}},
	{"contracts_2025-03-11_fpds.csv:124", spend.Partial, "9011664.00", "4467024.00", spend.LinkFPDS, "contracts_2025-03-11_fpds.csv:124",
		[]string{"ceiling_counted high 4544640.00"}},
	{"contracts_2025-02-18.csv:415", spend.Unsupported, "0.00", "0.00", spend.LinkPIID, "contracts_2025-03-11_fpds.csv:1053",
		[]string{"non_positive low 0.00"}},
	{"contracts_2025-03-11_fpds.csv:1053", spend.Unsupported, "5374.00", "0.00", spend.LinkFPDS, "contracts_2025-03-11_fpds.csv:1053",
		[]string{"ceiling_counted high 5374.00", "already_ended info 0.00", "duplicate info 0.00"}},
	{"contracts_2025-02-20_fpds.csv:1132", spend.Unsupported, "654990000.00", "0.00", spend.LinkPIID, "contracts_2025-02-20_fpds.csv:1132",
		[]string{"ceiling_counted high 654990000.00"}},
	{"contracts_2025-02-20_fpds.csv:1133", spend.Unsupported, "654990000.00", "0.00", spend.LinkPIID, "contracts_2025-02-20_fpds.csv:1133",
		[]string{"ceiling_counted high 654990000.00"}},
	{"grants_2025-03-30_usaspending.csv:13", spend.Supported, "3166666.00", "3166666.00", spend.LinkAwardID, "grants_2025-03-30_usaspending.csv:13",
		nil},
	{"grants_2025-03-30_usaspending.csv:2", spend.NoEvidence, "248010.00", "0.00", spend.LinkAwardID, "grants_2025-03-30_usaspending.csv:2",
		[]string{"unverifiable low 248010.00"}},
	{"grants_2025-03-30_usaspending.csv:18", spend.Unsupported, "0.00", "0.00", spend.LinkAwardID, "grants_2025-03-30_usaspending.csv:18",
		[]string{"non_positive low 0.00"}},
	{"grants_2025-03-30_usaspending.csv:22", spend.NoEvidence, "1837189.00", "0.00", spend.LinkNone, "",
		[]string{"no_record medium 1837189.00"}},
	{"grants_2025-03-30_usaspending.csv:142", spend.NoEvidence, "664224.00", "0.00", spend.LinkNone, "",
		[]string{"no_record medium 664224.00"}},
	{"leases_2025-02-18.csv:2", spend.NoEvidence, "7383.00", "0.00", spend.LinkNone, "",
		[]string{"unverifiable low 7383.00"}},
	{"leases_2025-02-18.csv:99", spend.Unsupported, "7383.00", "0.00", spend.LinkNone, "",
		[]string{"duplicate high 7383.00", "unverifiable info 0.00"}},
	{"leases_2025-02-18.csv:196", spend.Unsupported, "7383.00", "0.00", spend.LinkNone, "",
		[]string{"duplicate high 7383.00", "unverifiable info 0.00"}},
}

func TestKnownAnswers(t *testing.T) {
	claims := realClaims()
	if len(claims) != len(knownAnswers) {
		t.Fatalf("%d claims, %d known answers", len(claims), len(knownAnswers))
	}
	verdicts := Verify(claims, realAwards(), DefaultOptions())
	for i, want := range knownAnswers {
		c, v := &claims[i], &verdicts[i]
		t.Run(want.row, func(t *testing.T) {
			if got := rowName(c.Origin); got != want.row {
				t.Fatalf("claim %d is %s, want %s", i, got, want.row)
			}
			if v.Status != want.status {
				t.Errorf("Status = %s, want %s", v.Status, want.status)
			}
			if got := v.Claimed.Dollars(); got != want.claimed {
				t.Errorf("Claimed = %s, want %s", got, want.claimed)
			}
			if got := v.Verifiable.Dollars(); got != want.verifiable {
				t.Errorf("Verifiable = %s, want %s", got, want.verifiable)
			}
			if v.Link != want.link {
				t.Errorf("Link = %q, want %q", v.Link, want.link)
			}
			if got := rowName(v.AwardOrigin); got != want.awardLine {
				t.Errorf("award record = %s, want %s", got, want.awardLine)
			}
			var got []string
			for _, f := range v.Findings {
				got = append(got, fmt.Sprintf("%s %s %s", f.Class, f.Severity, f.Amount.Dollars()))
			}
			if strings.Join(got, "; ") != strings.Join(want.findings, "; ") {
				t.Errorf("findings\n got: %s\nwant: %s", strings.Join(got, "; "), strings.Join(want.findings, "; "))
			}
			checkAttribution(t, v)
		})
	}
}

// TestKnownSentences checks that the sentences of the famous cases carry
// their numbers.
func TestKnownSentences(t *testing.T) {
	claims := realClaims()
	verdicts := Verify(claims, realAwards(), DefaultOptions())
	tests := []struct {
		claim int
		class spend.Class
		has   []string
	}{
		{0, spend.UnitError, []string{"$8,000,000,000.00", "1,000 times", "$8,000,000.00", "$7,992,000,000.00"}},
		{0, spend.CeilingCounted, []string{"indefinite-delivery vehicle", "contractType=IDV", "$8,000,000.00"}},
		{2, spend.Duplicate, []string{"70CMSD22A00000008", "line 479", "$8,000,000.00"}},
		{6, spend.AlreadyEnded, []string{"2024-03-29", "312 days", "2025-02-04"}},
		{8, spend.AlreadyEnded, []string{"2024-04-25", "337 days", "2025-03-28"}},
		{9, spend.ExceedsAward, []string{"$440,000.00", "$382,518.75", "$57,481.25"}},
		{9, spend.Overstated, []string{"$145,000.00", "$237,518.75"}},
		{12, spend.Duplicate, []string{"2025-02-18 snapshot", "2024-09-30", "2025-02-26"}},
		{16, spend.Unverifiable, []string{"total outlay", "$2,788,583.00", "$248,010.00"}},
		{21, spend.Duplicate, []string{"Miami, FL", "3,076 sq ft", "line 2"}},
	}
	for _, tt := range tests {
		f := findingOf(&verdicts[tt.claim], tt.class)
		if f == nil {
			t.Errorf("claim %d: no %s finding", tt.claim, tt.class)
			continue
		}
		for _, s := range tt.has {
			if !strings.Contains(f.Sentence, s) {
				t.Errorf("claim %d %s: sentence %q lacks %q", tt.claim, tt.class, f.Sentence, s)
			}
		}
	}
}

func findingOf(v *spend.Verdict, c spend.Class) *spend.Finding {
	for i := range v.Findings {
		if v.Findings[i].Class == c {
			return &v.Findings[i]
		}
	}
	return nil
}

// checkAttribution fails t unless the findings of v account for exactly
// Claimed - Verifiable, and the verifiable part is within [0, Claimed].
func checkAttribution(t testing.TB, v *spend.Verdict) {
	t.Helper()
	var sum spend.Money
	for _, f := range v.Findings {
		sum += f.Amount
	}
	if sum != v.Claimed-v.Verifiable {
		t.Errorf("claim %d: findings sum to %s, claimed - verifiable = %s", v.ClaimID, sum, v.Claimed-v.Verifiable)
	}
	if v.Verifiable < 0 || (v.Claimed > 0 && v.Verifiable > v.Claimed) || (v.Claimed <= 0 && v.Verifiable != 0) {
		t.Errorf("claim %d: verifiable %s out of range for claimed %s", v.ClaimID, v.Verifiable, v.Claimed)
	}
}
