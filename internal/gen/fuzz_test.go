package gen

import (
	"math/rand/v2"
	"strings"
	"testing"
)

func FuzzParsePhoneticRule(f *testing.F) {
	for _, s := range strings.Split(func() string { s, _ := readData("lib_phonetic_rules.txt"); return s }(), "\n")[:40] {
		f.Add(s, "bacharach")
	}
	f.Add("MIDDLE, gh, @, y;-2;b;h;d, None, None, None", "hughes")
	f.Add("END, l, le, y;-16;ai, n;16;x, y;a, n;b", "l")
	f.Fuzz(func(t *testing.T, line, word string) {
		r, err := parsePhoneticRule(line)
		if err != nil {
			return
		}
		for i := range len(word) {
			if strings.HasPrefix(word[i:], r.from) {
				r.matches(word, i) // must not panic
			}
		}
		out, ok := applyPhonetic(rand.New(rand.NewPCG(1, 2)), []phoneticRule{r}, word)
		if ok && (out == word || out == "") {
			t.Fatalf("applied but %q → %q", word, out)
		}
		if !ok && out != word {
			t.Fatalf("not applied but %q → %q", word, out)
		}
	})
}

func FuzzParseOCRRules(f *testing.F) {
	s, _ := readData("lib_ocr_rules.txt")
	f.Add(s, "SMITH 915-23-4567")
	f.Add("ALL, a, b\nALL, b, a", "abba")
	f.Add("ALL,,x", "")
	f.Fuzz(func(t *testing.T, rules, value string) {
		rs, err := parseOCRRules(rules)
		if err != nil {
			return
		}
		for _, r := range rs {
			if r.from == "" || r.to == "" {
				t.Fatalf("empty pattern in %+v", r)
			}
		}
		out, ok := applyOCR(rand.New(rand.NewPCG(1, 2)), rs, value)
		if !ok && out != value {
			t.Fatalf("not applied but %q → %q", value, out)
		}
	})
}

func FuzzParseMisspell(f *testing.F) {
	s, _ := readData("surname-misspell.tbl")
	f.Add(s)
	f.Add("a : b,\n c\n# x\nd:e")
	f.Fuzz(func(t *testing.T, s string) {
		m, err := parseMisspell(s)
		if err != nil {
			return
		}
		for k, vs := range m {
			if k == "" {
				t.Fatal("empty key")
			}
			for _, v := range vs {
				if v == "" || v == k {
					t.Fatalf("%q → %q", k, v)
				}
			}
		}
	})
}

// Operators never panic on arbitrary values and keep their contracts.
func FuzzOperators(f *testing.F) {
	f.Add("smith", uint64(1))
	f.Add("", uint64(2))
	f.Add("912-34-5678", uint64(3))
	f.Add("ÉLODIE", uint64(4))
	f.Fuzz(func(t *testing.T, s string, seed uint64) {
		r := rand.New(rand.NewPCG(seed, 0))
		if out, ok := applyTypo(r, s, false); ok && osa(s, out) != 1 {
			t.Fatalf("typo %q → %q", s, out)
		}
		if out, ok := applyTypo(r, s, true); ok && osa(s, out) != 1 {
			t.Fatalf("digit typo %q → %q", s, out)
		}
		applyPhonetic(r, data().phonetic, s)
		applyOCR(r, data().ocr, s)
		applyNickname(r, nil, s)
		var b []byte
		b = appendField(b, s, false)
		if strings.ContainsAny(s, ",\"\n\r") != (len(b) > 0 && b[0] == '"') {
			t.Fatalf("quoting of %q: %s", s, b)
		}
	})
}
