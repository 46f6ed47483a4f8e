package link

import (
	"strings"
	"testing"
)

// tableOf builds a table from a header line and rows, all comma
// separated; the first column is the id.
func tableOf(t testing.TB, name, header string, rows ...string) *Table {
	t.Helper()
	var rs [][]string
	for _, r := range rows {
		rs = append(rs, strings.Split(r, ","))
	}
	cols := strings.Split(header, ",")
	tb, err := NewTable(name, cols, rs, cols[0])
	if err != nil {
		t.Fatal(err)
	}
	return tb
}

// modelOf decodes and normalises a model from JSON text.
func modelOf(t testing.TB, js string) *Model {
	t.Helper()
	m, err := ReadModel(strings.NewReader(js))
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// prepare prepares tables for a model, failing the test on error.
func prepare(t testing.TB, m *Model, tables ...*Table) *Data {
	t.Helper()
	d, err := Prepare(m, tables...)
	if err != nil {
		t.Fatal(err)
	}
	return d
}
