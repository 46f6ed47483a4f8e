package verify

// Contracts are checked against FPDS. The verifiable saving of cancelling
// a contract is the money not yet obligated, ceiling minus obligated
// (amount_ultimate_total - amount_obligated_total), never more than the
// claim: obligated money is committed, and a ceiling is only a limit.
//
// An indefinite-delivery vehicle (an IDIQ contract, a BPA or a GWAC:
// contractType=IDV in the FPDS link) obligates nothing itself; money is
// obligated by the orders placed under it, and those are claimed
// separately. Its ceiling is a cap on future orders, so nothing of a
// claim on an IDV is verifiable: the claim counts a ceiling as savings.

// contractFacts sets the facts of a contract claim with an award record.
func (v *verifier) contractFacts(f *facts) {
	a := f.a
	f.total, f.totalField = a.Ceiling, fieldCeiling
	f.used, f.usedField = a.Obligated, fieldObligated
	f.idv = v.flags[f.i]&flagIDV != 0
	reason := a.ReasonForMod
	if reason == "" && v.flags[f.i]&flagModMatch != 0 {
		// DOGE's fpds_status copies the reason for modification of the
		// action its link names, which is this record.
		reason = f.c.Status
	}
	f.end = ended(f.c, a, reason, v.opt.EndedGraceDays)
	v.amountFacts(f)
	switch {
	case f.idv:
		f.ceilingCount = f.claimed > 0
	case !f.total.Valid:
		f.unverifiable = noTotal
	case !f.used.Valid:
		if !f.end.ended {
			f.unverifiable = noUsed
		}
	default:
		f.ceilingCount = f.used.Money > 0 && f.claimed > f.balance() &&
			about(f.claimed, f.whole, v.opt.CeilingAbs, v.opt.CeilingBP)
	}
}
