package store

import (
	"context"
	"errors"
	"io"
	"path/filepath"
	"testing"
	"time"

	"github.com/probity-dev/probity/internal/spend"
)

// openTest opens a fresh database file in a temporary directory.
func openTest(t testing.TB) *Store {
	t.Helper()
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "probity.db"), Options{Threads: 2})
	if err != nil {
		t.Fatal(err)
	}
	s.Now = func() time.Time { return time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC) }
	t.Cleanup(func() { s.Close() })
	return s
}

type sliceRows struct {
	rows []Row
	i    int
}

func (r *sliceRows) Next() (Row, error) {
	if r.i >= len(r.rows) {
		return Row{}, io.EOF
	}
	r.i++
	return r.rows[r.i-1], nil
}

// testPlan loads a three-column claims file: piid, savings, date.
func testPlan(sha string) *Plan {
	return &Plan{
		Source: spend.Source{Name: "t.csv", SHA256: sha, Format: "test", Snapshot: spend.NewDate(2025, 2, 18), Bytes: 10},
		Kind:   spend.Contract,
		Header: []string{"piid", "savings", "date"},
		Targets: []Target{{Table: "claims", When: -1, Columns: []Column{
			{Name: "kind", Field: -1, Const: "contract"},
			{Name: "piid", Field: 0, Kind: spend.Ident},
			{Name: "savings_cents", Field: 1, Kind: spend.Amount},
			{Name: "claim_date", Field: 2, Kind: spend.DayOrNote},
			{Name: "date_note", Field: 2, Kind: spend.DayOrNote, Note: true},
		}}},
	}
}

func TestOpenMigrates(t *testing.T) {
	s := openTest(t)
	v, err := s.Version(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if v < 1 {
		t.Fatalf("Version = %d, want >= 1", v)
	}
	var auto string
	if err := s.db.QueryRow(`SELECT current_setting('autoinstall_known_extensions')::VARCHAR || current_setting('autoload_known_extensions')::VARCHAR`).Scan(&auto); err != nil {
		t.Fatal(err)
	}
	if auto != "falsefalse" {
		t.Fatalf("extension auto-install/auto-load = %q, want both false", auto)
	}
}

func TestLoadRows(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	rows := &sliceRows{rows: []Row{
		{Record: 1, Line: 2, Fields: []string{" A1 ", "21382.0", "2/5/2025"}},
		{Record: 2, Line: 3, Fields: []string{"A2", "n/a", "2/5/2025"}},
		{Record: 3, Line: 4, Fields: []string{"A3", "5", "Termination in progress"}},
		{Record: 4, Line: 5, Err: &spend.RowError{Reason: "expected 3 fields, found 2"}},
		{Record: 5, Line: 6, Fields: []string{"A5", "1", "2/30/2025"}},
	}}
	src, err := s.LoadRows(ctx, testPlan("abc"), rows)
	if err != nil {
		t.Fatal(err)
	}
	if src.Read != 5 || src.Loaded != 2 || src.Quarantined != 3 {
		t.Fatalf("counts = %d/%d/%d, want 5/2/3", src.Read, src.Loaded, src.Quarantined)
	}
	q, err := s.Quarantine(ctx, QuarantineFilter{})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"t.csv:3:2: savings: not a dollar amount",
		"t.csv:5: expected 3 fields, found 2",
		"t.csv:6:3: date: impossible date",
	}
	if len(q) != len(want) {
		t.Fatalf("quarantine = %v", q)
	}
	for i := range want {
		if got := q[i].Error(); got != want[i] {
			t.Errorf("quarantine[%d] = %q, want %q", i, got, want[i])
		}
	}
	claims, err := s.Claims(ctx, ClaimFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(claims) != 2 || claims[0].PIID != "A1" || claims[0].Savings != spend.Known(2138200) ||
		claims[0].Date != spend.NewDate(2025, 2, 5) || claims[1].DateNote != "Termination in progress" || !claims[1].Date.IsZero() {
		t.Fatalf("claims = %+v", claims)
	}
	if claims[0].Origin != (spend.Origin{SourceID: src.ID, Record: 1, Line: 2}) {
		t.Fatalf("origin = %+v", claims[0].Origin)
	}

	// The same file again changes nothing.
	again, err := s.LoadRows(ctx, testPlan("abc"), &sliceRows{rows: rows.rows})
	if !errors.Is(err, ErrDuplicate) || again.ID != src.ID {
		t.Fatalf("second load: %v, %+v", err, again)
	}
	srcs, _ := s.Sources(ctx)
	if len(srcs) != 1 {
		t.Fatalf("sources = %d, want 1", len(srcs))
	}
}

type failingRows struct{ n int }

func (r *failingRows) Next() (Row, error) {
	r.n++
	if r.n > 3 {
		return Row{}, errors.New("disk on fire")
	}
	return Row{Record: int64(r.n), Line: int64(r.n + 1), Fields: []string{"X", "1", "1/1/2025"}}, nil
}

func TestLoadRowsAtomic(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	if _, err := s.LoadRows(ctx, testPlan("good"), &sliceRows{rows: []Row{{Record: 1, Line: 2, Fields: []string{"A", "1", ""}}}}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.LoadRows(ctx, testPlan("bad"), &failingRows{}); err == nil {
		t.Fatal("load with a failing reader succeeded")
	}
	n := count(t, s, "claims")
	if n != 1 {
		t.Fatalf("claims after failed load = %d, want 1", n)
	}
	if n := count(t, s, "sources"); n != 1 {
		t.Fatalf("sources after failed load = %d, want 1", n)
	}
	if n := count(t, s, "quarantine"); n != 0 {
		t.Fatalf("quarantine after failed load = %d, want 0", n)
	}
}

func count(t *testing.T, s *Store, table string) int {
	t.Helper()
	var n int
	if err := s.db.QueryRow(`SELECT count(*) FROM ` + table).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}
