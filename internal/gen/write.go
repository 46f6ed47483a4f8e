package gen

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"slices"
)

// Generator writes one run. It is not safe for concurrent use.
type Generator struct {
	opts   Options
	master uint64
}

// New checks o and draws the run's master seed from r. Everything the
// Generator writes is determined by o and that seed.
func New(o Options, r *rand.Rand) (*Generator, error) {
	if err := o.Validate(); err != nil {
		return nil, err
	}
	return &Generator{opts: o, master: r.Uint64()}, nil
}

// Progress, when not nil, is called every 65,536 records and at the end of
// each record file with the records written so far and the file's total
// ("A", "B" or "records"). A non-nil error stops the run and is returned
// (for cancellation).
type Progress func(stage string, done, total int64) error

// Summary describes a finished run.
type Summary struct {
	Mode      Mode    `json:"mode"`
	Entities  int64   `json:"entities"`
	Records   []int64 `json:"records"` // per record file: A and B, or the dedupe file
	TruePairs int64   `json:"true_pairs"`
	// Corrupted is the number of records that went through corruption
	// (file B, or every duplicate, plus the originals with
	// CorruptOriginals).
	Corrupted int64  `json:"corrupted_records"`
	Rates     Rates  `json:"rates"`
	Counts    Counts `json:"-"`
}

const (
	progressEvery = 1 << 16
	flushAt       = 256 << 10
)

// out is a buffered line writer that reports the stage in its errors.
type out struct {
	w     *bufio.Writer
	buf   []byte
	stage string
}

func newOut(w io.Writer, stage, header string) *out {
	o := &out{w: bufio.NewWriterSize(w, 1<<20), buf: make([]byte, 0, flushAt+4096), stage: stage}
	o.buf = append(o.buf, header...)
	o.buf = append(o.buf, '\n')
	return o
}

// maybeFlush hands the buffer to the writer once it is large.
func (o *out) maybeFlush() error {
	if len(o.buf) < flushAt {
		return nil
	}
	_, err := o.w.Write(o.buf)
	o.buf = o.buf[:0]
	if err != nil {
		return fmt.Errorf("write %s: %w", o.stage, err)
	}
	return nil
}

func (o *out) close() error {
	if _, err := o.w.Write(o.buf); err != nil {
		return fmt.Errorf("write %s: %w", o.stage, err)
	}
	if err := o.w.Flush(); err != nil {
		return fmt.Errorf("write %s: %w", o.stage, err)
	}
	return nil
}

// run is the state shared by the writers.
type run struct {
	g   *Generator
	pop *population
	c   *corruptor
	s   *stream
	p   Person
	rec Record
}

func (g *Generator) newRun() *run {
	o := &g.opts
	return &run{
		g:   g,
		pop: newPopulation(g.master, o),
		c:   &corruptor{rates: o.Rates, nick: o.Nicknames, format: o.DateFormat},
		s:   newStream(),
	}
}

// record builds the record of entity e whose record stream id is id.
func (r *run) record(e, id uint64, corrupt bool) *Record {
	r.pop.person(e, &r.p)
	r.s.reset(r.g.master, tagRecord, e<<8|id)
	r.c.build(&r.p, &r.rec, corrupt, r.s.Rand)
	return &r.rec
}

func (r *run) summary(s *Summary) {
	s.Corrupted, s.Counts, s.Rates = r.c.corrupted, r.c.counts, r.g.opts.Rates
	s.Entities = int64(r.g.opts.entities())
	s.Mode = r.g.opts.Mode
}

// WriteLink writes files A and B (Header, then one line per record) and the
// truth file ("a_rec_id,b_rec_id", one line per true link, in A order).
// Record ids are A… and B… followed by the zero-padded position in the
// file.
func (g *Generator) WriteLink(a, b, truth io.Writer, progress Progress) (Summary, error) {
	o := &g.opts
	var sum Summary
	if o.Mode != Link {
		return sum, fmt.Errorf("WriteLink on a %s run", o.Mode)
	}
	n, shared := uint64(o.N), o.shared()
	r := g.newRun()
	permA := newPermutation(n, mix64(g.master^tagPermA))
	permB := newPermutation(n, mix64(g.master^tagPermB))
	width := idWidth(n)
	// B's entity space: the shared entities 0…shared-1, then B's own,
	// numbered after A's (n…).
	bEntity := func(x uint64) uint64 {
		if x < shared {
			return x
		}
		return n + x - shared
	}
	files := []struct {
		w       io.Writer
		prefix  byte
		entity  func(pos uint64) uint64
		corrupt bool
	}{
		{a, 'A', permA.at, o.CorruptOriginals},
		{b, 'B', func(pos uint64) uint64 { return bEntity(permB.at(pos)) }, true},
	}
	for fi, f := range files {
		stage := string(f.prefix)
		w := newOut(f.w, stage, Header)
		for pos := range n {
			e := f.entity(pos)
			w.buf = appendRecord(w.buf, f.prefix, pos, width, r.record(e, uint64(fi), f.corrupt), o.DateFormat)
			if err := w.maybeFlush(); err != nil {
				return sum, err
			}
			if progress != nil && (pos+1)%progressEvery == 0 {
				if err := progress(stage, int64(pos+1), int64(n)); err != nil {
					return sum, err
				}
			}
		}
		if err := w.close(); err != nil {
			return sum, err
		}
		if progress != nil {
			if err := progress(stage, int64(n), int64(n)); err != nil {
				return sum, err
			}
		}
		sum.Records = append(sum.Records, int64(n))
	}

	w := newOut(truth, "truth", "a_rec_id,b_rec_id")
	for pos := range n {
		e := permA.at(pos)
		if e >= shared {
			continue
		}
		w.buf = appendID(w.buf, 'A', pos, width)
		w.buf = append(w.buf, ',')
		w.buf = appendID(w.buf, 'B', permB.index(e), width)
		w.buf = append(w.buf, '\n')
		sum.TruePairs++
		if err := w.maybeFlush(); err != nil {
			return sum, err
		}
	}
	if err := w.close(); err != nil {
		return sum, err
	}
	r.summary(&sum)
	return sum, nil
}

// dupCount returns the number of records (1 + duplicates) of entity e in a
// Dedupe run.
func (g *Generator) dupCount(e uint64, s *stream) uint64 {
	d := &g.opts.Dups
	s.reset(g.master, tagDups, e)
	if s.Float64() >= d.Frac {
		return 1
	}
	switch d.Dist {
	case Uniform:
		return 2 + s.Uint64N(uint64(d.Max))
	case Poisson:
		for range 64 { // Poisson(Mean) conditioned on 1…Max
			if k := poisson(s.Rand, d.Mean); k >= 1 && k <= d.Max {
				return 1 + uint64(k)
			}
		}
		return 2
	}
	// Zipf: P(k) ∝ 1/k² over 1…Max.
	var z float64
	for k := 1; k <= d.Max; k++ {
		z += 1 / float64(k*k)
	}
	u := float64(s.Float64() * z) // rounded: no fused multiply-add
	for k := 1; k <= d.Max; k++ {
		if u -= 1 / float64(k*k); u < 0 {
			return 1 + uint64(k)
		}
	}
	return 1 + uint64(d.Max)
}

// poisson draws from Poisson(mean) by Knuth's multiplication method (mean
// is small here).
func poisson(r *rand.Rand, mean float64) int {
	l := math.Exp(-mean)
	k, p := 0, 1.0
	for {
		p *= r.Float64()
		if p <= l {
			return k
		}
		k++
	}
}

// WriteDedupe writes one record file (Header, then one line per record)
// and the truth file ("rec_id_1,rec_id_2", every pair of records of one
// entity, rec_id_1 < rec_id_2, in rec_id_1 order). An entity's first record
// is clean unless CorruptOriginals is set; its duplicates are corrupted.
// Record ids are R followed by a zero-padded number; they increase down the
// file but are not consecutive.
func (g *Generator) WriteDedupe(records, truth io.Writer, progress Progress) (Summary, error) {
	o := &g.opts
	var sum Summary
	if o.Mode != Dedupe {
		return sum, fmt.Errorf("WriteDedupe on a %s run", o.Mode)
	}
	n, k := uint64(o.N), uint64(o.Dups.Max)+1
	slots := n * k
	r := g.newRun()
	ds := newStream()
	var total int64
	for e := range n {
		total += int64(g.dupCount(e, ds))
	}
	perm := newPermutation(slots, mix64(g.master^tagPermA))
	width := idWidth(slots)

	w := newOut(records, "records", Header)
	var done int64
	for pos := range slots {
		slot := perm.at(pos)
		e, c := slot/k, slot%k
		if c >= g.dupCount(e, ds) {
			continue
		}
		w.buf = appendRecord(w.buf, 'R', pos, width, r.record(e, c, c > 0 || o.CorruptOriginals), o.DateFormat)
		if err := w.maybeFlush(); err != nil {
			return sum, err
		}
		done++
		if progress != nil && done%progressEvery == 0 {
			if err := progress("records", done, total); err != nil {
				return sum, err
			}
		}
	}
	if err := w.close(); err != nil {
		return sum, err
	}
	if progress != nil {
		if err := progress("records", done, total); err != nil {
			return sum, err
		}
	}
	sum.Records = []int64{done}

	w = newOut(truth, "truth", "rec_id_1,rec_id_2")
	var others []uint64
	for pos := range slots {
		slot := perm.at(pos)
		e, c := slot/k, slot%k
		cnt := g.dupCount(e, ds)
		if c >= cnt {
			continue
		}
		others = others[:0]
		for c2 := range cnt {
			if p2 := perm.index(e*k + c2); p2 > pos {
				others = append(others, p2)
			}
		}
		slices.Sort(others)
		for _, p2 := range others {
			w.buf = appendID(w.buf, 'R', pos, width)
			w.buf = append(w.buf, ',')
			w.buf = appendID(w.buf, 'R', p2, width)
			w.buf = append(w.buf, '\n')
			sum.TruePairs++
		}
		if err := w.maybeFlush(); err != nil {
			return sum, err
		}
	}
	if err := w.close(); err != nil {
		return sum, err
	}
	r.summary(&sum)
	return sum, nil
}
