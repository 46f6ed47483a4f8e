package link

import (
	"fmt"
	"strconv"
	"strings"
)

// BlockingRule says which pairs of records are compared: those whose keys
// are equal. A key is the list of key expressions joined; a record with a
// null part has no key for the rule. On gives the same expressions for
// both records; Left and Right give different ones (Left for the first
// record of a link, Right for the second; in a dedupe, either way round),
// e.g. left [given, surname], right [surname, given] finds swapped names.
//
// A key expression is a field name or a function of one:
//
//	surname              the prepared value
//	soundex(surname)     Soundex code; also nysiis(f), dmetaphone(f) (primary code)
//	first(surname, 3)    the first 3 characters; last(f, n) the last n
//	year(dob)            the year of a date
//	canonical(given)     the canonical given name (bob and robert give robert)
//	sorted_tokens(name)  the words, sorted, so word order does not matter
//	tokens(title)        every word is a key (a record may have several)
//	prefixes(code, 5)    the first 5 characters of every word
//	rare_tokens(title,2) the 2 words of the value that are rarest in the data
type BlockingRule struct {
	Name  string   `json:"name,omitempty"`
	On    []string `json:"on,omitempty"`
	Left  []string `json:"left,omitempty"`
	Right []string `json:"right,omitempty"`
}

// keyExpr is a parsed key expression.
type keyExpr struct {
	fn    string // "" for the plain value
	field string
	n     int
}

var keyFuncs = map[string]struct {
	arg   bool // takes a count
	multi bool // may give several keys per record
}{
	"soundex": {}, "nysiis": {}, "dmetaphone": {}, "year": {}, "sorted_tokens": {}, "canonical": {},
	"first": {arg: true}, "last": {arg: true},
	"tokens": {multi: true}, "rare_tokens": {arg: true, multi: true}, "prefixes": {arg: true, multi: true},
}

func parseKeyExpr(s string) (keyExpr, error) {
	s = strings.TrimSpace(s)
	open := strings.IndexByte(s, '(')
	if open < 0 {
		if s == "" || strings.ContainsAny(s, "),") {
			return keyExpr{}, fmt.Errorf("bad key expression %q", s)
		}
		return keyExpr{field: s}, nil
	}
	if !strings.HasSuffix(s, ")") {
		return keyExpr{}, fmt.Errorf("bad key expression %q: no closing parenthesis", s)
	}
	fn := strings.TrimSpace(s[:open])
	info, ok := keyFuncs[fn]
	if !ok {
		return keyExpr{}, fmt.Errorf("bad key expression %q: unknown function %q", s, fn)
	}
	args := strings.Split(s[open+1:len(s)-1], ",")
	k := keyExpr{fn: fn, field: strings.TrimSpace(args[0])}
	if k.field == "" || strings.ContainsAny(k.field, "()") {
		return keyExpr{}, fmt.Errorf("bad key expression %q: no field", s)
	}
	switch {
	case info.arg && len(args) == 2:
		n, err := strconv.Atoi(strings.TrimSpace(args[1]))
		if err != nil || n < 1 || n > 1000 {
			return keyExpr{}, fmt.Errorf("bad key expression %q: count must be a whole number from 1 to 1000", s)
		}
		k.n = n
	case info.arg || len(args) != 1:
		want := "one argument"
		if info.arg {
			want = "two arguments"
		}
		return keyExpr{}, fmt.Errorf("bad key expression %q: %s takes %s", s, fn, want)
	}
	return k, nil
}

func (k keyExpr) String() string {
	switch {
	case k.fn == "":
		return k.field
	case k.n > 0:
		return fmt.Sprintf("%s(%s, %d)", k.fn, k.field, k.n)
	}
	return k.fn + "(" + k.field + ")"
}

// sides returns the parsed key expressions for the left and right record.
func (r *BlockingRule) sides() (left, right []keyExpr, err error) {
	parse := func(ss []string) ([]keyExpr, error) {
		var ks []keyExpr
		multi := 0
		for _, s := range ss {
			k, err := parseKeyExpr(s)
			if err != nil {
				return nil, err
			}
			if keyFuncs[k.fn].multi {
				multi++
			}
			ks = append(ks, k)
		}
		if multi > 1 {
			return nil, fmt.Errorf("at most one multi-key expression (tokens, rare_tokens) per rule")
		}
		return ks, nil
	}
	switch {
	case len(r.On) > 0 && (len(r.Left) > 0 || len(r.Right) > 0):
		return nil, nil, fmt.Errorf("blocking rule %s: give on, or left and right, not both", r.Title())
	case len(r.On) > 0:
		left, err = parse(r.On)
		right = left
	case len(r.Left) > 0 && len(r.Left) == len(r.Right):
		if left, err = parse(r.Left); err == nil {
			right, err = parse(r.Right)
		}
	default:
		return nil, nil, fmt.Errorf("blocking rule %s: needs on, or left and right of the same length", r.Title())
	}
	if err != nil {
		return nil, nil, fmt.Errorf("blocking rule %s: %w", r.Title(), err)
	}
	return left, right, nil
}

// Title returns the rule's name, or its expressions when it has none.
func (r *BlockingRule) Title() string {
	if r.Name != "" {
		return r.Name
	}
	if len(r.On) > 0 {
		return strings.Join(r.On, "+")
	}
	return strings.Join(r.Left, "+") + "=" + strings.Join(r.Right, "+")
}

// fields returns the names of the fields the rule reads.
func (r *BlockingRule) fields() map[string]bool {
	m := map[string]bool{}
	for _, ss := range [][]string{r.On, r.Left, r.Right} {
		for _, s := range ss {
			if k, err := parseKeyExpr(s); err == nil {
				m[k.field] = true
			}
		}
	}
	return m
}
