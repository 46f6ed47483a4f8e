package link

import (
	"github.com/probity-dev/probity/internal/norm"
	"github.com/probity-dev/probity/internal/strsim"
)

// This file binds the level types to the comparators of package strsim
// and the parsers this package relies on. The string metrics themselves
// live in strsim; this package only buckets their results.

// phoneticCoders are the phonetic encodings a level or key can use.
var phoneticCoders = map[string]func(string) string{
	"soundex": strsim.Soundex,
	"nysiis":  strsim.NYSIIS,
	"dm1":     func(s string) string { p, _ := strsim.DoubleMetaphone(s); return p },
	"dm2":     func(s string) string { _, a := strsim.DoubleMetaphone(s); return a },
}

// parseDate parses a date of birth with norm.ParseDOB: full dates
// (YYYYMMDD, YYYY-MM-DD, MM/DD/YYYY, ...) and partial ones (a year, or a
// year and month). Values that do not parse, including impossible dates
// such as 19560231, have no date.
func parseDate(s string) pdate {
	p, ok := norm.ParseDOB(s)
	if !ok || p.Y == 0 {
		return pdate{}
	}
	d := pdate{y: int16(p.Y), m: int16(p.M), d: int16(p.D)}
	if p.M != 0 && p.D != 0 {
		d.full = true
		d.days = int32(strsim.DayNumber(p.Y, p.M, p.D))
	}
	return d
}

// canonicalGivens returns the canonical given names a name can stand for
// (norm.CanonicalGivens), or the folded name itself when it is unknown.
func canonicalGivens(s string) []string {
	if cs := norm.CanonicalGivens(s); len(cs) > 0 {
		return cs
	}
	if f := norm.Fold(s); f != "" {
		return []string{f}
	}
	return nil
}
