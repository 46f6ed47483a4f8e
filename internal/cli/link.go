package cli

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/probity-dev/probity/internal/link"
	"github.com/probity-dev/probity/internal/spend"
)

func init() {
	register(linkCmd())
}

// linkFlags are the flags link and link eval share.
type linkFlags struct {
	model, saveModel, id, explain string
	threshold                     float64
	train, latin1, oneToOne       bool
	seed                          int64
	workers                       int
}

func (f *linkFlags) declare(fs *flag.FlagSet) {
	fs.StringVar(&f.model, "model", "", "model file (JSON; required): trained, or a specification to train")
	fs.StringVar(&f.saveModel, "save-model", "", "write the model, trained, to this file")
	fs.StringVar(&f.id, "id", "", "record-id column (default: the model's id_column, else row numbers)")
	fs.Float64Var(&f.threshold, "threshold", 0.5, "match probability at or above which a pair is a match")
	fs.BoolVar(&f.train, "train", false, "train the model on the input even if it already has m and u")
	fs.Int64Var(&f.seed, "seed", 0, "seed of the random pairs used to train (default: the model's training seed)")
	fs.BoolVar(&f.latin1, "latin1", false, "input CSV files are ISO-8859-1, not UTF-8")
	fs.BoolVar(&f.oneToOne, "one-to-one", false, "link: keep only each record's best pair (for tables without duplicates inside them)")
	fs.IntVar(&f.workers, "workers", 0, "scoring goroutines (default GOMAXPROCS)")
	fs.StringVar(&f.explain, "explain", "", "explain the pair ID1,ID2 (first table, second table) instead of linking")
}

func linkCmd() *Command {
	return &Command{
		Name:  "link",
		Usage: "--model MODEL [flags] FILE [FILE2]",
		Short: "Link two files or de-duplicate one with a Fellegi-Sunter model",
		Long: `
link finds the records that are the same person or organisation: in two
files (a link: the model's link_type is "link"), or within one file (a
dedupe). It scores the pairs found by the model's blocking rules with the
model's comparisons (Fellegi-Sunter match weights, as in Splink) and
writes the pairs at or above --threshold and the clusters they form
(connected components; a cluster's id is its smallest record id).

The model is a JSON file (see internal/link/testdata/model_febrl4.json).
If it has no m and u yet, or with --train, link first trains it on the
input without labels: u from random pairs, m by EM over the model's
em_blocking rules, the prior from the candidate pairs. --save-model
writes the trained model, to reuse or to read.

Files are CSV with a header line (UTF-8, or --latin1), or Parquet (.parquet,
read through DuckDB; every column as text).

Output: --pairs FILE and --clusters FILE, as CSV, or JSON Lines when the
name ends in .json or .jsonl; with neither, pairs go to stdout as CSV.
Pair columns: id_a, id_b, match_weight, match_probability, rule (the
first blocking rule that found it) and gamma_<comparison> (the level of
each comparison). --explain ID1,ID2 prints one pair's waterfall: each
comparison's values, level and weight (--json for JSON).

Progress goes to stderr.

Examples:
  probity link --model febrl4.json --save-model trained.json a.csv b.csv --pairs pairs.csv --clusters clusters.csv
  probity link --model trained.json --explain rec-1-org,rec-1-dup-0 a.csv b.csv
  probity link --model people.json --threshold 0.99 people.csv --clusters clusters.jsonl`,
		Sub: []*Command{linkEvalCmd()},
		Flags: func(fs *flag.FlagSet, env *Env) func(context.Context, []string) error {
			var lf linkFlags
			lf.declare(fs)
			pairsOut := fs.String("pairs", "", "write the pairs at or above the threshold to this file")
			clustersOut := fs.String("clusters", "", "write every record with its cluster to this file")
			asJSON := fs.Bool("json", false, "print the summary (or the --explain waterfall) as JSON")
			return func(ctx context.Context, args []string) error {
				r, err := openLink(ctx, env, &lf, args)
				if err != nil {
					return err
				}
				if lf.explain != "" {
					return r.explainPair(env, lf.explain, *asJSON)
				}
				return r.link(ctx, env, &lf, *pairsOut, *clustersOut, *asJSON)
			}
		},
	}
}

func linkEvalCmd() *Command {
	return &Command{
		Name:  "eval",
		Usage: "--model MODEL (--truth FILE | --truth-column COL | --truth-id-pattern RE) [flags] FILE [FILE2]",
		Short: "Measure a linkage model against ground truth",
		Long: `
eval links or de-duplicates like "probity link", scoring every candidate
pair, and measures the result against ground truth given as one of:

  --truth FILE           a CSV of matching id pairs (first two columns:
                         id in the first file, id in the second; header)
  --truth-column COL     a column of entity labels present in every file
  --truth-id-pattern RE  entity labels taken from record ids by the first
                         group of a regular expression, e.g. '^rec-(\d+)-'
                         for FEBRL

It prints pairwise precision, recall and F1 at --threshold and at the best
threshold, the recall at precision >= 0.999 (the operating point for
stopping a payment), the blocking recall (share of true pairs among the
candidates; true pairs blocking misses count as false negatives), and
pairs scored per second.

Example:
  probity link eval --model febrl4.json --truth-id-pattern '^rec-(\d+)-' a.csv b.csv`,
		Flags: func(fs *flag.FlagSet, env *Env) func(context.Context, []string) error {
			var lf linkFlags
			lf.declare(fs)
			truthFile := fs.String("truth", "", "CSV of matching id pairs")
			truthCol := fs.String("truth-column", "", "column of entity labels")
			truthRE := fs.String("truth-id-pattern", "", "regular expression whose first group is the entity in a record id")
			asJSON := fs.Bool("json", false, "print the evaluation as JSON")
			return func(ctx context.Context, args []string) error {
				n := 0
				for _, s := range []string{*truthFile, *truthCol, *truthRE} {
					if s != "" {
						n++
					}
				}
				if n != 1 {
					return usageError("give exactly one of --truth, --truth-column, --truth-id-pattern")
				}
				if lf.explain != "" {
					return usageError("--explain is for probity link")
				}
				var extra []string
				if *truthCol != "" {
					extra = append(extra, *truthCol)
				}
				r, err := openLink(ctx, env, &lf, args, extra...)
				if err != nil {
					return err
				}
				truth, err := r.truth(*truthFile, *truthCol, *truthRE, lf.latin1)
				if err != nil {
					return err
				}
				return r.eval(ctx, env, &lf, truth, *asJSON)
			}
		},
	}
}

// linkRun is a prepared, trained linkage ready to score.
type linkRun struct {
	data    *link.Data
	scorer  *link.Scorer
	trained *link.TrainReport
}

// openLink reads the model and the input files, trains the model if it
// needs it, saves it if asked, and compiles the scorer.
func openLink(ctx context.Context, env *Env, lf *linkFlags, args []string, extraColumns ...string) (*linkRun, error) {
	if lf.model == "" {
		return nil, usageError("--model FILE is required")
	}
	if len(args) < 1 || len(args) > 2 {
		return nil, usageError("give one file to de-duplicate or two to link")
	}
	if lf.threshold <= 0 || lf.threshold >= 1 {
		return nil, usageError("--threshold is a probability between 0 and 1 (exclusive)")
	}
	m, err := readModelFile(lf.model)
	if err != nil {
		return nil, err
	}
	if lf.oneToOne && m.LinkType != link.LinkOnly {
		return nil, usageError("--one-to-one is for links (two files), not a dedupe")
	}
	want := map[string]int{link.LinkOnly: 2, link.Dedupe: 1}[m.LinkType]
	if len(args) != want {
		return nil, usageError(fmt.Sprintf("the model's link_type is %q: give %d file(s)", m.LinkType, want))
	}
	id := lf.id
	if id == "" {
		id = m.IDColumn
	}
	var tables []*link.Table
	for side, path := range args {
		keep := append(m.Columns(side), extraColumns...)
		t, err := readLinkTable(ctx, path, id, lf.latin1, keep)
		if err != nil {
			return nil, err
		}
		tables = append(tables, t)
	}
	d, err := link.Prepare(m, tables...)
	if err != nil {
		return nil, spend.Errorf(spend.Invalid, "%v", err)
	}
	d.DropRaw(extraColumns...)
	tables = nil
	r := &linkRun{data: d}
	if lf.train || m.CheckTrained() != nil {
		seed := lf.seed
		if seed == 0 && m.Training != nil {
			seed = m.Training.Seed
		}
		start := env.Now()
		fmt.Fprintf(env.Stderr, "link: training on %s\n", strings.Join(args, ", "))
		rep, err := link.Train(ctx, d, link.TrainOptions{
			Rand:    rand.New(rand.NewPCG(uint64(seed), 0)),
			Workers: lf.workers,
			Log:     linkPrefixWriter{env.Stderr, "link: train: "},
		})
		if err != nil {
			return nil, spend.Errorf(spend.Invalid, "%v", err)
		}
		r.trained = &rep
		fmt.Fprintf(env.Stderr, "link: trained in %.1fs\n", env.Now().Sub(start).Seconds())
	}
	if lf.saveModel != "" {
		if err := linkWriteFile(lf.saveModel, func(w io.Writer) error { return link.WriteModel(w, m) }); err != nil {
			return nil, err
		}
		fmt.Fprintf(env.Stderr, "link: wrote model %s\n", lf.saveModel)
	}
	if r.scorer, err = link.NewScorer(d); err != nil {
		return nil, spend.Errorf(spend.Invalid, "%v", err)
	}
	return r, nil
}

func readModelFile(path string) (*link.Model, error) {
	f, err := os.Open(path)
	if err != nil {
		if os.IsNotExist(err) {
			return nil, spend.Errorf(spend.NotFound, "model %s: no such file", path)
		}
		return nil, fmt.Errorf("open model: %w", err)
	}
	defer f.Close()
	m, err := link.ReadModel(f)
	if err != nil {
		return nil, spend.Errorf(spend.Invalid, "%s: %v", path, err)
	}
	return m, nil
}

// readLinkTable reads an input file: CSV, or Parquet through DuckDB.
func readLinkTable(ctx context.Context, path, id string, latin1 bool, keep []string) (*link.Table, error) {
	if strings.EqualFold(filepath.Ext(path), ".parquet") {
		return readParquetTable(ctx, path, id, keep)
	}
	f, err := os.Open(path)
	if err != nil {
		if os.IsNotExist(err) {
			return nil, spend.Errorf(spend.NotFound, "%s: no such file", path)
		}
		return nil, fmt.Errorf("open input: %w", err)
	}
	defer f.Close()
	t, err := link.ReadCSV(bufio.NewReaderSize(f, 1<<20), path, link.CSVOptions{IDColumn: id, Latin1: latin1, Keep: keep})
	if err != nil {
		return nil, spend.Errorf(spend.Invalid, "%v", err)
	}
	return t, nil
}

// score scores every candidate pair at or above minWeight, reporting
// progress on stderr at most once a second.
func (r *linkRun) score(ctx context.Context, env *Env, workers int, minWeight float64, emit func([]link.Pair) error) (link.ScoreStats, time.Duration, error) {
	start := env.Now()
	last := start
	var done int64
	st, err := r.scorer.Score(ctx, link.ScoreOptions{MinWeight: minWeight, Workers: workers,
		Progress: func(d, total int) {
			if now := env.Now(); now.Sub(last) >= time.Second || d == total {
				last = now
				fmt.Fprintf(env.Stderr, "link: scored pairs of %d/%d records, %d kept, %.1fs\n", d, total, done, now.Sub(start).Seconds())
			}
		}}, func(ps []link.Pair) error {
		done += int64(len(ps))
		return emit(ps)
	})
	return st, env.Now().Sub(start), err
}

type linkSummary struct {
	Records        [2]int            `json:"records"`
	Candidates     int64             `json:"candidate_pairs"`
	PerRule        map[string]int64  `json:"candidates_per_rule"`
	Matches        int               `json:"matching_pairs"`
	Clusters       int               `json:"clusters"`
	Threshold      float64           `json:"threshold_probability"`
	Seconds        float64           `json:"scoring_seconds"`
	PairsPerSecond float64           `json:"pairs_per_second"`
	Training       *link.TrainReport `json:"training,omitempty"`
}

func (r *linkRun) link(ctx context.Context, env *Env, lf *linkFlags, pairsOut, clustersOut string, asJSON bool) error {
	minW := link.WeightOf(lf.threshold)
	var pairs []link.Pair
	st, el, err := r.score(ctx, env, lf.workers, minW, func(ps []link.Pair) error {
		pairs = append(pairs, ps...)
		return nil
	})
	if err != nil {
		return err
	}
	if lf.oneToOne {
		pairs = link.OneToOne(pairs)
	}
	clusters := link.Cluster(r.data, pairs, minW)
	if pairsOut == "" && clustersOut == "" {
		if err := r.writePairs(env.Stdout, pairs, false); err != nil {
			return err
		}
	}
	if pairsOut != "" {
		if err := linkWriteFile(pairsOut, func(w io.Writer) error { return r.writePairs(w, pairs, isJSONPath(pairsOut)) }); err != nil {
			return err
		}
	}
	if clustersOut != "" {
		if err := linkWriteFile(clustersOut, func(w io.Writer) error { return writeClusters(w, clusters, isJSONPath(clustersOut)) }); err != nil {
			return err
		}
	}
	sum := linkSummary{Records: [2]int{r.data.Len(0), r.data.Len(1)}, Candidates: st.Candidates, PerRule: map[string]int64{},
		Matches: len(pairs), Threshold: lf.threshold, Seconds: el.Seconds(), Training: r.trained}
	if !r.data.IsLink() {
		sum.Records[1] = 0
	}
	for i, n := range st.PerRule {
		sum.PerRule[r.data.Model.Blocking[i].Title()] = n
	}
	ids := map[string]bool{}
	for _, c := range clusters {
		ids[c.Cluster] = true
	}
	sum.Clusters = len(ids)
	if el > 0 {
		sum.PairsPerSecond = float64(st.Candidates) / el.Seconds()
	}
	out := env.Stderr
	if pairsOut != "" || clustersOut != "" {
		out = env.Stdout
	}
	if asJSON {
		enc := json.NewEncoder(out)
		enc.SetIndent("", "  ")
		return enc.Encode(sum)
	}
	fmt.Fprintf(out, "%d candidate pairs scored in %.2fs (%.0f pairs/s); %d pairs at probability >= %g; %d clusters\n",
		sum.Candidates, sum.Seconds, sum.PairsPerSecond, sum.Matches, lf.threshold, sum.Clusters)
	return nil
}

func isJSONPath(p string) bool {
	e := strings.ToLower(filepath.Ext(p))
	return e == ".json" || e == ".jsonl"
}

// writePairs writes pairs as CSV or JSON Lines.
func (r *linkRun) writePairs(w io.Writer, pairs []link.Pair, asJSON bool) error {
	m := r.data.Model
	bw := bufio.NewWriter(w)
	if asJSON {
		enc := json.NewEncoder(bw)
		for _, p := range pairs {
			gam := map[string]int{}
			for c, cm := range m.Comparisons {
				gam[cm.Name] = p.Level(c)
			}
			if err := enc.Encode(struct {
				A      string         `json:"id_a"`
				B      string         `json:"id_b"`
				Weight float64        `json:"match_weight"`
				Prob   float64        `json:"match_probability"`
				Rule   string         `json:"rule"`
				Gamma  map[string]int `json:"gamma"`
			}{r.data.RecordID(0, int(p.A)), r.data.RecordID(1, int(p.B)), p.Weight, link.Probability(p.Weight), m.Blocking[p.Rule].Title(), gam}); err != nil {
				return err
			}
		}
		return bw.Flush()
	}
	cw := csv.NewWriter(bw)
	head := []string{"id_a", "id_b", "match_weight", "match_probability", "rule"}
	for _, c := range m.Comparisons {
		head = append(head, "gamma_"+c.Name)
	}
	if err := cw.Write(head); err != nil {
		return err
	}
	row := make([]string, len(head))
	for _, p := range pairs {
		row[0], row[1] = r.data.RecordID(0, int(p.A)), r.data.RecordID(1, int(p.B))
		row[2] = strconv.FormatFloat(p.Weight, 'f', 4, 64)
		row[3] = strconv.FormatFloat(link.Probability(p.Weight), 'g', 6, 64)
		row[4] = m.Blocking[p.Rule].Title()
		for c := range m.Comparisons {
			row[5+c] = strconv.Itoa(p.Level(c))
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return err
	}
	return bw.Flush()
}

func writeClusters(w io.Writer, cs []link.ClusterMember, asJSON bool) error {
	bw := bufio.NewWriter(w)
	if asJSON {
		enc := json.NewEncoder(bw)
		for _, c := range cs {
			if err := enc.Encode(c); err != nil {
				return err
			}
		}
		return bw.Flush()
	}
	cw := csv.NewWriter(bw)
	cw.Write([]string{"table", "id", "cluster_id", "cluster_size"})
	for _, c := range cs {
		cw.Write([]string{strconv.Itoa(c.Side + 1), c.ID, c.Cluster, strconv.Itoa(c.Size)})
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return err
	}
	return bw.Flush()
}

func (r *linkRun) explainPair(env *Env, ids string, asJSON bool) error {
	a, b, ok := strings.Cut(ids, ",")
	if !ok {
		return usageError("--explain takes ID1,ID2")
	}
	e, err := r.scorer.ExplainIDs(strings.TrimSpace(a), strings.TrimSpace(b))
	if err != nil {
		return spend.Errorf(spend.NotFound, "%v", err)
	}
	if asJSON {
		return e.WriteJSON(env.Stdout)
	}
	return e.WriteText(env.Stdout)
}

// truth builds the ground truth from one of the eval flags.
func (r *linkRun) truth(file, column, pattern string, latin1 bool) (*link.Truth, error) {
	d := r.data
	switch {
	case column != "":
		t, err := link.TruthFromColumn(d, column)
		if err != nil {
			return nil, spend.Errorf(spend.Invalid, "%v", err)
		}
		return t, nil
	case pattern != "":
		re, err := regexp.Compile(pattern)
		if err != nil || re.NumSubexp() < 1 {
			return nil, usageError("--truth-id-pattern must be a regular expression with a group")
		}
		var labels [2][]string
		for s := 0; s < 2; s++ {
			for i := 0; i < d.Len(s); i++ {
				l := ""
				if m := re.FindStringSubmatch(d.RecordID(s, i)); m != nil {
					l = m[1]
				}
				labels[s] = append(labels[s], l)
			}
		}
		t, err := link.TruthFromLabels(d, labels)
		if err != nil {
			return nil, spend.Errorf(spend.Invalid, "%v", err)
		}
		return t, nil
	}
	f, err := os.Open(file)
	if err != nil {
		if os.IsNotExist(err) {
			return nil, spend.Errorf(spend.NotFound, "%s: no such file", file)
		}
		return nil, fmt.Errorf("open truth: %w", err)
	}
	defer f.Close()
	tb, err := link.ReadCSV(f, file, link.CSVOptions{Latin1: latin1})
	if err != nil {
		return nil, spend.Errorf(spend.Invalid, "%v", err)
	}
	if len(tb.Columns) < 3 { // two id columns plus the row number
		return nil, spend.Errorf(spend.Invalid, "%s: needs two columns of ids", file)
	}
	var pairs [][2]string
	for i := 0; i < tb.Len(); i++ {
		pairs = append(pairs, [2]string{tb.Value(i, 0), tb.Value(i, 1)})
	}
	t, err := link.TruthFromPairs(d, pairs)
	if err != nil {
		return nil, spend.Errorf(spend.Invalid, "%s: %v", file, err)
	}
	return t, nil
}

type evalReport struct {
	link.Evaluation
	Records        [2]int            `json:"records"`
	Seconds        float64           `json:"scoring_seconds"`
	PairsPerSecond float64           `json:"pairs_per_second"`
	Training       *link.TrainReport `json:"training,omitempty"`
}

func (r *linkRun) eval(ctx context.Context, env *Env, lf *linkFlags, truth *link.Truth, asJSON bool) error {
	// Every candidate pair is kept: size the slice once.
	cnt, err := r.scorer.CountCandidates(ctx)
	if err != nil {
		return err
	}
	pairs := make([]link.Pair, 0, cnt.Candidates)
	st, el, err := r.score(ctx, env, lf.workers, math.Inf(-1), func(ps []link.Pair) error {
		pairs = append(pairs, ps...)
		return nil
	})
	if err != nil {
		return err
	}
	rep := evalReport{
		Evaluation: link.Evaluate(pairs, truth, link.EvalOptions{Threshold: link.WeightOf(lf.threshold), OneToOne: lf.oneToOne}),
		Records:    [2]int{r.data.Len(0), r.data.Len(1)},
		Seconds:    el.Seconds(),
		Training:   r.trained,
	}
	if !r.data.IsLink() {
		rep.Records[1] = 0
	}
	if el > 0 {
		rep.PairsPerSecond = float64(st.Candidates) / el.Seconds()
	}
	if asJSON {
		enc := json.NewEncoder(env.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	w := env.Stdout
	e := rep.Evaluation
	fmt.Fprintf(w, "true pairs %d; candidate pairs %d; blocking recall %.4f (%d of the true pairs)\n", e.TruePairs, e.Candidates, e.BlockingRecall, e.TrueInCandidates)
	row := func(name string, m link.Metrics) {
		fmt.Fprintf(w, "%-22s p>=%-9.4g weight>=%-8.2f TP %-7d FP %-7d FN %-7d P %.4f  R %.4f  F1 %.4f\n",
			name, m.Probability, m.Threshold, m.TP, m.FP, m.FN, m.Precision, m.Recall, m.F1)
	}
	row("at threshold", e.AtThreshold)
	row("best F1", e.Best)
	row("at precision >= 0.999", e.HighPrecision)
	fmt.Fprintf(w, "scored %d pairs in %.3fs: %.0f pairs/s\n", st.Candidates, rep.Seconds, rep.PairsPerSecond)
	return nil
}

// linkPrefixWriter writes each line with a prefix.
type linkPrefixWriter struct {
	w      io.Writer
	prefix string
}

func (p linkPrefixWriter) Write(b []byte) (int, error) {
	for _, line := range strings.SplitAfter(string(b), "\n") {
		if line == "" {
			continue
		}
		if _, err := io.WriteString(p.w, p.prefix+line); err != nil {
			return 0, err
		}
	}
	return len(b), nil
}

// linkWriteFile writes a file through a temporary file renamed into
// place, so a failed run leaves no half-written output.
func linkWriteFile(path string, write func(io.Writer) error) error {
	f, err := os.CreateTemp(filepath.Dir(path), filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("create output: %w", err)
	}
	defer os.Remove(f.Name())
	if err := write(f); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(f.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}
