package store

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/probity-dev/probity/internal/spend"
)

// ClaimFilter selects claims. The zero value selects all.
type ClaimFilter struct {
	SourceIDs []int64
	Kind      spend.Kind
}

var claimCols = `id, source_id, record, line, kind, ` + days("snapshot") + `, ` + days("claim_date") + `, date_note, agency, piid, award_id, link,
	vendor, description, status, value_cents, savings_cents, location, city, state, sq_ft`

// days reads a DATE column as a day number (see spend.DateFromDays):
// scanning time.Time values costs more than the rest of a row.
func days(col string) string { return "date_diff('day', DATE '1970-01-01', " + col + ")" }

// Claims returns the selected claims in source and record order.
func (s *Store) Claims(ctx context.Context, f ClaimFilter) ([]spend.Claim, error) {
	q := `SELECT ` + claimCols + ` FROM claims WHERE true`
	var args []any
	if f.Kind != "" {
		q += ` AND kind = ?`
		args = append(args, string(f.Kind))
	}
	if len(f.SourceIDs) > 0 {
		q += ` AND list_contains(?, source_id)`
		args = append(args, int64sAny(f.SourceIDs))
	}
	// Sorted in Go: DuckDB's ORDER BY would materialise every column of a
	// million rows first, and the table is nearly in order already.
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("list claims: %w", err)
	}
	defer rows.Close()
	out := make([]spend.Claim, 0, s.count(ctx, "claims"))
	r := newRowScanner(21)
	for rows.Next() {
		if err := r.scan(rows); err != nil {
			return nil, fmt.Errorf("read claim: %w", err)
		}
		out = append(out, spend.Claim{
			ID: r.int(0), Origin: spend.Origin{SourceID: r.int(1), Record: r.int(2), Line: r.int(3)},
			Kind: spend.Kind(r.str(4)), Snapshot: r.day(5), Date: r.day(6), DateNote: r.str(7),
			Agency: r.str(8), PIID: r.str(9), AwardID: r.str(10), Link: r.str(11), Vendor: r.str(12),
			Description: r.str(13), Status: r.str(14), Value: r.money(15), Savings: r.money(16),
			Location: r.str(17), City: r.str(18), State: r.str(19), SqFt: r.int(20),
		})
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	sortByKey(out, func(c *spend.Claim) int64 { return c.ID })
	return out, nil
}

func dateOf(t sql.NullTime) spend.Date {
	if !t.Valid {
		return spend.Date{}
	}
	return spend.DateOf(t.Time.UTC())
}

func int64sAny(xs []int64) []any {
	out := make([]any, len(xs))
	for i, x := range xs {
		out[i] = x
	}
	return out
}
