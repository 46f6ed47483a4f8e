package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/probity-dev/probity/internal/spend"
)

const sourceCols = `id, name, sha256, format, kind, snapshot, bytes, rows_read, rows_loaded, rows_quarantined, ingested_at`

func scanSource(sc interface{ Scan(...any) error }) (spend.Source, error) {
	var s spend.Source
	var kind string
	var snap sql.NullTime
	var at time.Time
	if err := sc.Scan(&s.ID, &s.Name, &s.SHA256, &s.Format, &kind, &snap, &s.Bytes, &s.Read, &s.Loaded, &s.Quarantined, &at); err != nil {
		return s, err
	}
	if snap.Valid {
		s.Snapshot = spend.DateOf(snap.Time)
	}
	s.IngestedAt = at.UTC()
	return s, nil
}

// SourceBySHA returns the source whose file had the given SHA-256.
func (s *Store) SourceBySHA(ctx context.Context, sha string) (spend.Source, bool, error) {
	src, err := scanSource(s.db.QueryRowContext(ctx, `SELECT `+sourceCols+` FROM sources WHERE sha256 = ?`, sha))
	if err == sql.ErrNoRows {
		return spend.Source{}, false, nil
	}
	if err != nil {
		return spend.Source{}, false, fmt.Errorf("look up source by sha256: %w", err)
	}
	return src, true, nil
}

// Sources lists every ingested source, oldest first.
func (s *Store) Sources(ctx context.Context) ([]spend.Source, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+sourceCols+` FROM sources ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("list sources: %w", err)
	}
	defer rows.Close()
	var out []spend.Source
	for rows.Next() {
		src, err := scanSource(rows)
		if err != nil {
			return nil, fmt.Errorf("read source: %w", err)
		}
		out = append(out, src)
	}
	return out, rows.Err()
}

// SourceHeader returns the column names of a source's file.
func (s *Store) SourceHeader(ctx context.Context, id int64) ([]string, error) {
	var h []any
	if err := s.db.QueryRowContext(ctx, `SELECT header FROM sources WHERE id = ?`, id).Scan(&h); err != nil {
		return nil, fmt.Errorf("read header of source %d: %w", id, err)
	}
	return fromAny(h), nil
}

func fromAny(xs []any) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		if x != nil {
			out[i] = fmt.Sprint(x)
		}
	}
	return out
}

// SourceKinds returns the kind of claim or award each source holds.
func (s *Store) SourceKinds(ctx context.Context) (map[int64]spend.Kind, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, kind FROM sources`)
	if err != nil {
		return nil, fmt.Errorf("list source kinds: %w", err)
	}
	defer rows.Close()
	out := map[int64]spend.Kind{}
	for rows.Next() {
		var id int64
		var k string
		if err := rows.Scan(&id, &k); err != nil {
			return nil, fmt.Errorf("read source kind: %w", err)
		}
		out[id] = spend.Kind(k)
	}
	return out, rows.Err()
}
