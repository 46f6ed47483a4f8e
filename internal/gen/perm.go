package gen

// permutation is a keyed pseudo-random bijection on [0, n): a 4-round
// balanced Feistel network on the smallest even number of bits that covers
// n, with cycle walking to stay inside [0, n). It gives a shuffled file
// order and unique identifiers without storing anything per element.
type permutation struct {
	n    uint64
	half uint
	mask uint64
	keys [4]uint64
}

func newPermutation(n, key uint64) permutation {
	p := permutation{n: n, half: 1}
	for p.half < 32 && uint64(1)<<(2*p.half) < n {
		p.half++
	}
	p.mask = 1<<p.half - 1
	for i := range p.keys {
		p.keys[i] = mix64(key + uint64(i)*0x632be59bd9b4e019)
	}
	return p
}

func (p *permutation) round(x uint64) uint64 {
	l, r := x>>p.half, x&p.mask
	for _, k := range p.keys {
		l, r = r, l^(mix64(r^k)&p.mask)
	}
	return l<<p.half | r
}

func (p *permutation) unround(x uint64) uint64 {
	l, r := x>>p.half, x&p.mask
	for i := len(p.keys) - 1; i >= 0; i-- {
		l, r = r^(mix64(l^p.keys[i])&p.mask), l
	}
	return l<<p.half | r
}

// at returns the element at position i (i < n).
func (p *permutation) at(i uint64) uint64 {
	x := p.round(i)
	for x >= p.n {
		x = p.round(x)
	}
	return x
}

// index returns the position of element x (x < n): index(at(i)) == i.
func (p *permutation) index(x uint64) uint64 {
	i := p.unround(x)
	for i >= p.n {
		i = p.unround(i)
	}
	return i
}
