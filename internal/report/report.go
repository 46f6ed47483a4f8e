package report

import (
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/probity-dev/probity/internal/spend"
)

// Report is everything a report shows. Build it once; render it in any
// format with Text, JSON, CSV, HTML or Render.
type Report struct {
	Title       string
	GeneratedAt time.Time // injected by the caller; the package never reads the clock
	Summary     spend.Summary
	// Items holds one entry per claim, in the order to show (see Sort).
	Items []Item
	// Order names the order of Items, for the reader; Sort sets it. Empty
	// means the caller's own order.
	Order SortKey
	// Sources lists the ingested files the figures come from.
	Sources []spend.Source
	// Diffs holds optional snapshot comparisons.
	Diffs []spend.Diff
	// MaxDetails caps the evidence blocks of a large HTML report (more than
	// DetailAll claims): 0 means DefaultMaxDetails, a negative number no cap.
	MaxDetails int
}

// Item is one claim with its verdict, the award record it was checked
// against, and the raw source rows behind both.
type Item struct {
	Claim   spend.Claim
	Verdict spend.Verdict
	Award   *spend.Award // nil when no record was found or none exists (leases)
	Rows    []SourceRow  // the raw rows the claim and award came from
}

// HasFindings reports whether the verdict has at least one finding.
func (it *Item) HasFindings() bool { return len(it.Verdict.Findings) > 0 }

// Unsupported returns the part of the claim the records do not support:
// claimed minus verifiable.
func (it *Item) Unsupported() spend.Money { return it.Verdict.Claimed - it.Verdict.Verifiable }

// Roles of a source row, for SourceRow.Role.
const (
	RoleClaim = "claim"           // the receipt line the claim was read from
	RoleAward = "award"           // the system-of-record row the award was read from
	RoleBoth  = "claim and award" // a joined file row that carries both
)

// SourceRow is one record exactly as it stood in an ingested file: the
// column names and the values, so that a reader can see the original
// next to what probity made of it.
type SourceRow struct {
	Source string   // the file name, as in spend.Source.Name
	Line   int64    // 1-based line where the record starts
	Role   string   // what the row is to the claim: RoleClaim, RoleAward or RoleBoth
	Header []string // column names in file order (JSON: field paths)
	Fields []string // values, parallel to Header
}

// Cell is one column of a source row: its name and its value.
type Cell struct {
	Column string
	Value  string
}

// Cells returns the row as column/value pairs in file order. Values
// without a column name (a row longer than its header) are named
// "column N", 1-based; names without a value get an empty value.
func (r SourceRow) Cells() []Cell {
	n := max(len(r.Header), len(r.Fields))
	cells := make([]Cell, n)
	for i := range cells {
		if i < len(r.Header) {
			cells[i].Column = r.Header[i]
		} else {
			cells[i].Column = "column " + strconv.Itoa(i+1)
		}
		if i < len(r.Fields) {
			cells[i].Value = r.Fields[i]
		}
	}
	return cells
}

// Ref returns "file:line", or just the file when the line is unknown.
func (r SourceRow) Ref() string { return ref(r.Source, r.Line) }

func ref(file string, line int64) string {
	if line <= 0 {
		return file
	}
	return file + ":" + strconv.FormatInt(line, 10)
}

// Format is an output format of a report.
type Format string

// The report formats.
const (
	FormatText Format = "text"
	FormatJSON Format = "json"
	FormatCSV  Format = "csv"
	FormatHTML Format = "html"
)

// Formats lists every Format.
var Formats = []Format{FormatText, FormatJSON, FormatCSV, FormatHTML}

// ParseFormat returns the Format named s (case-insensitive). An unknown
// name is a spend.Invalid error.
func ParseFormat(s string) (Format, error) {
	f := Format(strings.ToLower(strings.TrimSpace(s)))
	for _, g := range Formats {
		if f == g {
			return f, nil
		}
	}
	return "", spend.Errorf(spend.Invalid, "unknown report format %q (want text, json, csv or html)", s)
}

// ContentType returns the MIME type of f, for HTTP responses.
func (f Format) ContentType() string {
	switch f {
	case FormatJSON:
		return "application/json; charset=utf-8"
	case FormatCSV:
		return "text/csv; charset=utf-8"
	case FormatHTML:
		return "text/html; charset=utf-8"
	}
	return "text/plain; charset=utf-8"
}

// Ext returns the usual file name extension of f, with its dot.
func (f Format) Ext() string {
	if f == FormatText {
		return ".txt"
	}
	return "." + string(f)
}

// Render writes r to w in format f. It is the one entry point the CLI and
// the HTTP server share; opt applies to FormatText only.
func Render(w io.Writer, r *Report, f Format, opt TextOptions) error {
	switch f {
	case FormatText:
		return Text(w, r, opt)
	case FormatJSON:
		return JSON(w, r)
	case FormatCSV:
		return CSV(w, r)
	case FormatHTML:
		return HTML(w, r)
	}
	return spend.Errorf(spend.Invalid, "unknown report format %q", string(f))
}

// index answers the lookups every renderer needs.
type index struct {
	sources map[int64]*spend.Source
}

func newIndex(r *Report) *index {
	ix := &index{sources: make(map[int64]*spend.Source, len(r.Sources))}
	for i := range r.Sources {
		ix.sources[r.Sources[i].ID] = &r.Sources[i]
	}
	return ix
}

// sourceName returns the file name of source id, or "source #id" when the
// report does not list it.
func (ix *index) sourceName(id int64) string {
	if s, ok := ix.sources[id]; ok && s.Name != "" {
		return s.Name
	}
	return "source #" + strconv.FormatInt(id, 10)
}

// where returns "file:line" for an origin, or "" for a zero origin (a
// computed value).
func (ix *index) where(o spend.Origin) string {
	if o == (spend.Origin{}) {
		return ""
	}
	return ref(ix.sourceName(o.SourceID), o.Line)
}

// counts are the claim counts of a headline.
// percent returns part as a percentage of whole with one decimal, such as
// "12.5%", or "n/a" when whole is not positive. The division is for
// display only.
func percent(part, whole spend.Money) string {
	if whole <= 0 {
		return "n/a"
	}
	return strconv.FormatFloat(100*float64(part)/float64(whole), 'f', 1, 64) + "%"
}

// snapshotList returns "contract 2025-02-18, grant 2025-03-30".
func snapshotList(refs []spend.SnapshotRef) string {
	parts := make([]string, 0, len(refs))
	for _, s := range refs {
		parts = append(parts, snapshotName(s))
	}
	return strings.Join(parts, ", ")
}

func snapshotName(s spend.SnapshotRef) string {
	d := s.Snapshot.String()
	if d == "" {
		d = "undated"
	}
	if s.Kind == "" {
		return d
	}
	return string(s.Kind) + " " + d
}

// generated formats the report time for people.
func generated(t time.Time) string {
	if t.IsZero() {
		return "unknown time"
	}
	return t.UTC().Format("2006-01-02 15:04 UTC")
}

// claimRef returns the identifier a reader knows a claim by: the PIID,
// the award id or the lease location; "" if it has none.
func claimRef(c *spend.Claim) string {
	switch {
	case c.PIID != "":
		return c.PIID
	case c.AwardID != "":
		return c.AwardID
	}
	return c.Location
}

// title returns the report title or a default.
func (r *Report) title() string {
	if r.Title != "" {
		return r.Title
	}
	return "Savings receipts checked against the records"
}
