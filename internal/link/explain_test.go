package link

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (go test -update rewrites it)\n--- got\n%s\n--- want\n%s", name, got, want)
	}
}

func TestExplainGolden(t *testing.T) {
	m := readModelFile(t, "model_explain.json")
	// surname is a template: set its m and u by hand.
	for l, mu := range [][2]float64{{}, {0.85, 0.003}, {0.07, 0.002}, {0.03, 0.004}, {0.02, 0.04}, {0.03, 0.951}} {
		m.Comparisons[1].Levels[l].M, m.Comparisons[1].Levels[l].U = mu[0], mu[1]
	}
	a := tableOf(t, "a", "id,given_name,surname,dob,postcode",
		"a1,michaela,neumann,19151111,4223",
		"a2,courtney,painter,19161214,4560",
		"a3,john,smith,19700101,2000")
	b := tableOf(t, "b", "id,given_name,surname,dob,postcode",
		"b1,michaela,nuemann,19151111,4223",
		"b2,courtnee,,19161241,4650",
		"b3,john,smith,19700101,2000",
		"b4,john,smith,19710101,2000")
	d := prepare(t, m, a, b)
	s, err := NewScorer(d)
	if err != nil {
		t.Fatal(err)
	}
	var txt, js bytes.Buffer
	for _, p := range [][2]string{{"a1", "b1"}, {"a2", "b2"}, {"a3", "b3"}, {"a3", "b4"}, {"a1", "b3"}} {
		e, err := s.ExplainIDs(p[0], p[1])
		if err != nil {
			t.Fatal(err)
		}
		if err := e.WriteText(&txt); err != nil {
			t.Fatal(err)
		}
		txt.WriteString("\n")
		if err := e.WriteJSON(&js); err != nil {
			t.Fatal(err)
		}
	}
	golden(t, "explain.txt", txt.Bytes())
	golden(t, "explain.json", js.Bytes())
	if _, err := s.ExplainIDs("a1", "nope"); err == nil {
		t.Error("unknown id: no error")
	}
}
