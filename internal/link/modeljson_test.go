package link

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

// modelDiff returns "" when two models are equal, else both as JSON.
func modelDiff(a, b *Model) string {
	if reflect.DeepEqual(a, b) {
		return ""
	}
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	return "before: " + string(ja) + "\nafter:  " + string(jb)
}

func TestModelRoundTrip(t *testing.T) {
	for _, name := range []string{"model_febrl4.json", "model_febrl_dedupe.json"} {
		t.Run(name, func(t *testing.T) {
			m := readModelFile(t, name)
			var buf bytes.Buffer
			if err := WriteModel(&buf, m); err != nil {
				t.Fatal(err)
			}
			m2, err := ReadModel(bytes.NewReader(buf.Bytes()))
			if err != nil {
				t.Fatalf("reread: %v\n%s", err, buf.String())
			}
			if diff := modelDiff(m, m2); diff != "" {
				t.Errorf("model changed by a write and read:\n%s", diff)
			}
		})
	}
}

func TestTemplates(t *testing.T) {
	types := func(c Comparison) string {
		var s []string
		for _, l := range c.Levels {
			d := l.Describe()
			if l.TF != nil {
				d += " +tf"
			}
			s = append(s, d)
		}
		return strings.Join(s, "; ")
	}
	for _, tc := range []struct {
		c    Comparison
		want string
	}{
		{Comparison{Field: "x", Template: "exact"}, "null; exact; else"},
		{Comparison{Field: "x", Template: "name", TF: &TF{Weight: 1}}, "null; exact +tf; jaro_winkler >= 0.92; jaro_winkler >= 0.88; jaro_winkler >= 0.7; else"},
		{Comparison{Field: "x", Template: "name_phonetic"}, "null; exact; jaro_winkler >= 0.92; jaro_winkler >= 0.88; dmetaphone; jaro_winkler >= 0.7; else"},
		{Comparison{Field: "x", Template: "dob"}, "null; exact; damerau_levenshtein <= 1; within 1 month; within 1 year; within 10 years; else"},
		{Comparison{Field: "x", Template: "levenshtein", Thresholds: []float64{1, 3}}, "null; exact; levenshtein <= 1; levenshtein <= 3; else"},
		{Comparison{Field: "x", Template: "rel_diff"}, "null; exact; within 1%; within 10%; else"},
		{Comparison{Field: "x", Levels: []Level{{Type: Exact}, {Type: Else}}}, "null; exact; else"},
	} {
		c := tc.c
		if err := c.ExpandTemplate(); err != nil {
			t.Fatalf("%+v: %v", tc.c, err)
		}
		if got := types(c); got != tc.want {
			t.Errorf("%s %v:\n got %s\nwant %s", tc.c.Template, tc.c.Thresholds, got, tc.want)
		}
		if c.Template != "" || c.TF != nil {
			t.Errorf("%s: template fields not cleared", tc.c.Template)
		}
	}
}

func TestReadModelErrors(t *testing.T) {
	base := func(comp, block string) string {
		return `{"link_type": "dedupe", "comparisons": [` + comp + `], "blocking": [` + block + `]}`
	}
	ok := `{"field": "name", "template": "name"}`
	okBlock := `{"on": ["name"]}`
	for _, tc := range []struct {
		name, js, want string
	}{
		{"unknown key", `{"link_type": "dedupe", "comparisons": [], "blocking": [], "bogus": 1}`, "unknown field"},
		{"bad link type", `{"link_type": "both", "comparisons": [` + ok + `], "blocking": [` + okBlock + `]}`, "link_type"},
		{"no comparisons", base("", okBlock), "no comparisons"},
		{"no blocking", base(ok, ""), "no blocking rules"},
		{"unknown template", base(`{"field": "x", "template": "nope"}`, okBlock), "unknown template"},
		{"unknown level", base(`{"field": "x", "levels": [{"type": "nope"}]}`, okBlock), "unknown level type"},
		{"similarity above 1", base(`{"field": "x", "levels": [{"type": "jaro_winkler", "threshold": 2}]}`, okBlock), "at most 1"},
		{"fractional edits", base(`{"field": "x", "levels": [{"type": "levenshtein", "threshold": 1.5}]}`, okBlock), "whole number"},
		{"bad unit", base(`{"field": "x", "levels": [{"type": "date_diff", "threshold": 1, "unit": "week"}]}`, okBlock), "unit"},
		{"else not last", base(`{"field": "x", "levels": [{"type": "else"}, {"type": "exact"}]}`, okBlock), "else must be the last"},
		{"null twice", base(`{"field": "x", "levels": [{"type": "null"}, {"type": "null"}]}`, okBlock), "null level"},
		{"m not a probability", base(`{"field": "x", "levels": [{"type": "exact", "m": 1.5}]}`, okBlock), "not a probability"},
		{"swapped without with", base(`{"field": "x", "levels": [{"type": "swapped"}]}`, okBlock), "needs \"with\""},
		{"template and levels", base(`{"field": "x", "template": "exact", "levels": [{"type": "exact"}]}`, okBlock), "not both"},
		{"duplicate comparison", base(ok+`,`+ok, okBlock), "declared twice"},
		{"bad key function", base(ok, `{"on": ["metaphone3(name)"]}`), "unknown function"},
		{"bad key count", base(ok, `{"on": ["first(name, x)"]}`), "whole number"},
		{"left right mismatch", base(ok, `{"left": ["a", "b"], "right": ["a"]}`), "same length"},
		{"two multi keys", base(ok, `{"on": ["tokens(a)", "tokens(b)"]}`), "multi-key"},
		{"bad prior", `{"link_type": "dedupe", "prior": 1, "comparisons": [` + ok + `], "blocking": [` + okBlock + `]}`, "prior"},
		{"bad normaliser", `{"link_type": "dedupe", "fields": [{"name": "name", "normalise": "nope"}], "comparisons": [` + ok + `], "blocking": [` + okBlock + `]}`, "unknown normaliser"},
		{"trailing data", base(ok, okBlock) + "{}", "after the model"},
		{"deterministic without recall", `{"link_type": "dedupe", "comparisons": [` + ok + `], "blocking": [` + okBlock + `], "training": {"prior_method": "deterministic"}}`, "recall"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ReadModel(strings.NewReader(tc.js))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want one containing %q", err, tc.want)
			}
		})
	}
}

func TestCheckTrained(t *testing.T) {
	m := modelOf(t, `{"link_type": "dedupe", "comparisons": [{"field": "a", "template": "exact"}], "blocking": [{"on": ["a"]}]}`)
	if err := m.CheckTrained(); err == nil {
		t.Fatal("untrained model passed CheckTrained")
	}
	m.Prior = 0.01
	m.Comparisons[0].Levels[1].M, m.Comparisons[0].Levels[1].U = 0.9, 0.1
	if err := m.CheckTrained(); err == nil || !strings.Contains(err.Error(), "else") {
		t.Fatalf("half-trained model: %v", err)
	}
	m.Comparisons[0].Levels[2].M, m.Comparisons[0].Levels[2].U = 0.1, 0.9
	if err := m.CheckTrained(); err != nil {
		t.Fatal(err)
	}
}

// FuzzReadModel checks that any input either fails to decode or gives a
// model that survives a write and a read unchanged.
func FuzzReadModel(f *testing.F) {
	for _, s := range []string{
		`{"link_type": "dedupe", "comparisons": [{"field": "a", "template": "name"}], "blocking": [{"on": ["soundex(a)"]}]}`,
		`{"link_type": "link", "prior": 0.001, "comparisons": [{"field": "a", "levels": [{"type": "exact", "m": 0.9, "u": 0.01, "tf": {"weight": 1, "min_u": 0.001}}, {"type": "else", "m": 0.1, "u": 0.99}]}], "blocking": [{"left": ["a", "b"], "right": ["b", "a"]}]}`,
		`{"link_type": "dedupe", "fields": [{"name": "n", "columns": ["x", "y"], "normalise": "lower"}], "comparisons": [{"field": "n", "template": "qgram_jaccard"}], "blocking": [{"on": ["rare_tokens(n, 2)"]}], "training": {"em_blocking": [{"on": ["first(n, 3)"]}]}}`,
		`{}`, `[]`, `null`, `{"comparisons": null}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := ReadModel(bytes.NewReader(b))
		if err != nil {
			return
		}
		var buf bytes.Buffer
		if err := WriteModel(&buf, m); err != nil {
			t.Fatal(err)
		}
		m2, err := ReadModel(bytes.NewReader(buf.Bytes()))
		if err != nil {
			t.Fatalf("reread: %v\n%s", err, buf.String())
		}
		if diff := modelDiff(m, m2); diff != "" {
			t.Fatalf("round trip changed the model:\n%s", diff)
		}
	})
}
