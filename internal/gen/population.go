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
	// Twin is the entity whose name (and, with TwinDOB, date of birth)
	// this person was given on purpose, or -1.
	Twin    int64
	TwinDOB bool
}

// population regenerates any entity of a run from the master seed.
type population struct {
	master      uint64
	total       uint64 // entities in the run
	realSSN     bool
	ssn         permutation
	sameName    float64 // share of entities that copy another's name
	sameNameDOB float64 // share that copy another's name and DOB
	s, t        *stream
}

func newPopulation(master, total uint64, o *Options) *population {
	return &population{
		master:      master,
		total:       total,
		realSSN:     o.RealisticSSN,
		ssn:         newPermutation(ssnCapacity(o.RealisticSSN), mix64(master^tagPermSSN)),
		sameName:    o.SameName,
		sameNameDOB: o.SameNameDOB,
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
	p.TwinDOB = false
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

// person fills p with entity e: its own attributes, with a name (and DOB)
// copied from another entity for the configured share of hard negatives.
func (pop *population) person(e uint64, p *Person) {
	pop.base(e, p, pop.s)
	if pop.total < 2 || (pop.sameName == 0 && pop.sameNameDOB == 0) {
		return
	}
	pop.t.reset(pop.master, tagTwin, e)
	u := pop.t.Float64()
	if u >= pop.sameName+pop.sameNameDOB {
		return
	}
	other := (e + 1 + pop.t.Uint64N(pop.total-1)) % pop.total
	var q Person
	pop.base(other, &q, pop.t)
	p.Given, p.Family, p.Sex = q.Given, q.Family, q.Sex
	if p.Middle == p.Given {
		p.Middle = ""
	}
	p.Twin = int64(other)
	if u < pop.sameNameDOB {
		p.DOB = q.DOB
		p.TwinDOB = true
	}
}
