package verify

import "github.com/probity-dev/probity/internal/spend"

// Attribution. Every dollar of a claim is either verifiable or accounted
// for by exactly one finding, so that for every verdict
//
//	sum of Finding.Amount = Claimed - Verifiable
//
// and the headline's classes add up to Claimed - Verifiable too. The
// dollars are attributed in this order of precedence:
//
//  1. NonPositive: a claim of zero or less accounts for itself (its
//     amount is the claim, zero or negative); nothing is verifiable.
//  2. Duplicate: a repeat of an award already claimed in the same
//     snapshot accounts for its whole claim.
//  3. Unverifiable (leases) and NoRecord: the whole claim.
//  4. Otherwise the claim is split in layers against the award record,
//     each dollar going to the reason that explains that dollar:
//     a. the part above the whole award (contracts: the ceiling; grants:
//     the obligated total) is UnitError when the claim is about 1,000
//     or 1,000,000 times the ceiling or obligation, else ExceedsAward.
//     A claim above the whole award by no more than the ceiling
//     tolerance (rounding) is not split off: it stays whole for b;
//     b. on an IDV, the rest is CeilingCounted: nothing of it is money;
//     c. when the record lacks the figure needed for the balance (the
//     obligated total, the outlays, or the whole value), the rest is
//     AlreadyEnded if the award had ended, else Unverifiable;
//     d. otherwise the rest is split at the balance not yet obligated
//     (contracts) or not yet spent (grants). The part above the balance
//     is money already committed: CeilingCounted when the claim is
//     about the ceiling while obligations exist, else Overstated. The
//     part within the balance is verifiable, unless the award had ended
//     before the claim, when it is AlreadyEnded.
//
// A condition that holds but was not given dollars by this order is still
// reported, with amount zero and severity Info: an award that had ended
// is worth knowing about even when the claim is also a duplicate. The
// cross-snapshot Duplicate and FuzzyLinked are always informational.
type split struct {
	amt        [len(classOrder)]spend.Money
	verifiable spend.Money
}

// classOrder is spend.Classes, fixed at compile time so that amounts can
// live in an array indexed by class.
var classOrder = [...]spend.Class{
	spend.UnitError, spend.ExceedsAward, spend.CeilingCounted, spend.Overstated, spend.AlreadyEnded,
	spend.Duplicate, spend.NonPositive, spend.NoRecord, spend.Unverifiable, spend.FuzzyLinked,
}

// Indexes into classOrder.
const (
	cUnit = iota
	cExceeds
	cCeiling
	cOverstated
	cEnded
	cDuplicate
	cNonPositive
	cNoRecord
	cUnverifiable
	cFuzzy
)

// attribute splits the claim between the verifiable total and the
// findings, following the precedence above.
func (v *verifier) attribute(f *facts) split {
	var s split
	c := f.claimed
	switch {
	case c <= 0:
		s.amt[cNonPositive] = c
		return s
	case v.dupOf[f.i] >= 0:
		s.amt[cDuplicate] = c
		return s
	case f.unverifiable == noLeaseRecord:
		s.amt[cUnverifiable] = c
		return s
	case f.noRecord:
		s.amt[cNoRecord] = c
		return s
	}
	within := c
	if f.total.Valid && c > f.whole && !f.roundsTotal {
		beyond := c - f.whole
		within = f.whole
		if f.unit != 0 {
			s.amt[cUnit] = beyond
		} else {
			s.amt[cExceeds] = beyond
		}
	}
	switch {
	case f.idv:
		s.amt[cCeiling] += within
	case f.unverifiable != checkable || !f.total.Valid || !f.used.Valid:
		if f.end.ended {
			s.amt[cEnded] += within
		} else {
			s.amt[cUnverifiable] += within
		}
	default:
		balance := min(within, f.balance())
		if rest := within - balance; rest > 0 {
			if f.ceilingCount {
				s.amt[cCeiling] += rest
			} else {
				s.amt[cOverstated] += rest
			}
		}
		if f.end.ended {
			s.amt[cEnded] += balance
		} else {
			s.verifiable = balance
		}
	}
	return s
}

// status sums up a verdict from its split.
func status(claimed spend.Money, s *split) spend.Status {
	switch {
	case claimed <= 0:
		return spend.Unsupported
	case s.verifiable == claimed:
		return spend.Supported
	case s.verifiable > 0:
		return spend.Partial
	case s.amt[cNoRecord]+s.amt[cUnverifiable] == claimed:
		return spend.NoEvidence
	}
	return spend.Unsupported
}
