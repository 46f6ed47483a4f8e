package verify

import (
	"net/url"
	"strings"
)

// ParseUSAspendingLink returns the award id a USAspending award link names:
//
//	https://www.usaspending.gov/award/ASST_NON_HQ00342110014_97F5 -> ASST_NON_HQ00342110014_97F5
//
// The old "#/award/" form, a trailing slash, a query and a fragment are
// accepted; percent-escapes are decoded and the id is upper-cased. It
// reports false when s has no usaspending.gov award path or the id is
// empty.
func ParseUSAspendingLink(s string) (string, bool) {
	if !containsFold(s, "usaspending.gov") {
		return "", false
	}
	i := indexFold(s, "/award/")
	if i < 0 {
		return "", false
	}
	id := s[i+len("/award/"):]
	if j := strings.IndexAny(id, "/?#"); j >= 0 {
		id = id[:j]
	}
	if strings.IndexByte(id, '%') >= 0 {
		u, err := url.PathUnescape(id)
		if err != nil {
			return "", false
		}
		id = u
	}
	id = NormPIID(id)
	if id == "" || strings.ContainsAny(id, " /?#") {
		return "", false
	}
	return id, true
}

// indexFold is strings.Index without regard to ASCII case; sub must be
// lower case.
func indexFold(s, sub string) int {
	n := len(sub)
	for i := 0; i+n <= len(s); i++ {
		if strings.EqualFold(s[i:i+n], sub) {
			return i
		}
	}
	return -1
}

func containsFold(s, sub string) bool { return indexFold(s, sub) >= 0 }
