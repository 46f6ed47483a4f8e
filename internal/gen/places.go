package gen

import "math/rand/v2"

// state is one of the 50 states or DC, with its 2020 Census resident
// population in thousands (US Census Bureau, 2020 Census apportionment
// release, Table 2; e.g. California 39,538,223 and Wyoming 576,851 as
// quoted at https://nmstatelibrary.org/2020-census-apportionment-results;
// the other values are rounded to thousands) and a few of its real cities,
// largest first (the first is the largest city, the capital is among them).
type state struct {
	code   string
	pop    float64
	cities []string
}

var states = []state{
	{"AL", 5024, []string{"birmingham", "huntsville", "montgomery", "mobile", "tuscaloosa"}},
	{"AK", 733, []string{"anchorage", "fairbanks", "juneau", "wasilla"}},
	{"AZ", 7152, []string{"phoenix", "tucson", "mesa", "chandler", "scottsdale"}},
	{"AR", 3012, []string{"little rock", "fort smith", "fayetteville", "jonesboro"}},
	{"CA", 39538, []string{"los angeles", "san diego", "san jose", "san francisco", "fresno", "sacramento", "long beach", "oakland"}},
	{"CO", 5774, []string{"denver", "colorado springs", "aurora", "fort collins", "boulder"}},
	{"CT", 3606, []string{"bridgeport", "new haven", "hartford", "stamford", "waterbury"}},
	{"DE", 990, []string{"wilmington", "dover", "newark", "middletown"}},
	{"DC", 690, []string{"washington"}},
	{"FL", 21538, []string{"jacksonville", "miami", "tampa", "orlando", "st petersburg", "tallahassee", "hialeah"}},
	{"GA", 10712, []string{"atlanta", "augusta", "columbus", "savannah", "athens", "macon"}},
	{"HI", 1455, []string{"honolulu", "hilo", "kailua", "pearl city"}},
	{"ID", 1839, []string{"boise", "meridian", "nampa", "idaho falls", "pocatello"}},
	{"IL", 12813, []string{"chicago", "aurora", "joliet", "naperville", "rockford", "springfield", "peoria"}},
	{"IN", 6786, []string{"indianapolis", "fort wayne", "evansville", "south bend", "carmel"}},
	{"IA", 3190, []string{"des moines", "cedar rapids", "davenport", "sioux city", "iowa city"}},
	{"KS", 2938, []string{"wichita", "overland park", "kansas city", "olathe", "topeka"}},
	{"KY", 4506, []string{"louisville", "lexington", "bowling green", "owensboro", "frankfort"}},
	{"LA", 4658, []string{"new orleans", "baton rouge", "shreveport", "lafayette", "lake charles"}},
	{"ME", 1362, []string{"portland", "lewiston", "bangor", "south portland", "augusta"}},
	{"MD", 6177, []string{"baltimore", "columbia", "germantown", "silver spring", "frederick", "annapolis"}},
	{"MA", 7030, []string{"boston", "worcester", "springfield", "cambridge", "lowell"}},
	{"MI", 10077, []string{"detroit", "grand rapids", "warren", "sterling heights", "ann arbor", "lansing"}},
	{"MN", 5706, []string{"minneapolis", "st paul", "rochester", "duluth", "bloomington"}},
	{"MS", 2961, []string{"jackson", "gulfport", "southaven", "biloxi", "hattiesburg"}},
	{"MO", 6154, []string{"kansas city", "st louis", "springfield", "columbia", "independence", "jefferson city"}},
	{"MT", 1084, []string{"billings", "missoula", "great falls", "bozeman", "helena"}},
	{"NE", 1962, []string{"omaha", "lincoln", "bellevue", "grand island", "kearney"}},
	{"NV", 3105, []string{"las vegas", "henderson", "reno", "north las vegas", "carson city"}},
	{"NH", 1378, []string{"manchester", "nashua", "concord", "dover", "rochester"}},
	{"NJ", 9289, []string{"newark", "jersey city", "paterson", "elizabeth", "trenton", "camden"}},
	{"NM", 2118, []string{"albuquerque", "las cruces", "rio rancho", "santa fe", "roswell"}},
	{"NY", 20201, []string{"new york", "brooklyn", "bronx", "buffalo", "rochester", "yonkers", "syracuse", "albany"}},
	{"NC", 10439, []string{"charlotte", "raleigh", "greensboro", "durham", "winston salem", "fayetteville"}},
	{"ND", 779, []string{"fargo", "bismarck", "grand forks", "minot", "west fargo"}},
	{"OH", 11799, []string{"columbus", "cleveland", "cincinnati", "toledo", "akron", "dayton"}},
	{"OK", 3959, []string{"oklahoma city", "tulsa", "norman", "broken arrow", "edmond"}},
	{"OR", 4237, []string{"portland", "salem", "eugene", "gresham", "hillsboro"}},
	{"PA", 13003, []string{"philadelphia", "pittsburgh", "allentown", "erie", "reading", "harrisburg"}},
	{"RI", 1097, []string{"providence", "warwick", "cranston", "pawtucket", "woonsocket"}},
	{"SC", 5119, []string{"charleston", "columbia", "north charleston", "mount pleasant", "greenville"}},
	{"SD", 887, []string{"sioux falls", "rapid city", "aberdeen", "brookings", "pierre"}},
	{"TN", 6911, []string{"nashville", "memphis", "knoxville", "chattanooga", "clarksville"}},
	{"TX", 29146, []string{"houston", "san antonio", "dallas", "austin", "fort worth", "el paso", "arlington", "corpus christi"}},
	{"UT", 3272, []string{"salt lake city", "west valley city", "provo", "west jordan", "orem", "ogden"}},
	{"VT", 643, []string{"burlington", "south burlington", "rutland", "essex junction", "montpelier"}},
	{"VA", 8631, []string{"virginia beach", "chesapeake", "norfolk", "richmond", "newport news", "alexandria"}},
	{"WA", 7705, []string{"seattle", "spokane", "tacoma", "vancouver", "bellevue", "olympia"}},
	{"WV", 1794, []string{"charleston", "huntington", "morgantown", "parkersburg", "wheeling"}},
	{"WI", 5894, []string{"milwaukee", "madison", "green bay", "kenosha", "racine"}},
	{"WY", 577, []string{"cheyenne", "casper", "gillette", "laramie", "rock springs"}},
}

// towns are the most common US place names (Franklin, Washington, Lincoln,
// Clinton and Springfield lead, then Madison, Monroe, Clayton, Jackson,
// Oxford and Manchester: https://www.reference.com/geography/list-common-street-city-names-usa-b06e27744989f38f)
// and other names shared by towns in many states. Every state gets all of
// them, so a town name alone does not identify a place — as in real data.
var towns = []string{
	"franklin", "washington", "lincoln", "clinton", "springfield", "madison", "monroe", "clayton",
	"jackson", "oxford", "manchester", "georgetown", "salem", "fairview", "greenville", "bristol",
	"marion", "ashland", "milford", "riverside", "kingston", "auburn", "newport", "lebanon",
	"chester", "hudson", "burlington", "centerville", "dayton", "dover", "oakland", "winchester",
	"plymouth", "mount vernon", "harrison", "union", "jefferson", "lexington", "milton", "troy",
}

// cityShare is the probability that a person lives in one of the state's
// listed cities (weighted towards the first) rather than a common town.
const cityShare = 0.55

// placeIndex holds samplers over states and the prefix lists.
type placeIndex struct {
	pickState *alias
	prefixes  [][]int // by index in states
}

var places = func() *placeIndex {
	p := &placeIndex{}
	w := make([]float64, len(states))
	for i, s := range states {
		w[i] = s.pop
		p.prefixes = append(p.prefixes, zip3List(s.code))
	}
	p.pickState = newAlias(w)
	return p
}()

// randomState draws a state index weighted by population.
func randomState(r *rand.Rand) int { return places.pickState.sample(r) }

// randomCity draws a city of state si: one of its listed cities (the first,
// largest, most often) or a common town.
func randomCity(r *rand.Rand, si int) string {
	cs := states[si].cities
	if r.Float64() < cityShare {
		// Weight 1/(rank+1): the largest city gets the biggest share.
		var total float64
		for i := range cs {
			total += 1 / float64(i+1)
		}
		u := float64(r.Float64() * total) // rounded: no fused multiply-add
		for i := range cs {
			u -= 1 / float64(i+1)
			if u < 0 {
				return cs[i]
			}
		}
		return cs[len(cs)-1]
	}
	return towns[r.IntN(len(towns))]
}
