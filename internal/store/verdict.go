package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strconv"
	"sync"
	"unsafe"

	"github.com/probity-dev/probity/internal/spend"
)

// Run is one verification run.
type Run struct {
	ID        int64
	StartedAt string
	Claims    int64
	Awards    int64
	Options   string
}

type evidenceJSON struct {
	Field  string `json:"field"`
	Value  string `json:"value"`
	Source int64  `json:"source,omitempty"`
	Record int64  `json:"record,omitempty"`
	Line   int64  `json:"line,omitempty"`
	Note   string `json:"note,omitempty"`
}

// SaveVerification stores a run's verdicts and their findings in one
// transaction and returns the run id. options describes the settings used.
func (s *Store) SaveVerification(ctx context.Context, verdicts []spend.Verdict, claims, awards int64, options string) (int64, error) {
	c, err := s.begin(ctx)
	if err != nil {
		return 0, err
	}
	defer c.rollback()
	var id int64
	if err := c.QueryRowContext(ctx, `SELECT coalesce(max(id), 0) + 1 FROM verify_runs`).Scan(&id); err != nil {
		return 0, fmt.Errorf("allocate run id: %w", err)
	}
	if _, err := c.ExecContext(ctx, `INSERT INTO verify_runs VALUES (?, ?, ?, ?, ?)`, id, s.Now().UTC(), claims, awards, options); err != nil {
		return 0, fmt.Errorf("record run: %w", err)
	}
	dir := filepath.Dir(s.path)
	if s.path == ":memory:" {
		dir = ""
	}
	vs, err := newSpool(dir, "verdicts", len(verdictCols))
	if err != nil {
		return 0, err
	}
	defer vs.remove()
	fs, err := newSpool(dir, "findings", len(findingCols))
	if err != nil {
		return 0, err
	}
	defer fs.remove()
	t0 := newTracer()
	// The verdicts' spool is written, then loaded by DuckDB, while this
	// goroutine writes the findings' spool.
	var wg sync.WaitGroup
	var verdictErr error
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() { verdictErr = vs.load(c, "verdicts", verdictCols, verdictTypes) }()
		for i := range verdicts {
			v := &verdicts[i]
			vs.num(id)
			vs.num(v.ClaimID)
			vs.str(string(v.Kind))
			if v.Snapshot.IsZero() {
				vs.null()
			} else {
				vs.str(v.Snapshot.String())
			}
			vs.optStr(v.Agency)
			vs.num(int64(v.Claimed))
			vs.num(int64(v.Verifiable))
			vs.str(string(v.Status))
			vs.optStr(v.AwardKey)
			vs.optNum(v.AwardOrigin.SourceID)
			vs.optNum(v.AwardOrigin.Record)
			vs.optNum(v.AwardOrigin.Line)
			vs.optStr(string(v.Link))
			vs.optStr(v.LinkNote)
			vs.float(v.LinkScore)
			vs.end()
		}
	}()
	var ev []byte
	for i := range verdicts {
		v := &verdicts[i]
		for j, f := range v.Findings {
			ev = appendEvidence(ev[:0], f.Evidence)
			fs.num(id)
			fs.num(v.ClaimID)
			fs.num(int64(j))
			fs.str(string(f.Class))
			fs.str(string(f.Severity))
			fs.num(int64(f.Amount))
			fs.str(f.Sentence)
			fs.str(unsafeString(ev))
			fs.end()
		}
	}
	t0.step("write findings spool")
	wg.Wait()
	if verdictErr != nil {
		return 0, verdictErr
	}
	t0.step("wait for verdicts")
	if err := fs.load(c, "findings", findingCols, findingTypes); err != nil {
		return 0, err
	}
	t0.step("load findings")
	defer t0.step("commit")
	return id, c.commit()

}

var (
	verdictCols = []string{"run_id", "claim_id", "kind", "snapshot", "agency", "claimed_cents", "verifiable_cents",
		"status", "award_key", "award_source", "award_record", "award_line", "link", "link_note", "link_score"}
	verdictTypes = []string{"BIGINT", "BIGINT", "VARCHAR", "DATE", "VARCHAR", "BIGINT", "BIGINT",
		"VARCHAR", "VARCHAR", "BIGINT", "BIGINT", "BIGINT", "VARCHAR", "VARCHAR", "DOUBLE"}
	findingCols  = []string{"run_id", "claim_id", "seq", "class", "severity", "amount_cents", "sentence", "evidence"}
	findingTypes = []string{"BIGINT", "BIGINT", "INTEGER", "VARCHAR", "VARCHAR", "BIGINT", "VARCHAR", "VARCHAR"}
)

// appendEvidence writes evidence as the JSON array evidenceJSON describes,
// without reflection: a million findings' evidence is a measurable cost.
func appendEvidence(b []byte, evs []spend.Evidence) []byte {
	b = append(b, '[')
	for i, e := range evs {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"field":`...)
		b = appendJSONString(b, e.Field)
		b = append(b, `,"value":`...)
		b = appendJSONString(b, e.Value)
		if e.Origin.SourceID != 0 {
			b = append(b, `,"source":`...)
			b = strconv.AppendInt(b, e.Origin.SourceID, 10)
		}
		if e.Origin.Record != 0 {
			b = append(b, `,"record":`...)
			b = strconv.AppendInt(b, e.Origin.Record, 10)
		}
		if e.Origin.Line != 0 {
			b = append(b, `,"line":`...)
			b = strconv.AppendInt(b, e.Origin.Line, 10)
		}
		if e.Note != "" {
			b = append(b, `,"note":`...)
			b = appendJSONString(b, e.Note)
		}
		b = append(b, '}')
	}
	return append(b, ']')
}

// unsafeString views b as a string without copying; the string must not
// outlive the next change to b.
func unsafeString(b []byte) string { return unsafe.String(unsafe.SliceData(b), len(b)) }

// appendJSONString appends s as a JSON string.
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"' || c == '\\':
			b = append(b, '\\', c)
		case c < 0x20:
			b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
		default:
			b = append(b, c)
		}
	}
	return append(b, '"')
}

// LatestRun returns the most recent verification run.
func (s *Store) LatestRun(ctx context.Context) (Run, bool, error) {
	var r Run
	err := s.db.QueryRowContext(ctx, `SELECT id, strftime(started_at, '%Y-%m-%dT%H:%M:%SZ'), claims, awards, options FROM verify_runs ORDER BY id DESC LIMIT 1`).
		Scan(&r.ID, &r.StartedAt, &r.Claims, &r.Awards, &r.Options)
	if err == sql.ErrNoRows {
		return r, false, nil
	}
	if err != nil {
		return r, false, fmt.Errorf("read latest run: %w", err)
	}
	return r, true, nil
}

// Verdicts returns a run's verdicts, with their findings, in claim order.
func (s *Store) Verdicts(ctx context.Context, run int64) ([]spend.Verdict, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT claim_id, kind, snapshot, agency, claimed_cents, verifiable_cents, status, award_key,
		award_source, award_record, award_line, link, link_note, link_score FROM verdicts WHERE run_id = ? ORDER BY claim_id`, run)
	if err != nil {
		return nil, fmt.Errorf("list verdicts: %w", err)
	}
	defer rows.Close()
	var out []spend.Verdict
	index := map[int64]int{}
	for rows.Next() {
		var v spend.Verdict
		var kind, status string
		var snap sql.NullTime
		var agency, key, link, note sql.NullString
		var src, rec, line sql.NullInt64
		var claimed, verifiable int64
		if err := rows.Scan(&v.ClaimID, &kind, &snap, &agency, &claimed, &verifiable, &status, &key, &src, &rec, &line, &link, &note, &v.LinkScore); err != nil {
			return nil, fmt.Errorf("read verdict: %w", err)
		}
		v.Kind, v.Snapshot, v.Agency, v.Status = spend.Kind(kind), dateOf(snap), agency.String, spend.Status(status)
		v.Claimed, v.Verifiable = spend.Money(claimed), spend.Money(verifiable)
		v.AwardKey, v.AwardOrigin = key.String, spend.Origin{SourceID: src.Int64, Record: rec.Int64, Line: line.Int64}
		v.Link, v.LinkNote = spend.LinkMethod(link.String), note.String
		index[v.ClaimID] = len(out)
		out = append(out, v)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	frows, err := s.db.QueryContext(ctx, `SELECT claim_id, class, severity, amount_cents, sentence, evidence FROM findings WHERE run_id = ? ORDER BY claim_id, seq`, run)
	if err != nil {
		return nil, fmt.Errorf("list findings: %w", err)
	}
	defer frows.Close()
	for frows.Next() {
		var f spend.Finding
		var class, sev, ev string
		var amount int64
		if err := frows.Scan(&f.ClaimID, &class, &sev, &amount, &f.Sentence, &ev); err != nil {
			return nil, fmt.Errorf("read finding: %w", err)
		}
		f.Class, f.Severity, f.Amount = spend.Class(class), spend.Severity(sev), spend.Money(amount)
		var evs []evidenceJSON
		if err := json.Unmarshal([]byte(ev), &evs); err != nil {
			return nil, fmt.Errorf("read evidence of claim %d: %w", f.ClaimID, err)
		}
		for _, e := range evs {
			f.Evidence = append(f.Evidence, spend.Evidence{Field: e.Field, Value: e.Value, Origin: spend.Origin{SourceID: e.Source, Record: e.Record, Line: e.Line}, Note: e.Note})
		}
		if i, ok := index[f.ClaimID]; ok {
			out[i].Findings = append(out[i].Findings, f)
		}
	}
	return out, frows.Err()
}
