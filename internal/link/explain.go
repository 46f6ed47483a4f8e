package link

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
)

// Explanation says why a pair scored what it did: the prior, then for
// each comparison the values compared, the level they fell in and the
// weight it added (a waterfall), then the total and its probability.
type Explanation struct {
	A           string  `json:"a"`
	B           string  `json:"b"`
	Prior       float64 `json:"prior"`
	PriorWeight float64 `json:"prior_weight"`
	Terms       []Term  `json:"comparisons"`
	Weight      float64 `json:"match_weight"`
	Probability float64 `json:"match_probability"`
}

// Term is one comparison's part of an Explanation.
type Term struct {
	Comparison string  `json:"comparison"`
	Field      string  `json:"field"`
	Left       string  `json:"left"`  // prepared value of the first record ("" = null)
	Right      string  `json:"right"` // prepared value of the second record
	Level      int     `json:"level"`
	Label      string  `json:"label"`
	M          float64 `json:"m,omitempty"`
	U          float64 `json:"u,omitempty"`
	Weight     float64 `json:"weight"`                  // log2(m/u); 0 at the null level
	TF         float64 `json:"tf_adjustment,omitempty"` // term-frequency adjustment
	Cumulative float64 `json:"cumulative"`              // match weight after this term
}

// Explain explains the pair of record a (first table) and record b
// (second table; in a dedupe, the same table).
func (s *Scorer) Explain(a, b int) Explanation {
	d := s.d
	e := Explanation{A: d.RecordID(0, a), B: d.RecordID(1, b), Prior: d.Model.Prior, PriorWeight: s.prior}
	w := s.prior
	for c := range s.comps {
		cc := &s.comps[c]
		l := cc.level(int32(a), int32(b))
		lv := cc.c.Levels[l]
		t := Term{Comparison: cc.c.Name, Field: cc.c.Field,
			Left: cc.fd.value(0, a), Right: cc.fd.value(1, b),
			Level: l, Label: lv.Describe(), Weight: cc.w[l]}
		if l != nullLevel {
			t.M, t.U = lv.M, lv.U
		}
		if cc.tf[l].on {
			t.TF = cc.tfAdjust(l, int32(a), int32(b))
		}
		w += t.Weight + t.TF
		t.Cumulative = w
		e.Terms = append(e.Terms, t)
	}
	e.Weight = w
	e.Probability = Probability(w)
	return e
}

// ExplainIDs explains the pair given by record ids.
func (s *Scorer) ExplainIDs(idA, idB string) (Explanation, error) {
	find := func(side int, id string) (int, error) {
		for i := 0; i < s.d.n[side]; i++ {
			if s.d.RecordID(side, i) == id {
				return i, nil
			}
		}
		return 0, fmt.Errorf("no record with id %q in %s", id, s.d.Tables[side].Name)
	}
	a, err := find(0, idA)
	if err != nil {
		return Explanation{}, err
	}
	b, err := find(1, idB)
	if err != nil {
		return Explanation{}, err
	}
	return s.Explain(a, b), nil
}

// WriteText writes the explanation as an aligned table, one line per
// comparison, ending with the match weight and probability.
func (e Explanation) WriteText(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "comparison\tleft\tright\tlevel\tm\tu\tweight\ttf\ttotal\n")
	fmt.Fprintf(tw, "prior\t\t\tλ = %.6g\t\t\t%+.2f\t\t%+.2f\n", e.Prior, e.PriorWeight, e.PriorWeight)
	show := func(v string) string {
		if v == "" {
			return "∅"
		}
		if len(v) > 32 {
			return v[:29] + "..."
		}
		return strings.ReplaceAll(v, "\t", " ")
	}
	for _, t := range e.Terms {
		m, u, tf := "", "", ""
		if t.Level != nullLevel {
			m, u = fmt.Sprintf("%.4g", t.M), fmt.Sprintf("%.4g", t.U)
		}
		if t.TF != 0 {
			tf = fmt.Sprintf("%+.2f", t.TF)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%+.2f\t%s\t%+.2f\n", t.Comparison, show(t.Left), show(t.Right), t.Label, m, u, t.Weight, tf, t.Cumulative)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintf(w, "%s | %s: match weight %+.2f, probability %.6f\n", e.A, e.B, e.Weight, e.Probability)
	return err
}

// WriteJSON writes the explanation as indented JSON.
func (e Explanation) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(e)
}
