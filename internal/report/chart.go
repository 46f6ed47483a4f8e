package report

import (
	"fmt"
	"strconv"

	"github.com/probity-dev/probity/internal/spend"
)

// Chart geometry, in SVG user units (pixels at 100% zoom).
const (
	chartTop       = 15 // agencies shown by name; the rest are one "other" row
	chartWidth     = 800
	chartLabelW    = 262 // agency names, right-aligned, end here
	chartBarMax    = 400 // the longest bar
	chartRowH      = 36
	chartBarH      = 13
	chartLegendH   = 30
	chartLabelRune = 34 // agency names longer than this are cut (full name in <title>)
)

// agencyChart is the layout of the inline-SVG chart of claimed against
// verifiable savings by agency: two horizontal bars per agency, both
// drawn to one scale, each labelled with its amount in words.
type agencyChart struct {
	Width, Height int
	Title, Desc   string
	Rows          []chartRow
	// The legend: the baseline of its text, the top of its swatches, and
	// the x of each swatch and text.
	LegendY, LegendBoxY                        int
	BarX, LegendText1, LegendBox2, LegendText2 int
}

// chartRow is one agency (or the "other agencies" row).
type chartRow struct {
	Label      string // the name as drawn, cut to fit
	Full       string // the full name
	LabelX     int    // where the name ends (it is right-aligned)
	LabelY     int
	Claimed    chartBar
	Verifiable chartBar
}

// chartBar is one bar: its box, the amount it stands for, and its label.
type chartBar struct {
	X, Y, H int
	W       string // width, formatted with one decimal
	Cents   int64  // the amount drawn, in cents (data-cents in the SVG)
	TextX   string
	TextY   int
	Text    string // "$8.0B claimed"
	Title   string // "Department of X: $8,000,000,000.00 claimed"
}

// newAgencyChart lays out the chart for the by-agency totals: the top
// chartTop agencies by claimed amount and, if there are more, one row
// for all the others. It returns nil when there are no agencies.
func newAgencyChart(totals []spend.Total) *agencyChart {
	if len(totals) == 0 {
		return nil
	}
	all := sortedAgencyTotals(totals)
	shown := all
	var other *spend.Total
	if len(all) > chartTop {
		shown = all[:chartTop]
		o := sumTotals(all[chartTop:])
		o.Key = fmt.Sprintf("Other (%d agencies)", len(all)-chartTop)
		other = &o
	}
	rows := append([]spend.Total(nil), shown...)
	if other != nil {
		rows = append(rows, *other)
	}
	var scale spend.Money
	for _, t := range rows {
		scale = max(scale, t.Claimed, t.Verifiable)
	}
	c := &agencyChart{
		Width:   chartWidth,
		Height:  chartLegendH + len(rows)*chartRowH + 6,
		Title:   "Claimed and verifiable savings by agency",
		LegendY: 18, LegendBoxY: 8,
		BarX: chartLabelW, LegendText1: chartLabelW + 20, LegendBox2: chartLabelW + 94, LegendText2: chartLabelW + 114,
	}
	c.Desc = fmt.Sprintf("Horizontal bar chart of the %d agencies with the largest claimed savings", len(shown))
	if other != nil {
		c.Desc += fmt.Sprintf(", and the other %d agencies together", len(all)-chartTop)
	}
	c.Desc += ". For each agency the upper bar is the amount claimed and the lower bar the part the records support; both bars use one scale and carry their amount as text. The same figures are in the table below."
	for i, t := range rows {
		y := chartLegendH + i*chartRowH
		c.Rows = append(c.Rows, chartRow{
			Label:      truncate(t.Key, chartLabelRune),
			Full:       t.Key,
			LabelX:     chartLabelW - 8,
			LabelY:     y + chartBarH + 6,
			Claimed:    newBar(t.Key, t.Claimed, "claimed", y+2, scale),
			Verifiable: newBar(t.Key, t.Verifiable, "verifiable", y+2+chartBarH+3, scale),
		})
	}
	return c
}

// newBar draws amount m at row height y, its width in proportion to
// scale. Negative amounts are drawn with no width. The division is for
// drawing only; no money is computed with it.
func newBar(agency string, m spend.Money, what string, y int, scale spend.Money) chartBar {
	w := barWidth(m, scale)
	return chartBar{
		X: chartLabelW, Y: y, H: chartBarH,
		W:     strconv.FormatFloat(w, 'f', 1, 64),
		Cents: m.Cents(),
		TextX: strconv.FormatFloat(chartLabelW+w+6, 'f', 1, 64),
		TextY: y + chartBarH - 2,
		Text:  m.Short() + " " + what,
		Title: agency + ": " + m.String() + " " + what,
	}
}

// barWidth returns the length of the bar for m when scale is drawn
// chartBarMax long.
func barWidth(m, scale spend.Money) float64 {
	if m <= 0 || scale <= 0 {
		return 0
	}
	return float64(chartBarMax) * float64(m) / float64(scale)
}
