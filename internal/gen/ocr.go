package gen

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// ocrRule replaces one character sequence that optical character
// recognition confuses with another (Febrl lib_ocr_rules.txt: "ALL, 5, S").
type ocrRule struct{ from, to string }

// parseOCRRules reads "where, from, to" lines. Febrl's OCR rules all apply
// anywhere in a value ("ALL"); any other position is rejected.
func parseOCRRules(s string) ([]ocrRule, error) {
	var rules []ocrRule
	for n, line := range strings.Split(s, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, ",")
		if len(f) != 3 {
			return nil, fmt.Errorf("line %d: want 3 fields, got %d", n+1, len(f))
		}
		where, from, to := strings.TrimSpace(f[0]), strings.TrimSpace(f[1]), strings.TrimSpace(f[2])
		if where != "ALL" {
			return nil, fmt.Errorf("line %d: position %q not supported", n+1, where)
		}
		if from == "" || to == "" {
			return nil, fmt.Errorf("line %d: empty pattern", n+1)
		}
		rules = append(rules, ocrRule{from: from, to: to})
	}
	if len(rules) == 0 {
		return nil, fmt.Errorf("no rules")
	}
	return rules, nil
}

// applyOCR applies one OCR confusion, chosen uniformly among every place
// where any rule matches s. It reports false when no rule matches.
func applyOCR(r *rand.Rand, rules []ocrRule, s string) (string, bool) {
	var n, pickRule, pickAt int
	for ri := range rules {
		from := rules[ri].from
		for off := 0; ; {
			i := strings.Index(s[off:], from)
			if i < 0 {
				break
			}
			n++
			if r.IntN(n) == 0 { // reservoir sampling: uniform over matches
				pickRule, pickAt = ri, off+i
			}
			off += i + 1
		}
	}
	if n == 0 {
		return s, false
	}
	rule := rules[pickRule]
	return s[:pickAt] + rule.to + s[pickAt+len(rule.from):], true
}
