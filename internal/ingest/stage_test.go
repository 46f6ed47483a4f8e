package ingest

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/probity-dev/probity/internal/ingest/format"
	"github.com/probity-dev/probity/internal/spend"
)

// TestStageNotPlainEarly checks that a record the fast reader leaves to
// csvRows, early in a file of many batches, is reported as such (so the
// ingest falls back to the row loader) and not as the cancellation it
// causes.
func TestStageNotPlainEarly(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "doge-contracts_2025-04-04.csv")
	if err := writeClaimsCSV(path, 100_000); err != nil { // about 30 MB: many batches
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	header := "piid,agency,vendor,value,description,fpds_status,fpds_link,deleted_date,savings\n"
	bad := `X1,GSA,"Joe"s,1.00,d,T,l,1/30/2025,5` + "\n" // text after a closing quote
	data = append([]byte(header+bad), data[len(header):]...)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	res, err := File(context.Background(), openStore(t), path, Options{})
	if err != nil {
		t.Fatalf("ingest: %v", err)
	}
	if !res.Fallback || res.Source.Read != 100_001 || res.Source.Quarantined != 1 {
		t.Fatalf("fallback %v, read %d, quarantined %d; want the row loader, 100001 read, 1 quarantined", res.Fallback, res.Source.Read, res.Source.Quarantined)
	}

	f, err := os.Create(filepath.Join(dir, "stage.csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cols := strings.Split(strings.TrimSpace(header), ",")
	spec, err := chooseSpec("x", format.CSV, cols, Options{})
	if err != nil {
		t.Fatal(err)
	}
	plan := planFor(spec, cols, spend.Source{Name: "x"})
	if _, err := stageCSV(context.Background(), path, "x", plan, f); !errors.Is(err, errNotPlain) {
		t.Fatalf("stageCSV: %v, want errNotPlain", err)
	}
}
