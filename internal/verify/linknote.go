package verify

import "github.com/probity-dev/probity/internal/spend"

// linkNote explains in a sentence how claim f was tied to its award record
// and which of the award's records gave its current state. Claims that
// reach the same record the same way share one note.
func (w *worker) linkNote(f *facts) string {
	v := w.v
	if v.fuzzy(f.i) {
		return w.nameNote(f)
	}
	a := v.award[f.i]
	src := uint8(v.ksrc[f.i]) + 1
	cacheable := v.flags[f.i]&flagLinkPIID == 0
	if cacheable && v.nrec[f.i] == 1 {
		// One record: which it is shows in the findings' evidence, so the
		// note needs nothing of the claim's own.
		return singleNotes[v.ksrc[f.i]]
	}
	if cacheable && w.noteSrc[a] == src {
		return w.notes[a]
	}
	ar := &w.ar
	ar.begin()
	switch {
	case !cacheable:
		ar.str("Linked by the PIID in the claim's FPDS link (")
		ar.str(v.idx.keys[a])
		ar.str("), as the claim's PIID (")
		ar.str(v.keys[f.i])
		ar.str(") has no record")
	case v.ksrc[f.i] == keyPIID:
		ar.str("Linked by the claim's PIID")
	case v.ksrc[f.i] == keyFPDSLink:
		ar.str("Linked by the PIID in the claim's FPDS link")
	case v.ksrc[f.i] == keyAwardID:
		ar.str("Linked by the claim's award id")
	default:
		ar.str("Linked by the award id in the claim's USAspending link")
	}
	if n := v.nrec[f.i]; n > 1 {
		ar.str("; the newest of ")
		ar.grouped(int64(n))
		ar.str(" records gives the current state")
	} else {
		ar.str("; its only record gives the current state")
	}
	w.recordState(f.a)
	ar.str(".")
	note := ar.end()
	if cacheable {
		w.noteSrc[a], w.notes[a] = src, note
	}
	return note
}

// singleNotes are the link notes of claims whose award has one record,
// by key source.
var singleNotes = [...]string{
	keyPIID:     "Linked by the claim's PIID; the award has one record, which gives its current state.",
	keyFPDSLink: "Linked by the PIID in the claim's FPDS link; the award has one record, which gives its current state.",
	keyAwardID:  "Linked by the claim's award id; the award has one record, which gives its current state.",
	keyUSALink:  "Linked by the award id in the claim's USAspending link; the award has one record, which gives its current state.",
	keyLease:    "",
	keyName:     "",
}

// recordState writes which action a record describes and when it was
// signed and read: ": modification P00003, signed 2025-01-30, read
// 2025-04-04".
func (w *worker) recordState(a *spend.Award) {
	ar := &w.ar
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
