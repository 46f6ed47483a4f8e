package gen

import (
	"encoding/json"
	"fmt"
	"math"
	"strconv"
	"strings"
)

// Kind is one kind of corruption. Kinds are tried on a record in the order
// of their values.
type Kind uint8

// The corruption kinds.
const (
	Moved         Kind = iota // a new address for the same person (same city 40 %, same state 35 %)
	Suffix                    // street suffix spelled out or abbreviated another way (ST → STREET, AVE → AVN)
	Nickname                  // given name replaced by a nickname, diminutive or variant spelling (Options.Nicknames, or the Febrl table)
	Married                   // a woman's family name changed (marriage or divorce), hyphenated with the old one a third of the time
	SwapNames                 // given and family names exchanged
	MiddleInitial             // middle name cut to its initial
	Phonetic                  // a sound-alike spelling of a name (Febrl phonetic rules)
	Typo                      // one keyboard typo (insert, delete, substitute, transpose) in a name, street, city or SSN
	DOBSwap                   // day and month of the birth date exchanged (only when the day is 1–12 and differs from the month)
	DOBYear                   // birth year one off
	OCR                       // one OCR confusion (Febrl OCR rules: 5↔S, rn↔m, …) in a name, street, SSN or ZIP
	Missing                   // one field left empty
	NumKinds                  // number of kinds
)

var kindNames = [NumKinds]string{
	Moved: "moved", Suffix: "suffix", Nickname: "nickname", Married: "married", SwapNames: "swap",
	MiddleInitial: "middle_initial", Phonetic: "phonetic", Typo: "typo",
	DOBSwap: "dob_swap", DOBYear: "dob_year", OCR: "ocr", Missing: "missing",
}

// String returns the kind's name as used in --rates and in the
// corruptions column.
func (k Kind) String() string {
	if k < NumKinds {
		return kindNames[k]
	}
	return "kind(" + strconv.Itoa(int(k)) + ")"
}

// ParseKind parses a kind name.
func ParseKind(s string) (Kind, error) {
	for k, n := range kindNames {
		if n == s {
			return Kind(k), nil
		}
	}
	return 0, fmt.Errorf("unknown corruption kind %q (kinds: %s)", s, strings.Join(kindNames[:], ", "))
}

// Rates holds, for each kind, the probability in [0, 1] that it is tried on
// a corrupted record. Kinds are tried independently.
type Rates [NumKinds]float64

// DefaultRates are the rates used when none are given: a moderately dirty
// administrative file. On average a corrupted record gets about 1.3
// corruptions.
func DefaultRates() Rates {
	var r Rates
	r[Moved] = 0.10
	r[Suffix] = 0.10
	r[Nickname] = 0.10
	r[Married] = 0.03
	r[SwapNames] = 0.02
	r[MiddleInitial] = 0.20
	r[Phonetic] = 0.10
	r[Typo] = 0.20
	r[DOBSwap] = 0.03
	r[DOBYear] = 0.03
	r[OCR] = 0.03
	r[Missing] = 0.15
	return r
}

// String formats r as ParseRates reads it.
func (r Rates) String() string {
	parts := make([]string, NumKinds)
	for k := range NumKinds {
		parts[k] = kindNames[k] + "=" + strconv.FormatFloat(r[k], 'g', -1, 64)
	}
	return strings.Join(parts, ",")
}

// MarshalJSON writes r as an object keyed by kind name.
func (r Rates) MarshalJSON() ([]byte, error) {
	m := make(map[string]float64, NumKinds)
	for k := range NumKinds {
		m[kindNames[k]] = r[k]
	}
	return json.Marshal(m)
}

// ParseRates applies a comma-separated list of KIND=P settings to base and
// returns the result. KIND is a kind name or "all" (every kind); P is a
// probability in [0, 1]. Settings apply left to right, so "all=0,typo=0.5"
// keeps only typos. The empty string returns base.
func ParseRates(s string, base Rates) (Rates, error) {
	r := base
	s = strings.TrimSpace(s)
	if s == "" {
		return r, nil
	}
	for _, item := range strings.Split(s, ",") {
		name, val, ok := strings.Cut(item, "=")
		name, val = strings.TrimSpace(name), strings.TrimSpace(val)
		if !ok || name == "" || val == "" {
			return base, fmt.Errorf("rate %q: want KIND=P", strings.TrimSpace(item))
		}
		p, err := strconv.ParseFloat(val, 64)
		if err != nil || math.IsNaN(p) || p < 0 || p > 1 {
			return base, fmt.Errorf("rate %q: %q is not a probability in [0, 1]", name, val)
		}
		if name == "all" {
			for k := range r {
				r[k] = p
			}
			continue
		}
		k, err := ParseKind(name)
		if err != nil {
			return base, err
		}
		r[k] = p
	}
	return r, nil
}

// Mode is the shape of the output.
type Mode string

// The modes.
const (
	Link   Mode = "link"   // two files, each entity at most once per file
	Dedupe Mode = "dedupe" // one file, several records per entity
)

// DupDist is the distribution of the number of duplicates of an entity
// that has any (Dedupe mode).
type DupDist string

// The duplicate distributions, over 1…Dups.Max.
const (
	Uniform DupDist = "uniform" // equally likely
	Poisson DupDist = "poisson" // Poisson(Dups.Mean) restricted to 1…Max
	Zipf    DupDist = "zipf"    // P(d) ∝ 1/d², so most entities have one duplicate
)

// Dups configures duplicates in Dedupe mode: a share Frac of entities get
// d ≥ 1 duplicates (d drawn from Dist over 1…Max), the rest appear once.
type Dups struct {
	Frac float64
	Max  int
	Dist DupDist
	Mean float64 // Poisson only
}

// MaxDups is the largest allowed Dups.Max.
const MaxDups = 100

// Options configures a run. The zero value is not valid: start from
// DefaultOptions.
type Options struct {
	Mode Mode
	// N is the number of records in each file in Link mode, and the number
	// of entities in Dedupe mode (the file then has about N×(1+Frac×mean d)
	// records).
	N int64
	// Overlap is the share of each Link file's entities that are in the
	// other file too (the true links).
	Overlap float64
	Dups    Dups
	Rates   Rates
	// CorruptOriginals corrupts file A too (Link) and the first record of
	// each entity (Dedupe). By default those are clean, as in FEBRL 4.
	CorruptOriginals bool
	// SameName is the share of entities given the name (and sex) of another
	// entity, SameNameDOB the share given its name and date of birth too,
	// and SameHousehold the share living with another entity (same family
	// name, address and phone; a quarter of them with the same given name
	// too, as a parent and child of one name): hard negatives on top of the
	// collisions of common names.
	SameName      float64
	SameNameDOB   float64
	SameHousehold float64
	// RealisticSSN draws SSNs that pass the SSA's validity rules (and so
	// could be someone's) instead of never-issued ones; see ssn.go.
	RealisticSSN bool
	DateFormat   DateFormat
	// Nicknames, when set, returns nicknames for a lower-case given name;
	// when nil, the Febrl given-name misspelling table (mostly diminutives:
	// alexandra → sandy, lexie) is used.
	Nicknames func(given string) []string
}

// DefaultOptions returns a Link run of 1,000 records per file, half of them
// true links, with DefaultRates.
func DefaultOptions() Options {
	return Options{
		Mode:          Link,
		N:             1000,
		Overlap:       0.5,
		Dups:          Dups{Frac: 0.5, Max: 3, Dist: Zipf, Mean: 1},
		Rates:         DefaultRates(),
		SameName:      0.01,
		SameNameDOB:   0.002,
		SameHousehold: 0.05,
		DateFormat:    ISODate,
	}
}

// ParseMode parses "link" or "dedupe".
func ParseMode(s string) (Mode, error) {
	switch m := Mode(strings.ToLower(strings.TrimSpace(s))); m {
	case Link, Dedupe:
		return m, nil
	}
	return "", fmt.Errorf("mode %q: want link or dedupe", s)
}

// ParseDupDist parses "uniform", "poisson" or "zipf".
func ParseDupDist(s string) (DupDist, error) {
	switch d := DupDist(strings.ToLower(strings.TrimSpace(s))); d {
	case Uniform, Poisson, Zipf:
		return d, nil
	}
	return "", fmt.Errorf("duplicate distribution %q: want uniform, poisson or zipf", s)
}

func probOK(p float64) bool { return p >= 0 && p <= 1 }

// Validate reports the first invalid setting.
func (o *Options) Validate() error {
	switch o.Mode {
	case Link, Dedupe:
	default:
		return fmt.Errorf("mode %q: want link or dedupe", o.Mode)
	}
	if o.N < 1 {
		return fmt.Errorf("n must be at least 1, got %d", o.N)
	}
	if !probOK(o.Overlap) {
		return fmt.Errorf("overlap %v: want a share in [0, 1]", o.Overlap)
	}
	for k, p := range o.Rates {
		if !probOK(p) {
			return fmt.Errorf("rate %s=%v: want a probability in [0, 1]", Kind(k), p)
		}
	}
	if !probOK(o.SameName) || !probOK(o.SameNameDOB) || !probOK(o.SameHousehold) || o.SameName+o.SameNameDOB+o.SameHousehold > 1 {
		return fmt.Errorf("same-name, same-name-dob and same-household shares %v, %v, %v: want shares in [0, 1] summing to at most 1",
			o.SameName, o.SameNameDOB, o.SameHousehold)
	}
	if o.Mode == Dedupe {
		if !probOK(o.Dups.Frac) {
			return fmt.Errorf("duplicate share %v: want a share in [0, 1]", o.Dups.Frac)
		}
		if o.Dups.Max < 1 || o.Dups.Max > MaxDups {
			return fmt.Errorf("max duplicates %d: want 1 to %d", o.Dups.Max, MaxDups)
		}
		if _, err := ParseDupDist(string(o.Dups.Dist)); err != nil {
			return err
		}
		if o.Dups.Dist == Poisson && !(o.Dups.Mean > 0 && o.Dups.Mean <= float64(MaxDups)) {
			return fmt.Errorf("poisson mean %v: want a value in (0, %d]", o.Dups.Mean, MaxDups)
		}
	}
	if _, err := ParseDateFormat(string(o.DateFormat)); err != nil {
		return err
	}
	if total, capacity := o.entities(), ssnCapacity(o.RealisticSSN); total > capacity {
		return fmt.Errorf("%d entities need more distinct SSNs than the %d available", total, capacity)
	}
	return nil
}

// shared is the number of entities in both Link files.
func (o *Options) shared() uint64 { return uint64(math.Round(float64(o.N) * o.Overlap)) }

// entities is the number of distinct entities of the run.
func (o *Options) entities() uint64 {
	if o.Mode == Link {
		return 2*uint64(o.N) - o.shared()
	}
	return uint64(o.N)
}
