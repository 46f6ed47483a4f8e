package report

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/probity-dev/probity/internal/spend"
)

func renderText(t *testing.T, r *Report, opt TextOptions) string {
	t.Helper()
	var b bytes.Buffer
	if err := Text(&b, r, opt); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestTextWidth(t *testing.T) {
	for _, tt := range []struct{ width, limit int }{{0, 0}, {20, 0}, {60, -1}, {72, 5}, {80, -1}, {100, -1}, {132, -1}} {
		want := tt.width
		switch {
		case want == 0:
			want = DefaultWidth
		case want < MinWidth:
			want = MinWidth
		}
		for _, r := range []*Report{fixtureReport(), synthReport(300, 4)} {
			out := renderText(t, r, TextOptions{Width: tt.width, Limit: tt.limit})
			for i, l := range strings.Split(out, "\n") {
				if n := runes(l); n > want {
					t.Errorf("width %d: line %d is %d columns: %q", tt.width, i+1, n, l)
				}
			}
		}
	}
}

func TestTextColor(t *testing.T) {
	r := fixtureReport()
	r.Items[0].Claim.Vendor = "EVIL \x1b[2J\x1b]0;pwned\x07 CORP\nNEXT"
	plain := renderText(t, r, TextOptions{Limit: -1, Width: 200})
	if strings.ContainsAny(plain, "\x1b\x07") {
		t.Error("escape or bell character in the plain text output")
	}
	if !strings.Contains(plain, "EVIL  [2J ]0;pwned  CORP NEXT") {
		t.Error("vendor name with control characters not shown blanked")
	}
	colored := renderText(t, r, TextOptions{Color: true})
	if !strings.Contains(colored, ansiBold) || !strings.Contains(colored, ansiRed) {
		t.Error("no colour with Color set")
	}
	if strings.Contains(colored, "\x1b[2J") {
		t.Error("escape sequence from the data passed through")
	}
}

func TestTextLimit(t *testing.T) {
	r := fixtureReport()
	for _, tt := range []struct {
		limit int
		want  []string
		not   []string
	}{
		{0, []string{"LARGEST FINDINGS (10 OF 10)", "BY AGENCY\n"}, nil},
		{2, []string{"LARGEST FINDINGS (2 OF 10)", "BY AGENCY (LARGEST 2 OF 8)", "6 other agencies", "Largest changes (2 of 3)"}, []string{"  3. "}},
		{-1, []string{"LARGEST FINDINGS (10 OF 10)", " 10. LOW"}, []string{"other agencies"}},
	} {
		out := renderText(t, r, TextOptions{Limit: tt.limit})
		for _, w := range tt.want {
			if !strings.Contains(out, w) {
				t.Errorf("limit %d: output lacks %q", tt.limit, w)
			}
		}
		for _, w := range tt.not {
			if strings.Contains(out, w) {
				t.Errorf("limit %d: output has %q", tt.limit, w)
			}
		}
	}
}

// TestTextShortMoney checks that narrow terminals get short amounts
// rather than cut ones.
func TestTextShortMoney(t *testing.T) {
	out := renderText(t, fixtureReport(), TextOptions{Width: 60})
	if !strings.Contains(out, "$8.0B") {
		t.Error("no short amounts at width 60")
	}
	wide := renderText(t, fixtureReport(), TextOptions{Width: 140})
	if !strings.Contains(wide, "$8,000,000,000.00") {
		t.Error("no full amounts at width 140")
	}
}

func TestTextEmpty(t *testing.T) {
	out := renderText(t, &Report{}, TextOptions{})
	for _, w := range []string{"Savings receipts checked against the records", "Generated unknown time", "No findings."} {
		if !strings.Contains(out, w) {
			t.Errorf("empty report lacks %q:\n%s", w, out)
		}
	}
}

func TestWrap(t *testing.T) {
	for _, tt := range []struct {
		s           string
		width       int
		first, rest string
		want        []string
	}{
		{"a bb ccc dddd", 6, "", "", []string{"a bb", "ccc", "dddd"}},
		{"a bb ccc", 8, "> ", "  ", []string{"> a bb", "  ccc"}},
		{"abcdefghij", 4, "", "", []string{"abcd", "efgh", "ij"}},
		{"xy abcdefghij", 4, "", "", []string{"xy", "abcd", "efgh", "ij"}},
		{"", 10, "  ", "", []string{""}},
		{"é é é", 3, "", "", []string{"é é", "é"}},
	} {
		got := wrap(tt.s, tt.width, tt.first, tt.rest)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("wrap(%q, %d) = %q, want %q", tt.s, tt.width, got, tt.want)
		}
	}
}

func TestTruncate(t *testing.T) {
	for _, tt := range []struct {
		s    string
		n    int
		want string
	}{
		{"abc", 3, "abc"}, {"abcd", 3, "ab…"}, {"abcd", 1, "a"}, {"abcd", 0, ""}, {"ééé", 2, "é…"},
	} {
		if got := truncate(tt.s, tt.n); got != tt.want {
			t.Errorf("truncate(%q, %d) = %q, want %q", tt.s, tt.n, got, tt.want)
		}
	}
}

func TestCommas(t *testing.T) {
	for n, want := range map[int64]string{0: "0", 999: "999", 1000: "1,000", -1234567: "-1,234,567", 100000: "100,000"} {
		if got := commas(n); got != want {
			t.Errorf("commas(%d) = %q, want %q", n, got, want)
		}
	}
}

// FuzzWrap checks that wrapped lines fit and that no text is lost.
func FuzzWrap(f *testing.F) {
	f.Add("The claim of $8,000,000,000.00 is 1,000 times what the record supports.", 20)
	f.Add("averyveryverylongwordwithoutspaces and more", 7)
	f.Add("", 1)
	f.Fuzz(func(t *testing.T, s string, width int) {
		if width < 1 || width > 500 || !utf8.ValidString(s) {
			t.Skip("wrap is given clean text: valid UTF-8")
		}
		lines := wrap(s, width, "", "")
		var got strings.Builder
		for _, l := range lines {
			if runes(l) > width {
				t.Fatalf("line %q is longer than %d", l, width)
			}
			got.WriteString(strings.Join(strings.Fields(l), ""))
		}
		if want := strings.Join(strings.Fields(s), ""); got.String() != want {
			t.Fatalf("wrap lost text: %q -> %q", s, lines)
		}
	})
}

// TestTextTable checks the order in which a table gives way: short
// amounts first, then droppable columns, then the flexible column.
func TestTextTable(t *testing.T) {
	tb := &textTable{cols: []textCol{{head: "Name", flex: true}, {head: "Amount", right: true}, {head: "Hash", drop: true}}}
	tb.add(txt("Department of Homeland Security"), money(800_000_000_000), txt("4f1c0e6f3a3b"))
	for _, tt := range []struct {
		width int
		want  string
	}{
		{80, "  Department of Homeland Security  $8,000,000,000.00  4f1c0e6f3a3b"},
		{60, "  Department of Homeland Security   $8.0B  4f1c0e6f3a3b"}, // "Amount" is 6 wide
		{45, "  Department of Homeland Security   $8.0B"},
		{30, "  Department of Homel…   $8.0B"},
	} {
		got := tb.lines(2, tt.width)
		if len(got) != 2 || got[1] != tt.want {
			t.Errorf("width %d: %q, want %q", tt.width, got, tt.want)
		}
	}
}

// TestUnknownStatus checks that claims with a status this package does
// not know are counted aloud rather than silently dropped from the
// headline.
func TestUnknownStatus(t *testing.T) {
	r := fixtureReport()
	r.Items[0].Verdict.Status = "disputed"
	r.Summary = summarize(r.Items, r.Summary.Snapshots)
	out := strings.Join(strings.Fields(renderText(t, r, TextOptions{})), " ") // undo the wrapping
	if !strings.Contains(out, "1 claims have a status this report does not know.") {
		t.Error("text headline does not mention the unknown status")
	}
	if page := renderHTML(t, r); !bytes.Contains(page, []byte("1 claims have a status this report does not know.")) {
		t.Error("HTML headline does not mention the unknown status")
	}
	if page := renderHTML(t, fixtureReport()); bytes.Contains(page, []byte("does not know")) {
		t.Error("HTML mentions unknown statuses when there are none")
	}
}

func TestClassNote(t *testing.T) {
	s := &spend.Summary{Claimed: 1000, Verifiable: 400, ByClass: []spend.Total{{Key: "a", Amount: 250}, {Key: "b", Amount: 350}}}
	if got := classNote(s); !strings.Contains(got, "add up to the unsupported total") || strings.Contains(got, "overlap") {
		t.Fatalf("exact attribution: %q", got)
	}
	s.ByClass[1].Amount = 400
	if got := classNote(s); !strings.Contains(got, "overlap") {
		t.Fatalf("overlapping amounts: %q", got)
	}
}
