package spend

import (
	"testing"
	"time"
)

func TestParseField(t *testing.T) {
	ref := NewDate(2025, time.February, 18)
	tests := []struct {
		kind    FieldKind
		in      string
		want    Value
		wantErr bool
	}{
		{Text, "", Value{Null: true}, false},
		{Text, " a ", Value{Text: " a "}, false},
		{Ident, " 70CMSD22A00000008 ", Value{Text: "70CMSD22A00000008"}, false},
		{Ident, "  ", Value{Null: true}, false},
		{Amount, "", Value{Null: true}, false},
		{Amount, "21382.0", Value{Money: 2138200}, false},
		{Amount, "n/a", Value{}, true},
		{Day, "1/28/2025", Value{Date: NewDate(2025, 1, 28)}, false},
		{Day, "1/32/2025", Value{}, true},
		{DayOrNote, "Termination in progress", Value{Text: "Termination in progress"}, false},
		{DayOrNote, "2/5/2025", Value{Date: NewDate(2025, 2, 5)}, false},
		{DayOrNote, "2/45/2025", Value{}, true},
		{Count, "3,076", Value{Int: 3076}, false},
		{Count, "3.5", Value{}, true},
		{Count, "", Value{Null: true}, false},
	}
	for _, tt := range tests {
		got, err := ParseField(tt.kind, tt.in, ref)
		if (err != nil) != tt.wantErr {
			t.Errorf("ParseField(%s, %q) err = %v", tt.kind, tt.in, err)
			continue
		}
		if err == nil && got != tt.want {
			t.Errorf("ParseField(%s, %q) = %+v, want %+v", tt.kind, tt.in, got, tt.want)
		}
	}
}

func FuzzParseCount(f *testing.F) {
	for _, s := range []string{"3,076", "0", "-12", "1,2", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := ParseCount(s)
		if err != nil {
			return
		}
		// Counts and amounts share one digit grammar: every count that is
		// also in the money range reads as the same number of dollars.
		if m, err := ParseMoney(s); err == nil && int64(m) != n*100 {
			t.Fatalf("ParseCount(%q) = %d but ParseMoney says %d cents", s, n, m)
		} else if err != nil && err != ErrMoneyRange {
			t.Fatalf("ParseCount(%q) = %d but ParseMoney refuses it: %v", s, n, err)
		}
	})
}
