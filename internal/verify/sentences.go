package verify

import (
	"strconv"

	"github.com/probity-dev/probity/internal/spend"
)

// The writers below each record their evidence, then write one plain
// English sentence with the numbers in it. A writer that records evidence
// after ar.begin would break the sentence, so the order matters.

func (b *builder) unitError(amt spend.Money) string {
	f, ar := b.f, b.ar
	b.claimedEv()
	b.awardEv(f.unitField, spend.Known(f.unitRef))
	b.evidence("factor", strconv.FormatInt(f.unit, 10), spend.Origin{},
		"savings / "+f.unitField+", within "+bpString(b.v.opt.UnitBandBP)+" of the factor")
	ar.begin()
	ar.str("The claim of ")
	ar.money(f.claimed)
	ar.str(" is about ")
	ar.grouped(f.unit)
	ar.str(" times the award's ")
	b.figureName(f.unitField)
	ar.str(" of ")
	ar.money(f.unitRef)
	ar.str(" (")
	ar.str(f.unitField)
	ar.str("), the mark of a ")
	if f.unit == 1000 {
		ar.str("thousands")
	} else {
		ar.str("millions")
	}
	ar.str("-for-dollars slip")
	if beyond := f.claimed - f.whole; beyond > 0 {
		ar.str(": the ")
		ar.money(beyond)
		ar.str(" above the whole award is not a saving")
	}
	ar.str(".")
	return ar.end()
}

func (b *builder) exceedsAward(amt spend.Money) string {
	f, ar := b.f, b.ar
	b.claimedEv()
	b.awardEv(f.totalField, f.total)
	ar.begin()
	ar.str("The claim of ")
	ar.money(f.claimed)
	ar.str(" is more than the whole award: its ")
	b.figureName(f.totalField)
	ar.str(" is ")
	ar.money(f.total.Money)
	ar.str(" (")
	ar.str(f.totalField)
	if f.total.Money < 0 {
		ar.str(", taken as $0.00")
	}
	ar.str("), so the ")
	ar.money(f.claimed - f.whole)
	ar.str(" above it cannot be a saving.")
	return ar.end()
}

func (b *builder) ceilingCounted(amt spend.Money) string {
	f, ar := b.f, b.ar
	b.claimedEv()
	if f.idv {
		b.evidence("contractType", "IDV", f.c.Origin, "from the claim's FPDS link")
		b.awardEv(fieldCeiling, f.total)
		ar.begin()
		b.id()
		ar.str(" is an indefinite-delivery vehicle (contractType=IDV in its FPDS link): its ceiling")
		if f.total.Valid {
			ar.str(" of ")
			ar.money(f.total.Money)
		}
		ar.str(" caps the orders that may be placed under it and obligates nothing itself, and those orders are claimed separately, so ")
		switch {
		case amt > 0 && amt != f.claimed:
			ar.str("the ")
			ar.money(amt)
			ar.str(" of the claim within that ceiling is")
		case amt > 0:
			ar.str("the claim of ")
			ar.money(f.claimed)
			ar.str(" is")
		default:
			ar.str("a claim on it is")
		}
		ar.str(" a ceiling counted as savings, not money saved.")
		return ar.end()
	}
	unob := f.balance()
	b.awardEv(fieldCeiling, f.total)
	b.awardEv(fieldObligated, f.used)
	b.computedEv("unobligated", unob, fieldCeiling+" - "+fieldObligated)
	ar.begin()
	ar.str("The claim of ")
	ar.money(f.claimed)
	ar.str(" is the award's ceiling of ")
	ar.money(f.total.Money)
	ar.str(" (base and all options), but ")
	ar.money(f.used.Money)
	ar.str(" of that was already obligated: only the ")
	ar.money(unob)
	ar.str(" not yet obligated could be saved.")
	return ar.end()
}

func (b *builder) overstated(amt spend.Money) string {
	f, ar := b.f, b.ar
	avail := f.balance()
	b.claimedEv()
	b.awardEv(f.totalField, f.total)
	b.awardEv(f.usedField, f.used)
	contract := f.c.Kind != spend.Grant
	if contract {
		b.computedEv("unobligated", avail, f.totalField+" - "+f.usedField+", at least 0")
	} else {
		b.computedEv("unspent", avail, f.totalField+" - "+f.usedField+", at least 0")
	}
	ar.begin()
	ar.str("The claim of ")
	ar.money(f.claimed)
	ar.str(" is more than the ")
	ar.money(avail)
	if contract {
		ar.str(" not yet obligated on the award (ceiling ")
		ar.money(f.total.Money)
		ar.str(" less ")
		ar.money(f.used.Money)
		ar.str(" obligated)")
	} else {
		ar.str(" not yet spent on the grant (")
		ar.money(f.total.Money)
		ar.str(" obligated less ")
		ar.money(f.used.Money)
		ar.str(" paid out)")
	}
	ar.str(": ")
	ar.money(amt)
	ar.str(" of it is not a saving.")
	return ar.end()
}

func (b *builder) alreadyEnded() string {
	f, ar := b.f, b.ar
	e := &f.end
	dateField := fieldClaimDate
	if e.refIsSnap {
		dateField = fieldSnapshot
	}
	b.evidence(dateField, ar.dateString(e.ref), f.c.Origin, "")
	endField := fieldComplete
	if f.c.Kind == spend.Grant {
		endField = fieldPopEnd
	}
	if e.closeOut {
		b.evidence(fieldSigned, ar.dateString(e.signed), f.a.Origin, "signed date of the close-out action")
	} else {
		b.evidence(endField, ar.dateString(e.end), f.a.Origin, "")
	}
	ar.begin()
	if e.closeOut {
		ar.str("The award was closed out on ")
		ar.date(e.signed)
		ar.str(" (its newest FPDS action is a close-out), ")
	} else {
		if f.c.Kind == spend.Grant {
			ar.str("The grant's period of performance ended on ")
		} else {
			ar.str("The award's current end date was ")
		}
		ar.date(e.end)
		ar.str(" (")
		ar.str(endField)
		ar.str("), ")
	}
	ar.grouped(int64(e.days))
	if e.days == 1 {
		ar.str(" day before the ")
	} else {
		ar.str(" days before the ")
	}
	if e.refIsSnap {
		ar.str("snapshot date ")
		ar.date(e.ref)
		ar.str(" (the claim gives no date)")
	} else {
		ar.str("claim date ")
		ar.date(e.ref)
	}
	ar.str(": it had already ended, so cancelling it saved nothing.")
	return ar.end()
}

func (b *builder) duplicate(amt spend.Money) string {
	v, f, ar := b.v, b.f, b.ar
	b.evidence(b.keyField(), v.keys[f.i], f.c.Origin, "")
	if d := v.dupOf[f.i]; d >= 0 {
		first := &v.claims[d]
		ar.begin()
		b.where(first, int(d))
		b.evidence("first_claim", ar.end(), first.Origin, "the claim on this award that counts")
		ar.begin()
		if f.c.Kind == spend.Lease {
			ar.str("The same lease (")
			b.leaseID()
		} else {
			ar.str("The same award (")
			b.id()
		}
		ar.str(") is claimed earlier in this snapshot (")
		b.where(first, int(d))
		ar.str("); this repeat of ")
		ar.money(f.claimed)
		ar.str(" is not counted again.")
		return ar.end()
	}
	e := &v.claims[v.again[f.i]]
	b.evidence("earlier_snapshot", ar.dateString(e.Snapshot), e.Origin, "")
	b.evidence("earlier_claim_date", ar.dateString(e.Date), e.Origin, "")
	ar.begin()
	if f.c.Kind == spend.Lease {
		ar.str("The lease (")
		b.leaseID()
	} else {
		ar.str("The award (")
		b.id()
	}
	ar.str(") was already claimed in the ")
	ar.date(e.Snapshot)
	ar.str(" snapshot")
	if !e.Date.IsZero() {
		ar.str(" (claim date ")
		ar.date(e.Date)
		ar.str(")")
	}
	ar.str("; this receipt, dated ")
	ar.date(f.c.Date)
	ar.str(", enters it again as a new saving.")
	return ar.end()
}

func (b *builder) nonPositive() string {
	f, ar := b.f, b.ar
	if f.c.Savings.Valid {
		b.claimedEv()
	} else {
		b.evidence(fieldSavings, "", f.c.Origin, "the receipt gives no saving")
	}
	ar.begin()
	switch {
	case !f.c.Savings.Valid:
		ar.str("The receipt gives no saving: it is listed as a saving but claims none.")
	case f.claimed == 0:
		ar.str("The receipt claims $0.00 saved: it is listed as a saving but claims none.")
	default:
		ar.str("The receipt claims a negative saving of ")
		ar.money(f.claimed)
		ar.str(".")
	}
	return ar.end()
}

func (b *builder) noRecord() string {
	v, f, ar := b.v, b.f, b.ar
	grant := f.c.Kind == spend.Grant
	if v.ksrc[f.i].identifies() {
		b.evidence(b.keyField(), v.keys[f.i], f.c.Origin, "")
		ar.begin()
		if grant {
			ar.str("No USAspending award record was found for ")
		} else {
			ar.str("No FPDS award record was found for ")
		}
		b.id()
		ar.str(".")
		return ar.end()
	}
	b.evidence("vendor", f.c.Vendor, f.c.Origin, "")
	ar.begin()
	if grant {
		ar.str("The claim gives no award id or USAspending link, and ")
	} else {
		ar.str("The claim gives no PIID or FPDS link")
		if c := f.c; c.PIID != "" || c.Link != "" {
			ar.str(" that names an award (it has \"")
			if c.PIID != "" {
				ar.str(c.PIID)
			} else {
				ar.str(c.Link)
			}
			ar.str("\")")
		}
		ar.str(", and ")
	}
	if placeholderName(f.c.Vendor) {
		ar.str("it names no ")
		if grant {
			ar.str("recipient")
		} else {
			ar.str("vendor")
		}
		ar.str(" to match (\"")
		ar.str(f.c.Vendor)
		ar.str("\").")
		return ar.end()
	}
	if v.opt.FuzzyMin > 0 {
		ar.str("its ")
		if grant {
			ar.str("recipient")
		} else {
			ar.str("vendor")
		}
		ar.str(" name \"")
		ar.str(f.c.Vendor)
		ar.str("\" matched no award of the same agency clearly enough to link it.")
	} else {
		ar.str("linking by name is turned off.")
	}
	return ar.end()
}

func (b *builder) unverifiable(amt spend.Money) string {
	f, ar := b.f, b.ar
	b.claimedEv()
	switch f.unverifiable {
	case noTotal:
		b.awardEv(f.totalField, f.total)
	case noUsed:
		b.awardEv(f.totalField, f.total)
		b.awardEv(f.usedField, f.used)
	}
	ar.begin()
	switch f.unverifiable {
	case noLeaseRecord:
		ar.str(leaseReason)
		ar.str(", so ")
	case noTotal:
		if f.c.Kind == spend.Grant {
			ar.str("The USAspending record gives no total obligation (")
		} else {
			ar.str("The FPDS record gives no ceiling (")
		}
		ar.str(f.totalField)
		ar.str("), so ")
	default:
		if f.c.Kind == spend.Grant {
			ar.str("USAspending gives no total outlay for the grant, so how much of the ")
			ar.money(f.total.Money)
			ar.str(" obligated is still unspent is unknown and ")
		} else {
			ar.str("The FPDS record gives no obligated total (")
			ar.str(f.usedField)
			ar.str("), so the unobligated balance is unknown and ")
		}
	}
	if amt > 0 && amt != f.claimed {
		ar.money(amt)
		ar.str(" of the claim of ")
		ar.money(f.claimed)
	} else {
		ar.str("the claim of ")
		ar.money(f.claimed)
	}
	ar.str(" cannot be checked.")
	return ar.end()
}

func (b *builder) fuzzyLinked() string {
	v, f, ar := b.v, b.f, b.ar
	nl := v.byName[int32(f.i)]
	b.evidence("vendor", f.c.Vendor, f.c.Origin, "")
	b.evidence("recipient", f.a.Recipient, f.a.Origin, "")
	b.evidence("name_score", strconv.FormatFloat(nl.score, 'f', 3, 64), spend.Origin{},
		"Jaro-Winkler similarity of the normalised names")
	ar.begin()
	ar.str("Linked by name, not by identifier: the claim's vendor \"")
	ar.str(f.c.Vendor)
	ar.str("\" was matched to the award's recipient \"")
	ar.str(f.a.Recipient)
	ar.str("\" (similarity ")
	ar.str(strconv.FormatFloat(nl.score, 'f', 3, 64))
	ar.str("); a person should check that this is the award the receipt means.")
	return ar.end()
}

// id writes how the claim names its award: "PIID X", "award id X", or
// the lease's location and size.
func (b *builder) id() {
	v, f, ar := b.v, b.f, b.ar
	c := f.c
	switch {
	case c.Kind == spend.Lease:
		ar.str("the lease at ")
		b.leaseID()
	case !v.ksrc[f.i].identifies():
		if f.a != nil {
			b.awardID(f.a, v.idx.keys[v.award[f.i]])
		} else {
			ar.str("the award")
		}
	case c.Kind == spend.Grant:
		ar.str("award id ")
		ar.str(v.keys[f.i])
	default:
		ar.str("PIID ")
		ar.str(v.keys[f.i])
	}
}

// leaseID writes a lease's location, size and agency.
func (b *builder) leaseID() {
	c, ar := b.f.c, b.ar
	ar.str(c.Location)
	ar.str(", ")
	ar.grouped(c.SqFt)
	ar.str(" sq ft, ")
	ar.str(c.Agency)
}

func (b *builder) awardID(a *spend.Award, key string) {
	ar := b.ar
	if a.Kind == spend.Grant {
		ar.str("award id ")
	} else {
		ar.str("PIID ")
	}
	ar.str(key)
}

// keyField names the claim's key in evidence.
func (b *builder) keyField() string {
	switch b.v.ksrc[b.f.i] {
	case keyPIID, keyFPDSLink:
		return "piid"
	case keyAwardID, keyUSALink:
		return "award_id"
	case keyLease:
		return "lease"
	}
	return "key"
}

// figureName writes what an award figure is, in words.
func (b *builder) figureName(field string) {
	ar := b.ar
	switch field {
	case fieldCeiling:
		ar.str("ceiling (base and all options)")
	case fieldObligated:
		ar.str("obligated total")
	case fieldGrantObl:
		ar.str("total obligation")
	default:
		ar.str(field)
	}
}

// where writes where a claim was read: its line, its record, or its
// position in the input.
func (b *builder) where(c *spend.Claim, i int) {
	ar := b.ar
	switch {
	case c.Origin.Line > 0:
		ar.str("line ")
		ar.int(c.Origin.Line)
	case c.Origin.Record > 0:
		ar.str("record ")
		ar.int(c.Origin.Record)
	default:
		ar.str("claim ")
		ar.int(int64(i + 1))
		ar.str(" of the input")
	}
}

// bpString writes basis points as a percentage: 1000 -> "10%".
func bpString(bp int64) string {
	s := strconv.FormatInt(bp/100, 10)
	if r := bp % 100; r != 0 {
		s += "." + strconv.FormatInt(r/10, 10)
		if r%10 != 0 {
			s += strconv.FormatInt(r%10, 10)
		}
	}
	return s + "%"
}
