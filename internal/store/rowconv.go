package store

import (
	"fmt"
	"strings"

	"github.com/probity-dev/probity/internal/spend"
)

// Check reports the first field of fields, in file order, that cannot be
// read as the plan says, or nil. It is the one judgement both loaders use.
func (p *Plan) Check(fields []string) *spend.RowError {
	if len(fields) != len(p.Header) {
		return &spend.RowError{Reason: fmt.Sprintf("expected %d fields, found %d", len(p.Header), len(fields)), Raw: rawOf(fields)}
	}
	ref := p.Source.Snapshot
	for _, f := range p.checks() {
		if _, err := spend.ParseField(f.kind, fields[f.field], ref); err != nil {
			return &spend.RowError{Column: int64(f.field + 1), Field: p.Header[f.field], Reason: err.Error(), Raw: rawOf(fields)}
		}
	}
	return nil
}

// convert reads one record's fields according to the plan, in Go: the
// reference implementation the bulk SQL loader must agree with. For each
// target it returns the column values (nil for a target the record does
// not load into). The first bad field, in file order, is returned as a
// RowError without File, Line or Record.
func (p *Plan) convert(fields []string) ([][]any, *spend.RowError) {
	ref := p.Source.Snapshot
	out := make([][]any, len(p.Targets))
	if e := p.Check(fields); e != nil {
		return nil, e
	}
	for ti, t := range p.Targets {
		if t.When >= 0 && spend.Blank(fields[t.When]) {
			continue
		}
		row := make([]any, len(t.Columns))
		for ci, c := range t.Columns {
			if c.Field < 0 {
				row[ci] = c.Const
				if c.Kind != "" && c.Kind != spend.Text && c.Kind != spend.Ident {
					v, err := spend.ParseField(c.Kind, c.Const, ref)
					if err != nil {
						panic(fmt.Sprintf("convert: constant %q for %s: %v", c.Const, c.Name, err))
					}
					row[ci] = sqlArg(c.Kind, v, false)
				}
				continue
			}
			kind := c.Kind
			v, err := spend.ParseField(kind, fields[c.Field], ref)
			if err != nil {
				panic(fmt.Sprintf("convert: field %d passed the check but fails: %v", c.Field, err))
			}
			row[ci] = sqlArg(kind, v, c.Note)
		}
		out[ti] = row
	}
	return out, nil
}

// sqlArg turns a parsed value into what the appender takes.
func sqlArg(k spend.FieldKind, v spend.Value, note bool) any {
	if note {
		if k != spend.DayOrNote || v.Null || v.Text == "" {
			return nil
		}
		return v.Text
	}
	if v.Null {
		return nil
	}
	switch k {
	case spend.Text, spend.Ident:
		return v.Text
	case spend.Amount:
		return int64(v.Money)
	case spend.Count:
		return v.Int
	case spend.Day, spend.DayOrNote:
		if v.Date.IsZero() {
			return nil
		}
		return v.Date.Time()
	}
	return nil
}

type checkField struct {
	field int
	kind  spend.FieldKind
}

// checks lists the fields that can be refused (every non-text field the
// plan reads), in file order, each once.
// Prepare computes what the plan's methods compute on first use, so that
// Check and Observe can then be called from several goroutines at once.
func (p *Plan) Prepare() {
	p.checks()
	p.reads()
}

func (p *Plan) checks() []checkField {
	if p.checkList == nil {
		p.checkList = p.buildChecks()
	}
	return p.checkList
}

func (p *Plan) buildChecks() []checkField {
	kinds := map[int]spend.FieldKind{}
	for _, t := range p.Targets {
		for _, c := range t.Columns {
			if c.Field < 0 || c.Kind == spend.Text || c.Kind == spend.Ident {
				continue
			}
			if k, ok := kinds[c.Field]; ok && k != c.Kind && !(c.Note && c.Kind == spend.DayOrNote) {
				panic(fmt.Sprintf("plan reads field %d as both %s and %s", c.Field, k, c.Kind))
			}
			kinds[c.Field] = c.Kind
		}
	}
	out := []checkField{}
	for i := range p.Header {
		if k, ok := kinds[i]; ok {
			out = append(out, checkField{i, k})
		}
	}
	return out
}

// rawOf rebuilds a record's text for the quarantine, truncated.
func rawOf(fields []string) string {
	s := strings.Join(fields, ",")
	if len(s) > 2000 {
		s = s[:2000] + "…"
	}
	return s
}
