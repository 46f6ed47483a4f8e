package gen

// A ZIP Code's first three digits name a sectional center facility, and the
// prefixes of a state form a few contiguous ranges. The ranges below are the
// residential prefixes of each state and DC, from the table of ZIP Codes by
// state at https://www.whereig.com/usa/zipcodes/ (AL–NJ) and the UPS sort
// ranges quoted at https://boards.straightdope.com/t/list-of-zip-code-ranges/735994
// (NM–WY), cross-checked against the USPS prefix list summarised at
// https://pinocchiopedia.com/wiki/ZIP_Code_prefixes. Prefixes of single
// institutions were left out: 005 (IRS, Holtsville NY), 055 (IRS, Andover
// MA), 202–205 (federal government, DC), 399 (IRS, Atlanta) and 733 (IRS,
// Austin). A generated ZIP always lies in its state's ranges; the city it
// goes with is not checked against the real USPS city list.
var zip3Ranges = map[string][][2]int{
	"AL": {{350, 352}, {354, 369}},
	"AK": {{995, 999}},
	"AZ": {{850, 853}, {855, 857}, {859, 860}, {863, 865}},
	"AR": {{716, 729}},
	"CA": {{900, 908}, {910, 928}, {930, 961}},
	"CO": {{800, 816}},
	"CT": {{60, 69}},
	"DE": {{197, 199}},
	"DC": {{200, 200}},
	"FL": {{320, 339}, {341, 342}, {344, 344}, {346, 347}, {349, 349}},
	"GA": {{300, 319}, {398, 398}},
	"HI": {{967, 968}},
	"ID": {{832, 838}},
	"IL": {{600, 620}, {622, 629}},
	"IN": {{460, 479}},
	"IA": {{500, 516}, {520, 528}},
	"KS": {{660, 662}, {664, 679}},
	"KY": {{400, 418}, {420, 427}},
	"LA": {{700, 701}, {703, 708}, {710, 714}},
	"ME": {{39, 49}},
	"MD": {{206, 212}, {214, 219}},
	"MA": {{10, 27}},
	"MI": {{480, 499}},
	"MN": {{550, 551}, {553, 567}},
	"MS": {{386, 397}},
	"MO": {{630, 631}, {633, 641}, {644, 658}},
	"MT": {{590, 599}},
	"NE": {{680, 681}, {683, 693}},
	"NV": {{889, 891}, {893, 895}, {897, 898}},
	"NH": {{30, 38}},
	"NJ": {{70, 89}},
	"NM": {{870, 871}, {873, 875}, {877, 884}},
	"NY": {{100, 149}},
	"NC": {{270, 289}},
	"ND": {{580, 588}},
	"OH": {{430, 459}},
	"OK": {{730, 731}, {734, 749}},
	"OR": {{970, 979}},
	"PA": {{150, 196}},
	"RI": {{28, 29}},
	"SC": {{290, 299}},
	"SD": {{570, 577}},
	"TN": {{370, 385}},
	"TX": {{750, 799}, {885, 885}},
	"UT": {{840, 847}},
	"VT": {{50, 54}, {56, 59}},
	"VA": {{201, 201}, {220, 246}},
	"WA": {{980, 994}},
	"WV": {{247, 268}},
	"WI": {{530, 532}, {534, 535}, {537, 549}},
	"WY": {{820, 831}},
}

// zip3List expands a state's ranges into its list of prefixes.
func zip3List(state string) []int {
	var out []int
	for _, r := range zip3Ranges[state] {
		for p := r[0]; p <= r[1]; p++ {
			out = append(out, p)
		}
	}
	return out
}

// zipOfState reports the state whose ranges contain the 5-digit ZIP z, or
// "" (used by tests and by callers that check agreement).
func zipOfState(z int) string {
	p := z / 100
	for st, rs := range zip3Ranges {
		for _, r := range rs {
			if p >= r[0] && p <= r[1] {
				return st
			}
		}
	}
	return ""
}

// zipsPerCity is how many 5-digit ZIPs a generated city spans.
const zipsPerCity = 8

// cityZIP returns the j-th ZIP (j < zipsPerCity) of a city: all of a city's
// ZIPs share one 3-digit prefix of its state, chosen by a hash of the
// names, and end in 01–99.
func cityZIP(state string, prefixes []int, city string, j int) int {
	h := hashString(state + "|" + city)
	p := prefixes[h%uint64(len(prefixes))]
	last := int((h>>20)%99+uint64(j)*11)%99 + 1
	return p*100 + last
}

// hashString is FNV-1a, mixed.
func hashString(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := range len(s) {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return mix64(h)
}

// appendZIP writes z as five digits.
func appendZIP(b []byte, z int) []byte {
	return append(b, byte('0'+z/10000), byte('0'+z/1000%10), byte('0'+z/100%10), byte('0'+z/10%10), byte('0'+z%10))
}
