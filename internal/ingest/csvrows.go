package ingest

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/probity-dev/probity/internal/spend"
	"github.com/probity-dev/probity/internal/store"
)

// csvRows reads a CSV file record by record with Go's encoding/csv: the
// reference reader, used when the bulk loader cannot be, and to read
// headers.
type csvRows struct {
	r      *csv.Reader
	file   string
	record int64
	// lastQuoteLine is the start line of the last record read if it failed
	// on a quoted field, else 0.
	lastQuoteLine int64
}

// newCSVRows returns a reader positioned after the header, and the header.
func newCSVRows(r io.Reader, file string) (*csvRows, []string, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	header, err := cr.Read()
	if err == io.EOF {
		return nil, nil, spend.Errorf(spend.Invalid, "%s: empty file: no header line", file)
	}
	if err != nil {
		return nil, nil, spend.Errorf(spend.Invalid, "%s: unreadable header: %v", file, err)
	}
	if len(header) > 0 {
		header[0] = string(bytes.TrimPrefix([]byte(header[0]), bom))
	}
	return &csvRows{r: cr, file: file}, header, nil
}

// Next returns the next record. A record that encoding/csv cannot parse is
// returned with Err set, and reading goes on.
func (c *csvRows) Next() (store.Row, error) {
	fields, err := c.r.Read()
	if err == io.EOF {
		return store.Row{}, io.EOF
	}
	c.record++
	c.lastQuoteLine = 0
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		if errors.Is(pe.Err, csv.ErrQuote) {
			c.lastQuoteLine = int64(pe.StartLine)
		}
		return store.Row{Record: c.record, Line: int64(pe.StartLine), Err: &spend.RowError{
			File: c.file, Record: c.record, Line: int64(pe.Line), Column: int64(pe.Column), Reason: csvReason(pe.Err),
		}}, nil
	}
	if err != nil {
		return store.Row{}, fmt.Errorf("read %s: %w", c.file, err)
	}
	line, _ := c.r.FieldPos(0)
	return store.Row{Record: c.record, Line: int64(line), Fields: fields}, nil
}

func csvReason(err error) string {
	switch {
	case errors.Is(err, csv.ErrBareQuote), errors.Is(err, csv.ErrQuote):
		return quoteReason
	case errors.Is(err, csv.ErrFieldCount):
		return "wrong number of fields"
	}
	return err.Error()
}

const quoteReason = "broken quoting: a quote inside an unquoted field, or a quoted field not closed"

// rawFields rebuilds a record's text for the quarantine, truncated.
func rawFields(fields []string) string {
	s := strings.Join(fields, ",")
	if len(s) > 2000 {
		s = s[:2000] + "…"
	}
	return s
}

// structural returns the error of a record of the wrong shape: the wrong
// number of fields, or bytes that are not UTF-8 (the store holds UTF-8
// text only).
func structural(fields []string, want int) *spend.RowError {
	if len(fields) != want {
		return &spend.RowError{Reason: fmt.Sprintf("expected %d fields, found %d", want, len(fields)), Raw: rawFields(fields)}
	}
	for i, f := range fields {
		if !utf8.ValidString(f) {
			return &spend.RowError{Column: int64(i + 1), Reason: "not valid UTF-8", Raw: fmt.Sprintf("%q", f)}
		}
	}
	return nil
}

// problem refuses a file that is binary, or that ends inside a quoted
// field (the last record failed on a quote, and the quotes do not pair up).
func (d *digest) problem(name string, rows *csvRows) error {
	if d.nul >= 0 {
		return spend.Errorf(spend.Invalid, "%s is not a text file (NUL byte at offset %d)", name, d.nul)
	}
	if d.odd && rows.lastQuoteLine > 0 {
		return spend.Errorf(spend.Invalid, "%s looks truncated: the quoted field opened on line %d is never closed", name, rows.lastQuoteLine)
	}
	return nil
}
