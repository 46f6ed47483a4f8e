package cli

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"

	"github.com/probity-dev/probity/internal/report"
	"github.com/probity-dev/probity/internal/savings"
	"github.com/probity-dev/probity/internal/verify"
)

func init() {
	register(&Command{
		Name:  "verify",
		Usage: "[flags]",
		Short: "Check every claim against the award records and keep the verdicts",
		Long: `Verify links every ingested claim to its award record (by PIID, by the
PIID or award id in its FPDS or USAspending link, or, failing those, by
vendor name) and works out how much of the claimed saving the records
support: for a contract the money not yet obligated (ceiling minus
obligated), for a grant the money not yet spent (obligated minus
outlayed), never more than the claim. Every problem becomes a finding
with its evidence: ceiling counted as savings, claim larger than the
award, award already ended, duplicate claims, likely unit errors, zero
claims, no record. The verdicts are stored as a new run; 'probity report'
shows them.

The headline covers the latest snapshot of each kind of claim.`,
		Flags: verifyFlags,
	})
}

func verifyFlags(fs *flag.FlagSet, env *Env) func(context.Context, []string) error {
	open := dbFlag(fs, env)
	opt := verify.DefaultOptions()
	fs.IntVar(&opt.EndedGraceDays, "ended-grace-days", opt.EndedGraceDays, "an award must have ended this many days before the claim date to count as already ended")
	fs.Float64Var(&opt.FuzzyMin, "fuzzy-min", opt.FuzzyMin, "least vendor-name similarity for a fallback link (0 turns name links off)")
	fs.Int64Var(&opt.UnitBandBP, "unit-band-bp", opt.UnitBandBP, "how close (basis points) a claim must be to 1,000x or 1,000,000x the record to be a likely unit error")
	asJSON := fs.Bool("json", false, "print the run and its headline as JSON")
	return func(ctx context.Context, args []string) error {
		if len(args) > 0 {
			return usageError("verify takes no arguments")
		}
		st, err := open(ctx)
		if err != nil {
			return err
		}
		defer st.Close()
		fmt.Fprintln(env.Stderr, "verifying…")
		run, err := savings.Verify(ctx, st, opt, env.Now)
		if err != nil {
			return err
		}
		if *asJSON {
			var buf jsonBuffer
			if err := report.JSON(&buf, &report.Report{Title: "verification run", GeneratedAt: env.Now(), Summary: run.Summary}); err != nil {
				return err
			}
			return json.NewEncoder(env.Stdout).Encode(map[string]any{
				"run": run.ID, "claims": run.Claims, "awards": run.Awards, "report": json.RawMessage(buf),
			})
		}
		fmt.Fprintf(env.Stdout, "Run %d: %d claims checked against %d award records (load %s, verify %s, save %s).\n\n",
			run.ID, run.Claims, run.Awards, run.Timing.Load.Round(1e6), run.Timing.Verify.Round(1e6), run.Timing.Save.Round(1e6))
		r := &report.Report{Title: "Savings claims checked against the award records", GeneratedAt: env.Now(), Summary: run.Summary}
		if err := report.Text(env.Stdout, r, report.TextOptions{}); err != nil {
			return err
		}
		fmt.Fprintln(env.Stdout, "\nFor every claim and its evidence: probity report --format html --out report.html")
		return nil
	}
}

type jsonBuffer []byte

func (b *jsonBuffer) Write(p []byte) (int, error) { *b = append(*b, p...); return len(p), nil }
