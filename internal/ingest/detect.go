package ingest

import (
	"bytes"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/probity-dev/probity/internal/ingest/doge"
	"github.com/probity-dev/probity/internal/ingest/format"
	"github.com/probity-dev/probity/internal/ingest/fpds"
	"github.com/probity-dev/probity/internal/ingest/usaspending"
	"github.com/probity-dev/probity/internal/spend"
)

// Formats returns every format probity reads.
func Formats() []*format.Spec {
	var out []*format.Spec
	out = append(out, doge.Specs()...)
	out = append(out, doge.PaymentSpecs()...)

	out = append(out, fpds.Specs()...)
	out = append(out, usaspending.Specs()...)
	return out
}

// FormatByName returns the named format.
func FormatByName(name string) (*format.Spec, error) {
	var names []string
	for _, f := range Formats() {
		if f.Name == name {
			return f, nil
		}
		names = append(names, f.Name)
	}
	return nil, spend.Errorf(spend.Invalid, "unknown format %q; known formats: %s", name, strings.Join(names, ", "))
}

// detect picks the format whose required columns the header has, preferring
// the most specific (most required columns). A tie is refused: the user
// must name the format.
func detect(file string, enc format.Encoding, header []string) (*format.Spec, error) {
	var best []*format.Spec
	for _, f := range Formats() {
		if f.Encoding != enc || !f.Matches(header) {
			continue
		}
		switch {
		case len(best) == 0 || len(f.Required) > len(best[0].Required):
			best = []*format.Spec{f}
		case len(f.Required) == len(best[0].Required):
			best = append(best, f)
		}
	}
	switch len(best) {
	case 1:
		return best[0], nil
	case 0:
		shown := header
		if len(shown) > 12 {
			shown = append(append([]string{}, shown[:12]...), "…")
		}
		return nil, spend.Errorf(spend.Invalid, "%s: not a format probity knows (columns: %s); run 'probity ingest --formats' for the list, or name one with --format", file, strings.Join(shown, ", "))
	}
	var names []string
	for _, f := range best {
		names = append(names, f.Name)
	}
	sort.Strings(names)
	return nil, spend.Errorf(spend.Invalid, "%s: the columns fit several formats (%s); name one with --format", file, strings.Join(names, ", "))
}

var datePattern = regexp.MustCompile(`(\d{4})-(\d{2})-(\d{2})`)

// snapshotFromName reads a YYYY-MM-DD date in a file name.
func snapshotFromName(path string) (spend.Date, bool) {
	m := datePattern.FindString(filepath.Base(path))
	if m == "" {
		return spend.Date{}, false
	}
	d, err := spend.ParseDate(m, spend.Date{})
	return d, err == nil
}

// sniffEncoding decides between JSON and CSV from the first non-space byte.
func sniffEncoding(head []byte) format.Encoding {
	t := bytes.TrimLeft(bytes.TrimPrefix(head, bom), " \t\r\n")
	if len(t) > 0 && (t[0] == '[' || t[0] == '{') {
		return format.JSON
	}
	return format.CSV
}
