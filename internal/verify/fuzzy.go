package verify

import (
	"cmp"
	"slices"
	"strconv"

	"github.com/probity-dev/probity/internal/norm"
	"github.com/probity-dev/probity/internal/spend"
	"github.com/probity-dev/probity/internal/strsim"
)

// Linking by name. A contract or grant claim that carries no identifier
// (no PIID, no award id, no link) may still name its vendor or recipient.
// Such a claim is linked to an award by name when one award is clearly
// the best match:
//
//   - Candidates are the awards of the same kind and the same agency. The
//     award records carry an agency code (FPDS agencyID), the claims an
//     agency name, so "the same agency" is learned from the claims that do
//     link by identifier: the codes of the awards that claims naming this
//     agency (folded: case and spacing ignored) link to. A record with no
//     agency code is a candidate for the agencies whose claims link to it.
//   - Blocking: names are cut into word tokens (letters and digits, case
//     ignored; one-letter words, "the", "and", "of" and legal forms such as
//     LLC or Inc dropped). A claim is compared only with the awards that
//     share one of its rarest tokens: tokens found in at most
//     maxBlock candidate awards, or else its single rarest token if that
//     is found in at most 2 × maxBlock. So the work grows with the claims
//     and the size of these blocks, never with claims × awards.
//   - Scoring: Jaro-Winkler similarity (strsim) of the names as
//     norm.BusinessName normalises them (case, punctuation, "&", "the",
//     legal forms and d/b/a parts). The cheap token form ranks the block
//     first; the best few, and all that tie with the best within the
//     margin (up to 64), are scored on the normalised names.
//   - Acceptance: the best award must score at least Options.FuzzyMin and
//     beat every other award by Options.FuzzyMargin. When several awards
//     are that close (one vendor often has several awards), the one whose
//     whole value agrees with the value the receipt shows (ceiling for
//     contracts, obligation for grants, within the ceiling tolerance) is
//     taken if it is the only one that agrees; otherwise the claim stays
//     unlinked.
//
// A claim linked by name gets a FuzzyLinked finding (information, amount
// zero) and a LinkNote naming both names, the score, the agency and the
// amount agreement. It takes no part in the duplicate rules, which trust
// identifiers only.

// maxBlock is the largest number of candidate awards a blocking token may
// have (see above).
const maxBlock = 200

// rescore is how many of a block's best candidates, by the cheap token
// form, are scored on the normalised names.
const rescore = 4

// maxRescore bounds the candidates scored on normalised names when many
// tie on the cheap form.
const maxRescore = 64

// nameLink records how a claim with no identifier was linked by name.
type nameLink struct {
	score   float64 // similarity of the chosen award's name
	next    float64 // similarity of the best other award, 0 if none
	claimN  string  // the normalised names compared
	awardN  string
	block   int32 // candidate awards of the same agency that shared a blocking token
	byValue bool  // the link was decided by amount agreement
	agrees  bool  // the receipt's value agrees with the award's whole value
}

// agencyKey is a kind and a folded agency name.
type agencyKey struct {
	kind   spend.Kind
	agency string
}

// linkByName links the claims that have no identifier by vendor or
// recipient name, as described above.
func (v *verifier) linkByName() {
	folded := map[string]string{}
	foldAgency := func(raw string) string {
		f, ok := folded[raw]
		if !ok {
			f = fold(raw)
			folded[raw] = f
		}
		return f
	}
	// The claims to link, and the agencies they name.
	var todo []int32
	var todoAK []agencyKey
	need := map[agencyKey]bool{}
	for i := range v.claims {
		c := &v.claims[i]
		if v.ksrc[i] != keyName || (c.Kind != spend.Contract && c.Kind != spend.Grant) || placeholderName(c.Vendor) {
			continue
		}
		ak := agencyKey{c.Kind, foldAgency(c.Agency)}
		todo = append(todo, int32(i))
		todoAK = append(todoAK, ak)
		need[ak] = true
	}
	if len(todo) == 0 {
		return
	}
	// What each agency's identifier links say about its awards.
	codes := map[agencyKey]map[string]bool{}
	direct := map[agencyKey]map[int32]bool{}
	for i := range v.claims {
		a := v.award[i]
		if a < 0 || !v.ksrc[i].identifies() {
			continue
		}
		c := &v.claims[i]
		ak := agencyKey{c.Kind, foldAgency(c.Agency)}
		if !need[ak] {
			continue
		}
		if id := v.acode[i]; id != "" {
			if codes[ak] == nil {
				codes[ak] = map[string]bool{}
			}
			codes[ak][id] = true
		} else {
			if direct[ak] == nil {
				direct[ak] = map[int32]bool{}
			}
			direct[ak][a] = true
		}
	}
	anyCode := map[spend.Kind]map[string]bool{}
	for ak, cs := range codes {
		if anyCode[ak.kind] == nil {
			anyCode[ak.kind] = map[string]bool{}
		}
		for c := range cs {
			anyCode[ak.kind][c] = true
		}
	}
	anyDirect := map[int32]bool{}
	for _, ds := range direct {
		for a := range ds {
			anyDirect[a] = true
		}
	}

	// The claims' tokens, and how many candidate awards have each.
	type tokenInfo struct {
		claims []int32 // todo indexes
		df     int32
	}
	toks := map[uint64]*tokenInfo{}
	claimToks := make([][]uint64, len(todo))
	for t, i := range todo {
		claimToks[t] = nameTokens(v.claims[i].Vendor, nil)
		for _, h := range claimToks[t] {
			ti := toks[h]
			if ti == nil {
				ti = &tokenInfo{}
				toks[h] = ti
			}
			if len(ti.claims) == 0 || ti.claims[len(ti.claims)-1] != int32(t) {
				ti.claims = append(ti.claims, int32(t))
			}
		}
	}
	// First pass over the newest record of every award of a needed
	// agency: count how many have each claim token.
	candidate := func(a int) bool {
		if !v.idx.newest[a] {
			return false
		}
		aw := &v.idx.awards[a]
		return aw.AgencyID != "" && anyCode[aw.Kind][aw.AgencyID] || aw.AgencyID == "" && anyDirect[int32(a)]
	}
	var buf []uint64
	for a := range v.idx.awards {
		if !candidate(a) {
			continue
		}
		buf = nameTokens(v.idx.awards[a].Recipient, buf[:0])
		for _, h := range buf {
			if ti := toks[h]; ti != nil {
				ti.df++
			}
		}
	}
	// Each claim blocks on its rare tokens.
	blocking := make([]map[uint64]bool, len(todo))
	for t := range todo {
		var rarest uint64
		best := int32(-1)
		for _, h := range claimToks[t] {
			df := toks[h].df
			if df == 0 {
				continue
			}
			if df <= maxBlock {
				if blocking[t] == nil {
					blocking[t] = map[uint64]bool{}
				}
				blocking[t][h] = true
			}
			if best < 0 || df < best {
				rarest, best = h, df
			}
		}
		if blocking[t] == nil && best >= 0 && best <= 2*maxBlock {
			blocking[t] = map[uint64]bool{rarest: true}
		}
	}
	// The blocking index: for each token, the claims that block on it.
	blockIdx := map[uint64][]int32{}
	for t := range todo {
		for _, h := range claimToks[t] {
			if blocking[t][h] {
				if l := blockIdx[h]; len(l) == 0 || l[len(l)-1] != int32(t) {
					blockIdx[h] = append(l, int32(t))
				}
			}
		}
	}
	// Candidate pairs, by claim: same kind, same agency.
	todoCodes := make([]map[string]bool, len(todo))
	todoDirect := make([]map[int32]bool, len(todo))
	for t, ak := range todoAK {
		todoCodes[t], todoDirect[t] = codes[ak], direct[ak]
	}
	// Second pass: the awards that share a blocking token with a claim of
	// the same kind and agency (the hits), with the cheap form of their
	// names.
	var hits hitList
	var names arena
	var nameBuf []byte
	pairs := make([][]int32, len(todo)) // hit indexes
	for a := range v.idx.awards {
		if !candidate(a) {
			continue
		}
		aw := &v.idx.awards[a]
		buf = nameTokens(aw.Recipient, buf[:0])
		k := int32(-1)
		for _, h := range buf {
			for _, t := range blockIdx[h] {
				if todoAK[t].kind != aw.Kind {
					continue
				}
				if id := aw.AgencyID; (id != "" && !todoCodes[t][id]) || (id == "" && !todoDirect[t][int32(a)]) {
					continue
				}
				if k < 0 {
					k = int32(len(hits.award))
					hits.award = append(hits.award, int32(a))
					nameBuf = appendCheapName(nameBuf[:0], aw.Recipient)
					names.begin()
					names.b.Write(nameBuf)
					hits.cheap = append(hits.cheap, names.end())
				}
				if p := pairs[t]; len(p) == 0 || p[len(p)-1] != k {
					pairs[t] = append(pairs[t], k)
				}
			}
		}
	}
	normCache := map[string]string{}
	normName := func(s string) string {
		n, ok := normCache[s]
		if !ok {
			n = norm.BusinessName(s)
			normCache[s] = n
		}
		return n
	}
	for t, i := range todo {
		if len(pairs[t]) == 0 {
			continue
		}
		if nl, a, ok := v.pickByName(&v.claims[i], pairs[t], &hits, normName); ok {
			if v.byName == nil {
				v.byName = map[int32]nameLink{}
			}
			v.byName[i] = nl
			v.award[i] = a
			v.nrec[i] = v.idx.byKey[kindSlotOf(v.idx.awards[a].Kind)][v.idx.keys[a]].count
		}
	}
}

func kindSlotOf(k spend.Kind) int {
	s, _ := kindSlot(k)
	return s
}

// scored is a candidate award with its similarity to the claim's name.
type scored struct {
	award  int32
	score  float64
	agrees bool
}

// hitList holds the candidate awards that share a blocking token with
// some claim: the award index and the cheap form of its name.
type hitList struct {
	award []int32
	cheap []string
}

// pickByName chooses among a claim's candidate awards (indexes into
// hits), or reports false.
func (v *verifier) pickByName(c *spend.Claim, block []int32, hits *hitList, normName func(string) string) (nameLink, int32, bool) {
	cheap := cheapName(c.Vendor)
	ss := make([]scored, 0, len(block))
	for _, k := range block {
		ss = append(ss, scored{award: hits.award[k], score: strsim.JaroWinkler(cheap, hits.cheap[k])})
	}
	slices.SortFunc(ss, func(x, y scored) int {
		if c := cmp.Compare(y.score, x.score); c != 0 {
			return c
		}
		return cmp.Compare(x.award, y.award)
	})
	// Rescore the best few, and every candidate as close to the best as
	// the margin (up to maxRescore), so that a tie is seen as a tie.
	keep := min(len(ss), rescore)
	for keep < len(ss) && keep < maxRescore && ss[0].score-ss[keep].score < v.opt.FuzzyMargin {
		keep++
	}
	ss = ss[:keep]
	claimN := normName(c.Vendor)
	if claimN == "" {
		return nameLink{}, -1, false
	}
	for k := range ss {
		a := &v.idx.awards[ss[k].award]
		ss[k].score = strsim.JaroWinkler(claimN, normName(a.Recipient))
		ss[k].agrees = v.valueAgrees(c, a)
	}
	slices.SortFunc(ss, func(x, y scored) int {
		if c := cmp.Compare(y.score, x.score); c != 0 {
			return c
		}
		return cmp.Compare(x.award, y.award)
	})
	best := ss[0]
	if best.score < v.opt.FuzzyMin {
		return nameLink{}, -1, false
	}
	nl := nameLink{score: best.score, claimN: claimN, block: int32(len(block))}
	close := 0 // other candidates within the margin of the best
	for _, o := range ss[1:] {
		if o.score > nl.next {
			nl.next = o.score
		}
		if best.score-o.score < v.opt.FuzzyMargin {
			close++
		}
	}
	if close > 0 {
		// Too close to call by name: decide by amount, if exactly one of
		// the close candidates agrees with the receipt's value.
		agreeing := -1
		for k, o := range ss {
			if best.score-o.score < v.opt.FuzzyMargin && o.agrees {
				if agreeing >= 0 {
					return nameLink{}, -1, false
				}
				agreeing = k
			}
		}
		if agreeing < 0 {
			return nameLink{}, -1, false
		}
		best = ss[agreeing]
		nl.score, nl.byValue = best.score, true
		nl.next = 0
		for k, o := range ss {
			if k != agreeing && o.score > nl.next {
				nl.next = o.score
			}
		}
	}
	nl.awardN = normName(v.idx.awards[best.award].Recipient)
	nl.agrees = best.agrees
	return nl, best.award, true
}

// valueAgrees reports whether the receipt's award value agrees with the
// award's whole value, within the ceiling tolerance.
func (v *verifier) valueAgrees(c *spend.Claim, a *spend.Award) bool {
	whole := a.Ceiling
	if a.Kind == spend.Grant {
		whole = a.Obligated
	}
	return c.Value.Valid && whole.Valid && about(c.Value.Money, whole.Money, v.opt.CeilingAbs, v.opt.CeilingBP)
}

// nameNote explains a link made by name.
func (w *worker) nameNote(f *facts) string {
	v, ar := w.v, &w.ar
	nl := v.byName[int32(f.i)]
	ar.begin()
	ar.str("The claim has no identifier; it was linked by name: its ")
	if f.c.Kind == spend.Grant {
		ar.str("recipient")
	} else {
		ar.str("vendor")
	}
	ar.str(" \"")
	ar.str(f.c.Vendor)
	ar.str("\" (normalised \"")
	ar.str(nl.claimN)
	ar.str("\") against the award's recipient \"")
	ar.str(f.a.Recipient)
	ar.str("\" (\"")
	ar.str(nl.awardN)
	ar.str("\"), Jaro-Winkler ")
	ar.str(strconv.FormatFloat(nl.score, 'f', 3, 64))
	if nl.next > 0 {
		ar.str(", next best award ")
		ar.str(strconv.FormatFloat(nl.next, 'f', 3, 64))
	}
	ar.str(", among ")
	ar.grouped(int64(nl.block))
	if nl.block == 1 {
		ar.str(" candidate award of the agencies that ")
	} else {
		ar.str(" candidate awards of the agencies that ")
	}
	ar.str(f.c.Agency)
	ar.str("'s claims link to")
	if f.a.AgencyID != "" {
		ar.str(" (this one: agency code ")
		ar.str(f.a.AgencyID)
		ar.str(")")
	}
	switch {
	case nl.byValue:
		ar.str("; other awards matched the name as well, and this one was chosen because its value agrees with the receipt's")
	case nl.agrees:
		ar.str("; the award's value agrees with the receipt's")
	case f.c.Value.Valid:
		ar.str("; the award's value does not agree with the receipt's ")
		ar.money(f.c.Value.Money)
	default:
		ar.str("; the receipt gives no award value to compare")
	}
	ar.str(".")
	return ar.end()
}

// placeholderNames are what the receipts write where they have no name.
var placeholderNames = map[string]bool{
	"": true, "UNAVAILABLE": true, "UNKNOWN": true, "N/A": true, "NA": true, "NONE": true,
	"NULL": true, "MULTIPLE": true, "VARIOUS": true, "TBD": true, "-": true,
}

// placeholderName reports whether a vendor or recipient name is a
// placeholder ("Unavailable" in 2,674 rows of contracts_2025-04-04_fpds.csv)
// rather than a name; such claims are not linked by name.
func placeholderName(s string) bool { return placeholderNames[fold(s)] }

// Name tokens for blocking.

// skipWords are left out of blocking tokens: articles and conjunctions,
// and the common legal forms (norm.BusinessName drops more for scoring).
var skipWords = map[string]bool{
	"the": true, "and": true, "of": true, "inc": true, "llc": true, "corp": true, "co": true,
	"company": true, "corporation": true, "incorporated": true, "ltd": true, "limited": true,
	"lp": true, "llp": true, "pllc": true, "pc": true, "pa": true, "na": true, "plc": true,
}

// nameTokens appends to dst the hashes of the words of s that blocking
// uses (see words). It does not allocate beyond dst.
func nameTokens(s string, dst []uint64) []uint64 {
	ws := words{s: s}
	for w, ok := ws.next(); ok; w, ok = ws.next() {
		dst = append(dst, fnv(w))
	}
	return dst
}

func fnv(b []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range b {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

// cheapName is a quick normal form of a name for ranking a block: its
// blocking words, lower case, joined by spaces.
func cheapName(s string) string { return string(appendCheapName(nil, s)) }

// appendCheapName appends the cheap form of s to dst.
func appendCheapName(dst []byte, s string) []byte {
	ws := words{s: s}
	for w, ok := ws.next(); ok; w, ok = ws.next() {
		if ws.count > 1 {
			dst = append(dst, ' ')
		}
		dst = append(dst, w...)
	}
	return dst
}

// words yields the words of s that blocking and ranking use: runs of
// letters and digits (and any byte of a multi-byte rune), lower-cased, of
// 2 to 32 bytes, not in skipWords. A word is valid until the next call.
type words struct {
	s     string
	i     int
	count int // words yielded so far
	buf   [32]byte
}

func (w *words) next() ([]byte, bool) {
	for w.i <= len(w.s) {
		n := 0
	word:
		for ; w.i < len(w.s); w.i++ {
			c := w.s[w.i]
			switch {
			case c >= 'A' && c <= 'Z':
				c += 'a' - 'A'
			case c >= 'a' && c <= 'z', c >= '0' && c <= '9', c >= 0x80:
			default:
				break word
			}
			if n < len(w.buf) {
				w.buf[n] = c
			}
			n++
		}
		w.i++ // past the separator, or the end
		if n >= 2 && n <= len(w.buf) && !skipWords[string(w.buf[:n])] {
			w.count++
			return w.buf[:n], true
		}
	}
	return nil, false
}
