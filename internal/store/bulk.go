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

// Layout is the record structure of a CSV file as Go's scanner reads it:
// where each data record starts. The bulk loader uses it to number the rows
// DuckDB reads and to place DuckDB's rejects at their lines.
type Layout struct {
	Starts []int64 // 0-based byte offset of each data record, in order
	Lines  []int64 // 1-based line where each data record starts
	SHA256 string  // of the whole file
	Bytes  int64
}

// Records returns the number of data records.
func (l *Layout) Records() int64 { return int64(len(l.Starts)) }

// ErrLayoutMismatch means DuckDB's CSV reader and Go's scanner split the
// file into records differently. The caller should load the file with
// LoadRows instead; nothing was stored.
var ErrLayoutMismatch = errors.New("store: DuckDB and Go read the file's records differently")

// LoadCSV loads a CSV file in bulk: DuckDB reads it into a staging table of
// text columns, and SQL generated from the plan checks, converts and
// inserts the rows, all in one transaction. layout blocks until Go's scan
// of the same file is done (it may run alongside DuckDB's read); if the
// plan's source has no SHA-256 yet, the layout's is used. If a source
// with the same SHA-256 exists it returns that source and ErrDuplicate,
// and nothing is stored.
func (s *Store) LoadCSV(ctx context.Context, p *Plan, path string, layout func() (*Layout, error)) (spend.Source, error) {
	if err := p.check(); err != nil {
		return spend.Source{}, err
	}
	return s.load(ctx, p, "bulk", func(ctx context.Context, c *conn, id int64) (counts, error) {
		b := &bulk{c: c, p: p, id: id, path: path}
		defer b.drop()
		return b.run(ctx, layout)
	})
}

type bulk struct {
	base    int64 // the first staged row id
	lay     *Layout
	c       *conn
	p       *Plan
	id      int64
	path    string
	created []string
}

func (b *bulk) name(base string) string { return fmt.Sprintf("%s_%d", base, b.id) }

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

// drop removes the temporary tables; they would otherwise live as long as
// the pooled connection.
func (b *bulk) drop() {
	for _, t := range b.created {
		b.c.ExecContext(context.Background(), "DROP TABLE IF EXISTS "+t)
	}
}

type reject struct {
	lbp     int64 // DuckDB's line_byte_position
	col     int64
	kind    string
	message string
	line    string
}

func (b *bulk) run(ctx context.Context, layout func() (*Layout, error)) (counts, error) {
	var n counts
	stage, rej, rejScan := b.name("stage"), b.name("rejects"), b.name("reject_scans")
	b.created = append(b.created, stage, rej, rejScan)
	cols := make([]string, len(b.p.Header))
	for i := range cols {
		cols[i] = fmt.Sprintf("'c%d': 'VARCHAR'", i)
	}
	readCSV := fmt.Sprintf(`read_csv(%s, header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
		strict_mode = true, store_rejects = true, rejects_table = '%s', rejects_scan = '%s', columns = {%s})`,
		quoteString(b.path), rej, rejScan, strings.Join(cols, ", "))
	if err := b.exec(ctx, "read "+b.p.Source.Name, fmt.Sprintf(`CREATE TEMP TABLE %s AS SELECT * FROM %s`, stage, readCSV)); err != nil {
		return n, err
	}
	lay, err := layout()
	if err != nil {
		return n, err
	}
	b.lay = lay
	if b.p.Source.SHA256 == "" {
		b.p.Source.SHA256, b.p.Source.Bytes = lay.SHA256, lay.Bytes
	}
	rejects, err := b.rejects(ctx, rej)
	if err != nil {
		return n, err
	}
	// Rows written inside a transaction get row ids from a large base;
	// number them from the smallest, after checking they are contiguous.
	var staged, span, base int64
	if err := b.c.QueryRowContext(ctx, "SELECT count(*), coalesce(max(rowid) - min(rowid) + 1, 0), coalesce(min(rowid), 0) FROM "+stage).Scan(&staged, &span, &base); err != nil {
		return n, fmt.Errorf("count staged rows: %w", err)
	}
	if span != staged {
		return n, fmt.Errorf("%w: staged row ids are not contiguous", ErrLayoutMismatch)
	}
	b.base = base
	rejected, err := placeRejects(lay, rejects)
	if err != nil {
		return n, err
	}
	if staged+int64(len(rejected)) != lay.Records() {
		return n, fmt.Errorf("%w: DuckDB read %d rows and rejected %d, Go found %d records", ErrLayoutMismatch, staged, len(rejected), lay.Records())
	}
	n.read = lay.Records()

	// Number the staged rows: record and line as offsets from rowid that
	// change only after a multi-line record, a blank line or a reject.
	recordExpr, lineExpr, join, err := b.numbering(ctx, lay, rejected)
	if err != nil {
		return n, err
	}
	checked := b.name("checked")
	b.created = append(b.created, checked)
	errs := b.errorColumns()
	q := fmt.Sprintf(`CREATE TEMP TABLE %[1]s AS
		SELECT *, %[2]s AS err FROM (SELECT %[3]s AS record, %[4]s AS line, s.* %[5]s FROM %[6]s s %[7]s)`,
		checked, errs.first, recordExpr, lineExpr, errs.cols, stage, join)
	if err := b.exec(ctx, "check rows", q); err != nil {
		return n, err
	}
	if err := b.quarantineRejects(ctx, rejected); err != nil {
		return n, err
	}
	header := make([]string, len(b.p.Header))
	for i, h := range b.p.Header {
		header[i] = quoteString(h)
	}
	raw := make([]string, len(b.p.Header))
	for i := range raw {
		raw[i] = fmt.Sprintf("coalesce(c%d, '')", i)
	}
	if err := b.exec(ctx, "quarantine bad rows", fmt.Sprintf(`INSERT INTO quarantine
		SELECT %d, record, line, CAST(split_part(err, chr(31), 1) AS BIGINT),
			[%s][CAST(split_part(err, chr(31), 1) AS BIGINT)], split_part(err, chr(31), 2), left(concat_ws(',', %s), 2000)
		FROM %s WHERE err IS NOT NULL`, b.id, strings.Join(header, ", "), strings.Join(raw, ", "), checked)); err != nil {
		return n, err
	}
	fields := make([]string, len(b.p.Header))
	for i := range fields {
		fields[i] = fmt.Sprintf("replace(c%d, chr(13) || chr(10), chr(10))", i)
	}
	if err := b.exec(ctx, "store rows", fmt.Sprintf(`INSERT INTO source_rows SELECT %d, record, line, [%s] FROM %s WHERE err IS NULL`,
		b.id, strings.Join(fields, ", "), checked)); err != nil {
		return n, err
	}
	for _, t := range b.p.Targets {
		if err := b.insertTarget(ctx, t, checked); err != nil {
			return n, err
		}
	}
	if err := b.c.QueryRowContext(ctx, fmt.Sprintf("SELECT count(*) FILTER (err IS NULL), count(*) FILTER (err IS NOT NULL) FROM %s", checked)).
		Scan(&n.loaded, &n.quarantined); err != nil {
		return n, fmt.Errorf("count loaded rows: %w", err)
	}
	n.quarantined += int64(len(rejected))
	return n, nil
}

func (b *bulk) rejects(ctx context.Context, table string) ([]reject, error) {
	rows, err := b.c.QueryContext(ctx, fmt.Sprintf(`SELECT line_byte_position, min(column_idx), string_agg(DISTINCT error_type, ', '),
		min(error_message), min(csv_line) FROM %s GROUP BY line_byte_position ORDER BY line_byte_position`, table))
	if err != nil {
		return nil, fmt.Errorf("read rejects: %w", err)
	}
	defer rows.Close()
	var out []reject
	for rows.Next() {
		var r reject
		if err := rows.Scan(&r.lbp, &r.col, &r.kind, &r.message, &r.line); err != nil {
			return nil, fmt.Errorf("read reject: %w", err)
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

type placed struct {
	record int64 // 0-based data record index
	reject
}

// placeRejects finds the record each reject belongs to. DuckDB reports the
// record's start as a byte position that is the 0- or 1-based offset of its
// first byte, depending on the line ending, so a reject belongs to the last
// record starting at or one byte before it.
func placeRejects(lay *Layout, rejects []reject) ([]placed, error) {
	out := make([]placed, 0, len(rejects))
	for _, r := range rejects {
		i := sort.Search(len(lay.Starts), func(i int) bool { return lay.Starts[i] > r.lbp }) - 1
		if i < 0 || r.lbp-lay.Starts[i] > 1 || (len(out) > 0 && out[len(out)-1].record == int64(i)) {
			return nil, fmt.Errorf("%w: DuckDB rejected a record at byte %d that Go does not see", ErrLayoutMismatch, r.lbp)
		}
		out = append(out, placed{int64(i), r})
	}
	return out, nil
}

// numbering returns SQL expressions for each staged row's record number
// and line, and the join they need.
func (b *bulk) numbering(ctx context.Context, lay *Layout, rejected []placed) (record, line, join string, err error) {
	type point struct{ k, recOff, lineOff int64 }
	var cps []point
	ri := 0
	var k int64
	for idx := int64(0); idx < lay.Records(); idx++ {
		if ri < len(rejected) && rejected[ri].record == idx {
			ri++
			continue
		}
		p := point{k, idx + 1 - k, lay.Lines[idx] - k}
		if len(cps) == 0 || cps[len(cps)-1].recOff != p.recOff || cps[len(cps)-1].lineOff != p.lineOff {
			cps = append(cps, p)
		}
		k++
	}
	k0 := fmt.Sprintf("(s.rowid - %d)", b.base)
	switch len(cps) {
	case 0:
		return k0 + " + 1", k0 + " + 2", "", nil
	case 1:
		return fmt.Sprintf("%s + %d", k0, cps[0].recOff), fmt.Sprintf("%s + %d", k0, cps[0].lineOff), "", nil
	}
	cp := b.name("numbering")
	b.created = append(b.created, cp)
	if err := b.exec(ctx, "create numbering", fmt.Sprintf("CREATE TEMP TABLE %s (k BIGINT, rec_off BIGINT, line_off BIGINT)", cp)); err != nil {
		return "", "", "", err
	}
	err = b.c.withDriver(func(dc driver.Conn) error {
		a, err := newAppender(dc, cp, []string{"k", "rec_off", "line_off"})
		if err != nil {
			return err
		}
		for _, p := range cps {
			if err := a.AppendRow(p.k, p.recOff, p.lineOff); err != nil {
				a.Close()
				return fmt.Errorf("append numbering: %w", err)
			}
		}
		return a.Close()
	})
	if err != nil {
		return "", "", "", err
	}
	return k0 + " + n.rec_off", k0 + " + n.line_off", fmt.Sprintf("ASOF JOIN %s n ON %s >= n.k", cp, k0), nil
}

type errCols struct {
	cols  string // ", <expr> AS e3, ..." computed in the inner select
	first string // the first failing field as 'col<US>reason', or NULL
}

// errorColumns builds, for every field the plan can refuse, its error
// expression, and the expression picking the first failure in file order.
func (b *bulk) errorColumns() errCols {
	var cols, firsts []string
	ref := b.p.Source.Snapshot.Y
	for _, f := range b.p.checkOrder() {
		x := fmt.Sprintf("s.c%d", f.field)
		cols = append(cols, fmt.Sprintf("%s AS e%d", sqlError(f.kind, x, ref), f.field))
		firsts = append(firsts, fmt.Sprintf("CASE WHEN e%[1]d IS NOT NULL THEN '%[2]d' || chr(31) || e%[1]d END", f.field, f.field+1))
	}
	if len(cols) == 0 {
		return errCols{first: "CAST(NULL AS VARCHAR)"}
	}
	return errCols{cols: ", " + strings.Join(cols, ", "), first: "coalesce(" + strings.Join(firsts, ", ") + ")"}
}

func (b *bulk) insertTarget(ctx context.Context, t Target, checked string) error {
	names := []string{"source_id", "record", "line"}
	exprs := []string{fmt.Sprint(b.id), "record", "line"}
	if t.Table == "claims" {
		names = append([]string{"id"}, names...)
		exprs = append([]string{fmt.Sprintf("CAST(%d AS BIGINT) * 1000000000 + record", b.id)}, exprs...)
	}
	ref := b.p.Source.Snapshot.Y
	for _, c := range t.Columns {
		names = append(names, quoteIdent(c.Name))
		switch {
		case c.Field < 0:
			exprs = append(exprs, quoteString(c.Const))
		case c.Note:
			exprs = append(exprs, sqlNote(fmt.Sprintf("c%d", c.Field)))
		default:
			exprs = append(exprs, sqlValue(c.Kind, fmt.Sprintf("c%d", c.Field), ref))
		}
	}
	where := "err IS NULL"
	if t.When >= 0 {
		where += fmt.Sprintf(" AND %s <> ''", sqlTrim(fmt.Sprintf("coalesce(c%d, '')", t.When)))
	}
	return b.exec(ctx, "load "+t.Table, fmt.Sprintf("INSERT INTO %s (%s) SELECT %s FROM %s WHERE %s",
		t.Table, strings.Join(names, ", "), strings.Join(exprs, ", "), checked, where))
}

// quarantineRejects records the rows DuckDB's reader refused.
func (b *bulk) quarantineRejects(ctx context.Context, rejected []placed) error {
	if len(rejected) == 0 {
		return nil
	}
	return b.c.withDriver(func(dc driver.Conn) error {
		a, err := newAppender(dc, "quarantine", []string{"source_id", "record", "line", "col", "field", "reason", "raw"})
		if err != nil {
			return err
		}
		for _, r := range rejected {
			var field any
			if fieldCount(r.kind) {
				r.col = 0 // the whole record is at fault, not one column
			}
			if r.col >= 1 && int(r.col) <= len(b.p.Header) {
				field = b.p.Header[r.col-1]
			}
			if err := a.AppendRow(b.id, r.record+1, b.lineOf(r.record), nullInt(r.col), field, rejectReason(r.reject, len(b.p.Header)), nullString(truncate(r.line, 2000))); err != nil {
				a.Close()
				return fmt.Errorf("quarantine reject: %w", err)
			}
		}
		return a.Close()
	})
}

func (b *bulk) lineOf(rec int64) int64 { return b.lay.Lines[rec] }

func truncate(s string, n int) string {
	if len(s) > n {
		return s[:n] + "…"
	}
	return s
}

func fieldCount(kind string) bool {
	return strings.Contains(kind, "MISSING COLUMNS") || strings.Contains(kind, "TOO MANY COLUMNS")
}

// rejectReason turns DuckDB's reject into a reason in probity's words.
func rejectReason(r reject, want int) string {
	switch {
	case fieldCount(r.kind):
		var found int
		if _, err := fmt.Sscanf(r.message[strings.LastIndex(r.message, "Found:"):], "Found: %d", &found); err == nil {
			return fmt.Sprintf("expected %d fields, found %d", want, found)
		}
		return fmt.Sprintf("expected %d fields", want)
	case strings.Contains(r.kind, "UNQUOTED VALUE"):
		return "broken quoting: a quote inside an unquoted field, or a quoted field not closed"
	case strings.Contains(r.kind, "INVALID ENCODING") || strings.Contains(r.kind, "INVALID UNICODE"):
		return "not valid UTF-8"
	case strings.Contains(r.kind, "LINE SIZE"):
		return "line too long"
	}
	return strings.ToLower(r.kind) + ": " + r.message
}
