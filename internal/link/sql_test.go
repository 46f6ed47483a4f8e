package link

import (
	"strings"
	"testing"
)

func TestSQLGolden(t *testing.T) {
	m := readModelFile(t, "model_explain.json")
	for l, mu := range [][2]float64{{}, {0.85, 0.003}, {0.07, 0.002}, {0.03, 0.004}, {0.02, 0.04}, {0.03, 0.951}} {
		m.Comparisons[1].Levels[l].M, m.Comparisons[1].Levels[l].U = mu[0], mu[1]
	}
	q, err := SQL(m)
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "score.sql", []byte(q+"\n"))

	m.Comparisons[0].Levels[2] = Level{Type: OSA, Threshold: 1, M: 0.1, U: 0.1}
	if _, err := SQL(m); err == nil || !strings.Contains(err.Error(), "no DuckDB form") {
		t.Errorf("osa level: error %v", err)
	}
}

func TestPreparedTable(t *testing.T) {
	m := modelOf(t, `{"link_type": "dedupe", "fields": [{"name": "name", "normalise": "lower"}], "comparisons": [{"field": "name", "template": "exact"}, {"field": "dob", "template": "exact"}], "blocking": [{"on": ["name"]}]}`)
	tb := tableOf(t, "t", "id,name,dob", "1,Smith,19700102", "2,SMITH,", "3,,x")
	d := prepare(t, m, tb)
	cols, rows := d.PreparedTable(0)
	get := func(r int, col string) string {
		for i, c := range cols {
			if c == col {
				return rows[r][i]
			}
		}
		t.Fatalf("no column %s in %v", col, cols)
		return ""
	}
	for _, c := range []struct {
		row       int
		col, want string
	}{
		{0, "rid", "0"}, {0, "name", "smith"}, {1, "name", "smith"}, {2, "name", ""},
		{0, "name__soundex", "S530"}, {0, "name__tf", "1"}, {2, "name__tf", ""},
		{0, "dob__date", "1970-01-02"}, {0, "dob__num", "19700102"}, {2, "dob__date", ""},
	} {
		if got := get(c.row, c.col); got != c.want {
			t.Errorf("row %d %s = %q, want %q", c.row, c.col, got, c.want)
		}
	}
}
