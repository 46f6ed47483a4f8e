package norm

import "strings"

// Name is a person's name split into its parts, each normalised like
// PersonName (folded, lower case, no punctuation). Middle may hold several
// words; Suffix holds a generational suffix only (jr, sr, ii, iii, iv).
type Name struct{ Given, Middle, Family, Suffix string }

// honorifics are the titles PersonName and SplitPersonName drop from the
// start of a name. Hand-curated from common US usage (civil, academic,
// religious, military and judicial titles and their abbreviations); words
// that are also common given names or surnames (major, general, father,
// sister, lord, lady) are left out on purpose.
var honorifics = set(
	"mr", "mrs", "ms", "miss", "mx", "messrs", "dr", "doctor", "prof", "professor",
	"rev", "revd", "reverend", "fr", "msgr", "rabbi", "pastor", "hon", "honorable",
	"honourable", "sir", "dame", "capt", "col", "lt", "sgt", "maj", "gen", "adm",
	"cmdr", "cpl", "pvt", "judge", "atty", "gov", "sen", "rep",
)

// suffixes are the name suffixes PersonName drops from the end of a name,
// and their canonical spelling; the generational ones (canonical jr, sr, ii,
// iii, iv) are what SplitPersonName keeps in Name.Suffix. Hand-curated from
// common US usage. "v" and "i" are not listed: they are far more often
// initials.
var suffixes = map[string]string{
	"jr": "jr", "junior": "jr", "sr": "sr", "senior": "sr",
	"ii": "ii", "2nd": "ii", "iii": "iii", "3rd": "iii", "iv": "iv", "4th": "iv",
	"esq": "esq", "esquire": "esq", "md": "md", "phd": "phd", "dds": "dds",
	"dmd": "dmd", "dvm": "dvm", "jd": "jd", "cpa": "cpa", "rn": "rn", "mba": "mba",
	"ret": "ret",
}

var generational = set("jr", "sr", "ii", "iii", "iv")

// particles are the lower-case words that join the following word into a
// family name ("van der berg", "de la cruz", "st john"). Hand-curated.
var particles = set(
	"van", "von", "der", "den", "de", "del", "della", "dela", "di", "da", "dos",
	"das", "du", "la", "le", "st", "ste", "ter", "ten", "bin", "ibn", "al", "el",
	"mc", "mac", "o",
)

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// PersonName returns s folded (see Fold), with punctuation removed
// (apostrophes inside words are dropped, other punctuation separates
// words), leading honorifics removed (Mr, Mrs, Ms, Dr, Rev, Hon, ...) and
// trailing suffixes removed (Jr, Sr, II, III, IV, Esq, MD, PhD, ...),
// including a suffix just before a comma ("Smith Jr, John"). Word order is
// kept. A title or suffix is never removed when it is the only word left.
func PersonName(s string) string {
	return strings.Join(personWords(s), " ")
}

// personWords is PersonName as words.
func personWords(s string) []string {
	f := Fold(s)
	var ws []string
	for i, part := range strings.Split(f, ",") {
		pw := words(part, nil)
		if i < strings.Count(f, ",") { // a suffix just before a comma
			pw = trimSuffixes(pw, len(ws) > 0)
		}
		ws = append(ws, pw...)
	}
	ws = trimHonorifics(ws)
	return trimSuffixes(ws, false)
}

// trimHonorifics drops leading honorifics, keeping at least one word.
func trimHonorifics(ws []string) []string {
	for len(ws) > 1 && honorifics[ws[0]] {
		ws = ws[1:]
	}
	return ws
}

// trimSuffixes drops trailing suffixes, keeping at least one word unless
// mayEmpty.
func trimSuffixes(ws []string, mayEmpty bool) []string {
	for len(ws) > 0 && (len(ws) > 1 || mayEmpty) {
		if _, ok := suffixes[ws[len(ws)-1]]; !ok {
			break
		}
		ws = ws[:len(ws)-1]
	}
	return ws
}

// SplitPersonName splits a person's name into given, middle and family
// names and a generational suffix, normalised like PersonName. It reads
// the two orders found in US records:
//
//   - "Family, Given Middle" when there is a comma followed by a name
//     ("SMITH, JOHN A JR", "Smith Jr., John A."): the words before the first
//     comma are the family name, the first word after it the given name and
//     the rest the middle names;
//   - "Given Middle Family" otherwise ("John A. Smith Jr."): the first word
//     is the given name, the last word the family name, together with the
//     particles before it ("Juan de la Cruz" → family "de la cruz", "Ludwig
//     van Beethoven" → "van beethoven"), and the words between are middle
//     names. A lone word is taken as the family name.
//
// Honorifics are dropped from the front, suffixes from the end of either
// part. The first generational suffix found (jr, sr, ii, iii, iv, with
// junior, senior, 2nd, 3rd and 4th spelled that way) goes to Suffix;
// professional ones (esq, md, phd, ...) are dropped. Names written family
// name first without a comma ("SMITH JOHN A") cannot be told apart from
// given-first names and are read given-first.
func SplitPersonName(s string) Name {
	var n Name
	f := Fold(s)
	var family, rest []string
	comma := false
	if i := strings.IndexByte(f, ','); i >= 0 {
		family = words(f[:i], nil)
		rest = words(f[i+1:], nil)
		// "John Smith, Jr." and "John Smith, MD": the comma only sets off
		// suffixes.
		if allSuffixes(rest) {
			family = append(family, rest...)
			rest = nil
		} else {
			comma = len(family) > 0
		}
		if !comma {
			rest = append(family, rest...)
			family = nil
		}
	} else {
		rest = words(f, nil)
	}
	if comma {
		family, n.Suffix = takeSuffixes(trimHonorifics(family), n.Suffix)
		rest, n.Suffix = takeSuffixes(trimHonorifics(rest), n.Suffix)
		n.Family = strings.Join(family, " ")
		if len(rest) > 0 {
			n.Given = rest[0]
			n.Middle = strings.Join(rest[1:], " ")
		}
		return n
	}
	rest, n.Suffix = takeSuffixes(trimHonorifics(rest), n.Suffix)
	if len(rest) == 0 {
		return n
	}
	if len(rest) == 1 {
		n.Family = rest[0]
		return n
	}
	start := len(rest) - 1
	for start > 1 && particles[rest[start-1]] {
		start--
	}
	n.Given = rest[0]
	n.Middle = strings.Join(rest[1:start], " ")
	n.Family = strings.Join(rest[start:], " ")
	return n
}

// takeSuffixes drops trailing suffixes from ws (keeping one word) and
// returns the first generational one as suffix, unless suffix is already
// set.
func takeSuffixes(ws []string, suffix string) ([]string, string) {
	var found string
	for len(ws) > 1 {
		c, ok := suffixes[ws[len(ws)-1]]
		if !ok {
			break
		}
		if generational[c] {
			found = c // the leftmost wins
		}
		ws = ws[:len(ws)-1]
	}
	if suffix == "" {
		suffix = found
	}
	return ws, suffix
}

func allSuffixes(ws []string) bool {
	for _, w := range ws {
		if _, ok := suffixes[w]; !ok {
			return false
		}
	}
	return len(ws) > 0
}

// Initial returns the first letter or digit of s, folded (see Fold): "j"
// for "José", "" if s has none.
func Initial(s string) string {
	for _, w := range words(Fold(s), nil) {
		for _, r := range w {
			return string(r)
		}
	}
	return ""
}
