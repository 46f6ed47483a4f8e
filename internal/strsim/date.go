package strsim

// DaysApart returns the number of days between the civil (proleptic
// Gregorian) dates y1-m1-d1 and y2-m2-d2, never negative. There are no time
// zones and no times of day. Out-of-range months and days carry over as
// time.Date does (month 13 is January of the next year, day 0 the last day
// of the month before), so callers validate dates first.
func DaysApart(y1, m1, d1, y2, m2, d2 int) int {
	n := DayNumber(y2, m2, d2) - DayNumber(y1, m1, d1)
	if n < 0 {
		return -n
	}
	return n
}

// DayNumber returns the number of days from 1970-01-01 to the civil date
// y-m-d (negative before it), normalising months as DaysApart does. It is
// Howard Hinnant's days_from_civil algorithm
// (howardhinnant.github.io/date_algorithms.html).
func DayNumber(y, m, d int) int {
	// Bring m into 1..12, carrying whole years (floor division).
	m--
	y += floorDiv(m, 12)
	m = m - 12*floorDiv(m, 12) + 1
	if m <= 2 {
		y--
	}
	era := floorDiv(y, 400)
	yoe := y - era*400                     // [0, 399]
	mp := (m + 9) % 12                     // March = 0
	doy := (153*mp+2)/5 + d - 1            // day of the year from March 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy // day of the era
	return era*146097 + doe - 719468
}

func floorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}
