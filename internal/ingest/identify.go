package ingest

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/probity-dev/probity/internal/spend"
	"github.com/probity-dev/probity/internal/store"
)

// identity is what makes a source file itself: its hash and size, and
// its archived copy.
type identity struct {
	sha     string
	bytes   int64
	archive string
	known   *spend.Source // a source with the same hash is stored already
	err     error
}

// identify copies the file at path into the archive and hashes it. If the
// hash is stored already it returns the stored source, and the copy is
// dropped; otherwise the copy is flushed to disk and named by the hash.
// A file with a NUL byte is refused as not text.
func identify(ctx context.Context, st *store.Store, in *store.Incoming, path, name string) identity {
	if err := in.CopyFrom(path); err != nil {
		return identity{err: err}
	}
	sha, n, nul, err := hashFile(path)
	if err != nil {
		return identity{err: err}
	}
	if nul >= 0 {
		return identity{err: spend.Errorf(spend.Invalid, "%s is not a text file (NUL byte at offset %d)", name, nul)}
	}
	id := identity{sha: sha, bytes: n}
	src, ok, err := st.SourceBySHA(ctx, sha)
	if err != nil {
		return identity{err: err}
	}
	if ok {
		id.known = &src
		return id
	}
	id.archive, id.err = in.Keep(sha, filepath.Ext(path))
	return id
}

// hashFile returns the SHA-256 and size of the file at path, and the
// offset of its first NUL byte (-1: none).
func hashFile(path string) (sha string, n, nul int64, err error) {
	f, err := os.Open(path)
	if err != nil {
		return "", 0, 0, fmt.Errorf("open %s: %w", path, err)
	}
	defer f.Close()
	h := sha256.New()
	nul = -1
	buf := make([]byte, 1<<20)
	for {
		k, err := f.Read(buf)
		if k > 0 {
			h.Write(buf[:k])
			if nul < 0 {
				if i := bytes.IndexByte(buf[:k], 0); i >= 0 {
					nul = n + int64(i)
				}
			}
			n += int64(k)
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return "", 0, 0, fmt.Errorf("read %s: %w", path, err)
		}
	}
	return hex.EncodeToString(h.Sum(nil)), n, nul, nil
}
