package spend

// Class names a kind of problem found with a claim. Classes are data: a
// finding is a value a rule returns, never an error.
type Class string

// The finding classes of savings verification.
const (
	// CeilingCounted: the claim counts the award's ceiling (base and all
	// options), including money already obligated, as savings.
	CeilingCounted Class = "ceiling_counted"
	// ExceedsAward: the claim is larger than the whole award.
	ExceedsAward Class = "exceeds_award"
	// Overstated: the claim is larger than the money not yet obligated
	// (contracts) or not yet spent (grants).
	Overstated Class = "overstated"
	// AlreadyEnded: the award had already completed or been closed out
	// before the claim date, so cancelling it saved nothing new.
	AlreadyEnded Class = "already_ended"
	// Duplicate: the same award is claimed more than once.
	Duplicate Class = "duplicate"
	// UnitError: the claim is about 1,000 or 1,000,000 times what the
	// record supports, the mark of a thousands/millions slip.
	UnitError Class = "unit_error"
	// NonPositive: the claim is zero or negative.
	NonPositive Class = "non_positive"
	// NoRecord: no award record could be found for the claim.
	NoRecord Class = "no_record"
	// Unverifiable: there is no system of record to check the claim
	// against (leases, grants without award data).
	Unverifiable Class = "unverifiable"
	// FuzzyLinked: the award was found by vendor name, not by identifier;
	// the link itself needs a person's check.
	FuzzyLinked Class = "fuzzy_linked"
)

// Classes lists every Class in report order, most serious first.
var Classes = []Class{
	UnitError, ExceedsAward, CeilingCounted, Overstated, AlreadyEnded,
	Duplicate, NonPositive, NoRecord, Unverifiable, FuzzyLinked,
}

// Severity ranks findings.
type Severity string

// Severities.
const (
	High   Severity = "high"
	Medium Severity = "medium"
	Low    Severity = "low"
	Info   Severity = "info"
)

// Finding is one problem with one claim, with the evidence behind it.
type Finding struct {
	ClaimID  int64
	Class    Class
	Severity Severity
	// Amount is the dollars the problem accounts for: how much of the
	// claim it removes from the verifiable total.
	Amount   Money
	Sentence string // plain English, one sentence
	Evidence []Evidence
}

// Evidence is one fact a finding rests on, and where it was read.
type Evidence struct {
	Field  string // what the value is, e.g. "amount_ultimate_total"
	Value  string // the value as read or computed
	Origin Origin // where it was read; zero for computed values
	Note   string // how it was computed, if it was
}
