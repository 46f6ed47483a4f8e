package link

import "testing"

func TestPrepareFields(t *testing.T) {
	m := modelOf(t, `{"link_type": "dedupe",
		"fields": [
			{"name": "addr", "columns": ["street", "zip"], "normalise": "address"},
			{"name": "given", "column": "first", "normalise": "given_name"},
			{"name": "ssn", "normalise": "ssn"}],
		"comparisons": [{"field": "addr", "template": "exact"}, {"field": "given", "template": "exact"}, {"field": "ssn", "template": "exact"}],
		"blocking": [{"on": ["addr"]}]}`)
	tb := tableOf(t, "t", "id,street,zip,first,ssn",
		"1,157 Mack Road,32272,Bob,123-45-6789",
		"2,157 MACK RD,32272,robert,000-12-3456",
		"3,,,, ")
	d := prepare(t, m, tb)
	for _, c := range []struct {
		field string
		row   int
		want  string
	}{
		{"addr", 0, "157 mack rd 32272"}, {"addr", 1, "157 mack rd 32272"}, {"addr", 2, ""},
		{"given", 0, "robert"}, {"given", 1, "robert"},
		{"ssn", 0, "123456789"}, {"ssn", 1, ""}, // area 000 is never issued
	} {
		if got, _ := d.Prepared(c.field, 0, c.row); got != c.want {
			t.Errorf("%s row %d: %q, want %q", c.field, c.row, got, c.want)
		}
	}
	if tf := d.TermFrequency("addr", "157 mack rd 32272"); tf != 1 {
		t.Errorf("term frequency %v, want 1 (both non-null records)", tf)
	}
	d.DropRaw("zip")
	if got := d.Tables[0].Columns; len(got) != 2 || got[0] != "id" || got[1] != "zip" {
		t.Errorf("columns after DropRaw: %v", got)
	}
	if d.RecordID(0, 1) != "2" || d.Tables[1].Value(0, 1) != "32272" {
		t.Errorf("ids or kept column lost: %+v", d.Tables[0])
	}
	if got, _ := d.Prepared("addr", 0, 0); got != "157 mack rd 32272" {
		t.Errorf("prepared value after DropRaw: %q", got)
	}
	if _, err := Prepare(m, tb, tb); err == nil {
		t.Error("two tables for a dedupe model: no error")
	}
}
