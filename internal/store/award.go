package store

import (
	"context"
	"fmt"

	"github.com/probity-dev/probity/internal/spend"
)

var awardCols = `source_id, record, line, kind, key, ` + days("as_of") + `, piid, agency_id, mod_number, idv_piid, fain, recipient, uei, cage,
	reason_for_mod, description, ` + days("signed") + `, ` + days("effective") + `, ` + days("current_end") + `, ` + days("potential_end") + `,
	obligated_cents, base_exercised_cents, ceiling_cents, outlayed_cents, action_obligation_cents`

// briefAwardCols is awardCols with NULL for the fields verification does
// not read (UEI, CAGE, FAIN, description, effective and potential end
// dates, base and exercised options, the action's own obligation): a
// million awards read a third faster.
var briefAwardCols = `source_id, record, line, kind, key, ` + days("as_of") + `, piid, agency_id, mod_number, idv_piid, NULL, recipient, NULL, NULL,
	reason_for_mod, NULL, ` + days("signed") + `, NULL, ` + days("current_end") + `, NULL,
	obligated_cents, NULL, ceiling_cents, outlayed_cents, NULL`

// Awards returns every award record in source and record order.
func (s *Store) Awards(ctx context.Context) ([]spend.Award, error) {
	return s.awards(ctx, awardCols)
}

// AwardsBrief returns every award record, in source and record order, with
// only the fields verification reads: key, PIID, agency, modification,
// parent IDV, recipient, reason for modification, as-of, signed and
// current end dates, and the obligated, ceiling and outlayed amounts.
func (s *Store) AwardsBrief(ctx context.Context) ([]spend.Award, error) {
	return s.awards(ctx, briefAwardCols)
}

func (s *Store) awards(ctx context.Context, cols string) ([]spend.Award, error) {
	// Sorted in Go, as in Claims.
	rows, err := s.db.QueryContext(ctx, `SELECT `+cols+` FROM awards`)
	if err != nil {
		return nil, fmt.Errorf("list awards: %w", err)
	}
	defer rows.Close()
	out := make([]spend.Award, 0, s.count(ctx, "awards"))
	r := newRowScanner(25)
	for rows.Next() {
		if err := r.scan(rows); err != nil {
			return nil, fmt.Errorf("read award: %w", err)
		}
		out = append(out, spend.Award{
			Origin: spend.Origin{SourceID: r.int(0), Record: r.int(1), Line: r.int(2)},
			Kind:   spend.Kind(r.str(3)), Key: r.str(4), AsOf: r.day(5), PIID: r.str(6), AgencyID: r.str(7),
			ModNumber: r.str(8), IDVPIID: r.str(9), FAIN: r.str(10), Recipient: r.str(11), UEI: r.str(12), CAGE: r.str(13),
			ReasonForMod: r.str(14), Description: r.str(15), Signed: r.day(16), Effective: r.day(17), CurrentEnd: r.day(18),
			PotentialEnd: r.day(19), Obligated: r.money(20), BaseExercised: r.money(21), Ceiling: r.money(22),
			Outlayed: r.money(23), ActionObligation: r.money(24),
		})
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	// In source and record order: the pair as one number, as in ClaimID.
	sortByKey(out, func(a *spend.Award) int64 { return ClaimID(a.Origin.SourceID, a.Origin.Record) })
	return out, nil
}
