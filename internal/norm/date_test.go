package norm

import "testing"

func TestParseDOB(t *testing.T) {
	tests := []struct {
		in   string
		want PartialDate
		ok   bool
	}{
		{"19500315", PartialDate{1950, 3, 15}, true},
		{"1950-03-15", PartialDate{1950, 3, 15}, true},
		{"1950/03/15", PartialDate{1950, 3, 15}, true},
		{"3/15/1950", PartialDate{1950, 3, 15}, true},
		{"03/15/1950", PartialDate{1950, 3, 15}, true},
		{"03-15-1950", PartialDate{1950, 3, 15}, true},
		{"03151950", PartialDate{1950, 3, 15}, true}, // Death Master File
		{"00001950", PartialDate{1950, 0, 0}, true},
		{"03001950", PartialDate{1950, 3, 0}, true},
		{"19500000", PartialDate{1950, 0, 0}, true},
		{"1950-03-00", PartialDate{1950, 3, 0}, true},
		{"1950-03", PartialDate{1950, 3, 0}, true},
		{"1950", PartialDate{1950, 0, 0}, true},
		{"0/0/1950", PartialDate{1950, 0, 0}, true},
		{"20000229", PartialDate{2000, 2, 29}, true},
		{"19000229", PartialDate{}, false}, // 1900 is not a leap year
		{"02291900", PartialDate{}, false},
		{"19501315", PartialDate{}, false},
		{"19500431", PartialDate{}, false},
		{"13151950", PartialDate{}, false},
		{"3/15/50", PartialDate{}, false}, // two-digit year
		{"1750-01-01", PartialDate{}, false},
		{"15/03/1950", PartialDate{}, false}, // day first is not read
		{"1950-3-15", PartialDate{1950, 3, 15}, true},
		{" 1950-03-15 ", PartialDate{1950, 3, 15}, true},
		{"1950-03-15T00:00", PartialDate{}, false},
		{"", PartialDate{}, false},
		{"--", PartialDate{}, false},
		{"1950-00-15", PartialDate{1950, 0, 15}, true},
		{"1950-00-32", PartialDate{}, false},
	}
	for _, tt := range tests {
		got, ok := ParseDOB(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("ParseDOB(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestTransposed(t *testing.T) {
	tests := []struct {
		in, want PartialDate
		ok       bool
	}{
		{PartialDate{1950, 3, 12}, PartialDate{1950, 12, 3}, true},
		{PartialDate{1950, 12, 3}, PartialDate{1950, 3, 12}, true},
		{PartialDate{1950, 3, 13}, PartialDate{1950, 3, 13}, false},
		{PartialDate{1950, 3, 3}, PartialDate{1950, 3, 3}, false},
		{PartialDate{1950, 0, 5}, PartialDate{1950, 0, 5}, false},
		{PartialDate{1950, 5, 0}, PartialDate{1950, 5, 0}, false},
		{PartialDate{2001, 2, 10}, PartialDate{2001, 10, 2}, true},
	}
	for _, tt := range tests {
		got, ok := tt.in.Transposed()
		if got != tt.want || ok != tt.ok {
			t.Errorf("%v.Transposed() = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestPartialDateString(t *testing.T) {
	for _, tt := range []struct {
		d    PartialDate
		want string
	}{
		{PartialDate{1950, 3, 15}, "1950-03-15"}, {PartialDate{1950, 0, 0}, "1950-00-00"}, {PartialDate{}, ""},
	} {
		if got := tt.d.String(); got != tt.want {
			t.Errorf("%#v.String() = %q, want %q", tt.d, got, tt.want)
		}
	}
}

func FuzzParseDOB(f *testing.F) {
	for _, s := range []string{"19500315", "3/15/1950", "00001950", "1950-03", "", "9999"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, ok := ParseDOB(s)
		if !ok {
			if d != (PartialDate{}) {
				t.Fatalf("ParseDOB(%q) = %v with ok false", s, d)
			}
			return
		}
		// The canonical form parses back to the same date.
		if d2, ok2 := ParseDOB(d.String()); !ok2 || d2 != d {
			t.Fatalf("ParseDOB(%q) = %v, but ParseDOB(%q) = %v, %v", s, d, d.String(), d2, ok2)
		}
		if tr, ok := d.Transposed(); ok {
			if back, ok := tr.Transposed(); !ok || back != d {
				t.Fatalf("%v.Transposed() = %v, and back gives %v, %v", d, tr, back, ok)
			}
		}
	})
}
