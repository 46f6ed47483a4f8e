package gen

import (
	"strconv"
)

// Header is the first line of every record file. entity_id and corruptions
// are ground truth: a matcher must not read them.
const Header = "rec_id,entity_id,given_name,middle_name,family_name,sex,dob,ssn,street,unit,city,state,zip,phone,corruptions"

// needsQuote reports whether s must be quoted in CSV (RFC 4180).
func needsQuote(s string) bool {
	for i := range len(s) {
		switch s[i] {
		case ',', '"', '\n', '\r':
			return true
		}
	}
	return false
}

// appendField appends s as one CSV field, upper-casing ASCII letters unless
// verbatim is set.
func appendField(b []byte, s string, verbatim bool) []byte {
	q := needsQuote(s)
	if q {
		b = append(b, '"')
	}
	for i := range len(s) {
		c := s[i]
		if !verbatim && c >= 'a' && c <= 'z' {
			c -= 'a' - 'A'
		}
		if c == '"' {
			b = append(b, '"')
		}
		b = append(b, c)
	}
	if q {
		b = append(b, '"')
	}
	return b
}

// appendRecord appends rec as one CSV line with id prefix+pos (zero-padded
// to width digits).
func appendRecord(b []byte, prefix byte, pos uint64, width int, rec *Record, f DateFormat) []byte {
	v := func(fl field) bool { return rec.verbatim&(1<<fl) != 0 }
	b = appendID(b, prefix, pos, width)
	b = append(b, ',')
	b = strconv.AppendInt(b, rec.Entity, 10)
	b = append(b, ',')
	b = appendField(b, rec.Given, v(fGiven))
	b = append(b, ',')
	b = appendField(b, rec.Middle, v(fMiddle))
	b = append(b, ',')
	b = appendField(b, rec.Family, v(fFamily))
	b = append(b, ',')
	b = append(b, rec.Sex...)
	b = append(b, ',')
	if !rec.NoDOB {
		b = appendDate(b, rec.DOB, f)
	}
	b = append(b, ',')
	b = appendField(b, rec.SSN, v(fSSN))
	b = append(b, ',')
	b = appendField(b, rec.Street, v(fStreet))
	b = append(b, ',')
	b = appendField(b, rec.Unit, v(fUnit))
	b = append(b, ',')
	b = appendField(b, rec.City, v(fCity))
	b = append(b, ',')
	b = append(b, rec.State...)
	b = append(b, ',')
	b = appendField(b, rec.ZIP, v(fZIP))
	b = append(b, ',')
	b = appendField(b, rec.Phone, v(fPhone))
	b = append(b, ',')
	sep := false
	for k := range NumKinds {
		if rec.Has(k) {
			if sep {
				b = append(b, ';')
			}
			b = append(b, kindNames[k]...)
			sep = true
		}
	}
	return append(b, '\n')
}

// appendID appends prefix and n zero-padded to width digits.
func appendID(b []byte, prefix byte, n uint64, width int) []byte {
	b = append(b, prefix)
	var d [20]byte
	i := len(d)
	for n > 0 || i == len(d) {
		i--
		d[i] = byte('0' + n%10)
		n /= 10
	}
	for range width - (len(d) - i) {
		b = append(b, '0')
	}
	return append(b, d[i:]...)
}

// idWidth is the number of digits of the largest index below n.
func idWidth(n uint64) int {
	w := 1
	for x := n - 1; n > 1 && x >= 10; x /= 10 {
		w++
	}
	return w
}
