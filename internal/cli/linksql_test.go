package cli

import (
	"context"
	"encoding/csv"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/probity-dev/probity/internal/link"
	"github.com/probity-dev/probity/internal/store"
)

// TestLinkSQLMatchesGo runs the SQL rendering of the trained FEBRL4 model
// (link.SQL, Splink style) in DuckDB on the same blocked pairs as the Go
// scorer and checks that both give every pair the same levels and match
// weight. The two timings are logged, not asserted.
func TestLinkSQLMatchesGo(t *testing.T) {
	ctx := context.Background()
	data := linkSharedData(t)
	var tables []*link.Table
	for _, f := range []string{"dataset4a.csv", "dataset4b.csv"} {
		tb, err := readLinkTable(ctx, filepath.Join(data, "febrl", f), "rec_id", false, nil)
		if err != nil {
			t.Fatal(err)
		}
		tables = append(tables, tb)
	}
	m, err := readModelFile("../link/testdata/trained/febrl4.json")
	if err != nil {
		t.Fatal(err)
	}
	d, err := link.Prepare(m, tables...)
	if err != nil {
		t.Fatal(err)
	}
	s, err := link.NewScorer(d)
	if err != nil {
		t.Fatal(err)
	}
	var pairs []link.Pair
	start := time.Now()
	if _, err := s.Score(ctx, link.ScoreOptions{MinWeight: math.Inf(-1), Workers: 1}, func(ps []link.Pair) error {
		pairs = append(pairs, ps...)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	goTime := time.Since(start)

	dir := t.TempDir()
	writeCSV := func(name string, cols []string, rows [][]string) string {
		p := filepath.Join(dir, name)
		f, err := os.Create(p)
		if err != nil {
			t.Fatal(err)
		}
		w := csv.NewWriter(f)
		w.Write(cols)
		w.WriteAll(rows)
		if err := f.Close(); err != nil {
			t.Fatal(err)
		}
		return p
	}
	st, err := store.Open(ctx, ":memory:", store.Options{Threads: 1})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	db := st.DB()
	for side, name := range []string{"l", "r"} {
		cols, rows := d.PreparedTable(side)
		path := writeCSV(name+".csv", cols, rows)
		var sel []string
		for _, c := range cols {
			typ := "VARCHAR"
			switch {
			case c == "rid":
				typ = "INTEGER"
			case strings.HasSuffix(c, "__date"):
				typ = "DATE"
			case strings.HasSuffix(c, "__num"), strings.HasSuffix(c, "__tf"):
				typ = "DOUBLE"
			}
			sel = append(sel, fmt.Sprintf(`CAST("%s" AS %s) AS "%s"`, c, typ, c))
		}
		q := fmt.Sprintf(`CREATE TABLE %s AS SELECT %s FROM read_csv('%s', all_varchar = true, header = true)`, name, strings.Join(sel, ", "), path)
		if _, err := db.ExecContext(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	var prows [][]string
	for _, p := range pairs {
		prows = append(prows, []string{fmt.Sprint(p.A), fmt.Sprint(p.B)})
	}
	pp := writeCSV("pairs.csv", []string{"a", "b"}, prows)
	if _, err := db.ExecContext(ctx, fmt.Sprintf(`CREATE TABLE pairs AS SELECT CAST(a AS INTEGER) AS a, CAST(b AS INTEGER) AS b FROM read_csv('%s', header = true)`, pp)); err != nil {
		t.Fatal(err)
	}
	q, err := link.SQL(m)
	if err != nil {
		t.Fatal(err)
	}
	start = time.Now()
	rows, err := db.QueryContext(ctx, "SELECT * FROM ("+q+") ORDER BY a, b")
	if err != nil {
		t.Fatalf("%v\n%s", err, q)
	}
	defer rows.Close()
	type res struct {
		gam []int
		w   float64
	}
	got := map[[2]int32]res{}
	nc := len(m.Comparisons)
	for rows.Next() {
		var a, b int32
		r := res{gam: make([]int, nc)}
		dst := []any{&a, &b}
		for c := range r.gam {
			dst = append(dst, &r.gam[c])
		}
		dst = append(dst, &r.w)
		if err := rows.Scan(dst...); err != nil {
			t.Fatal(err)
		}
		got[[2]int32{a, b}] = r
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	sqlTime := time.Since(start)
	t.Logf("%d pairs: Go scorer %v (1 worker), DuckDB SQL %v (1 thread, including result transfer)", len(pairs), goTime, sqlTime)
	if len(got) != len(pairs) {
		t.Fatalf("SQL returned %d pairs, Go scored %d", len(got), len(pairs))
	}
	bad := 0
	for _, p := range pairs {
		r := got[[2]int32{p.A, p.B}]
		for c := 0; c < nc; c++ {
			if r.gam[c] != p.Level(c) && bad < 10 {
				bad++
				t.Errorf("pair %s|%s comparison %s: SQL level %d, Go %d", d.RecordID(0, int(p.A)), d.RecordID(1, int(p.B)), m.Comparisons[c].Name, r.gam[c], p.Level(c))
			}
		}
		if math.Abs(r.w-p.Weight) > 1e-9 && bad < 10 {
			bad++
			t.Errorf("pair %s|%s: SQL weight %.9f, Go %.9f", d.RecordID(0, int(p.A)), d.RecordID(1, int(p.B)), r.w, p.Weight)
		}
	}
}
