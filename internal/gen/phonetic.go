package gen

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
)

// phoneticRule rewrites a letter sequence into one that sounds alike
// (Febrl lib_phonetic_rules.txt). The seven fields of a rule line are
//
//	where, from, to, pre, post, exist, start
//
// where is ALL, START, END or MIDDLE (neither start nor end); "@" as to
// deletes. pre and post constrain the letters before and after the match:
// "V" a vowel, "C" a consonant, or checks "y;OFF;v1;v2…" (one of the values
// is at offset OFF) and "n;OFF;…" (none is), joined by "|" when all must
// hold. A pre value ends at match+OFF; a post value starts at
// match end+OFF-1. exist is "y;s1;…" or "n;s1;…" (the word contains one of
// them, or none); start is the same for word prefixes. The semantics of the
// condition fields are our reading of the rules (they mirror Double
// Metaphone's conditions); Febrl's code was not consulted or copied.
type phoneticRule struct {
	where      position
	from, to   string
	pre, post  context
	exist      wordCond
	startsWith wordCond
}

type position uint8

const (
	anywhere position = iota
	atStart
	atEnd
	inMiddle
)

// context is a condition on the letters around a match.
type context struct {
	class  byte // 0, 'V' or 'C'
	checks []offsetCheck
}

type offsetCheck struct {
	want bool
	off  int
	vals []string
}

// wordCond is a condition on the whole word: it contains (or starts with)
// one of vals, or none of them.
type wordCond struct {
	set  bool
	want bool
	vals []string
}

func parsePhoneticRules(s string) ([]phoneticRule, error) {
	var rules []phoneticRule
	for n, line := range strings.Split(s, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		r, err := parsePhoneticRule(line)
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", n+1, err)
		}
		rules = append(rules, r)
	}
	if len(rules) == 0 {
		return nil, fmt.Errorf("no rules")
	}
	return rules, nil
}

func parsePhoneticRule(line string) (phoneticRule, error) {
	var r phoneticRule
	f := strings.Split(line, ",")
	if len(f) != 7 {
		return r, fmt.Errorf("want 7 fields, got %d", len(f))
	}
	for i := range f {
		f[i] = strings.TrimSpace(f[i])
	}
	switch f[0] {
	case "ALL":
		r.where = anywhere
	case "START":
		r.where = atStart
	case "END":
		r.where = atEnd
	case "MIDDLE":
		r.where = inMiddle
	default:
		return r, fmt.Errorf("position %q", f[0])
	}
	r.from, r.to = f[1], f[2]
	if r.to == "@" {
		r.to = ""
	}
	if r.from == "" || r.from == "@" {
		return r, fmt.Errorf("empty pattern")
	}
	var err error
	if r.pre, err = parseContext(f[3]); err != nil {
		return r, fmt.Errorf("pre: %w", err)
	}
	if r.post, err = parseContext(f[4]); err != nil {
		return r, fmt.Errorf("post: %w", err)
	}
	if r.exist, err = parseWordCond(f[5]); err != nil {
		return r, fmt.Errorf("exist: %w", err)
	}
	if r.startsWith, err = parseWordCond(f[6]); err != nil {
		return r, fmt.Errorf("start: %w", err)
	}
	return r, nil
}

// maxOffset bounds the offsets of context checks (Febrl's go to ±3).
const maxOffset = 16

func parseContext(s string) (context, error) {
	switch s {
	case "None":
		return context{}, nil
	case "V", "C":
		return context{class: s[0]}, nil
	}
	var c context
	for _, part := range strings.Split(s, "|") {
		f := strings.Split(part, ";")
		if len(f) < 3 || (f[0] != "y" && f[0] != "n") {
			return c, fmt.Errorf("check %q", part)
		}
		off, err := strconv.Atoi(f[1])
		if err != nil {
			return c, fmt.Errorf("check %q: %w", part, err)
		}
		if off < -maxOffset || off > maxOffset {
			return c, fmt.Errorf("check %q: offset beyond ±%d", part, maxOffset)
		}
		c.checks = append(c.checks, offsetCheck{want: f[0] == "y", off: off, vals: f[2:]})
	}
	return c, nil
}

func parseWordCond(s string) (wordCond, error) {
	if s == "None" {
		return wordCond{}, nil
	}
	f := strings.Split(s, ";")
	if len(f) < 2 || (f[0] != "y" && f[0] != "n") {
		return wordCond{}, fmt.Errorf("condition %q", s)
	}
	return wordCond{set: true, want: f[0] == "y", vals: f[1:]}, nil
}

func isVowel(c byte) bool { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' }

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' }

// matches reports whether r applies to word at byte offset i, where
// word[i:] starts with r.from.
func (r *phoneticRule) matches(word string, i int) bool {
	end := i + len(r.from)
	switch r.where {
	case atStart:
		if i != 0 {
			return false
		}
	case atEnd:
		if end != len(word) {
			return false
		}
	case inMiddle:
		if i == 0 || end == len(word) {
			return false
		}
	}
	if !r.pre.holds(word, i-1, true) || !r.post.holds(word, end, false) {
		return false
	}
	if r.exist.set {
		found := false
		for _, v := range r.exist.vals {
			if strings.Contains(word, v) {
				found = true
				break
			}
		}
		if found != r.exist.want {
			return false
		}
	}
	if r.startsWith.set {
		found := false
		for _, v := range r.startsWith.vals {
			if strings.HasPrefix(word, v) {
				found = true
				break
			}
		}
		if found != r.startsWith.want {
			return false
		}
	}
	return true
}

// holds checks c at the letter next to a match: at index at (the letter
// before the match when before, else the letter after it).
func (c *context) holds(word string, at int, before bool) bool {
	switch c.class {
	case 'V', 'C':
		if at < 0 || at >= len(word) || !isLetter(word[at]) {
			return false
		}
		return isVowel(word[at]) == (c.class == 'V')
	}
	for _, ch := range c.checks {
		found := false
		for _, v := range ch.vals {
			var lo int
			if before { // value ends at (match start + off)
				lo = at + 1 + ch.off - len(v) + 1
			} else { // value starts at (match end + off - 1)
				lo = at + ch.off - 1
			}
			if lo >= 0 && lo+len(v) <= len(word) && word[lo:lo+len(v)] == v {
				found = true
				break
			}
		}
		if found != ch.want {
			return false
		}
	}
	return true
}

// applyPhonetic applies one phonetic variation, chosen uniformly among
// every (rule, place) that applies to the lower-case word. It reports false
// when none applies.
func applyPhonetic(r *rand.Rand, rules []phoneticRule, word string) (string, bool) {
	var n, pickRule, pickAt int
	for ri := range rules {
		rule := &rules[ri]
		for off := 0; ; {
			i := strings.Index(word[off:], rule.from)
			if i < 0 {
				break
			}
			i += off
			if rule.matches(word, i) {
				n++
				if r.IntN(n) == 0 {
					pickRule, pickAt = ri, i
				}
			}
			off = i + 1
		}
	}
	if n == 0 {
		return word, false
	}
	rule := &rules[pickRule]
	out := word[:pickAt] + rule.to + word[pickAt+len(rule.from):]
	if out == "" || out == word {
		return word, false
	}
	return out, true
}
