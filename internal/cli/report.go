package cli

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/probity-dev/probity/internal/report"
	"github.com/probity-dev/probity/internal/savings"
	"github.com/probity-dev/probity/internal/spend"
	"github.com/probity-dev/probity/internal/store"
)

func init() {
	register(&Command{
		Name:  "report",
		Usage: "[flags]",
		Short: "Show the latest verification: headline, findings and evidence",
		Long: `Report shows the latest verification run. By default it prints a
terminal summary (headline, totals by kind, finding class and agency, the
largest findings). --format json, csv or html writes the whole report;
the HTML report is one self-contained file with a chart of claimed versus
verifiable savings by agency, the findings, and for each claim its
evidence and the source rows it came from.

It covers the latest snapshot of each kind unless --snapshot names
others (source ids, file names or dates, comma-separated).`,
		Flags: reportFlags,
	})
}

func reportFlags(fs *flag.FlagSet, env *Env) func(context.Context, []string) error {
	open := dbFlag(fs, env)
	formatName := fs.String("format", "text", "text, json, csv or html")
	out := fs.String("out", "", "write to this file instead of standard output")
	snaps := fs.String("snapshot", "", "snapshots to cover, comma-separated (default: the latest of each kind)")
	limit := fs.Int("limit", 0, "rows per table in the text report (0: 10, -1: all)")
	sortKey := fs.String("sort", "", "order of claims: "+sortKeys())
	width := fs.Int("width", 0, "text width in columns (default 100)")
	kind := fs.String("kind", "", "contract, grant or lease: narrows --snapshot dates shared by several kinds")
	return func(ctx context.Context, args []string) error {
		if len(args) > 0 {
			return usageError("report takes no arguments")
		}
		f, err := report.ParseFormat(*formatName)
		if err != nil {
			return err
		}
		var key report.SortKey
		if *sortKey != "" {
			if key, err = report.ParseSortKey(*sortKey); err != nil {
				return err
			}
		}
		st, err := open(ctx)
		if err != nil {
			return err
		}
		defer st.Close()
		refs, err := snapshotRefs(ctx, st, *snaps, spend.Kind(*kind))
		if err != nil {
			return err
		}
		r, err := savings.BuildReport(ctx, st, savings.ReportOptions{Now: env.Now(), Snapshots: refs, Sort: key})
		if err != nil {
			return err
		}
		return writeOut(env, *out, func(w io.Writer) error {
			return report.Render(w, r, f, report.TextOptions{Limit: *limit, Width: *width})
		})
	}
}

func sortKeys() string {
	var ks []string
	for _, k := range report.SortKeys {
		ks = append(ks, string(k))
	}
	return strings.Join(ks, ", ")
}

// snapshotRefs resolves a comma-separated list of snapshots; "" is nil.
func snapshotRefs(ctx context.Context, st *store.Store, list string, kind spend.Kind) ([]spend.SnapshotRef, error) {
	if list == "" {
		return nil, nil
	}
	var refs []spend.SnapshotRef
	for _, a := range strings.Split(list, ",") {
		src, kind, err := savings.ResolveSnapshot(ctx, st, strings.TrimSpace(a), kind)

		if err != nil {
			return nil, err
		}
		refs = append(refs, spend.SnapshotRef{Kind: kind, Snapshot: src.Snapshot, SourceID: src.ID})
	}
	return refs, nil
}

// writeOut runs write on standard output, or on a file written atomically
// (a temporary file renamed into place).
func writeOut(env *Env, path string, write func(io.Writer) error) error {
	if path == "" || path == "-" {
		return write(env.Stdout)
	}
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, ".probity-*")
	if err != nil {
		return spend.Errorf(spend.Invalid, "write %s: %w", path, err)
	}
	defer os.Remove(tmp.Name())
	if err := write(tmp); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	fmt.Fprintf(env.Stderr, "wrote %s\n", path)
	return nil
}
