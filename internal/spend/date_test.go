package spend

import (
	"errors"
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	ref := NewDate(2025, time.February, 18)
	tests := []struct {
		in   string
		ref  Date
		want Date
		err  error
	}{
		{"2/5/2025", ref, NewDate(2025, 2, 5), nil},
		{"02/05/2025", ref, NewDate(2025, 2, 5), nil},
		{"12/31/2024", ref, NewDate(2024, 12, 31), nil},
		{"2025-02-05", ref, NewDate(2025, 2, 5), nil},
		{"2025-03-11-0948", ref, NewDate(2025, 3, 11), nil},
		{" 1/28/2025 ", ref, NewDate(2025, 1, 28), nil},
		{"2/29/2024", ref, NewDate(2024, 2, 29), nil},
		{"1/22/25", ref, NewDate(2025, 1, 22), nil},
		{"1/22/45", ref, NewDate(1945, 1, 22), nil},
		{"1/22/44", ref, NewDate(2044, 1, 22), nil},
		{"1/22/25", Date{}, Date{}, ErrDateAmbiguous},
		{"2/29/2025", ref, Date{}, ErrDateImpossible},
		{"2/30/2025", ref, Date{}, ErrDateImpossible},
		{"13/1/2025", ref, Date{}, ErrDateImpossible},
		{"0/1/2025", ref, Date{}, ErrDateImpossible},
		{"4/31/2025", ref, Date{}, ErrDateImpossible},
		{"2025-02-30", ref, Date{}, ErrDateImpossible},
		{"1/1/1850", ref, Date{}, ErrDateRange},
		{"0001-01-01", ref, Date{}, ErrDateRange},
		{"", ref, Date{}, ErrDateEmpty},
		{"Termination in progress", ref, Date{}, ErrDateSyntax},
		{"2025/02/05", ref, Date{}, ErrDateSyntax},
		{"1/2/3/4", ref, Date{}, ErrDateSyntax},
		{"1/22/202", ref, Date{}, ErrDateSyntax},
		{"2025-02-05T10:00", ref, Date{}, ErrDateSyntax},
		{"2025-02-05-2460", ref, Date{}, ErrDateSyntax},
		{"+1/2/2025", ref, Date{}, ErrDateSyntax},
		{"2025-2-5", ref, Date{}, ErrDateSyntax},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseDate(tt.in, tt.ref)
			if !errors.Is(err, tt.err) {
				t.Fatalf("ParseDate(%q) err = %v, want %v", tt.in, err, tt.err)
			}
			if got != tt.want {
				t.Fatalf("ParseDate(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestDateCompare(t *testing.T) {
	a, b := NewDate(2024, 3, 29), NewDate(2025, 2, 4)
	if !a.Before(b) || b.Before(a) || !b.After(a) || a.Compare(a) != 0 {
		t.Fatal("date ordering is wrong")
	}
	if got := a.DaysUntil(b); got != 312 {
		t.Fatalf("DaysUntil = %d, want 312", got)
	}
	if (Date{}).String() != "" || a.String() != "2024-03-29" {
		t.Fatal("String is wrong")
	}
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2/5/2025", "2025-02-05", "1/22/25", "2025-03-11-0948", "2/30/2025", "x"} {
		f.Add(s)
	}
	ref := NewDate(2025, 2, 18)
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s, ref)
		if err != nil {
			if !d.IsZero() {
				t.Fatalf("error with a date: %q -> %v", s, d)
			}
			return
		}
		// An accepted date exists in the calendar and survives a round trip.
		if d.Time().Year() != d.Y || d.Time().Month() != d.M || d.Time().Day() != d.D {
			t.Fatalf("ParseDate(%q) = %v, which does not exist", s, d)
		}
		back, err := ParseDate(d.String(), Date{})
		if err != nil || back != d {
			t.Fatalf("round trip of %q via %q: %v, %v", s, d.String(), back, err)
		}
	})
}

func TestDateFromDays(t *testing.T) {
	for n := int64(-800000); n <= 800000; n += 37 {
		want := DateOf(time.Unix(n*86400, 0).UTC())
		if got := DateFromDays(n); got != want {
			t.Fatalf("DateFromDays(%d) = %v, want %v", n, got, want)
		}
		if got := want.Days(); got != n {
			t.Fatalf("%v.Days() = %d, want %d", want, got, n)
		}
	}
}

// TestDaysIn checks the month lengths against the time package.
func TestDaysIn(t *testing.T) {
	for y := 1900; y <= 2100; y++ {
		for m := time.January; m <= time.December; m++ {
			if got, want := daysIn(m, y), time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day(); got != want {
				t.Fatalf("daysIn(%v, %d) = %d, want %d", m, y, got, want)
			}
		}
	}
}
