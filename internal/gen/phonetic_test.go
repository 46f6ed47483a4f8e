package gen

import (
	"math/rand/v2"
	"testing"
)

func TestParsePhoneticRules(t *testing.T) {
	rules := data().phonetic
	if len(rules) != 356 {
		t.Errorf("%d phonetic rules, want the 356 lines of lib_phonetic_rules.txt", len(rules))
	}
	for _, bad := range []string{
		"ALL, h, @, None, None, None",             // 6 fields
		"SOMEWHERE, h, @, None, None, None, None", // position
		"ALL, @, x, None, None, None, None",       // empty pattern
		"ALL, h, x, q;-1;a, None, None, None",     // check kind
		"ALL, h, x, y;x;a, None, None, None",      // offset
		"ALL, h, x, None, None, slavo, None",      // word condition
	} {
		if _, err := parsePhoneticRule(bad); err == nil {
			t.Errorf("parsePhoneticRule(%q): no error", bad)
		}
	}
}

func TestPhoneticRuleMatches(t *testing.T) {
	for _, tc := range []struct {
		rule string
		word string
		at   int
		want bool
	}{
		{"ALL, ph, f, None, None, None, None", "phillips", 0, true},
		{"START, ph, f, None, None, None, None", "ralph", 3, false},
		{"END, e, @, None, None, None, None", "clarke", 5, true},
		{"END, e, @, None, None, None, None", "ellis", 0, false},
		{"MIDDLE, gh, @, y;-2;b;h;d, None, None, None", "hughes", 2, true},   // h two before
		{"MIDDLE, gh, @, y;-2;b;h;d, None, None, None", "vaughan", 3, false}, // a two before
		{"MIDDLE, gh, @, y;-2;b;h;d, None, None, None", "hugh", 2, false},    // at the end
		{"MIDDLE, j, y, V, V, None, None", "maja", 2, true},
		{"MIDDLE, j, y, V, V, None, None", "benjamin", 3, false},   // n before: a consonant
		{"END, l, le, y;-1;ai, None, None, None", "mail", 3, true}, // "ai" ends just before
		{"END, l, le, y;-1;ai, None, None, None", "mill", 3, false},
		{"ALL, gh, f, y;-1;u|y;-3;c;g;l;r;t, None, None, None", "laugh", 3, true},
		{"ALL, gh, f, y;-1;u|y;-3;c;g;l;r;t, None, None, None", "hugh", 2, false}, // no c/g/l/r/t three before
		{"MIDDLE, ach, k, None, n;1;i;e, None, None", "bacharach", 1, true},
		{"MIDDLE, ach, k, None, n;1;i;e, None, None", "machine", 1, false}, // i after
		{"ALL, acci, aksi, None, n;1;hu, None, None", "bacci", 1, true},
		{"ALL, acci, aksi, None, n;1;hu, None, None", "bacciu", 1, true},   // "u" alone is not "hu"
		{"ALL, acci, aksi, None, n;1;hu, None, None", "baccihu", 1, false}, // followed by "hu"
		{"MIDDLE, ger, ker, n;-1;e;i, None, n;danger;ranger;manger, None", "bergeron", 3, true},
		{"MIDDLE, ger, ker, n;-1;e;i, None, n;danger;ranger;manger, None", "berger", 3, false}, // at the end
		{"MIDDLE, ger, ker, n;-1;e;i, None, n;danger;ranger;manger, None", "dangers", 3, false},
		{"MIDDLE, ge, ke, None, None, None, y;van;von;sch", "vangelder", 3, true},
		{"MIDDLE, ge, ke, None, None, None, y;van;von;sch", "angela", 2, false},
	} {
		r, err := parsePhoneticRule(tc.rule)
		if err != nil {
			t.Fatalf("%s: %v", tc.rule, err)
		}
		if got := r.matches(tc.word, tc.at); got != tc.want {
			t.Errorf("%q on %q at %d = %v, want %v", tc.rule, tc.word, tc.at, got, tc.want)
		}
	}
}

func TestApplyPhonetic(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	rules := data().phonetic
	for _, w := range []string{"smith", "johnson", "phillips", "mcdonald", "thompson", "catherine"} {
		got, ok := applyPhonetic(r, rules, w)
		if !ok || got == w || got == "" {
			t.Errorf("applyPhonetic(%q) = %q, %v", w, got, ok)
		}
	}
	one, _ := parsePhoneticRule("ALL, ph, f, None, None, None, None")
	if got, ok := applyPhonetic(r, []phoneticRule{one}, "ralph"); !ok || got != "ralf" {
		t.Errorf("ph → f on ralph = %q, %v", got, ok)
	}
	if got, ok := applyPhonetic(r, []phoneticRule{one}, "smith"); ok || got != "smith" {
		t.Errorf("no match on smith = %q, %v", got, ok)
	}
}
