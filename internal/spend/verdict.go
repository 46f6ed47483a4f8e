package spend

// Status sums up how much of a claim the records support.
type Status string

// The verdict statuses.
const (
	Supported   Status = "supported"    // the records support the whole claim
	Partial     Status = "partial"      // they support part of it
	Unsupported Status = "unsupported"  // they support none of it
	NoEvidence  Status = "unverifiable" // there is no record to check it against
)

// LinkMethod says how a claim was tied to its award record.
type LinkMethod string

// The ways a claim is linked to an award.
const (
	LinkNone    LinkMethod = ""            // no award record found
	LinkPIID    LinkMethod = "piid"        // the claim's PIID equals the award's
	LinkFPDS    LinkMethod = "fpds_link"   // the PIID parsed from the claim's FPDS link
	LinkAwardID LinkMethod = "award_id"    // the award id parsed from the claim's USAspending link
	LinkVendor  LinkMethod = "vendor_name" // fuzzy match on vendor or recipient name
)

// Verdict is the outcome of verifying one claim: how much of it the
// records support, which award it was checked against, and every problem
// found.
type Verdict struct {
	ClaimID  int64
	Kind     Kind
	Snapshot Date
	Agency   string
	Claimed  Money // the saving claimed; zero if the claim gives none

	// Verifiable is the part of the claim the records support: for
	// contracts the unobligated balance (ceiling minus obligated), for
	// grants obligated minus outlayed, never more than the claim and never
	// negative.
	Verifiable Money
	Status     Status

	AwardKey    string
	AwardOrigin Origin
	Link        LinkMethod
	LinkNote    string  // how the link was made, in plain English
	LinkScore   float64 // 1 for identifier links; the match probability for fuzzy links

	Findings []Finding
}

// Summary is the headline of a verification: what was claimed, what the
// records support, and where the difference comes from.
type Summary struct {
	Snapshots  []SnapshotRef // the snapshots the totals cover
	Claims     int
	Claimed    Money
	Verifiable Money
	Statuses   StatusCounts
	ByKind     []Total
	ByClass    []Total // Amount: dollars each class removes; Count: claims with the class
	ByAgency   []Total // sorted by Claimed, largest first
}

// StatusCounts counts claims by the status of their verdicts.
type StatusCounts struct {
	Supported, Partial, Unsupported, NoEvidence int
	Other                                       int // a status not listed above
	WithFindings                                int // claims with at least one finding
}

// Add counts one verdict.
func (c *StatusCounts) Add(v *Verdict) {
	switch v.Status {
	case Supported:
		c.Supported++
	case Partial:
		c.Partial++
	case Unsupported:
		c.Unsupported++
	case NoEvidence:
		c.NoEvidence++
	default:
		c.Other++
	}
	if len(v.Findings) > 0 {
		c.WithFindings++
	}
}

// SnapshotRef names one snapshot of one kind of claim.
type SnapshotRef struct {
	Kind     Kind
	Snapshot Date
	SourceID int64
}

// Total is one line of a breakdown.
type Total struct {
	Key        string // the kind, class or agency
	Count      int
	Claimed    Money
	Verifiable Money
	Amount     Money // for classes: dollars attributed to the class
}

// ChangeType says how a claim changed between two snapshots.
type ChangeType string

// The change types of a snapshot diff.
const (
	Added   ChangeType = "added"
	Removed ChangeType = "removed"
	Changed ChangeType = "changed"
)

// Change is one award whose claim differs between two snapshots.
type Change struct {
	Key    string // the award key (or the claim key when there is no award id)
	Kind   Kind
	Type   ChangeType
	Before *Claim // nil when added
	After  *Claim // nil when removed
	// Delta is the change in claimed savings, After minus Before.
	Delta  Money
	Fields []string // for Changed: the fields that differ
}

// Diff is the difference between two snapshots.
type Diff struct {
	From, To       SnapshotRef
	Added, Removed int
	Changed        int
	Unchanged      int
	ClaimedFrom    Money
	ClaimedTo      Money
	AddedAmount    Money
	RemovedAmount  Money
	ChangedDelta   Money
	Changes        []Change // sorted by |Delta|, largest first, then key
}
