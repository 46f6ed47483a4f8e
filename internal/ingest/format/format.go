// Package format describes source-file formats as data: which columns
// identify a format, and which column of the file feeds which field of a
// claim or an award record, read as which kind. The ingest package turns a
// Spec into a load plan; the packages named for each publisher (doge,
// fpds, usaspending) hold the specs.
package format

import (
	"fmt"
	"strings"

	"github.com/probity-dev/probity/internal/spend"
)

// Encoding is how a file is written.
type Encoding string

// The encodings probity reads.
const (
	CSV  Encoding = "csv"
	JSON Encoding = "json" // an array of objects, or the DOGE API's paged response
)

// Spec describes one file format.
type Spec struct {
	Name        string // short unique name, e.g. "doge-contracts-api"
	Kind        spend.Kind
	Encoding    Encoding
	Description string // one line: what files have this format, and when they were published

	// Required lists the columns (or JSON keys) that identify the format:
	// all must be present. Detection prefers the matching spec with the
	// most required columns, so a joined file (claims plus award columns)
	// is not mistaken for the plain claims file it extends.
	Required []string
	// Absent lists columns whose presence rules the format out.
	Absent []string

	Claims []Map // claim fields, one per claims-table column
	Awards []Map // award fields; empty if the file holds no award records
	// AwardWhen names the column that must be non-empty for a record to
	// carry an award record.
	AwardWhen string

	// Tables feeds other tables (payments, payment counts) the same way.
	Tables []TableMap

	// JSONKey is the key of the records array inside the DOGE API's paged
	// response ({"success":…, "result":{"contracts":[…]}, "meta":{…}}).
	JSONKey string
}

// TableMap feeds one table other than claims and awards.
type TableMap struct {
	Table string
	Maps  []Map
}

// Map feeds one table column from one source column (or a constant).
type Map struct {
	Column string          // table column, e.g. "savings_cents"
	Source string          // source column name; "name#2" for the second column of that name; "" for Const
	Kind   spend.FieldKind // how to read it
	Const  string
	Note   bool // the free-text part of a DayOrNote source
}

// Index returns the position of the named source column in header, or -1.
// "name#k" is the k-th column of that name.
func Index(header []string, name string) int {
	want := 1
	if i := strings.LastIndex(name, "#"); i > 0 {
		if _, err := fmt.Sscanf(name[i+1:], "%d", &want); err == nil {
			name = name[:i]
		}
	}
	seen := 0
	for i, h := range header {
		if h == name {
			seen++
			if seen == want {
				return i
			}
		}
	}
	return -1
}

// Matches reports whether header (the file's columns) fits the spec.
func (s *Spec) Matches(header []string) bool {
	for _, r := range s.Required {
		if Index(header, r) < 0 {
			return false
		}
	}
	for _, a := range s.Absent {
		if Index(header, a) >= 0 {
			return false
		}
	}
	return true
}

// Columns returns every source column the spec reads, in a stable order:
// the header a JSON file is given.
func (s *Spec) Columns() []string {
	var out []string
	seen := map[string]bool{}
	add := func(c string) {
		if c != "" && !seen[c] {
			seen[c] = true
			out = append(out, c)
		}
	}
	for _, r := range s.Required {
		add(r)
	}
	for _, m := range s.Claims {
		add(m.Source)
	}
	for _, m := range s.Awards {
		add(m.Source)
	}
	for _, t := range s.Tables {
		for _, m := range t.Maps {
			add(m.Source)
		}
	}

	add(s.AwardWhen)
	return out
}
