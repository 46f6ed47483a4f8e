package ingest

import (
	"context"
	"fmt"
	"github.com/probity-dev/probity/internal/sharedtest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/probity-dev/probity/internal/spend"
	"github.com/probity-dev/probity/internal/store"
)

func openStore(t testing.TB) *store.Store {
	t.Helper()
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "probity.db"), store.Options{Threads: 2})
	if err != nil {
		t.Fatal(err)
	}
	st.Now = func() time.Time { return time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC) }
	t.Cleanup(func() { st.Close() })
	return st
}

// sharedDir returns the shared data beside the repository (see sharedtest).
func sharedDir(t testing.TB) string { return sharedtest.Dir(t) }

var modes = []Mode{Bulk, Rows}

func TestBadRowsQuarantined(t *testing.T) {
	want := []string{
		"contracts_2025-04-01_bad.csv:4:4: value: not a dollar amount",
		"contracts_2025-04-01_bad.csv:6:8: deleted_date: impossible date",
		"contracts_2025-04-01_bad.csv:7: expected 9 fields, found 7",
		"contracts_2025-04-01_bad.csv:9:9: savings: more than two decimal places",
	}
	for _, mode := range modes {
		t.Run(string(mode), func(t *testing.T) {
			ctx := context.Background()
			st := openStore(t)
			res, err := File(ctx, st, "testdata/contracts_2025-04-01_bad.csv", Options{Mode: mode})
			if err != nil {
				t.Fatal(err)
			}
			if s := res.Source; s.Read != 6 || s.Loaded != 2 || s.Quarantined != 4 {
				t.Fatalf("read/loaded/quarantined = %d/%d/%d, want 6/2/4", s.Read, s.Loaded, s.Quarantined)
			}
			q, err := st.Quarantine(ctx, store.QuarantineFilter{})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range q {
				got = append(got, e.Error())
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Fatalf("quarantine (-want +got):\n%s", diff)
			}
			claims, err := st.Claims(ctx, store.ClaimFilter{})
			if err != nil {
				t.Fatal(err)
			}
			if len(claims) != 2 {
				t.Fatalf("claims = %d, want 2", len(claims))
			}
			a1, a5 := claims[0], claims[1]
			if a1.PIID != "A1" || a1.Vendor != "ACME, INC" || a1.Description != "two\nlines" || a1.Value != spend.Known(100000) ||
				a1.Savings != spend.Known(50000) || a1.Date != spend.NewDate(2025, 1, 30) || a1.Origin.Line != 2 || a1.Origin.Record != 1 {
				t.Errorf("A1 = %+v", a1)
			}
			if a5.PIID != "A5" || a5.Vendor != `E "quoted"` || a5.Origin.Line != 8 || a5.Origin.Record != 5 {
				t.Errorf("A5 = %+v", a5)
			}
		})
	}
}

func TestStrayQuoteIsQuarantinedNotRefused(t *testing.T) {
	for _, mode := range []Mode{Auto, Rows} {
		ctx := context.Background()
		st := openStore(t)
		res, err := File(ctx, st, "testdata/contracts_2025-04-01_strayquote.csv", Options{Mode: mode})
		if err != nil {
			t.Fatalf("%s: %v", mode, err)
		}
		if res.Source.Loaded != 2 || res.Source.Quarantined != 1 || res.Source.ID != 1 {
			t.Fatalf("%s: %+v", mode, res.Source)
		}
		q, _ := st.Quarantine(ctx, store.QuarantineFilter{})
		if len(q) != 1 || q[0].Line != 2 || q[0].Reason != quoteReason {
			t.Fatalf("%s: quarantine = %+v", mode, q)
		}
	}
}

func TestReingestIsNoOp(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	first, err := File(ctx, st, "testdata/contracts_2025-04-01_bad.csv", Options{})
	if err != nil {
		t.Fatal(err)
	}
	before := snapshot(t, st)
	again, err := File(ctx, st, "testdata/contracts_2025-04-01_bad.csv", Options{Mode: Rows})
	if err != nil {
		t.Fatal(err)
	}
	if !again.Duplicate || again.Source.ID != first.Source.ID {
		t.Fatalf("second ingest: duplicate=%v source=%d, want true and %d", again.Duplicate, again.Source.ID, first.Source.ID)
	}
	if diff := cmp.Diff(before, snapshot(t, st)); diff != "" {
		t.Fatalf("re-ingest changed the store:\n%s", diff)
	}
}

func TestBadFilesLeaveStoreUnchanged(t *testing.T) {
	tests := []struct {
		file string
		want string // part of the error
	}{
		{"contracts_2025-04-01_binary.csv", "not a text file"},
		{"contracts_2025-04-01_truncated.csv", "looks truncated: the quoted field opened on line 2 is never closed"},
		{"contracts_2025-04-01_unknown.csv", "not a format probity knows (columns: a, b, c)"},
		{"leases_2025-06-04_cut.json", "leases_2025-06-04_cut.json:1:83: invalid JSON: unexpected end of file"},
	}
	for _, mode := range []Mode{Auto, Rows} {
		for _, tt := range tests {
			t.Run(string(mode)+"/"+tt.file, func(t *testing.T) {
				ctx := context.Background()
				st := openStore(t)
				if _, err := File(ctx, st, "testdata/leases_2025-02-18_bom.csv", Options{}); err != nil {
					t.Fatal(err)
				}
				before := snapshot(t, st)
				_, err := File(ctx, st, filepath.Join("testdata", tt.file), Options{Mode: mode})
				if err == nil || !strings.Contains(err.Error(), tt.want) {
					t.Fatalf("err = %v, want it to contain %q", err, tt.want)
				}
				if spend.KindOf(err) != spend.Invalid {
					t.Fatalf("error kind = %s, want invalid", spend.KindOf(err))
				}
				if diff := cmp.Diff(before, snapshot(t, st)); diff != "" {
					t.Fatalf("a refused file changed the store:\n%s", diff)
				}
			})
		}
	}
}

func TestPagedJSON(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	res, err := File(ctx, st, "testdata/leases_2025-06-04_paged.json", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Format.Name != "doge-leases-api-json" || res.Source.Read != 5 || res.Source.Loaded != 2 || res.Source.Quarantined != 3 {
		t.Fatalf("result = %s %+v", res.Format.Name, res.Source)
	}
	q, _ := st.Quarantine(ctx, store.QuarantineFilter{})
	var got []string
	for _, e := range q {
		got = append(got, e.Error())
	}
	want := []string{
		"leases_2025-06-04_paged.json:3:2: location: expected a string or a number, found an array",
		"leases_2025-06-04_paged.json:4: expected a JSON object, found a number",
		"leases_2025-06-04_paged.json:5:1: date: impossible date",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Fatalf("quarantine (-want +got):\n%s", diff)
	}
	claims, _ := st.Claims(ctx, store.ClaimFilter{})
	if claims[1].Savings != spend.Known(1037050) || claims[0].SqFt != 200432 || claims[0].Location != "WASHINGTON, DC" {
		t.Fatalf("claims = %+v", claims)
	}
}

func TestPaymentsJSON(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	res, err := File(ctx, st, "testdata/payments_2025-05-01_paged.json", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Format.Name != "doge-payments-api-json" || res.Source.Loaded != 1 || res.Source.Quarantined != 1 {
		t.Fatalf("result = %s %+v", res.Format.Name, res.Source)
	}
	q, _ := st.Quarantine(ctx, store.QuarantineFilter{})
	if len(q) != 1 || q[0].Error() != "payments_2025-05-01_paged.json:2:3: amount: not a dollar amount" {
		t.Fatalf("quarantine = %v", q)
	}
	var cents int64
	var day string
	if err := st.DB().QueryRow(`SELECT amount_cents, CAST(post_date AS VARCHAR) FROM payments`).Scan(&cents, &day); err != nil {
		t.Fatal(err)
	}
	if cents != 123450 || day != "2025-04-30" {
		t.Fatalf("payment = %d cents on %s", cents, day)
	}
}

func TestTwoDigitYearsAndBOM(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	res, err := File(ctx, st, "testdata/leases_2025-02-18_bom.csv", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Format.Name != "doge-leases-api" || res.Source.Loaded != 2 {
		t.Fatalf("result = %s %+v", res.Format.Name, res.Source)
	}
	claims, _ := st.Claims(ctx, store.ClaimFilter{})
	if claims[0].Date != spend.NewDate(2025, 1, 22) || claims[0].SqFt != 3076 || claims[0].Location != "Miami, FL" {
		t.Fatalf("claim = %+v", claims[0])
	}
}

// TestRealSnapshotsBulkEqualsRows ingests every real 2025 snapshot twice,
// once through each loader, and checks that the stores hold the same.
func TestRealSnapshotsBulkEqualsRows(t *testing.T) {
	if testing.Short() {
		t.Skip("reads all real snapshots twice; run without -short")
	}
	dir := sharedDir(t)
	files, _ := filepath.Glob(filepath.Join(dir, "doge-data", "m-nolan", "*.csv"))
	files = append(files, filepath.Join(dir, "doge-data", "robert-mcdermott", "leases_2025-06-04.json"))
	var snaps []storeSnapshot
	for _, mode := range []Mode{Auto, Rows} {
		ctx := context.Background()
		st := openStore(t)
		for _, f := range files {
			res, err := File(ctx, st, f, Options{Mode: mode})
			if err != nil {
				t.Fatalf("%s (%s): %v", f, mode, err)
			}
			if res.Fallback {
				t.Errorf("%s: bulk loader fell back to rows", f)
			}
		}
		snaps = append(snaps, snapshot(t, st))
	}
	if diff := cmp.Diff(snaps[0], snaps[1]); diff != "" {
		t.Fatalf("bulk and row loaders disagree (-bulk +rows):\n%s", diff)
	}
	if n := len(snaps[0].Claims); n < 20000 {
		t.Fatalf("only %d claims loaded from the real snapshots", n)
	}
}

type storeSnapshot struct {
	Sources    []string
	Claims     []string
	Awards     []string
	Quarantine []string
}

// snapshot renders the store's contents as comparable text.
func snapshot(t testing.TB, st *store.Store) storeSnapshot {
	t.Helper()
	ctx := context.Background()
	var s storeSnapshot
	srcs, err := st.Sources(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range srcs {
		s.Sources = append(s.Sources, fmt.Sprintf("%d %s %s %s %d/%d/%d", x.ID, x.Name, x.SHA256, x.Format, x.Read, x.Loaded, x.Quarantined))
	}
	claims, err := st.Claims(ctx, store.ClaimFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range claims {
		s.Claims = append(s.Claims, fmt.Sprintf("%+v", c))
	}
	awards, err := st.Awards(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range awards {
		s.Awards = append(s.Awards, fmt.Sprintf("%+v", a))
	}
	q, err := st.Quarantine(ctx, store.QuarantineFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range q {
		s.Quarantine = append(s.Quarantine, fmt.Sprintf("%+v", e))
	}
	return s
}

// TestUnchanged checks the guard against a file changing during an ingest.
func TestUnchanged(t *testing.T) {
	path := filepath.Join(t.TempDir(), "f.csv")
	if err := os.WriteFile(path, []byte("a,b\n1,2\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	before, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := unchanged(path, "f.csv", before, 8, 8); err != nil {
		t.Fatalf("unchanged file: %v", err)
	}
	if err := unchanged(path, "f.csv", before, 8, 6); err == nil {
		t.Fatal("the hash and Go's pass read different sizes, and no error")
	}
	if err := os.WriteFile(path, []byte("a,b\n1,2\n3,4\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := unchanged(path, "f.csv", before, 8, 8); err == nil || !strings.Contains(err.Error(), "changed while it was being read") {
		t.Fatalf("grown file: %v", err)
	}
}
