package norm

import (
	"slices"
	"testing"
)

func TestBusinessName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"...", ""},
		{"The Acme Co., Inc.", "acme"},
		{"ACME CORPORATION", "acme"},
		{"Acme, L.L.C.", "acme"},
		{"Acme LLC", "acme"},
		{"Acme Holdings Limited Liability Company", "acme holdings"},
		{"Smith & Sons, Inc.", "smith and sons"},
		{"Smith and Sons Inc", "smith and sons"},
		{"Johnson + Johnson", "johnson and johnson"},
		{"Acme Company, The", "acme"},
		{"Wells Fargo Bank, N.A.", "wells fargo bank"},
		{"Baker Botts L.L.P.", "baker botts"},
		{"Smith Jones P.C.", "smith jones"},
		{"Dewey & Co. and Co.", "dewey"},
		{"Siemens AG", "siemens"},
		{"Société Générale S.A.", "societe generale"},
		{"Company", "company"}, // never emptied
		{"The Company", "company"},
		{"Acme Inc d/b/a Widget World", "acme"},
		{"Acme Inc c/o John Smith", "acme"},
		{"Ta Construction LLC", "ta construction"},
		{"U.S. Steel Corp", "us steel"},
		{"3M Co", "3m"},
		{"AT&T Inc.", "at and t"},
		{"Co-operative Bank", "co operative bank"},
	}
	for _, tt := range tests {
		if got := BusinessName(tt.in); got != tt.want {
			t.Errorf("BusinessName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestBusinessNames(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Acme Inc DBA Widget World", []string{"acme", "widget world"}},
		{"Acme Inc. d/b/a Widget World LLC", []string{"acme", "widget world"}},
		{"ACME INC D.B.A. WIDGETS", []string{"acme", "widgets"}},
		{"Acme Inc doing business as Widget World and Gadget Town", []string{"acme", "widget world and gadget town"}},
		{"Acme Corp t/a Widgets, a/k/a Gadgets Inc, f/k/a Old Acme", []string{"acme", "widgets", "gadgets", "old acme"}},
		{"DBA Widget World", []string{"widget world"}},
		{"Acme Inc dba", []string{"acme"}},
		{"", nil},
		{"d/b/a", nil},
	}
	for _, tt := range tests {
		if got := BusinessNames(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("BusinessNames(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzBusinessName(f *testing.F) {
	for _, s := range []string{"The Acme Co., Inc.", "a.b.c", "Acme dba the co", "", "&&", "t/a c/o"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkText(t, "BusinessName", BusinessName, s)
		for _, n := range BusinessNames(s) {
			if n == "" {
				t.Fatalf("BusinessNames(%q) has an empty name", s)
			}
		}
	})
}
