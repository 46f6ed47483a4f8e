package verify

import (
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/probity-dev/probity/internal/spend"
)

// Verify checks every claim against the award records and returns one
// verdict per claim, in claim order. It does no I/O and keeps no state
// between calls; the result depends only on its arguments.
//
// Claims of several snapshots may be verified together: the duplicate
// rules work within each snapshot (a snapshot is a kind, a snapshot date
// and a source) and across snapshots of the same kind.
func Verify(claims []spend.Claim, awards []spend.Award, opt Options) []spend.Verdict {
	v := newVerifier(claims, awards, opt)
	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	parallel(len(claims), workers, func(lo, hi int) { v.link(lo, hi) })
	v.findDuplicates()
	if opt.FuzzyMin > 0 {
		v.linkByName()
	}
	out := make([]spend.Verdict, len(claims))
	ws := make(chan *worker, workers)
	parallel(len(claims), workers, func(lo, hi int) {
		var w *worker
		select {
		case w = <-ws:
		default:
			w = v.newWorker()
		}
		for i := lo; i < hi; i++ {
			w.judge(i, &out[i])
		}
		ws <- w
	})
	return out
}

// chunk is how many claims a goroutine takes at a time.
const chunk = 16384

// parallel calls fn on consecutive ranges of [0, n) from up to workers
// goroutines, and returns when all are done. With one worker, or little
// work, it calls fn from the calling goroutine.
func parallel(n, workers int, fn func(lo, hi int)) {
	if workers > (n+chunk-1)/chunk {
		workers = (n + chunk - 1) / chunk
	}
	if workers <= 1 {
		if n > 0 {
			fn(0, n)
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for {
				lo := int(next.Add(chunk)) - chunk
				if lo >= n {
					return
				}
				fn(lo, min(lo+chunk, n))
			}
		})
	}
	wg.Wait()
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
	award  []int32  // newest award record linked, or -1
	acode  []string // the agency code of that record (read while it is at hand)
	nrec   []int32  // records the award key has
	flags  []uint8
	dupOf  []int32 // within a snapshot: the claim that counts, or -1
	again  []int32 // across snapshots: the earlier claim on the same award, or -1
	byName map[int32]nameLink
}

// worker is the state of one goroutine judging claims: its own arena and
// scratch space, so that workers share nothing they write.
type worker struct {
	v     *verifier
	ar    arena
	fact  facts   // the facts of the claim being judged
	build builder // its findings' evidence, reused from claim to claim

	notes   []string // per award record: the link note last made for it
	noteSrc []uint8  // per award record: 1 + the key source of notes[a], 0 for none
}

func (v *verifier) newWorker() *worker {
	return &worker{v: v, notes: make([]string, len(v.idx.awards)), noteSrc: make([]uint8, len(v.idx.awards))}
}

func newVerifier(claims []spend.Claim, awards []spend.Award, opt Options) *verifier {
	n := len(claims)
	v := &verifier{
		opt:    opt,
		claims: claims,
		idx:    newAwardIndex(awards),
		keys:   make([]string, n),
		ksrc:   make([]keySource, n),
		award:  make([]int32, n),
		acode:  make([]string, n),
		nrec:   make([]int32, n),
		flags:  make([]uint8, n),
		dupOf:  make([]int32, n),
		again:  make([]int32, n),
	}
	return v
}

// link computes the keys of claims lo to hi and finds their awards by
// identifier. Calls on disjoint ranges may run at once.
func (v *verifier) link(lo, hi int) {
	for i := lo; i < hi; i++ {
		c := &v.claims[i]
		v.dupOf[i], v.again[i], v.award[i] = -1, -1, -1
		var l FPDSLink
		hasLink := false
		k, src := "", keyName
		if c.Kind != spend.Grant && c.Kind != spend.Lease {
			// Parse the link once: it gives the key when the claim has no
			// PIID, and the contract type and agency in any case.
			l, hasLink = ParseFPDSLink(c.Link)
			if p := NormPIID(c.PIID); IsIdentifier(p) {
				k, src = p, keyPIID
			} else if hasLink && IsIdentifier(l.PIID) {
				k, src = l.PIID, keyFPDSLink
			} else {
				k, _ = claimKey(c)
			}
		} else {
			k, src = claimKey(c)
		}
		v.keys[i], v.ksrc[i] = k, src
		if !src.identifies() {
			continue
		}
		switch c.Kind {
		case spend.Grant:
			v.award[i], v.nrec[i] = v.idx.find(spend.Grant, k, "")
			if a := v.award[i]; a >= 0 {
				v.acode[i] = v.idx.awards[a].AgencyID
			}
		case spend.Lease:
		default:
			if hasLink && l.IsIDV() {
				v.flags[i] |= flagIDV
			}
			a, n := v.idx.find(spend.Contract, k, l.AgencyID)
			if a < 0 && src == keyPIID && hasLink && l.PIID != k && IsIdentifier(l.PIID) {
				// The claim's PIID has no record; its link may name one.
				if a, n = v.idx.find(spend.Contract, l.PIID, l.AgencyID); a >= 0 {
					v.flags[i] |= flagLinkPIID
				}
			}
			if a >= 0 {
				v.award[i], v.nrec[i] = a, n
				rec := &v.idx.awards[a]
				v.acode[i] = rec.AgencyID
				if hasLink && l.ModNumber != "" && l.ModNumber == rec.ModNumber {
					v.flags[i] |= flagModMatch
				}
			}
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
