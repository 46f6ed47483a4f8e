package strsim

import "math"

// AbsDiff returns |a - b|. It is NaN if either is NaN.
func AbsDiff(a, b float64) float64 { return math.Abs(a - b) }

// RelDiff returns the relative difference |a - b| / max(|a|, |b|): 0 for
// equal values (including two zeros), 1 when one of them is zero and the
// other not, and at most 2 (values of opposite signs). It is symmetric. It
// is NaN if either is NaN, or if one is infinite and the other is not.
func RelDiff(a, b float64) float64 {
	if a == b {
		return 0
	}
	return math.Abs(a-b) / math.Max(math.Abs(a), math.Abs(b))
}
