package ingest

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"hash"
)

// digest watches a file's bytes go by: it hashes them, and notes the
// first NUL byte (a binary file) and whether the count of quote marks is
// odd (a quoted field left open: a truncated CSV file).
type digest struct {
	h     hash.Hash
	bytes int64
	nul   int64 // offset of the first NUL byte, or -1
	odd   bool  // an odd number of '"' so far
}

func newDigest() *digest { return &digest{h: sha256.New(), nul: -1} }

func (d *digest) Write(p []byte) (int, error) {
	d.h.Write(p)
	if d.nul < 0 {
		if i := bytes.IndexByte(p, 0); i >= 0 {
			d.nul = d.bytes + int64(i)
		}
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
