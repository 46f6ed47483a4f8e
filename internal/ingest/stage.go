package ingest

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"runtime"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/probity-dev/probity/internal/spend"
	"github.com/probity-dev/probity/internal/store"
)

// stageBatch is how many bytes of the file each batch of records holds.
const stageBatch = 2 << 20

// stageCSV is Go's one pass over a CSV file for the bulk loader. It judges
// every record against the plan exactly as the row loader does (the same
// structural checks, the same Plan.Check) and writes each good one to
// out, the staged copy, as "record,line," and then the record's fields as
// they were in the file: DuckDB then loads the staged copy in one
// parallel read, with Go's numbering and nothing to leave out. A file the
// fast reader does not read gives errNotPlain; nothing is lost by it but
// the time spent. The file is hashed and archived apart (identify).
func stageCSV(ctx context.Context, path, name string, plan *store.Plan, out io.Writer) (*store.Staged, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	plan.Prepare()

	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	defer f.Close()
	cr := &countingReader{r: f}

	// The scanner cuts batches, checkers judge them in parallel, and this
	// goroutine writes them in order.
	work, order := make(chan *stageJob, 4), make(chan *stageJob, 8)
	free := make(chan []byte, 16) // buffers written out, to be read into again
	scanErr := make(chan error, 1)
	go func() {
		defer close(work)
		defer close(order)
		sc := newRecordScanner(cr, stageBatch)
		sc.free = free
		for {
			b, err := sc.next()
			if err == io.EOF {
				scanErr <- nil
				return
			}
			if err != nil {
				scanErr <- err
				return
			}
			j := &stageJob{b: b, done: make(chan struct{})}
			select {
			case order <- j:
			case <-ctx.Done():
				scanErr <- ctx.Err()
				return
			}
			work <- j
		}
	}()
	for i := 0; i < runtime.GOMAXPROCS(0); i++ {
		go func() {
			c := &stageChecker{plan: plan, name: name, n: len(plan.Header)}
			for j := range work {
				c.check(j)
				close(j.done)
			}
		}()
	}

	st := &store.Staged{Facts: make([]store.Facts, len(plan.Header)), Rows: make([]int64, len(plan.Targets))}
	w := bufio.NewWriterSize(out, 1<<20)
	var werr error
	var last *store.Sample
	var num []byte
	for j := range order {
		<-j.done
		if werr == nil && j.err != nil {
			werr = j.err
		}
		if werr == nil {
			werr = ctx.Err()
		}
		if werr != nil {
			cancel()
			continue
		}
		st.Records += int64(len(j.b.recs))
		for i, r := range j.b.recs {
			if !j.good[i] {
				continue
			}
			num = strconv.AppendInt(num[:0], r.rec, 10)
			num = append(num, ',')
			num = strconv.AppendInt(num, r.line, 10)
			num = append(num, ',')
			w.Write(num)
			w.Write(j.b.normalised(r))
			w.WriteByte('\n')
			st.Good++
		}
		st.Refused = append(st.Refused, j.refused...)
		for i := range st.Facts {
			st.Facts[i].Merge(j.facts[i])
		}
		for i := range st.Rows {
			st.Rows[i] += j.rows[i]
		}
		st.Samples = append(st.Samples, j.samples...)
		if j.last != nil {
			last = j.last
		}
		select {
		case free <- j.b.buf:
		default:
		}
	}
	if err := <-scanErr; err != nil && werr == nil {
		werr = err // a batch's error is earlier in the file, and stopped the scanner
	}
	if werr != nil {
		return nil, werr
	}
	if err := w.Flush(); err != nil {
		return nil, fmt.Errorf("write staged copy of %s: %w", name, err)
	}
	if last != nil && (len(st.Samples) == 0 || st.Samples[len(st.Samples)-1].Record != last.Record) {
		st.Samples = append(st.Samples, *last)
	}
	st.Bytes = cr.n
	return st, nil
}

// stageJob is one batch on its way through the pass.
type stageJob struct {
	b    *batch
	done chan struct{} // closed when checked

	good    []bool // per record: staged
	refused []spend.RowError
	facts   []store.Facts
	rows    []int64 // per target
	samples []store.Sample
	last    *store.Sample // the last good record's sample
	err     error
}

// stageChecker judges batches, as the row loader judges rows.
type stageChecker struct {
	plan   *store.Plan
	name   string
	n      int
	fields []string
}

func (c *stageChecker) check(j *stageJob) {
	b, p := j.b, c.plan
	j.good = make([]bool, len(b.recs))
	j.facts = make([]store.Facts, c.n)
	j.rows = make([]int64, len(p.Targets))
	valid := utf8.Valid(b.buf[b.recs[0].start:b.recs[len(b.recs)-1].end])
	sampleCol, sampling := p.SampleColumn()
	when0 := p.Targets[0].When
	for i, r := range b.recs {
		fields, ok := b.fields(r, c.fields[:0])
		c.fields = fields
		if !ok {
			j.err = notPlain(r.line, "a quote mark inside an unquoted field, text after a closing quote, or a carriage return inside a line")
			return
		}
		if len(fields) != c.n || (!valid && !utf8.Valid(b.buf[r.start:r.end])) {
			if e := structural(fields, c.n); e != nil {
				j.refuse(e, c.name, r)
				continue
			}
		}
		if e := p.Check(fields); e != nil {
			j.refuse(e, c.name, r)
			continue
		}
		j.good[i] = true
		p.Observe(fields, j.facts)
		for ti, t := range p.Targets {
			if t.When < 0 || !spend.Blank(fields[t.When]) {
				j.rows[ti]++
			}
		}
		if sampling && (when0 < 0 || !spend.Blank(fields[when0])) {
			v, err := spend.ParseField(sampleCol.Kind, fields[sampleCol.Field], p.Source.Snapshot)
			if err != nil {
				continue
			}
			s := store.Sample{Record: r.rec, Column: sampleCol.Name}
			if !v.Null {
				t := strings.Clone(v.Text)
				s.Value = &t
			}
			j.last = &s
			if r.rec%4096 == 0 {
				j.samples = append(j.samples, s)
			}
		}
	}
}

// refuse notes a refused record. Its strings are copied: the fields share
// the batch's buffer, which is used again.
func (j *stageJob) refuse(e *spend.RowError, name string, r span) {
	e.File, e.Record, e.Line = name, r.rec, r.line
	e.Reason, e.Raw = strings.Clone(e.Reason), strings.Clone(e.Raw)
	j.refused = append(j.refused, *e)
}

// countingReader counts the bytes read through it.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}
