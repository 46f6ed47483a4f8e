package ingest

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"io"
	"os"

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
		// Go reads and judges the file while DuckDB copies it.
		type checked struct {
			chk *store.CSVCheck
			err error
		}
		done := make(chan checked, 1)
		checkPlan := planFor(spec, header, src)
		go func() {
			chk, err := checkCSV(path, src.Name, checkPlan)
			done <- checked{chk, err}
		}()
		waited := false
		check := func() (*store.CSVCheck, error) {
			waited = true
			r := <-done
			return r.chk, r.err
		}
		stored, err := st.LoadCSV(ctx, planFor(spec, header, src), path, check)
		if err != nil && !waited {
			// DuckDB failed before Go's verdict was read: a file that is not
			// text, or is cut short, is the likelier story.
			if r := <-done; r.err != nil {
				return Result{}, r.err
			}
		}
		if !errors.Is(err, store.ErrLayoutMismatch) || opt.Mode == Bulk {
			return result(stored, spec, false, err)
		}
		// DuckDB and Go split the file differently: load it with Go's
		// reader, which reports every problem at its line.
	}
	d := newDigest()
	rows, _, err := newCSVRows(bufio.NewReaderSize(io.TeeReader(f, d), 1<<20), src.Name)
	if err != nil {
		return Result{}, err
	}
	plan := planFor(spec, header, src)
	stored, err := st.LoadRows(ctx, plan, &checkedRows{csvRows: rows, d: d, plan: plan})
	return result(stored, spec, opt.Mode != Rows, err)
}

// checkedRows reads records for the row loader, quarantining what DuckDB's
// reader would refuse (bytes that are not UTF-8), and at the end refuses a
// file that is binary or cut short. It fills in the plan's SHA-256 when
// the whole file has been read.
type checkedRows struct {
	*csvRows
	d    *digest
	plan *store.Plan
}

func (c *checkedRows) Next() (store.Row, error) {
	r, err := c.csvRows.Next()
	if err == io.EOF {
		if perr := c.d.problem(c.file, c.csvRows); perr != nil {
			return r, perr
		}
		c.plan.Source.SHA256, c.plan.Source.Bytes = c.d.sum(), c.d.bytes
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
