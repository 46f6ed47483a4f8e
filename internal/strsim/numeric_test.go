package strsim

import (
	"math"
	"testing"
)

func TestAbsRelDiff(t *testing.T) {
	inf := math.Inf(1)
	tests := []struct{ a, b, abs, rel float64 }{
		{0, 0, 0, 0},
		{1, 1, 0, 0},
		{100, 90, 10, 0.1},
		{90, 100, 10, 0.1},
		{0, 5, 5, 1},
		{-1, 1, 2, 2},
		{-50, -40, 10, 0.2},
		{inf, inf, math.NaN(), 0},
	}
	for _, tt := range tests {
		if got := AbsDiff(tt.a, tt.b); !(got == tt.abs || math.IsNaN(got) && math.IsNaN(tt.abs)) {
			t.Errorf("AbsDiff(%v, %v) = %v, want %v", tt.a, tt.b, got, tt.abs)
		}
		if got := RelDiff(tt.a, tt.b); !near(got, tt.rel) {
			t.Errorf("RelDiff(%v, %v) = %v, want %v", tt.a, tt.b, got, tt.rel)
		}
	}
	if !math.IsNaN(RelDiff(math.NaN(), 1)) || !math.IsNaN(AbsDiff(1, math.NaN())) {
		t.Error("NaN in should give NaN out")
	}
}
