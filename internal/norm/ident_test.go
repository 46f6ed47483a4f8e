package norm

import "testing"

func TestSSN(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"123-45-6789", "123456789", true},
		{"123456789", "123456789", true},
		{" 123 45 6789 ", "123456789", true},
		{"001-01-0001", "001010001", true},
		{"772-12-3456", "772123456", true}, // randomised areas above 772 are fine
		{"000-12-3456", "", false},
		{"666-12-3456", "", false},
		{"900-12-3456", "", false}, // ITIN range: see TIN
		{"999-99-9999", "", false},
		{"123-00-4567", "", false},
		{"123-45-0000", "", false},
		{"12345678", "", false}, // lost leading zero: not guessed
		{"1234567890", "", false},
		{"123-456-789", "", false},
		{"123-45 6789", "", false}, // mixed separators
		{"12-3456789", "", false},  // EIN form
		{"abc-de-fghi", "", false},
		{"", "", false},
		{"１２３-45-6789", "", false}, // fullwidth digits
	}
	for _, tt := range tests {
		got, ok := SSN(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("SSN(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestEINAndTIN(t *testing.T) {
	eins := []struct {
		in, want string
		ok       bool
	}{
		{"12-3456789", "123456789", true},
		{"123456789", "123456789", true},
		{"01-0000001", "010000001", true},
		{"07-1234567", "", false}, // prefix never assigned
		{"00-1234567", "", false},
		{"96-1234567", "", false},
		{"123-45-6789", "", false}, // SSN form
		{"12-345678", "", false},
	}
	for _, tt := range eins {
		got, ok := EIN(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("EIN(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
	tins := []struct {
		in, want string
		ok       bool
	}{
		{"123-45-6789", "123456789", true}, // SSN
		{"912-70-1234", "912701234", true}, // ITIN
		{"912-93-1234", "912931234", true}, // ATIN
		{"912-05-1234", "", false},         // IRSN range: not a TIN
		{"912-66-1234", "", false},
		{"12-3456789", "123456789", true}, // EIN
		{"07-3456789", "", false},
		{"000456789", "", false},         // neither an SSN (area 000) nor an EIN (prefix 00)
		{"074567890", "074567890", true}, // an SSN, though its EIN prefix 07 is unassigned
		{"900001234", "900001234", true}, // not an SSN or ITIN (group 00) but an EIN (prefix 90)
		{"666-12-3456", "", false},
	}
	for _, tt := range tins {
		got, ok := TIN(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("TIN(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestUEICAGEDUNS(t *testing.T) {
	ueis := []struct {
		in, want string
		ok       bool
	}{
		// Examples of real UEIs from org-id.guide's US-SAM list.
		{"YNDUZMUZF8H8", "YNDUZMUZF8H8", true},
		{"T53MCMLTWK59", "T53MCMLTWK59", true},
		{"uydjj1s8dr85", "UYDJJ1S8DR85", true},
		{" UYDJJ1S8DR85 ", "UYDJJ1S8DR85", true},
		{"0YDJJ1S8DR85", "", false}, // leading zero
		{"OYDJJ1S8DR85", "", false}, // letter O
		{"IYDJJ1S8DR85", "", false}, // letter I
		{"A123456789BC", "", false}, // nine digits in a row
		{"A12345678BCD", "A12345678BCD", true},
		{"UYDJJ1S8DR8", "", false},
		{"UYDJJ-1S8DR8", "", false},
		{"", "", false},
	}
	for _, tt := range ueis {
		got, ok := UEI(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("UEI(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
	cages := []struct {
		in, want string
		ok       bool
	}{
		{"1abc2", "1ABC2", true}, {"0ZX49", "0ZX49", true}, {"1234", "", false},
		{"123456", "", false}, {"12-34", "", false}, {"", "", false},
	}
	for _, tt := range cages {
		got, ok := CAGE(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("CAGE(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
	dunses := []struct {
		in, want string
		ok       bool
	}{
		{"123456789", "123456789", true}, {"12-345-6789", "123456789", true},
		{"1234567890000", "123456789", true}, {"123456789-0000", "123456789", true},
		{"12345678", "", false}, {"12345678a", "", false}, {"", "", false},
	}
	for _, tt := range dunses {
		got, ok := DUNS(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("DUNS(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestZIP(t *testing.T) {
	tests := []struct {
		in, zip5, plus4 string
		ok              bool
	}{
		{"12345", "12345", "", true},
		{"12345-6789", "12345", "6789", true},
		{"12345 6789", "12345", "6789", true},
		{"123456789", "12345", "6789", true},
		{"2134", "02134", "", true}, // leading zero lost
		{"2134-1234", "02134", "1234", true},
		{"21341234", "02134", "1234", true},
		{" 02134 ", "02134", "", true},
		{"00000", "", "", false},
		{"123", "", "", false},
		{"1234567", "", "", false},
		{"12345-67", "", "", false},
		{"ABCDE", "", "", false},
		{"", "", "", false},
	}
	for _, tt := range tests {
		z, p, ok := ZIP(tt.in)
		if z != tt.zip5 || p != tt.plus4 || ok != tt.ok {
			t.Errorf("ZIP(%q) = %q, %q, %v; want %q, %q, %v", tt.in, z, p, ok, tt.zip5, tt.plus4, tt.ok)
		}
	}
}

// FuzzIdentifiers checks that no parser panics, that accepted values have
// their documented shape, and that parsing the output gives it back.
func FuzzIdentifiers(f *testing.F) {
	for _, s := range []string{"123-45-6789", "12-3456789", "UYDJJ1S8DR85", "1ABC2", "12345-6789", "", "-"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for name, p := range map[string]func(string) (string, bool){
			"SSN": SSN, "EIN": EIN, "TIN": TIN, "UEI": UEI, "CAGE": CAGE, "DUNS": DUNS,
		} {
			v, ok := p(s)
			if !ok {
				if v != "" {
					t.Fatalf("%s(%q) = %q with ok false", name, s, v)
				}
				continue
			}
			if again, ok2 := p(v); !ok2 || again != v {
				t.Fatalf("%s(%q) = %q, but %s(%q) = %q, %v", name, s, v, name, v, again, ok2)
			}
		}
		if z, p, ok := ZIP(s); ok {
			if len(z) != 5 || !allDigits(z) || p != "" && (len(p) != 4 || !allDigits(p)) {
				t.Fatalf("ZIP(%q) = %q, %q", s, z, p)
			}
			if z2, p2, ok2 := ZIP(z + p); !ok2 || z2 != z || p2 != p {
				t.Fatalf("ZIP(%q) = %q %q, but ZIP(%q) = %q %q %v", s, z, p, z+p, z2, p2, ok2)
			}
		}
	})
}
