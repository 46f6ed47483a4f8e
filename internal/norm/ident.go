package norm

import "strings"

// digitsOnly returns the digits of s when s holds only digits and the
// separators in seps (in any places), and ok false otherwise.
func digitsOnly(s, seps string) (string, bool) {
	var b strings.Builder
	for _, r := range strings.TrimSpace(s) {
		switch {
		case '0' <= r && r <= '9':
			b.WriteRune(r)
		case strings.ContainsRune(seps, r):
		default:
			return "", false
		}
	}
	return b.String(), true
}

// groups reports whether s, trimmed, is digits in groups of the given
// sizes separated by single hyphens or single spaces (one kind throughout),
// or the digits with no separator at all.
func groups(s string, sizes ...int) bool {
	s = strings.TrimSpace(s)
	total := 0
	for _, n := range sizes {
		total += n
	}
	if len(s) == total {
		return allDigits(s)
	}
	for _, sep := range []string{"-", " "} {
		parts := strings.Split(s, sep)
		if len(parts) != len(sizes) {
			continue
		}
		ok := true
		for i, p := range parts {
			if len(p) != sizes[i] || !allDigits(p) {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// SSN returns the 9 digits of a Social Security number written
// 123-45-6789, 123 45 6789 or 123456789, and false for any other form or
// for a number the Social Security Administration never assigns: area
// (first three digits) 000, 666 or 900–999, group (next two) 00, or serial
// (last four) 0000. Source: SSA, "Social Security Number Randomization"
// (ssa.gov/employer/randomizationfaqs.html): randomised assignment from
// June 25, 2011 excludes areas 000, 666 and 900–999 and never assigns group
// 00 or serial 0000. Numbers in the 900s are IRS ITINs, accepted by TIN.
func SSN(s string) (string, bool) {
	if !groups(s, 3, 2, 4) {
		return "", false
	}
	d, _ := digitsOnly(s, "- ")
	if !ssnParts(d) || d[0] == '9' {
		return "", false
	}
	return d, true
}

// ssnParts checks the group and serial of a 9-digit SSN-form number and
// that its area is not 000 or 666.
func ssnParts(d string) bool {
	return d[:3] != "000" && d[:3] != "666" && d[3:5] != "00" && d[5:] != "0000"
}

// itin reports whether the 9 digits d are an IRS Individual Taxpayer
// Identification Number or Adoption Taxpayer Identification Number: a 9
// first, then fourth and fifth digits 50–65, 70–88, 90–92 or 94–99 (ITIN) or
// 93 (ATIN). Source: the ranges the IRS publishes for ITINs (as restated,
// with the ATIN and IRSN ranges, in TaxSlayer Pro's "Valid Range for
// ITINs"); IRS-internal IRSNs (middle digits 01–10, 17–19, 28–29, 37–39)
// are not TINs and are refused.
func itin(d string) bool {
	if d[0] != '9' || d[5:] == "0000" {
		return false
	}
	g := int(d[3]-'0')*10 + int(d[4]-'0')
	return 50 <= g && g <= 65 || 70 <= g && g <= 88 || 90 <= g && g <= 99
}

// validEINPrefix lists the two-digit EIN prefixes the IRS assigns, from
// the IRS page "How EINs are Assigned and Valid EIN Prefixes" (the union
// of the campus, Internet and Small Business Administration prefixes).
// The prefixes 00, 07, 08, 09, 17, 18, 19, 28, 29, 49, 69, 70, 78, 79, 89,
// 96 and 97 are not assigned.
var validEINPrefix = func() [100]bool {
	var v [100]bool
	for _, p := range []int{
		1, 2, 3, 4, 5, 6, 10, 11, 12, 13, 14, 15, 16, 20, 21, 22, 23, 24, 25, 26, 27,
		30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48,
		50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68,
		71, 72, 73, 74, 75, 76, 77, 80, 81, 82, 83, 84, 85, 86, 87, 88,
		90, 91, 92, 93, 94, 95, 98, 99,
	} {
		v[p] = true
	}
	return v
}()

// EIN returns the 9 digits of an Employer Identification Number written
// 12-3456789, 12 3456789 or 123456789, and false for any other form or for
// a prefix (first two digits) the IRS does not assign (see validEINPrefix).
func EIN(s string) (string, bool) {
	if !groups(s, 2, 7) {
		return "", false
	}
	d, _ := digitsOnly(s, "- ")
	if !validEINPrefix[int(d[0]-'0')*10+int(d[1]-'0')] {
		return "", false
	}
	return d, true
}

// TIN returns the 9 digits of a Taxpayer Identification Number: an SSN or
// an ITIN/ATIN (written like an SSN), or an EIN. The grouping decides the
// kind when there is one (123-45-6789 must be an SSN, ITIN or ATIN;
// 12-3456789 must be an EIN); 9 bare digits are accepted if they are valid
// as any kind.
func TIN(s string) (string, bool) {
	if groups(s, 3, 2, 4) {
		d, _ := digitsOnly(s, "- ")
		if ssnParts(d) && (d[0] != '9' || itin(d)) {
			return d, true
		}
	}
	return EIN(s)
}

// UEI returns the SAM.gov Unique Entity ID in s, upper-cased, and whether
// it is well formed. The rules are those of the GSA's Unique Entity ID
// technical specification (gsa.gov, "Unique Entity ID Technical
// Specifications and API Information"): 12 characters, letters and digits
// only, not case sensitive, no letter O or I, first character not 0, and no
// run of nine digits. The 12th character is a checksum of the first 11 in
// the specification, but its algorithm is not published, so it is not
// checked. Surrounding white space is ignored.
func UEI(s string) (string, bool) {
	u := strings.ToUpper(strings.TrimSpace(s))
	if len(u) != 12 || u[0] == '0' {
		return "", false
	}
	run := 0
	for i := 0; i < len(u); i++ {
		c := u[i]
		switch {
		case '0' <= c && c <= '9':
			run++
			if run == 9 {
				return "", false
			}
		case 'A' <= c && c <= 'Z' && c != 'O' && c != 'I':
			run = 0
		default:
			return "", false
		}
	}
	return u, true
}

// CAGE returns the Commercial and Government Entity code in s, upper-cased,
// and whether it is five letters and digits. CAGE (and NATO NCAGE) codes
// are all five characters; their syntax otherwise varies by country (NATO
// AC/135 code chart), so no more is checked. Surrounding white space is
// ignored.
func CAGE(s string) (string, bool) {
	u := strings.ToUpper(strings.TrimSpace(s))
	if len(u) != 5 {
		return "", false
	}
	for _, r := range u {
		if !('A' <= r && r <= 'Z' || '0' <= r && r <= '9') {
			return "", false
		}
	}
	return u, true
}

// DUNS returns the 9 digits of a Dun & Bradstreet D-U-N-S number written
// 123456789 or 12-345-6789, and whether it is one. The "DUNS+4" suffix some
// federal files append (13 digits, or 123456789-0000) is dropped: it names
// a bank account of the entity, not the entity (now SAM.gov's EFT
// indicator).
func DUNS(s string) (string, bool) {
	t := strings.TrimSpace(s)
	switch {
	case groups(t, 9), groups(t, 2, 3, 4):
	case groups(t, 9, 4), groups(t, 13):
		t = strings.ReplaceAll(strings.ReplaceAll(t, "-", ""), " ", "")[:9]
	default:
		return "", false
	}
	d, _ := digitsOnly(t, "- ")
	return d, true
}

// ZIP splits a US ZIP code written 12345, 12345-6789, 12345 6789 or
// 123456789 into its five-digit code and its four-digit add-on ("" when
// absent). A ZIP that lost its leading zero in a spreadsheet (4 digits, or
// 8 with the add-on) gets it back: "2134" is "02134". It returns ok false
// for any other form and for the never-used 00000.
func ZIP(s string) (zip5, plus4 string, ok bool) {
	t := strings.TrimSpace(s)
	switch {
	case groups(t, 5):
	case groups(t, 4):
		t = "0" + t
	case groups(t, 5, 4), groups(t, 9):
	case groups(t, 4, 4), groups(t, 8):
		t = "0" + t
	default:
		return "", "", false
	}
	d, _ := digitsOnly(t, "- ")
	if d[:5] == "00000" {
		return "", "", false
	}
	if len(d) == 9 {
		return d[:5], d[5:], true
	}
	return d, "", true
}
