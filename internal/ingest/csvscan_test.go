package ingest

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"slices"
	"testing"
)

// scanAll reads data with the fast reader, in batches of size bytes, and
// returns every record's fields and start line, or errNotPlain.
func scanAll(data []byte, size int) (recs [][]string, lines []int64, err error) {
	sc := newRecordScanner(bytes.NewReader(data), size)
	for {
		b, err := sc.next()
		if err == io.EOF {
			return recs, lines, nil
		}
		if err != nil {
			return nil, nil, err
		}
		for _, r := range b.recs {
			f, ok := b.fields(r, nil)
			if !ok {
				return nil, nil, errNotPlain
			}
			recs = append(recs, slices.Clone(f))
			lines = append(lines, r.line)
		}
	}
}

// readAll reads data with encoding/csv as csvRows does, header skipped.
func readAll(data []byte) (recs [][]string, lines []int64, err error) {
	r := csv.NewReader(bytes.NewReader(data))
	r.FieldsPerRecord = -1
	first := true
	for {
		f, err := r.Read()
		if err == io.EOF {
			return recs, lines, nil
		}
		if err != nil {
			return nil, nil, err
		}
		if first {
			first = false
			continue
		}
		line, _ := r.FieldPos(0)
		recs = append(recs, f)
		lines = append(lines, int64(line))
	}
}

// FuzzScanMatchesEncodingCSV holds the bulk loader's reader to
// encoding/csv: on any input, either it says the file is not plain CSV,
// or it finds the same records, with the same fields, starting on the same
// lines, whatever the batch size. Files encoding/csv reads without error
// must mostly be plain: the seeds check that the fast path is taken.
func FuzzScanMatchesEncodingCSV(f *testing.F) {
	seeds := []string{
		"a,b\n1,2\n",
		"a,b\r\n1,2\r\n\r\n3,4",
		"h\n\"x, y\",\"say \"\"hi\"\"\"\n\n\"two\nlines\",z\n",
		"h1,h2\n\"cr\r\nlf\",1\n,\n\"\",\"\"\n",
		"\ufeffh\nv\n",
		"h\na\"b\n",
		"h\n\"open\n",
		"h\n\"a\"b\n",
		"h\na\rb\n",
		"h\nlast\r",
		"h,i\n\"\"\"\",\n",
	}
	for _, s := range seeds {
		f.Add([]byte(s), uint8(3))
	}
	f.Fuzz(func(t *testing.T, data []byte, step uint8) {
		want, wantLines, werr := readAll(data)
		for _, size := range []int{int(step%16) + 1, 64 << 10} {
			got, gotLines, gerr := scanAll(data, size)
			if errors.Is(gerr, errNotPlain) {
				continue
			}
			if gerr != nil {
				t.Fatalf("size %d: fast reader failed: %v", size, gerr)
			}
			if werr != nil {
				t.Fatalf("size %d: fast reader read %q, encoding/csv refuses it: %v", size, data, werr)
			}
			if !slices.EqualFunc(got, want, slices.Equal) {
				t.Fatalf("size %d: records of %q:\nfast %q\ncsv  %q", size, data, got, want)
			}
			if !slices.Equal(gotLines, wantLines) {
				t.Fatalf("size %d: lines of %q: fast %v, csv %v", size, data, gotLines, wantLines)
			}
		}
	})
}

// TestScanTakesFastPath checks that plain files are read by the fast
// reader (not handed to csvRows), and that the others are not.
func TestScanTakesFastPath(t *testing.T) {
	for _, tc := range []struct {
		data  string
		plain bool
	}{
		{"a,b\n1,2\n", true},
		{"a,b\r\n1,2\r\n\r\n3,4", true},
		{"h\n\"x, y\",\"say \"\"hi\"\"\"\n\n\"two\nlines\",z\n", true},
		{"h1,h2\n\"cr\r\nlf\",1\n,\n\"\",\"\"\n", true},
		{"h\na\"b\n", false},   // a quote inside an unquoted field
		{"h\n\"open\n", false}, // never closed
		{"h\n\"a\"b\n", false}, // text after the closing quote
		{"h\na\rb\n", false},   // a carriage return inside a line
		{"h\nlast\r", false},   // a carriage return ends the file
	} {
		_, _, err := scanAll([]byte(tc.data), 4)
		if plain := err == nil; plain != tc.plain {
			t.Errorf("%q: plain = %v (%v), want %v", tc.data, plain, err, tc.plain)
		}
	}
}
