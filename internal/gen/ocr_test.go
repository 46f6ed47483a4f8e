package gen

import (
	"math/rand/v2"
	"strings"
	"testing"
)

func TestParseOCRRules(t *testing.T) {
	rules := data().ocr
	if len(rules) != 81 {
		t.Errorf("%d OCR rules, want the 81 lines of lib_ocr_rules.txt", len(rules))
	}
	want := map[ocrRule]bool{{"5", "S"}: true, {"rn", "m"}: true, {"I-I", "H"}: true, {"i", "'l"}: true, {"'", "\""}: true}
	for _, r := range rules {
		delete(want, r)
	}
	if len(want) > 0 {
		t.Errorf("rules not parsed: %v", want)
	}
	for _, bad := range []string{"ALL, 5", "START, 5, S", "ALL, , S", ""} {
		if _, err := parseOCRRules(bad); err == nil {
			t.Errorf("parseOCRRules(%q): no error", bad)
		}
	}
}

func TestApplyOCR(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	rules := []ocrRule{{"5", "S"}, {"rn", "m"}, {"O", "0"}}
	for _, tc := range []struct {
		in   string
		want []string // every possible output
	}{
		{"5", []string{"S"}},
		{"BORN", []string{"B0RN"}},
		{"barn", []string{"bam"}},
		{"55", []string{"S5", "5S"}},
		{"O5", []string{"05", "OS"}},
	} {
		seen := map[string]bool{}
		for range 200 {
			got, ok := applyOCR(r, rules, tc.in)
			if !ok {
				t.Fatalf("applyOCR(%q) not applied", tc.in)
			}
			seen[got] = true
		}
		for _, w := range tc.want {
			if !seen[w] {
				t.Errorf("applyOCR(%q) never gave %q (gave %v)", tc.in, w, seen)
			}
			delete(seen, w)
		}
		if len(seen) > 0 {
			t.Errorf("applyOCR(%q) gave unexpected %v", tc.in, seen)
		}
	}
	if got, ok := applyOCR(r, rules, "XYZ"); ok || got != "XYZ" {
		t.Errorf("applyOCR with no match = %q, %v", got, ok)
	}
}

// The embedded rules change an upper-case name, an SSN and a ZIP.
func TestOCRRulesApplyToRecordFields(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for _, in := range []string{"SMITH", "JOHNSON", "915-23-4567", "90210", "2ND ST"} {
		got, ok := applyOCR(r, data().ocr, in)
		if !ok || got == in {
			t.Errorf("OCR on %q: %q, %v", in, got, ok)
		}
		if strings.EqualFold(got, in) && len(got) == len(in) && got != in {
			continue // a case change only is still a change
		}
	}
}
