package report

import (
	"cmp"
	"slices"
	"strings"

	"github.com/probity-dev/probity/internal/spend"
)

// SortKey names an order for the claims of a report. Every order breaks
// ties by claim id, so output is deterministic.
type SortKey string

// The orders Sort knows.
const (
	ByGap      SortKey = "gap"      // unsupported amount (claimed − verifiable), largest first
	ByClaimed  SortKey = "claimed"  // claimed amount, largest first
	BySeverity SortKey = "severity" // most serious finding first, then gap
	ByAgency   SortKey = "agency"   // agency name A–Z, then gap
	ByVendor   SortKey = "vendor"   // vendor name A–Z, then gap
	ByDate     SortKey = "date"     // claim date, oldest first, undated last
	ByID       SortKey = "id"       // claim id, as stored
)

// SortKeys lists every SortKey.
var SortKeys = []SortKey{ByGap, ByClaimed, BySeverity, ByAgency, ByVendor, ByDate, ByID}

// Describe returns the order in words, for the page: "largest unsupported
// amount first".
func (k SortKey) Describe() string {
	switch k {
	case ByGap:
		return "largest unsupported amount first"
	case ByClaimed:
		return "largest claim first"
	case BySeverity:
		return "most serious finding first"
	case ByAgency:
		return "by agency"
	case ByVendor:
		return "by vendor"
	case ByDate:
		return "by claim date, oldest first"
	case ByID:
		return "by claim id"
	}
	return "in the order given"
}

// ParseSortKey returns the SortKey named s (case-insensitive). An
// unknown name is a spend.Invalid error.
func ParseSortKey(s string) (SortKey, error) {
	k := SortKey(strings.ToLower(strings.TrimSpace(s)))
	if slices.Contains(SortKeys, k) {
		return k, nil
	}
	return "", spend.Errorf(spend.Invalid, "unknown sort order %q (want one of gap, claimed, severity, agency, vendor, date, id)", s)
}

// Sort orders r.Items by key and records the order in r.Order, so that
// every format shows the claims the same way. Servers can offer a
// "?sort=" choice by calling it before rendering: the HTML needs no
// script to be sorted.
func Sort(r *Report, key SortKey) error {
	if !slices.Contains(SortKeys, key) {
		return spend.Errorf(spend.Invalid, "unknown sort order %q", string(key))
	}
	byID := func(a, b *Item) int { return cmp.Compare(a.Claim.ID, b.Claim.ID) }
	byGap := func(a, b *Item) int {
		if c := cmp.Compare(b.Unsupported(), a.Unsupported()); c != 0 {
			return c
		}
		return byID(a, b)
	}
	var f func(a, b *Item) int
	switch key {
	case ByGap:
		f = byGap
	case ByClaimed:
		f = func(a, b *Item) int {
			if c := cmp.Compare(b.Verdict.Claimed, a.Verdict.Claimed); c != 0 {
				return c
			}
			return byID(a, b)
		}
	case BySeverity:
		f = func(a, b *Item) int {
			if c := cmp.Compare(worst(a), worst(b)); c != 0 {
				return c
			}
			return byGap(a, b)
		}
	case ByAgency:
		f = func(a, b *Item) int {
			if c := cmp.Compare(a.Claim.Agency, b.Claim.Agency); c != 0 {
				return c
			}
			return byGap(a, b)
		}
	case ByVendor:
		f = func(a, b *Item) int {
			if c := cmp.Compare(a.Claim.Vendor, b.Claim.Vendor); c != 0 {
				return c
			}
			return byGap(a, b)
		}
	case ByDate:
		f = func(a, b *Item) int {
			da, db := a.Claim.Date, b.Claim.Date
			switch {
			case da.IsZero() && !db.IsZero():
				return 1
			case !da.IsZero() && db.IsZero():
				return -1
			}
			if c := da.Compare(db); c != 0 {
				return c
			}
			return byID(a, b)
		}
	case ByID:
		f = byID
	}
	// Sort a permutation rather than the items themselves: items are
	// large, and comparing copies of them would allocate.
	perm := make([]int, len(r.Items))
	for i := range perm {
		perm[i] = i
	}
	slices.SortStableFunc(perm, func(i, j int) int { return f(&r.Items[i], &r.Items[j]) })
	sorted := make([]Item, len(r.Items))
	for k, i := range perm {
		sorted[k] = r.Items[i]
	}
	copy(r.Items, sorted)
	r.Order = key
	return nil
}

// worst returns the rank of the item's most serious finding: the
// severity, then the class; items without findings sort last.
func worst(it *Item) int {
	best := 1 << 30
	for _, f := range it.Verdict.Findings {
		best = min(best, severityRank(f.Severity)*100+classRank(f.Class))
	}
	return best
}
