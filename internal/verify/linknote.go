package verify

import "github.com/probity-dev/probity/internal/spend"

// linkNote explains in a sentence how claim f was tied to its award record
// and which of the award's records gave its current state.
func (v *verifier) linkNote(f *facts) string {
	if v.fuzzy(f.i) {
		return v.nameNote(f)
	}
	ar := &v.ar
	a := f.a
	ar.begin()
	switch {
	case v.flags[f.i]&flagLinkPIID != 0:
		ar.str("The claim's PIID ")
		ar.str(v.keys[f.i])
		ar.str(" has no record; the PIID ")
		ar.str(awardKey(a))
		ar.str(" in its FPDS link")
	case v.ksrc[f.i] == keyPIID:
		ar.str("The claim's PIID ")
		ar.str(v.keys[f.i])
	case v.ksrc[f.i] == keyFPDSLink:
		ar.str("The PIID ")
		ar.str(v.keys[f.i])
		ar.str(" in the claim's FPDS link")
	case v.ksrc[f.i] == keyAwardID:
		ar.str("The claim's award id ")
		ar.str(v.keys[f.i])
	default:
		ar.str("The award id ")
		ar.str(v.keys[f.i])
		ar.str(" in the claim's USAspending link")
	}
	ar.str(" names the award; ")
	if n := v.nrec[f.i]; n > 1 {
		ar.str("the newest of ")
		ar.grouped(int64(n))
		ar.str(" records gives its current state")
	} else {
		ar.str("its only record gives its current state")
	}
	v.recordState(a)
	ar.str(".")
	return ar.end()
}

// recordState writes which action a record describes and when it was
// signed and read: ": modification P00003, signed 2025-01-30, read
// 2025-04-04".
func (v *verifier) recordState(a *spend.Award) {
	ar := &v.ar
	sep := ": "
	if a.ModNumber != "" {
		ar.str(sep)
		ar.str("modification ")
		ar.str(a.ModNumber)
		sep = ", "
	}
	if !a.Signed.IsZero() {
		ar.str(sep)
		ar.str("signed ")
		ar.date(a.Signed)
		sep = ", "
	}
	if !a.AsOf.IsZero() {
		ar.str(sep)
		ar.str("read ")
		ar.date(a.AsOf)
	}
}
