package gen

import (
	"math/rand/v2"
	"slices"
	"testing"
)

func TestParseMisspell(t *testing.T) {
	m, err := parseMisspell(`# comment
   abigail : abbey, abbie, abby # trailing comment
 alexandra : alexa, alexia,
             sandra, sandy
     amy : amy, aimee
`)
	if err != nil {
		t.Fatal(err)
	}
	for k, want := range map[string][]string{
		"abigail":   {"abbey", "abbie", "abby"},
		"alexandra": {"alexa", "alexia", "sandra", "sandy"},
		"amy":       {"aimee"}, // a name is not its own misspelling
	} {
		if got := m[k]; !slices.Equal(got, want) {
			t.Errorf("%s: %v, want %v", k, got, want)
		}
	}
	for _, bad := range []string{"sandra, sandy\n", " : x\n"} {
		if _, err := parseMisspell(bad); err == nil {
			t.Errorf("parseMisspell(%q): no error", bad)
		}
	}
}

func TestEmbeddedMisspellTables(t *testing.T) {
	d := data()
	if got := d.givenMisspell["alexandra"]; !slices.Contains(got, "sandy") || !slices.Contains(got, "lexie") {
		t.Errorf("alexandra → %v: continuation lines lost", got)
	}
	if got := d.surnameMisspell["brian"]; !slices.Contains(got, "obrien") {
		t.Errorf("brian → %v", got)
	}
	if len(d.givenMisspell) < 300 || len(d.surnameMisspell) < 100 {
		t.Errorf("%d given and %d surname entries: tables truncated", len(d.givenMisspell), len(d.surnameMisspell))
	}
}

func TestNickname(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 9))
	seen := map[string]bool{}
	for range 200 {
		got, ok := applyNickname(r, nil, "abigail")
		if !ok {
			t.Fatal("abigail has no nickname")
		}
		seen[got] = true
	}
	if !seen["abby"] || !seen["abbie"] || seen["abigail"] {
		t.Errorf("abigail → %v", seen)
	}
	if got, ok := applyNickname(r, nil, "abby"); !ok || got != "abigail" {
		t.Errorf("abby → %q, %v: want the reverse lookup abigail", got, ok)
	}
	if got, ok := applyNickname(r, nil, "zzyzx"); ok || got != "zzyzx" {
		t.Errorf("unknown name → %q, %v", got, ok)
	}
	hook := func(g string) []string {
		if g == "william" {
			return []string{"william", "", "bill"}
		}
		return nil
	}
	if got, ok := applyNickname(r, hook, "william"); !ok || got != "bill" {
		t.Errorf("hook william → %q, %v", got, ok)
	}
	if _, ok := applyNickname(r, hook, "abigail"); ok {
		t.Error("the hook replaces the table: abigail should have no nickname")
	}
}
