package report

import (
	"bufio"
	"cmp"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/probity-dev/probity/internal/spend"
)

// TextOptions controls the terminal summary.
type TextOptions struct {
	// Limit is the number of rows in the by-agency list, the findings
	// list and each list of snapshot changes: 0 means DefaultLimit, a
	// negative number means all.
	Limit int
	// Width is the widest a line may be, in columns: 0 means
	// DefaultWidth; values below MinWidth are raised to it.
	Width int
	// Color turns on ANSI bold and colour. Leave it off for files and
	// pipes.
	Color bool
}

// Defaults and bounds of TextOptions.
const (
	DefaultLimit = 10
	DefaultWidth = 100
	MinWidth     = 60
)

func (o TextOptions) limit(n int) int {
	switch {
	case o.Limit == 0:
		return min(n, DefaultLimit)
	case o.Limit < 0:
		return n
	}
	return min(n, o.Limit)
}

func (o TextOptions) width() int {
	if o.Width == 0 {
		return DefaultWidth
	}
	return max(o.Width, MinWidth)
}

// ANSI escapes used when TextOptions.Color is set.
const (
	ansiBold   = "\x1b[1m"
	ansiRed    = "\x1b[31m"
	ansiYellow = "\x1b[33m"
	ansiCyan   = "\x1b[36m"
	ansiDim    = "\x1b[2m"
	ansiReset  = "\x1b[0m"
)

// Text writes the terminal summary of r: the headline, tables by kind,
// finding class and agency (money right-aligned), the largest findings,
// snapshot changes and sources. Lines fit opt.Width; there are no escape
// sequences unless opt.Color is set.
func Text(w io.Writer, r *Report, opt TextOptions) error {
	bw := bufio.NewWriter(w)
	t := &textWriter{w: bw, opt: opt, width: opt.width(), ix: newIndex(r)}
	t.write(r)
	if t.err != nil {
		return fmt.Errorf("write text report: %w", t.err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write text report: %w", err)
	}
	return nil
}

type textWriter struct {
	w     *bufio.Writer
	opt   TextOptions
	width int
	ix    *index
	err   error
}

func (t *textWriter) println(s string) {
	if t.err != nil {
		return
	}
	if _, err := t.w.WriteString(s + "\n"); err != nil {
		t.err = err
	}
}

func (t *textWriter) style(code, s string) string {
	if !t.opt.Color || s == "" {
		return s
	}
	return code + s + ansiReset
}

func (t *textWriter) heading(s string) {
	t.println("")
	t.println(t.style(ansiBold, strings.ToUpper(s)))
}

func (t *textWriter) table(tb *textTable) {
	for i, l := range tb.lines(2, t.width) {
		if i == 0 {
			l = t.style(ansiDim, l)
		}
		t.println(l)
	}
}

// wrapped prints s, with its control characters removed, wrapped to the
// width.
func (t *textWriter) wrapped(s, first, rest string) {
	for _, l := range wrap(clean(s), t.width, first, rest) {
		t.println(l)
	}
}

func money(m spend.Money) textCell { return textCell{full: m.String(), short: m.Short()} }

func count(n int) textCell { return txt(commas(int64(n))) }

// commas formats n with thousands separators: 12,345.
func commas(n int64) string {
	s := strconv.FormatInt(n, 10)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

func (t *textWriter) write(r *Report) {
	s := &r.Summary
	t.println(t.style(ansiBold, truncate(clean(r.title()), t.width)))
	meta := "Generated " + generated(r.GeneratedAt)
	if len(s.Snapshots) > 0 {
		meta += " · snapshots: " + snapshotList(s.Snapshots)
	}
	t.wrapped(meta, "", "  ")

	t.headline(r)
	t.byKind(s)
	t.byClass(s)
	t.byAgency(s)
	t.findings(r)
	for i := range r.Diffs {
		t.diff(&r.Diffs[i])
	}
	t.sources(r.Sources)
	t.println("")
	t.wrapped("Evidence and the source rows behind every claim are in the HTML and JSON reports.", "", "")
}

func (t *textWriter) headline(r *Report) {
	s := &r.Summary
	c := &s.Statuses
	t.println("")
	amounts := []string{s.Claimed.String(), s.Verifiable.String(), (s.Claimed - s.Verifiable).String()}
	aw := 0
	for _, a := range amounts {
		aw = max(aw, runes(a))
	}
	if 2+15+aw+30 > t.width {
		amounts = []string{s.Claimed.Short(), s.Verifiable.Short(), (s.Claimed - s.Verifiable).Short()}
		aw = 0
		for _, a := range amounts {
			aw = max(aw, runes(a))
		}
	}
	pad := func(a string) string { return strings.Repeat(" ", aw-runes(a)) + a }
	t.println("  Claimed        " + pad(amounts[0]))
	t.println("  Verifiable     " + t.style(ansiBold, pad(amounts[1])) + "   " + percent(s.Verifiable, s.Claimed) + " of the claimed total")
	t.println("  Not supported  " + pad(amounts[2]))
	line := fmt.Sprintf("%s claims: %s supported, %s partly supported, %s unsupported, %s unverifiable; %s with findings.",
		commas(int64(s.Claims)), commas(int64(c.Supported)), commas(int64(c.Partial)), commas(int64(c.Unsupported)),
		commas(int64(c.NoEvidence)), commas(int64(c.WithFindings)))
	if c.Other > 0 {
		line += fmt.Sprintf(" %s claims have a status this report does not know.", commas(int64(c.Other)))
	}
	if r.Items != nil && len(r.Items) != s.Claims {
		line += fmt.Sprintf(" This report lists %s of them.", commas(int64(len(r.Items))))
	}
	t.wrapped(line, "  ", "  ")
}

func (t *textWriter) byKind(s *spend.Summary) {
	if len(s.ByKind) == 0 {
		return
	}
	t.heading("By kind")
	tb := &textTable{cols: []textCol{{head: "Kind", flex: true}, {head: "Claims", right: true},
		{head: "Claimed", right: true}, {head: "Verifiable", right: true}, {head: "Supported", right: true}}}
	for _, k := range s.ByKind {
		tb.add(txt(k.Key), count(k.Count), money(k.Claimed), money(k.Verifiable), txt(percent(k.Verifiable, k.Claimed)))
	}
	t.table(tb)
}

func (t *textWriter) byClass(s *spend.Summary) {
	t.heading("By finding")
	if len(s.ByClass) == 0 {
		t.println("  No findings.")
		return
	}
	tb := &textTable{cols: []textCol{{head: "Finding", flex: true}, {head: "Class"},
		{head: "Claims", right: true}, {head: "Amount removed", right: true}}}
	for _, k := range sortedClassTotals(s.ByClass) {
		tb.add(txt(classLabel(spend.Class(k.Key))), txt(k.Key), count(k.Count), money(k.Amount))
	}
	t.table(tb)
	t.wrapped(classNote(s), "  ", "  ")
}

func (t *textWriter) byAgency(s *spend.Summary) {
	if len(s.ByAgency) == 0 {
		return
	}
	all := sortedAgencyTotals(s.ByAgency)
	n := t.opt.limit(len(all))
	title := "By agency"
	if n < len(all) {
		title = fmt.Sprintf("By agency (largest %d of %d)", n, len(all))
	}
	t.heading(title)
	tb := &textTable{cols: []textCol{{head: "Agency", flex: true}, {head: "Claims", right: true},
		{head: "Claimed", right: true}, {head: "Verifiable", right: true}, {head: "Supported", right: true}}}
	for _, k := range all[:n] {
		tb.add(txt(k.Key), count(k.Count), money(k.Claimed), money(k.Verifiable), txt(percent(k.Verifiable, k.Claimed)))
	}
	if rest := all[n:]; len(rest) > 0 {
		o := sumTotals(rest)
		tb.add(txt(fmt.Sprintf("%d other agencies", len(rest))), count(o.Count), money(o.Claimed), money(o.Verifiable),
			txt(percent(o.Verifiable, o.Claimed)))
	}
	t.table(tb)
}

func sumTotals(ts []spend.Total) spend.Total {
	var o spend.Total
	for _, k := range ts {
		o.Count += k.Count
		o.Claimed += k.Claimed
		o.Verifiable += k.Verifiable
		o.Amount += k.Amount
	}
	return o
}

// findingRef points at one finding of one item.
type findingRef struct {
	item *Item
	f    *spend.Finding
}

// topFindings returns every finding, largest amount first, then most
// serious, then by claim id.
func topFindings(items []Item) []findingRef {
	var out []findingRef
	for i := range items {
		for j := range items[i].Verdict.Findings {
			out = append(out, findingRef{&items[i], &items[i].Verdict.Findings[j]})
		}
	}
	slices.SortStableFunc(out, func(a, b findingRef) int {
		if c := cmp.Compare(b.f.Amount, a.f.Amount); c != 0 {
			return c
		}
		if c := cmp.Compare(severityRank(a.f.Severity), severityRank(b.f.Severity)); c != 0 {
			return c
		}
		if c := cmp.Compare(classRank(a.f.Class), classRank(b.f.Class)); c != 0 {
			return c
		}
		return cmp.Compare(a.item.Claim.ID, b.item.Claim.ID)
	})
	return out
}

func (t *textWriter) findings(r *Report) {
	all := topFindings(r.Items)
	if len(all) == 0 {
		return
	}
	n := t.opt.limit(len(all))
	t.heading(fmt.Sprintf("Largest findings (%d of %d)", n, len(all)))
	shown := all[:n]
	aw, lw := 0, 0
	for _, fr := range shown {
		aw = max(aw, runes(fr.f.Amount.String()))
		lw = max(lw, runes(classLabel(fr.f.Class)))
	}
	for i, fr := range shown {
		amount := fr.f.Amount.String()
		sev := strings.ToUpper(string(fr.f.Severity))
		head := fmt.Sprintf("%3d. %-6s  %-*s  %*s", i+1, sev, lw, classLabel(fr.f.Class), aw, amount)
		if runes(head) > t.width {
			head = fmt.Sprintf("%3d. %-6s  %s  %s", i+1, sev, classLabel(fr.f.Class), fr.f.Amount.Short())
		}
		t.println(t.colorSeverity(fr.f.Severity, head))
		c := &fr.item.Claim
		ctx := fmt.Sprintf("claim #%d · %s", c.ID, c.Kind)
		for _, s := range []string{claimRef(c), c.Agency, c.Vendor} {
			if s != "" {
				ctx += " · " + s
			}
		}
		if w := t.ix.where(c.Origin); w != "" {
			ctx += " · " + w
		}
		t.println(truncate("      "+clean(ctx), t.width))
		t.wrapped(fr.f.Sentence, "      ", "      ")
	}
}

func (t *textWriter) colorSeverity(s spend.Severity, line string) string {
	switch s {
	case spend.High:
		return t.style(ansiRed, line)
	case spend.Medium:
		return t.style(ansiYellow, line)
	case spend.Low:
		return t.style(ansiCyan, line)
	}
	return line
}

func (t *textWriter) diff(d *spend.Diff) {
	t.heading("Changes between snapshots")
	t.wrapped(fmt.Sprintf("From %s to %s the claimed total went from %s to %s (%s).", snapshotName(d.From), snapshotName(d.To),
		d.ClaimedFrom, d.ClaimedTo, signed(d.ClaimedTo-d.ClaimedFrom)), "  ", "  ")
	tb := &textTable{cols: []textCol{{head: "Change", flex: true}, {head: "Claims", right: true}, {head: "Effect on claimed", right: true}}}
	tb.add(txt("added"), count(d.Added), signedCell(d.AddedAmount))
	tb.add(txt("removed"), count(d.Removed), signedCell(-d.RemovedAmount))
	tb.add(txt("changed"), count(d.Changed), signedCell(d.ChangedDelta))
	tb.add(txt("unchanged"), count(d.Unchanged), txt(""))
	t.table(tb)
	if len(d.Changes) == 0 {
		return
	}
	n := t.opt.limit(len(d.Changes))
	t.println("")
	t.println(fmt.Sprintf("  Largest changes (%d of %d):", n, len(d.Changes)))
	ct := &textTable{cols: []textCol{{head: "Type"}, {head: "Award", flex: true}, {head: "Before", right: true},
		{head: "After", right: true}, {head: "Delta", right: true}, {head: "Fields", drop: true}}}
	for _, c := range d.Changes[:n] {
		ct.add(txt(string(c.Type)), txt(c.Key), savingsCell(c.Before), savingsCell(c.After), signedCell(c.Delta),
			txt(strings.Join(c.Fields, ",")))
	}
	t.table(ct)
}

// signed returns m with an explicit sign: "+$1.00", "-$1.00", "$0.00".
func signed(m spend.Money) string {
	if m > 0 {
		return "+" + m.String()
	}
	return m.String()
}

func signedCell(m spend.Money) textCell {
	short := m.Short()
	if m > 0 {
		short = "+" + short
	}
	return textCell{full: signed(m), short: short}
}

func savingsCell(c *spend.Claim) textCell {
	if c == nil || !c.Savings.Valid {
		return txt("—")
	}
	return money(c.Savings.Money)
}

func (t *textWriter) sources(ss []spend.Source) {
	if len(ss) == 0 {
		return
	}
	t.heading("Sources")
	tb := &textTable{cols: []textCol{{head: "File", flex: true}, {head: "Snapshot"}, {head: "Read", right: true},
		{head: "Loaded", right: true}, {head: "Quarantined", right: true}, {head: "SHA-256", drop: true}}}
	for _, s := range ss {
		tb.add(txt(s.Name), txt(s.Snapshot.String()), txt(commas(s.Read)), txt(commas(s.Loaded)),
			txt(commas(s.Quarantined)), txt(truncate(s.SHA256, 13)))
	}
	t.table(tb)
}

// classNote says whether the by-class amounts add up to the unsupported
// total: verify attributes each dollar of a claim's gap to one finding,
// but a summary built elsewhere may not.
func classNote(s *spend.Summary) string {
	var sum spend.Money
	for _, c := range s.ByClass {
		sum += c.Amount
	}
	if sum == s.Claimed-s.Verifiable {
		return "Each dollar of a claim's gap is attributed to one finding, so the amounts add up to the unsupported total."
	}
	return "A claim can have several findings, so the amounts overlap and do not add up to the unsupported total."
}
