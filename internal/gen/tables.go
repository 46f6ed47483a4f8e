package gen

import (
	"bufio"
	"embed"
	"fmt"
	"strconv"
	"strings"
	"sync"
)

//go:embed data/surnames-census2010.csv data/given-ssa.csv data/surname-freq.csv
//go:embed data/givenname-misspell.tbl data/surname-misspell.tbl
//go:embed data/lib_ocr_rules.txt data/lib_phonetic_rules.txt
var dataFS embed.FS

// Birth decades covered by the given-name table (data/given-ssa.csv).
const (
	firstDecade = 1930
	numDecades  = 8 // 1930s … 2000s
)

// nameTable is a list of names with a sampler over their frequencies.
type nameTable struct {
	names []string
	pick  *alias
}

// tables holds every embedded table, parsed once.
type tables struct {
	given    [numDecades][2]nameTable // [decade][sexFemale|sexMale]
	surnames nameTable                // US Census head + Febrl tail
	census   []string                 // Census surnames by rank, for street names

	givenMisspell   map[string][]string
	surnameMisspell map[string][]string
	ocr             []ocrRule
	phonetic        []phoneticRule
}

var (
	loadOnce sync.Once
	loaded   *tables
)

// data returns the parsed tables. The tables are compiled into the binary,
// so a parse failure is a bug and panics (tested in tables_test.go).
func data() *tables {
	loadOnce.Do(func() {
		t, err := loadTables()
		if err != nil {
			panic("gen: embedded tables: " + err.Error())
		}
		loaded = t
	})
	return loaded
}

func readData(name string) (string, error) {
	b, err := dataFS.ReadFile("data/" + name)
	if err != nil {
		return "", err
	}
	return string(b), nil
}

func loadTables() (*tables, error) {
	t := &tables{}
	if err := t.loadGiven(); err != nil {
		return nil, fmt.Errorf("given-ssa.csv: %w", err)
	}
	if err := t.loadSurnames(); err != nil {
		return nil, fmt.Errorf("surnames: %w", err)
	}
	var err error
	if t.givenMisspell, err = loadMisspell("givenname-misspell.tbl"); err != nil {
		return nil, err
	}
	if t.surnameMisspell, err = loadMisspell("surname-misspell.tbl"); err != nil {
		return nil, err
	}
	s, err := readData("lib_ocr_rules.txt")
	if err != nil {
		return nil, err
	}
	if t.ocr, err = parseOCRRules(s); err != nil {
		return nil, fmt.Errorf("lib_ocr_rules.txt: %w", err)
	}
	if s, err = readData("lib_phonetic_rules.txt"); err != nil {
		return nil, err
	}
	if t.phonetic, err = parsePhoneticRules(s); err != nil {
		return nil, fmt.Errorf("lib_phonetic_rules.txt: %w", err)
	}
	return t, nil
}

// loadGiven reads name,sex,c1930,…,c2000 into one table per decade and sex.
func (t *tables) loadGiven() error {
	s, err := readData("given-ssa.csv")
	if err != nil {
		return err
	}
	var names [numDecades][2][]string
	var weights [numDecades][2][]float64
	for i, line := range strings.Split(strings.TrimSpace(s), "\n")[1:] {
		f := strings.Split(line, ",")
		if len(f) != 2+numDecades {
			return fmt.Errorf("line %d: %d fields", i+2, len(f))
		}
		var sex int
		switch f[1] {
		case "f":
			sex = sexFemale
		case "m":
			sex = sexMale
		default:
			return fmt.Errorf("line %d: sex %q", i+2, f[1])
		}
		for d := range numDecades {
			n, err := strconv.ParseFloat(f[2+d], 64)
			if err != nil {
				return fmt.Errorf("line %d: %w", i+2, err)
			}
			if n > 0 {
				names[d][sex] = append(names[d][sex], f[0])
				weights[d][sex] = append(weights[d][sex], n)
			}
		}
	}
	for d := range numDecades {
		for sex := range 2 {
			if len(names[d][sex]) == 0 {
				return fmt.Errorf("decade %d sex %d: no names", firstDecade+10*d, sex)
			}
			t.given[d][sex] = nameTable{names: names[d][sex], pick: newAlias(weights[d][sex])}
		}
	}
	return nil
}

// loadSurnames combines the Census head (41.2 % of people) with the Febrl
// frequencies as the tail (the other 58.8 %), each tail name capped at the
// smallest Census count; see data/README.md.
func (t *tables) loadSurnames() error {
	head, err := readData("surnames-census2010.csv")
	if err != nil {
		return err
	}
	const headShare = 0.41226 // cum_prop100k of Census rank 1022, per 100,000
	var names []string
	var weights []float64
	seen := map[string]bool{}
	var headSum, minHead float64
	for i, line := range strings.Split(strings.TrimSpace(head), "\n")[1:] {
		name, count, ok := strings.Cut(line, ",")
		n, err := strconv.ParseFloat(count, 64)
		if !ok || err != nil || n <= 0 {
			return fmt.Errorf("census line %d: %q", i+2, line)
		}
		name = strings.ToLower(name)
		names = append(names, name)
		weights = append(weights, n)
		seen[name] = true
		headSum += n
		minHead = n
	}
	t.census = append([]string(nil), names...)

	tail, err := readData("surname-freq.csv")
	if err != nil {
		return err
	}
	var tailNames []string
	var tailWeights []float64
	var tailSum float64
	for i, line := range strings.Split(strings.TrimSpace(tail), "\n") {
		name, count, ok := strings.Cut(line, ",")
		n, err := strconv.ParseFloat(strings.TrimSpace(count), 64)
		if !ok || err != nil || n <= 0 {
			return fmt.Errorf("febrl line %d: %q", i+1, line)
		}
		name = strings.TrimSpace(name)
		if seen[name] || name == "" {
			continue
		}
		seen[name] = true
		tailNames = append(tailNames, name)
		tailWeights = append(tailWeights, n)
		tailSum += n
	}
	// Scale so the tail holds (1-headShare) of the mass, capping each name
	// at minHead and spreading what the cap removes over the rest.
	target := headSum * (1 - headShare) / headShare
	scale := target / tailSum
	for range 8 {
		var capped, free float64
		for _, w := range tailWeights {
			if w*scale >= minHead {
				capped += minHead
			} else {
				free += w
			}
		}
		if free == 0 {
			break
		}
		scale = (target - capped) / free
	}
	for i, w := range tailWeights {
		names = append(names, tailNames[i])
		weights = append(weights, min(w*scale, minHead))
	}
	t.surnames = nameTable{names: names, pick: newAlias(weights)}
	return nil
}

// loadMisspell reads a Febrl misspelling table: "correct : v1, v2," lines,
// where a line ending in a comma continues on the next; '#' starts a
// comment.
func loadMisspell(name string) (map[string][]string, error) {
	s, err := readData(name)
	if err != nil {
		return nil, err
	}
	m, err := parseMisspell(s)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return m, nil
}

func parseMisspell(s string) (map[string][]string, error) {
	m := map[string][]string{}
	var key string
	sc := bufio.NewScanner(strings.NewReader(s))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		vals := line
		if k, v, ok := strings.Cut(line, ":"); ok {
			key = strings.TrimSpace(k)
			vals = v
			if key == "" {
				return nil, fmt.Errorf("line %d: empty key", n)
			}
		} else if key == "" {
			return nil, fmt.Errorf("line %d: values before any key", n)
		}
		for _, v := range strings.Split(vals, ",") {
			if v = strings.TrimSpace(v); v != "" && v != key {
				m[key] = append(m[key], v)
			}
		}
	}
	return m, sc.Err()
}
