package gen

import "testing"

func TestAppendField(t *testing.T) {
	for _, tc := range []struct {
		in       string
		verbatim bool
		want     string
	}{
		{"smith", false, "SMITH"},
		{"o'brien", false, "O'BRIEN"},
		{"SMlTH", true, "SMlTH"},
		{"a,b", false, `"A,B"`},
		{`say "hi"`, false, `"SAY ""HI"""`},
		{`9"2`, true, `"9""2"`},
		{"", false, ""},
		{"# 12", false, "# 12"},
	} {
		if got := string(appendField(nil, tc.in, tc.verbatim)); got != tc.want {
			t.Errorf("appendField(%q, %v) = %s, want %s", tc.in, tc.verbatim, got, tc.want)
		}
	}
}

func TestAppendID(t *testing.T) {
	for _, tc := range []struct {
		n     uint64
		width int
		want  string
	}{
		{0, 1, "A0"},
		{7, 3, "A007"},
		{123, 3, "A123"},
		{1234, 3, "A1234"},
		{0, 7, "A0000000"},
	} {
		if got := string(appendID(nil, 'A', tc.n, tc.width)); got != tc.want {
			t.Errorf("appendID(%d, %d) = %s, want %s", tc.n, tc.width, got, tc.want)
		}
	}
	for n, want := range map[uint64]int{1: 1, 2: 1, 10: 1, 11: 2, 100: 2, 101: 3, 1_000_000: 6, 1_000_001: 7} {
		if got := idWidth(n); got != want {
			t.Errorf("idWidth(%d) = %d, want %d", n, got, want)
		}
	}
}
