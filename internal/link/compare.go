package link

import (
	"fmt"
	"math"
)

// Comparison compares one field of two records through ordered levels, as
// in Splink: the first level whose test passes decides. The first level is
// always Null. A comparison may be written with a Template instead of
// Levels (see ExpandTemplate); loading a model expands it.
type Comparison struct {
	Name       string    `json:"name,omitempty"` // output name; default Field
	Field      string    `json:"field"`
	Template   string    `json:"template,omitempty"`
	Thresholds []float64 `json:"thresholds,omitempty"` // template thresholds
	TF         *TF       `json:"tf,omitempty"`         // template: TF on the exact level
	Levels     []Level   `json:"levels,omitempty"`
}

// Templates lists the comparison templates and the levels each expands to
// (between Null first and Else last). Thresholds replace the defaults.
//
//	exact                exact
//	name                 exact, jaro_winkler >= 0.92, 0.88, 0.70   (Splink NameComparison)
//	name_phonetic        exact, jaro_winkler >= 0.92, 0.88, dmetaphone, jaro_winkler >= 0.70
//	dob                  exact, damerau_levenshtein <= 1, within 1 month, 1 year, 10 years (Splink DateOfBirthComparison)
//	jaro_winkler         exact, jaro_winkler >= each threshold (default 0.92, 0.88, 0.70)
//	levenshtein          exact, levenshtein <= each threshold (default 1, 2)
//	damerau_levenshtein  exact, damerau_levenshtein <= each threshold (default 1, 2)
//	token_jaccard        exact, token_jaccard >= each threshold (default 0.9, 0.7, 0.5)
//	qgram_jaccard        exact, qgram_jaccard >= each threshold (default 0.9, 0.7, 0.5)
//	rel_diff             exact, rel_diff <= each threshold (default 0.01, 0.1)
//	abs_diff             exact, abs_diff <= each threshold (default 1, 5)
var Templates = []string{"exact", "name", "name_phonetic", "dob", JaroWinkler, Levenshtein, DamerauLev, TokenJaccard, QGramJaccard, RelDiff, AbsDiff}

// ExpandTemplate fills c.Levels from c.Template and clears the template
// fields. A comparison with explicit levels is left alone, except that a
// leading Null level is added when missing.
func (c *Comparison) ExpandTemplate() error {
	if c.Template == "" {
		if len(c.Levels) == 0 {
			return fmt.Errorf("comparison %s: no levels and no template", c.title())
		}
		if c.Levels[0].Type != Null {
			c.Levels = append([]Level{{Type: Null}}, c.Levels...)
		}
		return nil
	}
	if len(c.Levels) > 0 {
		return fmt.Errorf("comparison %s: give a template or levels, not both", c.title())
	}
	th := func(def ...float64) []float64 {
		if len(c.Thresholds) > 0 {
			return c.Thresholds
		}
		return def
	}
	each := func(typ string, ts []float64) []Level {
		var ls []Level
		for _, t := range ts {
			ls = append(ls, Level{Type: typ, Threshold: t})
		}
		return ls
	}
	var mid []Level
	switch c.Template {
	case "exact":
	case "name":
		mid = each(JaroWinkler, th(0.92, 0.88, 0.70))
	case "name_phonetic":
		t := th(0.92, 0.88, 0.70)
		if len(t) != 3 {
			return fmt.Errorf("comparison %s: name_phonetic takes three thresholds", c.title())
		}
		mid = append(each(JaroWinkler, t[:2]), Level{Type: DMetaphone}, Level{Type: JaroWinkler, Threshold: t[2]})
	case "dob":
		t := th(1, 1, 10)
		if len(t) != 3 {
			return fmt.Errorf("comparison %s: dob takes three thresholds (months, years, years)", c.title())
		}
		mid = []Level{{Type: DamerauLev, Threshold: 1},
			{Type: DateDiff, Threshold: t[0], Unit: "month"},
			{Type: DateDiff, Threshold: t[1], Unit: "year"},
			{Type: DateDiff, Threshold: t[2], Unit: "year"}}
	case JaroWinkler:
		mid = each(JaroWinkler, th(0.92, 0.88, 0.70))
	case Levenshtein, DamerauLev:
		mid = each(c.Template, th(1, 2))
	case TokenJaccard, QGramJaccard:
		mid = each(c.Template, th(0.9, 0.7, 0.5))
	case RelDiff:
		mid = each(RelDiff, th(0.01, 0.1))
	case AbsDiff:
		mid = each(AbsDiff, th(1, 5))
	default:
		return fmt.Errorf("comparison %s: unknown template %q", c.title(), c.Template)
	}
	exact := Level{Type: Exact}
	if c.TF != nil {
		tf := *c.TF
		exact.TF = &tf
	}
	c.Levels = append(append([]Level{{Type: Null}, exact}, mid...), Level{Type: Else})
	c.Template, c.Thresholds, c.TF = "", nil, nil
	return nil
}

func (c *Comparison) title() string {
	if c.Name != "" {
		return c.Name
	}
	return c.Field
}

// check validates an expanded comparison.
func (c *Comparison) check() error {
	if c.Field == "" {
		return fmt.Errorf("comparison %s: no field", c.title())
	}
	if len(c.Levels) < 2 {
		return fmt.Errorf("comparison %s: needs a null level and at least one other", c.title())
	}
	if len(c.Levels) > maxLevels {
		return fmt.Errorf("comparison %s: %d levels, at most %d", c.title(), len(c.Levels), maxLevels)
	}
	for i := range c.Levels {
		l := &c.Levels[i]
		if err := l.check(); err != nil {
			return fmt.Errorf("comparison %s level %d: %w", c.title(), i, err)
		}
		if (l.Type == Null) != (i == 0) {
			return fmt.Errorf("comparison %s level %d: the null level must come first, once", c.title(), i)
		}
		if l.Type == Else && i != len(c.Levels)-1 {
			return fmt.Errorf("comparison %s level %d: else must be the last level", c.title(), i)
		}
	}
	return nil
}

// exactU returns the u of the comparison's exact level, used by term
// frequency adjustments; if it has none, the u of level i.
func (c *Comparison) exactU(i int) float64 {
	for _, l := range c.Levels {
		if l.Type == Exact {
			return l.U
		}
	}
	return c.Levels[i].U
}

// Weight returns the match weight log2(m/u) of level i (0 for the null
// level). Probabilities are floored at 1e-9 so that a level never seen
// gives a large finite weight rather than an infinite one.
func (c *Comparison) Weight(i int) float64 {
	if i == nullLevel {
		return 0
	}
	l := c.Levels[i]
	return math.Log2(math.Max(l.M, probFloor) / math.Max(l.U, probFloor))
}
