package cli

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"text/tabwriter"
)

func init() {
	register(&Command{
		Name:  "sources",
		Usage: "[flags]",
		Short: "List the ingested files",
		Long:  `Sources lists every ingested file: id, name, format, snapshot date, SHA-256 and record counts.`,
		Flags: func(fs *flag.FlagSet, env *Env) func(context.Context, []string) error {
			open := dbFlag(fs, env)
			asJSON := fs.Bool("json", false, "print JSON lines")
			return func(ctx context.Context, args []string) error {
				st, err := open(ctx)
				if err != nil {
					return err
				}
				defer st.Close()
				srcs, err := st.Sources(ctx)
				if err != nil {
					return err
				}
				kinds, err := st.SourceKinds(ctx)
				if err != nil {
					return err
				}
				if *asJSON {
					enc := json.NewEncoder(env.Stdout)
					for _, s := range srcs {
						if err := enc.Encode(map[string]any{"id": s.ID, "name": s.Name, "format": s.Format, "kind": kinds[s.ID],
							"snapshot": s.Snapshot.String(), "sha256": s.SHA256, "bytes": s.Bytes, "rows_read": s.Read,
							"rows_loaded": s.Loaded, "rows_quarantined": s.Quarantined, "ingested_at": s.IngestedAt}); err != nil {
							return err
						}
					}
					return nil
				}
				if len(srcs) == 0 {
					fmt.Fprintln(env.Stdout, "No sources: run 'probity ingest FILE...'.")
					return nil
				}
				tw := tabwriter.NewWriter(env.Stdout, 0, 4, 2, ' ', tabwriter.AlignRight)
				fmt.Fprintln(tw, "id\tsnapshot\tkind\tread\tloaded\tquarantined\tsha256\t\tname\t")
				for _, s := range srcs {
					fmt.Fprintf(tw, "%d\t%s\t%s\t%d\t%d\t%d\t%s…\t\t%s\t\n", s.ID, s.Snapshot, kinds[s.ID], s.Read, s.Loaded, s.Quarantined, s.SHA256[:12], s.Name)
				}
				return tw.Flush()
			}
		},
	})
}
