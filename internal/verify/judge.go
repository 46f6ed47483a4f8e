package verify

import "github.com/probity-dev/probity/internal/spend"

// judge fills the verdict of claim i.
func (w *worker) judge(i int, out *spend.Verdict) {
	v := w.v
	f := &w.fact
	v.gather(i, f)
	s := v.attribute(f)
	c := f.c
	*out = spend.Verdict{
		ClaimID:    c.ID,
		Kind:       c.Kind,
		Snapshot:   c.Snapshot,
		Agency:     c.Agency,
		Claimed:    f.claimed,
		Verifiable: s.verifiable,
		Status:     status(f.claimed, &s),
		Link:       v.linkMethod(i),
	}
	if f.a != nil {
		out.AwardKey = v.idx.keys[v.award[i]]
		out.AwardOrigin = f.a.Origin
		out.LinkScore = 1
		if v.fuzzy(i) {
			out.LinkScore = v.byName[int32(i)].score
		}
		out.LinkNote = w.linkNote(f)
	}
	out.Findings = w.findings(f, &s)
}

// on reports which findings a claim gets: every condition that holds
// (see attribute for who gets the dollars).
func (v *verifier) on(f *facts, s *split) [len(classOrder)]bool {
	var on [len(classOrder)]bool
	for k, a := range s.amt {
		on[k] = a != 0
	}
	on[cUnit] = on[cUnit] || f.unit != 0
	on[cExceeds] = on[cExceeds] || (f.unit == 0 && !f.roundsTotal && f.total.Valid && f.claimed > f.whole)
	on[cCeiling] = on[cCeiling] || f.ceilingCount
	on[cEnded] = on[cEnded] || f.end.ended
	on[cDuplicate] = on[cDuplicate] || v.dupOf[f.i] >= 0 || v.again[f.i] >= 0
	on[cNonPositive] = on[cNonPositive] || f.claimed <= 0
	on[cNoRecord] = on[cNoRecord] || f.noRecord
	on[cUnverifiable] = on[cUnverifiable] || f.unverifiable != checkable
	on[cFuzzy] = v.fuzzy(f.i)
	return on
}

// fuzzy reports whether claim i was linked by name.
func (v *verifier) fuzzy(i int) bool { return v.award[i] >= 0 && v.ksrc[i] == keyName }
