package cli

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"strings"

	"github.com/probity-dev/probity/internal/store"
)

func init() {
	register(&Command{
		Name:  "quarantine",
		Usage: "[flags]",
		Short: "List records set aside during ingest, with where and why",
		Long: `Quarantine lists every record an ingest refused: the file, line and
column, the field, the reason, and the record's text. Records are
listed in file and line order, a page at a time (--limit, --offset).`,
		Flags: quarantineFlags,
	})
}

func quarantineFlags(fs *flag.FlagSet, env *Env) func(context.Context, []string) error {
	open := dbFlag(fs, env)
	source := fs.Int64("source", 0, "only this source id")
	limit := fs.Int("limit", 50, "records per page (0: all)")
	offset := fs.Int("offset", 0, "records to skip")
	asJSON := fs.Bool("json", false, "print JSON lines")
	return func(ctx context.Context, args []string) error {
		if len(args) > 0 {
			return usageError("quarantine takes no arguments")
		}
		st, err := open(ctx)
		if err != nil {
			return err
		}
		defer st.Close()
		total, err := st.QuarantineCount(ctx, *source)
		if err != nil {
			return err
		}
		rows, err := st.Quarantine(ctx, store.QuarantineFilter{SourceID: *source, Limit: *limit, Offset: *offset})
		if err != nil {
			return err
		}
		if *asJSON {
			enc := json.NewEncoder(env.Stdout)
			for _, r := range rows {
				if err := enc.Encode(map[string]any{"file": r.File, "record": r.Record, "line": r.Line, "column": r.Column,
					"field": r.Field, "reason": r.Reason, "raw": r.Raw}); err != nil {
					return err
				}
			}
			return nil
		}
		if total == 0 {
			fmt.Fprintln(env.Stdout, "No quarantined records.")
			return nil
		}
		for _, r := range rows {
			fmt.Fprintln(env.Stdout, r.Error())
			if r.Raw != "" {
				fmt.Fprintf(env.Stdout, "    %s\n", clip(strings.ReplaceAll(r.Raw, "\n", "⏎"), 160))
			}
		}
		if shown := *offset + len(rows); int64(shown) < total {
			fmt.Fprintf(env.Stderr, "%d of %d shown; next page: --offset %d\n", len(rows), total, shown)
		}
		return nil
	}
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
