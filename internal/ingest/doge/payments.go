package doge

import (
	"github.com/probity-dev/probity/internal/ingest/format"
	"github.com/probity-dev/probity/internal/spend"
)

// paymentMaps maps the API's payment line items (/payments).
var paymentMaps = []format.Map{
	m("agency", "agency", spend.Text),
	m("org_name", "org_name", spend.Text),
	m("description", "description", spend.Text),
	m("amount_cents", "amount", spend.Amount),
	m("post_date", "post_date", spend.Day),
	m("status", "status_description", spend.Text),
}

// countMaps maps one /payments/statistics breakdown: by agency, by
// organisation, or by request date.
func countMaps(dimension, keyColumn string, keyKind spend.FieldKind) []format.Map {
	key := m("key", keyColumn, keyKind)
	if keyKind == spend.Day {
		key = m("day", keyColumn, keyKind)
	}
	return []format.Map{
		{Column: "dimension", Const: dimension},
		key,
		m("count", "count", spend.Count),
	}
}

// PaymentSpecs returns the formats of the API's payment records.
func PaymentSpecs() []*format.Spec {
	count := func(name, dim, col string, k spend.FieldKind) *format.Spec {
		return &format.Spec{
			Name: name, Kind: spend.PaymentCount, Encoding: format.JSON,
			Description: "DOGE API payment counts by " + dim + " (/payments/statistics)",
			Required:    []string{col, "count"},
			Tables:      []format.TableMap{{Table: "payment_counts", Maps: countMaps(dim, col, k)}},
		}
	}
	return []*format.Spec{
		{
			Name: "doge-payments-api-json", Kind: spend.Payment, Encoding: format.JSON, JSONKey: "payments",
			Description: "DOGE API payment line items (/payments) as JSON (an array, or the paged response)",
			Required:    []string{"agency", "org_name", "amount", "post_date"},
			Tables:      []format.TableMap{{Table: "payments", Maps: paymentMaps}},
		},
		{
			Name: "doge-payments-api", Kind: spend.Payment, Encoding: format.CSV,
			Description: "DOGE API payment line items (/payments) as CSV",
			Required:    []string{"agency", "org_name", "amount", "post_date"},
			Tables:      []format.TableMap{{Table: "payments", Maps: paymentMaps}},
		},
		count("doge-payment-counts-agency-json", "agency", "agency_name", spend.Text),
		count("doge-payment-counts-org-json", "org_name", "org_name", spend.Text),
		count("doge-payment-counts-date-json", "request_date", "date", spend.Day),
	}
}
