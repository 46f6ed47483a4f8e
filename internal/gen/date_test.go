package gen

import (
	"math/rand/v2"
	"testing"
	"time"
)

func TestSwapDayMonth(t *testing.T) {
	for _, tc := range []struct {
		in   Date
		want Date
		ok   bool
	}{
		{Date{1970, 3, 7}, Date{1970, 7, 3}, true},
		{Date{1970, 12, 1}, Date{1970, 1, 12}, true},
		{Date{1970, 3, 13}, Date{1970, 3, 13}, false}, // day 13 is no month
		{Date{1970, 5, 5}, Date{1970, 5, 5}, false},   // no change
		{Date{2000, 2, 12}, Date{2000, 12, 2}, true},
	} {
		got, ok := swapDayMonth(tc.in)
		if got != tc.want || ok != tc.ok {
			t.Errorf("swapDayMonth(%v) = %v, %v; want %v, %v", tc.in, got, ok, tc.want, tc.ok)
		}
		if !got.Valid() {
			t.Errorf("swapDayMonth(%v) = %v: not a date", tc.in, got)
		}
	}
}

func TestShiftYear(t *testing.T) {
	for _, tc := range []struct {
		in    Date
		delta int
		want  Date
	}{
		{Date{1970, 3, 7}, 1, Date{1971, 3, 7}},
		{Date{1970, 3, 7}, -1, Date{1969, 3, 7}},
		{Date{2000, 2, 29}, 1, Date{2001, 2, 28}},
		{Date{2000, 2, 29}, -1, Date{1999, 2, 28}},
		{Date{1999, 2, 28}, 1, Date{2000, 2, 28}},
	} {
		if got := shiftYear(tc.in, tc.delta); got != tc.want {
			t.Errorf("shiftYear(%v, %d) = %v, want %v", tc.in, tc.delta, got, tc.want)
		}
	}
}

func TestRandomDOB(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	feb29 := 0
	for range 100_000 {
		d := randomDOB(r)
		if !d.Valid() || d.Year < birthFrom || d.Year > birthTo {
			t.Fatalf("randomDOB gave %v", d)
		}
		if d.Month == 2 && d.Day == 29 {
			feb29++
		}
	}
	if feb29 == 0 {
		t.Error("29 February never drawn")
	}
}

func TestAppendDate(t *testing.T) {
	d := Date{1947, 4, 2}
	if got := string(appendDate(nil, d, ISODate)); got != "1947-04-02" {
		t.Errorf("iso: %q", got)
	}
	if got := string(appendDate(nil, d, USDate)); got != "04/02/1947" {
		t.Errorf("us: %q", got)
	}
	// Cross-check with the time package over many dates.
	r := rand.New(rand.NewPCG(3, 3))
	for range 1000 {
		d := randomDOB(r)
		tm := time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
		if got, want := string(appendDate(nil, d, ISODate)), tm.Format("2006-01-02"); got != want {
			t.Fatalf("%v: %q, want %q", d, got, want)
		}
		if got, want := string(appendDate(nil, d, USDate)), tm.Format("01/02/2006"); got != want {
			t.Fatalf("%v: %q, want %q", d, got, want)
		}
	}
	for _, bad := range []string{"", "ymd", "ISO8601"} {
		if _, err := ParseDateFormat(bad); err == nil {
			t.Errorf("ParseDateFormat(%q): no error", bad)
		}
	}
}
