package cli

import (
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"

	"github.com/probity-dev/probity/internal/bench"
)

func init() {
	register(&Command{
		Name:  "bench",
		Short: "Measure probity on generated data",
		Long:  `Bench runs the measurements recorded in BENCHMARKS.md.`,
		Sub: []*Command{{
			Name:  "savings",
			Usage: "[flags]",
			Short: "Ingest and verify N generated claims and N awards, next to DuckDB's raw read",
			Long: `Bench savings writes N DOGE-API contract claims and N USAspending contract
awards (seeded), then in one process times DuckDB's own read_csv of each
file (CREATE TABLE AS SELECT * FROM read_csv), probity's ingest of the
same file, and the verification of every claim. It prints rows per
second, the ingest/raw ratio, the verification time and the peak memory.`,
			Flags: func(fs *flag.FlagSet, env *Env) func(context.Context, []string) error {
				n := fs.Int("n", 1_000_000, "claims and awards to generate")
				seed := fs.Uint64("seed", 1, "generator seed")
				dir := fs.String("dir", filepath.Join(os.TempDir(), "probity-bench"), "working directory")
				asJSON := fs.Bool("json", false, "print the figures as JSON")
				return func(ctx context.Context, args []string) error {
					res, err := bench.Savings(ctx, *dir, *n, *seed, env.Stderr)
					if err != nil {
						return err
					}
					if *asJSON {
						return json.NewEncoder(env.Stdout).Encode(res)
					}
					res.Print(env.Stdout)
					return nil
				}
			},
		}},
	})
}
