// Package ingest reads source files into the store: it recognises each
// file's format from its columns, checks that the file is what it claims
// to be (text, complete, with the expected header), and loads it through
// the store in one transaction, quarantining bad records with their line,
// column and reason. Ingesting the same bytes twice changes nothing.
//
// Formats are data (package format); the publishers' formats live in
// packages doge, fpds and usaspending.
package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"unicode/utf8"

	"github.com/probity-dev/probity/internal/ingest/format"
	"github.com/probity-dev/probity/internal/spend"
	"github.com/probity-dev/probity/internal/store"
)

// Mode chooses how a CSV file is loaded.
type Mode string

// The load modes.
const (
	Auto Mode = ""     // bulk for CSV, Go rows for JSON
	Bulk Mode = "bulk" // DuckDB's CSV reader and SQL (CSV only)
	Rows Mode = "rows" // Go's reader and the appender
)

// Options tune one ingest. The zero value detects everything.
type Options struct {
	Format   string     // format name; "" detects it from the columns
	Snapshot spend.Date // snapshot date; zero reads YYYY-MM-DD from the file name
	Name     string     // name to record; "" uses the file's base name
	Mode     Mode
}

// Result says what an ingest did.
type Result struct {
	Source    spend.Source
	Format    *format.Spec
	Duplicate bool // the same bytes were ingested before; nothing changed
	Fallback  bool // the bulk loader could not be used; Go's reader loaded the file
}

const headSize = 64 << 10

// File ingests the file at path.
func File(ctx context.Context, st *store.Store, path string, opt Options) (Result, error) {
	name := opt.Name
	if name == "" {
		name = filepath.Base(path)
	}
	f, err := os.Open(path)
	if err != nil {
		return Result{}, spend.Errorf(spend.Invalid, "open %s: %w", path, err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return Result{}, fmt.Errorf("stat %s: %w", path, err)
	}
	if info.IsDir() {
		return Result{}, spend.Errorf(spend.Invalid, "%s is a directory, not a file", path)
	}
	head := make([]byte, headSize)
	n, err := io.ReadFull(f, head)
	if err != nil && err != io.ErrUnexpectedEOF && err != io.EOF {
		return Result{}, fmt.Errorf("read %s: %w", path, err)
	}
	head = head[:n]
	if n == 0 {
		return Result{}, spend.Errorf(spend.Invalid, "%s is empty", name)
	}
	if err := checkText(name, head, 0); err != nil {
		return Result{}, err
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return Result{}, fmt.Errorf("rewind %s: %w", path, err)
	}
	snapshot := opt.Snapshot
	if snapshot.IsZero() {
		var ok bool
		if snapshot, ok = snapshotFromName(path); !ok {
			return Result{}, spend.Errorf(spend.Invalid, "%s: cannot tell the snapshot date: put YYYY-MM-DD in the file name or pass --snapshot", name)
		}
	}
	src := spend.Source{Name: name, Snapshot: snapshot}
	if sniffEncoding(head) == format.JSON {
		return ingestJSON(ctx, st, f, src, opt)
	}
	return ingestCSV(ctx, st, f, path, head, src, opt)
}

// checkText refuses binary files: a NUL byte never occurs in the text
// formats probity reads.
func checkText(name string, b []byte, base int64) error {
	for i, c := range b {
		if c == 0 {
			return spend.Errorf(spend.Invalid, "%s is not a text file (NUL byte at offset %d)", name, base+int64(i))
		}
	}
	if !utf8.Valid(trimPartialRune(b)) && base == 0 {
		return spend.Errorf(spend.Invalid, "%s is not UTF-8 text", name)
	}
	return nil
}

// trimPartialRune drops an incomplete UTF-8 sequence cut by a buffer end.
func trimPartialRune(b []byte) []byte {
	for i := 0; i < 3 && len(b) > 0; i++ {
		r, size := utf8.DecodeLastRune(b)
		if r != utf8.RuneError || size != 1 {
			break
		}
		b = b[:len(b)-1]
	}
	return b
}

func chooseSpec(name string, enc format.Encoding, header []string, opt Options) (*format.Spec, error) {
	if opt.Format == "" {
		return detect(name, enc, header)
	}
	spec, err := FormatByName(opt.Format)
	if err != nil {
		return nil, err
	}
	if spec.Encoding != enc {
		return nil, spend.Errorf(spend.Invalid, "%s: format %s is %s, but the file is %s", name, spec.Name, spec.Encoding, enc)
	}
	var missing []string
	for _, r := range spec.Required {
		if format.Index(header, r) < 0 {
			missing = append(missing, r)
		}
	}
	if len(missing) > 0 {
		return nil, spend.Errorf(spend.Invalid, "%s: not format %s: missing columns %v", name, spec.Name, missing)
	}
	return spec, nil
}

func ingestJSON(ctx context.Context, st *store.Store, f *os.File, src spend.Source, opt Options) (Result, error) {
	if opt.Mode == Bulk {
		return Result{}, spend.Errorf(spend.Invalid, "%s: JSON files are loaded row by row; --load bulk is for CSV", src.Name)
	}
	in, err := st.NewIncoming()
	if err != nil {
		return Result{}, err
	}
	defer in.Discard()
	d := newDigest()
	data, err := io.ReadAll(io.TeeReader(f, io.MultiWriter(d, in)))
	if err != nil {
		return Result{}, fmt.Errorf("read %s: %w", src.Name, err)
	}
	if d.nul >= 0 {
		return Result{}, spend.Errorf(spend.Invalid, "%s is not a text file (NUL byte at offset %d)", src.Name, d.nul)
	}
	doc, err := readJSON(data, src.Name)
	if err != nil {
		return Result{}, err
	}
	if len(doc.records) == 0 {
		return Result{}, spend.Errorf(spend.Invalid, "%s: no records", src.Name)
	}
	spec, err := chooseSpec(src.Name, format.JSON, doc.keys, opt)
	if err != nil {
		return Result{}, err
	}
	if doc.key != "" && spec.JSONKey != "" && doc.key != spec.JSONKey {
		return Result{}, spend.Errorf(spend.Invalid, "%s: a paged response of %q, but the records look like %s", src.Name, doc.key, spec.Name)
	}
	header := spec.Columns()
	src.SHA256, src.Bytes, src.Format = d.sum(), d.bytes, spec.Name
	plan := planFor(spec, header, src)
	if plan.Archive, err = in.Keep(src.SHA256, filepath.Ext(f.Name())); err != nil {
		return Result{}, err
	}
	in = nil
	stored, err := st.LoadRows(ctx, plan, doc.rows(header))
	return result(stored, spec, false, err)
}

func result(src spend.Source, spec *format.Spec, fallback bool, err error) (Result, error) {
	if errors.Is(err, store.ErrDuplicate) {
		return Result{Source: src, Format: spec, Duplicate: true}, nil
	}
	if err != nil {
		return Result{}, err
	}
	return Result{Source: src, Format: spec, Fallback: fallback}, nil
}
