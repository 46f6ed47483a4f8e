// Package fpds describes award records as the Federal Procurement Data
// System reports them (the columns of FPDS ezsearch records, as joined to
// the DOGE contract claims by the republished 2025 snapshots), and the
// joined claim files themselves.
//
// FPDS "total" amounts on a record are cumulative for the contract as of
// that modification: amount_obligated_total is what has been obligated,
// amount_ultimate_total the base and all options — the ceiling, the most
// the contract could ever cost. An amount_* without "_total" is the one
// action's own figure.
package fpds

import (
	"github.com/probity-dev/probity/internal/ingest/doge"
	"github.com/probity-dev/probity/internal/ingest/format"
	"github.com/probity-dev/probity/internal/spend"
)

func m(col, src string, k spend.FieldKind) format.Map {
	return format.Map{Column: col, Source: src, Kind: k}
}

// Awards maps FPDS record columns to award fields. scrape is the column
// holding the time the record was read.
func Awards(scrape string) []format.Map {
	return []format.Map{
		{Column: "kind", Const: string(spend.Contract)},
		m("key", "award_procurement_id", spend.Ident),
		m("piid", "award_procurement_id", spend.Ident),
		m("agency_id", "award_agency", spend.Ident),
		m("mod_number", "award_modification_num", spend.Ident),
		m("idv_piid", "ref_idv_procurement_id", spend.Ident),
		m("signed", "date_signed", spend.Day),
		m("effective", "date_effective", spend.Day),
		m("current_end", "date_complete", spend.Day),
		m("potential_end", "date_ult_complete_est", spend.Day),
		m("action_obligation_cents", "amount_obligated", spend.Amount),
		m("obligated_cents", "amount_obligated_total", spend.Amount),
		m("base_exercised_cents", "amount_base_exercised_options_total", spend.Amount),
		m("ceiling_cents", "amount_ultimate_total", spend.Amount),
		m("recipient", "entity_name", spend.Text),
		m("uei", "entity_id", spend.Ident),
		m("cage", "cage_code", spend.Ident),
		m("description", "requirement_desc", spend.Text),
		m("as_of", scrape, spend.Day),
	}
}

var joined = []string{"award_procurement_id", "award_modification_num", "amount_obligated_total", "amount_ultimate_total", "date_complete"}

func req(claimCols ...string) []string { return append(claimCols, joined...) }

// Specs returns the FPDS-joined contract claim formats. Each row is a DOGE
// claim; where the join found the FPDS record, it is loaded as an award.
func Specs() []*format.Spec {
	return []*format.Spec{
		{
			Name: "fpds-joined-contracts-2025-02", Kind: spend.Contract, Encoding: format.CSV,
			Description: "February 2025 DOGE contract claims joined to their FPDS records",
			Required:    req("date", "piid", "agency", "ceiling_value", "value", "fpds_link", "datetime-scrape"),
			Claims:      doge.EarlyContractClaims,
			Awards:      append(Awards("datetime-scrape"), m("reason_for_mod", "fpds_status", spend.Text)),
			AwardWhen:   "award_procurement_id",
		},
		{
			Name: "fpds-joined-contracts-2025-03", Kind: spend.Contract, Encoding: format.CSV,
			Description: "March 2025 DOGE contract claims (uploaded_on, link, value) joined to their FPDS records",
			Required:    req("agency", "description", "uploaded_on", "link", "value", "dt_scrape"),
			Claims:      doge.UploadedContractClaims,
			Awards:      Awards("dt_scrape"),
			AwardWhen:   "award_procurement_id",
		},
		{
			Name: "fpds-joined-contracts-api", Kind: spend.Contract, Encoding: format.CSV,
			Description: "DOGE API contract claims (April 2025 on) joined to their FPDS records",
			Required:    req("piid", "agency", "vendor", "value", "description_doge", "fpds_link", "deleted_date", "savings", "dt_scrape"),
			Claims:      doge.APIContractClaims("description_doge"),
			Awards:      append(Awards("dt_scrape"), m("reason_for_mod", "fpds_status", spend.Text)),
			AwardWhen:   "award_procurement_id",
		},
	}
}
