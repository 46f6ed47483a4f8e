package norm

import "testing"

func TestAddress(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{" ,. ", ""},
		{"123 Main Street", "123 main st"},
		{"123 MAIN ST.", "123 main st"},
		{"100 Park Avenue", "100 park ave"},
		{"100 Park", "100 park"},
		{"1600 Pennsylvania Ave. N.W.", "1600 pennsylvania ave nw"},
		{"1600 Pennsylvania Avenue Northwest", "1600 pennsylvania ave nw"},
		{"100 North Main Street", "100 n main st"},
		{"100 North Street", "100 north st"},
		{"100 S. Ocean Boulevard, Apartment 4B", "100 s ocean blvd apt 4b"},
		{"100 Ocean Blvd #4B", "100 ocean blvd apt 4b"},
		{"100 Ocean Blvd # 4B", "100 ocean blvd apt 4b"},
		{"200 Corporate Pkwy Suite #200", "200 corporate pkwy ste 200"},
		{"200 Corporate Parkway, Ste. 200", "200 corporate pkwy ste 200"},
		{"5 Industrial Drive Building 3 Room 12", "5 industrial dr bldg 3 rm 12"},
		{"10 Harbor Way Floor 3", "10 harbor way fl 3"},
		{"77 Key West Highway", "77 key west hwy"}, // "key" is not a unit here
		{"12 Trailer Park Rd Lot 7", "12 trailer park rd lot 7"},
		{"123 1/2 Elm St", "123 1/2 elm st"},
		{"12-34 56th Avenue", "12-34 56th ave"},
		{"P.O. Box 123", "po box 123"},
		{"Post Office Box 123", "po box 123"},
		{"Calle Señora Nuñez 5", "calle senora nunez 5"},
		{"1 Rue de la Paix", "1 rue de la paix"},
		{"400 Fort Washington Ave", "400 fort washington ave"},
	}
	for _, tt := range tests {
		if got := Address(tt.in); got != tt.want {
			t.Errorf("Address(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestUSPSTables checks that every abbreviation maps to itself, so that
// Address is idempotent, and spot-checks Publication 28 entries.
func TestUSPSTables(t *testing.T) {
	for _, m := range []map[string]string{streetSuffix, unitDesignator, directional} {
		for k, v := range m {
			if m[v] != v {
				t.Errorf("%q → %q, but %q → %q", k, v, v, m[v])
			}
		}
	}
	for in, want := range map[string]string{
		"street": "st", "avenue": "ave", "boulevard": "blvd", "road": "rd", "drive": "dr",
		"lane": "ln", "court": "ct", "place": "pl", "terrace": "ter", "highway": "hwy",
		"parkway": "pkwy", "circle": "cir", "crossing": "xing", "expressway": "expy",
		"turnpike": "tpke", "heights": "hts", "mount": "mt", "mountain": "mtn",
		"junction": "jct", "square": "sq", "trail": "trl", "way": "way", "alley": "aly",
	} {
		if got := streetSuffix[in]; got != want {
			t.Errorf("streetSuffix[%q] = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{
		"apartment": "apt", "suite": "ste", "building": "bldg", "floor": "fl", "room": "rm",
		"department": "dept", "penthouse": "ph", "basement": "bsmt", "office": "ofc",
	} {
		if got := unitDesignator[in]; got != want {
			t.Errorf("unitDesignator[%q] = %q, want %q", in, got, want)
		}
	}
}

func FuzzAddress(f *testing.F) {
	for _, s := range []string{"100 S. Ocean Boulevard, Apartment 4B", "# #", "1/2-3", "apt apt 5", "P.O. Box", "x ste # # 2"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkText(t, "Address", Address, s)
	})
}
