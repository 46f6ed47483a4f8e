package ingest

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"hash"
	"unicode/utf8"
)

// digest watches a file's bytes go by: it hashes them, and notes the
// first NUL byte (a binary file) and whether the count of quote marks is
// odd (a quoted field left open: a truncated CSV file).
type digest struct {
	h     hash.Hash
	bytes int64
	nul   int64 // offset of the first NUL byte, or -1
	odd   bool  // an odd number of '"' so far
	cr    bool  // a carriage return seen
	// bad is set once bytes that are not UTF-8 have been seen; tail holds
	// the last bytes of a write that may start a rune the next completes.
	bad  bool
	tail []byte
}

func newDigest() *digest { return &digest{h: sha256.New(), nul: -1} }

func (d *digest) Write(p []byte) (int, error) {
	d.h.Write(p)
	if d.nul < 0 {
		if i := bytes.IndexByte(p, 0); i >= 0 {
			d.nul = d.bytes + int64(i)
		}
	}
	if !d.bad {
		b := p
		if len(d.tail) > 0 {
			b = append(d.tail, p...)
		}
		// Leave an unfinished last rune for the next write.
		cut := len(b)
		if cut > 0 {
			start := cut - 1
			for start > 0 && cut-start < utf8.UTFMax && !utf8.RuneStart(b[start]) {
				start--
			}
			if !utf8.FullRune(b[start:]) {
				cut = start
			}
		}

		if !utf8.Valid(b[:cut]) {
			d.bad = true
		}
		d.tail = append(d.tail[:0], b[cut:]...)
	}
	if !d.cr && bytes.IndexByte(p, '\r') >= 0 {

		d.cr = true
	}
	if bytes.Count(p, quote)%2 == 1 {

		d.odd = !d.odd
	}
	d.bytes += int64(len(p))
	return len(p), nil
}

func (d *digest) sum() string { return hex.EncodeToString(d.h.Sum(nil)) }

var (
	quote = []byte{'"'}
	bom   = []byte{0xEF, 0xBB, 0xBF}
)
