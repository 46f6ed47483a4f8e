package gen

import (
	"math/rand/v2"
	"testing"
)

func TestZIPRangesDoNotOverlap(t *testing.T) {
	owner := map[int]string{}
	for st, rs := range zip3Ranges {
		for _, r := range rs {
			if r[0] > r[1] || r[0] < 0 || r[1] > 999 {
				t.Errorf("%s: bad range %v", st, r)
			}
			for p := r[0]; p <= r[1]; p++ {
				if o, ok := owner[p]; ok {
					t.Errorf("prefix %03d in %s and %s", p, o, st)
				}
				owner[p] = st
			}
		}
	}
	// Known prefixes (USPS): 021 Boston, 100 New York, 606 Chicago,
	// 900 Los Angeles, 770 Houston, 331 Miami, 995 Anchorage, 200 DC.
	for p, st := range map[int]string{21: "MA", 100: "NY", 606: "IL", 900: "CA", 770: "TX", 331: "FL", 995: "AK", 200: "DC", 885: "TX", 201: "VA"} {
		if owner[p] != st {
			t.Errorf("prefix %03d is %q, want %s", p, owner[p], st)
		}
	}
	for _, p := range []int{5, 55, 202, 399, 733} { // single institutions
		if owner[p] != "" {
			t.Errorf("prefix %03d (an institution) is assigned to %s", p, owner[p])
		}
	}
}

func TestEveryStateHasPlaces(t *testing.T) {
	if len(states) != 51 {
		t.Errorf("%d states, want 50 and DC", len(states))
	}
	seen := map[string]bool{}
	for _, s := range states {
		if seen[s.code] {
			t.Errorf("%s twice", s.code)
		}
		seen[s.code] = true
		if len(zip3List(s.code)) == 0 {
			t.Errorf("%s has no ZIP prefixes", s.code)
		}
		if len(s.cities) == 0 || s.pop <= 0 {
			t.Errorf("%s has no cities or population", s.code)
		}
	}
	if len(zip3Ranges) != len(states) {
		t.Errorf("%d ZIP range entries for %d states", len(zip3Ranges), len(states))
	}
}

func TestAddressesAgreeWithState(t *testing.T) {
	r := rand.New(rand.NewPCG(4, 2))
	counts := map[string]int{}
	for range 50_000 {
		a := randomAddress(r)
		st := states[a.State].code
		if got := zipOfState(a.ZIP); got != st {
			t.Fatalf("%+v: ZIP %05d is in %q, not %s", a, a.ZIP, got, st)
		}
		if last := a.ZIP % 100; last == 0 {
			t.Fatalf("ZIP %05d ends in 00", a.ZIP)
		}
		counts[st]++
		m := movedAddress(r, a)
		if got := zipOfState(m.ZIP); got != states[m.State].code {
			t.Fatalf("moved %+v: ZIP in %q", m, got)
		}
		if m == a {
			t.Fatalf("moved address equals the old one: %+v", a)
		}
	}
	// Population weighting: California far ahead of Wyoming.
	if counts["CA"] < 20*counts["WY"] || counts["CA"] < 4000 {
		t.Errorf("CA %d, WY %d: not weighted by population", counts["CA"], counts["WY"])
	}
}

func TestCityZIPStable(t *testing.T) {
	si := 4 // CA
	a := cityZIP("CA", places.prefixes[si], "fresno", 3)
	b := cityZIP("CA", places.prefixes[si], "fresno", 3)
	if a != b {
		t.Errorf("cityZIP not deterministic: %d, %d", a, b)
	}
	zips := map[int]bool{}
	for j := range zipsPerCity {
		z := cityZIP("CA", places.prefixes[si], "fresno", j)
		if z/100 != a/100 {
			t.Errorf("ZIPs of one city with different prefixes: %d, %d", z, a)
		}
		zips[z] = true
	}
	if len(zips) != zipsPerCity {
		t.Errorf("fresno has %d distinct ZIPs, want %d", len(zips), zipsPerCity)
	}
}
