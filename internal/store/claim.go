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

const claimCols = `id, source_id, record, line, kind, snapshot, claim_date, date_note, agency, piid, award_id, link,
	vendor, description, status, value_cents, savings_cents, location, city, state, sq_ft`

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
	q += ` ORDER BY source_id, record`
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("list claims: %w", err)
	}
	defer rows.Close()
	var out []spend.Claim
	for rows.Next() {
		var c spend.Claim
		var kind string
		var snap, date sql.NullTime
		var note, agency, piid, awardID, link, vendor, desc, status, loc, city, state sql.NullString
		var value, savings, sqft sql.NullInt64
		if err := rows.Scan(&c.ID, &c.Origin.SourceID, &c.Origin.Record, &c.Origin.Line, &kind, &snap, &date, &note,
			&agency, &piid, &awardID, &link, &vendor, &desc, &status, &value, &savings, &loc, &city, &state, &sqft); err != nil {
			return nil, fmt.Errorf("read claim: %w", err)
		}
		c.Kind = spend.Kind(kind)
		c.Snapshot, c.Date = dateOf(snap), dateOf(date)
		c.DateNote, c.Agency, c.PIID, c.AwardID, c.Link = note.String, agency.String, piid.String, awardID.String, link.String
		c.Vendor, c.Description, c.Status = vendor.String, desc.String, status.String
		c.Value, c.Savings = moneyOf(value), moneyOf(savings)
		c.Location, c.City, c.State, c.SqFt = loc.String, city.String, state.String, sqft.Int64
		out = append(out, c)
	}
	return out, rows.Err()
}

func dateOf(t sql.NullTime) spend.Date {
	if !t.Valid {
		return spend.Date{}
	}
	return spend.DateOf(t.Time.UTC())
}

func moneyOf(n sql.NullInt64) spend.NullMoney {
	return spend.NullMoney{Money: spend.Money(n.Int64), Valid: n.Valid}
}

func int64sAny(xs []int64) []any {
	out := make([]any, len(xs))
	for i, x := range xs {
		out[i] = x
	}
	return out
}
