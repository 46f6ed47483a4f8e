package link

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/probity-dev/probity/internal/norm"
)

// blocker generates the candidate pairs of a list of blocking rules: for
// each record on side 0, the records on side 1 that share a key with it
// under some rule, each pair once. A pair is credited to the first rule
// that finds it; later rules skip it by testing the earlier rules' keys,
// so no set of seen pairs is kept.
type blocker struct {
	link  bool
	n     [2]int
	rules []crule
}

// crule is one compiled rule: the key ids of every record (CSR arrays,
// sorted per record) and an index from key id to the records holding it.
type crule struct {
	name      string
	symmetric bool        // left and right expressions are the same
	off       [2][]uint32 // off[s][i]..off[s][i+1] indexes key[s]: left keys on side 0, right keys on side 1
	key       [2][]uint32 // key ids
	offL      [2][]uint32 // dedupe, asymmetric: right keys on side 0 (left keys are off/key[0])
	keyL      [2][]uint32 //   ... and left keys of side 1 records
	idx       keyIndex    // right key -> side-1 records
	idxL      keyIndex    // dedupe, asymmetric: left key -> records
	single    bool        // every record has at most one key on each side
	k1        [2][]uint32 // when single: the key (0 = none) per record
}

// keyIndex maps key ids to sorted record lists.
type keyIndex struct {
	off []uint32 // len = keys+2 (key ids start at 1)
	rec []int32
}

func (x *keyIndex) get(k uint32) []int32 {
	if int(k)+1 >= len(x.off) {
		return nil
	}
	return x.rec[x.off[k]:x.off[k+1]]
}

func buildIndex(off, key []uint32, nkeys int) keyIndex {
	cnt := make([]uint32, nkeys+2)
	for _, k := range key {
		cnt[k+1]++
	}
	for i := 1; i < len(cnt); i++ {
		cnt[i] += cnt[i-1]
	}
	x := keyIndex{off: slices.Clone(cnt), rec: make([]int32, len(key))}
	pos := cnt
	for i := 0; i+1 < len(off); i++ {
		for _, k := range key[off[i]:off[i+1]] {
			x.rec[pos[k]] = int32(i)
			pos[k]++
		}
	}
	return x
}

// newBlocker compiles rules against the data.
func newBlocker(d *Data, rules []BlockingRule) (*blocker, error) {
	if len(rules) > 255 {
		return nil, fmt.Errorf("%d blocking rules, at most 255", len(rules))
	}
	b := &blocker{link: d.IsLink(), n: d.n}
	for i := range rules {
		r, err := compileRule(d, &rules[i])
		if err != nil {
			return nil, err
		}
		b.rules = append(b.rules, r)
	}
	return b, nil
}

// maxKeyParts is the most key expressions a rule may have.
const maxKeyParts = 8

func compileRule(d *Data, r *BlockingRule) (crule, error) {
	left, right, err := r.sides()
	if err != nil {
		return crule{}, err
	}
	cr := crule{name: r.Title(), symmetric: len(r.On) > 0}
	if len(left) > maxKeyParts {
		return cr, fmt.Errorf("blocking rule %s: at most %d key expressions", r.Title(), maxKeyParts)
	}
	// Key parts are interned once per distinct value of a field, in one
	// dictionary for the rule so that parts compare across fields (for
	// left/right rules); a key is the tuple of its parts' ids.
	partIntern := map[string]uint32{}
	tuples := map[[maxKeyParts]uint32]uint32{}
	nkeys := func() int {
		if len(left) == 1 {
			return len(partIntern)
		}
		return len(tuples)
	}
	keysOf := func(exprs []keyExpr, s int) (off, key []uint32, err error) {
		parts := make([][][]uint32, len(exprs)) // per expr, per value id: the part ids
		fds := make([]*fieldData, len(exprs))
		for e, k := range exprs {
			fd := d.byName[k.field]
			if fd == nil {
				return nil, nil, fmt.Errorf("blocking rule %s: no field %q", r.Title(), k.field)
			}
			fds[e] = fd
			strs, err := keyParts(fd, k)
			if err != nil {
				return nil, nil, fmt.Errorf("blocking rule %s: %w", r.Title(), err)
			}
			parts[e] = make([][]uint32, len(strs))
			for v, ps := range strs {
				for _, p := range ps {
					id, ok := partIntern[p]
					if !ok {
						id = uint32(len(partIntern) + 1)
						partIntern[p] = id
					}
					parts[e][v] = append(parts[e][v], id)
				}
			}
		}
		n := d.n[s]
		off = make([]uint32, n+1)
		var mine []uint32
		var combos, next [][maxKeyParts]uint32
		for i := 0; i < n; i++ {
			mine = mine[:0]
			if len(exprs) == 1 {
				mine = append(mine, parts[0][fds[0].ids[s][i]]...)
			} else {
				// The cross product of the parts (at most one has several).
				combos = append(combos[:0], [maxKeyParts]uint32{})
				for e := range exprs {
					ps := parts[e][fds[e].ids[s][i]]
					next = next[:0]
					for _, c := range combos {
						for _, p := range ps {
							c[e] = p
							next = append(next, c)
						}
					}
					combos, next = next, combos
				}
				for _, c := range combos {
					id, ok := tuples[c]
					if !ok {
						id = uint32(len(tuples) + 1)
						tuples[c] = id
					}
					mine = append(mine, id)
				}
			}
			slices.Sort(mine)
			mine = slices.Compact(mine)
			key = append(key, mine...)
			off[i+1] = uint32(len(key))
		}
		return off, key, nil
	}
	for s := 0; s < 2; s++ {
		exprs := left
		if s == 1 {
			exprs = right
		}
		if cr.off[s], cr.key[s], err = keysOf(exprs, s); err != nil {
			return cr, err
		}
	}
	if !d.IsLink() && !cr.symmetric {
		// A dedupe pair (i, j) matches either way round, so both sides of
		// every record are needed.
		if cr.offL[0], cr.keyL[0], err = keysOf(right, 0); err != nil {
			return cr, err
		}
		if cr.offL[1], cr.keyL[1], err = keysOf(left, 1); err != nil {
			return cr, err
		}
		cr.idxL = buildIndex(cr.offL[1], cr.keyL[1], nkeys())
	}
	cr.idx = buildIndex(cr.off[1], cr.key[1], nkeys())
	cr.single = isSingle(cr.off[0]) && isSingle(cr.off[1]) && (cr.offL[0] == nil || (isSingle(cr.offL[0]) && isSingle(cr.offL[1])))
	if cr.single {
		for s := 0; s < 2; s++ {
			cr.k1[s] = firstKeys(cr.off[s], cr.key[s])
		}
	}
	return cr, nil
}

func isSingle(off []uint32) bool {
	for i := 0; i+1 < len(off); i++ {
		if off[i+1]-off[i] > 1 {
			return false
		}
	}
	return true
}

func firstKeys(off, key []uint32) []uint32 {
	k := make([]uint32, len(off)-1)
	for i := range k {
		if off[i+1] > off[i] {
			k[i] = key[off[i]]
		}
	}
	return k
}

// keyParts returns, per value id of fd, the key strings expression k gives.
func keyParts(fd *fieldData, k keyExpr) ([][]string, error) {
	out := make([][]string, len(fd.vals))
	one := func(f func(v string) string) {
		for id := 1; id < len(fd.vals); id++ {
			if s := f(fd.vals[id]); s != "" {
				out[id] = []string{s}
			}
		}
	}
	switch k.fn {
	case "":
		one(func(v string) string { return v })
	case "soundex", "nysiis":
		enc := phoneticCoders[k.fn]
		if enc == nil {
			return nil, fmt.Errorf("key %s: %s is not available", k, k.fn)
		}
		one(enc)
	case "dmetaphone":
		enc := phoneticCoders["dm1"]
		if enc == nil {
			return nil, fmt.Errorf("key %s: double metaphone is not available", k)
		}
		one(enc)
	case "canonical":
		one(norm.CanonicalGiven)
	case "first", "last":
		one(func(v string) string {
			n := utf8.RuneCountInString(v)
			if n <= k.n {
				return v
			}
			rs := []rune(v)
			if k.fn == "first" {
				return string(rs[:k.n])
			}
			return string(rs[n-k.n:])
		})
	case "year":
		dates := fd.needDates()
		for id := 1; id < len(fd.vals); id++ {
			if y := dates[id].y; y != 0 {
				out[id] = []string{strconv.Itoa(int(y))}
			}
		}
	case "sorted_tokens":
		one(func(v string) string {
			ws := strings.Fields(v)
			slices.Sort(ws)
			return strings.Join(ws, " ")
		})
	case "prefixes":
		for id := 1; id < len(fd.vals); id++ {
			var ps []string
			for _, w := range strings.Fields(fd.vals[id]) {
				if rs := []rune(w); len(rs) > k.n {
					w = string(rs[:k.n])
				}
				ps = append(ps, w)
			}
			slices.Sort(ps)
			out[id] = slices.Compact(ps)
		}
	case "tokens", "rare_tokens":
		toks := fd.needTokens()
		for id := 1; id < len(fd.vals); id++ {
			ts := slices.Clone(toks[id])
			if k.fn == "rare_tokens" {
				slices.SortFunc(ts, func(a, b uint32) int {
					if c := cmp.Compare(fd.tokDF[a], fd.tokDF[b]); c != 0 {
						return c
					}
					return strings.Compare(fd.tokenNames[a], fd.tokenNames[b])
				})
				if len(ts) > k.n {
					ts = ts[:k.n]
				}
			}
			for _, t := range ts {
				out[id] = append(out[id], fd.tokenNames[t])
			}
		}
	default:
		return nil, fmt.Errorf("key %s: unknown function", k)
	}
	return out, nil
}

// shares reports whether two sorted key lists have a key in common.
func shares(a, b []uint32) bool {
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			return true
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return false
}

// matches reports whether rule r pairs record a (side 0) with record b
// (side 1); in a dedupe, either way round.
func (r *crule) matches(link bool, a, b int32) bool {
	if r.single {
		ka, kb := r.k1[0][a], r.k1[1][b]
		if ka != 0 && ka == kb {
			return true
		}
		if link || r.symmetric {
			return false
		}
		// asymmetric dedupe: b's left key against a's right key
		kb, ka = r.k1[0][b], r.k1[1][a]
		return kb != 0 && kb == ka
	}
	if shares(r.keys(0, a), r.keys(1, b)) {
		return true
	}
	if link || r.symmetric {
		return false
	}
	return shares(r.keys(0, b), r.keys(1, a))
}

func (r *crule) keys(s int, i int32) []uint32 {
	return r.key[s][r.off[s][i]:r.off[s][i+1]]
}

// covered reports whether a rule before rule k pairs a and b.
func (b *blocker) covered(k int, a, j int32) bool {
	for r := 0; r < k; r++ {
		if b.rules[r].matches(b.link, a, j) {
			return true
		}
	}
	return false
}

// candidates appends to js the side-1 records paired with side-0 record
// a, each once, and to rs the rule that found each; in a dedupe only
// records after a. The order is by rule, then key, then record.
func (b *blocker) candidates(a int32, js []int32, rs []uint8) ([]int32, []uint8) {
	for k := range b.rules {
		r := &b.rules[k]
		keys := r.keys(0, a)
		for t, key := range keys {
			recs := r.idx.get(key)
			if !b.link {
				recs = after(recs, a)
			}
			for _, j := range recs {
				if t > 0 && shares(keys[:t], r.keys(1, j)) {
					continue // found through an earlier key of this rule
				}
				if k > 0 && b.covered(k, a, j) {
					continue
				}
				js = append(js, j)
				rs = append(rs, uint8(k))
			}
		}
		if b.link || r.symmetric {
			continue
		}
		// Dedupe with an asymmetric rule: also j whose left key is a's
		// right key, unless the first pass found them.
		rkeys := r.keyL[0][r.offL[0][a]:r.offL[0][a+1]]
		for t, key := range rkeys {
			for _, j := range after(r.idxL.get(key), a) {
				if shares(keys, r.keys(1, j)) {
					continue
				}
				if t > 0 && shares(rkeys[:t], r.keyL[1][r.offL[1][j]:r.offL[1][j+1]]) {
					continue
				}
				if k > 0 && b.covered(k, a, j) {
					continue
				}
				js = append(js, j)
				rs = append(rs, uint8(k))
			}
		}
	}
	return js, rs
}

// after returns the records of the sorted list recs that come after a.
func after(recs []int32, a int32) []int32 {
	i, _ := slices.BinarySearch(recs, a+1)
	return recs[i:]
}
