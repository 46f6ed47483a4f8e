package ingest

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"testing"
)

// FuzzScanMatchesCSV checks the quote-aware scanner against encoding/csv:
// on any input Go's CSV reader reads without error, both find the same
// records starting on the same lines.
func FuzzScanMatchesCSV(f *testing.F) {
	for _, s := range []string{
		"a,b\n1,2\n3,4\n",
		"a,b\r\n1,\"x\r\ny\"\r\n\r\n3,4",
		"\xef\xbb\xbfa\n\"\"\"q\"\"\"\n\n\n5\n",
		"h\n\"a\nb\nc\",d\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		r := csv.NewReader(bytes.NewReader(data))
		r.FieldsPerRecord = -1
		var lines []int64
		for {
			_, err := r.Read()
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				return // not well-formed CSV: the loaders quarantine it
			}
			l, _ := r.FieldPos(0)
			lines = append(lines, int64(l))
		}
		sc, err := scanFile(bytes.NewReader(data), true)
		if err != nil {
			t.Fatal(err)
		}
		if len(lines) > 0 {
			lines = lines[1:] // the header
		}
		if len(lines) != len(sc.Layout.Lines) {
			t.Fatalf("encoding/csv found %d records on lines %v, the scanner %d on %v", len(lines), lines, len(sc.Layout.Lines), sc.Layout.Lines)
		}
		for i := range lines {
			if lines[i] != sc.Layout.Lines[i] {
				t.Fatalf("record %d: encoding/csv line %d, scanner line %d", i+1, lines[i], sc.Layout.Lines[i])
			}
		}
		if sc.OpenQuoteLine != 0 {
			t.Fatalf("scanner says a quote is left open in well-formed CSV")
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
