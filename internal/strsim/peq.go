package strsim

// peqTable maps each element of a pattern of at most 64 elements to the bit
// set of its positions (the "pattern match" vectors of the bit-parallel
// algorithms). Elements below 128 are looked up through a slot table; others
// (runes only) by a linear search among the pattern's first 8 distinct
// non-ASCII runes, which are few in names, then in a map. The table is kept
// small because it is zeroed on every call.
type peqTable[T char] struct {
	slot  [128]uint8 // element → index into mask, 0 = not in pattern
	mask  [65]uint64 // mask[0] stays 0
	other [8]T       // distinct elements ≥ 128, in order of first occurrence
	omask [8]uint64  // their masks
	n, on int
	spill map[T]uint64
}

func (p *peqTable[T]) build(a []T) {
	for i, c := range a {
		bit := uint64(1) << uint(i)
		if uint32(c) < 128 {
			s := p.slot[c]
			if s == 0 {
				p.n++
				s = uint8(p.n)
				p.slot[c] = s
			}
			p.mask[s] |= bit
			continue
		}
		k := 0
		for k < p.on && p.other[k] != c {
			k++
		}
		switch {
		case k < p.on:
		case k < len(p.other):
			p.other[k] = c
			p.on++
		default:
			if p.spill == nil {
				p.spill = make(map[T]uint64)
			}
			p.spill[c] |= bit
			continue
		}
		p.omask[k] |= bit
	}
}

func (p *peqTable[T]) get(c T) uint64 {
	if uint32(c) < 128 {
		return p.mask[p.slot[c]]
	}
	for k := range p.on {
		if p.other[k] == c {
			return p.omask[k]
		}
	}
	return p.spill[c]
}
