package ingest

import (
	"github.com/probity-dev/probity/internal/ingest/format"
	"github.com/probity-dev/probity/internal/spend"
	"github.com/probity-dev/probity/internal/store"
)

// planFor turns a format spec and a file's header into a load plan.
// Columns the spec names but the file lacks are left null.
func planFor(spec *format.Spec, header []string, src spend.Source) *store.Plan {
	p := &store.Plan{Source: src, Kind: spec.Kind, Header: header}
	if len(spec.Claims) > 0 {
		cols := columns(spec.Claims, header)
		if !src.Snapshot.IsZero() {
			cols = append(cols, store.Column{Name: "snapshot", Field: -1, Kind: spend.Day, Const: src.Snapshot.String()})
		}
		p.Targets = append(p.Targets, store.Target{Table: "claims", When: -1, Columns: cols})
	}
	if len(spec.Awards) > 0 {
		cols := columns(spec.Awards, header)
		if !hasColumn(cols, "as_of") && !src.Snapshot.IsZero() {
			cols = append(cols, store.Column{Name: "as_of", Field: -1, Kind: spend.Day, Const: src.Snapshot.String()})
		}
		p.Targets = append(p.Targets, store.Target{Table: "awards", When: format.Index(header, spec.AwardWhen), Columns: cols})
	}
	for _, t := range spec.Tables {
		p.Targets = append(p.Targets, store.Target{Table: t.Table, When: -1, Columns: columns(t.Maps, header)})
	}

	return p
}

func columns(maps []format.Map, header []string) []store.Column {
	var out []store.Column
	for _, m := range maps {
		if m.Source == "" {
			out = append(out, store.Column{Name: m.Column, Field: -1, Kind: m.Kind, Const: m.Const})
			continue
		}
		i := format.Index(header, m.Source)
		if i < 0 {
			continue
		}
		out = append(out, store.Column{Name: m.Column, Field: i, Kind: m.Kind, Note: m.Note})
	}
	return out
}

func hasColumn(cols []store.Column, name string) bool {
	for _, c := range cols {
		if c.Name == name {
			return true
		}
	}
	return false
}
