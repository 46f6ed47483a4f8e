package report

import (
	"encoding/csv"
	"fmt"
	"io"
	"strings"
)

// CSVHeader is the header row CSV writes, in column order.
var CSVHeader = []string{
	"claim_id", "kind", "snapshot", "date", "agency", "vendor", "piid", "award_id",
	"award_key", "link_method", "claimed", "verifiable", "unsupported", "status",
	"classes", "finding", "source",
}

// CSV writes one row per claim, in the order of r.Items, under
// CSVHeader: the claim's key fields, the amounts in plain dollars
// ("1234.50"), the verdict status, the finding classes joined by ";", the
// sentence of the first finding, and the file and line the claim was
// read from. Text that a spreadsheet would run as a formula (starting
// with =, +, -, @, tab or carriage return) is prefixed with a single
// quote; the JSON report carries the values untouched.
func CSV(w io.Writer, r *Report) error {
	ix := newIndex(r)
	cw := csv.NewWriter(w)
	if err := cw.Write(CSVHeader); err != nil {
		return fmt.Errorf("write csv report: %w", err)
	}
	rec := make([]string, len(CSVHeader))
	for i := range r.Items {
		it := &r.Items[i]
		c, v := &it.Claim, &it.Verdict
		var classes []string
		for _, cl := range classesOf(v) {
			classes = append(classes, string(cl))
		}
		first := ""
		if len(v.Findings) > 0 {
			first = v.Findings[0].Sentence
		}
		rec = append(rec[:0],
			fmt.Sprint(c.ID), string(c.Kind), c.Snapshot.String(), c.Date.String(),
			safeCell(c.Agency), safeCell(c.Vendor), safeCell(c.PIID), safeCell(c.AwardID),
			safeCell(v.AwardKey), string(v.Link),
			v.Claimed.Dollars(), v.Verifiable.Dollars(), it.Unsupported().Dollars(), string(v.Status),
			strings.Join(classes, ";"), safeCell(first), safeCell(ix.where(c.Origin)),
		)
		if err := cw.Write(rec); err != nil {
			return fmt.Errorf("write csv report: %w", err)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("write csv report: %w", err)
	}
	return nil
}

// safeCell defuses spreadsheet formula injection in a text field.
func safeCell(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r':
		return "'" + s
	}
	return s
}
