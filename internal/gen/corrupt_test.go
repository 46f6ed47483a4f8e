package gen

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// A fixed person and, for each kind, what a record corrupted by that kind
// alone must look like.
func TestEachCorruption(t *testing.T) {
	il := slices.IndexFunc(states, func(s state) bool { return s.code == "IL" })
	base := Person{
		Entity: 7, Given: "william", Middle: "james", Family: "smith", Sex: sexFemale,
		DOB: Date{1970, 3, 7}, SSN: "912-34-5678", Phone: "312-555-0142",
		Addr: Address{Number: 123, Street: "oak", Suffix: 0, City: "springfield", State: il, ZIP: 62701},
	}
	var clean Record
	(&corruptor{}).build(&base, &clean, false, rand.New(rand.NewPCG(0, 0)))
	if clean.Street != "123 oak st" || clean.State != "IL" || clean.ZIP != "62701" || clean.Sex != "F" {
		t.Fatalf("clean record %+v", clean)
	}
	texts := func(r *Record) []string {
		return []string{r.Given, r.Middle, r.Family, r.SSN, r.Street, r.Unit, r.City, r.ZIP, r.Phone}
	}
	// diff lists the text fields that differ from the clean record.
	diff := func(r *Record) []int {
		var d []int
		a, b := texts(&clean), texts(r)
		for i := range a {
			if a[i] != b[i] {
				d = append(d, i)
			}
		}
		return d
	}
	for _, tc := range []struct {
		kind  Kind
		sex   int
		check func(r *Record) string // "" when r is right
	}{
		{Moved, sexFemale, func(r *Record) string {
			if r.Street == clean.Street && r.City == clean.City && r.ZIP == clean.ZIP {
				return "address unchanged"
			}
			if r.Given != "william" || r.DOB != base.DOB {
				return "not only the address changed"
			}
			return ""
		}},
		{Suffix, sexFemale, func(r *Record) string {
			if !slices.Contains([]string{"123 oak street", "123 oak str", "123 oak strt"}, r.Street) {
				return "street " + r.Street
			}
			return ""
		}},
		{Nickname, sexFemale, func(r *Record) string {
			if r.Given != "bill" {
				return "given " + r.Given
			}
			return ""
		}},
		{Married, sexFemale, func(r *Record) string {
			n := strings.TrimPrefix(r.Family, "smith-")
			if r.Family == "smith" || n == "smith" || !slices.Contains(data().surnames.names, n) {
				return "family " + r.Family
			}
			return ""
		}},
		{Married, sexMale, func(r *Record) string {
			if r.Family != "smith" || r.Applied != 0 {
				return "a man's name changed: " + r.Family
			}
			return ""
		}},
		{SwapNames, sexFemale, func(r *Record) string {
			if r.Given != "smith" || r.Family != "william" {
				return "names " + r.Given + " " + r.Family
			}
			return ""
		}},
		{MiddleInitial, sexFemale, func(r *Record) string {
			if r.Middle != "j" {
				return "middle " + r.Middle
			}
			return ""
		}},
		{Phonetic, sexFemale, func(r *Record) string {
			if d := diff(r); len(d) != 1 || (d[0] != int(fGiven) && d[0] != int(fFamily)) {
				return "changed fields " + strings.Join(texts(r), ",")
			}
			return ""
		}},
		{Typo, sexFemale, func(r *Record) string {
			d := diff(r)
			if len(d) != 1 {
				return "changed fields " + strings.Join(texts(r), ",")
			}
			if osa(texts(&clean)[d[0]], texts(r)[d[0]]) != 1 {
				return "not one edit: " + texts(r)[d[0]]
			}
			return ""
		}},
		{DOBSwap, sexFemale, func(r *Record) string {
			if r.DOB != (Date{1970, 7, 3}) {
				return "dob"
			}
			return ""
		}},
		{DOBYear, sexFemale, func(r *Record) string {
			if r.DOB != (Date{1969, 3, 7}) && r.DOB != (Date{1971, 3, 7}) {
				return "dob"
			}
			return ""
		}},
		{OCR, sexFemale, func(r *Record) string {
			d := diff(r)
			if len(d) != 1 || r.verbatim != 1<<uint(d[0]) {
				return "changed fields " + strings.Join(texts(r), ",")
			}
			if v := texts(r)[d[0]]; strings.EqualFold(v, texts(&clean)[d[0]]) {
				return "only the case changed: " + v
			}
			return ""
		}},
		{Missing, sexFemale, func(r *Record) string {
			d := diff(r)
			if r.NoDOB {
				if len(d) != 0 {
					return "dob and more missing"
				}
				return ""
			}
			if len(d) != 1 || texts(r)[d[0]] != "" {
				return "changed fields " + strings.Join(texts(r), ",")
			}
			return ""
		}},
	} {
		t.Run(tc.kind.String(), func(t *testing.T) {
			var rates Rates
			rates[tc.kind] = 1
			c := &corruptor{rates: rates, nick: func(g string) []string {
				if g == "william" {
					return []string{"bill"}
				}
				return nil
			}}
			p := base
			p.Sex = tc.sex
			applied := 0
			for seed := range uint64(200) {
				var r Record
				c.build(&p, &r, true, rand.New(rand.NewPCG(seed, 1)))
				if msg := tc.check(&r); msg != "" {
					t.Fatalf("seed %d: %s (%+v)", seed, msg, r)
				}
				if r.Applied != 0 {
					applied++
					if r.Applied != 1<<tc.kind {
						t.Fatalf("seed %d: applied %b", seed, r.Applied)
					}
				}
			}
			if want := 200 * b2i(tc.sex == sexFemale || tc.kind != Married); applied != want {
				t.Errorf("applied %d times of 200, want %d", applied, want)
			}
			if c.counts.Tried[tc.kind] != 200 || c.corrupted != 200 {
				t.Errorf("counts %+v", c.counts)
			}
		})
	}
}

// With every rate 0 a corrupted record equals the clean one.
func TestNoCorruption(t *testing.T) {
	p := Person{Given: "ann", Family: "lee", DOB: Date{2000, 1, 2}, SSN: "912-34-5678",
		Addr: Address{Number: 1, Street: "main", City: "dover", State: 7, ZIP: 19901}}
	var a, b Record
	c := &corruptor{}
	c.build(&p, &a, false, rand.New(rand.NewPCG(1, 1)))
	c.build(&p, &b, true, rand.New(rand.NewPCG(1, 1)))
	if a != b || c.counts != (Counts{}) {
		t.Errorf("%+v\n%+v", a, b)
	}
}
