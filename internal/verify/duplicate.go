package verify

import (
	"cmp"
	"slices"

	"github.com/probity-dev/probity/internal/spend"
)

// Duplicates. Two claims are on the same award when their identifiers
// link them to the same award record, or, when there is no record, when
// they have the same kind and the same identifying key (PIID, award id,
// or a lease's location, agency and square feet; see Key). Claims with no
// identifier are never called duplicates.
//
//   - Within a snapshot (same kind, snapshot date and source), the first
//     claim in file order counts; each later one is a Duplicate whose whole
//     amount is removed from the verifiable total.
//   - Across snapshots, a claim in a later snapshot whose claim date falls
//     after the earliest snapshot that already listed the award is a new
//     receipt for an award already claimed: a Duplicate finding for
//     information, with amount zero (a headline covers one snapshot per
//     kind, so it does not count the award twice). A claim carried over
//     with its old date is not flagged; neither is one whose date field
//     changed meaning between formats but still falls before the earlier
//     snapshot (the March 2025 "uploaded_on" dates, for example).
func (v *verifier) findDuplicates() {
	n := len(v.claims)
	if n < 2 {
		return
	}
	// Claims linked to an award record are grouped by that record, in a
	// flat table; the others (no record, leases) by key, in maps.
	next := make([]int32, n)
	byAward := make([]int32, len(v.idx.awards))
	for i := range byAward {
		byAward[i] = -1
	}
	var heads [3]map[string]int32
	var groups [3][]string  // keys that have more than one claim
	var awardGroups []int32 // award records with more than one claim
	for i := range v.claims {
		next[i] = -1
		if !v.ksrc[i].identifies() {
			continue
		}
		if a := v.award[i]; a >= 0 {
			h := byAward[a]
			if h >= 0 {
				next[i] = h
				if next[h] == -1 {
					awardGroups = append(awardGroups, a)
				}
			}
			byAward[a] = int32(i)
			continue
		}
		s := kindIndex(v.claims[i].Kind)
		if heads[s] == nil {
			heads[s] = make(map[string]int32)
		}
		k := v.keys[i]
		if h, ok := heads[s][k]; ok {
			next[i] = h
			if next[h] == -1 {
				groups[s] = append(groups[s], k)
			}
		}
		heads[s][k] = int32(i)
	}
	var buf []int32
	for _, a := range awardGroups {
		buf = buf[:0]
		for i := byAward[a]; i >= 0; i = next[i] {
			buf = append(buf, i)
		}
		v.markGroup(buf)
	}
	for s := range groups {
		for _, k := range groups[s] {
			buf = buf[:0]
			for i := heads[s][k]; i >= 0; i = next[i] {
				buf = append(buf, i)
			}
			v.markGroup(buf)
		}
	}
}

// kindIndex maps a kind to a small index for per-kind tables.
func kindIndex(k spend.Kind) int {
	switch k {
	case spend.Grant:
		return 1
	case spend.Lease:
		return 2
	}
	return 0
}

// markGroup applies the duplicate rules to the claims of one key.
func (v *verifier) markGroup(g []int32) {
	slices.SortFunc(g, func(a, b int32) int {
		ca, cb := &v.claims[a], &v.claims[b]
		if c := ca.Snapshot.Compare(cb.Snapshot); c != 0 {
			return c
		}
		if c := cmp.Compare(ca.Origin.SourceID, cb.Origin.SourceID); c != 0 {
			return c
		}
		return fileOrder(ca, cb, a, b)
	})
	first := g[0]    // the first claim of the current snapshot
	earliest := g[0] // the first claim of the earliest snapshot
	e := &v.claims[earliest]
	for _, i := range g[1:] {
		c := &v.claims[i]
		f := &v.claims[first]
		if sameSnapshot(c, f) {
			v.dupOf[i] = first
		} else {
			first = i
		}
		if c.Snapshot.After(e.Snapshot) && !c.Date.IsZero() && c.Date.After(e.Snapshot) && c.Date != e.Date {
			v.again[i] = earliest
		}
	}
}

func sameSnapshot(a, b *spend.Claim) bool {
	return a.Snapshot == b.Snapshot && a.Origin.SourceID == b.Origin.SourceID
}

// fileOrder orders two claims of one source by line, then record, then
// their position in the input.
func fileOrder(a, b *spend.Claim, ia, ib int32) int {
	if c := cmp.Compare(a.Origin.Line, b.Origin.Line); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Origin.Record, b.Origin.Record); c != 0 {
		return c
	}
	return cmp.Compare(ia, ib)
}
