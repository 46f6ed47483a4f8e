package verify

import "github.com/probity-dev/probity/internal/spend"

// awardIndex finds the current state of an award by key. Several records
// per award are normal (one per modification, one per scrape); the current
// state is the newest record: latest Signed date, then latest AsOf, then
// the highest Origin.
type awardIndex struct {
	awards []spend.Award
	keys   []string            // awardKey of each record, "" when it has none
	newest []bool              // whether each record is the newest of its key
	byKey  [2]map[string]entry // contracts, grants
	// split holds, for the rare keys whose records name more than one
	// awarding agency, every record of the key, so that a claim whose
	// FPDS link names the agency can be linked to that agency's award.
	split map[string][]int32
}

type entry struct {
	best  int32 // newest record
	count int32 // records with the key
}

// kindSlot maps a kind with a system of record to its slot in byKey.
func kindSlot(k spend.Kind) (int, bool) {
	switch k {
	case spend.Contract:
		return 0, true
	case spend.Grant:
		return 1, true
	}
	return 0, false
}

// awardKey returns a's key as the index uses it.
func awardKey(a *spend.Award) string {
	k := NormPIID(a.Key)
	if k == "" && a.Kind == spend.Contract {
		k = NormPIID(a.PIID)
	}
	if !IsIdentifier(k) {
		return ""
	}
	return k
}

func newAwardIndex(awards []spend.Award) *awardIndex {
	x := &awardIndex{awards: awards, keys: make([]string, len(awards))}
	var n [2]int
	for i := range awards {
		if s, ok := kindSlot(awards[i].Kind); ok {
			n[s]++
		}
	}
	for s := range x.byKey {
		x.byKey[s] = make(map[string]entry, n[s])
	}
	var splitKeys map[string]bool
	for i := range awards {
		a := &awards[i]
		s, ok := kindSlot(a.Kind)
		if !ok {
			continue
		}
		k := awardKey(a)
		if k == "" {
			continue
		}
		x.keys[i] = k
		m := x.byKey[s]
		e, found := m[k]
		if !found {
			m[k] = entry{best: int32(i), count: 1}
			continue
		}
		b := &awards[e.best]
		if s == 0 && a.AgencyID != "" && b.AgencyID != "" && a.AgencyID != b.AgencyID {
			if splitKeys == nil {
				splitKeys = map[string]bool{}
			}
			splitKeys[k] = true
		}
		e.count++
		if newer(a, b) {
			e.best = int32(i)
		}
		m[k] = e
	}
	x.newest = make([]bool, len(awards))
	for _, m := range x.byKey {
		for _, e := range m {
			x.newest[e.best] = true
		}
	}
	if len(splitKeys) > 0 {
		x.split = make(map[string][]int32, len(splitKeys))
		for i := range awards {
			if awards[i].Kind != spend.Contract {
				continue
			}
			if k := x.keys[i]; splitKeys[k] {
				x.split[k] = append(x.split[k], int32(i))
			}
		}
	}
	return x
}

// find returns the newest record for key among awards of kind k, and the
// number of records the key has. When agencyID is not empty and the key's
// records name several agencies, only that agency's records are
// considered (if it has any). It returns -1 when there is none.
func (x *awardIndex) find(k spend.Kind, key, agencyID string) (int32, int32) {
	s, ok := kindSlot(k)
	if !ok || key == "" {
		return -1, 0
	}
	e, found := x.byKey[s][key]
	if !found {
		return -1, 0
	}
	if agencyID == "" || x.split == nil || x.awards[e.best].AgencyID == agencyID {
		return e.best, e.count
	}
	recs, ok := x.split[key]
	if !ok {
		return e.best, e.count
	}
	best, n := int32(-1), int32(0)
	for _, i := range recs {
		if x.awards[i].AgencyID != agencyID {
			continue
		}
		n++
		if best < 0 || newer(&x.awards[i], &x.awards[best]) {
			best = i
		}
	}
	if best < 0 {
		return e.best, e.count
	}
	return best, n
}

// newer reports whether a is a more recent state of an award than b:
// signed later, else read later, else from a later source or record.
func newer(a, b *spend.Award) bool {
	if c := a.Signed.Compare(b.Signed); c != 0 {
		return c > 0
	}
	if c := a.AsOf.Compare(b.AsOf); c != 0 {
		return c > 0
	}
	return originAfter(a.Origin, b.Origin)
}

// originAfter orders origins by source, then record, then line.
func originAfter(a, b spend.Origin) bool {
	if a.SourceID != b.SourceID {
		return a.SourceID > b.SourceID
	}
	if a.Record != b.Record {
		return a.Record > b.Record
	}
	return a.Line > b.Line
}
