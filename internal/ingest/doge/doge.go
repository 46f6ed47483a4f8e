// Package doge describes the file formats of the Department of Government
// Efficiency's 2025 savings pages ("receipts") and of its public API, as
// scraped and republished in 2025. See testdata/README.md in the ingest
// package for the files each format was written against.
//
// The column meanings changed over time. On the first contract page
// (February 2025) "ceiling_value" was the contract ceiling and "value" the
// claimed saving, and agencies' comments sometimes sat in the "date"
// column; from the API onwards (DOGE API v0.0.1-beta, April 2025) "value"
// is the award value and "savings" the claimed saving, and the claim date
// of a contract is its "deleted_date".
package doge

import (
	"github.com/probity-dev/probity/internal/ingest/format"
	"github.com/probity-dev/probity/internal/spend"
)

func m(col, src string, k spend.FieldKind) format.Map {
	return format.Map{Column: col, Source: src, Kind: k}
}

func kind(k spend.Kind) format.Map { return format.Map{Column: "kind", Const: string(k)} }

// EarlyContractClaims maps the February 2025 contract page's columns.
var EarlyContractClaims = []format.Map{
	kind(spend.Contract),
	m("claim_date", "date", spend.DayOrNote),
	{Column: "date_note", Source: "date", Kind: spend.DayOrNote, Note: true},
	m("piid", "piid", spend.Ident),
	m("agency", "agency", spend.Text),
	m("value_cents", "ceiling_value", spend.Amount),
	m("savings_cents", "value", spend.Amount),
	m("status", "fpds_status", spend.Text),
	m("link", "fpds_link", spend.Text),
	m("vendor", "vendor", spend.Text),
	m("description", "description", spend.Text),
}

// UploadedContractClaims maps the March 2025 contract page (no PIID or
// vendor columns: the PIID is in the FPDS link; "value" is the claim).
var UploadedContractClaims = []format.Map{
	kind(spend.Contract),
	m("claim_date", "uploaded_on", spend.Day),
	m("agency", "agency", spend.Text),
	m("savings_cents", "value", spend.Amount),
	m("link", "link", spend.Text),
	m("description", "description", spend.Text),
}

// APIContractClaims maps the API's contract records (/savings/contracts).
// descriptionColumn is "description" in the API and "description_doge" in
// the FPDS-joined republication.
func APIContractClaims(descriptionColumn string) []format.Map {
	return []format.Map{
		kind(spend.Contract),
		m("claim_date", "deleted_date", spend.Day),
		m("piid", "piid", spend.Ident),
		m("agency", "agency", spend.Text),
		m("vendor", "vendor", spend.Text),
		m("value_cents", "value", spend.Amount),
		m("savings_cents", "savings", spend.Amount),
		m("status", "fpds_status", spend.Text),
		m("link", "fpds_link", spend.Text),
		m("description", descriptionColumn, spend.Text),
	}
}

// APIGrantClaims maps the API's grant records (/savings/grants).
var APIGrantClaims = []format.Map{
	kind(spend.Grant),
	m("claim_date", "date", spend.Day),
	m("agency", "agency", spend.Text),
	m("vendor", "recipient", spend.Text),
	m("value_cents", "value", spend.Amount),
	m("savings_cents", "savings", spend.Amount),
	m("link", "link", spend.Text),
	m("description", "description", spend.Text),
}

// APILeaseClaims maps the API's lease records (/savings/leases).
func APILeaseClaims(descriptionColumn string) []format.Map {
	return []format.Map{
		kind(spend.Lease),
		m("claim_date", "date", spend.Day),
		m("location", "location", spend.Text),
		m("sq_ft", "sq_ft", spend.Count),
		m("description", descriptionColumn, spend.Text),
		m("value_cents", "value", spend.Amount),
		m("savings_cents", "savings", spend.Amount),
		m("agency", "agency", spend.Text),
	}
}

// Specs returns the DOGE formats.
func Specs() []*format.Spec {
	leases10 := append(APILeaseClaims("description_doge"), m("city", "city", spend.Text), m("state", "state", spend.Text))
	return []*format.Spec{
		{
			Name: "doge-contracts-2025-02", Kind: spend.Contract, Encoding: format.CSV,
			Description: "DOGE contract page, February 2025: ceiling_value is the ceiling, value the claimed saving",
			Required:    []string{"date", "piid", "agency", "ceiling_value", "value", "fpds_link", "vendor"},
			Claims:      EarlyContractClaims,
		},
		{
			Name: "doge-contracts-api", Kind: spend.Contract, Encoding: format.CSV,
			Description: "DOGE API contract records (/savings/contracts) as CSV",
			Required:    []string{"piid", "agency", "vendor", "value", "description", "fpds_link", "deleted_date", "savings"},
			Claims:      APIContractClaims("description"),
		},
		{
			Name: "doge-grants-api", Kind: spend.Grant, Encoding: format.CSV,
			Description: "DOGE API grant records (/savings/grants) as CSV",
			Required:    []string{"date", "agency", "recipient", "value", "savings", "link", "description"},
			Claims:      APIGrantClaims,
		},
		{
			Name: "doge-leases-2025-02", Kind: spend.Lease, Encoding: format.CSV,
			Description: "DOGE lease page, February 2025: ceiling_value is the lease value, value the claimed saving",
			Required:    []string{"sq_ft", "date", "location", "description", "ceiling_value", "value", "agency"},
			Claims: []format.Map{
				kind(spend.Lease),
				m("claim_date", "date", spend.Day),
				m("location", "location", spend.Text),
				m("sq_ft", "sq_ft", spend.Count),
				m("description", "description", spend.Text),
				m("value_cents", "ceiling_value", spend.Amount),
				m("savings_cents", "value", spend.Amount),
				m("agency", "agency", spend.Text),
				m("city", "city", spend.Text),
				m("state", "state", spend.Text),
			},
		},
		{
			Name: "doge-leases-api", Kind: spend.Lease, Encoding: format.CSV,
			Description: "DOGE API lease records (/savings/leases) as CSV",
			Required:    []string{"date", "location", "sq_ft", "description", "value", "savings", "agency"},
			Claims:      APILeaseClaims("description"),
		},
		{
			Name: "doge-leases-api-republished", Kind: spend.Lease, Encoding: format.CSV,
			Description: "DOGE API lease records republished with city, state and scrape time (description_doge)",
			Required:    []string{"date", "location", "sq_ft", "description_doge", "value", "savings", "agency", "city", "state"},
			Claims:      leases10,
		},
		{
			Name: "doge-contracts-api-json", Kind: spend.Contract, Encoding: format.JSON, JSONKey: "contracts",
			Description: "DOGE API contract records as JSON (an array, or the API's paged response)",
			Required:    []string{"piid", "agency", "vendor", "value", "fpds_link", "deleted_date", "savings"},
			Claims:      APIContractClaims("description"),
		},
		{
			Name: "doge-grants-api-json", Kind: spend.Grant, Encoding: format.JSON, JSONKey: "grants",
			Description: "DOGE API grant records as JSON (an array, or the API's paged response)",
			Required:    []string{"date", "agency", "recipient", "value", "savings", "link"},
			Claims:      APIGrantClaims,
		},
		{
			Name: "doge-leases-api-json", Kind: spend.Lease, Encoding: format.JSON, JSONKey: "leases",
			Description: "DOGE API lease records as JSON (an array, or the API's paged response)",
			Required:    []string{"date", "location", "sq_ft", "value", "savings", "agency"},
			Claims:      APILeaseClaims("description"),
		},
	}
}
