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
//
// early are facts about the file's values read from its first records
// (nil: none): DuckDB starts converting with SQL written for them while Go
// reads the whole file, and converts again, once, if the rest of the file
// does not fit them.
func (s *Store) LoadCSV(ctx context.Context, p *Plan, path string, early []Facts, check func() (*CSVCheck, error)) (spend.Source, error) {
	if err := p.check(); err != nil {
		return spend.Source{}, err
	}
	return s.load(ctx, p, "bulk", func(ctx context.Context, c *conn, id int64) (counts, error) {
		b := &bulk{c: c, p: p, id: id, path: path}
		defer b.drop()
		return b.run(ctx, early, check)
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

func (b *bulk) run(ctx context.Context, early []Facts, check func() (*CSVCheck, error)) (counts, error) {
	var n counts
	tr := newTracer()
	// read returns the reader for one insert, with the fields the facts
	// allow read typed.
	read := func(ti, try int, facts []Facts) (string, []string) {
		rej, rejScan := fmt.Sprintf("rejects_%d_%d_%d", b.id, ti, try), fmt.Sprintf("reject_scans_%d_%d_%d", b.id, ti, try)
		b.temp = append(b.temp, rej, rejScan)
		types, dateFormat := readerTypes(b.p, facts)
		cols := make([]string, len(b.p.Header))
		for i := range cols {
			cols[i] = fmt.Sprintf("'c%d': '%s'", i, types[i])
		}
		opts := ""
		if dateFormat != "" {
			opts = fmt.Sprintf(", dateformat = '%s'", dateFormat)
		}
		return fmt.Sprintf(`read_csv(%s, header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
			strict_mode = true, store_rejects = true, rejects_table = '%s', rejects_scan = '%s', columns = {%s}%s)`,
			quoteString(b.path), rej, rejScan, strings.Join(cols, ", "), opts), types
	}
	// DuckDB converts the first target while Go reads the file.
	var firstErr error
	if early != nil {
		q, types := read(0, 0, early)
		firstErr = b.insertTarget(ctx, b.p.Targets[0], q, early, types)
		tr.step("insert " + b.p.Targets[0].Table + " (early facts)")
	}
	chk, err := check()
	if err != nil {
		return n, err
	}
	tr.step("Go's check of " + b.p.Source.Name)
	if b.p.Source.SHA256 == "" {
		b.p.Source.SHA256, b.p.Source.Bytes = chk.SHA256, chk.Bytes
	}
	if firstErr != nil {
		// DuckDB's reader gives up on some files Go reads (mixed line
		// endings, for one): let Go's reader load them.
		return n, fmt.Errorf("%w: DuckDB could not read it: %v", ErrLayoutMismatch, firstErr)
	}
	for ti, t := range b.p.Targets {
		try := 0
		if ti > 0 || early == nil || !fits(chk.Facts, early) {
			if ti == 0 && early != nil {
				// The early facts did not hold: start over.
				if err := b.exec(ctx, "undo early insert", fmt.Sprintf("DELETE FROM %s WHERE source_id = %d", t.Table, b.id)); err != nil {
					return n, err
				}
				try = 1
			}
			q, types := read(ti, try, chk.Facts)
			if err := b.insertTarget(ctx, t, q, chk.Facts, types); err != nil {
				// DuckDB's reader gives up on some files Go reads (mixed line
				// endings, for one): let Go's reader load them.
				return n, fmt.Errorf("%w: DuckDB could not read it: %v", ErrLayoutMismatch, err)
			}
		}
		skip, err := b.agree(ctx, fmt.Sprintf("rejects_%d_%d_%d", b.id, ti, try), chk)
		if err != nil {
			return n, err
		}
		if err := b.number(ctx, t, chk, skip); err != nil {
			return n, err
		}
		tr.step("load " + t.Table)
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

// number gives the rows just inserted into t their record numbers and
// lines, then deletes the ones Go refused and the ones that do not belong
// in t. An INSERT from DuckDB's parallel CSV reader keeps the file's order
// (order-preserving insertion), so the k-th row read has the k-th new row
// id; numbering afterwards keeps the reader parallel, where row_number()
// would make it serial.
func (b *bulk) number(ctx context.Context, t Target, chk *CSVCheck, skip []int64) error {
	var count, span, base int64
	if err := b.c.QueryRowContext(ctx, fmt.Sprintf("SELECT count(*), coalesce(max(rowid) - min(rowid) + 1, 0), coalesce(min(rowid), 0) FROM %s WHERE source_id = ?", t.Table), b.id).
		Scan(&count, &span, &base); err != nil {
		return fmt.Errorf("count loaded rows: %w", err)
	}
	if want := chk.Records - int64(len(chk.Rejects)+len(skip)); count != want || span != count {
		return fmt.Errorf("%w: DuckDB loaded %d rows (ids spanning %d), Go read %d well-formed records", ErrLayoutMismatch, count, span, want)
	}
	k := fmt.Sprintf("(%s.rowid - %d)", t.Table, base)

	id := ""
	if t.Table == "claims" {
		id = fmt.Sprintf(", id = CAST(%d AS BIGINT) * 1000000000 + %s + n.rec_off", b.id, k)
	}
	pts := renumber(chk.Numbering, skip)
	if len(pts) == 0 {
		pts = []Point{{K: 0, RecOff: 1, LineOff: 2}}
	}
	nt := fmt.Sprintf("numbering_%d", b.id)
	b.temp = append(b.temp, nt)
	if err := b.exec(ctx, "create numbering", fmt.Sprintf("CREATE OR REPLACE TEMP TABLE %s (k BIGINT, k_end BIGINT, rec_off BIGINT, line_off BIGINT)", nt)); err != nil {
		return err
	}
	if err := b.appendAll(nt, []string{"k", "k_end", "rec_off", "line_off"}, len(pts), func(i int) []driver.Value {
		end := int64(1) << 62
		if i+1 < len(pts) {
			end = pts[i+1].K
		}
		return []driver.Value{pts[i].K, end, pts[i].RecOff, pts[i].LineOff}
	}); err != nil {
		return err
	}
	if err := b.exec(ctx, "number "+t.Table, fmt.Sprintf(`UPDATE %[1]s SET record = %[2]s + n.rec_off, line = %[2]s + n.line_off %[3]s
		FROM %[4]s n WHERE %[1]s.source_id = %[5]d AND %[2]s >= n.k AND %[2]s < n.k_end`, t.Table, k, id, nt, b.id)); err != nil {
		return err
	}
	var drop []string
	if len(chk.Bad) > 0 {
		bt := fmt.Sprintf("bad_%d", b.id)
		b.temp = append(b.temp, bt)
		if err := b.exec(ctx, "list bad rows", fmt.Sprintf("CREATE OR REPLACE TEMP TABLE %s (record BIGINT)", bt)); err != nil {
			return err
		}
		if err := b.appendAll(bt, []string{"record"}, len(chk.Bad), func(i int) []driver.Value { return []driver.Value{chk.Bad[i].Err.Record} }); err != nil {
			return err
		}
		drop = append(drop, fmt.Sprintf("record IN (SELECT record FROM %s)", bt))
	}
	if t.When >= 0 {
		col, ok := whenColumn(t)
		if !ok {
			return fmt.Errorf("plan for %s: the When field of %s is not loaded into an identifier column", b.p.Source.Name, t.Table)
		}
		drop = append(drop, quoteIdent(col)+" IS NULL")
	}
	if len(drop) > 0 {
		return b.exec(ctx, "drop refused rows", fmt.Sprintf("DELETE FROM %s WHERE source_id = %d AND (%s)", t.Table, b.id, strings.Join(drop, " OR ")))
	}
	return nil
}

// fits reports whether every field's facts are within the early facts
// the first insert was written for.
func fits(facts, early []Facts) bool {
	if len(facts) != len(early) {
		return false
	}
	for i, f := range facts {
		e := early[i]
		if (f.Space && !e.Space) || (f.Symbol && !e.Symbol) || (f.CR && !e.CR) || f.Shapes&^e.Shapes != 0 {
			return false
		}
	}
	return true
}

// whenColumn returns the identifier column t reads its When field into: a
// row belongs in t exactly when that column is not NULL.
func whenColumn(t Target) (string, bool) {
	for _, c := range t.Columns {
		if c.Field == t.When && c.Kind == spend.Ident {
			return c.Name, true
		}
	}
	return "", false
}

// agree checks that DuckDB refused every record Go found broken, and
// otherwise only records Go found bad (DuckDB refuses those whose bad
// field it read typed). It returns the positions, among the well-formed
// records, of the bad ones DuckDB refused, sorted.
func (b *bulk) agree(ctx context.Context, rej string, chk *CSVCheck) ([]int64, error) {
	r, err := b.c.QueryContext(ctx, fmt.Sprintf("SELECT DISTINCT line_byte_position FROM %s ORDER BY 1", rej))
	if err != nil {
		return nil, fmt.Errorf("read rejects: %w", err)
	}
	defer r.Close()
	var pos []int64
	for r.Next() {
		var p int64
		if err := r.Scan(&p); err != nil {
			return nil, fmt.Errorf("read reject: %w", err)
		}
		pos = append(pos, p)
	}
	if err := r.Err(); err != nil {
		return nil, err
	}
	// Every record Go judged, by where it starts: broken ones (k = -1)
	// and bad ones (k = their position).
	type span struct{ start, end, k int64 }
	var spans []span
	for _, rj := range chk.Rejects {
		spans = append(spans, span{rj.Start, rj.End, -1})
	}
	for _, bd := range chk.Bad {
		spans = append(spans, span{bd.Start, bd.End, bd.K})
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].start < spans[j].start })
	var skip []int64
	broken := 0
	i := 0
	for _, p := range pos {
		// DuckDB reports where a refused record starts as a byte offset,
		// 0- or 1-based depending on the line ending; Go's span for the
		// record may include blank lines before it.
		for i < len(spans) && spans[i].end <= p {
			if spans[i].k < 0 {
				return nil, fmt.Errorf("%w: DuckDB read the record at bytes %d-%d, which Go found broken", ErrLayoutMismatch, spans[i].start, spans[i].end)
			}
			i++
		}
		if i == len(spans) || p < spans[i].start {
			return nil, fmt.Errorf("%w: DuckDB refused the record at byte %d, which Go read as good", ErrLayoutMismatch, p)
		}
		if spans[i].k < 0 {
			broken++
		} else {
			skip = append(skip, spans[i].k)
		}
		i++
	}
	for ; i < len(spans); i++ {
		if spans[i].k < 0 {
			return nil, fmt.Errorf("%w: DuckDB read the record at bytes %d-%d, which Go found broken", ErrLayoutMismatch, spans[i].start, spans[i].end)
		}
	}
	if broken != len(chk.Rejects) {
		return nil, fmt.Errorf("%w: DuckDB refused %d broken records, Go found %d", ErrLayoutMismatch, broken, len(chk.Rejects))
	}
	return skip, nil
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

// insertTarget inserts every row DuckDB reads into t, converted with
// expressions that never fail (bad rows are deleted by number afterwards),
// with record and line left 0 for number to fill in.
func (b *bulk) insertTarget(ctx context.Context, t Target, read string, facts []Facts, types []string) error {
	names := []string{"source_id", "record", "line"}
	exprs := []string{fmt.Sprint(b.id), "0", "0"}
	if t.Table == "claims" {
		names = append([]string{"id"}, names...)
		exprs = append([]string{"0"}, exprs...)
	}
	for _, c := range t.Columns {
		names = append(names, quoteIdent(c.Name))
		switch {
		case c.Field < 0:
			exprs = append(exprs, quoteString(c.Const))
		case c.Note:
			x := fmt.Sprintf("c%d", c.Field)
			exprs = append(exprs, sqlNote(x, sqlTrim(x)))
		case types[c.Field] != "VARCHAR":
			exprs = append(exprs, typedValue(c.Kind, fmt.Sprintf("c%d", c.Field), types[c.Field]))
		default:
			f := AnyFacts
			if facts != nil {
				f = facts[c.Field]
			}
			exprs = append(exprs, sqlValue(c.Kind, fmt.Sprintf("c%d", c.Field), f, b.p.Source.Snapshot.Y))
		}
	}
	q := fmt.Sprintf("INSERT INTO %s (%s) SELECT %s FROM %s", t.Table, strings.Join(names, ", "), strings.Join(exprs, ", "), read)
	if os.Getenv("PROBITY_TRACE") == "sql" {
		fmt.Fprintln(os.Stderr, q)
	}
	return b.exec(ctx, "insert "+t.Table, q)
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
