// Package usaspending describes award records as USAspending.gov reports
// them: the award fields of its API (as joined to the DOGE grant claims by
// the republished March 2025 snapshot) and the contract award columns of
// its bulk downloads.
package usaspending

import (
	"github.com/probity-dev/probity/internal/ingest/doge"
	"github.com/probity-dev/probity/internal/ingest/format"
	"github.com/probity-dev/probity/internal/spend"
)

func m(col, src string, k spend.FieldKind) format.Map {
	return format.Map{Column: col, Source: src, Kind: k}
}

// GrantAwards maps the USAspending API award fields (flattened, as in the
// joined grant snapshot) to award fields.
var GrantAwards = []format.Map{
	{Column: "kind", Const: string(spend.Grant)},
	m("key", "generated_unique_award_id", spend.Ident),
	m("fain", "fain", spend.Ident),
	m("agency_id", "awarding_agency_subtier_agency_code", spend.Ident),
	m("recipient", "recipient_recipient_name", spend.Text),
	m("uei", "recipient_recipient_uei", spend.Ident),
	m("description", "description#2", spend.Text),
	m("signed", "date_signed", spend.Day),
	m("effective", "period_of_performance_start_date", spend.Day),
	m("current_end", "period_of_performance_end_date", spend.Day),
	m("obligated_cents", "total_obligation", spend.Amount),
	m("outlayed_cents", "total_outlay", spend.Amount),
	m("action_obligation_cents", "transaction_obligated_amount", spend.Amount),
	m("as_of", "dt_scrape", spend.Day),
}

// ContractAwards maps the contract columns of USAspending's award and
// transaction downloads (award_id_piid, total_dollars_obligated,
// potential_total_value_of_award, ...) to award fields.
var ContractAwards = []format.Map{
	{Column: "kind", Const: string(spend.Contract)},
	m("key", "award_id_piid", spend.Ident),
	m("piid", "award_id_piid", spend.Ident),
	m("agency_id", "awarding_sub_agency_code", spend.Ident),
	m("mod_number", "modification_number", spend.Ident),
	m("idv_piid", "parent_award_id_piid", spend.Ident),
	m("recipient", "recipient_name", spend.Text),
	m("uei", "recipient_uei", spend.Ident),
	m("reason_for_mod", "action_type_description", spend.Text),
	m("description", "transaction_description", spend.Text),
	m("signed", "action_date", spend.Day),
	m("effective", "period_of_performance_start_date", spend.Day),
	m("current_end", "period_of_performance_current_end_date", spend.Day),
	m("potential_end", "period_of_performance_potential_end_date", spend.Day),
	m("action_obligation_cents", "federal_action_obligation", spend.Amount),
	m("obligated_cents", "total_dollars_obligated", spend.Amount),
	m("base_exercised_cents", "base_and_exercised_options_value", spend.Amount),
	m("ceiling_cents", "potential_total_value_of_award", spend.Amount),
	m("outlayed_cents", "total_outlayed_amount_for_overall_award", spend.Amount),
}

// Specs returns the USAspending formats.
func Specs() []*format.Spec {
	return []*format.Spec{
		{
			Name: "usaspending-joined-grants", Kind: spend.Grant, Encoding: format.CSV,
			Description: "DOGE grant claims (March 2025) joined to their USAspending awards",
			Required:    []string{"date", "agency", "recipient", "value", "savings", "link", "generated_unique_award_id", "total_obligation", "total_outlay", "dt_scrape"},
			Claims:      doge.APIGrantClaims,
			Awards:      GrantAwards,
			AwardWhen:   "generated_unique_award_id",
		},
		{
			Name: "usaspending-contracts", Kind: spend.Contract, Encoding: format.CSV,
			Description: "USAspending contract awards or transactions (bulk download columns)",
			Required:    []string{"award_id_piid", "total_dollars_obligated", "potential_total_value_of_award", "action_date"},
			Awards:      ContractAwards,
			AwardWhen:   "award_id_piid",
		},
	}
}
