package ingest

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"

	"github.com/probity-dev/probity/internal/ingest/format"
	"github.com/probity-dev/probity/internal/spend"
	"github.com/probity-dev/probity/internal/store"
)

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
	if opt.Mode != Rows {
		plan := planFor(spec, header, src)
		in, err := st.NewIncoming()
		if err != nil {
			return Result{}, err
		}
		check := func() (*store.CSVCheck, error) {
			chk, err := checkCSV(path, src.Name, plan, in)
			if err != nil {
				return nil, err
			}
			if plan.Archive, err = in.Keep(chk.SHA256, filepath.Ext(path)); err != nil {
				return nil, err
			}
			in = nil
			return chk, nil
		}
		stored, err := st.LoadCSV(ctx, plan, path, check)
		in.Discard()
		if !errors.Is(err, store.ErrLayoutMismatch) || opt.Mode == Bulk {
			return result(stored, spec, false, err)
		}
		// DuckDB and Go read the file differently: load it with Go's
		// reader, which reports every problem at its line.
	}
	in, err := st.NewIncoming()
	if err != nil {
		return Result{}, err
	}
	defer in.Discard()
	d := newDigest()
	rows, _, err := newCSVRows(bufio.NewReaderSize(io.TeeReader(f, io.MultiWriter(d, in)), 1<<20), src.Name)
	if err != nil {
		return Result{}, err
	}
	plan := planFor(spec, header, src)
	cr := &checkedRows{csvRows: rows, d: d, plan: plan, in: in, ext: filepath.Ext(path)}
	stored, err := st.LoadRows(ctx, plan, cr)
	if err == nil || errors.Is(err, store.ErrDuplicate) {
		in = nil // kept, or its twin was
	}
	return result(stored, spec, opt.Mode != Rows, err)
}

// checkedRows reads records for the row loader, quarantining what DuckDB's
// reader would refuse (bytes that are not UTF-8), and at the end refuses a
// file that is binary or cut short. When the whole file has been read it
// fills in the plan's SHA-256 and keeps the archived copy.
type checkedRows struct {
	*csvRows
	d    *digest
	plan *store.Plan
	in   *store.Incoming
	ext  string
}

func (c *checkedRows) Next() (store.Row, error) {
	r, err := c.csvRows.Next()
	if err == io.EOF {
		if perr := c.d.problem(c.file, c.csvRows); perr != nil {
			return r, perr
		}
		c.plan.Source.SHA256, c.plan.Source.Bytes = c.d.sum(), c.d.bytes
		name, kerr := c.in.Keep(c.plan.Source.SHA256, c.ext)
		if kerr != nil {
			return r, kerr
		}
		c.plan.Archive = name
		return r, io.EOF
	}
	if err != nil || r.Err != nil {
		return r, err
	}
	if e := structural(r.Fields, len(c.plan.Header)); e != nil {
		e.File, e.Record, e.Line = c.file, r.Record, r.Line
		r.Err, r.Fields = e, nil
	}
	return r, nil
}
