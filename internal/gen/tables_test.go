package gen

import (
	"math/rand/v2"
	"testing"
)

func TestTablesLoad(t *testing.T) {
	d, err := loadTables()
	if err != nil {
		t.Fatal(err)
	}
	if len(d.census) != 1022 || d.census[0] != "smith" || d.census[1021] != "joyce" {
		t.Errorf("census surnames: %d, first %q", len(d.census), d.census[0])
	}
	if n := len(d.surnames.names); n < 9000 {
		t.Errorf("%d surnames in all: tail missing", n)
	}
	for dec := range numDecades {
		for sex := range 2 {
			if n := len(d.given[dec][sex].names); n != 500 {
				t.Errorf("decade %d sex %d: %d names, want 500", firstDecade+10*dec, sex, n)
			}
		}
	}
}

// The Census head (ranks 1–1022) holds 41.2 % of people and Smith 0.83 %,
// as in the 2010 Census.
func TestSurnameShares(t *testing.T) {
	d := data()
	head := map[string]bool{}
	for _, n := range d.census {
		head[n] = true
	}
	r := rand.New(rand.NewPCG(1, 1))
	const draws = 400_000
	var inHead, smith int
	for range draws {
		n := d.surnames.names[d.surnames.pick.sample(r)]
		if head[n] {
			inHead++
		}
		if n == "smith" {
			smith++
		}
	}
	if share := float64(inHead) / draws; share < 0.40 || share > 0.425 {
		t.Errorf("Census head share %.3f, want 0.412", share)
	}
	if share := float64(smith) / draws; share < 0.0075 || share > 0.0091 {
		t.Errorf("smith share %.4f, want 0.0083", share)
	}
}

// Given names follow the birth decade: Linda is common among women born in
// the 1940s and rare among those born in the 2000s.
func TestGivenNamesByDecade(t *testing.T) {
	d := data()
	r := rand.New(rand.NewPCG(2, 2))
	count := func(dec int, name string) int {
		n := 0
		tb := &d.given[dec][sexFemale]
		for range 50_000 {
			if tb.names[tb.pick.sample(r)] == name {
				n++
			}
		}
		return n
	}
	if a, b := count(1, "linda"), count(7, "linda"); a < 1000 || b > a/20 {
		t.Errorf("linda: %d in the 1940s, %d in the 2000s", a, b)
	}
}
