package store

import (
	"context"
	"database/sql/driver"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/probity-dev/probity/internal/spend"
)

// ErrLayoutMismatch means DuckDB's CSV reader read the staged copy
// differently from Go. The caller should load the file with LoadRows
// instead; nothing was stored.
var ErrLayoutMismatch = errors.New("store: DuckDB and Go read the file's records differently")

// LoadCSV loads a CSV file that Go has staged (see Staged), in one
// transaction: DuckDB's CSV reader streams the staged copy, in parallel,
// through SQL generated from the plan and the facts about the values,
// straight into the claims and awards tables, with Go's record numbers and
// lines; the records Go refused are quarantined with Go's reasons. If
// DuckDB refuses a staged record, loads a different number of rows, or
// holds another value than Go read in a sampled record, nothing is stored
// and ErrLayoutMismatch is returned. If a source with the same SHA-256
// exists, LoadCSV returns that source and ErrDuplicate, and nothing is
// stored.
func (s *Store) LoadCSV(ctx context.Context, p *Plan, st *Staged) (spend.Source, error) {
	if err := p.check(); err != nil {
		return spend.Source{}, err
	}
	if len(st.Rows) != len(p.Targets) || len(st.Facts) != len(p.Header) {
		return spend.Source{}, fmt.Errorf("load %s: staged for another plan", p.Source.Name)
	}
	if st.Identify == nil {
		return spend.Source{}, fmt.Errorf("load %s: no way to identify the file", p.Source.Name)
	}
	return s.load(ctx, p, "bulk", func(ctx context.Context, c *conn, id int64) (counts, error) {
		b := &bulk{c: c, p: p, id: id, st: st}
		if st.Good > 0 {
			for ti, t := range p.Targets {
				if err := b.insert(ctx, t, st.Rows[ti]); err != nil {
					return counts{}, err
				}
			}
			if err := b.checkSamples(ctx); err != nil {
				return counts{}, err
			}
		}
		if err := b.quarantine(); err != nil {
			return counts{}, err
		}
		sha, n, archive, err := st.Identify()
		if err != nil {
			return counts{}, err
		}
		p.Source.SHA256, p.Source.Bytes, p.Archive = sha, n, archive
		q := int64(len(st.Refused))
		return counts{read: st.Records, loaded: st.Records - q, quarantined: q}, nil
	})
}

type bulk struct {
	c  *conn
	p  *Plan
	id int64
	st *Staged
}

// insert loads the staged records that belong in t and checks that DuckDB
// loaded as many as Go counted.
func (b *bulk) insert(ctx context.Context, t Target, want int64) error {
	q, err := b.insertSQL(t)
	if err != nil {
		return err
	}
	if os.Getenv("PROBITY_TRACE") == "sql" {
		fmt.Fprintln(os.Stderr, q)
	}
	start := time.Now()
	res, err := b.c.ExecContext(ctx, q)
	if err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		// DuckDB's reader refused something Go read: let Go's reader load
		// the file.
		return fmt.Errorf("%w: DuckDB could not read it: %v", ErrLayoutMismatch, err)
	}
	if trace {
		fmt.Fprintf(os.Stderr, "store: insert %s: %s\n", t.Table, time.Since(start).Round(time.Millisecond))
	}
	n, err := res.RowsAffected()
	if err != nil {
		return fmt.Errorf("insert %s: %w", t.Table, err)
	}
	if n != want {
		return fmt.Errorf("%w: DuckDB loaded %d rows into %s, Go read %d", ErrLayoutMismatch, n, t.Table, want)
	}
	return nil
}

// insertSQL writes the INSERT that loads the staged copy into t. Each
// field DuckDB can parse typed exactly as Go does (see readerTypes) is read
// typed; the rest are read as text and converted by sqlValue, written for
// the values the file holds.
func (b *bulk) insertSQL(t Target) (string, error) {
	facts := b.st.Facts
	types, dateFormat := readerTypes(b.p, facts)
	cols := []string{"'record': 'BIGINT'", "'line': 'BIGINT'"}
	for i := range b.p.Header {
		cols = append(cols, fmt.Sprintf("'c%d': '%s'", i, types[i]))
	}
	opts := ""
	if dateFormat != "" {
		opts = fmt.Sprintf(", dateformat = '%s'", dateFormat)
	}
	read := fmt.Sprintf(`read_csv(%s, header = false, auto_detect = false, delim = ',', quote = '"', escape = '"',
		new_line = '\n', strict_mode = true, columns = {%s}%s)`, quoteString(b.st.Path), strings.Join(cols, ", "), opts)

	names := []string{"source_id", "record", "line"}
	exprs := []string{fmt.Sprint(b.id), "record", "line"}
	if t.Table == "claims" {
		names = append([]string{"id"}, names...)
		exprs = append([]string{fmt.Sprintf("CAST(%d AS BIGINT) * 1000000000 + record", b.id)}, exprs...)
	}
	for _, c := range t.Columns {
		names = append(names, quoteIdent(c.Name))
		x := fmt.Sprintf("c%d", c.Field)
		switch {
		case c.Field < 0:
			exprs = append(exprs, quoteString(c.Const))
		case c.Note:
			exprs = append(exprs, sqlNote(x, sqlTrim(x)))
		case types[c.Field] != "VARCHAR":
			exprs = append(exprs, typedValue(c.Kind, x, types[c.Field]))
		default:
			exprs = append(exprs, sqlValue(c.Kind, x, facts[c.Field], b.p.Source.Snapshot.Y))
		}
	}
	where := ""
	if t.When >= 0 {
		col, ok := whenColumn(t)
		if !ok {
			return "", fmt.Errorf("plan for %s: the When field of %s is not loaded into an identifier column", b.p.Source.Name, t.Table)
		}
		where = fmt.Sprintf(" WHERE %s IS NOT NULL", sqlValue(spend.Ident, fmt.Sprintf("c%d", col.Field), facts[col.Field], 0))
	}
	return fmt.Sprintf("INSERT INTO %s (%s) SELECT %s FROM %s%s", t.Table, strings.Join(names, ", "), strings.Join(exprs, ", "), read, where), nil
}

// whenColumn returns the identifier column t reads its When field into: a
// row belongs in t exactly when that column is not NULL.
func whenColumn(t Target) (Column, bool) {
	for _, c := range t.Columns {
		if c.Field == t.When && c.Kind == spend.Ident {
			return c, true
		}
	}
	return Column{}, false
}

// checkSamples checks, in one query, that records Go sampled landed under
// their record numbers with the values Go read.
func (b *bulk) checkSamples(ctx context.Context) error {
	smp := b.st.Samples
	if len(smp) == 0 {
		return nil
	}
	recs := make([]string, len(smp))
	for i, s := range smp {
		recs[i] = fmt.Sprint(s.Record)
	}
	t := b.p.Targets[0]
	rows, err := b.c.QueryContext(ctx, fmt.Sprintf("SELECT record, CAST(%s AS VARCHAR) FROM %s WHERE source_id = ? AND record IN (%s)",
		quoteIdent(smp[0].Column), t.Table, strings.Join(recs, ",")), b.id)
	if err != nil {
		return fmt.Errorf("read samples: %w", err)
	}
	defer rows.Close()
	got := map[int64]*string{}
	for rows.Next() {
		var rec int64
		var v *string
		if err := rows.Scan(&rec, &v); err != nil {
			return fmt.Errorf("read sample: %w", err)
		}
		got[rec] = v
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("read samples: %w", err)
	}
	for _, s := range smp {
		v, ok := got[s.Record]
		if !ok {
			return fmt.Errorf("%w: record %d not found where Go put it", ErrLayoutMismatch, s.Record)
		}
		if (v == nil) != (s.Value == nil) || (v != nil && *v != *s.Value) {
			return fmt.Errorf("%w: record %d holds %v, Go read %v", ErrLayoutMismatch, s.Record, deref(v), deref(s.Value))
		}
	}
	return nil
}

func deref(s *string) string {
	if s == nil {
		return "NULL"
	}
	return fmt.Sprintf("%q", *s)
}

// quarantine records Go's verdicts on the refused records.
func (b *bulk) quarantine() error {
	errs := b.st.Refused
	if len(errs) == 0 {
		return nil
	}
	return b.c.withDriver(func(dc driver.Conn) error {
		a, err := newAppender(dc, "quarantine", quarantineCols)
		if err != nil {
			return err
		}
		for i := range errs {
			if err := a.AppendRow(quarantineRow(b.id, &errs[i])...); err != nil {
				a.Close()
				return fmt.Errorf("quarantine record %d: %w", errs[i].Record, err)
			}
		}
		return a.Close()
	})
}

var quarantineCols = []string{"source_id", "record", "line", "col", "field", "reason", "raw"}

func quarantineRow(id int64, e *spend.RowError) []driver.Value {
	return []driver.Value{id, nullInt(e.Record), e.Line, nullInt(e.Column), nullString(e.Field), e.Reason, nullString(truncate(e.Raw, 2000))}
}

func truncate(s string, n int) string {
	if len(s) > n {
		return s[:n] + "…"
	}
	return s
}
