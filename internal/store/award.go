package store

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/probity-dev/probity/internal/spend"
)

const awardCols = `source_id, record, line, kind, key, as_of, piid, agency_id, mod_number, idv_piid, fain, recipient, uei, cage,
	reason_for_mod, description, signed, effective, current_end, potential_end,
	obligated_cents, base_exercised_cents, ceiling_cents, outlayed_cents, action_obligation_cents`

// Awards returns every award record in source and record order.
func (s *Store) Awards(ctx context.Context) ([]spend.Award, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+awardCols+` FROM awards ORDER BY source_id, record`)
	if err != nil {
		return nil, fmt.Errorf("list awards: %w", err)
	}
	defer rows.Close()
	var out []spend.Award
	for rows.Next() {
		var a spend.Award
		var kind string
		var asOf, signed, eff, cur, pot sql.NullTime
		var piid, agency, mod, idv, fain, recip, uei, cage, reason, desc sql.NullString
		var obl, base, ceil, outl, act sql.NullInt64
		if err := rows.Scan(&a.Origin.SourceID, &a.Origin.Record, &a.Origin.Line, &kind, &a.Key, &asOf, &piid, &agency, &mod, &idv, &fain,
			&recip, &uei, &cage, &reason, &desc, &signed, &eff, &cur, &pot, &obl, &base, &ceil, &outl, &act); err != nil {
			return nil, fmt.Errorf("read award: %w", err)
		}
		a.Kind = spend.Kind(kind)
		a.AsOf, a.Signed, a.Effective, a.CurrentEnd, a.PotentialEnd = dateOf(asOf), dateOf(signed), dateOf(eff), dateOf(cur), dateOf(pot)
		a.PIID, a.AgencyID, a.ModNumber, a.IDVPIID, a.FAIN = piid.String, agency.String, mod.String, idv.String, fain.String
		a.Recipient, a.UEI, a.CAGE, a.ReasonForMod, a.Description = recip.String, uei.String, cage.String, reason.String, desc.String
		a.Obligated, a.BaseExercised, a.Ceiling, a.Outlayed, a.ActionObligation = moneyOf(obl), moneyOf(base), moneyOf(ceil), moneyOf(outl), moneyOf(act)
		out = append(out, a)
	}
	return out, rows.Err()
}
