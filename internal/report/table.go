package report

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// textTable lays out a plain-text table that fits a width: numbers right
// aligned, one flexible column that gives way when space runs short, and
// short forms of amounts used when the full forms do not fit.
type textTable struct {
	cols []textCol
	rows [][]textCell
}

type textCol struct {
	head  string
	right bool // right-align (numbers and money)
	flex  bool // this column is truncated to make the table fit
	drop  bool // this column is left out when the table does not fit
}

// textCell is a value with an optional shorter form (such as "$8.0B" for
// "$8,000,000,000.00").
type textCell struct {
	full, short string
}

func (t *textTable) add(cells ...textCell) { t.rows = append(t.rows, cells) }

// txt is a cell with one form.
func txt(s string) textCell { return textCell{full: clean(s)} }

// clean makes text from the data safe and tidy for a terminal: control
// characters (escape sequences, line breaks, tabs) become spaces and
// invalid UTF-8 becomes U+FFFD.
func clean(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	if !strings.ContainsFunc(s, unicode.IsControl) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, s)
}

const (
	colGap  = 2 // spaces between columns
	flexMin = 12
)

// lines renders the table, header first, each line at most width
// columns (including indent) where that is possible: amounts switch to
// their short forms, droppable columns are left out, and the flexible
// column is cut, in that order.
func (t *textTable) lines(indent, width int) []string {
	for t.natural(indent) > width {
		i := slices.IndexFunc(t.cols, func(c textCol) bool { return c.drop })
		if i < 0 {
			break
		}
		t = t.without(i)
	}
	return t.layout(indent, width)
}

// natural returns the width of the table with nothing cut, amounts in
// their short forms.
func (t *textTable) natural(indent int) int {
	n := indent + colGap*(len(t.cols)-1)
	for _, w := range t.widths(true) {
		n += w
	}
	return n
}

// without returns a copy of t without column i.
func (t *textTable) without(i int) *textTable {
	u := &textTable{cols: append(append([]textCol(nil), t.cols[:i]...), t.cols[i+1:]...)}
	for _, r := range t.rows {
		if i < len(r) {
			r = append(append([]textCell(nil), r[:i]...), r[i+1:]...)
		}
		u.rows = append(u.rows, r)
	}
	return u
}

func (t *textTable) layout(indent, width int) []string {
	useShort := false
	widths := t.widths(false)
	fixed := indent + colGap*(len(t.cols)-1)
	flex := -1
	for i, c := range t.cols {
		if c.flex {
			flex = i
			continue
		}
		fixed += widths[i]
	}
	natural := fixed
	if flex >= 0 {
		natural += widths[flex]
	}
	if natural > width && t.hasShort() {
		useShort = true
		short := t.widths(true)
		for i, c := range t.cols {
			if !c.flex {
				fixed += short[i] - widths[i]
			}
		}
		widths = short
	}
	if flex >= 0 && fixed+widths[flex] > width {
		widths[flex] = max(min(flexMin, widths[flex]), width-fixed)
	}

	out := make([]string, 0, len(t.rows)+1)
	head := make([]textCell, len(t.cols))
	for i, c := range t.cols {
		head[i] = txt(c.head)
	}
	out = append(out, t.line(head, widths, indent, false))
	for _, r := range t.rows {
		out = append(out, t.line(r, widths, indent, useShort))
	}
	return out
}

func (t *textTable) hasShort() bool {
	for _, r := range t.rows {
		for _, c := range r {
			if c.short != "" {
				return true
			}
		}
	}
	return false
}

func (t *textTable) widths(short bool) []int {
	w := make([]int, len(t.cols))
	for i, c := range t.cols {
		w[i] = runes(c.head)
	}
	for _, r := range t.rows {
		for i, c := range r {
			if i < len(w) {
				w[i] = max(w[i], runes(c.pick(short)))
			}
		}
	}
	return w
}

func (c textCell) pick(short bool) string {
	if short && c.short != "" {
		return c.short
	}
	return c.full
}

func (t *textTable) line(cells []textCell, widths []int, indent int, short bool) string {
	var b strings.Builder
	b.WriteString(strings.Repeat(" ", indent))
	for i, col := range t.cols {
		s := ""
		if i < len(cells) {
			s = truncate(cells[i].pick(short), widths[i])
		}
		pad := strings.Repeat(" ", widths[i]-runes(s))
		if i > 0 {
			b.WriteString(strings.Repeat(" ", colGap))
		}
		if col.right {
			b.WriteString(pad + s)
		} else {
			b.WriteString(s + pad)
		}
	}
	return strings.TrimRight(b.String(), " ")
}

// runes returns the display width of s, counted in runes.
func runes(s string) int { return utf8.RuneCountInString(s) }

// truncate shortens s to at most n runes, marking the cut with "…".
func truncate(s string, n int) string {
	if runes(s) <= n {
		return s
	}
	if n <= 1 {
		return string([]rune(s)[:max(n, 0)])
	}
	return string([]rune(s)[:n-1]) + "…"
}

// wrap breaks s into lines of at most width runes, the first prefixed by
// first and the rest by rest. Words longer than a line are cut.
func wrap(s string, width int, first, rest string) []string {
	var out []string
	prefix := first
	line := ""
	flush := func() {
		out = append(out, strings.TrimRight(prefix+line, " "))
		prefix, line = rest, ""
	}
	for _, w := range strings.Fields(s) {
		room := width - runes(prefix)
		if room < 1 {
			room = 1
		}
		for runes(w) > room {
			if line != "" {
				flush()
				room = max(width-runes(prefix), 1)
				continue
			}
			r := []rune(w)
			line = string(r[:room])
			w = string(r[room:])
			flush()
			room = max(width-runes(prefix), 1)
		}
		switch {
		case line == "":
			line = w
		case runes(line)+1+runes(w) <= room:
			line += " " + w
		default:
			flush()
			line = w
		}
	}
	if line != "" || len(out) == 0 {
		flush()
	}
	return out
}
