package verify

import (
	"cmp"
	"slices"
	"strings"

	"github.com/probity-dev/probity/internal/spend"
)

// noAgency is the ByAgency key of claims that name no agency.
const noAgency = "(no agency)"

// agencyTotals adds up verdicts by agency, grouping names that differ
// only in case and spacing ("DEPARTMENT OF HOMELAND SECURITY" and
// "Department of Homeland Security").
type agencyTotals struct {
	folded map[string]string // raw name -> group key (a cache: raw names repeat)
	groups map[string]*agencyGroup
}

type agencyGroup struct {
	total     spend.Total
	spellings map[string]int
}

func newAgencyTotals() *agencyTotals {
	return &agencyTotals{folded: map[string]string{}, groups: map[string]*agencyGroup{}}
}

func (t *agencyTotals) add(raw string, vd *spend.Verdict) {
	key, ok := t.folded[raw]
	if !ok {
		key = fold(raw)
		t.folded[raw] = key
	}
	g := t.groups[key]
	if g == nil {
		g = &agencyGroup{spellings: map[string]int{}}
		t.groups[key] = g
	}
	g.total.Count++
	g.total.Claimed += vd.Claimed
	g.total.Verifiable += vd.Verifiable
	g.spellings[strings.TrimSpace(raw)]++
}

// totals returns the groups, largest Claimed first, then by name.
func (t *agencyTotals) totals() []spend.Total {
	out := make([]spend.Total, 0, len(t.groups))
	for key, g := range t.groups {
		tot := g.total
		tot.Key = g.name()
		if key == "" {
			tot.Key = noAgency
		}
		out = append(out, tot)
	}
	slices.SortFunc(out, func(a, b spend.Total) int {
		if c := cmp.Compare(b.Claimed, a.Claimed); c != 0 {
			return c
		}
		return cmp.Compare(a.Key, b.Key)
	})
	return out
}

// name picks the spelling a group is shown under: the most frequent one
// that is not all capitals, else the most frequent; ties go to the
// spelling that sorts first.
func (g *agencyGroup) name() string {
	best, bestN, bestMixed := "", 0, false
	for s, n := range g.spellings {
		mixed := s != strings.ToUpper(s)
		better := false
		switch {
		case mixed != bestMixed:
			better = mixed
		case n != bestN:
			better = n > bestN
		default:
			better = best == "" || s < best
		}
		if better {
			best, bestN, bestMixed = s, n, mixed
		}
	}
	return best
}
