package gen

import (
	"strings"
	"testing"
)

func TestParseRates(t *testing.T) {
	def := DefaultRates()
	zero := Rates{}
	only := func(k Kind, p float64) Rates { var r Rates; r[k] = p; return r }
	with := func(k Kind, p float64) Rates { r := def; r[k] = p; return r }
	for _, tc := range []struct {
		in   string
		want Rates
		err  string
	}{
		{"", def, ""},
		{"  ", def, ""},
		{"typo=0.5", with(Typo, 0.5), ""},
		{" typo = 0.5 ", with(Typo, 0.5), ""},
		{"all=0", zero, ""},
		{"all=0,typo=0.5", only(Typo, 0.5), ""},
		{"typo=0.5,all=0", zero, ""},
		{"missing=1", with(Missing, 1), ""},
		{"dob_swap=0,dob_year=1e-1", func() Rates { r := with(DOBSwap, 0); r[DOBYear] = 0.1; return r }(), ""},
		{"typo", def, "want KIND=P"},
		{"typo=", def, "want KIND=P"},
		{"=0.5", def, "want KIND=P"},
		{"typo=0.5,", def, "want KIND=P"},
		{"typo=1.5", def, "not a probability"},
		{"typo=-0.1", def, "not a probability"},
		{"typo=NaN", def, "not a probability"},
		{"typo=x", def, "not a probability"},
		{"typos=0.1", def, "unknown corruption kind"},
	} {
		got, err := ParseRates(tc.in, def)
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("ParseRates(%q) error %v, want %q", tc.in, err, tc.err)
			}
			if got != def {
				t.Errorf("ParseRates(%q) failed but changed the rates", tc.in)
			}
			continue
		}
		if err != nil || got != tc.want {
			t.Errorf("ParseRates(%q) = %v, %v; want %v", tc.in, got, err, tc.want)
		}
	}
}

func TestRatesStringRoundTrip(t *testing.T) {
	r := DefaultRates()
	r[OCR] = 0.123456789
	got, err := ParseRates(r.String(), Rates{})
	if err != nil || got != r {
		t.Errorf("round trip of %s = %v, %v", r, got, err)
	}
}

func FuzzParseRates(f *testing.F) {
	for _, s := range []string{"", "typo=0.5", "all=0,typo=1", "missing=1e-3", "x=y", ",,", "typo=0x1p-2", "ocr=.5,ocr=0"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		def := DefaultRates()
		r, err := ParseRates(s, def)
		if err != nil {
			if r != def {
				t.Fatalf("error %v but rates changed", err)
			}
			return
		}
		for k, p := range r {
			if !(p >= 0 && p <= 1) {
				t.Fatalf("ParseRates(%q): %s=%v", s, Kind(k), p)
			}
		}
		back, err := ParseRates(r.String(), Rates{})
		if err != nil || back != r {
			t.Fatalf("ParseRates(%q) = %v does not round-trip: %v, %v", s, r, back, err)
		}
	})
}

func TestKindNames(t *testing.T) {
	for k := range NumKinds {
		got, err := ParseKind(k.String())
		if err != nil || got != k {
			t.Errorf("ParseKind(%q) = %v, %v", k.String(), got, err)
		}
	}
	if s := NumKinds.String(); !strings.HasPrefix(s, "kind(") {
		t.Errorf("NumKinds.String() = %q", s)
	}
}

func TestValidate(t *testing.T) {
	for _, tc := range []struct {
		name string
		edit func(*Options)
		err  string
	}{
		{"default", func(*Options) {}, ""},
		{"dedupe", func(o *Options) { o.Mode = Dedupe }, ""},
		{"mode", func(o *Options) { o.Mode = "merge" }, "mode"},
		{"n", func(o *Options) { o.N = 0 }, "n must be"},
		{"overlap", func(o *Options) { o.Overlap = 1.1 }, "overlap"},
		{"rate", func(o *Options) { o.Rates[Typo] = -1 }, "rate typo"},
		{"same name", func(o *Options) { o.SameName, o.SameNameDOB = 0.7, 0.7 }, "same-name"},
		{"dup frac", func(o *Options) { o.Mode = Dedupe; o.Dups.Frac = 2 }, "duplicate share"},
		{"dup max", func(o *Options) { o.Mode = Dedupe; o.Dups.Max = 0 }, "max duplicates"},
		{"dup max big", func(o *Options) { o.Mode = Dedupe; o.Dups.Max = MaxDups + 1 }, "max duplicates"},
		{"dup dist", func(o *Options) { o.Mode = Dedupe; o.Dups.Dist = "normal" }, "distribution"},
		{"poisson mean", func(o *Options) { o.Mode = Dedupe; o.Dups.Dist = Poisson; o.Dups.Mean = 0 }, "poisson mean"},
		{"date format", func(o *Options) { o.DateFormat = "ymd" }, "date format"},
		{"too many", func(o *Options) { o.N = 40_000_000 }, "distinct SSNs"},
		{"realistic capacity", func(o *Options) { o.N = 40_000_000; o.RealisticSSN = true }, ""},
	} {
		o := DefaultOptions()
		tc.edit(&o)
		err := o.Validate()
		if (err == nil) != (tc.err == "") || (err != nil && !strings.Contains(err.Error(), tc.err)) {
			t.Errorf("%s: Validate() = %v, want %q", tc.name, err, tc.err)
		}
	}
}
