package link

import "fmt"

// Field declares how a value is taken from a record and prepared for
// comparison and blocking. The prepared value is computed once per record
// (and its derived forms, such as phonetic codes, once per distinct value),
// never per pair.
type Field struct {
	Name      string   `json:"name"`
	Column    string   `json:"column,omitempty"`   // source column; default Name
	ColumnB   string   `json:"column_b,omitempty"` // source column in the second table of a link, if named differently
	Columns   []string `json:"columns,omitempty"`  // several columns, each normalised, joined with a space, instead of Column
	Normalise string   `json:"normalise,omitempty"`
}

func (f *Field) check() error {
	if f.Name == "" {
		return fmt.Errorf("field with no name")
	}
	if f.Column != "" && len(f.Columns) > 0 {
		return fmt.Errorf("field %s: give column or columns, not both", f.Name)
	}
	if _, ok := normalisers[f.Normalise]; !ok {
		return fmt.Errorf("field %s: unknown normaliser %q (known: %s)", f.Name, f.Normalise, normaliserNames())
	}
	return nil
}

// columns returns the source columns of the field on side s (0 or 1).
func (f *Field) columns(s int) []string {
	if len(f.Columns) > 0 {
		return f.Columns
	}
	if s == 1 && f.ColumnB != "" {
		return []string{f.ColumnB}
	}
	if f.Column != "" {
		return []string{f.Column}
	}
	return []string{f.Name}
}
