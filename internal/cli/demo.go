package cli

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/probity-dev/probity/internal/demo"
	"github.com/probity-dev/probity/internal/ingest"
	"github.com/probity-dev/probity/internal/report"
	"github.com/probity-dev/probity/internal/savings"
	"github.com/probity-dev/probity/internal/spend"
	"github.com/probity-dev/probity/internal/store"
	"github.com/probity-dev/probity/internal/verify"
)

func init() {
	register(&Command{
		Name:  "demo",
		Usage: "[flags]",
		Short: "Check the real 2025 DOGE receipts bundled with probity, start to finish",
		Long: `Demo runs the whole savings verification on the real 2025 DOGE snapshots
that ship inside probity (see the data's README for sources and licences):
it writes the files and a fresh database under --dir, ingests every
snapshot, verifies every claim against the award records, compares two
contract snapshots, prints the headline, and writes the HTML report.`,
		Flags: demoFlags,
	})
}

func demoFlags(fs *flag.FlagSet, env *Env) func(context.Context, []string) error {
	dir := fs.String("dir", "probity-demo", "directory for the demo's data, database and report")
	limit := fs.Int("limit", 5, "rows per table in the printed summary")
	return func(ctx context.Context, args []string) error {
		if len(args) > 0 {
			return usageError("demo takes no arguments")
		}
		files, err := demo.Extract(filepath.Join(*dir, "data"))
		if err != nil {
			return spend.Errorf(spend.Invalid, "write demo data under %s: %w", *dir, err)
		}
		dbPath := filepath.Join(*dir, "probity.db")
		for _, p := range []string{dbPath, dbPath + ".wal"} {
			if err := os.Remove(p); err != nil && !os.IsNotExist(err) {
				return fmt.Errorf("remove old demo database: %w", err)
			}
		}
		st, err := store.Open(ctx, dbPath, store.Options{})
		if err != nil {
			return err
		}
		defer st.Close()
		st.Now = env.Now
		out := env.Stdout

		fmt.Fprintf(out, "1. Ingest %d real snapshots of the 2025 DOGE receipts (%s)\n", len(files), filepath.Join(*dir, "data"))
		for _, f := range files {
			res, err := ingest.File(ctx, st, f, ingest.Options{})
			if err != nil {
				return err
			}
			s := res.Source
			fmt.Fprintf(out, "   %-49s %-32s %6d loaded, %d quarantined\n", s.Name, res.Format.Name, s.Loaded, s.Quarantined)
		}

		fmt.Fprintln(out, "\n2. Verify every claim against the FPDS and USAspending records")
		run, err := savings.Verify(ctx, st, verify.DefaultOptions(), env.Now)
		if err != nil {
			return err
		}
		fmt.Fprintf(out, "   %d claims checked against %d award records in %s\n", run.Claims, run.Awards, (run.Timing.Load + run.Timing.Verify + run.Timing.Save).Round(1e6))

		fmt.Fprintln(out, "\n3. What changed between the March and April contract snapshots")
		d, err := savings.Diff(ctx, st, "2025-03-11", "2025-04-04", spend.Contract)
		if err != nil {
			return err
		}
		if err := report.TextDiffs(out, &report.Report{Diffs: []spend.Diff{d}}, report.TextOptions{Limit: *limit}); err != nil {
			return err
		}

		fmt.Fprintln(out, "\n4. The headline: latest snapshot of each kind")
		r, err := savings.BuildReport(ctx, st, savings.ReportOptions{Now: env.Now(), Diffs: []spend.Diff{d}, Sort: report.ByGap})
		if err != nil {
			return err
		}
		text := *r
		text.Diffs = nil
		if err := report.Text(out, &text, report.TextOptions{Limit: *limit}); err != nil {
			return err
		}
		html := filepath.Join(*dir, "report.html")
		if err := writeOut(env, html, func(w io.Writer) error { return report.HTML(w, r) }); err != nil {
			return err
		}
		fmt.Fprintf(out, "\n5. The full report, with every claim's evidence and source rows: %s\n", html)
		fmt.Fprintf(out, "   The database is %s: try 'probity report --db %s --format csv'.\n", dbPath, dbPath)
		return nil
	}
}
