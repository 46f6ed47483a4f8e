package verify

import (
	"sync"
	"testing"

	"github.com/probity-dev/probity/internal/spend"
)

var (
	benchOnce   sync.Once
	benchClaims []spend.Claim
	benchAwards []spend.Award
)

// benchData is 1,000,000 generated claims and 1,000,000 award records,
// made once per test binary (seed 42).
func benchData() ([]spend.Claim, []spend.Award) {
	benchOnce.Do(func() {
		benchClaims, benchAwards = newGenerator(42).generate(1_000_000, 1_000_000)
	})
	return benchClaims, benchAwards
}

// BenchmarkVerify verifies 1M claims against 1M award records.
func BenchmarkVerify(b *testing.B) {
	claims, awards := benchData()
	opt := DefaultOptions()
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuTime()
	for b.Loop() {
		vs := Verify(claims, awards, opt)
		if len(vs) != len(claims) {
			b.Fatal("short")
		}
	}
	if cpu := cpuTime() - cpu0; cpu > 0 {
		b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/op")
	}
	b.ReportMetric(float64(len(claims))*float64(b.N)/b.Elapsed().Seconds(), "claims/s")
}

// BenchmarkSummarize sums the verdicts of 1M claims.
func BenchmarkSummarize(b *testing.B) {
	claims, awards := benchData()
	vs := Verify(claims, awards, DefaultOptions())
	refs := allSnapshots(claims)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		Summarize(claims, vs, refs)
	}
}
