package link

import (
	"strings"
	"testing"
)

func TestReadCSV(t *testing.T) {
	t.Run("febrl spacing", func(t *testing.T) {
		in := "rec_id, given_name, surname\nrec-1-org, , smith\nrec-1-dup-0, jo, smith\n"
		tb, err := ReadCSV(strings.NewReader(in), "f", CSVOptions{IDColumn: "rec_id"})
		if err != nil {
			t.Fatal(err)
		}
		if tb.Len() != 2 || tb.RecordID(1) != "rec-1-dup-0" || tb.Value(0, tb.Column("given_name")) != "" || tb.Value(1, tb.Column("Surname")) != "smith" {
			t.Errorf("table: %+v", tb)
		}
	})
	t.Run("latin1 and quotes", func(t *testing.T) {
		in := "\"id\",\"title\"\n1,\"Caf\xe9, \"\"bar\"\"\"\n2,\"multi\nline\"\n"
		tb, err := ReadCSV(strings.NewReader(in), "f", CSVOptions{IDColumn: "id", Latin1: true})
		if err != nil {
			t.Fatal(err)
		}
		if got := tb.Value(0, 1); got != `Café, "bar"` {
			t.Errorf("latin-1 value %q", got)
		}
		if got := tb.Value(1, 1); got != "multi\nline" {
			t.Errorf("multi-line value %q", got)
		}
	})
	t.Run("short rows and no id", func(t *testing.T) {
		in := "a,b,c\n1,2\n\n4,5,6\n"
		tb, err := ReadCSV(strings.NewReader(in), "f", CSVOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if tb.Len() != 2 || tb.Value(0, 2) != "" || tb.RecordID(1) != "1" || tb.Columns[tb.ID] != "_row" {
			t.Errorf("table: %+v", tb)
		}
	})
	t.Run("keep", func(t *testing.T) {
		in := "id,a,b,c\n1,x,y,z\n2,p\n"
		tb, err := ReadCSV(strings.NewReader(in), "f", CSVOptions{IDColumn: "id", Keep: []string{"C", "a"}})
		if err != nil {
			t.Fatal(err)
		}
		if strings.Join(tb.Columns, ",") != "id,a,c" || tb.Value(0, tb.Column("c")) != "z" || tb.Value(1, tb.Column("c")) != "" || tb.RecordID(1) != "2" {
			t.Errorf("table: %+v", tb)
		}
	})
	t.Run("missing id column", func(t *testing.T) {
		if _, err := ReadCSV(strings.NewReader("a,b\n1,2\n"), "f", CSVOptions{IDColumn: "id"}); err == nil {
			t.Error("no error")
		}
	})
	t.Run("empty", func(t *testing.T) {
		if _, err := ReadCSV(strings.NewReader(""), "f", CSVOptions{}); err == nil {
			t.Error("no error")
		}
	})
}

func FuzzReadCSV(f *testing.F) {
	f.Add([]byte("id,a\n1,x\n"), false)
	f.Add([]byte("\"id\",\"t\"\n1,\"a\"\"b\"\n"), true)
	f.Add([]byte("a\n\xff\xfe\n"), true)
	f.Fuzz(func(t *testing.T, b []byte, latin1 bool) {
		tb, err := ReadCSV(strings.NewReader(string(b)), "f", CSVOptions{Latin1: latin1})
		if err != nil {
			return
		}
		for i := 0; i < tb.Len(); i++ {
			for c := range tb.Columns {
				_ = tb.Value(i, c)
			}
			_ = tb.RecordID(i)
		}
	})
}
