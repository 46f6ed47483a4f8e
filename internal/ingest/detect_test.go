package ingest

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/probity-dev/probity/internal/ingest/format"
)

// TestDetectRealFiles checks that every real snapshot is recognised as the
// format written for it, and that no two formats tie on any of them.
func TestDetectRealFiles(t *testing.T) {
	dir := filepath.Join(sharedDir(t), "doge-data")
	want := map[string]string{
		"m-nolan/contracts_2025-02-18.csv":                                  "doge-contracts-2025-02",
		"m-nolan/contracts_2025-02-20_fpds.csv":                             "fpds-joined-contracts-2025-02",
		"m-nolan/contracts_2025-03-11_fpds.csv":                             "fpds-joined-contracts-2025-03",
		"m-nolan/contracts_2025-04-04_fpds.csv":                             "fpds-joined-contracts-api",
		"m-nolan/grants_2025-03-30_usaspending.csv":                         "usaspending-joined-grants",
		"m-nolan/leases_2025-02-18.csv":                                     "doge-leases-2025-02",
		"m-nolan/leases_2025-10-05.csv":                                     "doge-leases-api-republished",
		"robert-mcdermott/leases_2025-06-04.json":                           "doge-leases-api-json",
		"robert-mcdermott/payments_statistics_agency_2025-05-24.json":       "doge-payment-counts-agency-json",
		"robert-mcdermott/payments_statistics_org_names_2025-05-24.json":    "doge-payment-counts-org-json",
		"robert-mcdermott/payments_statistics_request_date_2025-05-24.json": "doge-payment-counts-date-json",
	}
	for file, name := range want {
		data, err := os.ReadFile(filepath.Join(dir, file))
		if err != nil {
			t.Fatal(err)
		}
		var spec *format.Spec
		if sniffEncoding(data) == format.JSON {
			doc, err := readJSON(data, file)
			if err != nil {
				t.Fatal(err)
			}
			spec, err = detect(file, format.JSON, doc.keys)
			if err != nil {
				t.Fatal(err)
			}
		} else {
			_, header, err := newCSVRows(bytesReader(data), file)
			if err != nil {
				t.Fatal(err)
			}
			if spec, err = detect(file, format.CSV, header); err != nil {
				t.Fatal(err)
			}
		}
		if spec.Name != name {
			t.Errorf("%s detected as %s, want %s", file, spec.Name, name)
		}
	}
}

// TestFormatNamesUnique keeps format names usable with --format.
func TestFormatNamesUnique(t *testing.T) {
	seen := map[string]bool{}
	for _, f := range Formats() {
		if seen[f.Name] {
			t.Errorf("two formats named %s", f.Name)
		}
		seen[f.Name] = true
		if f.Description == "" || len(f.Required) == 0 {
			t.Errorf("format %s lacks a description or required columns", f.Name)
		}
	}
}

func bytesReader(b []byte) *bytes.Reader { return bytes.NewReader(b) }
