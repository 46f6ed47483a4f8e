package verify

import "github.com/probity-dev/probity/internal/spend"

// Verify checks every claim against the award records and returns one
// verdict per claim, in claim order. It does no I/O and keeps no state
// between calls; the result depends only on its arguments.
//
// Claims of several snapshots may be verified together: the duplicate
// rules work within each snapshot (a snapshot is a kind, a snapshot date
// and a source) and across snapshots of the same kind.
func Verify(claims []spend.Claim, awards []spend.Award, opt Options) []spend.Verdict {
	v := newVerifier(claims, awards, opt)
	v.link()
	v.findDuplicates()
	if opt.FuzzyMin > 0 {
		v.linkByName()
	}
	out := make([]spend.Verdict, len(claims))
	for i := range claims {
		v.judge(i, &out[i])
	}
	return out
}

// Per-claim flags set while linking.
const (
	flagIDV      uint8 = 1 << iota // the claim's FPDS link says contractType=IDV
	flagModMatch                   // the FPDS link names the modification the award record describes
	flagLinkPIID                   // linked through the PIID in the FPDS link, not the claim's PIID
)

// verifier holds the per-call state of Verify: the award index and, for
// each claim, its key, its award and its duplicate links, in flat slices
// indexed like claims.
type verifier struct {
	opt    Options
	claims []spend.Claim
	idx    *awardIndex

	keys   []string
	ksrc   []keySource
	award  []int32 // newest award record linked, or -1
	nrec   []int32 // records the award key has
	flags  []uint8
	dupOf  []int32 // within a snapshot: the claim that counts, or -1
	again  []int32 // across snapshots: the earlier claim on the same award, or -1
	byName map[int32]nameLink

	ar arena
}

func newVerifier(claims []spend.Claim, awards []spend.Award, opt Options) *verifier {
	n := len(claims)
	return &verifier{
		opt:    opt,
		claims: claims,
		idx:    newAwardIndex(awards),
		keys:   make([]string, n),
		ksrc:   make([]keySource, n),
		award:  make([]int32, n),
		nrec:   make([]int32, n),
		flags:  make([]uint8, n),
		dupOf:  make([]int32, n),
		again:  make([]int32, n),
	}
}

// link computes each claim's key and finds its award by identifier.
func (v *verifier) link() {
	for i := range v.claims {
		c := &v.claims[i]
		v.dupOf[i], v.again[i], v.award[i] = -1, -1, -1
		k, src := claimKey(c)
		v.keys[i], v.ksrc[i] = k, src
		if !src.identifies() {
			continue
		}
		switch c.Kind {
		case spend.Contract:
			l, hasLink := ParseFPDSLink(c.Link)
			if hasLink && l.IsIDV() {
				v.flags[i] |= flagIDV
			}
			a, n := v.idx.find(spend.Contract, k, l.AgencyID)
			if a < 0 && src == keyPIID && hasLink && l.PIID != k {
				// The claim's PIID has no record; its link may name one.
				if a, n = v.idx.find(spend.Contract, l.PIID, l.AgencyID); a >= 0 {
					v.flags[i] |= flagLinkPIID
				}
			}
			if a >= 0 {
				v.award[i], v.nrec[i] = a, n
				if hasLink && l.ModNumber != "" && l.ModNumber == v.idx.awards[a].ModNumber {
					v.flags[i] |= flagModMatch
				}
			}
		case spend.Grant:
			v.award[i], v.nrec[i] = v.idx.find(spend.Grant, k, "")
		}
	}
}

// linkMethod says how claim i was linked.
func (v *verifier) linkMethod(i int) spend.LinkMethod {
	switch {
	case v.award[i] < 0:
		return spend.LinkNone
	case v.ksrc[i] == keyName:
		return spend.LinkVendor
	case v.flags[i]&flagLinkPIID != 0, v.ksrc[i] == keyFPDSLink:
		return spend.LinkFPDS
	case v.ksrc[i] == keyPIID:
		return spend.LinkPIID
	}
	return spend.LinkAwardID
}

// claimed returns the saving a claim asserts: Claim.Savings, or zero when
// the claim gives none.
func claimed(c *spend.Claim) spend.Money {
	if c.Savings.Valid {
		return c.Savings.Money
	}
	return 0
}
