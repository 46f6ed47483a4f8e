package verify

import (
	"net/url"
	"strings"
)

// FPDSLink is what an FPDS ezsearch link names: the award's agency and
// PIID, the modification it points at, the parent vehicle, and whether the
// award is itself an indefinite-delivery vehicle. A link looks like
//
//	https://www.fpds.gov/ezsearch/jsp/viewLinkController.jsp?agencyID=7012&PIID=70CMSD22A00000008&modNumber=P00003&idvAgencyID=&idvPIID=GS00F131DA&contractType=IDV
//
// Other parameters (transactionNumber, actionSource, docType and the like,
// sometimes with junk such as "docType=E%27") are ignored.
type FPDSLink struct {
	AgencyID     string
	PIID         string // upper-cased and trimmed (see NormPIID)
	ModNumber    string
	IDVAgencyID  string
	IDVPIID      string
	ContractType string // "AWARD" or "IDV" as written in the link, upper-cased
}

// IsIDV reports whether the link names an indefinite-delivery vehicle
// (contractType=IDV): an agreement under which orders are placed, which
// obligates no money itself.
func (l FPDSLink) IsIDV() bool { return l.ContractType == "IDV" }

// ParseFPDSLink reads an FPDS ezsearch link. It reports false when s has no
// query with a non-empty PIID. Parameter names are matched without regard
// to case, "&amp;" separators are accepted, and percent-escapes are
// decoded. Values are substrings of s unless they had to be decoded, so
// parsing does not allocate in the common case.
func ParseFPDSLink(s string) (FPDSLink, bool) {
	var l FPDSLink
	q := s
	if i := strings.IndexByte(q, '?'); i >= 0 {
		q = q[i+1:]
	} else if !strings.Contains(q, "=") {
		return l, false
	}
	if i := strings.IndexByte(q, '#'); i >= 0 {
		q = q[:i]
	}
	for q != "" {
		var part string
		if i := indexSep(q); i >= 0 {
			part, q = q[:i], q[i+1:]
		} else {
			part, q = q, ""
		}
		if len(part) > 4 && strings.EqualFold(part[:4], "amp;") {
			part = part[4:] // after an HTML-escaped "&amp;" split at '&'
		}
		k, v, ok := strings.Cut(part, "=")
		if !ok {
			continue
		}
		dst := l.field(k)
		if dst == nil || *dst != "" {
			continue // not a field we read, or not its first occurrence
		}
		*dst = strings.TrimSpace(unescape(v))
	}
	l.PIID = NormPIID(l.PIID)
	l.ContractType = upper(l.ContractType)
	if l.PIID == "" {
		return FPDSLink{}, false
	}
	return l, true
}

// field returns where the value of query parameter k goes, or nil.
func (l *FPDSLink) field(k string) *string {
	var name string
	var dst *string
	switch len(k) {
	case 4:
		name, dst = "PIID", &l.PIID
	case 7:
		name, dst = "idvPIID", &l.IDVPIID
	case 8:
		name, dst = "agencyID", &l.AgencyID
	case 9:
		name, dst = "modNumber", &l.ModNumber
	case 11:
		name, dst = "idvAgencyID", &l.IDVAgencyID
	case 12:
		name, dst = "contractType", &l.ContractType
	default:
		return nil
	}
	if !strings.EqualFold(k, name) {
		return nil
	}
	return dst
}

// indexSep returns the index of the first '&' or ';' in q, or -1.
func indexSep(q string) int {
	for i := 0; i < len(q); i++ {
		if q[i] == '&' || q[i] == ';' {
			return i
		}
	}
	return -1
}

// unescape decodes percent-escapes and '+' in a query value; a value with
// a bad escape is returned as written.
func unescape(v string) string {
	if !strings.ContainsAny(v, "%+") {
		return v
	}
	u, err := url.QueryUnescape(v)
	if err != nil {
		return v
	}
	return u
}

// NormPIID returns a PIID in the form award records are keyed by: surrounding
// white space removed and letters upper-cased. It does not allocate when s
// is already in that form.
func NormPIID(s string) string { return upper(strings.TrimSpace(s)) }

// upper upper-cases ASCII letters, allocating only when s has a lower-case
// letter.
func upper(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'a' && c <= 'z' {
			return strings.ToUpper(s)
		}
	}
	return s
}
