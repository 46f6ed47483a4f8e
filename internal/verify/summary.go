package verify

import (
	"cmp"
	"slices"

	"github.com/probity-dev/probity/internal/spend"
)

// Summarize computes the headline over the verdicts of the chosen
// snapshots. verdicts[i] must be the verdict of claims[i], as Verify
// returns them; Summarize panics when the lengths differ. A claim is
// counted when a snapshot reference matches its kind, snapshot date and
// source (a reference with SourceID 0 matches any source). With no
// snapshots, LatestSnapshots(claims) is used.
//
// Totals: Claimed and Verifiable over the chosen claims; ByKind in
// spend.Kinds order; ByClass in spend.Classes order, each class's Amount
// being the dollars its findings remove, so that the ByClass amounts add
// up to Claimed - Verifiable (Count is the number of claims with the
// class, Claimed and Verifiable are theirs); ByAgency grouped by agency
// name without regard to case or spacing, largest Claimed first, then by
// name. An agency group is shown under its most frequent spelling,
// preferring one that is not all capitals.
func Summarize(claims []spend.Claim, verdicts []spend.Verdict, snapshots []spend.SnapshotRef) spend.Summary {
	if len(claims) != len(verdicts) {
		panic("verify: Summarize needs one verdict per claim, in claim order")
	}
	if len(snapshots) == 0 {
		snapshots = LatestSnapshots(claims)
	}
	refs := slices.Clone(snapshots)
	sortRefs(refs)
	sum := spend.Summary{Snapshots: refs}
	pick := newSnapshotSet(refs)

	var kinds []spend.Total
	var classes [len(classOrder)]spend.Total
	agencies := newAgencyTotals()
	for i := range claims {
		c := &claims[i]
		if !pick.has(c) {
			continue
		}
		vd := &verdicts[i]
		sum.Claims++
		sum.Claimed += vd.Claimed
		sum.Verifiable += vd.Verifiable
		sum.Statuses.Add(vd)
		kinds = addTo(kinds, string(c.Kind), vd)
		var seen [len(classOrder)]bool
		for j := range vd.Findings {
			fd := &vd.Findings[j]
			k := classIndex(fd.Class)
			if k < 0 {
				continue
			}
			classes[k].Amount += fd.Amount
			if !seen[k] {
				seen[k] = true
				classes[k].Count++
				classes[k].Claimed += vd.Claimed
				classes[k].Verifiable += vd.Verifiable
			}
		}
		agencies.add(c.Agency, vd)
	}
	for _, k := range spend.Kinds {
		for _, t := range kinds {
			if t.Key == string(k) {
				sum.ByKind = append(sum.ByKind, t)
			}
		}
	}
	for _, t := range kinds { // kinds outside spend.Kinds, if any, last
		if !slices.Contains(spend.Kinds, spend.Kind(t.Key)) {
			sum.ByKind = append(sum.ByKind, t)
		}
	}
	for k, t := range classes {
		if t.Count > 0 {
			t.Key = string(classOrder[k])
			sum.ByClass = append(sum.ByClass, t)
		}
	}
	sum.ByAgency = agencies.totals()
	return sum
}

func addTo(ts []spend.Total, key string, vd *spend.Verdict) []spend.Total {
	for i := range ts {
		if ts[i].Key == key {
			ts[i].Count++
			ts[i].Claimed += vd.Claimed
			ts[i].Verifiable += vd.Verifiable
			return ts
		}
	}
	return append(ts, spend.Total{Key: key, Count: 1, Claimed: vd.Claimed, Verifiable: vd.Verifiable})
}

// classIndex returns the index of c in classOrder, or -1.
func classIndex(c spend.Class) int {
	for k, x := range classOrder {
		if x == c {
			return k
		}
	}
	return -1
}

// LatestSnapshots picks, for each kind, the most recent snapshot: the
// latest snapshot date among the claims of that kind and, when several
// sources share that date, the one with the highest source id (the one
// ingested last). The result is in spend.Kinds order, then kind name.
func LatestSnapshots(claims []spend.Claim) []spend.SnapshotRef {
	var out []spend.SnapshotRef
	for i := range claims {
		c := &claims[i]
		j := slices.IndexFunc(out, func(r spend.SnapshotRef) bool { return r.Kind == c.Kind })
		if j < 0 {
			out = append(out, spend.SnapshotRef{Kind: c.Kind, Snapshot: c.Snapshot, SourceID: c.Origin.SourceID})
			continue
		}
		r := &out[j]
		if d := c.Snapshot.Compare(r.Snapshot); d > 0 || (d == 0 && c.Origin.SourceID > r.SourceID) {
			r.Snapshot, r.SourceID = c.Snapshot, c.Origin.SourceID
		}
	}
	sortRefs(out)
	return out
}

func sortRefs(refs []spend.SnapshotRef) {
	slices.SortFunc(refs, func(a, b spend.SnapshotRef) int {
		if c := cmp.Compare(kindRank(a.Kind), kindRank(b.Kind)); c != 0 {
			return c
		}
		if c := cmp.Compare(a.Kind, b.Kind); c != 0 {
			return c
		}
		if c := a.Snapshot.Compare(b.Snapshot); c != 0 {
			return c
		}
		return cmp.Compare(a.SourceID, b.SourceID)
	})
}

func kindRank(k spend.Kind) int {
	if i := slices.Index(spend.Kinds, k); i >= 0 {
		return i
	}
	return len(spend.Kinds)
}

// snapshotSet matches claims against snapshot references.
type snapshotSet struct {
	exact map[snapID]bool // references with a source
	any   map[snapID]bool // references with SourceID 0, stored with source 0
}

type snapID struct {
	kind   spend.Kind
	date   spend.Date
	source int64
}

func newSnapshotSet(refs []spend.SnapshotRef) snapshotSet {
	s := snapshotSet{exact: map[snapID]bool{}, any: map[snapID]bool{}}
	for _, r := range refs {
		id := snapID{r.Kind, r.Snapshot, r.SourceID}
		if r.SourceID == 0 {
			s.any[id] = true
		} else {
			s.exact[id] = true
		}
	}
	return s
}

func (s snapshotSet) has(c *spend.Claim) bool {
	id := snapID{c.Kind, c.Snapshot, c.Origin.SourceID}
	if s.exact[id] {
		return true
	}
	id.source = 0
	return s.any[id]
}
