package report

import (
	"bytes"
	"errors"
	"slices"
	"testing"

	"github.com/probity-dev/probity/internal/spend"
)

func ids(r *Report) []int64 {
	var out []int64
	for _, it := range r.Items {
		out = append(out, it.Claim.ID)
	}
	return out
}

func TestSort(t *testing.T) {
	for _, tt := range []struct {
		key  SortKey
		want []int64
	}{
		// Unsupported amounts: 1 $7,992M, 5 $1.5M, 8 $159K, 2 $142K, 7 $120K, 9 $112K, 3 $21K, 4 and 10 $0, 6 −$5K.
		{ByGap, []int64{1, 5, 8, 2, 7, 9, 3, 4, 10, 6}},
		{ByClaimed, []int64{1, 4, 5, 2, 8, 7, 9, 10, 3, 6}},
		// High findings (unit error, already ended, duplicate), medium, low, info, then none.
		{BySeverity, []int64{1, 3, 5, 2, 8, 7, 6, 9, 10, 4}},
		{ByAgency, []int64{3, 10, 8, 7, 6, 1, 9, 5, 4, 2}},
		// Byte order: "", "-SUM…", "=HYPERLINK…", "ACME…", DELOITTE ×2, JTF, PURDUE, Univ., WEST.
		{ByVendor, []int64{9, 6, 7, 1, 5, 4, 2, 8, 10, 3}},
		{ByDate, []int64{9, 1, 3, 4, 5, 6, 7, 10, 8, 2}},
		{ByID, []int64{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}},
	} {
		t.Run(string(tt.key), func(t *testing.T) {
			r := fixtureReport()
			if err := Sort(r, tt.key); err != nil {
				t.Fatal(err)
			}
			if got := ids(r); !slices.Equal(got, tt.want) {
				t.Errorf("order %v, want %v", got, tt.want)
			}
			if r.Order != tt.key {
				t.Errorf("Order = %q", r.Order)
			}
		})
	}
}

func TestSortUndatedLast(t *testing.T) {
	r := fixtureReport()
	r.Items[0].Claim.Date = spend.Date{}
	undated := r.Items[0].Claim.ID
	if err := Sort(r, ByDate); err != nil {
		t.Fatal(err)
	}
	if got := ids(r); got[len(got)-1] != undated {
		t.Errorf("order %v: undated claim %d not last", got, undated)
	}
}

func TestParseSortKey(t *testing.T) {
	for _, k := range SortKeys {
		if got, err := ParseSortKey(" " + string(k) + " "); err != nil || got != k {
			t.Errorf("ParseSortKey(%q) = %q, %v", k, got, err)
		}
		if k.Describe() == "in the order given" {
			t.Errorf("%q has no description", k)
		}
	}
	if _, err := ParseSortKey("size"); spend.KindOf(err) != spend.Invalid {
		t.Errorf("unknown key: %v", err)
	}
	if err := Sort(fixtureReport(), "size"); spend.KindOf(err) != spend.Invalid {
		t.Errorf("Sort with unknown key: %v", err)
	}
}

func TestParseFormat(t *testing.T) {
	for _, f := range Formats {
		if got, err := ParseFormat(string(f)); err != nil || got != f {
			t.Errorf("ParseFormat(%q) = %q, %v", f, got, err)
		}
	}
	if got, _ := ParseFormat("HTML"); got != FormatHTML {
		t.Errorf("ParseFormat is case-sensitive")
	}
	_, err := ParseFormat("pdf")
	var se *spend.Error
	if !errors.As(err, &se) || se.Kind != spend.Invalid {
		t.Errorf("ParseFormat(pdf) = %v", err)
	}
	if err := Render(&bytes.Buffer{}, fixtureReport(), "pdf", TextOptions{}); spend.KindOf(err) != spend.Invalid {
		t.Errorf("Render(pdf) = %v", err)
	}
	for f, want := range map[Format]string{FormatText: ".txt", FormatHTML: ".html"} {
		if f.Ext() != want {
			t.Errorf("%s.Ext() = %q", f, f.Ext())
		}
	}
	if FormatCSV.ContentType() != "text/csv; charset=utf-8" {
		t.Errorf("CSV content type %q", FormatCSV.ContentType())
	}
}

// TestRenderMatchesFunctions checks that Render is the same as calling
// each format's function.
func TestRenderMatchesFunctions(t *testing.T) {
	r := fixtureReport()
	direct := map[Format]func(*bytes.Buffer) error{
		FormatText: func(b *bytes.Buffer) error { return Text(b, r, TextOptions{Width: 80}) },
		FormatJSON: func(b *bytes.Buffer) error { return JSON(b, r) },
		FormatCSV:  func(b *bytes.Buffer) error { return CSV(b, r) },
		FormatHTML: func(b *bytes.Buffer) error { return HTML(b, r) },
	}
	for f, fn := range direct {
		var a, b bytes.Buffer
		if err := Render(&a, r, f, TextOptions{Width: 80}); err != nil {
			t.Fatal(err)
		}
		if err := fn(&b); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a.Bytes(), b.Bytes()) {
			t.Errorf("%s: Render differs", f)
		}
	}
}

// TestWriteErrors checks that a failing writer is reported, not ignored.
func TestWriteErrors(t *testing.T) {
	boom := errors.New("disk full")
	for _, f := range Formats {
		err := Render(failWriter{boom}, fixtureReport(), f, TextOptions{})
		if !errors.Is(err, boom) {
			t.Errorf("%s: error %v, want %v", f, err, boom)
		}
	}
}

type failWriter struct{ err error }

func (w failWriter) Write([]byte) (int, error) { return 0, w.err }

func TestSourceRowCells(t *testing.T) {
	r := SourceRow{Source: "f.csv", Line: 3, Header: []string{"a", "b"}, Fields: []string{"1", "2", "3"}}
	got := r.Cells()
	want := []Cell{{"a", "1"}, {"b", "2"}, {"column 3", "3"}}
	if !slices.Equal(got, want) {
		t.Errorf("Cells() = %v, want %v", got, want)
	}
	short := SourceRow{Header: []string{"a", "b"}, Fields: []string{"1"}}
	if got := short.Cells(); !slices.Equal(got, []Cell{{"a", "1"}, {"b", ""}}) {
		t.Errorf("Cells() = %v", got)
	}
	if r.Ref() != "f.csv:3" || (SourceRow{Source: "x"}).Ref() != "x" {
		t.Errorf("Ref() = %q", r.Ref())
	}
}
