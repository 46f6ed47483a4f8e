package link

import (
	"fmt"
	"strconv"
)

// Level kinds. Each names a test applied to the prepared values of a
// field in two records; the first level whose test passes is the pair's
// level for that comparison.
const (
	Null            = "null"                // either value is null (contributes no weight)
	Exact           = "exact"               // equal prepared values
	JaroWinkler     = "jaro_winkler"        // Jaro–Winkler similarity >= threshold
	Jaro            = "jaro"                // Jaro similarity >= threshold
	Levenshtein     = "levenshtein"         // Levenshtein distance <= threshold
	DamerauLev      = "damerau_levenshtein" // unrestricted Damerau–Levenshtein distance <= threshold
	OSA             = "osa"                 // optimal string alignment distance <= threshold
	DateDiff        = "date_diff"           // dates at most threshold units apart (unit day, month or year)
	DateTransposed  = "date_transposed"     // same year, day and month swapped
	AbsDiff         = "abs_diff"            // numbers at most threshold apart
	RelDiff         = "rel_diff"            // numbers within threshold (a fraction, 0.1 = 10%) of the larger
	Soundex         = "soundex"             // equal Soundex codes
	NYSIIS          = "nysiis"              // equal NYSIIS codes
	DMetaphone      = "dmetaphone"          // a Double Metaphone code in common
	TokenJaccard    = "token_jaccard"       // Jaccard similarity of the word sets >= threshold
	QGramJaccard    = "qgram_jaccard"       // Jaccard similarity of the q-gram sets (q, default 2) >= threshold
	TokenSetRatio   = "token_set_ratio"     // token-set ratio (0..1) >= threshold
	Initial         = "initial"             // one value is a single letter, the other's first letter
	Nickname        = "nickname"            // the given names can stand for the same name (bob, robert; norm.CanonicalGivens)
	Swapped         = "swapped"             // this field equals the other record's With field, and back
	Else            = "else"                // every other pair
	defaultQ        = 2
	maxLevels       = 15
	maxComparisons  = 16
	levelBits       = 4
	levelMask       = 1<<levelBits - 1
	nullLevel       = 0
	unsetProb       = 0.0
	probFloor       = 1e-9
	defaultTFMinU   = 0.0
	defaultTFWeight = 1.0
)

// Level is one outcome of a comparison, with its probabilities: M that a
// matching pair lands here, U that a non-matching pair does. M and U are
// conditional on neither value being null and are left at 0 until
// trained. A null level has neither.
type Level struct {
	Type      string  `json:"type"`
	Threshold float64 `json:"threshold,omitempty"`
	Unit      string  `json:"unit,omitempty"` // date_diff: day, month or year
	Q         int     `json:"q,omitempty"`    // qgram_jaccard: gram length
	With      string  `json:"with,omitempty"` // swapped: the other field
	Label     string  `json:"label,omitempty"`
	M         float64 `json:"m,omitempty"`
	U         float64 `json:"u,omitempty"`
	TF        *TF     `json:"tf,omitempty"`
}

// TF turns on the term-frequency adjustment of a level, as in Splink: a
// pair at the level gets Weight·log2(uExact / max(tf(a), tf(b), MinU)) on
// top of the level's weight, where tf is the share of non-null records
// holding the value and uExact is the u of the comparison's exact level.
// Common values thus count for less than rare ones.
type TF struct {
	Weight float64 `json:"weight"`          // 1 = full adjustment, 0 = none
	MinU   float64 `json:"min_u,omitempty"` // floor on the term frequency
}

// kindInfo describes a level type: whether it needs a threshold and how
// it reads.
type kindInfo struct {
	threshold bool   // needs a threshold
	atLeast   bool   // threshold is a lower bound on a similarity
	integer   bool   // threshold is an edit distance
	sym       string // label operator
}

var kinds = map[string]kindInfo{
	Null:           {},
	Exact:          {},
	JaroWinkler:    {threshold: true, atLeast: true},
	Jaro:           {threshold: true, atLeast: true},
	Levenshtein:    {threshold: true, integer: true},
	DamerauLev:     {threshold: true, integer: true},
	OSA:            {threshold: true, integer: true},
	DateDiff:       {threshold: true},
	DateTransposed: {},
	AbsDiff:        {threshold: true},
	RelDiff:        {threshold: true},
	Soundex:        {},
	NYSIIS:         {},
	DMetaphone:     {},
	TokenJaccard:   {threshold: true, atLeast: true},
	QGramJaccard:   {threshold: true, atLeast: true},
	TokenSetRatio:  {threshold: true, atLeast: true},
	Initial:        {},
	Nickname:       {},
	Swapped:        {},
	Else:           {},
}

// check reports whether the level is well formed.
func (l *Level) check() error {
	k, ok := kinds[l.Type]
	if !ok {
		return fmt.Errorf("unknown level type %q", l.Type)
	}
	if k.threshold {
		if l.Threshold < 0 || l.Threshold != l.Threshold {
			return fmt.Errorf("%s: threshold must be >= 0", l.Type)
		}
		if k.atLeast && l.Threshold > 1 {
			return fmt.Errorf("%s: threshold %v is a similarity, at most 1", l.Type, l.Threshold)
		}
		if k.integer && l.Threshold != float64(int(l.Threshold)) {
			return fmt.Errorf("%s: threshold %v must be a whole number of edits", l.Type, l.Threshold)
		}
	}
	if l.Type == DateDiff {
		switch l.Unit {
		case "day", "month", "year":
		default:
			return fmt.Errorf("date_diff: unit must be day, month or year, not %q", l.Unit)
		}
	}
	if l.Type == Swapped && l.With == "" {
		return fmt.Errorf("swapped: needs \"with\", the field to swap with")
	}
	if l.Type == QGramJaccard && (l.Q < 0 || l.Q > 8) {
		return fmt.Errorf("qgram_jaccard: q must be between 1 and 8")
	}
	for _, p := range []struct {
		name string
		v    float64
	}{{"m", l.M}, {"u", l.U}} {
		if p.v < 0 || p.v > 1 || p.v != p.v {
			return fmt.Errorf("%s: %s = %v is not a probability", l.Type, p.name, p.v)
		}
	}
	if l.TF != nil && (l.TF.Weight < 0 || l.TF.MinU < 0 || l.TF.MinU > 1 || l.TF.Weight != l.TF.Weight) {
		return fmt.Errorf("%s: tf weight must be >= 0 and min_u a probability", l.Type)
	}
	return nil
}

// Describe returns the level's label, or one made from its type and
// threshold when it has none, e.g. "jaro_winkler >= 0.92".
func (l *Level) Describe() string {
	if l.Label != "" {
		return l.Label
	}
	k := kinds[l.Type]
	s := l.Type
	if l.Type == QGramJaccard && l.Q != 0 && l.Q != defaultQ {
		s += "(q=" + strconv.Itoa(l.Q) + ")"
	}
	if l.Type == Swapped {
		return "swapped with " + l.With
	}
	if !k.threshold {
		return s
	}
	t := strconv.FormatFloat(l.Threshold, 'g', -1, 64)
	switch {
	case k.atLeast:
		return s + " >= " + t
	case l.Type == DateDiff:
		u := l.Unit
		if l.Threshold != 1 {
			u += "s"
		}
		return "within " + t + " " + u
	case l.Type == RelDiff:
		return "within " + strconv.FormatFloat(100*l.Threshold, 'g', -1, 64) + "%"
	}
	return s + " <= " + t
}
