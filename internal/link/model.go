package link

import (
	"fmt"
	"math"
)

// Link types.
const (
	LinkOnly = "link"   // records of table A against records of table B
	Dedupe   = "dedupe" // records of one table against each other
)

// FormatVersion is the version of the model file format that this package
// writes and reads.
const FormatVersion = 1

// Model is a Fellegi–Sunter linkage model: the prior λ, the comparisons
// with their levels' m and u, the blocking rules that choose the pairs to
// score, and how to train it. See the package documentation and
// testdata/model_febrl4.json for the file format.
type Model struct {
	Format      int            `json:"probity_link_model"`
	Description string         `json:"description,omitempty"`
	LinkType    string         `json:"link_type"`
	IDColumn    string         `json:"id_column,omitempty"`
	Prior       float64        `json:"prior,omitempty"` // λ: probability that two random records match
	Fields      []Field        `json:"fields,omitempty"`
	Comparisons []Comparison   `json:"comparisons"`
	Blocking    []BlockingRule `json:"blocking"`
	Training    *Training      `json:"training,omitempty"`
}

// Training says how Train estimates the model's parameters.
type Training struct {
	Seed int64 `json:"seed,omitempty"` // seed of the random pair sample for u
	// UPairs is the number of random pairs sampled to estimate u
	// (default 1,000,000; all pairs if there are fewer).
	UPairs int `json:"u_pairs,omitempty"`
	// EM lists one blocking rule per EM pass. The comparisons of the
	// fields a rule reads are not estimated in its pass; each comparison's
	// m is the mean over the passes that estimate it.
	EM            []BlockingRule `json:"em_blocking,omitempty"`
	MaxIterations int            `json:"em_max_iterations,omitempty"` // default 25
	Tolerance     float64        `json:"em_tolerance,omitempty"`      // largest m change to stop at; default 1e-4
	// EMMaxPairs caps the pairs of an EM pass: when a rule finds more,
	// the pass uses the pairs of a random sample of first-table records
	// (default 5,000,000; -1 for no cap).
	EMMaxPairs int `json:"em_max_pairs,omitempty"`
	// PriorMethod is how λ is estimated: "candidates" (default: EM on λ
	// alone over the prediction pairs, after m and u, assuming the
	// blocking rules find every match), "deterministic" (Splink: pairs
	// matched by the Deterministic rules, divided by Recall, over all
	// pairs) or "fixed" (keep Model.Prior).
	PriorMethod   string         `json:"prior_method,omitempty"`
	Deterministic []BlockingRule `json:"deterministic,omitempty"`
	Recall        float64        `json:"deterministic_recall,omitempty"`
}

// Normalise expands comparison templates, fills in defaults and checks
// the model. A model read by ReadModel is already normalised.
func (m *Model) Normalise() error {
	if m.Format == 0 {
		m.Format = FormatVersion
	}
	if m.Format != FormatVersion {
		return fmt.Errorf("model format %d, this program reads %d", m.Format, FormatVersion)
	}
	switch m.LinkType {
	case "":
		m.LinkType = Dedupe
	case LinkOnly, Dedupe:
	default:
		return fmt.Errorf("link_type must be %q or %q, not %q", LinkOnly, Dedupe, m.LinkType)
	}
	if m.Prior < 0 || m.Prior >= 1 || m.Prior != m.Prior {
		return fmt.Errorf("prior %v must be in [0, 1)", m.Prior)
	}
	if len(m.Comparisons) == 0 {
		return fmt.Errorf("model has no comparisons")
	}
	if len(m.Comparisons) > maxComparisons {
		return fmt.Errorf("model has %d comparisons, at most %d", len(m.Comparisons), maxComparisons)
	}
	fields := map[string]bool{}
	for i := range m.Fields {
		f := &m.Fields[i]
		if err := f.check(); err != nil {
			return err
		}
		if fields[f.Name] {
			return fmt.Errorf("field %s declared twice", f.Name)
		}
		fields[f.Name] = true
	}
	// A comparison or key may name a column directly: it becomes a field
	// with the trimmed value.
	implicit := func(name string) {
		if !fields[name] {
			m.Fields = append(m.Fields, Field{Name: name})
			fields[name] = true
		}
	}
	names := map[string]bool{}
	for i := range m.Comparisons {
		c := &m.Comparisons[i]
		if err := c.ExpandTemplate(); err != nil {
			return err
		}
		if c.Name == "" {
			c.Name = c.Field
		}
		if err := c.check(); err != nil {
			return err
		}
		if names[c.Name] {
			return fmt.Errorf("comparison %s declared twice", c.Name)
		}
		names[c.Name] = true
		implicit(c.Field)
		for _, l := range c.Levels {
			if l.Type == Swapped {
				implicit(l.With)
			}
		}
	}
	rules := [][]BlockingRule{m.Blocking}
	if t := m.Training; t != nil {
		rules = append(rules, t.EM, t.Deterministic)
		switch t.PriorMethod {
		case "", "candidates", "fixed":
		case "deterministic":
			if len(t.Deterministic) == 0 || t.Recall <= 0 || t.Recall > 1 {
				return fmt.Errorf("training: prior_method deterministic needs deterministic rules and a recall in (0, 1]")
			}
		default:
			return fmt.Errorf("training: unknown prior_method %q", t.PriorMethod)
		}
		if t.UPairs < 0 || t.MaxIterations < 0 || t.Tolerance < 0 || t.EMMaxPairs < -1 {
			return fmt.Errorf("training: u_pairs, em_max_iterations, em_tolerance and em_max_pairs must not be negative")
		}
	}
	for _, rs := range rules {
		for i := range rs {
			if _, _, err := rs[i].sides(); err != nil {
				return err
			}
			for f := range rs[i].fields() {
				implicit(f)
			}
		}
	}
	if len(m.Blocking) == 0 {
		return fmt.Errorf("model has no blocking rules")
	}
	return nil
}

// CheckTrained reports whether the model can score: a prior in (0, 1) and
// m and u set on every level but the null level.
func (m *Model) CheckTrained() error {
	if m.Prior <= 0 || m.Prior >= 1 {
		return fmt.Errorf("model is not trained: prior %v is not in (0, 1)", m.Prior)
	}
	for _, c := range m.Comparisons {
		for i, l := range c.Levels[1:] {
			if l.M <= 0 || l.U <= 0 {
				return fmt.Errorf("model is not trained: comparison %s level %d (%s) has m=%v u=%v", c.Name, i+1, l.Describe(), l.M, l.U)
			}
		}
	}
	return nil
}

// PriorWeight returns log2(λ/(1−λ)), the match weight before any
// comparison.
func (m *Model) PriorWeight() float64 { return math.Log2(m.Prior / (1 - m.Prior)) }

// field returns the field named name (which Normalise guarantees exists).
func (m *Model) field(name string) *Field {
	for i := range m.Fields {
		if m.Fields[i].Name == name {
			return &m.Fields[i]
		}
	}
	return nil
}

// Probability converts a match weight to a match probability.
func Probability(weight float64) float64 {
	return 1 / (1 + math.Exp2(-weight))
}

// WeightOf converts a match probability to a match weight.
func WeightOf(p float64) float64 {
	return math.Log2(p / (1 - p))
}

// Columns returns the names of the source columns the model's fields
// read from table s (0 or 1), in field order, without repeats.
func (m *Model) Columns(s int) []string {
	var out []string
	seen := map[string]bool{}
	for i := range m.Fields {
		for _, c := range m.Fields[i].columns(s) {
			if !seen[c] {
				seen[c] = true
				out = append(out, c)
			}
		}
	}
	return out
}

// Clone returns a deep copy of the model.
func (m *Model) Clone() *Model {
	c := *m
	c.Fields = append([]Field(nil), m.Fields...)
	c.Blocking = append([]BlockingRule(nil), m.Blocking...)
	c.Comparisons = make([]Comparison, len(m.Comparisons))
	for i, cm := range m.Comparisons {
		cm.Levels = append([]Level(nil), cm.Levels...)
		for j := range cm.Levels {
			if tf := cm.Levels[j].TF; tf != nil {
				t := *tf
				cm.Levels[j].TF = &t
			}
		}
		c.Comparisons[i] = cm
	}
	if m.Training != nil {
		t := *m.Training
		c.Training = &t
	}
	return &c
}
