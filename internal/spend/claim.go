package spend

// Kind is what a savings claim or award is about.
type Kind string

// The kinds of claims and awards.
const (
	Contract Kind = "contract"
	Grant    Kind = "grant"
	Lease    Kind = "lease"
)

// The kinds of payment records the DOGE API published: payment line items
// (/payments) and counts of payments by agency, organisation or request
// date (/payments/statistics). They are kept as sources for the payment
// screening to come; no savings claim is made about them.
const (
	Payment      Kind = "payment"
	PaymentCount Kind = "payment_count"
)

// Kinds lists the kinds of savings claims, in display order.
var Kinds = []Kind{Contract, Grant, Lease}

// Claim is one line of a published savings receipt: an assertion that
// cancelling or changing an award saved money. Fields a format does not
// carry are left zero.
type Claim struct {
	ID       int64 // assigned by the store; stable for the life of a database
	Kind     Kind
	Snapshot Date // the day the receipts were published or scraped
	Origin   Origin

	Date        Date   // the claim date (cancellation, upload or deletion date)
	DateNote    string // free text found where a date was expected
	Agency      string
	PIID        string // contracts: procurement instrument identifier
	AwardID     string // grants: the award identifier in the link, if any
	Link        string // fpds_link or link as published
	Vendor      string // vendor or recipient
	Description string
	Status      string // fpds_status as published

	Value   NullMoney // the award value the receipt shows (a ceiling, for early contract files)
	Savings NullMoney // the amount claimed as saved

	// Leases.
	Location string
	City     string
	State    string
	SqFt     int64
}

// Origin says where a record came from: the ingested source file and the
// record's position in it.
type Origin struct {
	SourceID int64
	Record   int64 // 1-based data record number (the header is not counted)
	Line     int64 // 1-based line in the file where the record starts
}
