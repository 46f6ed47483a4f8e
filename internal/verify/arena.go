package verify

import (
	"strconv"
	"strings"

	"github.com/probity-dev/probity/internal/spend"
)

// arena hands out strings, findings and evidence from large shared
// blocks, so that verifying a million claims does not make millions of
// small allocations. Strings are cut from a strings.Builder that is only
// ever appended to: a string taken from it stays valid when the builder
// grows or is replaced, because written bytes are never changed.
type arena struct {
	b     strings.Builder
	start int

	findings []spend.Finding
	evidence []spend.Evidence
}

const (
	arenaText     = 1 << 20
	arenaFindings = 1 << 12
	arenaEvidence = 1 << 14
)

// begin starts a string.
func (a *arena) begin() {
	if a.b.Cap()-a.b.Len() < 1024 {
		a.b = strings.Builder{}
		a.b.Grow(arenaText)
	}
	a.start = a.b.Len()
}

// end returns the string written since begin.
func (a *arena) end() string { return a.b.String()[a.start:] }

func (a *arena) str(s string) { a.b.WriteString(s) }

func (a *arena) byte(c byte) { a.b.WriteByte(c) }

func (a *arena) int(n int64) {
	var buf [24]byte
	a.b.Write(strconv.AppendInt(buf[:0], n, 10))
}

// grouped writes n with thousands separators: 1,000,000.
func (a *arena) grouped(n int64) {
	var buf [32]byte
	a.b.Write(appendGrouped(buf[:0], n))
}

// money writes m for people: $1,234.50.
func (a *arena) money(m spend.Money) {
	var buf [40]byte
	a.b.Write(appendMoney(buf[:0], m))
}

// dollars writes m in plain decimal form: 1234.50.
func (a *arena) dollars(m spend.Money) {
	var buf [32]byte
	a.b.Write(appendDollars(buf[:0], m))
}

func (a *arena) date(d spend.Date) {
	var buf [16]byte
	a.b.Write(appendDate(buf[:0], d))
}

// moneyString returns m.Dollars() cut from the arena.
func (a *arena) dollarString(m spend.Money) string {
	a.begin()
	a.dollars(m)
	return a.end()
}

func (a *arena) dateString(d spend.Date) string {
	a.begin()
	a.date(d)
	return a.end()
}

// takeFindings returns an empty slice with capacity n whose backing array
// belongs to this caller alone.
func (a *arena) takeFindings(n int) []spend.Finding {
	if n == 0 {
		return nil
	}
	if len(a.findings) < n {
		a.findings = make([]spend.Finding, max(arenaFindings, n))
	}
	s := a.findings[:0:n]
	a.findings = a.findings[n:]
	return s
}

// evidenceTail returns an empty slice with room for n items at the start
// of the free evidence; commitEvidence then keeps what was used.
func (a *arena) evidenceTail(n int) []spend.Evidence {
	if len(a.evidence) < n {
		a.evidence = make([]spend.Evidence, max(arenaEvidence, n))
	}
	return a.evidence[:0:n]
}

// commitEvidence marks the first n items of the free evidence as used.
func (a *arena) commitEvidence(n int) { a.evidence = a.evidence[n:] }

func appendDollars(b []byte, m spend.Money) []byte {
	u := uint64(m)
	if m < 0 {
		b = append(b, '-')
		u = uint64(-m)
	}
	b = strconv.AppendUint(b, u/100, 10)
	b = append(b, '.', byte('0'+u%100/10), byte('0'+u%10))
	return b
}

func appendMoney(b []byte, m spend.Money) []byte {
	u := uint64(m)
	if m < 0 {
		b = append(b, '-')
		u = uint64(-m)
	}
	b = append(b, '$')
	b = appendGroupedU(b, u/100)
	b = append(b, '.', byte('0'+u%100/10), byte('0'+u%10))
	return b
}

func appendGrouped(b []byte, n int64) []byte {
	u := uint64(n)
	if n < 0 {
		b = append(b, '-')
		u = uint64(-n)
	}
	return appendGroupedU(b, u)
}

func appendGroupedU(b []byte, u uint64) []byte {
	var d [24]byte
	digits := strconv.AppendUint(d[:0], u, 10)
	for i, c := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b = append(b, ',')
		}
		b = append(b, c)
	}
	return b
}

func appendDate(b []byte, d spend.Date) []byte {
	if d.IsZero() {
		return b
	}
	b = append(b, byte('0'+d.Y/1000%10), byte('0'+d.Y/100%10), byte('0'+d.Y/10%10), byte('0'+d.Y%10), '-')
	b = append(b, byte('0'+int(d.M)/10), byte('0'+int(d.M)%10), '-')
	b = append(b, byte('0'+d.D/10), byte('0'+d.D%10))
	return b
}
