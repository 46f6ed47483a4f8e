package verify

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/probity-dev/probity/internal/spend"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// goldenCase is a small hand-made set with one claim for each rule.
func goldenCase() ([]spend.Claim, []spend.Award) {
	ended := contractAward("ENDED9", 1_000_000, 400_000)
	ended.CurrentEnd = day(2024, 6, 30)
	closed := contractAward("CLOSED9", 50_000, 50_000)
	closed.ReasonForMod, closed.Signed, closed.CurrentEnd = "CLOSE OUT", day(2025, 1, 20), day(2025, 1, 15)
	old := contractAward("CC9", 2_000_000, 1_800_000)
	old.Signed, old.ModNumber, old.Origin = day(2023, 3, 1), "0", spend.Origin{SourceID: 10, Record: 7, Line: 8}
	noObl := contractAward("NOOBL9", 300_000, 0)
	noObl.Obligated = spend.NullMoney{}
	grantNoOutlay := grantAward("G2", 500_000, 0)
	grantNoOutlay.Outlayed = spend.NullMoney{}
	awards := []spend.Award{
		contractAward("OK9", 1_000_000, 400_000),
		contractAward("CC9", 2_000_000, 500_000), old,
		contractAward("OVER9", 1_000_000, 900_000),
		contractAward("BIG9", 100_000, 20_000),
		contractAward("70IDV8B", 8_000_000, 0),
		ended, closed, noObl,
		grantAward("G1", 1_000_000, 250_000), grantNoOutlay,
		namedAward("ACMEX9", "ACME WIDGETS LLC", "9999", 75_000),
	}
	idv := contractClaim(6, "70IDV8B", 8_000_000_000)
	idv.Link = fpdsLink("9999", "70IDV8B", "P00003", "IDV")
	idv.Description = "the $8B that was $8M"
	noDate := contractClaim(9, "ENDED9", 100)
	noDate.Date, noDate.DateNote = spend.Date{}, "Termination in progress"
	byName := unlinked(16, "Acme Widgets, L.L.C.", 5_000)
	byName.Value = kusd(75_000)
	reentered := at(contractClaim(30, "OK9", 600_000), snap2, 4)
	reentered.Date = day(2025, 3, 3)
	claims := []spend.Claim{
		contractClaim(2, "OK9", 600_000),
		contractClaim(3, "CC9", 2_000_000),
		contractClaim(4, "OVER9", 300_000),
		contractClaim(5, "BIG9", 250_000),
		idv,
		contractClaim(7, "ENDED9", 600_000),
		contractClaim(8, "CLOSED9", 10_000),
		noDate,
		contractClaim(10, "NOOBL9", 200_000),
		contractClaim(11, "NONE9", 42_000),
		contractClaim(12, "OK9", 0),
		contractClaim(13, "OK9", -1_500),
		contractClaim(14, "OK9", 600_000),
		grantClaim(15, "G1", 900_000),
		byName,
		grantClaim(17, "G2", 100_000),
		leaseClaim(18, "Miami, FL", 3076, 7_383),
		leaseClaim(19, "Miami, FL", 3076, 7_383),
		reentered,
	}
	for i := range claims {
		claims[i].ID = int64(i + 1)
	}
	return claims, awards
}

// The golden file shows verdicts with dates and dollars as text.
type goldenVerdict struct {
	ClaimID     int64
	Kind        spend.Kind
	Snapshot    string
	Agency      string
	Claimed     string
	Verifiable  string
	Status      spend.Status
	AwardKey    string          `json:",omitempty"`
	AwardOrigin *spend.Origin   `json:",omitempty"`
	Link        string          `json:",omitempty"`
	LinkNote    string          `json:",omitempty"`
	LinkScore   float64         `json:",omitempty"`
	Findings    []goldenFinding `json:",omitempty"`
}

type goldenFinding struct {
	Class    spend.Class
	Severity spend.Severity
	Amount   string
	Sentence string
	Evidence []spend.Evidence
}

func goldenJSON(vs []spend.Verdict) []byte {
	out := make([]goldenVerdict, len(vs))
	for i, v := range vs {
		g := goldenVerdict{
			ClaimID: v.ClaimID, Kind: v.Kind, Snapshot: v.Snapshot.String(), Agency: v.Agency,
			Claimed: v.Claimed.Dollars(), Verifiable: v.Verifiable.Dollars(), Status: v.Status,
			AwardKey: v.AwardKey, Link: string(v.Link), LinkNote: v.LinkNote, LinkScore: v.LinkScore,
		}
		if v.AwardOrigin != (spend.Origin{}) {
			o := v.AwardOrigin
			g.AwardOrigin = &o
		}
		for _, f := range v.Findings {
			g.Findings = append(g.Findings, goldenFinding{f.Class, f.Severity, f.Amount.Dollars(), f.Sentence, f.Evidence})
		}
		out[i] = g
	}
	b, err := json.MarshalIndent(out, "", "  ")
	if err != nil {
		panic(err)
	}
	return append(b, '\n')
}

func TestGoldenVerdicts(t *testing.T) {
	claims, awards := goldenCase()
	vs := Verify(claims, awards, DefaultOptions())
	for i := range vs {
		checkAttribution(t, &vs[i])
	}
	got := goldenJSON(vs)
	path := filepath.Join("testdata", "verdicts.golden.json")
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("verdicts differ from %s (run go test -update after checking):\n%s", path, lineDiff(string(want), string(got)))
	}
	// Every class appears in the golden set.
	seen := map[spend.Class]bool{}
	for _, v := range vs {
		for _, f := range v.Findings {
			seen[f.Class] = true
		}
	}
	for _, c := range spend.Classes {
		if !seen[c] {
			t.Errorf("no %s finding in the golden set", c)
		}
	}
}

// lineDiff shows the first lines where two texts differ.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	shown := 0
	for i := 0; i < len(w) || i < len(g); i++ {
		var x, y string
		if i < len(w) {
			x = w[i]
		}
		if i < len(g) {
			y = g[i]
		}
		if x != y {
			b.WriteString("line " + strconv.Itoa(i+1) + ":\n  want: " + x + "\n   got: " + y + "\n")
			if shown++; shown == 10 {
				break
			}
		}
	}
	return b.String()
}
