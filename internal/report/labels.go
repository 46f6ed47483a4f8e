package report

import (
	"cmp"
	"slices"

	"github.com/probity-dev/probity/internal/spend"
)

// classInfo is how a finding class is named and explained to readers.
type classInfo struct {
	Label   string // a short name, e.g. "Unit error"
	Meaning string // one sentence
}

var classInfos = map[spend.Class]classInfo{
	spend.UnitError:      {"Unit error", "The claim is about 1,000 or 1,000,000 times what the record supports: a thousands/millions slip."},
	spend.ExceedsAward:   {"Exceeds the award", "The claim is larger than the whole award."},
	spend.CeilingCounted: {"Ceiling counted", "The claim counts the award's ceiling, including money already obligated, as savings."},
	spend.Overstated:     {"Overstated", "The claim is larger than the money not yet obligated (contracts) or not yet spent (grants)."},
	spend.AlreadyEnded:   {"Already ended", "The award had completed or been closed out before the claim date."},
	spend.Duplicate:      {"Duplicate", "The same award is claimed more than once."},
	spend.NonPositive:    {"Zero or negative", "The claim is zero or negative."},
	spend.NoRecord:       {"No record", "No award record could be found for the claim."},
	spend.Unverifiable:   {"Unverifiable", "There is no system of record to check the claim against."},
	spend.FuzzyLinked:    {"Linked by name", "The award was found by vendor name, not by identifier; the link needs a person's check."},
}

// classLabel returns the short name of c, or c itself for a class this
// package does not know.
func classLabel(c spend.Class) string {
	if ci, ok := classInfos[c]; ok {
		return ci.Label
	}
	return string(c)
}

// classMeaning returns the one-sentence explanation of c, or "".
func classMeaning(c spend.Class) string { return classInfos[c].Meaning }

// classRank orders classes as spend.Classes does, unknown classes last.
func classRank(c spend.Class) int {
	if i := slices.Index(spend.Classes, c); i >= 0 {
		return i
	}
	return len(spend.Classes)
}

// sortedClassTotals returns the by-class totals in report order: most
// serious class first, unknown classes after, by key.
func sortedClassTotals(ts []spend.Total) []spend.Total {
	out := slices.Clone(ts)
	slices.SortStableFunc(out, func(a, b spend.Total) int {
		ra, rb := classRank(spend.Class(a.Key)), classRank(spend.Class(b.Key))
		if ra != rb {
			return ra - rb
		}
		return cmp.Compare(a.Key, b.Key)
	})
	return out
}

// sortedAgencyTotals returns the by-agency totals, largest claimed first,
// then by name, whatever order they came in.
func sortedAgencyTotals(ts []spend.Total) []spend.Total {
	out := slices.Clone(ts)
	slices.SortStableFunc(out, func(a, b spend.Total) int {
		if a.Claimed != b.Claimed {
			if a.Claimed > b.Claimed {
				return -1
			}
			return 1
		}
		return cmp.Compare(a.Key, b.Key)
	})
	return out
}

// severityRank orders severities, most serious first.
func severityRank(s spend.Severity) int {
	switch s {
	case spend.High:
		return 0
	case spend.Medium:
		return 1
	case spend.Low:
		return 2
	case spend.Info:
		return 3
	}
	return 4
}

// classesOf returns the distinct classes of v's findings, in finding order.
func classesOf(v *spend.Verdict) []spend.Class {
	var out []spend.Class
	for _, f := range v.Findings {
		if !slices.Contains(out, f.Class) {
			out = append(out, f.Class)
		}
	}
	return out
}

// linkLabel describes how a claim was linked to its award.
func linkLabel(m spend.LinkMethod) string {
	switch m {
	case spend.LinkNone:
		return "not linked"
	case spend.LinkPIID:
		return "by PIID"
	case spend.LinkFPDS:
		return "by the PIID in the FPDS link"
	case spend.LinkAwardID:
		return "by the award id in the USAspending link"
	case spend.LinkVendor:
		return "by vendor name (fuzzy)"
	}
	return string(m)
}
