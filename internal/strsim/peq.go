package strsim

// peqTable maps each element of a pattern of at most 64 elements to the bit
// set of its positions (the "pattern match" vectors of the bit-parallel
// algorithms). Elements below 128 are looked up through a slot table; others
// (runes only) by a linear search among the pattern's distinct non-ASCII
// runes, which are few in names.
type peqTable[T char] struct {
	slot  [128]uint8 // element → index into mask, 0 = not in pattern
	mask  [65]uint64 // mask[0] stays 0
	other [64]T      // distinct elements ≥ 128, in order of first occurrence
	omask [64]uint64 // their masks
	n, on int
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
		if k == p.on {
			p.other[k] = c
			p.on++
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
	return 0
}
