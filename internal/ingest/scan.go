package ingest

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"

	"github.com/probity-dev/probity/internal/store"
)

// scan is what one pass over a file's bytes learns: its SHA-256, its size,
// and for CSV, where each record starts (quote-aware), skipping the header
// and blank lines.
type scan struct {
	SHA256 string
	Bytes  int64
	Layout store.Layout
	// OpenQuoteLine is the line of the quote left open at the end of the
	// file (a truncated file), or 0.
	OpenQuoteLine int64
	// NUL is the offset of the first NUL byte (a binary file), or -1.
	NUL int64
	// FinalNewline reports whether the file ends with a line break.
	FinalNewline bool
}

// scanFile reads r to the end. If csv is false only the hash, size and
// NUL check are done.
func scanFile(r io.Reader, csv bool) (*scan, error) {
	h := sha256.New()
	br := bufio.NewReaderSize(io.TeeReader(r, h), 1<<20)
	s := &scan{NUL: -1, FinalNewline: true}
	var (
		off       int64 // offset of the current line's first byte
		line      int64 = 1
		inQuote   bool
		quoteLine int64
		header    = true
		recStart  = true // the current line starts a record
		long      []byte // a line longer than the buffer, accumulated
	)
	for {
		chunk, err := br.ReadSlice('\n')
		if err == bufio.ErrBufferFull {
			long = append(long, chunk...)
			continue
		}
		if long != nil {
			chunk = append(long, chunk...)
			long = nil
		}
		if len(chunk) > 0 {
			if s.NUL < 0 {
				if i := bytes.IndexByte(chunk, 0); i >= 0 {
					s.NUL = off + int64(i)
				}
			}
			if csv {
				if recStart && !inQuote && !blank(chunk) {
					if header {
						header = false
					} else {
						s.Layout.Starts = append(s.Layout.Starts, off)
						s.Layout.Lines = append(s.Layout.Lines, line)
					}
				}
				wasQuoted := inQuote
				if bytes.Count(chunk, quote)%2 == 1 {
					inQuote = !inQuote
				}
				if inQuote && !wasQuoted {
					quoteLine = line
				}
				recStart = !inQuote
			}
			off += int64(len(chunk))
			s.FinalNewline = chunk[len(chunk)-1] == '\n'
			if s.FinalNewline {
				line++
			}
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("read: %w", err)
		}
	}
	s.Bytes = off
	s.SHA256 = hex.EncodeToString(h.Sum(nil))
	s.Layout.SHA256, s.Layout.Bytes = s.SHA256, s.Bytes
	if inQuote {
		s.OpenQuoteLine = quoteLine
	}
	return s, nil
}

var quote = []byte{'"'}

// blank reports whether a line holds nothing but its line break (or a byte
// order mark): CSV readers skip such lines.
func blank(b []byte) bool {
	b = bytes.TrimPrefix(b, bom)
	b = bytes.TrimSuffix(b, []byte{'\n'})
	b = bytes.TrimSuffix(b, []byte{'\r'})
	return len(b) == 0
}

var bom = []byte{0xEF, 0xBB, 0xBF}

var errNoRecords = errors.New("no header")
