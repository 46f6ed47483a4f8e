package cli

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/probity-dev/probity/internal/ingest"
	"github.com/probity-dev/probity/internal/spend"
)

func init() {
	register(&Command{
		Name:  "ingest",
		Usage: "[flags] FILE...",
		Short: "Load claim and award files into the database",
		Long: `Ingest reads savings-claim files (the DOGE receipts, as CSV or JSON) and
award records (FPDS- and USAspending-joined files, USAspending downloads)
into the database. The format is recognised from the columns; --format
names it instead. Each file is recorded as a source with its SHA-256;
ingesting the same file again changes nothing. A file loads in one
transaction. Bad records are quarantined with their line, column and
reason (see 'probity quarantine'); a file that is not what it claims to be
fails with an error and leaves the database as it was.

The snapshot date is read from a YYYY-MM-DD in the file name, or given
with --snapshot.

Exit status: 0 when every file was loaded (quarantined records are not
errors), 2 when a file was refused.`,
		Flags: ingestFlags,
	})
}

type ingestReport struct {
	File        string `json:"file"`
	SourceID    int64  `json:"source_id,omitempty"`
	Format      string `json:"format,omitempty"`
	Snapshot    string `json:"snapshot,omitempty"`
	SHA256      string `json:"sha256,omitempty"`
	Read        int64  `json:"rows_read"`
	Loaded      int64  `json:"rows_loaded"`
	Quarantined int64  `json:"rows_quarantined"`
	Duplicate   bool   `json:"duplicate,omitempty"`
	LoadPath    string `json:"load_path,omitempty"`
	Error       string `json:"error,omitempty"`
}

func ingestFlags(fs *flag.FlagSet, env *Env) func(context.Context, []string) error {
	open := dbFlag(fs, env)
	formatName := fs.String("format", "", "format name (default: detect from the columns)")
	snapshot := fs.String("snapshot", "", "snapshot date YYYY-MM-DD (default: from the file name)")
	mode := fs.String("load", "auto", "how to load CSV: auto, bulk (DuckDB's reader) or rows (Go's reader)")
	asJSON := fs.Bool("json", false, "print one JSON object per file")
	formats := fs.Bool("formats", false, "list the formats probity reads and exit")
	return func(ctx context.Context, args []string) error {
		if *formats {
			for _, f := range ingest.Formats() {
				fmt.Fprintf(env.Stdout, "%-32s %-5s %-8s %s\n", f.Name, f.Encoding, f.Kind, f.Description)
			}
			return nil
		}
		if len(args) == 0 {
			return usageError("ingest needs at least one FILE")
		}
		opt := ingest.Options{Format: *formatName}
		switch *mode {
		case "auto":
		case "bulk":
			opt.Mode = ingest.Bulk
		case "rows":
			opt.Mode = ingest.Rows
		default:
			return usageError("--load must be auto, bulk or rows")
		}
		if *snapshot != "" {
			d, err := spend.ParseDate(*snapshot, spend.Date{})
			if err != nil {
				return usageError(fmt.Sprintf("--snapshot %q: %v", *snapshot, err))
			}
			opt.Snapshot = d
		}
		st, err := open(ctx)
		if err != nil {
			return err
		}
		defer st.Close()
		var failed []string
		enc := json.NewEncoder(env.Stdout)
		for _, path := range args {
			if info, err := os.Stat(path); err == nil && info.Size() > 32<<20 && !*asJSON {
				fmt.Fprintf(env.Stderr, "%s: reading %.0f MB…\n", path, float64(info.Size())/(1<<20))
			}
			res, err := ingest.File(ctx, st, path, opt)

			rep := ingestReport{File: path}
			if err != nil {
				if spend.KindOf(err) != spend.Invalid {
					return err
				}
				failed = append(failed, path)
				rep.Error = err.Error()
				if *asJSON {
					enc.Encode(rep)
				} else {
					fmt.Fprintf(env.Stderr, "%s: refused: %v\n", path, err)
				}
				continue
			}
			s := res.Source
			rep = ingestReport{File: path, SourceID: s.ID, Format: res.Format.Name, Snapshot: s.Snapshot.String(), SHA256: s.SHA256,
				Read: s.Read, Loaded: s.Loaded, Quarantined: s.Quarantined, Duplicate: res.Duplicate}
			if *asJSON {
				if err := enc.Encode(rep); err != nil {
					return err
				}
				continue
			}
			if res.Duplicate {
				fmt.Fprintf(env.Stdout, "%s: already ingested as source %d (same SHA-256); nothing changed\n", path, s.ID)
				continue
			}
			fmt.Fprintf(env.Stdout, "%s: source %d, %s, snapshot %s: %d records read, %d loaded, %d quarantined\n",
				path, s.ID, res.Format.Name, s.Snapshot, s.Read, s.Loaded, s.Quarantined)
			if res.Fallback {
				fmt.Fprintf(env.Stderr, "%s: note: loaded with Go's CSV reader (DuckDB read its records differently)\n", path)
			}
		}
		if len(failed) > 0 {
			return &spend.Error{Kind: spend.Invalid, Message: fmt.Sprintf("%d of %d files refused: %s", len(failed), len(args), strings.Join(failed, ", "))}
		}
		return nil
	}
}
