package norm

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"   ", ""},
		{"smith", "smith"},
		{"  John   SMITH\t", "john smith"},
		{"José Ñúñez", "jose nunez"},
		{"MÜLLER", "muller"},
		{"Straße", "strasse"},
		{"ẞ", "ss"}, // capital sharp s
		{"Ærøskøbing", "aeroskobing"},
		{"Łódź", "lodz"},
		{"Þór", "thor"},
		{"Đặng Thị Ngọc", "dang thi ngoc"},
		{"ﬁnance", "finance"},            // ligature, NFKD
		{"Ｊｏｈｎ", "john"},                 // fullwidth, NFKD
		{"İstanbul", "istanbul"},         // dotted capital I
		{"zero\u200bwidth", "zerowidth"}, // format character dropped
		{"a\u00a0b", "a b"},              // no-break space
		{"line\nbreak\r\n", "line break"},
		{"O'Brien-Smith, Jr.", "o'brien-smith, jr."}, // punctuation kept
		{"漢字 テスト", "漢字 テスト"},
		{"ΑΘΗΝΑ", "αθηνα"},
		{"\xff\xfe", "\ufffd\ufffd"},
	}
	for _, tt := range tests {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// checkText checks the contract every text normaliser keeps: valid UTF-8,
// no leading, trailing or double space, and idempotence.
func checkText(t *testing.T, name string, f func(string) string, in string) {
	t.Helper()
	out := f(in)
	if !utf8.ValidString(out) {
		t.Fatalf("%s(%q) = %q, not valid UTF-8", name, in, out)
	}
	if strings.TrimSpace(out) != out || strings.Contains(out, "  ") {
		t.Fatalf("%s(%q) = %q, bad spacing", name, in, out)
	}
	if again := f(out); again != out {
		t.Fatalf("%s not idempotent: %q → %q → %q", name, in, out, again)
	}
}

func FuzzFold(f *testing.F) {
	for _, s := range []string{"José Ñúñez", "  a  b ", "ﬁ", "ẞ", "\u200b", "İ", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkText(t, "Fold", Fold, s)
		if strings.ContainsAny(Fold(s), "ABCDEFGHIJKLMNOPQRSTUVWXYZ") {
			t.Fatalf("Fold(%q) = %q has upper-case ASCII", s, Fold(s))
		}
	})
}
