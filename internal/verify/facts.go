package verify

import "github.com/probity-dev/probity/internal/spend"

// facts is what the rules establish about one claim before any dollars are
// attributed: which record it was checked against, what that record says,
// and which conditions hold. Every condition that holds becomes a finding;
// attribute then decides which finding accounts for which dollars.
type facts struct {
	i       int
	c       *spend.Claim
	a       *spend.Award // nil when no record was found
	claimed spend.Money

	// The award's whole value and the part of it already used: for
	// contracts the ceiling and the obligated total, for grants the
	// obligated total and the outlays.
	total, used           spend.NullMoney
	totalField, usedField string
	whole                 spend.Money // total, or 0 when the record gives a negative total

	idv          bool    // the award is an indefinite-delivery vehicle
	end          endFact // the award had ended before the claim
	unit         int64   // 1,000 or 1,000,000 when the claim is that multiple of unitRef
	unitRef      spend.Money
	unitField    string
	roundsTotal  bool // the claim is above the total but within the ceiling tolerance of it
	ceilingCount bool // the claim is about the ceiling while obligations exist (or the award is an IDV)
	unverifiable unverifiable
	noRecord     bool
}

// unverifiable says why (part of) a claim cannot be checked.
type unverifiable uint8

const (
	checkable     unverifiable = iota
	noLeaseRecord              // leases: no system of record in the data
	noTotal                    // the record lacks the award's whole value
	noUsed                     // the record lacks what was obligated (contracts) or spent (grants)
)

// Evidence field names, as the systems of record call them.
const (
	fieldCeiling   = "amount_ultimate_total"
	fieldObligated = "amount_obligated_total"
	fieldComplete  = "date_complete"
	fieldSigned    = "date_signed"
	fieldGrantObl  = "total_obligation"
	fieldOutlay    = "total_outlay"
	fieldPopEnd    = "period_of_performance_end_date"
	fieldSavings   = "savings"
	fieldClaimDate = "date"
	fieldSnapshot  = "snapshot"
)

// gather establishes the facts about claim i.
func (v *verifier) gather(i int, f *facts) {
	c := &v.claims[i]
	*f = facts{i: i, c: c, claimed: claimed(c)}
	if a := v.award[i]; a >= 0 {
		f.a = &v.idx.awards[a]
	}
	switch {
	case c.Kind == spend.Lease:
		f.unverifiable = noLeaseRecord
	case f.a == nil:
		f.noRecord = true
	case c.Kind == spend.Grant:
		v.grantFacts(f)
	default:
		v.contractFacts(f)
	}
}

// amountFacts sets the facts that compare the claim with the award's
// whole value: unit errors and rounding.
func (v *verifier) amountFacts(f *facts) {
	if !f.total.Valid {
		return
	}
	f.whole = max(0, f.total.Money)
	t, c := f.whole, f.claimed
	if c > t {
		if about(c, t, v.opt.CeilingAbs, v.opt.CeilingBP) {
			f.roundsTotal = true
		} else if u := unitFactor(c, t, v.opt.UnitBandBP); u != 0 {
			f.unit, f.unitRef, f.unitField = u, t, f.totalField
		} else if f.used.Valid && f.usedField == fieldObligated {
			if u := unitFactor(c, f.used.Money, v.opt.UnitBandBP); u != 0 {
				f.unit, f.unitRef, f.unitField = u, f.used.Money, f.usedField
			}
		}
	}
}

// balance is the part of the whole award not yet used: unobligated
// (contracts) or unspent (grants), never negative. Both figures must be
// known.
func (f *facts) balance() spend.Money {
	return max(0, f.whole-f.used.Money)
}
