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
	Name  string
	Rows  int64
	Bytes int64
	Raw   time.Duration // DuckDB, default settings: CREATE TABLE AS SELECT * FROM read_csv(file)
	// RawUnordered is the same read with preserve_insertion_order off, as
	// probity runs DuckDB.
	RawUnordered time.Duration
	Ingest       time.Duration // probity ingest: checks, quarantine, claims/awards, source rows
}

// Ratio returns ingest time over raw read time.
func (f FileResult) Ratio() float64 { return f.Ingest.Seconds() / f.Raw.Seconds() }

// RatioUnordered returns ingest time over the unordered raw read's time.
func (f FileResult) RatioUnordered() float64 { return f.Ingest.Seconds() / f.RawUnordered.Seconds() }

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
	rawPath, unorderedPath := filepath.Join(dir, "raw.db"), filepath.Join(dir, "raw-unordered.db")
	for _, p := range []string{dbPath, rawPath, unorderedPath} {
		os.Remove(p)
		os.Remove(p + ".wal")
	}
	os.RemoveAll(dbPath + ".sources")
	st, err := store.Open(ctx, dbPath, store.Options{})
	if err != nil {
		return nil, err
	}
	defer st.Close()
	raw, err := store.Open(ctx, rawPath, store.Options{InsertionOrder: true})
	if err != nil {
		return nil, err
	}
	defer raw.Close()
	unordered, err := store.Open(ctx, unorderedPath, store.Options{})
	if err != nil {
		return nil, err
	}
	defer unordered.Close()
	for i, f := range []string{awards, claims} {
		info, err := os.Stat(f)
		if err != nil {
			return nil, err
		}
		fr := FileResult{Name: filepath.Base(f), Bytes: info.Size()}
		for _, r := range []struct {
			db  *store.Store
			out *time.Duration
			how string
		}{{raw, &fr.Raw, ""}, {unordered, &fr.RawUnordered, ", insertion order off"}} {
			fmt.Fprintf(progress, "DuckDB read_csv of %s%s\n", fr.Name, r.how)
			// Each timed step starts with nothing left for the kernel to
			// write back from the steps before it.
			syscall.Sync()
			t := time.Now()
			if _, err := r.db.DB().ExecContext(ctx, fmt.Sprintf("CREATE TABLE raw%d AS SELECT * FROM read_csv('%s')", i, strings.ReplaceAll(f, "'", "''"))); err != nil {
				return nil, fmt.Errorf("raw read of %s: %w", f, err)
			}
			*r.out = time.Since(t)
		}
		fmt.Fprintf(progress, "probity ingest of %s\n", fr.Name)
		syscall.Sync()
		t := time.Now()
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
	syscall.Sync()
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
	fmt.Fprintf(w, "%-38s %8s %6s %11s %11s %9s %7s %9s %8s\n", "file", "rows", "MB", "DuckDB raw", "unordered", "ingest", "ratio", "ratio (u)", "rows/s")
	for _, f := range r.Files {
		fmt.Fprintf(w, "%-38s %8d %6.1f %11s %11s %9s %6.2fx %8.2fx %8.0f\n", f.Name, f.Rows, float64(f.Bytes)/1e6,
			f.Raw.Round(time.Millisecond), f.RawUnordered.Round(time.Millisecond), f.Ingest.Round(time.Millisecond),
			f.Ratio(), f.RatioUnordered(), float64(f.Rows)/f.Ingest.Seconds())
	}
	fmt.Fprintln(w, "ratio: ingest over DuckDB's raw read with its default settings; ratio (u): over the same read with insertion order off, as probity runs DuckDB")
	total := r.VerifyLoad + r.VerifyRules + r.VerifySave
	fmt.Fprintf(w, "\nverify: %s total (load %s, rules %s, save %s): %.0f claims/s\n",
		total.Round(time.Millisecond), r.VerifyLoad.Round(time.Millisecond), r.VerifyRules.Round(time.Millisecond),
		r.VerifySave.Round(time.Millisecond), float64(r.Claims)/total.Seconds())
	fmt.Fprintf(w, "peak RSS: %.0f MiB\n", float64(r.PeakRSS)/(1<<20))
}
