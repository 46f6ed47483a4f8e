package link

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"sort"
	"strings"
)

// Training defaults.
const (
	DefaultUPairs        = 1_000_000
	DefaultMaxIterations = 25
	DefaultTolerance     = 1e-4
	DefaultEMMaxPairs    = 5_000_000
	// pseudoCount is added to every level's count when m and u are turned
	// into probabilities, so that a level never seen gets a small
	// probability rather than zero (which would be an infinite weight).
	pseudoCount = 0.5
)

// TrainOptions are the inputs of Train that are not in the model.
type TrainOptions struct {
	Rand    *rand.Rand // source of the random pairs for u; required
	Workers int        // 0 means GOMAXPROCS
	Log     io.Writer  // progress lines, if set
}

// TrainReport says what Train did.
type TrainReport struct {
	UPairs      int      `json:"u_pairs"`
	Passes      []EMPass `json:"em_passes"`
	Prior       float64  `json:"prior"`
	PriorMethod string   `json:"prior_method"`
	Untrained   []string `json:"untrained_comparisons,omitempty"` // m never estimated: left at the starting values
}

// EMPass reports one EM training pass.
type EMPass struct {
	Rule       string   `json:"rule"`
	Pairs      int64    `json:"pairs"`
	Patterns   int      `json:"patterns"`
	Iterations int      `json:"iterations"`
	Converged  bool     `json:"converged"`
	Lambda     float64  `json:"lambda"` // share of matches among the pass's pairs
	Estimated  []string `json:"estimated"`
}

// Train estimates the parameters of d.Model from the data, without
// labels, and sets them in the model: u from random pairs, m by EM in one
// pass per Training.EM rule (the comparisons of the fields a rule reads
// are left out of its pass, and each m is averaged over the passes that
// estimate it), then λ as Training.PriorMethod says. Starting m values
// are the model's, where set.
func Train(ctx context.Context, d *Data, opt TrainOptions) (TrainReport, error) {
	m := d.Model
	t := m.Training
	if t == nil {
		t = &Training{}
	}
	if opt.Rand == nil {
		return TrainReport{}, errors.New("train: no random source")
	}
	if len(t.EM) == 0 {
		return TrainReport{}, errors.New("train: no em_blocking rules")
	}
	logf := func(format string, args ...any) {
		if opt.Log != nil {
			fmt.Fprintf(opt.Log, format+"\n", args...)
		}
	}
	cmp, err := newComparer(d)
	if err != nil {
		return TrainReport{}, err
	}
	var rep TrainReport
	nlev := make([]int, len(m.Comparisons))
	for c := range m.Comparisons {
		nlev[c] = len(m.Comparisons[c].Levels)
	}

	// u from random pairs.
	upairs := t.UPairs
	if upairs == 0 {
		upairs = DefaultUPairs
	}
	ucounts, n := cmp.sampleLevels(opt.Rand, upairs, opt.Workers)
	rep.UPairs = n
	u := make([][]float64, len(nlev))
	for c := range nlev {
		u[c] = toProbs(ucounts[c])
		for l := 1; l < nlev[c]; l++ {
			m.Comparisons[c].Levels[l].U = u[c][l]
		}
	}
	logf("u: %d random pairs", n)

	// m by EM, one pass per rule.
	maxIter, tol := t.MaxIterations, t.Tolerance
	if maxIter == 0 {
		maxIter = DefaultMaxIterations
	}
	if tol == 0 {
		tol = DefaultTolerance
	}
	emMax := t.EMMaxPairs
	if emMax == 0 {
		emMax = DefaultEMMaxPairs
	}
	start := startingM(m)
	sum := make([][]float64, len(nlev))
	for c := range sum {
		sum[c] = make([]float64, nlev[c])
	}
	passes := make([]int, len(nlev))
	lambda0 := m.Prior
	if lambda0 <= 0 {
		lambda0 = 1 / float64(max(d.n[0], d.n[1]))
	}
	for _, rule := range t.EM {
		b, err := newBlocker(d, []BlockingRule{rule})
		if err != nil {
			return rep, fmt.Errorf("train: %w", err)
		}
		pats, pairs, err := cmp.patterns(ctx, b, opt.Workers, emMax, opt.Rand)
		if err != nil {
			return rep, fmt.Errorf("train: em pass %s: %w", rule.Title(), err)
		}
		used := rule.fields()
		p := &emProblem{pats: pats, levels: nlev, u: u, active: make([]bool, len(nlev))}
		pass := EMPass{Rule: rule.Title(), Pairs: pairs, Patterns: len(pats)}
		for c := range m.Comparisons {
			if !comparisonReads(&m.Comparisons[c], used) {
				p.active[c] = true
				pass.Estimated = append(pass.Estimated, m.Comparisons[c].Name)
			}
		}
		if pairs == 0 || len(pass.Estimated) == 0 {
			rep.Passes = append(rep.Passes, pass)
			logf("em %s: %d pairs, nothing to estimate", pass.Rule, pairs)
			continue
		}
		// Start from the share of all matches the pass could hold.
		l0 := math.Min(0.5, math.Max(1e-4, lambda0*d.TotalPairs()/float64(pairs)))
		s, it, ok := runEM(p, emState{m: start, lambda: l0}, maxIter, tol)
		pass.Iterations, pass.Converged, pass.Lambda = it, ok, s.lambda
		for c := range nlev {
			if p.active[c] {
				passes[c]++
				for l := range s.m[c] {
					sum[c][l] += s.m[c][l]
				}
			}
		}
		rep.Passes = append(rep.Passes, pass)
		logf("em %s: %d pairs, %d patterns, %d iterations, lambda %.4g, estimated %s",
			pass.Rule, pairs, len(pats), it, s.lambda, strings.Join(pass.Estimated, ", "))
	}
	mEst := make([][]float64, len(nlev))
	for c := range nlev {
		if passes[c] == 0 {
			rep.Untrained = append(rep.Untrained, m.Comparisons[c].Name)
			mEst[c] = start[c]
		} else {
			mEst[c] = make([]float64, nlev[c])
			for l := range mEst[c] {
				mEst[c][l] = sum[c][l] / float64(passes[c])
			}
		}
		// Smooth as for u, as if the matches were counted: a level no
		// match reached keeps a small m.
		mEst[c] = smoothShares(mEst[c], matchesSeen(rep.Passes, d))
		for l := 1; l < nlev[c]; l++ {
			m.Comparisons[c].Levels[l].M = mEst[c][l]
		}
	}

	// λ.
	rep.PriorMethod = t.PriorMethod
	if rep.PriorMethod == "" {
		rep.PriorMethod = "candidates"
	}
	switch rep.PriorMethod {
	case "fixed":
		if m.Prior <= 0 {
			return rep, errors.New("train: prior_method fixed but the model has no prior")
		}
	case "deterministic":
		b, err := newBlocker(d, t.Deterministic)
		if err != nil {
			return rep, fmt.Errorf("train: %w", err)
		}
		st, err := cmp.run(ctx, b, ScoreOptions{Workers: opt.Workers}, runJob{}, nil)
		if err != nil {
			return rep, fmt.Errorf("train: deterministic rules: %w", err)
		}
		m.Prior = clampPrior(float64(st.Candidates) / t.Recall / d.TotalPairs())
	case "candidates":
		b, err := newBlocker(d, m.Blocking)
		if err != nil {
			return rep, fmt.Errorf("train: %w", err)
		}
		pats, pairs, err := cmp.patterns(ctx, b, opt.Workers, 0, nil)
		if err != nil {
			return rep, fmt.Errorf("train: prior: %w", err)
		}
		if pairs == 0 {
			return rep, errors.New("train: the blocking rules find no pairs")
		}
		p := &emProblem{pats: pats, levels: nlev, u: u}
		l0 := math.Min(0.5, lambda0*d.TotalPairs()/float64(pairs))
		lc := fitLambda(p, mEst, l0, 200, 1e-6)
		m.Prior = clampPrior(lc * float64(pairs) / d.TotalPairs())
	}
	rep.Prior = m.Prior
	logf("prior %.6g (%s)", m.Prior, rep.PriorMethod)
	return rep, nil
}

// comparisonReads reports whether comparison c reads any of fields.
func comparisonReads(c *Comparison, fields map[string]bool) bool {
	if fields[c.Field] {
		return true
	}
	for _, l := range c.Levels {
		if l.Type == Swapped && fields[l.With] {
			return true
		}
	}
	return false
}

// matchesSeen is the number of matching pairs EM saw, at least 1: the
// largest expected match count of any pass. It sizes the m smoothing.
func matchesSeen(passes []EMPass, d *Data) float64 {
	n := 1.0
	for _, p := range passes {
		n = math.Max(n, p.Lambda*float64(p.Pairs))
	}
	return n
}

// smoothShares turns shares over levels 1.. into probabilities as if they
// came from n observations plus pseudoCount per level.
func smoothShares(sh []float64, n float64) []float64 {
	out := make([]float64, len(sh))
	k := float64(len(sh) - 1)
	for l := 1; l < len(sh); l++ {
		out[l] = (sh[l]*n + pseudoCount) / (n + pseudoCount*k)
	}
	return out
}

// toProbs turns level counts (index 0, the null level, ignored) into
// smoothed probabilities.
func toProbs(counts []float64) []float64 {
	var n float64
	for _, c := range counts[1:] {
		n += c
	}
	sh := make([]float64, len(counts))
	if n > 0 {
		for l := 1; l < len(counts); l++ {
			sh[l] = counts[l] / n
		}
	} else {
		for l := 1; l < len(counts); l++ {
			sh[l] = 1 / float64(len(counts)-1)
		}
	}
	return smoothShares(sh, n)
}

// startingM returns the m values EM starts from: the model's where every
// level of a comparison has one, else a default that falls with the
// level (the first non-null level, usually exact, most likely).
func startingM(m *Model) [][]float64 {
	out := make([][]float64, len(m.Comparisons))
	for c, cm := range m.Comparisons {
		L := len(cm.Levels)
		out[c] = make([]float64, L)
		set := true
		for l := 1; l < L; l++ {
			out[c][l] = cm.Levels[l].M
			set = set && cm.Levels[l].M > 0
		}
		if set {
			continue
		}
		var sum float64
		for l := 1; l < L; l++ {
			out[c][l] = math.Pow(0.25, float64(l-1))
			sum += out[c][l]
		}
		for l := 1; l < L; l++ {
			out[c][l] /= sum
		}
	}
	return out
}

func clampPrior(p float64) float64 { return math.Min(math.Max(p, 1e-12), 0.999) }

// sampleLevels counts the levels of up to n random pairs (all pairs, when
// there are no more than n) per comparison. It returns the counts and the
// number of pairs.
func (s *Scorer) sampleLevels(rng *rand.Rand, n, workers int) ([][]float64, int) {
	d := s.d
	total := d.TotalPairs()
	var as, bs []int32
	if total <= float64(n) {
		for a := 0; a < d.n[0]; a++ {
			b0 := 0
			if !d.IsLink() {
				b0 = a + 1
			}
			for b := b0; b < d.n[1]; b++ {
				as, bs = append(as, int32(a)), append(bs, int32(b))
			}
		}
	} else {
		as, bs = make([]int32, n), make([]int32, n)
		for i := 0; i < n; i++ {
			a, b := rng.IntN(d.n[0]), rng.IntN(d.n[1])
			for !d.IsLink() && a == b {
				b = rng.IntN(d.n[1])
			}
			as[i], bs[i] = int32(a), int32(b)
		}
	}
	counts := s.countLevels(as, bs, workers)
	return counts, len(as)
}

// countLevels counts, per comparison, the levels of the pairs (as[i],
// bs[i]), in parallel.
func (s *Scorer) countLevels(as, bs []int32, workers int) [][]float64 {
	if workers <= 0 {
		workers = defaultWorkers()
	}
	parts := make([][][]float64, workers)
	done := make(chan struct{})
	for w := 0; w < workers; w++ {
		go func(w int) {
			defer func() { done <- struct{}{} }()
			cnt := make([][]float64, len(s.comps))
			for c := range cnt {
				cnt[c] = make([]float64, len(s.comps[c].levels))
			}
			for i := w; i < len(as); i += workers {
				for c := range s.comps {
					cnt[c][s.comps[c].level(as[i], bs[i])]++
				}
			}
			parts[w] = cnt
		}(w)
	}
	for range workers {
		<-done
	}
	out := parts[0]
	for _, p := range parts[1:] {
		for c := range p {
			for l := range p[c] {
				out[c][l] += p[c][l]
			}
		}
	}
	return out
}

// patterns gathers the distinct comparison vectors of the pairs the
// blocker finds, with their counts, sorted by vector. If the blocker finds
// more than maxPairs pairs (0: no limit), only the pairs of a random
// sample of first-table records (drawn with rng) are counted, about
// maxPairs of them; the second result is the number of pairs counted.
func (s *Scorer) patterns(ctx context.Context, b *blocker, workers, maxPairs int, rng *rand.Rand) ([]pattern, int64, error) {
	job := runJob{patterns: true}
	if maxPairs > 0 {
		st, err := s.run(ctx, b, ScoreOptions{Workers: workers}, runJob{}, nil)
		if err != nil {
			return nil, 0, err
		}
		if st.Candidates > int64(maxPairs) {
			job.keep = uint64(float64(math.MaxUint64) * float64(maxPairs) / float64(st.Candidates))
			job.salt = rng.Uint64()
		}
	}
	st, err := s.run(ctx, b, ScoreOptions{Workers: workers}, job, nil)
	if err != nil {
		return nil, 0, err
	}
	pats := make([]pattern, 0, len(st.Patterns))
	for v, n := range st.Patterns {
		pats = append(pats, pattern{v: v, n: n})
	}
	sort.Slice(pats, func(i, j int) bool { return pats[i].v < pats[j].v })
	return pats, st.Candidates, nil
}
