package report

import (
	"bufio"
	"embed"
	"fmt"
	"html/template"
	"io"
	"net/url"
	"strconv"
	"strings"

	"github.com/probity-dev/probity/internal/spend"
)

//go:embed templates/report.html.tmpl templates/report.css
var templateFS embed.FS

var (
	pageTemplate = template.Must(template.New("report.html.tmpl").ParseFS(templateFS, "templates/report.html.tmpl"))
	pageCSS      = mustRead("templates/report.css")
)

func mustRead(name string) template.CSS {
	b, err := templateFS.ReadFile(name)
	if err != nil {
		panic(err)
	}
	return template.CSS(b)
}

// DetailAll is the largest report for which the HTML gives every claim a
// details block. Larger reports give one only to claims with findings,
// to keep the file small enough to open, and say so on the page; the
// JSON report always carries everything.
const DetailAll = 1000

// DefaultMaxDetails is how many evidence blocks a large report carries
// when Report.MaxDetails is zero: the first claims with findings in the
// report's order (sort by gap to get the largest). Each block holds the
// claim's source rows, some 3 KB; 17,000 blocks made a 49 MB page.
const DefaultMaxDetails = 2000

// maxCellRunes cuts very long source values (grant files carry JSON blobs
// thousands of characters long) in the HTML; the JSON keeps them whole.
const maxCellRunes = 400

// HTML writes r as one self-contained HTML page: inline CSS, an inline
// SVG chart, no scripts and nothing loaded from elsewhere (links to FPDS
// and USAspending are plain links). Every value from the data is escaped
// by html/template. Claims are written one at a time, so memory does not
// grow with the number of claims.
func HTML(w io.Writer, r *Report) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	if err := writeHTML(controlFilter{bw}, r); err != nil {
		return fmt.Errorf("write html report: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write html report: %w", err)
	}
	return nil
}

func writeHTML(w io.Writer, r *Report) error {
	ix := newIndex(r)
	page := newPageView(r)
	page.pick(r)
	if err := pageTemplate.ExecuteTemplate(w, "start", page); err != nil {
		return err
	}
	var row rowView
	for i := range r.Items {
		it := &r.Items[i]
		row.set(it, page.det[i])
		if err := pageTemplate.ExecuteTemplate(w, "row", &row); err != nil {
			return err
		}
	}
	if err := pageTemplate.ExecuteTemplate(w, "details", page); err != nil {
		return err
	}
	for i := range r.Items {
		it := &r.Items[i]
		if !page.det[i] {
			continue
		}
		if err := pageTemplate.ExecuteTemplate(w, "claim", newClaimView(ix, it)); err != nil {
			return err
		}
	}
	return pageTemplate.ExecuteTemplate(w, "end", page)
}

// controlFilter replaces ASCII control characters other than tab, line
// feed and carriage return with spaces. They are not allowed in HTML,
// they can only come from the data (the templates have none), and no
// byte of a multi-byte UTF-8 sequence is below 0x80, so filtering bytes
// is safe.
type controlFilter struct{ w io.Writer }

func (f controlFilter) Write(p []byte) (int, error) {
	clean := true
	for _, c := range p {
		if isControl(c) {
			clean = false
			break
		}
	}
	if clean {
		return f.w.Write(p)
	}
	q := make([]byte, len(p))
	for i, c := range p {
		if isControl(c) {
			c = ' '
		}
		q[i] = c
	}
	return f.w.Write(q)
}

func isControl(c byte) bool { return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f }

// pageView is what the page template shows outside the per-claim parts.
type pageView struct {
	Title, Generated, Snapshots string
	CSS                         template.CSS
	Order                       string

	Claimed, Verifiable, Unsupported               string
	ClaimedShort, VerifiableShort, Share           string
	Claims, Listed                                 string
	Supported, Partial, NotSupported, Unverifiable string
	WithFindings, Detailed, ListedWithFindings     string
	OtherStatus                                    string // claims with a status this package does not know
	AllDetailed                                    bool
	Capped                                         bool   // fewer blocks than claims with findings: the cap applied
	ClassNote                                      string // whether the by-class amounts add up
	det                                            []bool // which items get an evidence block
	Subset                                         bool   // the report lists fewer claims than the summary counts

	ByKind   []totalView
	Chart    *agencyChart
	Agencies []totalView
	Classes  []classView
	Diffs    []diffView
	Sources  []sourceView
	HasItems bool
}

type totalView struct {
	Key, Count, Claimed, Verifiable, Share string
}

type classView struct {
	Key, Label, Meaning, Count, Amount string
}

type diffView struct {
	From, To                               string
	ClaimedFrom, ClaimedTo, Net            string
	Added, Removed, Changed, Unchanged     string
	AddedAmount, RemovedAmount, ChangedNet string
	Changes                                []changeView
}

type changeView struct {
	Type, Kind, Key, Name, Before, After, Delta, Fields string
}

type sourceView struct {
	Name, Format, Snapshot, SHA256, Bytes, Read, Loaded, Quarantined, IngestedAt string
}

// pick decides which items get an evidence block: every one in a small
// report; otherwise the claims with findings, up to the cap, in order.
func (p *pageView) pick(r *Report) {
	max := r.MaxDetails
	if max == 0 {
		max = DefaultMaxDetails
	}
	p.det = make([]bool, len(r.Items))
	n, with := 0, 0
	for i := range r.Items {
		if r.Items[i].HasFindings() {
			with++
		}
		if (p.AllDetailed || r.Items[i].HasFindings()) && (p.AllDetailed || max < 0 || n < max) {
			p.det[i] = true
			n++
		}
	}
	p.Detailed, p.ListedWithFindings = commas(int64(n)), commas(int64(with))
	p.Capped = !p.AllDetailed && n != with
}

func newPageView(r *Report) *pageView {
	s := &r.Summary
	c := &s.Statuses
	p := &pageView{
		Title:           r.title(),
		Generated:       generated(r.GeneratedAt),
		Snapshots:       snapshotList(s.Snapshots),
		CSS:             pageCSS,
		Order:           r.Order.Describe(),
		Claimed:         s.Claimed.String(),
		Verifiable:      s.Verifiable.String(),
		Unsupported:     (s.Claimed - s.Verifiable).String(),
		ClaimedShort:    s.Claimed.Short(),
		VerifiableShort: s.Verifiable.Short(),
		Share:           percent(s.Verifiable, s.Claimed),
		Claims:          commas(int64(s.Claims)),
		Listed:          commas(int64(len(r.Items))),
		Supported:       commas(int64(c.Supported)),
		Partial:         commas(int64(c.Partial)),
		NotSupported:    commas(int64(c.Unsupported)),
		Unverifiable:    commas(int64(c.NoEvidence)),
		WithFindings:    commas(int64(c.WithFindings)),
		OtherStatus:     commas(int64(c.Other)),
		AllDetailed:     len(r.Items) <= DetailAll,
		Subset:          len(r.Items) != s.Claims,
		Chart:           newAgencyChart(s.ByAgency),
		ClassNote:       classNote(s),
		HasItems:        len(r.Items) > 0,
	}
	if p.AllDetailed {
		p.Detailed = p.Listed
	} else {
		p.Detailed = p.WithFindings
	}
	for _, t := range s.ByKind {
		p.ByKind = append(p.ByKind, newTotalView(t))
	}
	for _, t := range sortedAgencyTotals(s.ByAgency) {
		p.Agencies = append(p.Agencies, newTotalView(t))
	}
	for _, t := range sortedClassTotals(s.ByClass) {
		cl := spend.Class(t.Key)
		p.Classes = append(p.Classes, classView{Key: t.Key, Label: classLabel(cl), Meaning: classMeaning(cl),
			Count: commas(int64(t.Count)), Amount: t.Amount.String()})
	}
	for i := range r.Diffs {
		p.Diffs = append(p.Diffs, newDiffView(&r.Diffs[i]))
	}
	for _, src := range r.Sources {
		sv := sourceView{Name: src.Name, Format: src.Format, Snapshot: src.Snapshot.String(), SHA256: src.SHA256,
			Bytes: commas(src.Bytes), Read: commas(src.Read), Loaded: commas(src.Loaded),
			Quarantined: commas(src.Quarantined)}
		if !src.IngestedAt.IsZero() {
			sv.IngestedAt = generated(src.IngestedAt)
		}
		p.Sources = append(p.Sources, sv)
	}
	return p
}

func newTotalView(t spend.Total) totalView {
	return totalView{Key: t.Key, Count: commas(int64(t.Count)), Claimed: t.Claimed.String(),
		Verifiable: t.Verifiable.String(), Share: percent(t.Verifiable, t.Claimed)}
}

func newDiffView(d *spend.Diff) diffView {
	v := diffView{
		From: snapshotName(d.From), To: snapshotName(d.To),
		ClaimedFrom: d.ClaimedFrom.String(), ClaimedTo: d.ClaimedTo.String(), Net: signed(d.ClaimedTo - d.ClaimedFrom),
		Added: commas(int64(d.Added)), Removed: commas(int64(d.Removed)), Changed: commas(int64(d.Changed)),
		Unchanged:   commas(int64(d.Unchanged)),
		AddedAmount: signed(d.AddedAmount), RemovedAmount: signed(-d.RemovedAmount), ChangedNet: signed(d.ChangedDelta),
	}
	for _, c := range d.Changes {
		cv := changeView{Type: string(c.Type), Kind: string(c.Kind), Key: c.Key, Before: savingsText(c.Before),
			After: savingsText(c.After), Delta: signed(c.Delta), Fields: strings.Join(c.Fields, ", ")}
		switch {
		case c.After != nil:
			cv.Name = c.After.Vendor
		case c.Before != nil:
			cv.Name = c.Before.Vendor
		}
		v.Changes = append(v.Changes, cv)
	}
	return v
}

func savingsText(c *spend.Claim) string {
	if c == nil {
		return "—"
	}
	return c.Savings.String()
}

// rowView is one line of the claims table. It is reused from claim to
// claim.
type rowView struct {
	Anchor                   string // "#c12" when the claim has a details block
	ID                       int64
	Kind, Ref, Agency, Name  string
	Claimed, Verifiable, Gap string
	Status                   string
	Tags                     []tagView
}

type tagView struct{ Class, Label string }

func (v *rowView) set(it *Item, detailed bool) {
	c, vd := &it.Claim, &it.Verdict
	v.Anchor = ""
	if detailed {
		v.Anchor = "#" + anchor(c.ID)
	}
	v.ID, v.Kind, v.Ref, v.Agency, v.Name = c.ID, string(c.Kind), claimRef(c), c.Agency, c.Vendor
	v.Claimed, v.Verifiable, v.Gap = vd.Claimed.String(), vd.Verifiable.String(), it.Unsupported().String()
	v.Status = string(vd.Status)
	v.Tags = v.Tags[:0]
	for _, cl := range classesOf(vd) {
		v.Tags = append(v.Tags, tagView{Class: string(cl), Label: classLabel(cl)})
	}
}

func anchor(id int64) string { return "c" + strconv.FormatInt(id, 10) }

// claimView is the details block of one claim.
type claimView struct {
	Anchor                  string
	ID                      int64
	Kind, Ref, Agency, Name string
	Status                  string
	Claimed, Verifiable     string
	Share                   string
	Where                   string     // where the claim was read
	Facts                   []factView // the claim as read, when there is no source row
	Link                    linkView
	LinkMethod, LinkNote    string
	LinkScore               string
	AwardKey, AwardWhere    string
	Findings                []findingView
	Award                   []factView
	AwardLink               linkView
	Rows                    []sourceRowView
}

type factView struct{ Name, Value string }

// linkView is a link from the data: URL is set only for http(s) links to
// the systems of record, and Text then names the site; other links are
// shown as text, not linked.
type linkView struct{ URL, Text string }

type findingView struct {
	Class, Label, Severity, Amount, Sentence string
	Evidence                                 []evidenceView
}

type evidenceView struct{ Field, Value, Where, Note string }

type sourceRowView struct {
	Ref, Role string
	Cells     []Cell
	EmptyNote string // "3 empty columns not shown."
}

func newClaimView(ix *index, it *Item) *claimView {
	c, vd := &it.Claim, &it.Verdict
	v := &claimView{
		Anchor: anchor(c.ID), ID: c.ID, Kind: string(c.Kind), Ref: claimRef(c), Agency: c.Agency, Name: c.Vendor,
		Status: string(vd.Status), Claimed: vd.Claimed.String(), Verifiable: vd.Verifiable.String(),
		Share:      percent(vd.Verifiable, vd.Claimed),
		Link:       newLink(c.Link),
		LinkMethod: linkLabel(vd.Link), LinkNote: vd.LinkNote,
		AwardKey: vd.AwardKey, AwardWhere: ix.where(vd.AwardOrigin),
	}
	if vd.Link != spend.LinkNone && vd.LinkScore > 0 && vd.LinkScore < 1 {
		v.LinkScore = strconv.FormatFloat(vd.LinkScore, 'f', 2, 64)
	}
	v.Where = ix.where(c.Origin)
	if len(it.Rows) == 0 {
		// Without the source row, show the claim as probity read it.
		v.Facts = nonEmpty([]factView{
			{"Agency", c.Agency}, {"Vendor / recipient", c.Vendor}, {"PIID", c.PIID}, {"Award id", c.AwardID},
			{"Claim date", c.Date.String()}, {"Date note", c.DateNote}, {"Snapshot", c.Snapshot.String()},
			{"Description", c.Description}, {"FPDS status", c.Status},
			{"Value shown", nullMoney(c.Value)}, {"Savings claimed", nullMoney(c.Savings)},
			{"Location", c.Location}, {"City", c.City}, {"State", c.State}, {"Square feet", sqft(c.SqFt)},
		})
	}
	for _, f := range vd.Findings {
		fv := findingView{Class: string(f.Class), Label: classLabel(f.Class), Severity: string(f.Severity),
			Amount: f.Amount.String(), Sentence: f.Sentence}
		for _, e := range f.Evidence {
			fv.Evidence = append(fv.Evidence, evidenceView{Field: e.Field, Value: e.Value, Where: ix.where(e.Origin), Note: e.Note})
		}
		v.Findings = append(v.Findings, fv)
	}
	if a := it.Award; a != nil {
		unob, unspent := "", ""
		if m, ok := a.Unobligated(); ok {
			unob = m.String()
		}
		if m, ok := a.Unspent(); ok {
			unspent = m.String()
		}
		piid := a.PIID
		if piid == a.Key {
			piid = ""
		}
		v.Award = nonEmpty([]factView{
			{"Key", a.Key}, {"PIID", piid}, {"FAIN", a.FAIN}, {"Recipient", a.Recipient},
			{"Reason for modification", a.ReasonForMod},
			{"Signed", a.Signed.String()}, {"Current end", a.CurrentEnd.String()}, {"Potential end", a.PotentialEnd.String()},
			{"Ceiling (base and all options)", nullMoney(a.Ceiling)},
			{"Base and exercised options", nullMoney(a.BaseExercised)},
			{"Obligated", nullMoney(a.Obligated)}, {"Outlayed", nullMoney(a.Outlayed)},
			{"Unobligated (ceiling − obligated)", unob}, {"Unspent (obligated − outlayed)", unspent},
			{"As of", a.AsOf.String()}, {"Read from", ix.where(a.Origin)},
		})
		if a.Kind == spend.Grant && a.Key != "" {
			v.AwardLink = newLink("https://www.usaspending.gov/award/" + url.PathEscape(a.Key))
		}
	}
	for _, r := range it.Rows {
		rv := sourceRowView{Ref: r.Ref(), Role: r.Role}
		empty := 0
		for _, cell := range r.Cells() {
			if strings.TrimSpace(cell.Value) == "" {
				empty++
				continue
			}
			if runes(cell.Value) > maxCellRunes {
				cell.Value = truncate(cell.Value, maxCellRunes) + fmt.Sprintf(" [%d characters in all]", runes(cell.Value))
			}
			rv.Cells = append(rv.Cells, cell)
		}
		switch {
		case empty == 1:
			rv.EmptyNote = "1 empty column not shown."
		case empty > 1:
			rv.EmptyNote = strconv.Itoa(empty) + " empty columns not shown."
		}
		v.Rows = append(v.Rows, rv)
	}
	return v
}

func nonEmpty(fs []factView) []factView {
	out := fs[:0]
	for _, f := range fs {
		if f.Value != "" {
			out = append(out, f)
		}
	}
	return out
}

func nullMoney(n spend.NullMoney) string {
	if !n.Valid {
		return ""
	}
	return n.Money.String()
}

func sqft(n int64) string {
	if n == 0 {
		return ""
	}
	return commas(n)
}

// linkHosts are the systems of record whose pages the report links to.
var linkHosts = []struct{ host, name string }{
	{"fpds.gov", "the FPDS record"},
	{"usaspending.gov", "the USAspending page"},
}

// newLink makes a link from a URL in the data. Only http and https URLs
// on the systems of record become links; anything else is shown as text.
func newLink(raw string) linkView {
	l := linkView{Text: raw}
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.User != nil {
		return l
	}
	host := strings.ToLower(u.Hostname())
	for _, h := range linkHosts {
		if host == h.host || strings.HasSuffix(host, "."+h.host) {
			return linkView{URL: u.String(), Text: h.name}
		}
	}
	return l
}
