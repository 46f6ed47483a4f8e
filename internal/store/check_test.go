package store

import (
	"math/rand/v2"
	"testing"
)

// TestRenumber checks renumber against a brute-force numbering: walk the
// well-formed records, drop the skipped ones, and number what is left.
func TestRenumber(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for trial := 0; trial < 2000; trial++ {
		n := 1 + r.IntN(40)
		// Records' numbers and lines, increasing with random gaps.
		var num Numberer
		recs := make([][2]int64, n)
		rec, line := int64(0), int64(1)
		for k := 0; k < n; k++ {
			rec += 1 + int64(r.IntN(2))  // a reject before it
			line += 1 + int64(r.IntN(3)) // blank or multi-line
			recs[k] = [2]int64{rec, line}
			num.Add(rec, line)
		}
		var skip []int64
		for k := 0; k < n; k++ {
			if r.IntN(4) == 0 {
				skip = append(skip, int64(k))
			}
		}
		pts := renumber(num.Points(), skip)
		j := int64(0)
		si := 0
		for k := 0; k < n; k++ {
			if si < len(skip) && skip[si] == int64(k) {
				si++
				continue
			}
			gotRec, gotLine := at(pts, j)
			if gotRec != recs[k][0] || gotLine != recs[k][1] {
				t.Fatalf("trial %d: row %d (record %d line %d) numbered %d line %d; points %v skip %v", trial, j, recs[k][0], recs[k][1], gotRec, gotLine, pts, skip)
			}
			j++
		}
	}
}
