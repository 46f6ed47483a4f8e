package spend

import (
	"errors"
	"strconv"
	"strings"
	"testing"
)

func TestParseMoney(t *testing.T) {
	tests := []struct {
		in   string
		want Money
		err  error
	}{
		{"0", 0, nil},
		{"0.0", 0, nil},
		{"21382.0", 2138200, nil},
		{"237518.75", 23751875, nil},
		{"-335885.12", -33588512, nil},
		{"8000000000.0", 800000000000, nil},
		{"1,234.56", 123456, nil},
		{"$1,234.56", 123456, nil},
		{"-$20", -2000, nil},
		{" 410400 ", 41040000, nil},
		{"21382.000", 2138200, nil},
		{"007", 700, nil},
		{"1674009.6", 167400960, nil},
		{"", 0, ErrMoneyEmpty},
		{"   ", 0, ErrMoneyEmpty},
		{"abc", 0, ErrMoneySyntax},
		{"1.", 0, ErrMoneySyntax},
		{".5", 0, ErrMoneySyntax},
		{"1e6", 0, ErrMoneySyntax},
		{"NaN", 0, ErrMoneySyntax},
		{"1,23", 0, ErrMoneySyntax},
		{"1234,567", 0, ErrMoneySyntax},
		{",123", 0, ErrMoneySyntax},
		{"--5", 0, ErrMoneySyntax},
		{"+5", 0, ErrMoneySyntax},
		{"$-5", 0, ErrMoneySyntax},
		{"(5)", 0, ErrMoneySyntax},
		{"1.234", 0, ErrMoneyPrecision},
		{"1.2345", 0, ErrMoneyPrecision},
		{"9999999999999999", 0, ErrMoneyRange},
		{"90000000000000.01", 0, ErrMoneyRange},
		{"90000000000000", 9000000000000000, nil},
		{"-90000000000000", -9000000000000000, nil},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseMoney(tt.in)
			if !errors.Is(err, tt.err) {
				t.Fatalf("ParseMoney(%q) err = %v, want %v", tt.in, err, tt.err)
			}
			if err == nil && got != tt.want {
				t.Fatalf("ParseMoney(%q) = %d, want %d", tt.in, got, tt.want)
			}
		})
	}
}

func TestMoneyFormat(t *testing.T) {
	tests := []struct {
		m              Money
		str, dol, shrt string
	}{
		{0, "$0.00", "0.00", "$0"},
		{5, "$0.05", "0.05", "$0"},
		{123456, "$1,234.56", "1234.56", "$1.2K"},
		{-800000000000, "-$8,000,000,000.00", "-8000000000.00", "-$8.0B"},
		{41240000000, "$412,400,000.00", "412400000.00", "$412.4M"},
		{95000, "$950.00", "950.00", "$950"},
	}
	for _, tt := range tests {
		if got := tt.m.String(); got != tt.str {
			t.Errorf("Money(%d).String() = %q, want %q", tt.m, got, tt.str)
		}
		if got := tt.m.Dollars(); got != tt.dol {
			t.Errorf("Money(%d).Dollars() = %q, want %q", tt.m, got, tt.dol)
		}
		if got := tt.m.Short(); got != tt.shrt {
			t.Errorf("Money(%d).Short() = %q, want %q", tt.m, got, tt.shrt)
		}
	}
}

// FuzzParseMoney checks that ParseMoney never panics, that what it accepts
// round-trips through Dollars, and that accepted amounts agree with an
// independent reading through strconv for plain decimals.
func FuzzParseMoney(f *testing.F) {
	for _, s := range []string{"0", "21382.0", "-335885.12", "$1,234.56", "1.234", "1e6", "", "9,999,999.99", "-0.5", "123456789012345.99", "1234567890123456", "-", "1.", "007.10"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if fast, ok := parsePlainMoney(s); ok {
			if slow, err := parseMoney(s); err != nil || slow != fast {
				t.Fatalf("%q: fast path %d, full grammar %d, %v", s, fast, slow, err)
			}
		}
		m, err := ParseMoney(s)
		if err != nil {
			return
		}
		if m > MaxMoney || m < -MaxMoney {
			t.Fatalf("ParseMoney(%q) = %d, beyond MaxMoney", s, m)
		}
		back, err := ParseMoney(m.Dollars())
		if err != nil || back != m {
			t.Fatalf("round trip of %q: %q -> %d, %v", s, m.Dollars(), back, err)
		}
		plain := strings.NewReplacer(",", "", "$", "", " ", "", "\t", "", "\n", "", "\r", "", "\v", "", "\f", "").Replace(s)
		if i, err := strconv.ParseInt(plain, 10, 64); err == nil && int64(m) != i*100 {
			t.Fatalf("ParseMoney(%q) = %d, strconv says %d dollars", s, m, i)
		}
	})
}
