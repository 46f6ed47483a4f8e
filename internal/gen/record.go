package gen

// Record is one generated row. Text is lower case until written, except
// fields an OCR corruption touched (kept verbatim: OCR may produce lower
// case letters such as l for 1).
type Record struct {
	Entity  int64
	Given   string
	Middle  string
	Family  string
	Sex     string // "F" or "M"
	DOB     Date
	NoDOB   bool // DOB left empty
	SSN     string
	Street  string // "123 oak st"
	Unit    string
	City    string
	State   string // USPS code, upper case
	ZIP     string
	Phone   string
	Applied uint32 // bit k set when Kind k was applied

	verbatim uint32 // bit f set when field f must be written as is
}

// field names a text field of a Record.
type field uint8

const (
	fGiven field = iota
	fMiddle
	fFamily
	fSSN
	fStreet
	fUnit
	fCity
	fZIP
	fPhone
	fDOB // not a string: handled apart
	numFields
)

var fieldNames = [numFields]string{"given_name", "middle_name", "family_name", "ssn", "street", "unit", "city", "zip", "phone", "dob"}

// text returns a pointer to the text of field f (not fDOB).
func (r *Record) text(f field) *string {
	switch f {
	case fGiven:
		return &r.Given
	case fMiddle:
		return &r.Middle
	case fFamily:
		return &r.Family
	case fSSN:
		return &r.SSN
	case fStreet:
		return &r.Street
	case fUnit:
		return &r.Unit
	case fCity:
		return &r.City
	case fZIP:
		return &r.ZIP
	case fPhone:
		return &r.Phone
	}
	panic("gen: no text field " + fieldNames[f])
}

// has reports whether field f is non-empty.
func (r *Record) has(f field) bool {
	if f == fDOB {
		return !r.NoDOB
	}
	return *r.text(f) != ""
}

// Has reports whether corruption k was applied to r.
func (r *Record) Has(k Kind) bool { return r.Applied&(1<<k) != 0 }
