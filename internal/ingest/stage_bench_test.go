package ingest

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/probity-dev/probity/internal/ingest/format"
	"github.com/probity-dev/probity/internal/spend"
)

func BenchmarkStageFile(b *testing.B) {
	path := os.Getenv("PROBITY_STAGE_FILE")
	if path == "" {
		b.Skip("PROBITY_STAGE_FILE not set")
	}
	head := make([]byte, headSize)
	f, _ := os.Open(path)
	n, _ := io.ReadFull(f, head)
	f.Close()
	_, header, err := newCSVRows(bytes.NewReader(head[:n]), "x")
	if err != nil {
		b.Fatal(err)
	}
	spec, err := chooseSpec("x", format.CSV, header, Options{})
	if err != nil {
		b.Fatal(err)
	}
	info, _ := os.Stat(path)
	b.SetBytes(info.Size())
	b.StopTimer()
	for i := 0; i < b.N; i++ {
		plan := planFor(spec, header, spend.Source{Name: filepath.Base(path)})
		var out io.Writer = io.Discard
		if os.Getenv("PROBITY_STAGE_OUT") != "" {
			o, err := os.CreateTemp(os.Getenv("PROBITY_STAGE_OUT"), "stage-*")
			if err != nil {
				b.Fatal(err)
			}
			defer os.Remove(o.Name())
			defer o.Close()
			out = o
		}
		b.StartTimer()
		st, err := stageCSV(context.Background(), path, "x", plan, out)
		b.StopTimer()
		if err != nil {
			b.Fatal(err)
		}
		if st.Good == 0 {
			b.Fatal("nothing staged")
		}
	}
}
