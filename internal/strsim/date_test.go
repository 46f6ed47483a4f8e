package strsim

import (
	"math/rand/v2"
	"testing"
	"time"
)

func TestDayNumber(t *testing.T) {
	tests := []struct{ y, m, d, want int }{
		{1970, 1, 1, 0},
		{1969, 12, 31, -1},
		{2000, 3, 1, 11017},
		{2000, 2, 29, 11016},
		{1900, 3, 1, -25508}, // 1900 is not a leap year
		{1, 1, 1, -719162},
		{2024, 13, 1, 20089}, // = 2025-01-01
		{2025, 1, 0, 20088},  // = 2024-12-31
		{2024, 0, 15, 19706}, // = 2023-12-15
	}
	for _, tt := range tests {
		if got := DayNumber(tt.y, tt.m, tt.d); got != tt.want {
			t.Errorf("DayNumber(%d, %d, %d) = %d, want %d", tt.y, tt.m, tt.d, got, tt.want)
		}
	}
}

// TestDayNumberAgainstTime compares with the time package, which normalises
// out-of-range months and days the same way.
func TestDayNumberAgainstTime(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 100000 {
		y, m, d := r.IntN(4000)-1000, r.IntN(30)-8, r.IntN(70)-10
		// Midnight UTC is a whole number of days from the epoch.
		want := int(time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Unix() / 86400)
		if got := DayNumber(y, m, d); got != want {
			t.Fatalf("DayNumber(%d, %d, %d) = %d, time package %d", y, m, d, got, want)
		}
	}
}

func TestDaysApart(t *testing.T) {
	tests := []struct {
		y1, m1, d1, y2, m2, d2, want int
	}{
		{2024, 2, 28, 2024, 3, 1, 2},
		{2023, 2, 28, 2023, 3, 1, 1},
		{2023, 3, 1, 2023, 2, 28, 1},
		{1950, 6, 15, 1950, 6, 15, 0},
		{1950, 6, 15, 1950, 15, 6, 264}, // month 15 is March 1951
		{1999, 12, 31, 2000, 1, 1, 1},
	}
	for _, tt := range tests {
		if got := DaysApart(tt.y1, tt.m1, tt.d1, tt.y2, tt.m2, tt.d2); got != tt.want {
			t.Errorf("DaysApart(%d-%d-%d, %d-%d-%d) = %d, want %d", tt.y1, tt.m1, tt.d1, tt.y2, tt.m2, tt.d2, got, tt.want)
		}
	}
}
