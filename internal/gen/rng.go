package gen

import "math/rand/v2"

// mix64 is the SplitMix64 finaliser, a bijective 64-bit mixing function.
func mix64(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9
	x = (x ^ (x >> 27)) * 0x94d049bb133111eb
	return x ^ (x >> 31)
}

// Stream tags: each names one independent family of random streams derived
// from the master seed, so that changing how one is consumed never shifts
// another.
const (
	tagPerson  uint64 = 0x50 // an entity's true attributes
	tagTwin    uint64 = 0x54 // whether and with whom an entity shares a name or DOB
	tagRecord  uint64 = 0x52 // the corruption of one record
	tagDups    uint64 = 0x44 // an entity's number of duplicates
	tagPermA   uint64 = 0x41 // order of file A (or of the dedupe file)
	tagPermB   uint64 = 0x42 // order of file B
	tagPermSSN uint64 = 0x53 // entity → SSN
)

// stream is a reseedable random source: one *rand.Rand over one PCG,
// reseeded for each entity or record, so nothing is allocated per record.
type stream struct {
	pcg *rand.PCG
	*rand.Rand
}

func newStream() *stream {
	p := rand.NewPCG(0, 0)
	return &stream{pcg: p, Rand: rand.New(p)}
}

// reset positions the stream at the start of the sequence for (tag, id).
func (s *stream) reset(master, tag, id uint64) {
	s.pcg.Seed(mix64(master^mix64(tag)), mix64(id^mix64(master+tag)))
}

// hash2 is a keyed hash of two values, for deterministic choices that need
// no stream.
func hash2(key, a, b uint64) uint64 { return mix64(mix64(key^a) + b) }
