package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"encoding/json"
	"fmt"

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
	err = c.withDriver(func(dc driver.Conn) error {
		va, err := newAppender(dc, "verdicts", []string{"run_id", "claim_id", "kind", "snapshot", "agency", "claimed_cents", "verifiable_cents",
			"status", "award_key", "award_source", "award_record", "award_line", "link", "link_note", "link_score"})
		if err != nil {
			return err
		}
		defer va.Close()
		fa, err := newAppender(dc, "findings", []string{"run_id", "claim_id", "seq", "class", "severity", "amount_cents", "sentence", "evidence"})
		if err != nil {
			return err
		}
		defer fa.Close()
		var ev []evidenceJSON
		for _, v := range verdicts {
			if err := va.AppendRow(id, v.ClaimID, string(v.Kind), nullDate(v.Snapshot), nullString(v.Agency), int64(v.Claimed), int64(v.Verifiable),
				string(v.Status), nullString(v.AwardKey), nullInt(v.AwardOrigin.SourceID), nullInt(v.AwardOrigin.Record), nullInt(v.AwardOrigin.Line),
				nullString(string(v.Link)), nullString(v.LinkNote), v.LinkScore); err != nil {
				return fmt.Errorf("store verdict for claim %d: %w", v.ClaimID, err)
			}
			for i, f := range v.Findings {
				ev = ev[:0]
				for _, e := range f.Evidence {
					ev = append(ev, evidenceJSON{e.Field, e.Value, e.Origin.SourceID, e.Origin.Record, e.Origin.Line, e.Note})
				}
				b, err := json.Marshal(ev)
				if err != nil {
					return err
				}
				if err := fa.AppendRow(id, v.ClaimID, int32(i), string(f.Class), string(f.Severity), int64(f.Amount), f.Sentence, string(b)); err != nil {
					return fmt.Errorf("store finding for claim %d: %w", v.ClaimID, err)
				}
			}
		}
		if err := va.Flush(); err != nil {
			return fmt.Errorf("store verdicts: %w", err)
		}
		return fa.Flush()
	})
	if err != nil {
		return 0, err
	}
	return id, c.commit()
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

