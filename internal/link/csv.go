package link

import (
	"bufio"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// CSVOptions says how to read a CSV file into a Table.
type CSVOptions struct {
	IDColumn string // the record-id column; "" numbers the rows
	Latin1   bool   // the bytes are ISO-8859-1, not UTF-8
	Comma    rune   // field separator; 0 means ','
	// Keep, if set, lists the columns to keep (with the id column); the
	// others are dropped as the file is read, to save memory.
	Keep []string
}

// ReadCSV reads a CSV file with a header line from r. Spaces after a
// separator are skipped (FEBRL writes ", "), quotes may be lax, and a row
// with fewer fields than the header reads as null in the missing columns.
func ReadCSV(r io.Reader, name string, opt CSVOptions) (*Table, error) {
	if opt.Latin1 {
		r = &latin1Reader{r: bufio.NewReader(r)}
	}
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	cr.TrimLeadingSpace = true
	cr.ReuseRecord = false
	if opt.Comma != 0 {
		cr.Comma = opt.Comma
	}
	header, err := cr.Read()
	if err != nil {
		if errors.Is(err, io.EOF) {
			return nil, fmt.Errorf("read %s: no header line", name)
		}
		return nil, fmt.Errorf("read %s header: %w", name, err)
	}
	for i, h := range header {
		header[i] = strings.TrimSpace(strings.TrimPrefix(h, "\ufeff"))
	}
	var keep []int // source column of each kept column
	if len(opt.Keep) > 0 {
		want := map[string]bool{strings.ToLower(opt.IDColumn): opt.IDColumn != ""}
		for _, k := range opt.Keep {
			want[strings.ToLower(strings.TrimSpace(k))] = true
		}
		var kept []string
		for i, h := range header {
			if want[strings.ToLower(h)] {
				keep = append(keep, i)
				kept = append(kept, h)
			}
		}
		header = kept
	}
	var rows [][]string
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", name, err)
		}
		if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" && len(header) > 1 {
			continue // blank line
		}
		if keep != nil {
			r := make([]string, len(keep))
			for i, c := range keep {
				if c < len(rec) {
					r[i] = rec[c]
				}
			}
			rec = r
		}
		rows = append(rows, rec)
	}
	return NewTable(name, header, rows, opt.IDColumn)
}

// latin1Reader converts ISO-8859-1 bytes to UTF-8.
type latin1Reader struct {
	r   *bufio.Reader
	buf [utf8.UTFMax]byte
	n   int // pending bytes in buf
	off int
}

func (l *latin1Reader) Read(p []byte) (int, error) {
	n := 0
	for n < len(p) {
		if l.off < l.n {
			c := copy(p[n:], l.buf[l.off:l.n])
			n += c
			l.off += c
			continue
		}
		b, err := l.r.ReadByte()
		if err != nil {
			if n > 0 {
				return n, nil
			}
			return 0, err
		}
		if b < utf8.RuneSelf {
			p[n] = b
			n++
			continue
		}
		l.n = utf8.EncodeRune(l.buf[:], rune(b))
		l.off = 0
	}
	return n, nil
}
