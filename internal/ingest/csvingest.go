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
	"sync"
	"time"

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
		res, err := ingestStaged(ctx, st, path, planFor(spec, header, src), spec)
		if !errors.Is(err, store.ErrLayoutMismatch) && !errors.Is(err, errNotPlain) {
			return res, err
		}
		if opt.Mode == Bulk {
			return Result{}, spend.Errorf(spend.Invalid, "%s: the bulk loader cannot load this file (%v); load it with --load rows", src.Name, err)
		}
		// Load it with Go's reader, which reports every problem at its line.
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

// ingestStaged loads a CSV file through the bulk loader: Go's pass stages
// it (stageCSV), then DuckDB loads the staged copy (store.LoadCSV).
func ingestStaged(ctx context.Context, st *store.Store, path string, plan *store.Plan, spec *format.Spec) (Result, error) {
	name := plan.Source.Name
	trace := os.Getenv("PROBITY_TRACE") != ""
	before, err := os.Stat(path)
	if err != nil {
		return Result{}, fmt.Errorf("stat %s: %w", path, err)
	}
	out, err := st.NewStage()
	if err != nil {
		return Result{}, err
	}
	defer os.Remove(out.Name())
	defer out.Close()
	t := time.Now()
	staged, err := stageCSV(ctx, path, name, plan, out)
	if err == nil {
		err = out.Close()
	}
	if err != nil {
		return Result{}, err
	}
	if trace {
		fmt.Fprintf(os.Stderr, "ingest: Go's pass over %s: %s\n", name, time.Since(t).Round(time.Millisecond))
	}

	// While DuckDB loads, the file is hashed and archived; a file already
	// stored, or that is not text, stops the load.
	in, err := st.NewIncoming()
	if err != nil {
		return Result{}, err
	}
	defer in.Discard()
	loadCtx, stop := context.WithCancel(ctx)
	defer stop()
	identified := make(chan identity, 1)
	go func() {
		id := identify(ctx, st, in, path, name)
		if trace {
			fmt.Fprintf(os.Stderr, "ingest: %s hashed and archived: %s\n", name, time.Since(t).Round(time.Millisecond))
		}
		if id.err != nil || id.known != nil {
			stop()
		}
		identified <- id
	}()
	wait := sync.OnceValue(func() identity { return <-identified })
	staged.Identify = func() (string, int64, string, error) {
		id := wait()
		if id.err != nil {
			return "", 0, "", id.err
		}
		if err := unchanged(path, name, before, id.bytes, staged.Bytes); err != nil {
			return "", 0, "", err
		}
		return id.sha, id.bytes, id.archive, nil
	}
	staged.Path = out.Name()
	stored, err := st.LoadCSV(loadCtx, plan, staged)
	if id := wait(); id.known != nil {
		return result(*id.known, spec, false, store.ErrDuplicate)
	} else if id.err != nil && ctx.Err() == nil {
		return Result{}, id.err
	}
	return result(stored, spec, false, err)
}

// unchanged checks that the file at path is as it was when the ingest
// began (before) and that the hash and Go's pass read as many bytes:
// each of them, and the archive copy, read the file apart.
func unchanged(path, name string, before os.FileInfo, hashed, staged int64) error {
	after, err := os.Stat(path)
	if err != nil {
		return fmt.Errorf("stat %s: %w", path, err)
	}
	if after.Size() != before.Size() || !after.ModTime().Equal(before.ModTime()) || hashed != staged {
		return spend.Errorf(spend.Invalid, "%s changed while it was being read; ingest it again when it is complete", name)
	}
	return nil
}
