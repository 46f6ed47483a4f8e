package cli

import (
	"context"
	"encoding/json"
	"flag"

	"github.com/probity-dev/probity/internal/report"
	"github.com/probity-dev/probity/internal/savings"
	"github.com/probity-dev/probity/internal/spend"
)

func init() {
	register(&Command{
		Name:  "diff",
		Usage: "[flags] SNAPSHOT SNAPSHOT",
		Short: "Show claims added, removed and changed between two snapshots",
		Long: `Diff compares the claims of two snapshots of the same kind, award by
award: which were added, which removed, which changed (and which
fields), with the dollar effect of each. A snapshot is a source id, a
file name as ingested, or a date (YYYY-MM-DD; add --kind when several
kinds share the date).`,
		Flags: diffFlags,
	})
}

func diffFlags(fs *flag.FlagSet, env *Env) func(context.Context, []string) error {
	open := dbFlag(fs, env)
	kind := fs.String("kind", "", "contract, grant or lease")
	asJSON := fs.Bool("json", false, "print the diff as JSON")
	limit := fs.Int("limit", 0, "changes to list (0: 10, -1: all)")
	return func(ctx context.Context, args []string) error {
		if len(args) != 2 {
			return usageError("diff needs two snapshots")
		}
		st, err := open(ctx)
		if err != nil {
			return err
		}
		defer st.Close()
		d, err := savings.Diff(ctx, st, args[0], args[1], spend.Kind(*kind))
		if err != nil {
			return err
		}
		srcs, err := st.Sources(ctx) // to name the files claims come from
		if err != nil {
			return err
		}
		r := &report.Report{Title: "Snapshot comparison", GeneratedAt: env.Now(), Diffs: []spend.Diff{d}, Sources: srcs}
		if *asJSON {
			var buf jsonBuffer
			if err := report.JSON(&buf, r); err != nil {
				return err
			}
			var v struct {
				Diffs json.RawMessage `json:"diffs"`
			}
			if err := json.Unmarshal(buf, &v); err != nil {
				return err
			}
			_, err := env.Stdout.Write(append(v.Diffs, '\n'))
			return err
		}
		return report.TextDiffs(env.Stdout, r, report.TextOptions{Limit: *limit})
	}
}
