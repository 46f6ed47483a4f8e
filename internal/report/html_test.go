package report

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"math"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/probity-dev/probity/internal/spend"
)

func renderHTML(t testing.TB, r *Report) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := HTML(&b, r); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// element is a start tag seen while walking a page, with the text of its
// direct children.
type element struct {
	name  string
	attrs map[string]string
	path  []string // enclosing element names, outermost first
}

// walk parses page as XML — strictly, so that every tag we write must be
// closed and nested correctly and every entity must be valid — and calls
// fn for each start element and text for each run of character data.
func walk(t testing.TB, page []byte, fn func(element), text func(path []string, s string)) {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(page))
	dec.Strict = true
	dec.Entity = xml.HTMLEntity
	var stack []string
	root := ""
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("page is not well-formed: %v (open elements: %v)", err, stack)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			if root == "" {
				root = tok.Name.Local
			}
			e := element{name: tok.Name.Local, attrs: map[string]string{}, path: append([]string(nil), stack...)}
			for _, a := range tok.Attr {
				e.attrs[a.Name.Local] = a.Value
			}
			if fn != nil {
				fn(e)
			}
			stack = append(stack, tok.Name.Local)
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		case xml.CharData:
			if text != nil {
				text(stack, string(tok))
			}
		}
	}
	if root != "html" || len(stack) != 0 {
		t.Fatalf("root element %q, %d elements left open", root, len(stack))
	}
}

func TestHTMLWellFormed(t *testing.T) {
	for name, r := range map[string]*Report{
		"fixture": fixtureReport(),
		"empty":   {Title: "Nothing yet"},
		"large":   synthReport(DetailAll+200, 1),
	} {
		t.Run(name, func(t *testing.T) {
			n := 0
			walk(t, renderHTML(t, r), func(element) { n++ }, nil)
			if n < 20 {
				t.Errorf("only %d elements", n)
			}
		})
	}
}

// TestHTMLSelfContained checks that the page loads nothing: no scripts,
// no external style sheets, images, frames or fonts, no url() in CSS,
// and that every URL in it is the href of a plain link to a system of
// record.
func TestHTMLSelfContained(t *testing.T) {
	page := renderHTML(t, fixtureReport())
	lower := strings.ToLower(string(page))
	for _, bad := range []string{"<script", "<link", "<iframe", "<img", "<object", "<embed", "<image", "<use", "<base", "@import", "url(", "src="} {
		if strings.Contains(lower, bad) {
			t.Errorf("page contains %q", bad)
		}
	}
	links := 0
	walk(t, page, func(e element) {
		for name, v := range e.attrs {
			switch {
			case name == "href" && e.name == "a":
				if strings.HasPrefix(v, "#") {
					continue
				}
				u, err := url.Parse(v)
				if err != nil || u.Scheme != "https" || !(strings.HasSuffix(u.Host, "fpds.gov") || strings.HasSuffix(u.Host, "usaspending.gov")) {
					t.Errorf("link to %q", v)
				}
				links++
			case name == "href" || name == "src" || name == "style" || strings.HasPrefix(name, "on"):
				t.Errorf("<%s %s=%q>", e.name, name, v)
			case strings.Contains(v, "://"):
				t.Errorf("URL in <%s %s=%q>", e.name, name, v)
			}
		}
	}, nil)
	if links == 0 {
		t.Error("no links to FPDS or USAspending at all")
	}
}

// TestHTMLEscapes checks that names with markup in them are shown as
// text, never as markup, and that links from the data that are not http
// links to a system of record are not made clickable.
func TestHTMLEscapes(t *testing.T) {
	r := fixtureReport()
	page := renderHTML(t, r)
	evil := r.Items[0].Claim.Vendor // ACME & <Sons> "Federal" <script>…
	if !strings.Contains(evil, "<script>") {
		t.Fatalf("fixture changed: item 0 vendor is %q", evil)
	}
	if bytes.Contains(page, []byte("<script>")) || bytes.Contains(page, []byte("<Sons>")) {
		t.Error("vendor markup written unescaped")
	}
	if !bytes.Contains(page, []byte("ACME &amp; &lt;Sons&gt; &#34;Federal&#34; &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; LLC")) {
		t.Error("escaped vendor name not found")
	}
	shown := 0
	walk(t, page, func(e element) {
		if href := e.attrs["href"]; strings.Contains(href, "javascript") || strings.Contains(href, "evil.example") {
			t.Errorf("unsafe link made clickable: %q", href)
		}
	}, func(path []string, s string) {
		if strings.Contains(s, evil) {
			shown++
		}
	})
	if shown == 0 {
		t.Error("the vendor name is not shown as text")
	}
	for _, want := range []string{"javascript:alert(document.domain)", "https://evil.example.com/award/1"} {
		if !bytes.Contains(page, []byte(want)) {
			t.Errorf("link text %q not shown", want)
		}
	}
}

func TestHTMLControlCharacters(t *testing.T) {
	r := fixtureReport()
	r.Items[0].Claim.Vendor = "BELL\x07 \x1b[31mRED\x1b[0m\x00 CO"
	page := renderHTML(t, r)
	for _, c := range page {
		if isControl(c) {
			t.Fatalf("control byte %#x in the page", c)
		}
	}
	// html/template itself turns NUL into U+FFFD.
	if !bytes.Contains(page, []byte("BELL   [31mRED [0m\uFFFD CO")) {
		t.Error("name with control characters not shown with them blanked")
	}
	walk(t, page, nil, nil)
}

// TestHTMLChartProportional reads the bars back from the SVG and checks
// that every width is the same multiple of its amount, that the largest
// is drawn full length, and that each agency's claimed total is drawn.
func TestHTMLChartProportional(t *testing.T) {
	for name, r := range map[string]*Report{"fixture": fixtureReport(), "many agencies": synthReport(500, 2)} {
		t.Run(name, func(t *testing.T) {
			type bar struct {
				w     float64
				cents int64
			}
			var bars []bar
			var labels []string
			walk(t, renderHTML(t, r), func(e element) {
				c, ok := e.attrs["data-cents"]
				if !ok || e.name != "rect" {
					return
				}
				cents, err := strconv.ParseInt(c, 10, 64)
				if err != nil {
					t.Fatal(err)
				}
				w, err := strconv.ParseFloat(e.attrs["width"], 64)
				if err != nil {
					t.Fatal(err)
				}
				bars = append(bars, bar{w, cents})
			}, func(path []string, s string) {
				if len(path) > 0 && path[len(path)-1] == "text" && len(path) > 1 && path[len(path)-2] == "g" {
					labels = append(labels, s)
				}
			})
			var maxCents int64
			for _, b := range bars {
				maxCents = max(maxCents, b.cents)
			}
			for _, b := range bars {
				want := chartBarMax * float64(b.cents) / float64(maxCents)
				if b.cents < 0 {
					want = 0
				}
				if math.Abs(b.w-want) > 0.051 {
					t.Errorf("bar for %d cents is %.1f wide, want %.2f", b.cents, b.w, want)
				}
			}
			agencies := sortedAgencyTotals(r.Summary.ByAgency)
			rows := min(len(agencies), chartTop+1)
			if len(bars) != 2*rows {
				t.Fatalf("%d bars, want %d", len(bars), 2*rows)
			}
			for i := range min(len(agencies), chartTop) {
				if bars[2*i].cents != agencies[i].Claimed.Cents() || bars[2*i+1].cents != agencies[i].Verifiable.Cents() {
					t.Errorf("row %d: bars %d/%d, want %s claimed %d, verifiable %d", i, bars[2*i].cents, bars[2*i+1].cents,
						agencies[i].Key, agencies[i].Claimed.Cents(), agencies[i].Verifiable.Cents())
				}
			}
			if len(agencies) > chartTop {
				rest := sumTotals(agencies[chartTop:])
				if got := bars[2*chartTop].cents; got != rest.Claimed.Cents() {
					t.Errorf("other row: %d cents claimed, want %d", got, rest.Claimed.Cents())
				}
			}
			for _, want := range []string{agencies[0].Claimed.Short() + " claimed", agencies[0].Verifiable.Short() + " verifiable"} {
				found := false
				for _, l := range labels {
					found = found || l == want
				}
				if !found {
					t.Errorf("no bar label %q", want)
				}
			}
		})
	}
}

func TestChartOther(t *testing.T) {
	var totals []spend.Total
	for i := range 20 {
		totals = append(totals, spend.Total{Key: "Agency " + strconv.Itoa(i), Count: 1, Claimed: spend.Money((i + 1) * 1000), Verifiable: spend.Money(i * 100)})
	}
	c := newAgencyChart(totals)
	if len(c.Rows) != chartTop+1 {
		t.Fatalf("%d rows, want %d", len(c.Rows), chartTop+1)
	}
	if c.Rows[0].Full != "Agency 19" {
		t.Errorf("first row %q, want the largest, Agency 19", c.Rows[0].Full)
	}
	other := c.Rows[chartTop]
	// Agencies 0-4 are the smallest: claimed (1+2+3+4+5)*1000, verifiable (0+1+2+3+4)*100.
	if other.Full != "Other (5 agencies)" || other.Claimed.Cents != 15000 || other.Verifiable.Cents != 1000 {
		t.Errorf("other row = %q %d/%d", other.Full, other.Claimed.Cents, other.Verifiable.Cents)
	}
	if c.Rows[0].Claimed.W != strconv.Itoa(chartBarMax)+".0" {
		t.Errorf("largest bar is %s wide, want %d", c.Rows[0].Claimed.W, chartBarMax)
	}
	if newAgencyChart(nil) != nil {
		t.Error("chart for no agencies")
	}
	if w := barWidth(-5, 100); w != 0 {
		t.Errorf("negative amount drawn %v wide", w)
	}
}

// TestHTMLDetails checks that small reports give every claim an evidence
// block, and large ones only the claims with findings, saying so.
func TestHTMLDetails(t *testing.T) {
	for _, tt := range []struct {
		name    string
		r       *Report
		allNote bool
	}{
		{"small", fixtureReport(), true},
		{"large", synthReport(DetailAll+1, 3), false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			page := renderHTML(t, tt.r)
			blocks, anchors := map[string]bool{}, map[string]bool{}
			walk(t, page, func(e element) {
				if e.name == "details" && e.attrs["class"] == "c" {
					blocks["#"+e.attrs["id"]] = true
				}
				if e.name == "a" && claimAnchor.MatchString(e.attrs["href"]) {
					anchors[e.attrs["href"]] = true
				}
			}, nil)
			want := 0
			for i := range tt.r.Items {
				if tt.allNote || tt.r.Items[i].HasFindings() {
					want++
				}
			}
			if len(blocks) != want {
				t.Errorf("%d evidence blocks, want %d", len(blocks), want)
			}
			for a := range anchors {
				if !blocks[a] {
					t.Errorf("link %s leads nowhere", a)
				}
			}
			if len(anchors) != len(blocks) {
				t.Errorf("%d links to %d blocks", len(anchors), len(blocks))
			}
			note := []byte("Only the ")
			if got := bytes.Contains(page, note); got == tt.allNote {
				t.Errorf("page says only claims with findings are detailed: %v, want %v", got, !tt.allNote)
			}
		})
	}
}

var claimAnchor = regexp.MustCompile(`^#c[0-9]+$`)

func TestHTMLSourceRows(t *testing.T) {
	page := string(renderHTML(t, fixtureReport()))
	// Claim 6's row is longer than its header, and has empty columns.
	for _, want := range []string{"<th>column 12</th><td>extra</td>", "6 empty columns not shown.", "<th>sq_ft</th><td>3,076</td>"} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %q", want)
		}
	}
}

func TestNewLink(t *testing.T) {
	for _, tt := range []struct{ in, url string }{
		{"https://www.fpds.gov/ezsearch/x?a=1&b=2", "https://www.fpds.gov/ezsearch/x?a=1&b=2"},
		{"http://usaspending.gov/award/ASST_1", "http://usaspending.gov/award/ASST_1"},
		{" https://www.usaspending.gov/award/X", "https://www.usaspending.gov/award/X"},
		{"https://fpds.gov.evil.example/x", ""},
		{"https://notfpds.gov/x", ""},
		{"https://user@www.fpds.gov/x", ""},
		{"javascript:alert(1)", ""},
		{"ftp://fpds.gov/x", ""},
		{"//fpds.gov/x", ""},
		{"", ""},
	} {
		got := newLink(tt.in)
		wantText := tt.in
		switch {
		case strings.Contains(tt.url, "fpds.gov"):
			wantText = "the FPDS record"
		case strings.Contains(tt.url, "usaspending.gov"):
			wantText = "the USAspending page"
		}
		if got.URL != tt.url || got.Text != wantText {
			t.Errorf("newLink(%q) = %+v, want URL %q, text %q", tt.in, got, tt.url, wantText)
		}
	}
}

// FuzzHTMLVendor renders a claim with any vendor name and checks that
// the page stays well-formed and that the name never becomes markup.
func FuzzHTMLVendor(f *testing.F) {
	for _, s := range []string{"ACME", "<script>alert(1)</script>", `"><img src=x onerror=alert(1)>`, "]]>", "&amp;", "\x1b[2J", "</title><script>", "-->", "{{.}}"} {
		f.Add(s)
	}
	base := fixtureReport()
	f.Fuzz(func(t *testing.T, vendor string) {
		if !utf8.ValidString(vendor) {
			t.Skip("names are UTF-8 by the time they reach a report")
		}
		r := *base
		r.Items = []Item{base.Items[0]}
		r.Items[0].Claim.Vendor = vendor
		r.Summary.ByAgency = []spend.Total{{Key: vendor, Claimed: 100}}
		page := renderHTML(t, &r)
		walk(t, page, func(e element) {
			switch e.name {
			case "script", "img", "iframe", "object", "embed":
				t.Fatalf("vendor %q produced <%s>", vendor, e.name)
			}
			for a := range e.attrs {
				if strings.HasPrefix(a, "on") {
					t.Fatalf("vendor %q produced attribute %s", vendor, a)
				}
			}
		}, nil)
	})
}

// TestHTMLClaimWithoutRows checks that a claim whose source rows were not
// supplied is still shown as probity read it.
func TestHTMLClaimWithoutRows(t *testing.T) {
	r := fixtureReport()
	for i := range r.Items {
		r.Items[i].Rows = nil
	}
	page := string(renderHTML(t, r))
	for _, want := range []string{"<h4>The claim as read</h4>", "<tr><th>Square feet</th><td>3,076</td></tr>", "<tr><th>Savings claimed</th><td>$8,000,000,000.00</td></tr>"} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	if strings.Contains(page, "Source row") {
		t.Error("page shows source rows that were not supplied")
	}
	if strings.Contains(string(renderHTML(t, fixtureReport())), "The claim as read") {
		t.Error("claim facts repeated next to its source row")
	}
}

// TestHTMLDetailCap checks that a large report carries at most MaxDetails
// evidence blocks, the first claims with findings, and says so.
func TestHTMLDetailCap(t *testing.T) {
	r := synthReport(DetailAll+500, 7)
	withFindings := 0
	for i := range r.Items {
		if r.Items[i].HasFindings() {
			withFindings++
		}
	}
	if withFindings <= 10 {
		t.Fatalf("synthetic report has only %d claims with findings", withFindings)
	}
	r.MaxDetails = 10
	page := string(renderHTML(t, r))
	if got := strings.Count(page, `<details class="c"`); got != 10 {
		t.Fatalf("evidence blocks = %d, want 10", got)
	}
	if want := fmt.Sprintf("The first 10 of the %s claims with findings", commas(int64(withFindings))); !strings.Contains(page, want) {
		t.Fatalf("page does not say %q", want)
	}
	r.MaxDetails = -1
	page = string(renderHTML(t, r))
	if got := strings.Count(page, `<details class="c"`); got != withFindings {
		t.Fatalf("uncapped evidence blocks = %d, want %d", got, withFindings)
	}
}
