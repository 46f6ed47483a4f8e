package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"unsafe"
)

// The bulk loader's CSV reader. It reads plain CSV (RFC 4180 quoting,
// LF or CRLF line ends) and finds what encoding/csv finds, record for
// record and line for line, but faster: it finds record ends with two
// vectorised byte searches per line (the newline, and a count of quote
// marks: a record ends at the first newline where the count is even), and
// splits fields without copying. Anything else it does not try to read
// (a quote mark inside an unquoted field, text after a closing quote, a
// quoted field never closed, a carriage return that does not end a line):
// it reports errNotPlain, and the caller hands the file to the reference
// reader, csvRows, which reports such records as encoding/csv does.
// FuzzScanMatchesEncodingCSV holds the two readers to the same records.

// errNotPlain means the file has CSV the fast reader leaves to csvRows.
var errNotPlain = errors.New("not plain CSV")

// notPlain returns errNotPlain with where and why.
func notPlain(line int64, why string) error {
	return fmt.Errorf("%w: line %d: %s", errNotPlain, line, why)
}

// span is one record in a batch's buffer.
type span struct {
	start, end int   // the record's bytes, without its line end
	rec, line  int64 // record number and the line it starts on (1-based)
	quotes     int   // quote marks in the record
	lines      int   // lines the record spans
}

// batch is a run of whole records read from the file.
type batch struct {
	buf  []byte
	recs []span
	cr   bool // the records' bytes hold a carriage return
}

// recordScanner cuts a file into batches of whole records.
type recordScanner struct {
	r      io.Reader
	size   int    // bytes to read per batch
	carry  []byte // the start of a record the last batch did not finish
	line   int64  // lines before the next unread byte
	rec    int64  // records found so far, the header included
	eof    bool
	header bool // the header has been skipped
	// free offers buffers the caller is done with (nil: none).
	free <-chan []byte
}

func newRecordScanner(r io.Reader, size int) *recordScanner {
	return &recordScanner{r: r, size: size}
}

// next returns the next batch of records, or io.EOF when there are none.
// The header record is skipped. A batch's buffer is not written again
// until the caller offers it back through free.
func (s *recordScanner) next() (*batch, error) {
	for {
		if s.eof {
			return nil, io.EOF
		}
		buf := s.buffer(len(s.carry) + s.size)
		copy(buf, s.carry)
		n, err := io.ReadFull(s.r, buf[len(s.carry):])
		switch err {
		case nil:
		case io.EOF, io.ErrUnexpectedEOF:
			s.eof = true
		default:
			return nil, err
		}
		b, err := s.cut(buf[:len(s.carry)+n])
		if err != nil {
			return nil, err
		}
		if len(b.recs) > 0 {
			return b, nil
		}
	}
}

// buffer returns a buffer of n bytes, one offered back if it is big enough.
func (s *recordScanner) buffer(n int) []byte {
	select {
	case b := <-s.free:
		if cap(b) >= n {
			return b[:n]
		}
	default:
	}
	return make([]byte, n)
}

// cut finds the records in data; an unfinished one is carried over to
// the next batch (or, at the end of the file, is the last record).
func (s *recordScanner) cut(data []byte) (*batch, error) {
	b := &batch{buf: data}
	start, line := 0, s.line+1 // where the current record starts
	quotes := 0
	pos := 0
	emit := func(end int) error {
		rec := data[start:end]
		if len(rec) > 0 && rec[len(rec)-1] == '\r' {
			rec = rec[:len(rec)-1]
		}
		if len(rec) == 0 {
			return nil // a blank line: encoding/csv skips it
		}
		r := span{start: start, end: start + len(rec), line: line, quotes: quotes, lines: int(s.line - line + 1)}
		if !s.header {
			// The header is read by csvRows; it must be plain too, or the
			// lines after it would not be counted alike.
			s.header = true
			hb := batch{buf: data, cr: bytes.IndexByte(rec, '\r') >= 0}
			if _, ok := hb.fields(r, nil); !ok {
				return notPlain(line, "the header is not plain CSV")
			}
			return nil
		}
		s.rec++
		r.rec = s.rec
		b.recs = append(b.recs, r)
		return nil
	}
	for {
		i := bytes.IndexByte(data[pos:], '\n')
		if i < 0 {
			break
		}
		quotes += bytes.Count(data[pos:pos+i], quoteMark)
		pos += i + 1
		s.line++
		if quotes%2 == 1 {
			continue // the newline is inside a quoted field
		}
		if err := emit(pos - 1); err != nil {
			return nil, err
		}
		start, line, quotes = pos, s.line+1, 0
	}
	if !s.eof {
		// Read the unfinished record again, whole, in the next batch.
		s.carry = append([]byte(nil), data[start:]...)
		s.line = line - 1
		b.buf = data[:start]
	} else if start < len(data) {
		// The last line has no line end.
		quotes += bytes.Count(data[pos:], quoteMark)
		s.line++
		if quotes%2 == 1 {
			return nil, notPlain(line, "a quoted field is never closed")
		}
		if data[len(data)-1] == '\r' {
			return nil, notPlain(s.line, "a carriage return ends the file")
		}
		if err := emit(len(data)); err != nil {
			return nil, err
		}
		s.carry = nil
	}
	if len(b.recs) > 0 {
		b.cr = bytes.IndexByte(data[b.recs[0].start:b.recs[len(b.recs)-1].end], '\r') >= 0
	}
	return b, nil
}

var quoteMark = []byte{'"'}

// fields splits record r of b into fields, appended to dst. Field strings
// share b's buffer. ok is false when the record is not plain CSV.
func (b *batch) fields(r span, dst []string) (out []string, ok bool) {
	rec := b.buf[r.start:r.end]
	if r.quotes == 0 {
		if b.cr && bytes.IndexByte(rec, '\r') >= 0 {
			return dst, false
		}
		for {
			i := bytes.IndexByte(rec, ',')
			if i < 0 {
				return append(dst, str(rec)), true
			}
			dst = append(dst, str(rec[:i]))
			rec = rec[i+1:]
		}
	}
	// Quoted fields account for every quote mark, or some field has one
	// where it may not be. A newline or carriage return outside a quoted
	// field is not plain either.
	quotes := 0
	for {
		if len(rec) == 0 || rec[0] != '"' {
			i := bytes.IndexByte(rec, ',')
			f := rec
			if i >= 0 {
				f = rec[:i]
			}
			if (b.cr && bytes.IndexByte(f, '\r') >= 0) || (r.lines > 1 && bytes.IndexByte(f, '\n') >= 0) {
				return dst, false
			}
			dst = append(dst, str(f))
			if i < 0 {
				return dst, quotes == r.quotes
			}
			rec = rec[i+1:]
			continue
		}
		// A quoted field: find its closing quote, past doubled ones.
		rec = rec[1:]
		n, escaped := 0, false
		for {
			i := bytes.IndexByte(rec[n:], '"')
			if i < 0 {
				return dst, false
			}
			n += i
			if n+1 < len(rec) && rec[n+1] == '"' {
				n += 2
				quotes += 2
				escaped = true
				continue
			}
			break
		}
		quotes += 2
		v, ok := unquote(rec[:n], escaped, b.cr)
		if !ok {
			return dst, false
		}
		dst = append(dst, v)
		rec = rec[n+1:]
		if len(rec) == 0 {
			return dst, quotes == r.quotes
		}
		if rec[0] != ',' {
			return dst, false
		}
		rec = rec[1:] // a field follows, if only an empty one
	}
}

// unquote returns a quoted field's value: doubled quotes made single and
// CRLF line ends made LF, as encoding/csv does. ok is false for a carriage
// return that does not end a line. cr says whether raw may hold one.
func unquote(raw []byte, escaped, cr bool) (string, bool) {
	if !escaped && (!cr || bytes.IndexByte(raw, '\r') < 0) {
		return str(raw), true
	}
	out := make([]byte, 0, len(raw))
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		switch {
		case c == '"':
			i++ // the second of a doubled quote
		case c == '\r':
			if i+1 == len(raw) || raw[i+1] != '\n' {
				return "", false
			}
			continue // the LF that follows is kept
		}
		out = append(out, c)
	}
	return string(out), true
}

// str views b as a string without copying; b must not change while the
// string is in use (a batch's buffer does not until the batch is written).
func str(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// normalised returns record r's bytes for the staged copy: as read, with
// CRLF inside quoted fields made LF, so that DuckDB reads the values Go
// read.
func (b *batch) normalised(r span) []byte {
	rec := b.buf[r.start:r.end]
	if !b.cr || r.quotes == 0 || bytes.IndexByte(rec, '\r') < 0 {
		return rec
	}
	return bytes.ReplaceAll(rec, []byte("\r\n"), []byte("\n"))
}
