package ingest

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/probity-dev/probity/internal/ingest/format"
	"github.com/probity-dev/probity/internal/spend"
)

// BenchmarkStage measures Go's pass over a CSV file for the bulk loader
// (stageCSV): 200,000 DOGE API contract claims shaped like the ones
// `probity bench savings` writes, staged to a file. Set
// PROBITY_STAGE_FILE to stage another file instead.
func BenchmarkStage(b *testing.B) {
	path := os.Getenv("PROBITY_STAGE_FILE")
	if path == "" {
		path = filepath.Join(b.TempDir(), "doge-contracts_2025-04-04.csv")
		if err := writeClaimsCSV(path, 200_000); err != nil {
			b.Fatal(err)
		}
	}
	head := make([]byte, headSize)
	f, err := os.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	n, _ := io.ReadFull(f, head)
	f.Close()
	_, header, err := newCSVRows(bytes.NewReader(head[:n]), path)
	if err != nil {
		b.Fatal(err)
	}
	spec, err := chooseSpec(path, format.CSV, header, Options{})
	if err != nil {
		b.Fatal(err)
	}
	info, err := os.Stat(path)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(info.Size())
	dir := b.TempDir()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		plan := planFor(spec, header, spend.Source{Name: filepath.Base(path), Snapshot: spend.NewDate(2025, 4, 4)})
		out, err := os.CreateTemp(dir, "stage-*")
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		st, err := stageCSV(context.Background(), path, filepath.Base(path), plan, out)
		b.StopTimer()
		out.Close()
		os.Remove(out.Name())
		if err != nil {
			b.Fatal(err)
		}
		if st.Good == 0 {
			b.Fatal("nothing staged")
		}
		b.StartTimer()
	}
}

// writeClaimsCSV writes n claims in the DOGE API's contract CSV form.
func writeClaimsCSV(path string, n int) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	fmt.Fprintln(w, "piid,agency,vendor,value,description,fpds_status,fpds_link,deleted_date,savings")
	for i := 0; i < n; i++ {
		piid := fmt.Sprintf("%04dAB%02dF%07d", 1000+i%9000, 18+i%7, i)
		fmt.Fprintf(w, "%s,Department of Homeland Security,\"VENDOR %d, LLC\",%d.00,\"Support services, task %d\",TERMINATED,"+
			"https://www.fpds.gov/ezsearch/jsp/viewLinkController.jsp?agencyID=4732&PIID=%s&modNumber=P00005&idvAgencyID=&idvPIID=GS10F0083V&contractType=AWARD,"+
			"%d/%d/2025,%d.%02d\n", piid, i, 1000+i*7%5000000, i, piid, 1+i%12, 1+i%28, i*3%4000000, i%100)
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
