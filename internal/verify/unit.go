package verify

import "github.com/probity-dev/probity/internal/spend"

// unitFactors are the slips the unit-error rule looks for: a figure in
// thousands or millions read as dollars (the ICE contract of $8 million
// published as $8 billion).
var unitFactors = [...]int64{1_000, 1_000_000}

// unitFactor returns the factor (1,000 or 1,000,000) by which claim is
// about ref times, within bandBP basis points of factor × ref, or 0.
func unitFactor(claim, ref spend.Money, bandBP int64) int64 {
	if ref <= 0 || claim <= 0 {
		return 0
	}
	for _, f := range unitFactors {
		if int64(ref) > (1<<62)/f {
			continue // f × ref is beyond any amount a claim can hold
		}
		target := int64(ref) * f
		diff := int64(claim) - target
		if diff < 0 {
			diff = -diff
		}
		// diff ≤ target × bandBP / 10000, without overflow.
		if diff <= target/10000*bandBP+target%10000*bandBP/10000 {
			return f
		}
	}
	return 0
}

// about reports whether a is within the ceiling tolerance of b: at most
// abs apart, or bp basis points of b, whichever is larger.
func about(a, b, abs spend.Money, bp int64) bool {
	d := a - b
	if d < 0 {
		d = -d
	}
	tol := abs
	if b > 0 {
		if rel := spend.Money(int64(b)/10000*bp + int64(b)%10000*bp/10000); rel > tol {
			tol = rel
		}
	}
	return d <= tol
}
