package store

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/probity-dev/probity/internal/spend"
)

// QuarantineFilter selects quarantined records. The zero value selects all.
type QuarantineFilter struct {
	SourceID int64 // 0: every source
	Limit    int   // 0: no limit
	Offset   int
}

// Quarantine lists quarantined records in source and line order, each as a
// RowError naming the file, line, column, field and reason.
func (s *Store) Quarantine(ctx context.Context, f QuarantineFilter) ([]spend.RowError, error) {
	q := `SELECT s.name, q.record, q.line, q.col, q.field, q.reason, q.raw
		FROM quarantine q JOIN sources s ON s.id = q.source_id`
	var args []any
	if f.SourceID != 0 {
		q += ` WHERE q.source_id = ?`
		args = append(args, f.SourceID)
	}
	q += ` ORDER BY q.source_id, q.line, q.col`
	if f.Limit > 0 {
		q += fmt.Sprintf(` LIMIT %d OFFSET %d`, f.Limit, f.Offset)
	}
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("list quarantine: %w", err)
	}
	defer rows.Close()
	var out []spend.RowError
	for rows.Next() {
		var e spend.RowError
		var rec, col sql.NullInt64
		var field, raw sql.NullString
		if err := rows.Scan(&e.File, &rec, &e.Line, &col, &field, &e.Reason, &raw); err != nil {
			return nil, fmt.Errorf("read quarantine: %w", err)
		}
		e.Record, e.Column, e.Field, e.Raw = rec.Int64, col.Int64, field.String, raw.String
		out = append(out, e)
	}
	return out, rows.Err()
}

// QuarantineCount returns the number of quarantined records.
func (s *Store) QuarantineCount(ctx context.Context, sourceID int64) (int64, error) {
	q := `SELECT count(*) FROM quarantine`
	var args []any
	if sourceID != 0 {
		q += ` WHERE source_id = ?`
		args = append(args, sourceID)
	}
	var n int64
	if err := s.db.QueryRowContext(ctx, q, args...).Scan(&n); err != nil {
		return 0, fmt.Errorf("count quarantine: %w", err)
	}
	return n, nil
}
