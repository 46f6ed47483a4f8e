package verify

import (
	"strconv"

	"github.com/probity-dev/probity/internal/spend"
)

// keySource says where a claim's key came from.
type keySource uint8

const (
	keyName     keySource = iota // no identifier: agency, vendor and description
	keyPIID                      // the claim's PIID
	keyFPDSLink                  // the PIID in the claim's FPDS link
	keyAwardID                   // the claim's award id
	keyUSALink                   // the award id in the claim's USAspending link
	keyLease                     // a lease: location, agency and square feet
)

// identifies reports whether the key names one award (or one lease), so
// that two claims with the key are claims on the same thing.
func (k keySource) identifies() bool { return k != keyName }

// Key returns the key that ties a claim to its award, used to link it to
// award records, to find duplicates and to pair claims across snapshots:
//
//   - contracts: the PIID (NormPIID of Claim.PIID, else the PIID in the
//     FPDS link), when it is an identifier (see IsIdentifier);
//   - grants: the award id (Claim.AwardID, else the id in the USAspending
//     link), upper-cased;
//   - leases: "lease:" + location + "|" + agency + "|" + square feet, with
//     the names folded (upper case, single spaces);
//   - a contract or grant with no identifier: "name:" + agency + "|" +
//     vendor + "|" + description, folded. Such keys are used by Diff only;
//     they are not trusted to identify an award.
func Key(c spend.Claim) string {
	k, _ := claimKey(&c)
	return k
}

// IsIdentifier reports whether id, a PIID or award id as NormPIID
// returns it, can name an award: it has at least one digit and no white
// space. Real PIIDs and award ids all have digits; what DOGE wrote where it
// had none does not ("Unavailable" in 2,674 rows and "Charge Card
// Purchase" in 26 rows of contracts_2025-04-04_fpds.csv), and taking such
// a placeholder for a PIID would make thousands of false duplicates.
func IsIdentifier(id string) bool {
	digit := false
	for i := 0; i < len(id); i++ {
		switch c := id[i]; {
		case c >= '0' && c <= '9':
			digit = true
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
			return false
		}
	}
	return digit
}

// claimKey returns c's key and where it came from.
func claimKey(c *spend.Claim) (string, keySource) {
	switch c.Kind {
	case spend.Lease:
		return "lease:" + fold(c.Location) + "|" + fold(c.Agency) + "|" + strconv.FormatInt(c.SqFt, 10), keyLease
	case spend.Grant:
		if id := NormPIID(c.AwardID); IsIdentifier(id) {
			return id, keyAwardID
		}
		if id, ok := ParseUSAspendingLink(c.Link); ok && IsIdentifier(id) {
			return id, keyUSALink
		}
	default:
		if p := NormPIID(c.PIID); IsIdentifier(p) {
			return p, keyPIID
		}
		if l, ok := ParseFPDSLink(c.Link); ok && IsIdentifier(l.PIID) {
			return l.PIID, keyFPDSLink
		}
	}
	return "name:" + fold(c.Agency) + "|" + fold(c.Vendor) + "|" + fold(c.Description), keyName
}
