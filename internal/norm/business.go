package norm

import (
	"strings"
	"unicode"
)

// legalForms are the words and phrases that mark a business's legal form
// (and a few registry abbreviations that trail names the same way), dropped
// from the end of business names. Hand-curated from the entity types of US
// state business registries (corporation, LLC, partnerships, professional
// corporations and associations, national banking associations "N.A.") and
// the most common foreign forms seen in US federal vendor data. Dotted
// spellings (l.l.c., n.a.) are handled by joining single letters first.
// Multi-word forms are listed as word sequences.
var legalForms = [][]string{
	{"limited", "liability", "company"}, {"limited", "liability", "partnership"},
	{"limited", "partnership"}, {"professional", "corporation"},
	{"professional", "association"}, {"professional", "limited", "liability", "company"},
	{"inc"}, {"incorporated"}, {"corp"}, {"corporation"}, {"co"}, {"company"},
	{"cos"}, {"companies"}, {"ltd"}, {"limited"}, {"llc"}, {"lc"}, {"l3c"},
	{"lp"}, {"llp"}, {"lllp"}, {"pllc"}, {"pc"}, {"pa"}, {"plc"}, {"na"},
	{"sa"}, {"ag"}, {"gmbh"}, {"bv"}, {"nv"}, {"pty"}, {"pte"}, {"srl"},
	{"spa"}, {"sas"}, {"ulc"}, {"lda"},
}

// aliasMarkers introduce another name of the same business: doing business
// as, trading as, also known as, formerly known as. Dotted and slashed
// spellings (d/b/a, d.b.a., a/k/a) reach this table as the joined forms
// "dba", "aka", "fka"; "t/a" as "trading as".
var aliasMarkers = [][]string{
	{"dba"}, {"doing", "business", "as"}, {"trading", "as"},
	{"aka"}, {"also", "known", "as"}, {"fka"}, {"formerly", "known", "as"},
}

// endMarkers end the names: what follows is a contact or an address, not a
// name ("c/o" is read as "care of").
var endMarkers = [][]string{{"care", "of"}, {"attn"}, {"attention"}}

// BusinessName returns the legal name of a business normalised for
// matching: folded (see Fold), "&" and "+" read as "and", punctuation
// removed (letters separated by dots or slashes are joined first, so
// "L.L.C." is "llc" and "d/b/a" is "dba"), a leading "the" (or a trailing
// ", The") dropped, and legal forms dropped from the end, repeatedly ("The
// Acme Co., Inc." → "acme"). Anything from a d/b/a, t/a, a/k/a or f/k/a
// marker on is another name and is left out (see BusinessNames), and
// anything from "c/o", "care of" or "attn" on is dropped. A legal
// form is never removed when it is the only word left ("Company" stays
// "company").
func BusinessName(s string) string {
	names := BusinessNames(s)
	if len(names) == 0 {
		return ""
	}
	return names[0]
}

// BusinessNames returns the names in s, each normalised as BusinessName
// does: first the legal name, then every name introduced by a d/b/a, t/a,
// a/k/a or f/k/a marker, in order ("Acme Inc DBA Widget World" → ["acme",
// "widget world"]). Empty names are left out; the result is nil when there
// is none.
func BusinessNames(s string) []string {
	ws := businessWords(s)
	for i := range ws {
		if matchAt(ws, i, endMarkers) > 0 {
			ws = ws[:i]
			break
		}
	}
	var out []string
	start := 0
	for i := 0; i <= len(ws); {
		n := 0
		if i < len(ws) {
			n = matchAt(ws, i, aliasMarkers)
		}
		if i == len(ws) || n > 0 {
			if name := cleanBusiness(ws[start:i]); name != "" {
				out = append(out, name)
			}
			if i == len(ws) {
				break
			}
			i += n
			start = i
			continue
		}
		i++
	}
	return out
}

// businessWords folds s and splits it into words, joining dotted or
// slashed single letters (l.l.c, d/b/a) and turning & and + into "and".
func businessWords(s string) []string {
	f := Fold(s)
	f = joinLetterRuns(f)
	ws := words(f, func(r rune) bool { return r == '&' || r == '+' })
	for i, w := range ws {
		if w == "&" || w == "+" {
			ws[i] = "and"
		}
	}
	return ws
}

// joinLetterRuns removes the dots and slashes of abbreviations written
// letter by letter: "l.l.c." → "llc", "d/b/a" → "dba", "u.s.a" → "usa". A run
// is at least two single letters (letters with no letter or digit next to
// them) each separated from the next by one dot or slash; a dot right after
// the run goes too.
func joinLetterRuns(s string) string {
	rs := []rune(s)
	single := func(k int) bool {
		return k < len(rs) && unicode.IsLetter(rs[k]) &&
			(k == 0 || !isLetterOrDigit(rs[k-1])) && (k+1 == len(rs) || !isLetterOrDigit(rs[k+1]))
	}
	var b strings.Builder
	for i := 0; i < len(rs); {
		if single(i) {
			j := i // the last letter of the run
			for j+2 < len(rs) && (rs[j+1] == '.' || rs[j+1] == '/') && single(j+2) {
				j += 2
			}
			if j > i {
				var run []rune
				for k := i; k <= j; k += 2 {
					run = append(run, rs[k])
				}
				switch string(run) {
				case "ta": // t/a: trading as ("ta" alone may be a name)
					b.WriteString("trading as")
				case "co": // c/o: care of, not "company"
					b.WriteString("care of")
				default:
					b.WriteString(string(run))
				}
				i = j + 1
				if i < len(rs) && rs[i] == '.' {
					i++
				}
				continue
			}
		}
		b.WriteRune(rs[i])
		i++
	}
	return b.String()
}

// cleanBusiness drops a leading "the", a trailing "the" (from "Acme Co.,
// The") and trailing legal forms, keeping at least one word, and joins the
// rest.
func cleanBusiness(ws []string) string {
	if len(ws) > 1 && ws[len(ws)-1] == "the" {
		ws = ws[:len(ws)-1]
	}
	if len(ws) > 1 && ws[0] == "the" {
		ws = ws[1:]
	}
	for len(ws) > 1 {
		n := matchEnd(ws, legalForms)
		if n == 0 || n >= len(ws) {
			break
		}
		ws = ws[:len(ws)-n]
		// "Acme Co. and Co." style leftovers: a trailing "and" goes too.
		if len(ws) > 1 && ws[len(ws)-1] == "and" {
			ws = ws[:len(ws)-1]
		}
	}
	return strings.Join(ws, " ")
}

// matchAt returns the length of the longest phrase that ws has at i, 0 if
// none.
func matchAt(ws []string, i int, phrases [][]string) int {
	best := 0
	for _, p := range phrases {
		if len(p) > best && i+len(p) <= len(ws) && equalWords(ws[i:i+len(p)], p) {
			best = len(p)
		}
	}
	return best
}

// matchEnd returns the length of the longest phrase ws ends with, 0 if
// none.
func matchEnd(ws []string, phrases [][]string) int {
	best := 0
	for _, p := range phrases {
		if len(p) > best && len(p) <= len(ws) && equalWords(ws[len(ws)-len(p):], p) {
			best = len(p)
		}
	}
	return best
}

func equalWords(a, b []string) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
