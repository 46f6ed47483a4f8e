package gen

import (
	"math/rand/v2"
	"strconv"
)

// Address is a US street address. Text fields are lower case; records are
// upper-cased when written.
type Address struct {
	Number int    // house number
	Street string // street name without suffix, e.g. "2nd", "oak", "johnson"
	Suffix int    // index into suffixes
	Unit   string // "apt 4b", "unit 7", "# 210" or ""
	City   string
	State  int // index into states
	ZIP    int // five digits, within the state's prefixes
}

// streetNames are the most common US street names with their counts from
// the Census Bureau's 1993 count (Census and You, February 1993, as quoted
// by the National League of Cities:
// https://web.archive.org/web/20051027093314/http://www.nlc.org/about_cities/cities_101/184.cfm),
// then further common names with an assumed count below the 20th.
var streetNames, streetWeights = func() ([]string, []float64) {
	top := []struct {
		name  string
		count float64
	}{
		{"2nd", 10866}, {"3rd", 10131}, {"1st", 9898}, {"4th", 9190}, {"park", 8926},
		{"5th", 8186}, {"main", 7644}, {"6th", 7283}, {"oak", 6946}, {"7th", 6377},
		{"pine", 6170}, {"maple", 6103}, {"cedar", 5644}, {"8th", 5524}, {"elm", 5233},
		{"view", 5202}, {"washington", 4974}, {"9th", 4908}, {"lake", 4901}, {"hill", 4877},
	}
	more := []string{ // assumed 3,000 each: not measured
		"walnut", "church", "sunset", "lincoln", "jefferson", "highland", "ridge", "spring",
		"river", "willow", "mill", "center", "chestnut", "franklin", "adams", "madison",
		"meadow", "forest", "hickory", "dogwood", "birch", "cherry", "valley", "10th",
		"11th", "12th", "jackson", "wilson", "lakeview", "railroad", "school", "college",
		"broadway", "front", "market", "spruce", "locust", "magnolia", "pecan", "sycamore",
	}
	var n []string
	var w []float64
	for _, t := range top {
		n = append(n, t.name)
		w = append(w, t.count)
	}
	for _, m := range more {
		n = append(n, m)
		w = append(w, 3000)
	}
	return n, w
}()

var pickStreetName = newAlias(streetWeights)

// personStreetShare is the probability that a street is named after a
// family (a Census surname) rather than taken from streetNames.
const personStreetShare = 0.55

// suffix is a street suffix with its USPS standard abbreviation, the
// primary name and common non-standard abbreviations (USPS Publication 28,
// Appendix C1, https://pe.usps.com/text/pub28/28apc_002.htm), and an
// assumed share of streets (not measured).
type suffix struct {
	abbr, full string
	variants   []string
	weight     float64
}

var suffixes = []suffix{
	{"st", "street", []string{"str", "strt"}, 30},
	{"ave", "avenue", []string{"av", "aven", "avn"}, 18},
	{"dr", "drive", []string{"driv", "drv"}, 14},
	{"rd", "road", nil, 13},
	{"ln", "lane", nil, 7},
	{"ct", "court", nil, 5},
	{"way", "way", []string{"wy"}, 4},
	{"pl", "place", nil, 3},
	{"blvd", "boulevard", []string{"boul", "boulv"}, 2},
	{"cir", "circle", []string{"circ", "crcl"}, 2},
	{"ter", "terrace", []string{"terr"}, 1},
	{"pkwy", "parkway", []string{"parkwy", "pky"}, 0.5},
	{"trl", "trail", []string{"trails"}, 0.5},
}

var pickSuffix = func() *alias {
	w := make([]float64, len(suffixes))
	for i, s := range suffixes {
		w[i] = s.weight
	}
	return newAlias(w)
}()

// unitShare is the share of addresses with a unit (apartment) number.
const unitShare = 0.12

func randomHouseNumber(r *rand.Rand) int {
	// Digits: 1 (10 %), 2 (25 %), 3 (35 %), 4 (28 %), 5 (2 %): assumed.
	u := r.Float64()
	switch {
	case u < 0.10:
		return 1 + r.IntN(9)
	case u < 0.35:
		return 10 + r.IntN(90)
	case u < 0.70:
		return 100 + r.IntN(900)
	case u < 0.98:
		return 1000 + r.IntN(9000)
	}
	return 10000 + r.IntN(90000)
}

func randomStreet(r *rand.Rand) string {
	if r.Float64() < personStreetShare {
		c := data().census
		return c[r.IntN(len(c))]
	}
	return streetNames[pickStreetName.sample(r)]
}

func randomUnit(r *rand.Rand) string {
	if r.Float64() >= unitShare {
		return ""
	}
	n := strconv.Itoa(1 + r.IntN(399))
	u := r.Float64()
	switch {
	case u < 0.15:
		n += string(rune('a' + r.IntN(6)))
		return "apt " + n
	case u < 0.75:
		return "apt " + n
	case u < 0.90:
		return "unit " + n
	}
	return "# " + n
}

// randomAddressIn draws a street address in city of state si.
func randomAddressIn(r *rand.Rand, si int, city string) Address {
	return Address{
		Number: randomHouseNumber(r),
		Street: randomStreet(r),
		Suffix: pickSuffix.sample(r),
		Unit:   randomUnit(r),
		City:   city,
		State:  si,
		ZIP:    cityZIP(states[si].code, places.prefixes[si], city, r.IntN(zipsPerCity)),
	}
}

// randomAddress draws an address anywhere, states weighted by population.
func randomAddress(r *rand.Rand) Address {
	si := randomState(r)
	return randomAddressIn(r, si, randomCity(r, si))
}

// Shares of moves that stay in the same city, or in the same state.
const (
	moveSameCity  = 0.40
	moveSameState = 0.35
)

// movedAddress draws a new address for someone living at a: in the same
// city (40 %), elsewhere in the same state (35 %) or anywhere (25 %).
func movedAddress(r *rand.Rand, a Address) Address {
	u := r.Float64()
	switch {
	case u < moveSameCity:
		n := randomAddressIn(r, a.State, a.City)
		if n.Number == a.Number && n.Street == a.Street {
			n.Number++
		}
		return n
	case u < moveSameCity+moveSameState:
		return randomAddressIn(r, a.State, randomCity(r, a.State))
	}
	return randomAddress(r)
}

// streetLine is "123 oak st".
func (a *Address) streetLine(suffixText string) string {
	b := make([]byte, 0, 32)
	b = strconv.AppendInt(b, int64(a.Number), 10)
	b = append(b, ' ')
	b = append(b, a.Street...)
	b = append(b, ' ')
	b = append(b, suffixText...)
	return string(b)
}
