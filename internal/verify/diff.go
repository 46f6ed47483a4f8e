package verify

import (
	"cmp"
	"slices"
	"strings"

	"github.com/probity-dev/probity/internal/spend"
)

// Diff compares two snapshots of the same kind, keyed by award (see Key:
// PIID, award id, or a lease's location, agency and square feet). Only
// the claims of from that match fromRef, and of to that match toRef, are
// compared; a zero Kind, Snapshot or SourceID in a reference matches
// anything.
//
// A key claimed once on each side gives an unchanged or a changed claim;
// a key only in to is added, only in from removed. When a key is claimed
// more than once in a snapshot (duplicates), its claims are paired in
// two passes: first claims with the same saving, in file order, then the
// rest in file order; what is left over on one side is added or removed.
// So an award listed three times in one snapshot and once in the next
// shows as one unchanged claim and two removed ones.
//
// The dollar effect is the claimed saving (Claim.Savings, zero when
// absent): AddedAmount sums the added claims, RemovedAmount the removed
// ones, ChangedDelta the changes of changed ones, and
// ClaimedTo - ClaimedFrom = AddedAmount - RemovedAmount + ChangedDelta.
// Changes are sorted by the size of their effect, largest first, then by
// key, then by file order.
func Diff(from, to []spend.Claim, fromRef, toRef spend.SnapshotRef) spend.Diff {
	d := spend.Diff{From: fromRef, To: toRef}
	before := groupByKey(from, fromRef)
	after := groupByKey(to, toRef)
	for _, g := range before.order {
		for _, i := range before.claims[g] {
			d.ClaimedFrom += claimed(&from[i])
		}
	}
	for _, g := range after.order {
		for _, i := range after.claims[g] {
			d.ClaimedTo += claimed(&to[i])
		}
	}
	keys := slices.Clone(before.order)
	for _, k := range after.order {
		if _, ok := before.claims[k]; !ok {
			keys = append(keys, k)
		}
	}
	for _, k := range keys {
		bs, as := before.claims[k], after.claims[k]
		pairs, gone, come := pairClaims(from, to, bs, as)
		for _, p := range pairs {
			b, a := &from[p[0]], &to[p[1]]
			fields := changedFields(b, a)
			if len(fields) == 0 {
				d.Unchanged++
				continue
			}
			delta := claimed(a) - claimed(b)
			d.Changed++
			d.ChangedDelta += delta
			d.Changes = append(d.Changes, spend.Change{Key: k, Kind: b.Kind, Type: spend.Changed, Before: b, After: a, Delta: delta, Fields: fields})
		}
		for _, i := range gone {
			b := &from[i]
			d.Removed++
			d.RemovedAmount += claimed(b)
			d.Changes = append(d.Changes, spend.Change{Key: k, Kind: b.Kind, Type: spend.Removed, Before: b, Delta: -claimed(b)})
		}
		for _, i := range come {
			a := &to[i]
			d.Added++
			d.AddedAmount += claimed(a)
			d.Changes = append(d.Changes, spend.Change{Key: k, Kind: a.Kind, Type: spend.Added, After: a, Delta: claimed(a)})
		}
	}
	slices.SortFunc(d.Changes, compareChanges)
	return d
}

// keyed is one side of a diff: claim indexes by key, each in file order,
// and the keys in order of first appearance.
type keyed struct {
	claims map[string][]int
	order  []string
}

func groupByKey(cs []spend.Claim, ref spend.SnapshotRef) keyed {
	g := keyed{claims: map[string][]int{}}
	for i := range cs {
		c := &cs[i]
		if !refMatches(ref, c) {
			continue
		}
		k := Key(*c)
		if _, ok := g.claims[k]; !ok {
			g.order = append(g.order, k)
		}
		g.claims[k] = append(g.claims[k], i)
	}
	for _, idx := range g.claims {
		if len(idx) > 1 {
			slices.SortStableFunc(idx, func(a, b int) int { return fileOrder(&cs[a], &cs[b], int32(a), int32(b)) })
		}
	}
	return g
}

func refMatches(r spend.SnapshotRef, c *spend.Claim) bool {
	return (r.Kind == "" || r.Kind == c.Kind) &&
		(r.Snapshot.IsZero() || r.Snapshot == c.Snapshot) &&
		(r.SourceID == 0 || r.SourceID == c.Origin.SourceID)
}

// pairClaims pairs the claims of one key: equal savings first, in file
// order, then the rest in file order. It returns the pairs and the claims
// left over on each side.
func pairClaims(from, to []spend.Claim, bs, as []int) (pairs [][2]int, gone, come []int) {
	if len(bs) == 1 && len(as) == 1 {
		return [][2]int{{bs[0], as[0]}}, nil, nil
	}
	usedB := make([]bool, len(bs))
	usedA := make([]bool, len(as))
	for j, a := range as {
		for i, b := range bs {
			if !usedB[i] && from[b].Savings == to[a].Savings {
				usedB[i], usedA[j] = true, true
				pairs = append(pairs, [2]int{b, a})
				break
			}
		}
	}
	i := 0
	for j, a := range as {
		if usedA[j] {
			continue
		}
		for i < len(bs) && usedB[i] {
			i++
		}
		if i == len(bs) {
			come = append(come, a)
			continue
		}
		usedB[i] = true
		pairs = append(pairs, [2]int{bs[i], a})
	}
	for i, b := range bs {
		if !usedB[i] {
			gone = append(gone, b)
		}
	}
	return pairs, gone, come
}

// changedFields names the fields that differ between two claims on the
// same award. The saving is always compared; any other field only when
// both snapshots report it, since the formats changed over 2025 (the March
// contract file has no vendor and no award value) and a field a format
// lacks is not a revision. Agency, vendor, location and city are compared
// without regard to case and spacing (the March 2025 files upper-case
// agency names); links are compared by what they name (PIID, modification,
// contract type, agency), not by their spelling.
func changedFields(b, a *spend.Claim) []string {
	var fs []string
	add := func(name string, differ bool) {
		if differ {
			fs = append(fs, name)
		}
	}
	both := func(x, y string) bool { return strings.TrimSpace(x) != "" && strings.TrimSpace(y) != "" }
	add("savings", b.Savings != a.Savings)
	add("value", b.Value.Valid && a.Value.Valid && b.Value != a.Value)
	add("date", !b.Date.IsZero() && !a.Date.IsZero() && b.Date != a.Date)
	add("date_note", both(b.DateNote, a.DateNote) && strings.TrimSpace(b.DateNote) != strings.TrimSpace(a.DateNote))
	add("agency", both(b.Agency, a.Agency) && fold(b.Agency) != fold(a.Agency))
	add("piid", both(b.PIID, a.PIID) && NormPIID(b.PIID) != NormPIID(a.PIID))
	add("award_id", both(b.AwardID, a.AwardID) && NormPIID(b.AwardID) != NormPIID(a.AwardID))
	add("link", both(b.Link, a.Link) && !sameLink(b.Link, a.Link))
	add("vendor", both(b.Vendor, a.Vendor) && fold(b.Vendor) != fold(a.Vendor))
	add("description", both(b.Description, a.Description) && strings.TrimSpace(b.Description) != strings.TrimSpace(a.Description))
	add("status", both(b.Status, a.Status) && strings.TrimSpace(b.Status) != strings.TrimSpace(a.Status))
	add("location", both(b.Location, a.Location) && fold(b.Location) != fold(a.Location))
	add("city", both(b.City, a.City) && fold(b.City) != fold(a.City))
	add("state", both(b.State, a.State) && fold(b.State) != fold(a.State))
	add("sq_ft", b.SqFt != 0 && a.SqFt != 0 && b.SqFt != a.SqFt)
	return fs
}

// sameLink reports whether two links name the same thing.
func sameLink(x, y string) bool {
	x, y = strings.TrimSpace(x), strings.TrimSpace(y)
	if x == y {
		return true
	}
	if lx, ok := ParseFPDSLink(x); ok {
		ly, ok := ParseFPDSLink(y)
		return ok && lx.PIID == ly.PIID && lx.ModNumber == ly.ModNumber &&
			lx.ContractType == ly.ContractType && lx.AgencyID == ly.AgencyID
	}
	if ix, ok := ParseUSAspendingLink(x); ok {
		iy, ok := ParseUSAspendingLink(y)
		return ok && ix == iy
	}
	return false
}

func compareChanges(x, y spend.Change) int {
	if c := cmp.Compare(abs(y.Delta), abs(x.Delta)); c != 0 {
		return c
	}
	if c := cmp.Compare(x.Key, y.Key); c != 0 {
		return c
	}
	if c := cmp.Compare(x.Type, y.Type); c != 0 {
		return c
	}
	if c := compareOrigin(x.Before, y.Before); c != 0 {
		return c
	}
	return compareOrigin(x.After, y.After)
}

// compareOrigin orders two claims (either may be nil) by where they were
// read.
func compareOrigin(a, b *spend.Claim) int {
	switch {
	case a == nil && b == nil:
		return 0
	case a == nil:
		return -1
	case b == nil:
		return 1
	}
	if c := cmp.Compare(a.Origin.SourceID, b.Origin.SourceID); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Origin.Line, b.Origin.Line); c != 0 {
		return c
	}
	return cmp.Compare(a.Origin.Record, b.Origin.Record)
}

func abs(m spend.Money) spend.Money {
	if m < 0 {
		return -m
	}
	return m
}
