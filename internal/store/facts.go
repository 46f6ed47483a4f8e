package store

import (
	"strings"

	"github.com/probity-dev/probity/internal/spend"
)

// Facts are what Go's reading of a file learned about the values of one
// field, across all the good records: the bulk loader writes the cheapest
// SQL that converts exactly those values (a file whose dates are all ISO
// needs no pattern matching, a column that never has a "$" needs no
// replace). Each specialisation is checked against spend.ParseField by
// TestSQLMatchesGo.
type Facts struct {
	Space  bool // some value has white space at an end
	Symbol bool // some amount or count has "$" or ","
	CR     bool // some text has a carriage return
	Shapes Shapes
}

// Shapes is the set of date forms seen.
type Shapes uint8

// The date forms spend.ParseDate reads.
const (
	ShapeISO    Shapes = 1 << iota // YYYY-MM-DD
	ShapeStamp                     // YYYY-MM-DD-HHMM
	ShapeSlash4                    // M/D/YYYY
	ShapeSlash2                    // M/D/YY
	ShapeNote                      // free text where a date may be (DayOrNote)
)

// Observe adds one good record's values to facts, one entry per header
// field (facts must have len(p.Header) entries).
func (p *Plan) Observe(fields []string, facts []Facts) {
	for _, f := range p.reads() {
		facts[f.field].add(f.kind, fields[f.field])
	}
}

// Merge widens f to fit the values g was built from too.
func (f *Facts) Merge(g Facts) {
	f.Space = f.Space || g.Space
	f.Symbol = f.Symbol || g.Symbol
	f.CR = f.CR || g.CR
	f.Shapes |= g.Shapes
}

// add widens fc to fit the value v of kind k. It is on every field's path
// of a bulk load, so it looks at bytes rather than calling strings helpers.
func (fc *Facts) add(k spend.FieldKind, v string) {
	if v == "" {
		return
	}
	edge := v[0] <= ' ' || v[len(v)-1] <= ' '
	if edge && !fc.Space && (strings.IndexByte(spend.Space, v[0]) >= 0 || strings.IndexByte(spend.Space, v[len(v)-1]) >= 0) {
		fc.Space = true
	}
	switch k {
	case spend.Text, spend.DayOrNote:
		if !fc.CR && strings.IndexByte(v, '\r') >= 0 {
			fc.CR = true
		}
	case spend.Amount, spend.Count:
		if !fc.Symbol {
			for i := 0; i < len(v); i++ { // values are short: a loop beats two searches
				if c := v[i]; c == '$' || c == ',' {
					fc.Symbol = true
					break
				}
			}
		}
	}
	if k == spend.Day || k == spend.DayOrNote {
		if edge {
			v = strings.Trim(v, spend.Space)
		}
		fc.Shapes |= dateShape(v)
	}
}

func dateShape(t string) Shapes {
	switch {
	case t == "":
		return 0
	case t[0] < '0' || t[0] > '9':
		return ShapeNote
	}
	last := -1
	for i := 0; i < len(t); i++ {
		if t[i] == '/' {
			last = i
		}
	}
	switch {
	case last >= 0:
		if len(t)-last-1 == 2 {
			return ShapeSlash2
		}
		return ShapeSlash4
	case len(t) > 10:
		return ShapeStamp
	}
	return ShapeISO
}

type readField struct {
	field int
	kind  spend.FieldKind
}

// reads lists every field the plan reads, with its kind, each once.
func (p *Plan) reads() []readField {
	if p.readList == nil {
		seen := map[int]bool{}
		p.readList = []readField{}
		for _, t := range p.Targets {
			for _, c := range t.Columns {
				if c.Field >= 0 && !c.Note && !seen[c.Field] {
					seen[c.Field] = true
					p.readList = append(p.readList, readField{c.Field, c.Kind})
				}
			}
		}
	}
	return p.readList
}
