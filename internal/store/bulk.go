package store

import (
	"context"
	"database/sql/driver"
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/probity-dev/probity/internal/spend"
)

// ErrLayoutMismatch means DuckDB's CSV reader and Go's split the file into
// records differently. The caller should load the file with LoadRows
// instead; nothing was stored.
var ErrLayoutMismatch = errors.New("store: DuckDB and Go read the file's records differently")

// LoadCSV loads a CSV file in bulk, in one transaction. Go reads the file
// first (check) and decides which records are bad and why, and where each
// good one sits; then DuckDB's own CSV reader streams the file through SQL
// generated from the plan, numbering its rows with row_number() and
// leaving out the ones Go refused, straight into the claims and awards
// tables. The bad records are quarantined with Go's reasons. If DuckDB
// refuses other records than the ones Go found broken, or numbers them
// differently, nothing is stored and ErrLayoutMismatch is returned. If a
// source with the same SHA-256 exists, LoadCSV returns that source and
// ErrDuplicate, and nothing is stored.
func (s *Store) LoadCSV(ctx context.Context, p *Plan, path string, check func() (*CSVCheck, error)) (spend.Source, error) {
	if err := p.check(); err != nil {
		return spend.Source{}, err
	}
	return s.load(ctx, p, "bulk", func(ctx context.Context, c *conn, id int64) (counts, error) {
		b := &bulk{c: c, p: p, id: id, path: path}
		defer b.drop()
		return b.run(ctx, check)
	})
}

type bulk struct {
	c    *conn
	p    *Plan
	id   int64
	path string
	temp []string // temporary tables to drop
}

func (b *bulk) exec(ctx context.Context, what, q string, args ...any) error {
	t := time.Now()
	if _, err := b.c.ExecContext(ctx, q, args...); err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	if trace {
		fmt.Fprintf(os.Stderr, "store: %s: %s\n", what, time.Since(t).Round(time.Millisecond))
	}
	return nil
}

// trace prints the time of each bulk-load step to stderr when
// PROBITY_TRACE is set.
var trace = os.Getenv("PROBITY_TRACE") != ""

// tracer times consecutive steps for PROBITY_TRACE.
type tracer struct{ t time.Time }

func newTracer() *tracer { return &tracer{time.Now()} }

func (t *tracer) step(what string) {
	if trace {
		fmt.Fprintf(os.Stderr, "store: %s: %s\n", what, time.Since(t.t).Round(time.Millisecond))
	}
	t.t = time.Now()
}

func (b *bulk) drop() {
	for _, t := range b.temp {
		b.c.ExecContext(context.Background(), "DROP TABLE IF EXISTS "+t)
	}
}

func (b *bulk) run(ctx context.Context, check func() (*CSVCheck, error)) (counts, error) {
	var n counts
	tr := newTracer()
	chk, err := check()
	if err != nil {
		return n, err
	}
	tr.step("Go's check of " + b.p.Source.Name)
	if b.p.Source.SHA256 == "" {
		b.p.Source.SHA256, b.p.Source.Bytes = chk.SHA256, chk.Bytes
	}
	numbering, join, err := b.numbering(ctx, chk)
	if err != nil {
		return n, err
	}
	skip := ""
	if len(chk.Bad) > 0 {
		tb := fmt.Sprintf("bad_%d", b.id)
		b.temp = append(b.temp, tb)
		if err := b.exec(ctx, "list bad rows", fmt.Sprintf("CREATE TEMP TABLE %s (k BIGINT)", tb)); err != nil {
			return n, err
		}
		if err := b.appendAll(tb, []string{"k"}, len(chk.Bad), func(i int) []driver.Value { return []driver.Value{chk.Bad[i].K} }); err != nil {
			return n, err
		}
		skip = fmt.Sprintf("AND s.k NOT IN (SELECT k FROM %s)", tb)
	}
	cols := make([]string, len(b.p.Header))
	for i := range cols {
		cols[i] = fmt.Sprintf("'c%d': 'VARCHAR'", i)
	}
	for ti, t := range b.p.Targets {
		rej, rejScan := fmt.Sprintf("rejects_%d_%d", b.id, ti), fmt.Sprintf("reject_scans_%d_%d", b.id, ti)
		b.temp = append(b.temp, rej, rejScan)
		read := fmt.Sprintf(`read_csv(%s, header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
			strict_mode = true, store_rejects = true, rejects_table = '%s', rejects_scan = '%s', columns = {%s})`,
			quoteString(b.path), rej, rejScan, strings.Join(cols, ", "))
		// row_number() over the reader's rows, in file order: DuckDB
		// preserves insertion order; agree and the samples check it.
		from := fmt.Sprintf("(SELECT row_number() OVER () - 1 AS k, * %s FROM %s) s %s", b.trimmed(), read, join)
		if err := b.insertTarget(ctx, t, from, numbering, skip); err != nil {
			// DuckDB's reader gives up on some files Go reads (mixed line
			// endings, for one): let Go's reader load them.
			return n, fmt.Errorf("%w: DuckDB could not read it: %v", ErrLayoutMismatch, err)
		}
		if err := b.agree(ctx, rej, chk); err != nil {
			return n, err
		}
	}
	if err := b.checkSamples(ctx, chk); err != nil {
		return n, err
	}
	if err := b.quarantine(chk); err != nil {
		return n, err
	}
	n.read = chk.Records
	n.quarantined = int64(len(chk.Rejects) + len(chk.Bad))
	n.loaded = n.read - n.quarantined
	return n, nil
}

// agree checks that DuckDB refused exactly the records Go found broken.
func (b *bulk) agree(ctx context.Context, rej string, chk *CSVCheck) error {
	r, err := b.c.QueryContext(ctx, fmt.Sprintf("SELECT DISTINCT line_byte_position FROM %s ORDER BY 1", rej))
	if err != nil {
		return fmt.Errorf("read rejects: %w", err)
	}
	defer r.Close()
	var pos []int64
	for r.Next() {
		var p int64
		if err := r.Scan(&p); err != nil {
			return fmt.Errorf("read reject: %w", err)
		}
		pos = append(pos, p)
	}
	if err := r.Err(); err != nil {
		return err
	}
	if len(pos) != len(chk.Rejects) {
		return fmt.Errorf("%w: DuckDB refused %d records, Go found %d broken", ErrLayoutMismatch, len(pos), len(chk.Rejects))
	}
	rj := append([]Reject(nil), chk.Rejects...)
	sort.Slice(rj, func(i, j int) bool { return rj[i].Start < rj[j].Start })
	for i, p := range pos {
		// DuckDB reports where a refused record starts as a byte offset,
		// 0- or 1-based depending on the line ending; Go's span for the
		// record may include blank lines before it.
		if p < rj[i].Start || p > rj[i].End {
			return fmt.Errorf("%w: DuckDB refused the record at byte %d, Go the one at bytes %d-%d", ErrLayoutMismatch, p, rj[i].Start, rj[i].End)
		}
	}
	return nil
}

// checkSamples checks that records Go sampled landed under their record
// numbers: DuckDB numbered the rows as Go did.
func (b *bulk) checkSamples(ctx context.Context, chk *CSVCheck) error {
	if len(chk.Samples) == 0 {
		return nil
	}
	t := b.p.Targets[0]
	for _, smp := range chk.Samples {
		var got *string
		err := b.c.QueryRowContext(ctx, fmt.Sprintf("SELECT CAST(%s AS VARCHAR) FROM %s WHERE source_id = ? AND record = ?", quoteIdent(smp.Column), t.Table),
			b.id, smp.Record).Scan(&got)
		if err != nil {
			return fmt.Errorf("%w: record %d not found where Go put it: %v", ErrLayoutMismatch, smp.Record, err)
		}
		if (got == nil) != (smp.Value == nil) || (got != nil && *got != *smp.Value) {
			return fmt.Errorf("%w: record %d holds %v, Go read %v", ErrLayoutMismatch, smp.Record, deref(got), deref(smp.Value))
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

// numbering returns the expressions giving each staged row's record number
// and line, and the join they need.
func (b *bulk) numbering(ctx context.Context, chk *CSVCheck) (exprs [2]string, join string, err error) {
	switch len(chk.Numbering) {
	case 0:
		return [2]string{"s.k + 1", "s.k + 2"}, "", nil
	case 1:
		p := chk.Numbering[0]
		return [2]string{fmt.Sprintf("s.k + %d", p.RecOff), fmt.Sprintf("s.k + %d", p.LineOff)}, "", nil
	}
	t := fmt.Sprintf("numbering_%d", b.id)
	b.temp = append(b.temp, t)
	if err := b.exec(ctx, "create numbering", fmt.Sprintf("CREATE TEMP TABLE %s (k BIGINT, rec_off BIGINT, line_off BIGINT)", t)); err != nil {
		return exprs, "", err
	}
	pts := chk.Numbering
	if err := b.appendAll(t, []string{"k", "rec_off", "line_off"}, len(pts), func(i int) []driver.Value {
		return []driver.Value{pts[i].K, pts[i].RecOff, pts[i].LineOff}
	}); err != nil {
		return exprs, "", err
	}
	return [2]string{"s.k + n.rec_off", "s.k + n.line_off"}, fmt.Sprintf("ASOF JOIN %s n ON s.k >= n.k", t), nil
}

func (b *bulk) appendAll(table string, cols []string, n int, row func(int) []driver.Value) error {
	return b.c.withDriver(func(dc driver.Conn) error {
		a, err := newAppender(dc, table, cols)
		if err != nil {
			return err
		}
		for i := 0; i < n; i++ {
			if err := a.AppendRow(row(i)...); err != nil {
				a.Close()
				return fmt.Errorf("append to %s: %w", table, err)
			}
		}
		return a.Close()
	})
}

func (b *bulk) insertTarget(ctx context.Context, t Target, from string, numbering [2]string, skip string) error {
	names := []string{"source_id", "record", "line"}
	exprs := []string{fmt.Sprint(b.id), numbering[0], numbering[1]}
	if t.Table == "claims" {
		names = append([]string{"id"}, names...)
		exprs = append([]string{fmt.Sprintf("CAST(%d AS BIGINT) * 1000000000 + %s", b.id, numbering[0])}, exprs...)
	}
	for _, c := range t.Columns {
		names = append(names, quoteIdent(c.Name))
		switch {
		case c.Field < 0:
			exprs = append(exprs, quoteString(c.Const))
		case c.Note:
			exprs = append(exprs, sqlNote(fmt.Sprintf("s.c%d", c.Field), fmt.Sprintf("s.t%d", c.Field)))
		default:
			exprs = append(exprs, sqlValue(c.Kind, fmt.Sprintf("s.c%d", c.Field), fmt.Sprintf("s.t%d", c.Field), b.p.Source.Snapshot.Y))
		}
	}
	where := "true " + skip
	if t.When >= 0 {
		where += fmt.Sprintf(" AND %s <> ''", sqlTrim(fmt.Sprintf("coalesce(s.c%d, '')", t.When)))
	}
	return b.exec(ctx, "load "+t.Table, fmt.Sprintf("INSERT INTO %s (%s) SELECT %s FROM %s WHERE %s",
		t.Table, strings.Join(names, ", "), strings.Join(exprs, ", "), from, where))
}

// trimmed returns the select list ", trim(c3) AS t3, ..." giving every
// field the plan reads trimmed once, for the value expressions to share.
func (b *bulk) trimmed() string {
	var out strings.Builder
	seen := map[int]bool{}
	for _, t := range b.p.Targets {
		for _, c := range t.Columns {
			if c.Field >= 0 && !seen[c.Field] {
				seen[c.Field] = true
				fmt.Fprintf(&out, ", %s AS t%d", sqlTrim(fmt.Sprintf("c%d", c.Field)), c.Field)
			}
		}
	}
	return out.String()
}

// quarantine records Go's verdicts on the bad records.
func (b *bulk) quarantine(chk *CSVCheck) error {
	var errs []spend.RowError
	for _, r := range chk.Rejects {
		errs = append(errs, r.Err)
	}
	for _, r := range chk.Bad {
		errs = append(errs, r.Err)
	}
	if len(errs) == 0 {
		return nil
	}
	return b.appendAll("quarantine", quarantineCols, len(errs), func(i int) []driver.Value { return quarantineRow(b.id, &errs[i]) })
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
