package link

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
)

// ReadModel decodes a model file (JSON, see testdata/model_febrl4.json),
// rejecting unknown keys, and normalises it. The model need not be
// trained.
func ReadModel(r io.Reader) (*Model, error) {
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	var m Model
	if err := dec.Decode(&m); err != nil {
		return nil, fmt.Errorf("decode model: %w", err)
	}
	if dec.More() {
		return nil, fmt.Errorf("decode model: data after the model object")
	}
	if err := m.Normalise(); err != nil {
		return nil, fmt.Errorf("model: %w", err)
	}
	return &m, nil
}

// WriteModel encodes the model as indented JSON, one level per line so
// that a person can read and edit the m and u values.
func WriteModel(w io.Writer, m *Model) error {
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return fmt.Errorf("encode model: %w", err)
	}
	for { // innermost objects first: a level holding a tf object takes two passes
		c := compactLevels(b)
		if bytes.Equal(c, b) {
			break
		}
		b = c
	}
	b = append(b, '\n')
	_, err = w.Write(b)
	return err
}

// compactLevels rewrites each level object, and each array of short
// strings, of an indented JSON document on one line.
func compactLevels(b []byte) []byte {
	var out bytes.Buffer
	lines := bytes.Split(b, []byte("\n"))
	for i := 0; i < len(lines); i++ {
		t := bytes.TrimSpace(lines[i])
		if len(t) > 0 && (t[len(t)-1] == '{' || t[len(t)-1] == '[') && i+1 < len(lines) {
			// Join up to the matching close if it is short and flat.
			closer := []byte("}")
			if t[len(t)-1] == '[' {
				closer = []byte("]")
			}
			var parts [][]byte
			j := i + 1
			flat := true
			for ; j < len(lines); j++ {
				u := bytes.TrimSpace(lines[j])
				if bytes.HasPrefix(u, closer) {
					break
				}
				if bytes.ContainsAny(u[len(u)-1:], "{[") {
					flat = false
					break
				}
				parts = append(parts, u)
			}
			if flat && j < len(lines) && len(parts) > 0 {
				indent := lines[i][:len(lines[i])-len(bytes.TrimLeft(lines[i], " "))]
				end := bytes.TrimSpace(lines[j])
				one := append(append([]byte{}, t...), bytes.Join(parts, []byte(" "))...)
				one = append(one, end...)
				if len(one) < 160 {
					out.Write(indent)
					out.Write(one)
					out.WriteByte('\n')
					i = j
					continue
				}
			}
		}
		out.Write(lines[i])
		if i < len(lines)-1 {
			out.WriteByte('\n')
		}
	}
	return bytes.TrimRight(out.Bytes(), "\n")
}
