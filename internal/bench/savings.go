package bench

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"time"

	"github.com/probity-dev/probity/internal/ingest"
	"github.com/probity-dev/probity/internal/savings"
	"github.com/probity-dev/probity/internal/store"
	"github.com/probity-dev/probity/internal/verify"
)

// SavingsResult holds one run's figures.
type SavingsResult struct {
	Claims, Awards int
	Cores          int
	Files          []FileResult
	VerifyLoad     time.Duration // reading claims and awards from DuckDB
	VerifyRules    time.Duration // the pure rules
	VerifySave     time.Duration // storing verdicts and findings
	PeakRSS        int64         // bytes, the whole process (DuckDB included)
}

// FileResult compares probity's ingest of one file with DuckDB's own
// read_csv of the same file.
type FileResult struct {
	Name   string
	Rows   int64
	Bytes  int64
	Raw    time.Duration // DuckDB: CREATE TABLE AS SELECT * FROM read_csv(file)
	Ingest time.Duration // probity ingest: checks, quarantine, claims/awards, source rows
}

// Ratio returns ingest time over raw read time.
func (f FileResult) Ratio() float64 { return f.Ingest.Seconds() / f.Raw.Seconds() }

// Savings generates n claims and n awards in dir, then measures, in one
// process: DuckDB's raw read of each file, probity's ingest of it, and
// verification. progress receives a line per step.
func Savings(ctx context.Context, dir string, n int, seed uint64, progress io.Writer) (*SavingsResult, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	awards := filepath.Join(dir, "usaspending-contracts_2025-04-01.csv")
	claims := filepath.Join(dir, "doge-contracts_2025-04-04.csv")
	fmt.Fprintf(progress, "generating %d awards and %d claims in %s\n", n, n, dir)
	if err := writeFile(awards, func(w io.Writer) error { return WriteAwards(w, n, seed) }); err != nil {
		return nil, err
	}
	if err := writeFile(claims, func(w io.Writer) error { return WriteClaims(w, n, n, seed) }); err != nil {
		return nil, err
	}
	res := &SavingsResult{Claims: n, Awards: n, Cores: runtime.NumCPU()}
	dbPath := filepath.Join(dir, "bench.db")
	rawPath := filepath.Join(dir, "raw.db")
	for _, p := range []string{dbPath, dbPath + ".wal", rawPath, rawPath + ".wal"} {
		os.Remove(p)
	}
	st, err := store.Open(ctx, dbPath, store.Options{})
	if err != nil {
		return nil, err
	}
	defer st.Close()
	raw, err := store.Open(ctx, rawPath, store.Options{})
	if err != nil {
		return nil, err
	}
	defer raw.Close()
	for i, f := range []string{awards, claims} {
		info, err := os.Stat(f)
		if err != nil {
			return nil, err
		}
		fr := FileResult{Name: filepath.Base(f), Bytes: info.Size()}
		fmt.Fprintf(progress, "DuckDB read_csv of %s\n", fr.Name)
		t := time.Now()
		if _, err := raw.DB().ExecContext(ctx, fmt.Sprintf("CREATE TABLE raw%d AS SELECT * FROM read_csv('%s')", i, strings.ReplaceAll(f, "'", "''"))); err != nil {
			return nil, fmt.Errorf("raw read of %s: %w", f, err)
		}
		fr.Raw = time.Since(t)
		fmt.Fprintf(progress, "probity ingest of %s\n", fr.Name)
		t = time.Now()
		r, err := ingest.File(ctx, st, f, ingest.Options{})
		if err != nil {
			return nil, err
		}
		fr.Ingest = time.Since(t)
		if r.Fallback {
			return nil, fmt.Errorf("%s: the bulk loader fell back to Go rows", f)
		}
		fr.Rows = r.Source.Loaded
		res.Files = append(res.Files, fr)
	}
	fmt.Fprintln(progress, "verifying")
	run, err := savings.Verify(ctx, st, verify.DefaultOptions(), time.Now)
	if err != nil {
		return nil, err
	}
	res.VerifyLoad, res.VerifyRules, res.VerifySave = run.Timing.Load, run.Timing.Verify, run.Timing.Save
	res.PeakRSS = peakRSS()
	return res, nil
}

func writeFile(path string, write func(io.Writer) error) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := write(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// peakRSS returns the process's peak resident set size in bytes.
func peakRSS() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Maxrss * 1024 // Linux reports kilobytes
}

// Print writes the result as the table BENCHMARKS.md records.
func (r *SavingsResult) Print(w io.Writer) {
	fmt.Fprintf(w, "%d claims, %d awards, %d cores\n\n", r.Claims, r.Awards, r.Cores)
	fmt.Fprintf(w, "%-40s %10s %8s %12s %12s %8s %14s\n", "file", "rows", "MB", "DuckDB raw", "ingest", "ratio", "ingest rows/s")
	for _, f := range r.Files {
		fmt.Fprintf(w, "%-40s %10d %8.1f %12s %12s %7.2fx %14.0f\n", f.Name, f.Rows, float64(f.Bytes)/1e6,
			f.Raw.Round(time.Millisecond), f.Ingest.Round(time.Millisecond), f.Ratio(), float64(f.Rows)/f.Ingest.Seconds())
	}
	total := r.VerifyLoad + r.VerifyRules + r.VerifySave
	fmt.Fprintf(w, "\nverify: %s total (load %s, rules %s, save %s): %.0f claims/s\n",
		total.Round(time.Millisecond), r.VerifyLoad.Round(time.Millisecond), r.VerifyRules.Round(time.Millisecond),
		r.VerifySave.Round(time.Millisecond), float64(r.Claims)/total.Seconds())
	fmt.Fprintf(w, "peak RSS: %.0f MiB\n", float64(r.PeakRSS)/(1<<20))
}
