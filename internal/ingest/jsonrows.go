package ingest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/probity-dev/probity/internal/spend"
	"github.com/probity-dev/probity/internal/store"
)

// jsonDoc is a DOGE JSON file read into memory: its records, with the
// line each starts on. Two shapes are accepted: a bare array of objects,
// and the API's paged response {"success", "result": {KEY: [...]}, "meta"}.
type jsonDoc struct {
	file    string
	key     string // the result key of a paged response, or ""
	records []jsonRecord
	keys    []string // the keys of the first record, sorted
}

type jsonRecord struct {
	line int64
	obj  map[string]any // nil if the element is not an object
	kind string         // the JSON type of a non-object element
}

// readJSON parses data. A syntax error fails the whole file.
func readJSON(data []byte, file string) (*jsonDoc, error) {
	doc := &jsonDoc{file: file}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	lines := newLineIndex(data)
	tok, err := dec.Token()
	if err != nil {
		return nil, jsonError(file, data, dec, err)
	}
	switch tok {
	case json.Delim('['):
		if err := doc.readArray(dec, data, lines); err != nil {
			return nil, err
		}
	case json.Delim('{'):
		if err := doc.readPaged(dec, data, lines); err != nil {
			return nil, err
		}
	default:
		return nil, spend.Errorf(spend.Invalid, "%s: expected a JSON array or the DOGE API's paged response, found %v", file, tok)
	}
	if len(doc.records) > 0 && doc.records[0].obj != nil {
		for k := range doc.records[0].obj {
			doc.keys = append(doc.keys, k)
		}
		sort.Strings(doc.keys)
	}
	return doc, nil
}

func (doc *jsonDoc) readArray(dec *json.Decoder, data []byte, lines *lineIndex) error {
	for dec.More() {
		off := dec.InputOffset()
		var v any
		if err := dec.Decode(&v); err != nil {
			return jsonError(doc.file, data, dec, err)
		}
		rec := jsonRecord{line: lines.lineAt(skipSep(data, off))}
		if obj, ok := v.(map[string]any); ok {
			rec.obj = obj
		} else {
			rec.kind = jsonType(v)
		}
		doc.records = append(doc.records, rec)
	}
	if _, err := dec.Token(); err != nil {
		return jsonError(doc.file, data, dec, err)
	}
	return nil
}

// readPaged walks {"success": ..., "result": {KEY: [...]}, "meta": ...}.
func (doc *jsonDoc) readPaged(dec *json.Decoder, data []byte, lines *lineIndex) error {
	found := false
	for dec.More() {
		k, err := dec.Token()
		if err != nil {
			return jsonError(doc.file, data, dec, err)
		}
		if k != "result" {
			var skip json.RawMessage
			if err := dec.Decode(&skip); err != nil {
				return jsonError(doc.file, data, dec, err)
			}
			continue
		}
		if t, err := dec.Token(); err != nil || t != json.Delim('{') {
			return spend.Errorf(spend.Invalid, "%s: \"result\" is not an object", doc.file)
		}
		for dec.More() {
			rk, err := dec.Token()
			if err != nil {
				return jsonError(doc.file, data, dec, err)
			}
			t, err := dec.Token()
			if err != nil {
				return jsonError(doc.file, data, dec, err)
			}
			if t != json.Delim('[') {
				return spend.Errorf(spend.Invalid, "%s: result.%v is not an array", doc.file, rk)
			}
			doc.key = fmt.Sprint(rk)
			found = true
			if err := doc.readArray(dec, data, lines); err != nil {
				return err
			}
		}
		if _, err := dec.Token(); err != nil {
			return jsonError(doc.file, data, dec, err)
		}
	}
	if !found {
		return spend.Errorf(spend.Invalid, "%s: a JSON object without a \"result\" array: not a DOGE API response", doc.file)
	}
	return nil
}

func jsonError(file string, data []byte, dec *json.Decoder, err error) error {
	off := dec.InputOffset()
	if se, ok := err.(*json.SyntaxError); ok {
		off = se.Offset
	}
	if err == io.EOF || err == io.ErrUnexpectedEOF {
		off = int64(len(data))
		err = fmt.Errorf("unexpected end of file (truncated?)")
	}
	l := newLineIndex(data)
	line := l.lineAt(off)
	col := off - l.starts[line-1] + 1
	return spend.Errorf(spend.Invalid, "%s:%d:%d: invalid JSON: %v", file, line, col, err)
}

// rows returns a RowReader over the records, with fields in header order.
func (doc *jsonDoc) rows(header []string) store.RowReader {
	return &jsonRows{doc: doc, header: header}
}

type jsonRows struct {
	doc    *jsonDoc
	header []string
	i      int
}

func (r *jsonRows) Next() (store.Row, error) {
	if r.i >= len(r.doc.records) {
		return store.Row{}, io.EOF
	}
	rec := r.doc.records[r.i]
	r.i++
	row := store.Row{Record: int64(r.i), Line: rec.line}
	if rec.obj == nil {
		row.Err = &spend.RowError{File: r.doc.file, Record: row.Record, Line: rec.line, Reason: "expected a JSON object, found " + rec.kind}
		return row, nil
	}
	row.Fields = make([]string, len(r.header))
	for i, h := range r.header {
		v, ok := rec.obj[h]
		if !ok || v == nil {
			continue
		}
		switch v := v.(type) {
		case string:
			row.Fields[i] = v
		case json.Number:
			row.Fields[i] = v.String()
		case bool:
			row.Fields[i] = fmt.Sprint(v)
		default:
			row.Fields = nil
			row.Err = &spend.RowError{File: r.doc.file, Record: row.Record, Line: rec.line, Column: int64(i + 1), Field: h,
				Reason: "expected a string or a number, found " + jsonType(v)}
			return row, nil
		}
	}
	return row, nil
}

func jsonType(v any) string {
	switch v.(type) {
	case map[string]any:
		return "an object"
	case []any:
		return "an array"
	case string:
		return "a string"
	case json.Number:
		return "a number"
	case bool:
		return "a boolean"
	case nil:
		return "null"
	}
	return fmt.Sprintf("%T", v)
}

// skipSep returns the offset of the first byte at or after off that is
// not white space or a comma: where a JSON array element starts.
func skipSep(data []byte, off int64) int64 {
	for off < int64(len(data)) && strings.IndexByte(" \t\r\n,", data[off]) >= 0 {
		off++
	}
	return off
}

// lineIndex maps byte offsets to 1-based line numbers.
type lineIndex struct{ starts []int64 }

func newLineIndex(data []byte) *lineIndex {
	l := &lineIndex{starts: []int64{0}}
	for i, b := range data {
		if b == '\n' {
			l.starts = append(l.starts, int64(i+1))
		}
	}
	return l
}

func (l *lineIndex) lineAt(off int64) int64 {
	return int64(sort.Search(len(l.starts), func(i int) bool { return l.starts[i] > off }))
}
