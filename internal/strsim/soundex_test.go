package strsim

import (
	"strings"
	"testing"
)

func TestSoundex(t *testing.T) {
	tests := []struct{ in, want string }{
		// US National Archives examples.
		{"Robert", "R163"},
		{"Rupert", "R163"},
		{"Rubin", "R150"},
		{"Ashcraft", "A261"}, // H/W rule
		{"Ashcroft", "A261"},
		{"Tymczak", "T522"},  // vowel separates, adjacent same code once
		{"Pfister", "P236"},  // same code as the first letter
		{"Honeyman", "H555"}, // Y separates
		{"Jackson", "J250"},
		{"Washington", "W252"},
		{"Lee", "L000"},
		{"Gutierrez", "G362"},
		{"Lloyd", "L300"},
		{"Burroughs", "B620"},
		// Case, punctuation and folding.
		{"O'Hara", "O600"},
		{"o'hara", "O600"},
		{"  smith-jones ", "S532"},
		{"José", "J200"},
		{"Ærøskøbing", "A621"},
		{"Müller", "M460"},
		{"Łukasz", "L220"},
		// No letters.
		{"", ""},
		{"123", ""},
		{"漢字", ""},
		{"A", "A000"},
		{strings.Repeat("Abcdefghijklmnopqrstuvwxyz", 10), "A123"},
	}
	for _, tt := range tests {
		if got := Soundex(tt.in); got != tt.want {
			t.Errorf("Soundex(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzSoundex(f *testing.F) {
	for _, s := range []string{"Robert", "", "José", "Ashcraft"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c := Soundex(s)
		if c == "" {
			if len(appendLetters(nil, s)) != 0 {
				t.Fatalf("Soundex(%q) empty for a string with letters", s)
			}
			return
		}
		if len(c) != 4 || c[0] < 'A' || c[0] > 'Z' || strings.Trim(c[1:], "0123456") != "" {
			t.Fatalf("Soundex(%q) = %q, not a letter and three digits", s, c)
		}
		if Soundex(strings.ToLower(s)) != c && strings.ToUpper(s) == strings.ToUpper(strings.ToLower(s)) {
			t.Fatalf("Soundex(%q) depends on case", s)
		}
	})
}
