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
func (w *worker) findings(f *facts, s *split) []spend.Finding {
	on := w.v.on(f, s)
	n := 0
	for _, b := range on {
		if b {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	var spans [len(classOrder)][2]int
	b := &w.build
	b.v, b.ar, b.f = w.v, &w.ar, f
	b.claimedS, b.totalS, b.usedS = "", "", ""
	b.ev = w.ar.evidenceTail(maxEvidence)
	out := w.ar.takeFindings(n)
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
	if len(b.ev) > maxEvidence {
		panic("verify: more evidence than maxEvidence") // a bug: raise maxEvidence
	}
	ev := b.ev
	w.ar.commitEvidence(len(ev))
	for j := range out {
		sp := spans[j]
		out[j].Evidence = ev[sp[0]:sp[1]:sp[1]]
	}
	return out
}

// maxEvidence bounds the evidence of one claim's findings: at most five
// items for each of the ten classes.
const maxEvidence = 50

// builder writes one claim's sentences into the arena and collects their
// evidence.
type builder struct {
	v  *verifier
	ar *arena
	f  *facts
	ev []spend.Evidence // the claim's evidence, written straight into the arena

	// Dollar strings of the claim's figures, made once per claim.
	claimedS, totalS, usedS string
}

func (b *builder) evidence(field, value string, o spend.Origin, note string) {
	b.ev = append(b.ev, spend.Evidence{Field: field, Value: value, Origin: o, Note: note})
}

// claimedEv records the claimed saving.
func (b *builder) claimedEv() {
	if b.claimedS == "" {
		b.claimedS = b.ar.dollarString(b.f.claimed)
	}
	b.evidence(fieldSavings, b.claimedS, b.f.c.Origin, "")
}

// awardEv records a figure read from the award record.
func (b *builder) awardEv(field string, m spend.NullMoney) {
	b.evidence(field, b.figure(field, m), b.f.a.Origin, "")
}

// figure returns an award figure as evidence shows it, reusing the
// strings of the claim's total and used figures.
func (b *builder) figure(field string, m spend.NullMoney) string {
	if !m.Valid {
		return "unknown"
	}
	var cache *string
	switch {
	case field == b.f.totalField && m == b.f.total:
		cache = &b.totalS
	case field == b.f.usedField && m == b.f.used:
		cache = &b.usedS
	default:
		return b.ar.dollarString(m.Money)
	}
	if *cache == "" {
		*cache = b.ar.dollarString(m.Money)
	}
	return *cache
}

// computedEv records a figure computed from others.
func (b *builder) computedEv(field string, m spend.Money, note string) {
	b.evidence(field, b.ar.dollarString(m), spend.Origin{}, note)
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
