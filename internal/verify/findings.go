package verify

import (
	"github.com/probity-dev/probity/internal/spend"
)

// classSeverity is the severity of a finding that accounts for dollars,
// indexed like classOrder. A finding that accounts for none is Info,
// except NonPositive, which is about the claim itself and stays Low.
var classSeverity = [len(classOrder)]spend.Severity{
	cUnit:         spend.High,
	cExceeds:      spend.High,
	cCeiling:      spend.High,
	cOverstated:   spend.Medium,
	cEnded:        spend.High,
	cDuplicate:    spend.High,
	cNonPositive:  spend.Low,
	cNoRecord:     spend.Medium,
	cUnverifiable: spend.Low,
	cFuzzy:        spend.Info,
}

func severity(k int, amount spend.Money) spend.Severity {
	if amount == 0 && k != cNonPositive {
		return spend.Info
	}
	return classSeverity[k]
}

// findings builds the findings of one claim, in report order (most
// serious class first), with their sentences and evidence cut from the
// arena.
func (v *verifier) findings(f *facts, s *split) []spend.Finding {
	on := v.on(f, s)
	n := 0
	for _, b := range on {
		if b {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	var evbuf [64]spend.Evidence
	var spans [len(classOrder)][2]int
	b := builder{v: v, f: f, ev: evbuf[:0]}
	out := v.ar.takeFindings(n)
	for k := range classOrder {
		if !on[k] {
			continue
		}
		start := len(b.ev)
		fd := spend.Finding{
			ClaimID:  f.c.ID,
			Class:    classOrder[k],
			Severity: severity(k, s.amt[k]),
			Amount:   s.amt[k],
		}
		fd.Sentence = b.sentence(k, s.amt[k])
		spans[len(out)] = [2]int{start, len(b.ev)}
		out = append(out, fd)
	}
	ev := v.ar.takeEvidence(len(b.ev))
	ev = append(ev, b.ev...)
	for j := range out {
		sp := spans[j]
		out[j].Evidence = ev[sp[0]:sp[1]:sp[1]]
	}
	return out
}

// builder writes one claim's sentences into the arena and collects their
// evidence.
type builder struct {
	v  *verifier
	f  *facts
	ev []spend.Evidence
}

func (b *builder) evidence(field, value string, o spend.Origin, note string) {
	b.ev = append(b.ev, spend.Evidence{Field: field, Value: value, Origin: o, Note: note})
}

// claimedEv records the claimed saving.
func (b *builder) claimedEv() {
	b.evidence(fieldSavings, b.v.ar.dollarString(b.f.claimed), b.f.c.Origin, "")
}

// awardEv records a figure read from the award record.
func (b *builder) awardEv(field string, m spend.NullMoney) {
	val := "unknown"
	if m.Valid {
		val = b.v.ar.dollarString(m.Money)
	}
	b.evidence(field, val, b.f.a.Origin, "")
}

// computedEv records a figure computed from others.
func (b *builder) computedEv(field string, m spend.Money, note string) {
	b.evidence(field, b.v.ar.dollarString(m), spend.Origin{}, note)
}

// sentence records the evidence of finding class k and returns its
// sentence. Evidence values are cut from the arena too, so every writer
// records its evidence before it begins the sentence: a string being
// written must be contiguous.
func (b *builder) sentence(k int, amt spend.Money) string {
	switch k {
	case cUnit:
		return b.unitError(amt)
	case cExceeds:
		return b.exceedsAward(amt)
	case cCeiling:
		return b.ceilingCounted(amt)
	case cOverstated:
		return b.overstated(amt)
	case cEnded:
		return b.alreadyEnded()
	case cDuplicate:
		return b.duplicate(amt)
	case cNonPositive:
		return b.nonPositive()
	case cNoRecord:
		return b.noRecord()
	case cUnverifiable:
		return b.unverifiable(amt)
	}
	return b.fuzzyLinked()
}
