package ingest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/probity-dev/probity/internal/ingest/format"
	"github.com/probity-dev/probity/internal/spend"
	"github.com/probity-dev/probity/internal/store"
)

func bytesReader(b []byte) io.Reader { return bytes.NewReader(b) }

func ingestCSV(ctx context.Context, st *store.Store, f *os.File, path string, head []byte, src spend.Source, opt Options) (Result, error) {
	_, header, err := newCSVRows(bytes.NewReader(head), src.Name)
	if err != nil {
		return Result{}, err
	}
	spec, err := chooseSpec(src.Name, format.CSV, header, opt)
	if err != nil {
		return Result{}, err
	}
	src.Format = spec.Name
	plan := planFor(spec, header, src)

	if opt.Mode != Rows {
		// Scan the file in Go while DuckDB reads it.
		type scanned struct {
			s   *scan
			err error
		}
		done := make(chan scanned, 1)
		go func() {
			g, err := os.Open(path)
			if err != nil {
				done <- scanned{err: fmt.Errorf("open %s: %w", path, err)}
				return
			}
			defer g.Close()
			s, err := scanFile(g, true)
			done <- scanned{s, err}
		}()
		var sc *scan
		layout := func() (*store.Layout, error) {
			r := <-done
			if r.err != nil {
				return nil, r.err
			}
			sc = r.s
			if err := checkScan(src.Name, sc); err != nil {
				return nil, err
			}
			if sc.OpenQuoteLine > 0 {
				// A quote left open: a truncated file, or a stray quote that
				// DuckDB and Go recover from differently. Go's reader decides.
				return nil, fmt.Errorf("%w: a quote opened on line %d is never closed", store.ErrLayoutMismatch, sc.OpenQuoteLine)
			}
			return &sc.Layout, nil
		}
		stored, err := st.LoadCSV(ctx, plan, path, layout)
		if err != nil && sc == nil && !errors.Is(err, store.ErrDuplicate) {
			// DuckDB failed before the scan was looked at: a file that is
			// not text, or is cut short, is the likelier story.
			if r := <-done; r.err == nil {
				if cerr := checkScan(src.Name, r.s); cerr != nil {
					return Result{}, cerr
				}
			}
		}
		if !errors.Is(err, store.ErrLayoutMismatch) || opt.Mode == Bulk {
			return result(stored, spec, false, err)
		}
		// DuckDB and Go disagree about the file's records: load it with
		// Go's reader, which reports every problem at its line.
	}
	sc, err := scanFile(f, true)
	if err != nil {
		return Result{}, err
	}
	if err := checkScan(src.Name, sc); err != nil {
		return Result{}, err
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return Result{}, fmt.Errorf("rewind %s: %w", path, err)
	}
	rows, _, err := newCSVRows(f, src.Name)
	if err != nil {
		return Result{}, err
	}
	plan.Source.SHA256, plan.Source.Bytes = sc.SHA256, sc.Bytes
	stored, err := st.LoadRows(ctx, plan, &utf8Rows{csvRows: rows, openQuote: sc.OpenQuoteLine})
	return result(stored, spec, opt.Mode != Rows, err)
}

// checkScan refuses files that are not text.
func checkScan(name string, sc *scan) error {
	if sc.NUL >= 0 {
		return spend.Errorf(spend.Invalid, "%s is not a text file (NUL byte at offset %d)", name, sc.NUL)
	}
	return nil
}

// utf8Rows quarantines records that are not valid UTF-8, as DuckDB's
// reader does, and refuses a file that ends inside a quoted field.
type utf8Rows struct {
	*csvRows
	openQuote int64 // line of a quote the scanner saw left open at the end
	lastQuote bool  // the last record failed on a quote
}

func (u *utf8Rows) Next() (store.Row, error) {
	r, err := u.csvRows.Next()
	if err == io.EOF && u.lastQuote && u.openQuote > 0 {
		return r, spend.Errorf(spend.Invalid, "%s looks truncated: the quoted field opened on line %d is never closed", u.file, u.openQuote)
	}
	u.lastQuote = r.Err != nil && r.Err.Reason == quoteReason
	if err != nil || r.Err != nil {
		return r, err
	}
	for i, f := range r.Fields {
		if !validUTF8(f) {
			r.Err = &spend.RowError{Record: r.Record, Line: r.Line, Column: int64(i + 1), Reason: "not valid UTF-8", Raw: fmt.Sprintf("%q", f)}
			r.Fields = nil
			break
		}
	}
	return r, nil
}
