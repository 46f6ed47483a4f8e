package gen

// The two sexes, as indices into the given-name tables.
const (
	sexFemale = 0
	sexMale   = 1
)

// femaleShare is the share of women in the population (assumed: slightly
// more than half, as in US census counts; not critical to linkage).
const femaleShare = 0.508

// middleShare is the share of people with a middle name on record.
const middleShare = 0.85

// Person is an entity's true attributes. Text fields are lower case.
type Person struct {
	Entity int64
	Given  string
	Middle string // "" when none
	Family string
	Sex    int // sexFemale or sexMale
	DOB    Date
	SSN    string
	Addr   Address
	Phone  string // "" when none
	// Twin is the entity this person was made to resemble on purpose (a
	// hard negative), or -1; Shares says what was copied from it.
	Twin   int64
	Shares Shared
}

// Shared is what a person copied from its Twin.
type Shared uint8

// The kinds of resemblance between distinct people.
const (
	SharesNothing   Shared = iota
	SharesName             // given name, family name and sex
	SharesNameDOB          // name, sex and date of birth
	SharesHousehold        // family name, address and phone: a relative living with the twin
	SharesJunior           // as SharesHousehold, plus given name and sex: a parent and child of one name
)

// population regenerates any entity of a run from the master seed.
type population struct {
	master      uint64
	realSSN     bool
	ssn         permutation
	sameName    float64 // share of entities that copy another's name
	sameNameDOB float64 // share that copy another's name and DOB
	household   float64 // share that live with another entity
	s, t        *stream
}

func newPopulation(master uint64, o *Options) *population {
	return &population{
		master:      master,
		realSSN:     o.RealisticSSN,
		ssn:         newPermutation(ssnCapacity(o.RealisticSSN), mix64(master^tagPermSSN)),
		sameName:    o.SameName,
		sameNameDOB: o.SameNameDOB,
		household:   o.SameHousehold,
		s:           newStream(),
		t:           newStream(),
	}
}

// base fills p with entity e's own attributes, before any name sharing.
func (pop *population) base(e uint64, p *Person, s *stream) {
	s.reset(pop.master, tagPerson, e)
	t := data()
	p.Entity = int64(e)
	p.Twin = -1
	p.Shares = SharesNothing
	p.Sex = sexMale
	if s.Float64() < femaleShare {
		p.Sex = sexFemale
	}
	p.DOB = randomDOB(s.Rand)
	d := min(max((p.DOB.Year-firstDecade)/10, 0), numDecades-1)
	g := &t.given[d][p.Sex]
	p.Given = g.names[g.pick.sample(s.Rand)]
	p.Middle = ""
	if s.Float64() < middleShare {
		for range 4 { // a middle name differs from the given name
			if m := g.names[g.pick.sample(s.Rand)]; m != p.Given {
				p.Middle = m
				break
			}
		}
	}
	p.Family = t.surnames.names[t.surnames.pick.sample(s.Rand)]
	p.Addr = randomAddress(s.Rand)
	p.Phone = randomPhone(s.Rand)
	area, group, serial := ssnDigits(pop.ssn.at(e), pop.realSSN)
	p.SSN = formatSSN(area, group, serial)
}

// juniorShare is the share of household members who also carry the
// other's given name (John Smith Jr. living with John Smith).
const juniorShare = 0.25

// person fills p with entity e: its own attributes, with some copied from
// another entity (its twin) for the configured shares of hard negatives.
func (pop *population) person(e uint64, p *Person) {
	pop.base(e, p, pop.s)
	if e == 0 || pop.sameName+pop.sameNameDOB+pop.household == 0 {
		return
	}
	pop.t.reset(pop.master, tagTwin, e)
	u := pop.t.Float64()
	var shares Shared
	switch {
	case u < pop.sameNameDOB:
		shares = SharesNameDOB
	case u < pop.sameNameDOB+pop.sameName:
		shares = SharesName
	case u < pop.sameNameDOB+pop.sameName+pop.household:
		shares = SharesHousehold
		if pop.t.Float64() < juniorShare {
			shares = SharesJunior
		}
	default:
		return
	}
	// The twin is an earlier entity, so that entity e is the same person
	// whatever the size of the run.
	other := pop.t.Uint64N(e)
	var q Person
	pop.base(other, &q, pop.t)
	p.Twin, p.Shares = int64(other), shares
	switch shares {
	case SharesName, SharesNameDOB, SharesJunior:
		p.Given, p.Sex = q.Given, q.Sex
	}
	p.Family = q.Family
	if shares == SharesNameDOB {
		p.DOB = q.DOB
	}
	if shares == SharesHousehold || shares == SharesJunior {
		p.Addr, p.Phone = q.Addr, q.Phone
	}
	if p.Middle == p.Given {
		p.Middle = ""
	}
}
