package ingest

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/probity-dev/probity/internal/spend"
	"github.com/probity-dev/probity/internal/store"
)

// checkCSV reads a CSV file with Go's reader while the store's bulk loader
// has DuckDB read it, and judges every record against the plan: the bulk
// loader stores what DuckDB read, but Go says which records are good.
//
// The bytes read are also copied to archive, the file's archived copy.
func checkCSV(path, name string, plan *store.Plan, archive io.Writer) (*store.CSVCheck, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	defer f.Close()
	d := newDigest()
	rows, _, err := newCSVRows(bufio.NewReaderSize(io.TeeReader(f, io.MultiWriter(d, archive)), 1<<20), name)
	if err != nil {
		return nil, err
	}
	// The record slice is reused; its strings stay valid (encoding/csv
	// builds one string per record and slices it).
	rows.r.ReuseRecord = true
	chk := &store.CSVCheck{Facts: make([]store.Facts, len(plan.Header))}

	var num store.Numberer
	smp := newSampler(plan)
	for {
		start := rows.r.InputOffset()
		r, err := rows.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		chk.Records++
		rowErr := r.Err
		if rowErr == nil && len(r.Fields) != len(plan.Header) {
			rowErr = structural(r.Fields, len(plan.Header))
		} else if rowErr == nil && (d.bad || len(d.tail) > 0) {
			// Only a file with bytes that are not UTF-8 needs each field
			// checked: the digest has seen every byte of this record.
			rowErr = structural(r.Fields, len(plan.Header))
		}

		if rowErr != nil {
			rowErr.File, rowErr.Record = name, r.Record
			if rowErr.Line == 0 {
				rowErr.Line = r.Line
			}
			chk.Rejects = append(chk.Rejects, store.Reject{Start: start, End: rows.r.InputOffset(), Err: *rowErr})
			continue
		}
		k := num.Add(r.Record, r.Line)
		if e := plan.Check(r.Fields); e != nil {
			e.File, e.Record, e.Line = name, r.Record, r.Line
			chk.Bad = append(chk.Bad, store.Bad{K: k, Start: start, End: rows.r.InputOffset(), Err: *e})
			continue
		}
		smp.add(k, r.Record, r.Fields)
		plan.Observe(r.Fields, chk.Facts)
	}
	chk.Samples = smp.done()
	if d.cr {
		// Go's reader turns "\r\n" inside a quoted field into "\n" before
		// Observe sees it; DuckDB's does not.
		for i := range chk.Facts {
			chk.Facts[i].CR = true
		}
	}

	if err := d.problem(name, rows); err != nil {
		return nil, err
	}
	chk.SHA256, chk.Bytes, chk.Numbering = d.sum(), d.bytes, num.Points()
	return chk, nil
}

// structural returns the error of a record DuckDB's reader would refuse
// outright: the wrong number of fields, or bytes that are not UTF-8.
func structural(fields []string, want int) *spend.RowError {
	if len(fields) != want {
		return &spend.RowError{Reason: fmt.Sprintf("expected %d fields, found %d", want, len(fields)), Raw: rawFields(fields)}
	}
	for i, f := range fields {
		if !utf8.ValidString(f) {
			return &spend.RowError{Column: int64(i + 1), Reason: "not valid UTF-8", Raw: fmt.Sprintf("%q", f)}
		}
	}
	return nil
}

// problem refuses a file that is binary, or that ends inside a quoted
// field (the last record failed on a quote, and the quotes do not pair up).
func (d *digest) problem(name string, rows *csvRows) error {
	if d.nul >= 0 {
		return spend.Errorf(spend.Invalid, "%s is not a text file (NUL byte at offset %d)", name, d.nul)
	}
	if d.odd && rows.lastQuoteLine > 0 {
		return spend.Errorf(spend.Invalid, "%s looks truncated: the quoted field opened on line %d is never closed", name, rows.lastQuoteLine)
	}
	return nil
}

// sampler keeps, for the bulk loader's check that DuckDB numbered rows as
// Go did, the sample column's value of every 4096th good record and of the
// last one.
type sampler struct {
	plan  *store.Plan
	col   store.Column
	when  int
	ok    bool
	out   []store.Sample
	last  *store.Sample
	lastK int64
	kept  bool
}

func newSampler(p *store.Plan) *sampler {
	col, ok := p.SampleColumn()
	return &sampler{plan: p, col: col, ok: ok, when: p.Targets[0].When}
}

func (s *sampler) add(k, rec int64, fields []string) {
	if !s.ok || (s.when >= 0 && strings.Trim(fields[s.when], spend.Space) == "") {
		return
	}
	v, err := spend.ParseField(s.col.Kind, fields[s.col.Field], s.plan.Source.Snapshot)
	if err != nil {
		return
	}
	smp := store.Sample{Record: rec, Column: s.col.Name}
	if !v.Null {
		t := v.Text
		smp.Value = &t
	}
	s.last, s.lastK = &smp, k
	s.kept = k%4096 == 0
	if s.kept {
		s.out = append(s.out, smp)
	}
}

func (s *sampler) done() []store.Sample {
	if s.last != nil && !s.kept {
		s.out = append(s.out, *s.last)
	}
	return s.out
}
