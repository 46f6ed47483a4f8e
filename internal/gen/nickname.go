package gen

import (
	"math/rand/v2"
	"sync"
)

// tableNicknames returns the diminutives and variants of a given name from
// the Febrl given-name misspelling table, in both directions (abigail →
// abby, and abby → abigail). It is the fallback when Options.Nicknames is
// nil.
func tableNicknames(given string) []string {
	t := data()
	reverseOnce.Do(func() {
		reverse = map[string][]string{}
		for k, vs := range t.givenMisspell {
			for _, v := range vs {
				reverse[v] = append(reverse[v], k)
			}
		}
	})
	fwd, back := t.givenMisspell[given], reverse[given]
	if len(back) == 0 {
		return fwd
	}
	out := make([]string, 0, len(fwd)+len(back))
	return append(append(out, fwd...), back...)
}

var (
	reverseOnce sync.Once
	reverse     map[string][]string
)

// applyNickname replaces given by one of its nicknames; false when it has
// none.
func applyNickname(r *rand.Rand, nick func(string) []string, given string) (string, bool) {
	if given == "" {
		return given, false
	}
	if nick == nil {
		nick = tableNicknames
	}
	cands := nick(given)
	n := 0
	for _, c := range cands {
		if c != "" && c != given {
			n++
		}
	}
	if n == 0 {
		return given, false
	}
	k := r.IntN(n)
	for _, c := range cands {
		if c != "" && c != given {
			if k == 0 {
				return c, true
			}
			k--
		}
	}
	return given, false
}
