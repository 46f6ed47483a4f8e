package store

import (
	"context"
	"database/sql/driver"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/duckdb/duckdb-go/v2"

	"github.com/probity-dev/probity/internal/spend"
)

// ErrDuplicate is returned, with the stored source, when a file with the
// same SHA-256 was ingested before. Nothing is changed.
var ErrDuplicate = errors.New("store: file already ingested")

// Row is one record read by Go.
type Row struct {
	Record int64    // 1-based data record number
	Line   int64    // 1-based line where the record starts
	Fields []string // one per header column; nil when Err is set
	// Err is a structural problem the reader found (wrong number of
	// fields, a broken quote); the record is quarantined with it.
	Err *spend.RowError
}

// RowReader yields rows until it returns io.EOF.
type RowReader interface {
	Next() (Row, error)
}

// LoadRows loads rows read by Go, following the plan, in one transaction:
// the source, its rows, claims, awards and quarantine all land, or none do.
// If a source with the same SHA-256 exists it returns that source and
// ErrDuplicate.
func (s *Store) LoadRows(ctx context.Context, p *Plan, rows RowReader) (spend.Source, error) {
	if err := p.check(); err != nil {
		return spend.Source{}, err
	}
	return s.load(ctx, p, "append", func(ctx context.Context, tx *conn, id int64) (counts, error) {
		return appendRows(ctx, tx, p, id, rows)
	})
}

type counts struct{ read, loaded, quarantined int64 }

// load runs fill inside a transaction on one connection, between the
// duplicate check and the recording of the source.
func (s *Store) load(ctx context.Context, p *Plan, path string, fill func(context.Context, *conn, int64) (counts, error)) (spend.Source, error) {
	if p.Source.SHA256 != "" {
		if src, ok, err := s.SourceBySHA(ctx, p.Source.SHA256); err != nil {
			return spend.Source{}, err
		} else if ok {
			return src, ErrDuplicate
		}
	}
	c, err := s.begin(ctx)
	if err != nil {
		return spend.Source{}, err
	}
	defer c.rollback()
	var id int64
	if err := c.QueryRowContext(ctx, `SELECT coalesce(max(id), 0) + 1 FROM sources`).Scan(&id); err != nil {
		return spend.Source{}, fmt.Errorf("allocate source id: %w", err)
	}
	n, err := fill(ctx, c, id)
	if err != nil {
		return spend.Source{}, err
	}
	if p.Source.SHA256 == "" {
		return spend.Source{}, fmt.Errorf("load %s: no SHA-256 for the file", p.Source.Name)
	}
	if src, ok, err := s.SourceBySHA(ctx, p.Source.SHA256); err != nil {
		return spend.Source{}, err
	} else if ok {
		return src, ErrDuplicate
	}
	src := p.Source
	src.ID = id
	src.Read, src.Loaded, src.Quarantined = n.read, n.loaded, n.quarantined
	src.IngestedAt = s.Now().UTC()
	if _, err := c.ExecContext(ctx, `INSERT INTO sources
		(id, name, sha256, format, kind, snapshot, bytes, header, rows_read, rows_loaded, rows_quarantined, load_path, ingested_at, archive)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		id, src.Name, src.SHA256, src.Format, string(p.Kind), nullDate(src.Snapshot), src.Bytes, p.Header,
		src.Read, src.Loaded, src.Quarantined, path, src.IngestedAt, nullString(p.Archive)); err != nil {
		return spend.Source{}, fmt.Errorf("record source %s: %w", src.Name, err)
	}
	t := time.Now()
	if err := c.commit(); err != nil {
		return spend.Source{}, err
	}
	if trace {
		fmt.Fprintf(os.Stderr, "store: commit: %s\n", time.Since(t).Round(time.Millisecond))
	}
	return src, nil
}

func appendRows(ctx context.Context, c *conn, p *Plan, id int64, rows RowReader) (counts, error) {
	var n counts
	err := c.withDriver(func(dc driver.Conn) error {
		q, err := newAppender(dc, "quarantine", quarantineCols)
		if err != nil {
			return err
		}
		defer q.Close()
		targets := make([]*duckdb.Appender, len(p.Targets))
		for i, t := range p.Targets {
			cols := []string{"source_id", "record", "line"}
			if t.Table == "claims" {
				cols = append([]string{"id"}, cols...)
			}
			for _, col := range t.Columns {
				cols = append(cols, col.Name)
			}
			if targets[i], err = newAppender(dc, t.Table, cols); err != nil {
				return err
			}
			defer targets[i].Close()
		}
		for {
			if err := ctx.Err(); err != nil {
				return err
			}
			r, err := rows.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				return err
			}
			n.read++
			rowErr := r.Err
			if rowErr == nil && len(r.Fields) != len(p.Header) {
				rowErr = &spend.RowError{Reason: fmt.Sprintf("expected %d fields, found %d", len(p.Header), len(r.Fields)), Raw: rawOf(r.Fields)}
			}
			var vals [][]any
			if rowErr == nil {
				vals, rowErr = p.convert(r.Fields)
			}
			if rowErr != nil {
				n.quarantined++
				rowErr.Record = r.Record
				if rowErr.Line == 0 {
					rowErr.Line = r.Line
				}
				if err := q.AppendRow(quarantineRow(id, rowErr)...); err != nil {
					return fmt.Errorf("quarantine record %d: %w", r.Record, err)
				}
				continue
			}
			n.loaded++
			for ti, t := range p.Targets {
				if vals[ti] == nil {
					continue
				}
				args := []driver.Value{id, r.Record, r.Line}
				if t.Table == "claims" {
					args = append([]driver.Value{ClaimID(id, r.Record)}, args...)
				}
				for _, v := range vals[ti] {
					args = append(args, v)
				}
				if err := targets[ti].AppendRow(args...); err != nil {
					return fmt.Errorf("load record %d into %s: %w", r.Record, t.Table, err)
				}
			}
		}
		for i, a := range append([]*duckdb.Appender{q}, targets...) {
			if err := a.Flush(); err != nil {
				return fmt.Errorf("flush appender %d: %w", i, err)
			}
		}
		return nil
	})
	return n, err
}

func nullInt(n int64) any {
	if n == 0 {
		return nil
	}
	return n
}

func nullString(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func nullDate(d spend.Date) any {
	if d.IsZero() {
		return nil
	}
	return d.Time()
}
