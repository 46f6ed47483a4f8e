package ingest

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// FuzzBulkEqualsRows writes fuzzed bytes after a valid header and loads
// them through both loaders: the stores must hold the same, or the bulk
// loader must hand the file to the row loader (a layout mismatch), or both
// must refuse the file with the same error.
func FuzzBulkEqualsRows(f *testing.F) {
	for _, s := range []string{
		"A1,GSA,V,1,d,T,l,1/30/2025,5\n",
		"A1,GSA,\"V, X\",1,\"two\r\nlines\",T,l,1/30/2025,5\r\n\r\nA2,GSA,B,n/a,d,T,l,1/30/2025,5\r\n",
		"A1,GSA,Joe\"s,1,d,T,l,1/30/2025,5\nA2,G,B,1,d,T,l,2/30/2025,1.234\n",
		"A1,GSA,V,1,d\nA2,GSA,V,1,d,T,l,1/30/2025,5,extra\n",
		"A1,GSA,\"open,1,d,T,l,1/30/2025,5\n",
		"\xff\xfe,GSA,V,1,d,T,l,1/30/2025,5\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		if len(body) > 2000 {
			return
		}
		path := filepath.Join(t.TempDir(), "contracts_2025-04-01.csv")
		data := append([]byte("piid,agency,vendor,value,description,fpds_status,fpds_link,deleted_date,savings\n"), body...)
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		var snaps []storeSnapshot
		var errs []string
		for _, mode := range []Mode{Auto, Rows} {
			st := openStore(t)
			_, err := File(context.Background(), st, path, Options{Mode: mode})
			if err != nil {
				errs = append(errs, err.Error())
			} else {
				errs = append(errs, "")
			}
			snaps = append(snaps, snapshot(t, st))
		}
		if errs[0] != errs[1] {
			t.Fatalf("errors differ: bulk %q, rows %q", errs[0], errs[1])
		}
		if diff := cmp.Diff(snaps[0], snaps[1]); diff != "" {
			t.Fatalf("loaders disagree (-bulk +rows):\n%s", diff)
		}
	})
}

// FuzzReadJSON checks that the JSON reader never panics and that every
// record it returns has a line within the file.
func FuzzReadJSON(f *testing.F) {
	for _, s := range []string{
		`[{"date":"5/23/2025","value":1}]`,
		`{"success":true,"result":{"leases":[{"a":1},2,[3]]},"meta":{}}`,
		`[1,`, `{"result":{}}`, `[]`, `{"x":[`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := readJSON(data, "f.json")
		if err != nil {
			return
		}
		lines := int64(bytes.Count(data, []byte{'\n'}) + 1)
		for _, r := range doc.records {
			if r.line < 1 || r.line > lines {
				t.Fatalf("record line %d outside 1..%d", r.line, lines)
			}
		}
		header := []string{"date", "value", "a"}
		rows := doc.rows(header)
		for {
			row, err := rows.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatal(err)
			}
			if row.Err == nil && len(row.Fields) != len(header) {
				t.Fatalf("row with %d fields", len(row.Fields))
			}
		}
	})
}

// FuzzDigestUTF8 checks the digest's running UTF-8 check against
// utf8.Valid, whatever the sizes of the writes.
func FuzzDigestUTF8(f *testing.F) {
	f.Add([]byte("héllo wörld"), uint8(3))
	f.Add([]byte("\xe2\x82\xac\xe2\x82"), uint8(1))
	f.Add([]byte("ok\xff"), uint8(2))
	f.Fuzz(func(t *testing.T, data []byte, step uint8) {
		d := newDigest()
		n := int(step%7) + 1
		for i := 0; i < len(data); i += n {
			d.Write(data[i:min(i+n, len(data))])
		}
		if got, want := d.bad || len(d.tail) > 0, !utf8.Valid(data); got != want {
			t.Fatalf("digest says invalid=%v, utf8.Valid says %v for %q in writes of %d", got, !want, data, n)
		}
	})
}
