package strsim

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"
)

// TestAgainstDuckDB compares Jaro, Jaro–Winkler, Levenshtein and
// Damerau–Levenshtein with DuckDB 1.5.6 (jaro_similarity,
// jaro_winkler_similarity, levenshtein, damerau_levenshtein: the functions
// Splink's DuckDB backend uses) on 3,000 ASCII pairs of FEBRL4 given names,
// surnames and SSNs, half of them lightly corrupted copies. On ASCII input
// DuckDB's byte-based functions and our rune-based ones must agree
// exactly, including at level thresholds, so a model means the same in
// both engines. testdata/duckdb_ascii.tsv was written once by a scratch
// program (not in the repository) that ran those SQL functions through
// github.com/duckdb/duckdb-go/v2 v2.10506.0; strsim itself must stay free
// of cgo, so DuckDB is not imported here.
func TestAgainstDuckDB(t *testing.T) {
	f, err := os.Open("testdata/duckdb_ascii.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") {
			continue
		}
		fs := strings.Split(line, "\t")
		if len(fs) != 6 {
			t.Fatalf("bad line %q", line)
		}
		a, b := fs[0], fs[1]
		j, _ := strconv.ParseFloat(fs[2], 64)
		jw, _ := strconv.ParseFloat(fs[3], 64)
		lev, _ := strconv.Atoi(fs[4])
		dl, _ := strconv.Atoi(fs[5])
		if got := Jaro(a, b); got != j {
			t.Errorf("Jaro(%q, %q) = %.17g, DuckDB %.17g", a, b, got, j)
		}
		if got := JaroWinkler(a, b); got != jw {
			t.Errorf("JaroWinkler(%q, %q) = %.17g, DuckDB %.17g", a, b, got, jw)
		}
		if got := Levenshtein(a, b); got != lev {
			t.Errorf("Levenshtein(%q, %q) = %d, DuckDB %d", a, b, got, lev)
		}
		if got := DamerauLevenshtein(a, b); got != dl {
			t.Errorf("DamerauLevenshtein(%q, %q) = %d, DuckDB %d", a, b, got, dl)
		}
		n++
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if n != 3000 {
		t.Fatalf("read %d pairs, want 3000", n)
	}
}
