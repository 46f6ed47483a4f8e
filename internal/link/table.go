package link

import (
	"fmt"
	"strconv"
	"strings"
)

// Table is a set of records: column names, rows of string values, and the
// index of the column that holds each record's id. A value that is empty
// after trimming white space is null.
type Table struct {
	Name    string     // a label for messages, e.g. the file name
	Columns []string   // column names, in row order
	Rows    [][]string // one slice per record; short rows read as null
	ID      int        // index in Columns of the record-id column
}

// NewTable returns a table whose record ids are in the column named
// idColumn. If idColumn is empty, a column "_row" holding the 0-based row
// number is appended and used as the id.
func NewTable(name string, columns []string, rows [][]string, idColumn string) (*Table, error) {
	t := &Table{Name: name, Columns: columns, Rows: rows}
	if idColumn == "" {
		t.Columns = append(append([]string(nil), columns...), "_row")
		for i, r := range t.Rows {
			row := make([]string, len(columns)+1)
			copy(row, r)
			row[len(columns)] = strconv.Itoa(i)
			t.Rows[i] = row
		}
		t.ID = len(columns)
		return t, nil
	}
	t.ID = t.Column(idColumn)
	if t.ID < 0 {
		return nil, fmt.Errorf("table %s: no id column %q (columns: %s)", name, idColumn, strings.Join(columns, ", "))
	}
	return t, nil
}

// Len returns the number of records.
func (t *Table) Len() int { return len(t.Rows) }

// Column returns the index of the named column, or -1. Names are compared
// after trimming spaces, case-insensitively.
func (t *Table) Column(name string) int {
	name = strings.TrimSpace(name)
	for i, c := range t.Columns {
		if strings.EqualFold(strings.TrimSpace(c), name) {
			return i
		}
	}
	return -1
}

// Value returns the trimmed value of column col in record i ("" when the
// row is short or col is negative).
func (t *Table) Value(i, col int) string {
	if col < 0 || col >= len(t.Rows[i]) {
		return ""
	}
	return strings.TrimSpace(t.Rows[i][col])
}

// RecordID returns the id of record i.
func (t *Table) RecordID(i int) string { return t.Value(i, t.ID) }
