package store

import (
	"fmt"
	"strings"

	"github.com/probity-dev/probity/internal/spend"
)

// This file is the SQL twin of spend.ParseField: for each field kind, an
// expression that converts a staged text column exactly as the Go function
// does, and an expression that yields the same error text for values Go
// refuses. TestSQLMatchesGo runs both on the same inputs.

// sqlTrim trims the characters in spend.Space. The characters are written
// into the literal itself: DuckDB does not fold chr() calls into a constant.
func sqlTrim(x string) string {
	return fmt.Sprintf("trim(%s, '%s')", x, spend.Space)
}

const (
	reMoney  = `-?\$?([0-9]+|[0-9]{1,3}(,[0-9]{3})+)(\.[0-9]+)?`
	reCount  = `-?([0-9]+|[0-9]{1,3}(,[0-9]{3})+)`
	reSlash4 = `[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}`
	reSlash2 = `[0-9]{1,2}/[0-9]{1,2}/[0-9]{2}`
	reISO    = `[0-9]{4}-[0-9]{2}-[0-9]{2}(-([01][0-9]|2[0-3])[0-5][0-9])?`
)

// sqlValue returns the SQL expression for column x (VARCHAR) read as kind
// k, for values that spend.ParseField accepts and that fit the facts f
// (the zero Facts fit none but empty values; AnyFacts fits all). The bulk
// loader leaves out every record Go refused, so the expression does not
// check again, and it is written to be cheap: a file whose values need no
// trimming, no symbol stripping and one date form gets plain casts.
func sqlValue(k spend.FieldKind, x string, f Facts, refYear int) string {
	t := x
	if f.Space {
		t = sqlTrim(x)
	}
	switch k {
	case spend.Text:
		if f.CR {
			return fmt.Sprintf("NULLIF(replace(%s, chr(13) || chr(10), chr(10)), '')", x)
		}
		return fmt.Sprintf("NULLIF(%s, '')", x)
	case spend.Ident:
		return fmt.Sprintf("NULLIF(%s, '')", t)
	case spend.Amount:
		v := fmt.Sprintf("NULLIF(%s, '')", t)
		if f.Symbol {
			v = fmt.Sprintf("NULLIF(replace(replace(%s, '$', ''), ',', ''), '')", t)
		}
		return fmt.Sprintf("CAST(TRY_CAST(%s AS DECIMAL(18,2)) * 100 AS BIGINT)", v)
	case spend.Count:
		v := fmt.Sprintf("NULLIF(%s, '')", t)
		if f.Symbol {
			v = fmt.Sprintf("NULLIF(replace(%s, ',', ''), '')", t)
		}
		return fmt.Sprintf("TRY_CAST(%s AS BIGINT)", v)
	case spend.Day, spend.DayOrNote:
		switch f.Shapes &^ ShapeNote {
		case 0:
			return "CAST(NULL AS DATE)"
		case ShapeISO:
			return fmt.Sprintf("TRY_CAST(NULLIF(%s, '') AS DATE)", t)
		case ShapeISO | ShapeStamp, ShapeStamp:
			return fmt.Sprintf("TRY_CAST(NULLIF(left(%s, 10), '') AS DATE)", t)
		case ShapeSlash4:
			if f.Shapes&ShapeNote == 0 {
				return fmt.Sprintf("CAST(try_strptime(NULLIF(%s, ''), '%%m/%%d/%%Y') AS DATE)", t)
			}
		}
		if k == spend.DayOrNote {
			return fmt.Sprintf("CASE WHEN regexp_matches(%s, '^[0-9]') THEN %s ELSE NULL END", t, sqlDate(t, refYear))
		}
		return sqlDate(t, refYear)
	}
	panic("sqlValue: unknown kind " + string(k))
}

// AnyFacts fits every value: the general expressions.
var AnyFacts = Facts{Space: true, Symbol: true, CR: true, Shapes: ShapeISO | ShapeStamp | ShapeSlash4 | ShapeSlash2 | ShapeNote}

// sqlNote returns, for a DayOrNote field, the note text (or NULL).
func sqlNote(x, t string) string {
	return fmt.Sprintf("CASE WHEN %[2]s = '' OR regexp_matches(%[2]s, '^[0-9]') THEN NULL ELSE replace(%[1]s, chr(13) || chr(10), chr(10)) END", x, t)
}

// sqlDate converts a trimmed date text that spend.ParseDate accepts to
// DATE, and any other text to NULL or some date, never an error: the bulk
// loader stages only the records Go accepted.
func sqlDate(t string, refYear int) string {
	year2 := "NULL"
	if refYear > 0 {
		lo := refYear - 80
		base := lo - lo%100
		yy := fmt.Sprintf("TRY_CAST(split_part(%s, '/', 3) AS INTEGER)", t)
		year2 = fmt.Sprintf("(CASE WHEN %d + %s < %d THEN %d + %s ELSE %d + %s END)", base, yy, lo, base+100, yy, base, yy)
	}
	return fmt.Sprintf(`CASE
	WHEN %[1]s = '' THEN NULL
	WHEN NOT contains(%[1]s, '/') THEN TRY_CAST(left(%[1]s, 10) AS DATE)
	WHEN length(split_part(%[1]s, '/', 3)) = 4 THEN CAST(try_strptime(%[1]s, '%%m/%%d/%%Y') AS DATE)
	ELSE CAST(try_strptime(printf('%%d-%%s-%%s', %[2]s, split_part(%[1]s, '/', 1), split_part(%[1]s, '/', 2)), '%%Y-%%m-%%d') AS DATE) END`, t, year2)
}

// sqlError returns an expression that is NULL when column x reads cleanly
// as kind k, and otherwise the same reason spend.ParseField gives.
func sqlError(k spend.FieldKind, x string, refYear int) string {
	t := sqlTrim(x)
	switch k {
	case spend.Text, spend.Ident:
		return "NULL"
	case spend.Amount:
		intDigits := fmt.Sprintf("ltrim(replace(split_part(replace(%s, '$', ''), '.', 1), ',', ''), '-0')", t)
		return fmt.Sprintf(`CASE
	WHEN %[1]s = '' THEN NULL
	WHEN NOT regexp_full_match(%[1]s, '%[2]s') THEN '%[3]s'
	WHEN regexp_full_match(%[1]s, '.*\.[0-9]{2}[0-9]*[1-9][0-9]*') THEN '%[4]s'
	WHEN length(%[5]s) > 15 THEN '%[6]s'
	WHEN CAST(replace(replace(%[1]s, '$', ''), ',', '') AS DECIMAL(18,2)) > %[7]s THEN '%[6]s'
	WHEN CAST(replace(replace(%[1]s, '$', ''), ',', '') AS DECIMAL(18,2)) < -%[7]s THEN '%[6]s'
	ELSE NULL END`, t, reMoney, spend.ErrMoneySyntax, spend.ErrMoneyPrecision, intDigits, spend.ErrMoneyRange, spend.MaxMoney.Dollars())
	case spend.Count:
		return fmt.Sprintf(`CASE
	WHEN %[1]s = '' THEN NULL
	WHEN NOT regexp_full_match(%[1]s, '%[2]s') THEN '%[3]s'
	WHEN length(ltrim(replace(%[1]s, ',', ''), '-0')) > 15 THEN '%[3]s'
	ELSE NULL END`, t, reCount, spend.ErrIntSyntax)
	case spend.Day:
		return sqlDateError(t, refYear)
	case spend.DayOrNote:
		return fmt.Sprintf("CASE WHEN regexp_matches(%s, '^[0-9]') THEN %s ELSE NULL END", t, sqlDateError(t, refYear))
	}
	panic("sqlError: unknown kind " + string(k))
}

func sqlDateError(t string, refYear int) string {
	// y, m, d as text pieces for the three accepted shapes.
	ambiguous := "NULL"
	if refYear == 0 {
		ambiguous = "'" + spend.ErrDateAmbiguous.Error() + "'"
	}
	y := fmt.Sprintf(`CASE WHEN regexp_full_match(%[1]s, '%[2]s') THEN CAST(split_part(%[1]s, '/', 3) AS INTEGER)
		WHEN regexp_full_match(%[1]s, '%[3]s') THEN %[4]s
		ELSE CAST(left(%[1]s, 4) AS INTEGER) END`, t, reSlash4, reSlash2, twoDigitYear(t, refYear))
	m := fmt.Sprintf(`CASE WHEN contains(%[1]s, '/') THEN CAST(split_part(%[1]s, '/', 1) AS INTEGER) ELSE CAST(substr(%[1]s, 6, 2) AS INTEGER) END`, t)
	d := fmt.Sprintf(`CASE WHEN contains(%[1]s, '/') THEN CAST(split_part(%[1]s, '/', 2) AS INTEGER) ELSE CAST(substr(%[1]s, 9, 2) AS INTEGER) END`, t)
	return fmt.Sprintf(`CASE
	WHEN %[1]s = '' THEN NULL
	WHEN NOT (regexp_full_match(%[1]s, '%[2]s') OR regexp_full_match(%[1]s, '%[3]s') OR regexp_full_match(%[1]s, '%[4]s')) THEN '%[5]s'
	WHEN regexp_full_match(%[1]s, '%[3]s') AND %[6]s IS NOT NULL THEN %[6]s
	WHEN (%[7]s) NOT BETWEEN 1900 AND 2100 THEN '%[8]s'
	WHEN (%[9]s) NOT BETWEEN 1 AND 12 THEN '%[10]s'
	WHEN (%[11]s) < 1 OR (%[11]s) > day(last_day(make_date(%[7]s, %[9]s, 1))) THEN '%[10]s'
	ELSE NULL END`, t, reSlash4, reSlash2, reISO, spend.ErrDateSyntax, ambiguous, y, spend.ErrDateRange, m, spend.ErrDateImpossible, d)
}

func twoDigitYear(t string, refYear int) string {
	if refYear == 0 {
		return "NULL"
	}
	lo := refYear - 80
	base := lo - lo%100
	yy := fmt.Sprintf("CAST(split_part(%s, '/', 3) AS INTEGER)", t)
	return fmt.Sprintf("(CASE WHEN %d + %s < %d THEN %d + %s ELSE %d + %s END)", base, yy, lo, base+100, yy, base, yy)
}

// quoteIdent quotes a SQL identifier.
func quoteIdent(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }

// quoteString quotes a SQL string literal.
func quoteString(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }

// readerTypes decides, from the facts of a file's fields, which fields
// DuckDB's CSV reader can parse straight into a typed column — exactly as
// spend.ParseField reads every value Go accepted — which is as fast as the
// reader gets. It returns the column type per field ("VARCHAR" for the
// rest) and the dateformat the read must use ("" for ISO). The staged copy
// holds only records Go accepted, so DuckDB refusing one is a disagreement
// (ErrLayoutMismatch).
func readerTypes(p *Plan, facts []Facts) (types []string, dateFormat string) {
	types = make([]string, len(p.Header))
	for i := range types {
		types[i] = "VARCHAR"
	}
	if facts == nil {
		return types, ""
	}
	kinds := map[int]spend.FieldKind{}
	for _, r := range p.reads() {
		kinds[r.field] = r.kind
	}
	slash := false
	for i, k := range kinds {
		if k == spend.Day && !facts[i].Space && facts[i].Shapes == ShapeSlash4 {
			slash = true
		}
	}
	if slash {
		dateFormat = "%m/%d/%Y"
	}
	for i, k := range kinds {
		f := facts[i]
		if f.Space {
			continue
		}
		switch k {
		case spend.Amount:
			if !f.Symbol {
				types[i] = "DECIMAL(18,2)"
			}
		case spend.Count:
			if !f.Symbol {
				types[i] = "BIGINT"
			}
		case spend.Day:
			if (slash && f.Shapes == ShapeSlash4) || (!slash && f.Shapes == ShapeISO) {
				types[i] = "DATE"
			}
		}
	}
	return types, dateFormat
}

// typedValue is sqlValue for a field the reader parsed as typ.
func typedValue(k spend.FieldKind, x, typ string) string {
	if typ == "DECIMAL(18,2)" && k == spend.Amount {
		return fmt.Sprintf("CAST(%s * 100 AS BIGINT)", x)
	}
	return x
}
