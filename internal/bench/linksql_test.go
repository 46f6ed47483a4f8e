package bench

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"fmt"
	"github.com/probity-dev/probity/internal/sharedtest"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/duckdb/duckdb-go/v2"

	"github.com/probity-dev/probity/internal/link"
	"github.com/probity-dev/probity/internal/store"
)

// BenchmarkLinkGoVsDuckDB scores the same pairs with the same trained
// FEBRL4 model twice, in one run, each on one core: with the Go scorer,
// and as Splink-style DuckDB SQL (link.SQL: a CASE per comparison level,
// the metric repeated in each level's test). The pairs are the blocked
// FEBRL4 candidates plus every pair of the first 1,000 × 1,000 records, so
// that DuckDB's start-up cost does not dominate. It checks that both give
// the same levels and weights (hence the same F1) and reports pairs per
// second for each and the ratio.
//
//	go test -run '^$' -bench LinkGoVsDuckDB -benchtime 1x ./internal/bench
func BenchmarkLinkGoVsDuckDB(b *testing.B) {
	ctx := context.Background()
	dir := shared(b)
	var tables []*link.Table
	for _, f := range []string{"dataset4a.csv", "dataset4b.csv"} {
		fh, err := os.Open(filepath.Join(dir, "linkage-data", "febrl", f))
		if err != nil {
			b.Fatal(err)
		}
		t, err := link.ReadCSV(fh, f, link.CSVOptions{IDColumn: "rec_id"})
		fh.Close()
		if err != nil {
			b.Fatal(err)
		}
		tables = append(tables, t)
	}
	mf, err := os.Open("../link/testdata/trained/febrl4.json")
	if err != nil {
		b.Fatal(err)
	}
	m, err := link.ReadModel(mf)
	mf.Close()
	if err != nil {
		b.Fatal(err)
	}
	d, err := link.Prepare(m, tables...)
	if err != nil {
		b.Fatal(err)
	}
	s, err := link.NewScorer(d)
	if err != nil {
		b.Fatal(err)
	}
	// The pairs: blocked candidates, then a 1,000 × 1,000 block.
	var pairs [][2]int32
	if _, err := s.Score(ctx, link.ScoreOptions{MinWeight: math.Inf(-1), Workers: 1}, func(ps []link.Pair) error {
		for _, p := range ps {
			pairs = append(pairs, [2]int32{p.A, p.B})
		}
		return nil
	}); err != nil {
		b.Fatal(err)
	}
	blocked := len(pairs)
	for a := int32(0); a < 1000; a++ {
		for c := int32(0); c < 1000; c++ {
			pairs = append(pairs, [2]int32{a, c})
		}
	}

	st, err := store.Open(ctx, ":memory:", store.Options{Threads: 1})
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	db := st.DB()
	conn, err := db.Conn(ctx)
	if err != nil {
		b.Fatal(err)
	}
	defer conn.Close()
	for side, name := range []string{"l", "r"} {
		cols, rows := d.PreparedTable(side)
		var defs []string
		for _, c := range cols {
			defs = append(defs, fmt.Sprintf("%q %s", c, preparedType(c)))
		}
		if _, err := conn.ExecContext(ctx, fmt.Sprintf("CREATE TABLE %s (%s)", name, strings.Join(defs, ", "))); err != nil {
			b.Fatal(err)
		}
		appendRows(b, conn, name, len(rows), func(i int) []driver.Value {
			vals := make([]driver.Value, len(cols))
			for j, c := range cols {
				vals[j] = preparedValue(c, rows[i][j])
			}
			return vals
		})
	}
	if _, err := conn.ExecContext(ctx, "CREATE TABLE pairs (a INTEGER, b INTEGER)"); err != nil {
		b.Fatal(err)
	}
	appendRows(b, conn, "pairs", len(pairs), func(i int) []driver.Value { return []driver.Value{pairs[i][0], pairs[i][1]} })
	q, err := link.SQL(m)
	if err != nil {
		b.Fatal(err)
	}

	// Same levels and weights on a sample (the blocked pairs and every
	// 97th pair of the block): the SQL and Go agree, so F1 is equal.
	goF1, sqlF1 := check(b, conn, q, s, pairs, blocked)

	runtime.GC()
	b.ResetTimer()
	var goTime, sqlTime time.Duration
	for i := 0; i < b.N; i++ {
		t := time.Now()
		var sum float64
		for _, p := range pairs {
			sum += s.ScorePair(int(p[0]), int(p[1])).Weight
		}
		goTime += time.Since(t)
		t = time.Now()
		var n int64
		var sqlSum float64
		if err := conn.QueryRowContext(ctx, "SELECT count(*), sum(match_weight) FROM ("+q+")").Scan(&n, &sqlSum); err != nil {
			b.Fatal(err)
		}
		sqlTime += time.Since(t)
		if n != int64(len(pairs)) || math.Abs(sum-sqlSum) > 1e-5*math.Abs(sum) { // partial dates differ slightly (see check)
			b.Fatalf("Go scored %d pairs to a total weight %.6f, DuckDB %d to %.6f", len(pairs), sum, n, sqlSum)
		}
	}
	total := float64(len(pairs) * b.N)
	b.ReportMetric(total/goTime.Seconds(), "go-pairs/s")
	b.ReportMetric(total/sqlTime.Seconds(), "duckdb-pairs/s")
	b.ReportMetric(sqlTime.Seconds()/goTime.Seconds(), "go-speedup")
	b.ReportMetric(float64(len(pairs)), "pairs")
	b.ReportMetric(goF1, "go-best-F1")
	b.ReportMetric(sqlF1, "duckdb-best-F1")
}

// check compares the levels and weights DuckDB gives a sample of the
// pairs (every blocked pair and every 97th of the block) with the Go
// scorer's. They must agree except where a date is partial (day or month
// unknown, "19840025"): the Go scorer compares partial dates, the SQL
// rendering has full dates only (see link.SQL). It returns the best F1
// each gives on the blocked FEBRL4 pairs.
func check(b *testing.B, conn *sql.Conn, q string, s *link.Scorer, pairs [][2]int32, blocked int) (goF1, sqlF1 float64) {
	ctx := context.Background()
	d := s.Data()
	nc := len(d.Model.Comparisons)
	rows, err := conn.QueryContext(ctx, "SELECT * FROM ("+q+") WHERE a * 100000 + b IN (SELECT a * 100000 + b FROM pairs WHERE rowid < ? OR rowid % 97 = 0)", blocked)
	if err != nil {
		b.Fatal(err)
	}
	defer rows.Close()
	inBlock := map[[2]int32]bool{}
	for _, p := range pairs[:blocked] {
		inBlock[p] = true
	}
	var goScores, sqlScores []scored
	n, bad, partial := 0, 0, 0
	for rows.Next() {
		var a, c int32
		gam := make([]int, nc)
		var w float64
		dst := []any{&a, &c}
		for i := range gam {
			dst = append(dst, &gam[i])
		}
		dst = append(dst, &w)
		if err := rows.Scan(dst...); err != nil {
			b.Fatal(err)
		}
		p := s.ScorePair(int(a), int(c))
		differ := math.Abs(w-p.Weight) > 1e-9
		for i := range gam {
			if gam[i] != p.Level(i) {
				differ = true
				cmp := d.Model.Comparisons[i]
				if !partialDate(d, cmp.Field, int(a), int(c)) {
					bad++
					b.Logf("pair %d,%d %s: DuckDB level %d, Go %d", a, c, cmp.Name, gam[i], p.Level(i))
				}
			}
		}
		if differ {
			partial++
		}
		if inBlock[[2]int32{a, c}] {
			delete(inBlock, [2]int32{a, c}) // a pair in the block and the sample comes back twice

			match := febrlID(d.RecordID(0, int(a))) == febrlID(d.RecordID(1, int(c)))
			goScores = append(goScores, scored{p.Weight, match})
			sqlScores = append(sqlScores, scored{w, match})
		}
		n++
	}
	if err := rows.Err(); err != nil {
		b.Fatal(err)
	}
	if bad > 0 || n < blocked {
		b.Fatalf("DuckDB and Go disagree on %d of %d sampled pairs (beyond partial dates)", bad, n)
	}
	b.Logf("%d sampled pairs agree; %d differ only through a partial date", n, partial)
	return bestF1(goScores, 5000), bestF1(sqlScores, 5000)
}

type scored struct {
	w     float64
	match bool
}

// bestF1 is the best F1 over thresholds, with total true pairs.
func bestF1(xs []scored, total int) float64 {
	sort.Slice(xs, func(i, j int) bool { return xs[i].w > xs[j].w })
	best, tp := 0.0, 0
	for i, x := range xs {
		if x.match {
			tp++
		}
		if i+1 < len(xs) && xs[i+1].w == x.w {
			continue
		}
		p, r := float64(tp)/float64(i+1), float64(tp)/float64(total)
		if p+r > 0 {
			best = math.Max(best, 2*p*r/(p+r))
		}
	}
	return best
}

func febrlID(id string) string {
	parts := strings.Split(id, "-")
	if len(parts) < 2 {
		return id
	}
	return parts[1]
}

// partialDate reports whether either side's value of field is a date with
// an unknown day or month.
func partialDate(d *link.Data, field string, a, c int) bool {
	for side, i := range []int{a, c} {
		v, ok := d.Prepared(field, side, i)
		if ok && len(v) == 8 && (v[4:6] == "00" || v[6:8] == "00") {
			return true
		}
	}
	return false
}

func preparedType(c string) string {
	switch {
	case c == "rid":
		return "INTEGER"
	case strings.HasSuffix(c, "__date"):
		return "DATE"
	case strings.HasSuffix(c, "__num"), strings.HasSuffix(c, "__tf"):
		return "DOUBLE"
	}
	return "VARCHAR"
}

func preparedValue(c, v string) driver.Value {
	if v == "" && c != "rid" {
		return nil
	}
	switch preparedType(c) {
	case "INTEGER":
		n, _ := strconv.Atoi(v)
		return int32(n)
	case "DATE":
		t, err := time.Parse("2006-01-02", v)
		if err != nil {
			return nil
		}
		return t
	case "DOUBLE":
		f, err := strconv.ParseFloat(v, 64)
		if err != nil {
			return nil
		}
		return f
	}
	return v
}

func appendRows(b *testing.B, conn *sql.Conn, table string, n int, row func(int) []driver.Value) {
	err := conn.Raw(func(dc any) error {
		a, err := duckdb.NewAppenderFromConn(dc.(driver.Conn), "", table)
		if err != nil {
			return err
		}
		for i := 0; i < n; i++ {
			if err := a.AppendRow(row(i)...); err != nil {
				a.Close()
				return err
			}
		}
		return a.Close()
	})
	if err != nil {
		b.Fatalf("load %s: %v", table, err)
	}
}

// shared returns the shared data beside the repository (see sharedtest).
func shared(b testing.TB) string { return sharedtest.Dir(b) }
