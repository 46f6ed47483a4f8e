package store

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/probity-dev/probity/internal/spend"
)

// fieldCorpus holds values that probe every branch of the field grammars.
var fieldCorpus = []string{
	"", " ", "\t", "0", "0.0", "-0", "21382.0", "237518.75", "-335885.12", "1,234.56", "$1,234.56", "-$20",
	"1.", ".5", "1e6", "NaN", "1,23", "1234,567", ",123", "--5", "+5", "$-5", "(5)", "1.234", "1.2345", "21382.000",
	"9999999999999999", "90000000000000", "90000000000000.01", "-90000000000000.01", "0000000000000000001", "3,076", "3.076",
	"2/5/2025", "02/05/2025", "12/31/2024", "2025-02-05", "2025-03-11-0948", "2025-03-11-2460", " 1/28/2025 ", "2/29/2024",
	"2/29/2025", "2/30/2025", "13/1/2025", "0/1/2025", "4/31/2025", "2025-02-30", "1/1/1850", "0001-01-01", "1/22/25",
	"1/22/45", "1/22/44", "12/31/99", "1/1/00", "2025/02/05", "1/2/3/4", "1/22/202", "2025-02-05T10:00", "+1/2/2025",
	"2025-2-5", "06/22/2207", "Termination in progress", "1/31/2025 (contract expired)", "x", "9", "１２", "1 000",
	"\n5\n", "5\v", "a\r\nb", "\r\n", " x\r\n\r\ny ", "2025-13-01", "2100-12-31", "2101-01-01", "1900-01-01", "1899-12-31",
}

func mutate(r *rand.Rand, s string) string {
	const alphabet = "0123456789/-.,$ eT(x"
	b := []byte(s)
	switch r.IntN(4) {
	case 0:
		if len(b) > 0 {
			b[r.IntN(len(b))] = alphabet[r.IntN(len(alphabet))]
		}
	case 1:
		i := r.IntN(len(b) + 1)
		b = append(b[:i], append([]byte{alphabet[r.IntN(len(alphabet))]}, b[i:]...)...)
	case 2:
		if len(b) > 0 {
			i := r.IntN(len(b))
			b = append(b[:i], b[i+1:]...)
		}
	case 3:
		b = []byte(fmt.Sprintf("%d/%d/%d", r.IntN(14), r.IntN(33), 1890+r.IntN(220)))
	}
	return string(b)
}

// TestSQLMatchesGo checks that the bulk loader's SQL reads every value
// exactly as spend.ParseField does: same value, same reason for refusal.
func TestSQLMatchesGo(t *testing.T) {
	s := openTest(t)
	r := rand.New(rand.NewPCG(1, 2))
	inputs := append([]string{}, fieldCorpus...)
	for len(inputs) < 3000 {
		// DuckDB's reader never stages invalid UTF-8 (it rejects the row).
		if m := mutate(r, fieldCorpus[r.IntN(len(fieldCorpus))]); utf8.ValidString(m) {
			inputs = append(inputs, m)
		}
	}
	for _, ref := range []spend.Date{spend.NewDate(2025, 2, 18), {}} {
		for _, k := range []spend.FieldKind{spend.Text, spend.Ident, spend.Amount, spend.Day, spend.DayOrNote, spend.Count} {
			checkKind(t, s.db, k, ref, inputs)
		}
	}
}

// checkKind runs inputs through the SQL for kind k and compares every
// result with spend.ParseField: the error text for every input, and the
// value for every accepted input, both through the general expression and
// through the one specialised for that input's facts.
func checkKind(t *testing.T, db *sql.DB, k spend.FieldKind, ref spend.Date, inputs []string) {
	t.Helper()
	ctx := context.Background()
	if _, err := db.ExecContext(ctx, `CREATE OR REPLACE TEMP TABLE probe (i BIGINT, c0 VARCHAR)`); err != nil {
		t.Fatal(err)
	}
	var vals []string
	for i, in := range inputs {
		vals = append(vals, fmt.Sprintf("(%d, %s)", i, quoteString(in)))
	}
	// DuckDB's CSV reader reads empty fields as NULL; probe that too.
	vals = append(vals, "(-1, NULL)")
	if _, err := db.ExecContext(ctx, `INSERT INTO probe VALUES `+strings.Join(vals, ", ")); err != nil {
		t.Fatal(err)
	}
	input := func(i int64) string {
		if i < 0 {
			return ""
		}
		return inputs[i]
	}
	fails := 0
	fail := func(format string, args ...any) {
		t.Helper()
		t.Errorf(format, args...)
		if fails++; fails > 20 {
			t.Fatal("too many differences")
		}
	}
	// Errors, and values through the general expressions.
	q := fmt.Sprintf(`SELECT i, %[1]s, CASE WHEN %[1]s IS NULL THEN %[2]s END, %[3]s FROM probe ORDER BY i`,
		sqlError(k, "c0", ref.Y), sqlValue(k, "c0", AnyFacts, ref.Y), sqlNote("c0", sqlTrim("c0")))
	rows, err := db.QueryContext(ctx, q)
	if err != nil {
		t.Fatalf("%s: %v", k, err)
	}
	groups := map[Facts][]int64{}
	for rows.Next() {
		var i int64
		var sqlErr sql.NullString
		var v, note any
		if err := rows.Scan(&i, &sqlErr, &v, &note); err != nil {
			t.Fatal(err)
		}
		in := input(i)
		gv, gerr := spend.ParseField(k, in, ref)
		want := ""
		if gerr != nil {
			want = gerr.Error()
		}
		if sqlErr.String != want {
			fail("%s %q (ref %v): SQL error %q, Go error %q", k, in, ref, sqlErr.String, want)
			continue
		}
		if gerr != nil {
			continue
		}
		if got, want := fmt.Sprint(normalise(v)), fmt.Sprint(normalise(sqlArg(k, gv, false))); got != want {
			fail("%s %q: SQL value %s, Go value %s", k, in, got, want)
		}
		if k == spend.DayOrNote {
			if got, want := fmt.Sprint(normalise(note)), fmt.Sprint(normalise(sqlArg(k, gv, true))); got != want {
				fail("%s %q: SQL note %s, Go note %s", k, in, got, want)
			}
		}
		var f Facts
		f.add(k, in)
		groups[f] = append(groups[f], i)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	rows.Close()
	// Values through each specialised expression, on the inputs it fits.
	for f, ids := range groups {
		var list []string
		for _, i := range ids {
			list = append(list, fmt.Sprint(i))
		}
		q := fmt.Sprintf(`SELECT i, %s FROM probe WHERE i IN (%s) ORDER BY i`, sqlValue(k, "c0", f, ref.Y), strings.Join(list, ", "))
		rows, err := db.QueryContext(ctx, q)
		if err != nil {
			t.Fatalf("%s with facts %+v: %v", k, f, err)
		}
		for rows.Next() {
			var i int64
			var v any
			if err := rows.Scan(&i, &v); err != nil {
				t.Fatal(err)
			}
			gv, _ := spend.ParseField(k, input(i), ref)
			if got, want := fmt.Sprint(normalise(v)), fmt.Sprint(normalise(sqlArg(k, gv, false))); got != want {
				fail("%s %q with facts %+v: SQL value %s, Go value %s", k, input(i), f, got, want)
			}
		}
		rows.Close()
	}
}

func normalise(v any) any {
	if t, ok := v.(time.Time); ok {
		return t.UTC().Format("2006-01-02")
	}
	return v
}

// FuzzSQLMatchesGo runs the differential check on fuzzed single values.
func FuzzSQLMatchesGo(f *testing.F) {
	for _, s := range fieldCorpus {
		f.Add(s)
	}
	st := openTest(f)
	ref := spend.NewDate(2025, 2, 18)
	f.Fuzz(func(t *testing.T, in string) {
		if !utf8.ValidString(in) || strings.ContainsRune(in, 0) {
			return
		}
		for _, k := range []spend.FieldKind{spend.Amount, spend.Day, spend.DayOrNote, spend.Count} {
			checkKind(t, st.db, k, ref, []string{in})
		}
	})
}

// TestTypedReaderMatchesGo checks that DuckDB's CSV reader, reading a
// field typed as readerTypes decides, gives every value Go accepts (and
// whose facts allow typing) exactly the value spend.ParseField gives.
func TestTypedReaderMatchesGo(t *testing.T) {
	s := openTest(t)
	r := rand.New(rand.NewPCG(5, 6))
	inputs := append([]string{}, fieldCorpus...)
	for len(inputs) < 4000 {
		if m := mutate(r, fieldCorpus[r.IntN(len(fieldCorpus))]); utf8.ValidString(m) {
			inputs = append(inputs, m)
		}
	}
	ref := spend.NewDate(2025, 2, 18)
	for _, k := range []spend.FieldKind{spend.Amount, spend.Count, spend.Day} {
		for _, dateFormat := range []string{"", "%m/%d/%Y"} {
			// The values a typed read would meet: accepted by Go, with
			// facts that make readerTypes type the field.
			p := &Plan{Source: spend.Source{Name: "t", Snapshot: ref}, Header: []string{"v"},
				Targets: []Target{{Table: "claims", When: -1, Columns: []Column{{Name: "x", Field: 0, Kind: k}}}}}
			var vals []string
			for _, in := range inputs {
				if _, err := spend.ParseField(k, in, ref); err != nil || strings.ContainsAny(in, "\"\n\r") {
					continue
				}
				var f Facts
				f.add(k, in)
				types, df := readerTypes(p, []Facts{f})
				if types[0] != "VARCHAR" && (df == dateFormat || k != spend.Day) && in != "" {
					vals = append(vals, in)
				}
			}
			if len(vals) == 0 {
				continue
			}
			var f Facts
			for _, v := range vals {
				f.add(k, v)
			}
			types, _ := readerTypes(p, []Facts{f})
			if types[0] == "VARCHAR" {
				continue
			}
			path := filepath.Join(t.TempDir(), "v.csv")
			body := "v\n" + strings.Join(vals, "\n") + "\n"
			if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
				t.Fatal(err)
			}
			opts := ""
			if dateFormat != "" && k == spend.Day {
				opts = fmt.Sprintf(", dateformat = '%s'", dateFormat)
			}
			q := fmt.Sprintf(`SELECT %s FROM read_csv(%s, header = true, auto_detect = false, strict_mode = true, columns = {'c0': '%s'}%s)`,
				typedValue(k, "c0", types[0]), quoteString(path), types[0], opts)
			rows, err := s.db.Query(q)
			if err != nil {
				t.Fatalf("%s typed %s: %v", k, types[0], err)
			}
			i := 0
			for rows.Next() {
				var v any
				if err := rows.Scan(&v); err != nil {
					t.Fatal(err)
				}
				gv, _ := spend.ParseField(k, vals[i], ref)
				if got, want := fmt.Sprint(normalise(v)), fmt.Sprint(normalise(sqlArg(k, gv, false))); got != want {
					t.Errorf("%s %q read as %s: DuckDB %s, Go %s", k, vals[i], types[0], got, want)
				}
				i++
			}
			rows.Close()
			if i != len(vals) {
				t.Fatalf("%s: DuckDB read %d of %d values", k, i, len(vals))
			}
			t.Logf("%s as %s (dateformat %q): %d values agree", k, types[0], dateFormat, len(vals))
		}
	}
}
