package link

import (
	"time"

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

// dateLayouts are the date formats parseDate accepts.
var dateLayouts = []string{"20060102", "2006-01-02", "2006/01/02", "2006-1-2", "2006/1/2"}

// parseDate parses a full date. Values that do not parse, including
// impossible dates such as 19560231, have no date.
func parseDate(s string) pdate {
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return pdate{y: int16(t.Year()), m: int16(t.Month()), d: int16(t.Day()),
				days: int32(t.Unix() / 86400), full: true}
		}
	}
	return pdate{}
}
