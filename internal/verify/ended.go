package verify

import (
	"strings"

	"github.com/probity-dev/probity/internal/spend"
)

// endFact says whether, and why, an award had already ended before the
// claim: the saving claimed for cancelling it cannot be new.
type endFact struct {
	ended     bool
	closeOut  bool       // a close-out action signed before the claim date
	ref       spend.Date // the date the claim is compared at
	refIsSnap bool       // ref is the snapshot date: the claim gave none
	end       spend.Date // the award's current end date, if known
	signed    spend.Date // the close-out's signed date
	days      int        // days from end (or close-out) to ref
}

// ended applies the already-ended rule. An award had ended before the
// claim when
//
//   - its current end date (FPDS date_complete; USAspending period of
//     performance end) is more than graceDays before the claim date, or
//   - its newest record is a close-out action (FPDS reason for
//     modification K, "CLOSE OUT") signed before the claim date: an award
//     is closed out only after it is complete.
//
// The claim date is Claim.Date, or the snapshot date when the claim gives
// none. reason is the newest record's reason for modification.
func ended(c *spend.Claim, a *spend.Award, reason string, graceDays int) endFact {
	f := endFact{ref: c.Date, end: a.CurrentEnd}
	if f.ref.IsZero() {
		f.ref, f.refIsSnap = c.Snapshot, true
	}
	if f.ref.IsZero() {
		return f
	}
	if !a.CurrentEnd.IsZero() {
		if d := dayNumber(f.ref) - dayNumber(a.CurrentEnd); d > graceDays {
			f.ended, f.days = true, d
			return f
		}
	}
	if isCloseOut(reason) && !a.Signed.IsZero() && a.Signed.Before(f.ref) {
		f.ended, f.closeOut, f.signed = true, true, a.Signed
		f.days = dayNumber(f.ref) - dayNumber(a.Signed)
	}
	return f
}

// isCloseOut reports whether an FPDS reason for modification, given as
// its code or its text, is a close-out.
func isCloseOut(reason string) bool {
	r := strings.TrimSpace(reason)
	return strings.EqualFold(r, "K") || containsFold(r, "close out") || containsFold(r, "closeout")
}

// dayNumber returns the number of days from 1970-01-01 to d in the
// proleptic Gregorian calendar (Howard Hinnant's days_from_civil).
func dayNumber(d spend.Date) int {
	y, m := d.Y, int(d.M)
	if m <= 2 {
		y--
	}
	era := y
	if era < 0 {
		era -= 399
	}
	era /= 400
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d.D - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}
