package verify

// Grants are checked against USAspending. The verifiable saving of ending
// a grant is what was obligated and not yet paid out, total_obligation -
// total_outlay, never more than the claim. The whole award is the
// obligated total. When USAspending gives no outlay the unspent balance
// is unknown and the claim (beyond any part above the whole award) is
// unverifiable.

// grantFacts sets the facts of a grant claim with an award record.
func (v *verifier) grantFacts(f *facts) {
	a := f.a
	f.total, f.totalField = a.Obligated, fieldGrantObl
	f.used, f.usedField = a.Outlayed, fieldOutlay
	f.end = ended(f.c, a, "", v.opt.EndedGraceDays)
	v.amountFacts(f)
	switch {
	case !f.total.Valid:
		f.unverifiable = noTotal
	case !f.used.Valid && !f.end.ended:
		f.unverifiable = noUsed
	}
}
