package report

import (
	"io"
	"testing"
)

// countWriter counts the bytes written through it.
type countWriter struct{ n int64 }

func (w *countWriter) Write(p []byte) (int, error) { w.n += int64(len(p)); return len(p), nil }

var _ io.Writer = (*countWriter)(nil)

// benchRender renders a synthetic report of n claims (see synthReport)
// and reports the output size per run.
func benchRender(b *testing.B, n int, f Format) {
	r := synthReport(n, 42)
	b.ReportAllocs()
	b.ResetTimer()
	var w countWriter
	for b.Loop() {
		w.n = 0
		if err := Render(&w, r, f, TextOptions{}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(w.n)/1e6, "MB/op")
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "claims/s")
}

func BenchmarkHTML100k(b *testing.B) { benchRender(b, 100_000, FormatHTML) }
func BenchmarkJSON100k(b *testing.B) { benchRender(b, 100_000, FormatJSON) }
func BenchmarkCSV100k(b *testing.B)  { benchRender(b, 100_000, FormatCSV) }
func BenchmarkText100k(b *testing.B) { benchRender(b, 100_000, FormatText) }

func BenchmarkSort100k(b *testing.B) {
	r := synthReport(100_000, 42)
	b.ReportAllocs()
	for b.Loop() {
		if err := Sort(r, ByVendor); err != nil {
			b.Fatal(err)
		}
		if err := Sort(r, ByGap); err != nil {
			b.Fatal(err)
		}
	}
}
