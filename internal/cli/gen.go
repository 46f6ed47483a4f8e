package cli

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"text/tabwriter"
	"time"

	"github.com/probity-dev/probity/internal/gen"
	"github.com/probity-dev/probity/internal/spend"
)

func init() {
	register(&Command{
		Name:  "gen",
		Short: "Generate synthetic data with ground truth",
		Long: `
gen writes synthetic records with known ground truth, for measuring the
matchers. Everything it writes is determined by its flags and --seed.`,
		Sub: []*Command{genPeopleCmd()},
	})
}

// genSeedStream is the second PCG word of the generator's *rand.Rand; the
// first is --seed.
const genSeedStream = 0x70726f6269747900 // "probity\x00"

func genPeopleCmd() *Command {
	return &Command{
		Name:  "people",
		Usage: "--out DIR [flags]",
		Short: "Generate US-style person records with controlled corruption and ground truth",
		Long: `
people writes synthetic US-style person records (names with US frequencies,
sex, date of birth, SSN, street address with a ZIP that agrees with the
state, phone) and corrupts copies of them with typos, OCR errors, phonetic
variants, nicknames, married names, swapped names, middle initials, missing
fields, transposed or shifted birth dates, moved addresses and street suffix
variants. Some distinct people share a name, a name and date of birth, or a
household (family name and address; some a given name too, as parent and
child): hard negatives.

--mode link writes DIR/a.csv and DIR/b.csv (--n records each; --overlap of
them are the same people) and DIR/truth.csv (a_rec_id,b_rec_id). File A is
clean unless --corrupt-originals; file B is corrupted.

--mode dedupe writes DIR/records.csv (--n people, of whom --dup-frac have 1
to --dup-max corrupted duplicates) and DIR/truth.csv (rec_id_1,rec_id_2:
every pair of records of one person).

Record files have the header
  rec_id,entity_id,given_name,middle_name,family_name,sex,dob,ssn,street,unit,city,state,zip,phone,corruptions
entity_id and corruptions are ground truth: a matcher must not read them.

SSNs are never-issued numbers (area 900-999 with groups no SSA or IRS number
uses) unless --realistic-ssn; phone numbers are NPA-555-01XX (reserved for
fiction).

--rates sets per-record probabilities, KIND=P separated by commas, applied
over the defaults; "all=0,typo=0.5" keeps only typos. Kinds and defaults:
  moved=0.1 suffix=0.1 nickname=0.1 married=0.03 swap=0.02
  middle_initial=0.2 phonetic=0.1 typo=0.2 dob_swap=0.03 dob_year=0.03
  ocr=0.03 missing=0.15

Examples:
  probity gen people --mode link --n 100000 --seed 7 --out data/gen100k
  probity gen people --mode link --n 1000000 --overlap 0.3 --out data/gen1m
  probity gen people --mode dedupe --n 50000 --dup-max 5 --dup-dist poisson --out data/dd
  probity gen people --out data/typos --rates all=0,typo=0.5 --json`,
		Flags: func(fs *flag.FlagSet, env *Env) func(context.Context, []string) error {
			def := gen.DefaultOptions()
			mode := fs.String("mode", string(def.Mode), "link (two files) or dedupe (one file)")
			n := fs.Int64("n", def.N, "records per file (link) or people (dedupe)")
			seed := fs.Uint64("seed", 1, "random seed: the same seed and flags give byte-identical files")
			out := fs.String("out", "", "output directory (created if missing; required)")
			overlap := fs.Float64("overlap", def.Overlap, "link: share of each file's people that are in the other file")
			rates := fs.String("rates", "", "corruption rates over the defaults, e.g. typo=0.3,missing=0 (see above)")
			corruptOrig := fs.Bool("corrupt-originals", false, "also corrupt file A (link) and each person's first record (dedupe)")
			sameName := fs.Float64("same-name", def.SameName, "share of people given another person's name (hard negatives)")
			sameNameDOB := fs.Float64("same-name-dob", def.SameNameDOB, "share of people given another person's name and date of birth")
			household := fs.Float64("same-household", def.SameHousehold, "share of people living with another person (same family name and address)")
			dupFrac := fs.Float64("dup-frac", def.Dups.Frac, "dedupe: share of people with duplicates")
			dupMax := fs.Int("dup-max", def.Dups.Max, "dedupe: most duplicates of one person")
			dupDist := fs.String("dup-dist", string(def.Dups.Dist), "dedupe: distribution of duplicates over 1..dup-max: uniform, poisson or zipf")
			dupMean := fs.Float64("dup-mean", def.Dups.Mean, "dedupe: mean of the poisson distribution")
			realSSN := fs.Bool("realistic-ssn", false, "SSNs that pass the SSA's validity rules (and so could be someone's)")
			dateFmt := fs.String("date-format", string(def.DateFormat), "dob format: iso (2006-01-02) or us (01/02/2006)")
			asJSON := fs.Bool("json", false, "print the summary as JSON")
			return func(ctx context.Context, args []string) error {
				if len(args) > 0 {
					return usageError(fmt.Sprintf("unexpected arguments %q", args))
				}
				if *out == "" {
					return usageError("--out DIR is required")
				}
				o := def
				var err error
				if o.Mode, err = gen.ParseMode(*mode); err != nil {
					return usageError(err.Error())
				}
				if o.Rates, err = gen.ParseRates(*rates, gen.DefaultRates()); err != nil {
					return usageError("--rates: " + err.Error())
				}
				if o.Dups.Dist, err = gen.ParseDupDist(*dupDist); err != nil {
					return usageError(err.Error())
				}
				if o.DateFormat, err = gen.ParseDateFormat(*dateFmt); err != nil {
					return usageError(err.Error())
				}
				o.N, o.Overlap, o.CorruptOriginals = *n, *overlap, *corruptOrig
				o.SameName, o.SameNameDOB, o.SameHousehold = *sameName, *sameNameDOB, *household
				o.RealisticSSN = *realSSN
				o.Dups.Frac, o.Dups.Max, o.Dups.Mean = *dupFrac, *dupMax, *dupMean
				return runGenPeople(ctx, env, o, *seed, *out, *asJSON)
			}
		},
	}
}

// genFile is one file of a generation run.
type genFile struct {
	Path    string `json:"path"`
	Records int64  `json:"records,omitempty"`
	Pairs   int64  `json:"true_pairs,omitempty"`
}

// genKindStat is the observed use of one corruption kind.
type genKindStat struct {
	Kind    string  `json:"kind"`
	Rate    float64 `json:"rate"`
	Tried   int64   `json:"tried"`
	Applied int64   `json:"applied"`
	// Share of corrupted records the kind was applied to.
	Observed float64 `json:"observed"`
}

type genReport struct {
	Mode      gen.Mode      `json:"mode"`
	Seed      uint64        `json:"seed"`
	N         int64         `json:"n"`
	Files     []genFile     `json:"files"`
	Truth     genFile       `json:"truth"`
	Entities  int64         `json:"entities"`
	Corrupted int64         `json:"corrupted_records"`
	Kinds     []genKindStat `json:"corruption"`
	Seconds   float64       `json:"seconds"`
}

func runGenPeople(ctx context.Context, env *Env, o gen.Options, seed uint64, dir string, asJSON bool) error {
	g, err := gen.New(o, rand.New(rand.NewPCG(seed, genSeedStream)))
	if err != nil {
		return spend.Errorf(spend.Invalid, "%v", err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("create output directory: %w", err)
	}
	names := []string{"a.csv", "b.csv", "truth.csv"}
	if o.Mode == gen.Dedupe {
		names = []string{"records.csv", "truth.csv"}
	}
	files := make([]*os.File, len(names))
	ws := make([]io.Writer, len(names))
	defer func() {
		for _, f := range files {
			if f != nil {
				f.Close()
				os.Remove(f.Name()) // only left when the run failed
			}
		}
	}()
	for i, name := range names {
		f, err := os.Create(filepath.Join(dir, name+".tmp"))
		if err != nil {
			return fmt.Errorf("create output: %w", err)
		}
		files[i], ws[i] = f, f
	}

	start := env.Now()
	progress := genProgress(ctx, env, start, o)
	var sum gen.Summary
	if o.Mode == gen.Link {
		sum, err = g.WriteLink(ws[0], ws[1], ws[2], progress)
	} else {
		sum, err = g.WriteDedupe(ws[0], ws[1], progress)
	}
	if err != nil {
		return err
	}
	for i, f := range files {
		if err := f.Close(); err != nil {
			return fmt.Errorf("close output: %w", err)
		}
		final := filepath.Join(dir, names[i])
		if err := os.Rename(f.Name(), final); err != nil {
			return fmt.Errorf("rename output: %w", err)
		}
		files[i] = nil
	}

	rep := genReport{Mode: o.Mode, Seed: seed, N: o.N, Entities: sum.Entities, Corrupted: sum.Corrupted,
		Seconds: env.Now().Sub(start).Seconds()}
	for i, r := range sum.Records {
		rep.Files = append(rep.Files, genFile{Path: filepath.Join(dir, names[i]), Records: r})
	}
	rep.Truth = genFile{Path: filepath.Join(dir, "truth.csv"), Pairs: sum.TruePairs}
	for k := range gen.NumKinds {
		st := genKindStat{Kind: k.String(), Rate: o.Rates[k], Tried: sum.Counts.Tried[k], Applied: sum.Counts.Applied[k]}
		if sum.Corrupted > 0 {
			st.Observed = float64(st.Applied) / float64(sum.Corrupted)
		}
		rep.Kinds = append(rep.Kinds, st)
	}
	if asJSON {
		enc := json.NewEncoder(env.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	for _, f := range rep.Files {
		fmt.Fprintf(env.Stdout, "wrote %s: %d records\n", f.Path, f.Records)
	}
	fmt.Fprintf(env.Stdout, "wrote %s: %d true pairs\n", rep.Truth.Path, rep.Truth.Pairs)
	fmt.Fprintf(env.Stdout, "%d people, %d corrupted records, %.1fs\n\n", rep.Entities, rep.Corrupted, rep.Seconds)
	tw := tabwriter.NewWriter(env.Stdout, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "corruption\trate\ttried\tapplied\tobserved\t")
	for _, k := range rep.Kinds {
		fmt.Fprintf(tw, "%s\t%.3f\t%d\t%d\t%.3f\t\n", k.Kind, k.Rate, k.Tried, k.Applied, k.Observed)
	}
	return tw.Flush()
}

// genProgress stops the run when ctx is cancelled and, for runs of
// 100,000 records or more, reports progress on stderr at most once a second
// and at the end of each file.
func genProgress(ctx context.Context, env *Env, start time.Time, o gen.Options) gen.Progress {
	last := start
	return func(stage string, done, total int64) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		if o.N < 100_000 {
			return nil
		}
		now := env.Now()
		if done < total && now.Sub(last) < time.Second {
			return nil
		}
		last = now
		fmt.Fprintf(env.Stderr, "gen people: file %s %d/%d (%.0f%%) %.1fs\n", stage, done, total,
			100*float64(done)/float64(max(total, 1)), now.Sub(start).Seconds())
		return nil
	}
}
