package verify

import (
	"math/rand/v2"
	"strconv"
	"strings"
	"time"

	"github.com/probity-dev/probity/internal/spend"
)

// generator makes synthetic claims and award records with the shapes the
// real data has: several records per award, IDVs, ceilings counted,
// unit errors, ended awards, duplicates, claims without identifiers,
// leases, unknown figures. It is seeded, so a run is reproducible.
type generator struct {
	r *rand.Rand
}

func newGenerator(seed uint64) *generator {
	return &generator{r: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))}
}

var genWords = []string{
	"ACME", "GLOBAL", "SYSTEMS", "SOLUTIONS", "FEDERAL", "SERVICES", "TECHNOLOGIES", "CONSULTING",
	"RESEARCH", "ANALYTICS", "PARTNERS", "GROUP", "HEALTH", "DEFENSE", "DATA", "LOGISTICS", "BLUE",
	"RIVER", "MOUNTAIN", "NORTH", "SOUTH", "ATLANTIC", "PACIFIC", "CAPITAL", "STRATEGIC", "APPLIED",
	"UNIVERSITY", "INSTITUTE", "FOUNDATION", "ASSOCIATES", "ENGINEERING", "DYNAMICS", "NETWORK",
}

var genSuffixes = []string{"LLC", "INC", "CORP", "CORPORATION", "INC.", "L.L.C.", "CO", ""}

var genAgencies = []struct{ name, id string }{
	{"Department of Homeland Security", "7012"}, {"DEPARTMENT OF HOMELAND SECURITY", "7001"},
	{"Department of Defense", "9700"}, {"Department of Health and Human Services", "7570"},
	{"Office of Personnel Management", "2400"}, {"General Services Administration", "4732"},
	{"Department of Education", "9100"}, {"Department of State", "1900"},
	{"Consumer Financial Protection Bureau", "955F"}, {"Department of Agriculture", "12C2"},
}

var genSyllables = []string{
	"ka", "lo", "mi", "ner", "tor", "vex", "zan", "qui", "bra", "dor", "fel", "gri",
	"hal", "jin", "kor", "lum", "mar", "nex", "ori", "pax", "rin", "sol", "tek", "ul",
}

// name returns a business name: a made-up word (rare, like most real
// vendors' distinctive words), one to three common words, and a legal form.
func (g *generator) name() string {
	s := ""
	for range 3 + g.r.IntN(2) {
		s += genSyllables[g.r.IntN(len(genSyllables))]
	}
	s = strings.ToUpper(s)
	for range 1 + g.r.IntN(3) {
		s += " " + genWords[g.r.IntN(len(genWords))]
	}
	if suf := genSuffixes[g.r.IntN(len(genSuffixes))]; suf != "" {
		s += " " + suf
	}
	return s
}

func (g *generator) date(fromYear, toYear int) spend.Date {
	y := fromYear + g.r.IntN(toYear-fromYear+1)
	return spend.NewDate(y, time.Month(1+g.r.IntN(12)), 1+g.r.IntN(28))
}

// dollars returns an amount spread over several orders of magnitude,
// from $1,000 to about $100 million, in whole dollars.
func (g *generator) dollars() spend.Money {
	e := 3 + g.r.IntN(6)
	m := int64(1)
	for i := 0; i < e; i++ {
		m *= 10
	}
	return spend.Money((m + g.r.Int64N(9*m)) * 100)
}

// genAward is an award key with the facts the claim generator needs.
type genAward struct {
	kind    spend.Kind
	key     string
	agency  int
	vendor  string
	ceiling spend.Money // contracts: ceiling; grants: obligated
	used    spend.Money
	idv     bool
	date    spend.Date // the claim date every snapshot gives it, unless re-dated
}

// generate returns nClaims claims and about nAwards award records.
func (g *generator) generate(nClaims, nAwards int) ([]spend.Claim, []spend.Award) {
	awards := make([]spend.Award, 0, nAwards)
	keys := make([]genAward, 0, nAwards)
	for len(awards) < nAwards {
		i := len(keys)
		ag := g.r.IntN(len(genAgencies))
		ga := genAward{agency: ag, vendor: g.name(), date: spend.NewDate(2025, time.Month(1+g.r.IntN(2)), 1+g.r.IntN(28))}
		a := spend.Award{
			AsOf:      g.date(2025, 2025),
			Origin:    spend.Origin{SourceID: 100, Record: int64(len(awards) + 1), Line: int64(len(awards) + 2)},
			AgencyID:  genAgencies[ag].id,
			Recipient: ga.vendor,
			Signed:    g.date(2020, 2025),
			Effective: g.date(2019, 2024),
		}
		if g.r.IntN(10) < 7 {
			ga.kind = spend.Contract
			ga.key = "GC" + strconv.FormatInt(int64(i)*7919+100003, 10)
			ga.idv = g.r.IntN(20) == 0
			a.Kind, a.Key, a.PIID = spend.Contract, ga.key, ga.key
			a.ModNumber = "P0000" + strconv.Itoa(g.r.IntN(9))
			ga.ceiling = g.dollars()
			switch g.r.IntN(4) {
			case 0:
				ga.used = 0
			case 1:
				ga.used = ga.ceiling
			default:
				ga.used = spend.Money(g.r.Int64N(int64(ga.ceiling)))
			}
			if ga.idv {
				ga.used = 0
			}
			a.Ceiling, a.Obligated = spend.Known(ga.ceiling), spend.Known(ga.used)
			if g.r.IntN(50) == 0 {
				a.Obligated = spend.NullMoney{}
			}
			if g.r.IntN(100) == 0 {
				a.Ceiling = spend.NullMoney{}
			}
			if g.r.IntN(200) == 0 { // deobligations can leave negative totals
				a.Obligated = spend.Known(-spend.Money(g.r.Int64N(100000)))
			}
			if g.r.IntN(300) == 0 {
				a.Ceiling = spend.Known(-spend.Money(g.r.Int64N(100000)))
			}
			if g.r.IntN(30) == 0 {
				a.ReasonForMod = "K"
			}
		} else {
			ga.kind = spend.Grant
			ga.key = strings.ToUpper("ASST_NON_G" + strconv.FormatInt(int64(i)*104729+7, 36) + "_97F5")
			a.Kind, a.Key = spend.Grant, ga.key
			ga.ceiling = g.dollars()
			ga.used = spend.Money(g.r.Int64N(int64(ga.ceiling)))
			a.Obligated, a.Outlayed = spend.Known(ga.ceiling), spend.Known(ga.used)
			if g.r.IntN(5) == 0 {
				a.Outlayed = spend.NullMoney{}
			}
		}
		if g.r.IntN(10) == 0 {
			a.CurrentEnd = g.date(2023, 2024)
		} else {
			a.CurrentEnd = g.date(2025, 2028)
		}
		awards = append(awards, a)
		keys = append(keys, ga)
		// Older records of the same award: another modification, signed
		// earlier, with other figures.
		for g.r.IntN(8) == 0 && len(awards) < nAwards {
			b := a
			b.Signed = spend.NewDate(a.Signed.Y-1, a.Signed.M, a.Signed.D)
			b.Origin = spend.Origin{SourceID: 100, Record: int64(len(awards) + 1), Line: int64(len(awards) + 2)}
			b.Obligated = spend.Known(spend.Money(g.r.Int64N(int64(ga.ceiling) + 1)))
			awards = append(awards, b)
		}
	}

	snaps := []spend.Date{spend.NewDate(2025, 2, 18), spend.NewDate(2025, 3, 11), spend.NewDate(2025, 4, 4)}
	claims := make([]spend.Claim, 0, nClaims)
	for len(claims) < nClaims {
		n := len(claims)
		s := g.r.IntN(len(snaps))
		c := spend.Claim{
			ID:       int64(n + 1),
			Snapshot: snaps[s],
			Origin:   spend.Origin{SourceID: int64(s + 1), Record: int64(n + 1), Line: int64(n + 2)},
			Date:     spend.NewDate(2025, time.Month(1+g.r.IntN(int(snaps[s].M))), 1+g.r.IntN(28)),
		}
		if g.r.IntN(40) == 0 {
			c.Date = spend.Date{}
		}
		if g.r.IntN(10) == 0 {
			ag := genAgencies[g.r.IntN(len(genAgencies))]
			c.Kind, c.Agency = spend.Lease, ag.name
			c.Location = genWords[g.r.IntN(8)] + ", " + []string{"FL", "VA", "CA", "TX"}[g.r.IntN(4)]
			c.SqFt = int64(500 + g.r.IntN(50))
			c.Savings = spend.Known(g.dollars() / 100)
			claims = append(claims, c)
			continue
		}
		ga := keys[g.r.IntN(len(keys))]
		c.Kind, c.Agency, c.Vendor = ga.kind, genAgencies[ga.agency].name, ga.vendor
		if !c.Date.IsZero() && g.r.IntN(30) != 0 {
			c.Date = ga.date // carried over; 1 in 30 is re-dated
		}
		c.Description = "GENERATED CLAIM " + strconv.Itoa(n)
		key := ga.key
		if g.r.IntN(20) == 0 {
			key += "X" // an identifier with no record
		}
		noID := g.r.IntN(25) == 0
		if ga.kind == spend.Contract {
			typ := "AWARD"
			if ga.idv {
				typ = "IDV"
			}
			if !noID {
				c.Link = "https://www.fpds.gov/ezsearch/jsp/viewLinkController.jsp?agencyID=" + genAgencies[ga.agency].id +
					"&PIID=" + key + "&modNumber=P00001&idvAgencyID=&idvPIID=&contractType=" + typ
				if g.r.IntN(2) == 0 {
					c.PIID = key
				}
			}
		} else if !noID {
			c.Link = "https://www.usaspending.gov/award/" + key
		}
		c.Value = spend.Known(ga.ceiling)
		var claim spend.Money
		switch k := g.r.IntN(20); {
		case k < 6: // within the balance
			if bal := ga.ceiling - ga.used; bal > 0 {
				claim = 1 + spend.Money(g.r.Int64N(int64(bal)))
			} else {
				claim = ga.ceiling / 2
			}
		case k < 11: // the ceiling, as published (whole dollars)
			claim = ga.ceiling/100*100 + spend.Money(g.r.IntN(2))*100
		case k < 13: // more than the whole award
			claim = ga.ceiling + spend.Money(g.r.Int64N(int64(ga.ceiling)+1))
		case k == 13: // a thousands slip
			claim = ga.ceiling * 1000
		case k == 14: // a millions slip, when it fits
			if ga.ceiling < 1_000_000_00 {
				claim = ga.ceiling * 1_000_000
			} else {
				claim = ga.ceiling * 1000
			}
		case k < 17: // zero
			claim = 0
		case k == 17: // negative
			claim = -spend.Money(1 + g.r.IntN(100000))
		default:
			claim = spend.Money(g.r.Int64N(int64(ga.ceiling) + 1))
		}
		c.Savings = spend.Known(claim)
		if g.r.IntN(100) == 0 {
			c.Savings = spend.NullMoney{}
		}
		claims = append(claims, c)
		// A repeat of the same award in the same snapshot.
		if g.r.IntN(30) == 0 && len(claims) < nClaims {
			d := c
			d.ID = int64(len(claims) + 1)
			d.Origin = spend.Origin{SourceID: c.Origin.SourceID, Record: int64(len(claims) + 1), Line: int64(len(claims) + 2)}
			claims = append(claims, d)
		}
	}
	return claims, awards
}
