package store

import (
	"fmt"
	"sort"

	"github.com/probity-dev/probity/internal/spend"
)

// CSVCheck is what Go's own reading of a CSV file found, record by record,
// for the bulk loader: which records are bad and why, and where each good
// one sits in the file. Go decides; DuckDB only moves the bytes.
type CSVCheck struct {
	SHA256  string
	Bytes   int64
	Records int64 // data records read (the header is not counted)

	// Rejects are records whose structure is broken (a stray or unclosed
	// quote, the wrong number of fields, bytes that are not UTF-8). DuckDB's
	// reader refuses these too; Start lets the loader check that it refused
	// exactly these.
	Rejects []Reject
	// Bad are well-formed records with a field that cannot be read, by their
	// position K among the well-formed records.
	Bad []Bad
	// Numbering maps a well-formed record's position K to its record number
	// and line: for K from Numbering[i].K on, record = K + RecOff and
	// line = K + LineOff. A new point starts after every blank line,
	// multi-line record and reject.
	Numbering []Point
	// Samples are records the loader looks up after loading, to check that
	// DuckDB numbered the rows as Go did: Value is what the first target's
	// Column must hold for Record (nil: NULL).
	Samples []Sample
	// Facts hold, per header field, what the good records' values look
	// like (see Plan.Observe); nil means nothing is known.
	Facts []Facts
}

// Sample is one record's expected value in one column.
type Sample struct {
	Record int64
	Column string
	Value  *string
}

// SampleColumn returns the first target's first identifier or text column
// read from the file, for CSVCheck.Samples, with its field and kind.
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

// Reject is a structurally broken record.
type Reject struct {
	Start, End int64 // the record's bytes, as 0-based offsets [Start, End)
	Err        spend.RowError
}

// Bad is a well-formed record with a bad field.
type Bad struct {
	K          int64
	Start, End int64 // the record's bytes, as in Reject
	Err        spend.RowError
}

// Point is one piece of a CSVCheck's numbering.
type Point struct{ K, RecOff, LineOff int64 }

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

// Numberer builds a CSVCheck's numbering as records are read.
type Numberer struct {
	k      int64
	points []Point
}

// Add records that the next well-formed record is record rec, starting on
// line line, and returns its position K.
func (n *Numberer) Add(rec, line int64) int64 {
	p := Point{n.k, rec - n.k, line - n.k}
	if l := len(n.points); l == 0 || n.points[l-1].RecOff != p.RecOff || n.points[l-1].LineOff != p.LineOff {
		n.points = append(n.points, p)
	}
	n.k++
	return n.k - 1
}

// Points returns the numbering.
func (n *Numberer) Points() []Point { return n.points }

// at returns the record and line of position k.
func at(points []Point, k int64) (rec, line int64) {
	i := sort.Search(len(points), func(i int) bool { return points[i].K > k }) - 1
	if i < 0 {
		return k + 1, k + 2
	}
	return k + points[i].RecOff, k + points[i].LineOff
}

// renumber returns the numbering of the rows left when the well-formed
// records at positions skip (sorted, unique) are left out too: DuckDB
// refuses some records Go found bad, when it reads their field typed.
func renumber(points []Point, skip []int64) []Point {
	if len(skip) == 0 {
		return points
	}
	if len(points) == 0 {
		points = []Point{{K: 0, RecOff: 1, LineOff: 2}}
	}
	// Boundaries of the pieces, as positions among the well-formed records.
	var bounds []int64
	for _, p := range points {
		bounds = append(bounds, p.K)
	}
	for _, k := range skip {
		bounds = append(bounds, k+1)
	}
	sort.Slice(bounds, func(i, j int) bool { return bounds[i] < bounds[j] })
	var out []Point
	si := 0
	for i, k0 := range bounds {
		if i > 0 && k0 == bounds[i-1] {
			continue
		}
		for si < len(skip) && skip[si] < k0 {
			si++
		}
		if si < len(skip) && skip[si] == k0 {
			continue // a skipped record starts no piece; the one after it does
		}
		j0 := k0 - int64(si)
		rec, line := at(points, k0)
		p := Point{K: j0, RecOff: rec - j0, LineOff: line - j0}
		if n := len(out); n > 0 && out[n-1].RecOff == p.RecOff && out[n-1].LineOff == p.LineOff {
			continue
		}
		if n := len(out); n > 0 && out[n-1].K == p.K {
			out[n-1] = p
			continue
		}
		out = append(out, p)
	}
	return out
}
