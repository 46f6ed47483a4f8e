package gen

import "math/rand/v2"

// Phone numbers are NANP numbers NPA-555-01XX: exchange 555 with line
// numbers 0100–0199 is reserved for fictitious use in every area code
// (http://www.liquisearch.com/area_codes_in_the_united_states/fictional_telephone_numbers),
// so no generated number can ring anyone. The area code NPA is of valid
// form: first digit 2–9, second digit not 9, not N11
// (https://gemini.labaudric.net/proxy/mastogem.picasoft.net/thread/113744095607668943).
// With 100 line numbers per area code, phone is a weak identifier.

// phoneShare is the share of people with a phone number on record.
const phoneShare = 0.6

func randomPhone(r *rand.Rand) string {
	if r.Float64() >= phoneShare {
		return ""
	}
	var a, b, c int
	for {
		a, b, c = 2+r.IntN(8), r.IntN(9), r.IntN(10) // b: 0–8, never 9
		if !(b == 1 && c == 1) {
			break
		}
	}
	line := r.IntN(100)
	return string([]byte{
		byte('0' + a), byte('0' + b), byte('0' + c), '-', '5', '5', '5', '-', '0', '1',
		byte('0' + line/10), byte('0' + line%10),
	})
}
