package link

import (
	"cmp"
	"fmt"
	"math"
	"slices"
)

// Truth says which pairs of records are the same entity.
type Truth struct {
	link   bool
	labels [2][]int32 // entity per record, -1 for none
	pairs  map[[2]int32]bool
	total  int64
}

// TruthFromLabels builds the truth from an entity label per record:
// records with the same non-empty label match. labels[1] is the second
// table's labels in a link and ignored in a dedupe.
func TruthFromLabels(d *Data, labels [2][]string) (*Truth, error) {
	t := &Truth{link: d.IsLink()}
	ids := map[string]int32{}
	sides := 1
	if t.link {
		sides = 2
	}
	count := [2]map[int32]int64{{}, {}}
	for s := 0; s < sides; s++ {
		if len(labels[s]) != d.n[s] {
			return nil, fmt.Errorf("truth: %d labels for %d records", len(labels[s]), d.n[s])
		}
		t.labels[s] = make([]int32, d.n[s])
		for i, l := range labels[s] {
			if l == "" {
				t.labels[s][i] = -1
				continue
			}
			id, ok := ids[l]
			if !ok {
				id = int32(len(ids))
				ids[l] = id
			}
			t.labels[s][i] = id
			count[s][id]++
		}
	}
	if !t.link {
		t.labels[1] = t.labels[0]
		for _, k := range count[0] {
			t.total += k * (k - 1) / 2
		}
	} else {
		for id, k := range count[0] {
			t.total += k * count[1][id]
		}
	}
	return t, nil
}

// TruthFromColumn builds the truth from a column of entity labels (such
// as Splink's "cluster"), present in every table.
func TruthFromColumn(d *Data, column string) (*Truth, error) {
	var labels [2][]string
	for s := 0; s < 2; s++ {
		tb := d.Tables[s]
		c := tb.Column(column)
		if c < 0 {
			return nil, fmt.Errorf("truth: table %s has no column %q", tb.Name, column)
		}
		labels[s] = make([]string, tb.Len())
		for i := range labels[s] {
			labels[s][i] = tb.Value(i, c)
		}
	}
	return TruthFromLabels(d, labels)
}

// TruthFromPairs builds the truth from a list of matching record-id
// pairs (first table, second table). Ids that no record has are an
// error; a pair listed twice counts once.
func TruthFromPairs(d *Data, pairs [][2]string) (*Truth, error) {
	t := &Truth{link: d.IsLink(), pairs: map[[2]int32]bool{}}
	var index [2]map[string]int32
	for s := 0; s < 2; s++ {
		index[s] = map[string]int32{}
		for i := 0; i < d.n[s]; i++ {
			index[s][d.RecordID(s, i)] = int32(i)
		}
	}
	for _, p := range pairs {
		a, ok := index[0][p[0]]
		if !ok {
			return nil, fmt.Errorf("truth: no record with id %q in %s", p[0], d.Tables[0].Name)
		}
		b, ok := index[1][p[1]]
		if !ok {
			return nil, fmt.Errorf("truth: no record with id %q in %s", p[1], d.Tables[1].Name)
		}
		if !t.link && a > b {
			a, b = b, a
		}
		if !t.link && a == b {
			continue
		}
		k := [2]int32{a, b}
		if !t.pairs[k] {
			t.pairs[k] = true
			t.total++
		}
	}
	return t, nil
}

// Match reports whether records a (first table) and b (second) match.
func (t *Truth) Match(a, b int32) bool {
	if t.pairs != nil {
		if !t.link && a > b {
			a, b = b, a
		}
		return t.pairs[[2]int32{a, b}]
	}
	la := t.labels[0][a]
	return la >= 0 && la == t.labels[1][b]
}

// Total returns the number of matching pairs.
func (t *Truth) Total() int64 { return t.total }

// Metrics are pairwise precision, recall and F1 at a threshold: the pairs
// scoring at least Threshold are predicted matches, and true pairs that
// blocking missed count as false negatives.
type Metrics struct {
	Threshold   float64 `json:"threshold_weight"`
	Probability float64 `json:"threshold_probability"`
	TP          int64   `json:"tp"`
	FP          int64   `json:"fp"`
	FN          int64   `json:"fn"`
	Precision   float64 `json:"precision"`
	Recall      float64 `json:"recall"`
	F1          float64 `json:"f1"`
}

func metrics(th float64, tp, fp, total int64) Metrics {
	m := Metrics{Threshold: th, Probability: Probability(th), TP: tp, FP: fp, FN: total - tp}
	if tp+fp > 0 {
		m.Precision = float64(tp) / float64(tp+fp)
	}
	if total > 0 {
		m.Recall = float64(tp) / float64(total)
	}
	if m.Precision+m.Recall > 0 {
		m.F1 = 2 * m.Precision * m.Recall / (m.Precision + m.Recall)
	}
	return m
}

// HighPrecision is the precision floor of Evaluation.HighPrecision: the
// operating point for stopping a payment.
const HighPrecision = 0.999

// Evaluation is the accuracy of scored pairs against the truth.
type Evaluation struct {
	TruePairs        int64   `json:"true_pairs"`
	Candidates       int64   `json:"candidate_pairs"`
	TrueInCandidates int64   `json:"true_in_candidates"`
	BlockingRecall   float64 `json:"blocking_recall"`
	OneToOne         bool    `json:"one_to_one,omitempty"`
	AtThreshold      Metrics `json:"at_threshold"`
	Best             Metrics `json:"best"`               // the threshold with the highest F1
	HighPrecision    Metrics `json:"at_precision_0_999"` // the highest recall with precision >= 0.999
}

// EvalOptions control Evaluate.
type EvalOptions struct {
	Threshold float64 // match weight at which AtThreshold is measured
	OneToOne  bool    // keep each record's best pair only (see OneToOne)
}

// Evaluate measures pairs, which must be every candidate pair (scored
// with no minimum weight), against the truth.
func Evaluate(pairs []Pair, t *Truth, opt EvalOptions) Evaluation {
	e := Evaluation{TruePairs: t.Total(), Candidates: int64(len(pairs)), OneToOne: opt.OneToOne}
	for _, p := range pairs {
		if t.Match(p.A, p.B) {
			e.TrueInCandidates++
		}
	}
	if e.TruePairs > 0 {
		e.BlockingRecall = float64(e.TrueInCandidates) / float64(e.TruePairs)
	}
	if opt.OneToOne {
		pairs = OneToOne(pairs)
	}
	// Sort indexes, not pairs: the pairs may be tens of millions.
	order := make([]int32, len(pairs))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(x, y int32) int { return cmp.Compare(pairs[y].Weight, pairs[x].Weight) })
	var tp, fp int64
	e.Best = metrics(math.Inf(1), 0, 0, e.TruePairs)
	e.HighPrecision = e.Best
	e.AtThreshold = e.Best
	e.AtThreshold.Threshold, e.AtThreshold.Probability = opt.Threshold, Probability(opt.Threshold)
	for i := 0; i < len(order); {
		w := pairs[order[i]].Weight
		for ; i < len(order) && pairs[order[i]].Weight == w; i++ {
			p := &pairs[order[i]]
			if t.Match(p.A, p.B) {
				tp++
			} else {
				fp++
			}
		}
		m := metrics(w, tp, fp, e.TruePairs)
		if m.F1 > e.Best.F1 {
			e.Best = m
		}
		if m.Precision >= HighPrecision && m.Recall > e.HighPrecision.Recall {
			e.HighPrecision = m
		}
		if w >= opt.Threshold {
			e.AtThreshold = metrics(opt.Threshold, tp, fp, e.TruePairs)
		}
	}
	return e
}

// OneToOne keeps, greedily from the highest weight down, each pair whose
// records are in no pair kept before: every record ends up in at most one
// pair. It suits links between tables without duplicates inside them; it
// is not meant for a dedupe, where A and B index the same table.
// Ties are broken by record indexes, so the result is deterministic.
func OneToOne(pairs []Pair) []Pair {
	sorted := slices.Clone(pairs)
	slices.SortFunc(sorted, func(x, y Pair) int {
		if c := cmp.Compare(y.Weight, x.Weight); c != 0 {
			return c
		}
		if c := cmp.Compare(x.A, y.A); c != 0 {
			return c
		}
		return cmp.Compare(x.B, y.B)
	})
	usedA, usedB := map[int32]bool{}, map[int32]bool{}
	var out []Pair
	for _, p := range sorted {
		if usedA[p.A] || usedB[p.B] {
			continue
		}
		usedA[p.A], usedB[p.B] = true, true
		out = append(out, p)
	}
	return out
}
