package norm

import (
	"strings"
	"unicode"
)

// Address normalises the delivery line of a US street address (house
// number, street, unit; not city, state or ZIP) to USPS Publication 28
// style, for comparison and blocking: folded (see Fold), punctuation
// removed, and
//
//   - the street suffix abbreviated (Street → st, Avenue → ave, Boulevard →
//     blvd; see Appendix C1): the last word of the street part, when a
//     street name comes before it ("100 Park Avenue" → "100 park ave", but
//     "100 Park" stays);
//   - a directional before or after the street name abbreviated (North →
//     n, Southwest → sw), when it is not itself the street name ("100 North
//     Main Street" → "100 n main st", "100 North Street" → "100 north st");
//   - secondary unit designators abbreviated (Apartment → apt, Suite → ste,
//     Building → bldg, Room → rm, Floor → fl; Appendix C2). "#" before a
//     unit number reads as "apt", or is dropped after another designator
//     ("Suite #200" → "ste 200"). A designator counts only after the
//     street (from the third word on), and the ones that are also ordinary
//     street words (key, lot, front, rear, side, ...) only when a unit
//     number follows;
//   - "P.O. Box" and "Post Office Box" written "po box".
//
// Hyphens and slashes between digits are kept ("123-125", "1/2").
func Address(s string) string {
	ws := addressWords(s)
	if len(ws) == 0 {
		return ""
	}
	ws = poBox(ws)
	// Split the street part from the unit part.
	u := len(ws)
	for i := 2; i < len(ws); i++ {
		if isUnitStart(ws, i) {
			u = i
			break
		}
	}
	street, unit := ws[:u], ws[u:]
	out := make([]string, 0, len(ws))
	out = append(out, normStreet(street)...)
	for i := 0; i < len(unit); i++ {
		w := unit[i]
		switch {
		case w == "#":
			if i > 0 && isDesignator(unit[i-1]) {
				continue // "ste # 200"
			}
			if i+1 < len(unit) {
				out = append(out, "apt")
			}
		case isDesignator(w) && (i+1 < len(unit) || !ambiguousDesignator[unitDesignator[w]]):
			out = append(out, unitDesignator[w])
		default:
			out = append(out, w)
		}
	}
	return strings.Join(out, " ")
}

// ambiguousDesignator are the C2 designators that are also ordinary words
// in street names; they count as designators only before a unit number.
var ambiguousDesignator = set("key", "lot", "frnt", "rear", "side", "pier", "stop", "slip", "spc", "lowr", "uppr", "fl", "lbby")

func isDesignator(w string) bool { _, ok := unitDesignator[w]; return ok }

// isUnitStart reports whether ws[i] begins the unit part.
func isUnitStart(ws []string, i int) bool {
	w := ws[i]
	next := ""
	if i+1 < len(ws) {
		next = ws[i+1]
	}
	switch {
	case w == "#":
		return next != ""
	case !isDesignator(w):
		return false
	case ambiguousDesignator[unitDesignator[w]]:
		return looksLikeUnit(next)
	}
	return true
}

// looksLikeUnit reports whether w can be a unit number: it has a digit, or
// is a single letter, or is "#".
func looksLikeUnit(w string) bool {
	if w == "#" {
		return true
	}
	if len([]rune(w)) == 1 {
		return true
	}
	for _, r := range w {
		if unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// normStreet abbreviates the directionals and the suffix of the street
// part: house numbers, then a pre-directional, the street name, the
// suffix and a post-directional.
func normStreet(ws []string) []string {
	ws = append([]string(nil), ws...)
	// The house number, and a fraction after it ("123 1/2").
	start := 0
	if len(ws) > 0 && hasDigit(ws[0]) {
		start = 1
		if len(ws) > 1 && strings.Contains(ws[1], "/") && hasDigit(ws[1]) {
			start = 2
		}
	}
	end := len(ws)
	if end-start >= 3 {
		if d, ok := directional[ws[end-1]]; ok {
			ws[end-1] = d
			end--
		}
	}
	if end-start >= 3 {
		if d, ok := directional[ws[start]]; ok {
			ws[start] = d
			start++
		}
	}
	if end-start >= 2 {
		if a, ok := streetSuffix[ws[end-1]]; ok {
			ws[end-1] = a
		}
	}
	return ws
}

// poBox rewrites "post office box" and "p o box" as "po box".
func poBox(ws []string) []string {
	out := ws[:0:0]
	for i := 0; i < len(ws); i++ {
		switch {
		case i+2 < len(ws) && ws[i] == "post" && ws[i+1] == "office" && ws[i+2] == "box":
			out = append(out, "po", "box")
			i += 2
		case i+2 < len(ws) && ws[i] == "p" && ws[i+1] == "o" && ws[i+2] == "box":
			out = append(out, "po", "box")
			i += 2
		default:
			out = append(out, ws[i])
		}
	}
	return out
}

func hasDigit(w string) bool {
	for _, r := range w {
		if unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// addressWords folds s, joins dotted single letters (P.O.) and splits it
// into words as words does, with "#" a word of its own and hyphens or
// slashes kept between two digits ("123-125", "1/2").
func addressWords(s string) []string {
	f := Fold(s)
	if strings.ContainsAny(f, "./") {
		f = joinLetterRuns(f)
	}
	isHash := func(r rune) bool { return r == '#' }
	if !strings.ContainsAny(f, "-/") {
		return words(f, isHash)
	}
	// Hide each hyphen or slash between two digits behind a letter-like
	// stand-in while words splits, then put it back.
	b := []byte(f)
	hid := false
	for i := 1; i+1 < len(b); i++ {
		if (b[i] == '-' || b[i] == '/') && isDigit(b[i-1]) && isDigit(b[i+1]) {
			b[i] = digitSepStandIn[b[i]]
			hid = true
		}
	}
	ws := words(string(b), isHash)
	if hid {
		for k, w := range ws {
			if strings.ContainsAny(w, "\x01\x02") {
				ws[k] = strings.NewReplacer("\x01", "-", "\x02", "/").Replace(w)
			}
		}
	}
	return ws
}

// digitSepStandIn maps '-' and '/' to the control bytes that stand in for
// them between digits (Fold has turned every control character into a
// space, so they cannot occur in folded text otherwise).
var digitSepStandIn = map[byte]byte{'-': 0x01, '/': 0x02}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// cut and fields are strings.Cut and strings.Fields, named here so the
// table builders read well.
func cut(s, sep string) (string, string, bool) { return strings.Cut(s, sep) }
func fields(s string) []string                 { return strings.Fields(s) }
