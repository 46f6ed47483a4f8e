package ingest

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
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
		// Go reads the whole file while DuckDB starts converting it with SQL
		// written for what the first records look like.
		type checked struct {
			chk *store.CSVCheck
			err error
		}
		done := make(chan checked, 1)
		checkPlan := planFor(spec, header, src)
		go func() {
			chk, err := checkCSV(path, src.Name, checkPlan, in)
			if err == nil {
				plan.Archive, err = in.Keep(chk.SHA256, filepath.Ext(path))
			}
			done <- checked{chk, err}
		}()
		waited := false
		check := func() (*store.CSVCheck, error) {
			waited = true
			r := <-done
			return r.chk, r.err
		}
		stored, err := st.LoadCSV(ctx, plan, path, earlyFacts(head, plan), check)
		if !waited {
			<-done
		}
		in.Discard()
		if !errors.Is(err, store.ErrLayoutMismatch) || opt.Mode == Bulk {
			return result(stored, spec, false, err)
		}
		// DuckDB and Go read the file differently: load it with Go's
		// reader, which reports every problem at its line.
		if os.Getenv("PROBITY_TRACE") != "" {
			fmt.Fprintf(os.Stderr, "ingest: %s: falling back to Go's reader: %v\n", src.Name, err)
		}

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

// earlyFacts reads the records in the first bytes of a file (the head
// already read to detect its format) and returns what their values look
// like; nil if there are none.
func earlyFacts(head []byte, plan *store.Plan) []store.Facts {
	if i := bytes.LastIndexByte(head, '\n'); i >= 0 {
		head = head[:i+1] // the last record may be cut off
	}
	rows, _, err := newCSVRows(bytes.NewReader(head), "")
	if err != nil {
		return nil
	}
	facts := make([]store.Facts, len(plan.Header))
	n := 0
	for {
		r, err := rows.Next()
		if err != nil {
			break
		}
		if r.Err == nil && len(r.Fields) == len(plan.Header) && plan.Check(r.Fields) == nil {
			plan.Observe(r.Fields, facts)
			n++
		}
	}
	if n == 0 {
		return nil
	}
	return facts
}
