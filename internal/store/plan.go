package store

import (
	"fmt"

	"github.com/probity-dev/probity/internal/spend"
)

// Plan describes how one source file's records become table rows. The
// ingest package builds it from a format description; both loaders (bulk
// SQL and Go rows) follow it, so they cannot disagree about meaning.
type Plan struct {
	Source  spend.Source // Name, SHA256, Format, Snapshot and Bytes are used
	Kind    spend.Kind
	Header  []string // column names in file order
	Targets []Target
	// Archive is the name of the source file's archived copy (see
	// Store.Archive), recorded with the source.
	Archive string

	checkList []checkField // computed once by checks
	readList  []readField  // computed once by reads
}

// Target is one table that a source record loads into.
type Target struct {
	Table   string // "claims", "awards", "payments" or "payment_counts"
	Columns []Column
	// When is the index of a field that must be non-empty for a record to
	// produce a row in this table; -1 means every record does. (An
	// FPDS-joined contract file has a claim on every row but an award
	// record only where the join found one.)
	When int
}

// Column maps one table column to its source.
type Column struct {
	Name  string          // column in the table
	Field int             // index of the source field; -1 for a constant
	Kind  spend.FieldKind // how the field is read
	Const string          // the constant, for Field == -1 (stored as text)
	// Note marks the column that receives the free-text part of a
	// DayOrNote field (the date goes to a second column on the same field).
	Note bool
}

// tables lists the tables a plan may load and the columns the loader
// fills itself.
var tables = map[string]bool{"claims": true, "awards": true, "payments": true, "payment_counts": true}

// check validates the plan against the header.
func (p *Plan) check() error {
	if len(p.Header) == 0 {
		return fmt.Errorf("plan for %s: no header", p.Source.Name)
	}
	for _, t := range p.Targets {
		if !tables[t.Table] {
			return fmt.Errorf("plan for %s: unknown table %q", p.Source.Name, t.Table)
		}
		if t.When >= len(p.Header) {
			return fmt.Errorf("plan for %s: When field %d out of range", p.Source.Name, t.When)
		}
		for _, c := range t.Columns {
			if c.Field >= len(p.Header) {
				return fmt.Errorf("plan for %s: column %s reads field %d of %d", p.Source.Name, c.Name, c.Field, len(p.Header))
			}
		}
	}
	return nil
}

// ClaimID returns the id of the claim loaded from record rec of source
// src: stable for the life of a database, readable by people.
func ClaimID(src, rec int64) int64 { return src*1_000_000_000 + rec }
