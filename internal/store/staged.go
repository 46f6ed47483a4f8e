package store

import "github.com/probity-dev/probity/internal/spend"

// Staged is a CSV file Go has read and judged for the bulk loader (see
// LoadCSV): its good records written to a staged copy, and what Go found.
// Go decides which records are good and numbers them; DuckDB only moves
// the bytes.
type Staged struct {
	// Path is the staged copy: no header, one record per line (a quoted
	// field may span lines), each "record,line," followed by the record's
	// fields as Go read them in the source file.
	Path    string
	Bytes   int64 // bytes Go read
	Records int64 // data records read (the header is not counted)
	Good    int64 // records in the staged copy
	// Rows counts, per plan target, the staged records that make a row in
	// it (see Target.When).
	Rows []int64
	// Refused are the records Go refused, with the reason, in file order:
	// they are quarantined.
	Refused []spend.RowError
	// Samples are records the loader looks up after loading, to check that
	// DuckDB read the fields as Go did: Value is what the first target's
	// Column must hold for Record (nil: NULL).
	Samples []Sample
	// Facts hold, per header field, what the good records' values look
	// like (see Plan.Observe).
	Facts []Facts
	// Identify is called before the source is recorded. It returns the
	// file's SHA-256 and size, and the name of its archived copy once the
	// copy is safely on disk: both are made while DuckDB loads.
	Identify func() (sha string, bytes int64, archive string, err error)
}

// Sample is one record's expected value in one column.
type Sample struct {
	Record int64
	Column string
	Value  *string
}

// SampleColumn returns the first target's first identifier or text column
// read from the file, for Staged.Samples, with its field and kind.
func (p *Plan) SampleColumn() (col Column, ok bool) {
	if len(p.Targets) == 0 {
		return Column{}, false
	}
	for _, c := range p.Targets[0].Columns {
		if c.Field >= 0 && !c.Note && (c.Kind == spend.Ident || c.Kind == spend.Text) {
			return c, true
		}
	}
	return Column{}, false
}
