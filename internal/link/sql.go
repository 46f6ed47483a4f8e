package link

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// SQL renders the model's scoring as one DuckDB query in the style of
// Splink: a CASE expression per comparison that finds the level (the
// metric function repeated in each level's test, as Splink writes it),
// then the match weight as the prior plus a CASE per comparison over the
// levels' weights and term-frequency adjustments. It is the baseline the
// Go scorer is measured against; the two give the same weights on the
// same pairs for the level types DuckDB can express.
//
// The query reads three relations:
//
//	pairs(a, b)      the pairs to score: row numbers in l and r
//	l, r             the prepared tables (the same one in a dedupe), as
//	                 written by Data.PreparedTable: rid, then one column per
//	                 field, plus the derived columns the levels need
//	                 (<field>__date, __num, __soundex, __nysiis, __dm1,
//	                 __dm2, __tf)
//
// It returns a, b, one gamma_<comparison> column per comparison, and
// match_weight. Level types with no DuckDB equivalent (osa, qgram_jaccard,
// token_set_ratio) are an error.
func SQL(m *Model) (string, error) {
	if err := m.CheckTrained(); err != nil {
		return "", err
	}
	var b strings.Builder
	b.WriteString("WITH gammas AS (\n  SELECT p.a, p.b")
	for _, c := range m.Comparisons {
		cs, err := gammaSQL(&c)
		if err != nil {
			return "", err
		}
		fmt.Fprintf(&b, ",\n    %s AS %s", cs, quoteIdent("gamma_"+c.Name))
		for _, tfCol := range tfColumns(&c) {
			fmt.Fprintf(&b, ",\n    l.%s AS %s, r.%s AS %s", quoteIdent(tfCol), quoteIdent(tfCol+"_l"), quoteIdent(tfCol), quoteIdent(tfCol+"_r"))
		}
	}
	b.WriteString("\n  FROM pairs p JOIN l ON l.rid = p.a JOIN r ON r.rid = p.b\n)\n")
	fmt.Fprintf(&b, "SELECT a, b")
	for _, c := range m.Comparisons {
		fmt.Fprintf(&b, ", %s", quoteIdent("gamma_"+c.Name))
	}
	fmt.Fprintf(&b, ",\n  %s", sqlFloat(m.PriorWeight()))
	for _, c := range m.Comparisons {
		b.WriteString("\n  + ")
		b.WriteString(weightSQL(&c))
	}
	b.WriteString(" AS match_weight\nFROM gammas")
	return b.String(), nil
}

// gammaSQL is the CASE expression giving a pair's level for c.
func gammaSQL(c *Comparison) (string, error) {
	f := c.Field
	col := func(side, suffix string) string { return side + "." + quoteIdent(f+suffix) }
	l, r := col("l", ""), col("r", "")
	var b strings.Builder
	fmt.Fprintf(&b, "CASE WHEN %s IS NULL OR %s IS NULL THEN 0", l, r)
	for i, lv := range c.Levels {
		if i == nullLevel {
			continue
		}
		var cond string
		t := sqlFloat(lv.Threshold)
		switch lv.Type {
		case Exact:
			cond = l + " = " + r
		case JaroWinkler:
			cond = fmt.Sprintf("jaro_winkler_similarity(%s, %s) >= %s", l, r, t)
		case Jaro:
			cond = fmt.Sprintf("jaro_similarity(%s, %s) >= %s", l, r, t)
		case Levenshtein:
			cond = fmt.Sprintf("levenshtein(%s, %s) <= %s", l, r, t)
		case DamerauLev:
			cond = fmt.Sprintf("damerau_levenshtein(%s, %s) <= %s", l, r, t)
		case DateDiff:
			cond = fmt.Sprintf("abs(date_diff('day', %s, %s)) <= %s", col("l", "__date"), col("r", "__date"), sqlFloat(lv.Threshold*unitDays[lv.Unit]))
		case DateTransposed:
			dl, dr := col("l", "__date"), col("r", "__date")
			cond = fmt.Sprintf("(year(%s) = year(%s) AND month(%s) = day(%s) AND day(%s) = month(%s))", dl, dr, dl, dr, dl, dr)
		case AbsDiff:
			cond = fmt.Sprintf("abs(%s - %s) <= %s", col("l", "__num"), col("r", "__num"), t)
		case RelDiff:
			nl, nr := col("l", "__num"), col("r", "__num")
			cond = fmt.Sprintf("abs(%s - %s) <= %s * greatest(abs(%s), abs(%s))", nl, nr, t, nl, nr)
		case Soundex, NYSIIS:
			cond = fmt.Sprintf("%s = %s", col("l", "__"+lv.Type), col("r", "__"+lv.Type))
		case DMetaphone:
			l1, l2, r1, r2 := col("l", "__dm1"), col("l", "__dm2"), col("r", "__dm1"), col("r", "__dm2")
			cond = fmt.Sprintf("(%s IN (%s, %s) OR %s IN (%s, %s))", l1, r1, r2, l2, r1, r2)
		case TokenJaccard:
			tl, tr := fmt.Sprintf("list_distinct(string_split(%s, ' '))", l), fmt.Sprintf("list_distinct(string_split(%s, ' '))", r)
			cond = fmt.Sprintf("len(list_intersect(%s, %s)) / len(list_distinct(list_concat(%s, %s))) >= %s", tl, tr, tl, tr, t)
		case Initial:
			cond = fmt.Sprintf("((length(%s) = 1 AND length(%s) > 1 AND left(%s, 1) = %s) OR (length(%s) = 1 AND length(%s) > 1 AND left(%s, 1) = %s))", l, r, r, l, r, l, l, r)
		case Swapped:
			wl, wr := "l."+quoteIdent(lv.With), "r."+quoteIdent(lv.With)
			cond = fmt.Sprintf("(%s = %s AND %s = %s)", l, wr, wl, r)
		case Else:
			fmt.Fprintf(&b, " ELSE %d END", i)
			return b.String(), nil
		default:
			return "", fmt.Errorf("comparison %s: level type %s has no DuckDB form", c.Name, lv.Type)
		}
		fmt.Fprintf(&b, " WHEN %s THEN %d", cond, i)
	}
	fmt.Fprintf(&b, " ELSE %d END", len(c.Levels)-1)
	return b.String(), nil
}

// tfColumns lists the term-frequency columns c's levels read.
func tfColumns(c *Comparison) []string {
	for _, l := range c.Levels {
		if l.TF != nil && l.TF.Weight != 0 {
			return []string{c.Field + "__tf"}
		}
	}
	return nil
}

// weightSQL is the CASE expression giving the weight c adds at the
// pair's level, with term-frequency adjustments.
func weightSQL(c *Comparison) string {
	g := quoteIdent("gamma_" + c.Name)
	var b strings.Builder
	b.WriteString("CASE " + g)
	for i, l := range c.Levels {
		if i == nullLevel {
			continue
		}
		w := sqlFloat(c.Weight(i))
		if l.TF != nil && l.TF.Weight != 0 {
			tl, tr := quoteIdent(c.Field+"__tf_l"), quoteIdent(c.Field+"__tf_r")
			minU := "0"
			if l.TF.MinU > 0 {
				minU = sqlFloat(l.TF.MinU)
			}
			uExact := math.Max(c.exactU(i), probFloor)
			w = fmt.Sprintf("%s + %s * (%s - log2(greatest(%s, %s, %s)))", w, sqlFloat(l.TF.Weight), sqlFloat(math.Log2(uExact)), tl, tr, minU)
		}
		fmt.Fprintf(&b, " WHEN %d THEN %s", i, w)
	}
	b.WriteString(" ELSE 0 END")
	return b.String()
}

func sqlFloat(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }

// quoteIdent quotes an SQL identifier.
func quoteIdent(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }

// PreparedTable returns the prepared form of side s (0 or 1) as the
// columns SQL reads: rid (the row number), each field's prepared value
// ("" for null), and the derived columns: <field>__date (ISO date, full
// dates only), __num, __soundex, __nysiis, __dm1, __dm2, and __tf (the
// value's term frequency). Load "" as NULL.
func (d *Data) PreparedTable(s int) (columns []string, rows [][]string) {
	columns = []string{"rid"}
	type col func(i int) string
	var cols []col
	for _, fd := range d.fields {
		fd := fd
		ids := fd.ids[s]
		columns = append(columns, fd.f.Name)
		cols = append(cols, func(i int) string { return fd.vals[ids[i]] })
		dates := fd.needDates()
		columns = append(columns, fd.f.Name+"__date")
		cols = append(cols, func(i int) string {
			if p := dates[ids[i]]; p.full {
				return fmt.Sprintf("%04d-%02d-%02d", p.y, p.m, p.d)
			}
			return ""
		})
		nums := fd.needNums()
		columns = append(columns, fd.f.Name+"__num")
		cols = append(cols, func(i int) string {
			if v := nums[ids[i]]; !math.IsNaN(v) {
				return strconv.FormatFloat(v, 'f', -1, 64)
			}
			return ""
		})
		for _, kind := range []string{"soundex", "nysiis", "dm1", "dm2"} {
			enc := phoneticCoders[kind]
			columns = append(columns, fd.f.Name+"__"+kind)
			cols = append(cols, func(i int) string { return enc(fd.vals[ids[i]]) })
		}
		columns = append(columns, fd.f.Name+"__tf")
		cols = append(cols, func(i int) string {
			if ids[i] == 0 {
				return ""
			}
			return sqlFloat(float64(fd.count[ids[i]]) / float64(fd.total))
		})
	}
	rows = make([][]string, d.n[s])
	for i := range rows {
		row := make([]string, len(columns))
		row[0] = strconv.Itoa(i)
		for c, f := range cols {
			row[c+1] = f(i)
		}
		rows[i] = row
	}
	return columns, rows
}
