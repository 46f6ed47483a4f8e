package link

import (
	"fmt"
	"math"
	"strings"
	"unicode/utf8"
)

// Data is the input of a linkage prepared for one model: one table (a
// dedupe) or two (a link), with every field normalised once per record and
// interned, so that equal values share an id and derived forms (phonetic
// codes, parsed dates, word sets) are computed once per distinct value.
// It is read-only once built and safe for concurrent use.
type Data struct {
	Model  *Model
	Tables [2]*Table // in a dedupe both are the same table
	n      [2]int
	fields []*fieldData // parallel to Model.Fields
	byName map[string]*fieldData
	index  map[string]int // field name -> position in fields
	// rows holds every record's row, record-major with stride 2F+1 for F
	// fields: the F value ids, then the F offsets of the prepared strings
	// in arena, then the offset where the record's strings end. Scoring a
	// pair thus reads one row and a few adjacent arena bytes per record,
	// not a dictionary entry and its string per field.
	rows  [2][]uint32
	arena [2][]byte
}

// Prepare prepares tables for model m, which must be normalised: one
// table to de-duplicate, or two to link (as the model's link type says).
func Prepare(m *Model, tables ...*Table) (*Data, error) {
	switch {
	case len(tables) == 1 && m.LinkType == Dedupe:
	case len(tables) == 2 && m.LinkType == LinkOnly:
	default:
		return nil, fmt.Errorf("model link type %q needs %d table(s), got %d", m.LinkType, map[bool]int{true: 2, false: 1}[m.LinkType == LinkOnly], len(tables))
	}
	d := &Data{Model: m, byName: map[string]*fieldData{}, index: map[string]int{}}
	d.Tables[0] = tables[0]
	d.Tables[1] = tables[len(tables)-1]
	d.n[0], d.n[1] = d.Tables[0].Len(), d.Tables[1].Len()
	for i := range m.Fields {
		fd, err := d.prepareField(&m.Fields[i])
		if err != nil {
			return nil, err
		}
		d.index[fd.f.Name] = len(d.fields)
		d.fields = append(d.fields, fd)
		d.byName[fd.f.Name] = fd
	}
	F := len(d.fields)
	S := 2*F + 1
	for s := 0; s < 2; s++ {
		if s == 1 && !d.IsLink() {
			d.rows[1], d.arena[1] = d.rows[0], d.arena[0]
			break
		}
		size := 0
		for _, fd := range d.fields {
			for _, v := range fd.ids[s] {
				size += len(fd.vals[v])
			}
		}
		if size >= math.MaxUint32 {
			return nil, fmt.Errorf("table %s: %d bytes of prepared values, more than 4 GiB", d.Tables[s].Name, size)
		}
		rows := make([]uint32, d.n[s]*S)
		arena := make([]byte, 0, size)
		for i := 0; i < d.n[s]; i++ {
			r := rows[i*S : (i+1)*S]
			for f, fd := range d.fields {
				v := fd.ids[s][i]
				r[f] = v
				r[F+f] = uint32(len(arena))
				arena = append(arena, fd.vals[v]...)
			}
			r[2*F] = uint32(len(arena))
		}
		d.rows[s], d.arena[s] = rows, arena
	}
	return d, nil
}

// Len returns the number of records on side s (0 or 1).
func (d *Data) Len(s int) int { return d.n[s] }

// IsLink reports whether the data are two tables to link.
func (d *Data) IsLink() bool { return d.Model.LinkType == LinkOnly }

// TotalPairs returns the number of pairs that could be compared without
// blocking: nA·nB for a link, n(n−1)/2 for a dedupe.
func (d *Data) TotalPairs() float64 {
	if d.IsLink() {
		return float64(d.n[0]) * float64(d.n[1])
	}
	n := float64(d.n[0])
	return n * (n - 1) / 2
}

// fieldData is one prepared field.
type fieldData struct {
	f     *Field
	ids   [2][]uint32 // value id per record on each side; 0 = null
	vals  []string    // prepared value per id; vals[0] = ""
	rlen  []int32     // length in runes per id
	count []uint32    // records holding each value, both sides together
	total int         // records with a non-null value

	// Derived values per value id, built on demand by need* before any
	// concurrent use.
	codes      map[string][]uint32 // phonetic code id per value: "soundex", "nysiis", "dm1", "dm2"
	dates      []pdate
	nums       []float64 // NaN when the value is not a number
	tokens     [][]uint32
	tokDF      []uint32          // number of records whose value holds each token id
	tokenNames []string          // token id -> word
	canon      [][]uint32        // canonical given-name ids per value
	codeIntern map[string]uint32 // shared by dm1 and dm2
	grams      map[int][][]uint64
	logTF      []float64 // log2 of the term frequency per value id
}

func (d *Data) prepareField(f *Field) (*fieldData, error) {
	norm := normalisers[f.Normalise]
	fd := &fieldData{f: f, vals: []string{""}, count: []uint32{0}}
	intern := map[string]uint32{}
	sides := 2
	if !d.IsLink() {
		sides = 1
	}
	for s := 0; s < sides; s++ {
		t := d.Tables[s]
		var cols []int
		for _, name := range f.columns(s) {
			c := t.Column(name)
			if c < 0 {
				return nil, fmt.Errorf("field %s: table %s has no column %q", f.Name, t.Name, name)
			}
			cols = append(cols, c)
		}
		ids := make([]uint32, t.Len())
		var sb strings.Builder
		for i := range ids {
			var v string
			if len(cols) == 1 {
				v = strings.TrimSpace(norm(t.Value(i, cols[0])))
			} else {
				// Each column is normalised on its own, then joined.
				sb.Reset()
				for _, c := range cols {
					if x := strings.TrimSpace(norm(t.Value(i, c))); x != "" {
						if sb.Len() > 0 {
							sb.WriteByte(' ')
						}
						sb.WriteString(x)
					}
				}
				v = sb.String()
			}
			if v == "" {
				continue
			}
			id, ok := intern[v]
			if !ok {
				id = uint32(len(fd.vals))
				intern[v] = id
				fd.vals = append(fd.vals, v)
				fd.count = append(fd.count, 0)
			}
			ids[i] = id
			fd.count[id]++
			fd.total++
		}
		fd.ids[s] = ids
	}
	if !d.IsLink() {
		fd.ids[1] = fd.ids[0]
	}
	fd.rlen = make([]int32, len(fd.vals))
	for id, v := range fd.vals {
		fd.rlen[id] = int32(utf8.RuneCountInString(v))
	}
	fd.logTF = make([]float64, len(fd.vals))
	for id := 1; id < len(fd.vals); id++ {
		fd.logTF[id] = math.Log2(float64(fd.count[id]) / float64(fd.total))
	}
	return fd, nil
}

// value returns the prepared value of record i on side s.
func (fd *fieldData) value(s, i int) string { return fd.vals[fd.ids[s][i]] }

// TermFrequency returns the share of non-null records whose prepared
// value of the named field is v (0 if none or no such field).
func (d *Data) TermFrequency(field, v string) float64 {
	fd := d.byName[field]
	if fd == nil || fd.total == 0 {
		return 0
	}
	for id, s := range fd.vals {
		if id > 0 && s == v {
			return float64(fd.count[id]) / float64(fd.total)
		}
	}
	return 0
}

// Prepared returns the prepared value of the named field for record i on
// side s, and whether the field exists.
func (d *Data) Prepared(field string, s, i int) (string, bool) {
	fd := d.byName[field]
	if fd == nil {
		return "", false
	}
	return fd.value(s, i), true
}

// RecordID returns the id of record i on side s.
func (d *Data) RecordID(s, i int) string { return d.Tables[s].RecordID(i) }

// DropRaw frees the raw rows of the tables once they are prepared,
// keeping only the record-id column and the named columns (copied, so
// that the strings of the dropped fields can be freed too). Scoring,
// explanations and clustering use the prepared values and the ids; a
// truth column must be kept to be read afterwards.
func (d *Data) DropRaw(keep ...string) {
	sides := 2
	if !d.IsLink() {
		sides = 1
	}
	for s := 0; s < sides; s++ {
		t := d.Tables[s]
		cols := []int{t.ID}
		for _, k := range keep {
			if c := t.Column(k); c >= 0 && c != t.ID {
				cols = append(cols, c)
			}
		}
		names := make([]string, len(cols))
		for j, c := range cols {
			names[j] = t.Columns[c]
		}
		rows := make([][]string, t.Len())
		for i := range rows {
			r := make([]string, len(cols))
			for j, c := range cols {
				r[j] = strings.Clone(t.Value(i, c))
			}
			rows[i] = r
		}
		d.Tables[s] = &Table{Name: t.Name, Columns: names, Rows: rows, ID: 0}
	}
	if !d.IsLink() {
		d.Tables[1] = d.Tables[0]
	}
}
