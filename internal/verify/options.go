package verify

import "github.com/probity-dev/probity/internal/spend"

// Options tunes the rules. Verify uses the fields as given: start from
// DefaultOptions and change what you need.
type Options struct {
	// CeilingAbs and CeilingBP say when a claim "is" the award's ceiling:
	// when it differs from the ceiling by at most CeilingAbs or CeilingBP
	// basis points (hundredths of a percent) of the ceiling, whichever is
	// larger. DOGE rounded amounts to whole dollars, so the default
	// CeilingAbs is $1.00; CeilingBP defaults to 50 (0.5%), which adds the
	// claims that round the ceiling to a few significant figures.
	CeilingAbs spend.Money
	CeilingBP  int64

	// UnitBandBP is how close a claim must be to 1,000 or 1,000,000 times
	// the award's ceiling or obligation to be called a likely unit error,
	// in basis points of that multiple. Default 1000 (±10%).
	UnitBandBP int64

	// EndedGraceDays is how long before the claim date an award must have
	// ended to count as already ended. DOGE's claim dates are upload or
	// deletion dates that trail the cancellation itself by days or weeks:
	// in contracts_2025-04-04_fpds.csv, 889 TERMINATED rows have FPDS end
	// dates 1-7 days before the deleted_date and 386 have 8-30 days. The
	// default, 30 days, keeps those backdated terminations out and still
	// catches awards that ended months earlier.
	EndedGraceDays int

	// FuzzyMin is the least name similarity (Jaro-Winkler on normalised
	// business names, 0 to 1) at which a claim with no usable identifier
	// may be linked to an award by vendor or recipient name. Zero turns
	// the name fallback off. Default 0.93.
	FuzzyMin float64
	// FuzzyMargin is how far the best candidate must score above the next
	// different award for the link to be accepted. Default 0.03.
	FuzzyMargin float64

	// Workers is how many goroutines link and judge claims; zero means
	// runtime.GOMAXPROCS(0). The verdicts do not depend on it.
	Workers int
}

// DefaultOptions returns the documented defaults.
func DefaultOptions() Options {
	return Options{
		CeilingAbs:     100,
		CeilingBP:      50,
		UnitBandBP:     1000,
		EndedGraceDays: 30,
		FuzzyMin:       0.93,
		FuzzyMargin:    0.03,
	}
}
