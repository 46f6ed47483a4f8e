package ingest

import (
	"bufio"
	"fmt"
	"io"
	"os"

	"github.com/probity-dev/probity/internal/ingest/format"
	"github.com/probity-dev/probity/internal/store"
)

// ReadRecords reads the records of an archived source file, by record
// number, as the ingest read them: CSV fields in file order, or a JSON
// record's values in the order of header (the source's recorded header).
// Records that could not be read are left out. It is how reports show the
// source rows behind a claim.
func ReadRecords(path string, header []string) (map[int64][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open archived source: %w", err)
	}
	defer f.Close()
	br := bufio.NewReaderSize(f, 1<<20)
	head, _ := br.Peek(headSize)
	if sniffEncoding(head) == format.JSON {
		data, err := io.ReadAll(br)
		if err != nil {
			return nil, fmt.Errorf("read archived source: %w", err)
		}
		doc, err := readJSON(data, path)
		if err != nil {
			return nil, err
		}
		return collect(doc.rows(header))
	}
	rows, _, err := newCSVRows(br, path)
	if err != nil {
		return nil, err
	}
	return collect(rows)
}

// collect reads every row, keeping the well-formed ones by record number.
func collect(rows store.RowReader) (map[int64][]string, error) {
	out := map[int64][]string{}
	for {
		r, err := rows.Next()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		if r.Err == nil {
			out[r.Record] = r.Fields
		}
	}
}
