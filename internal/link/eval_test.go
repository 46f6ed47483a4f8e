package link

import (
	"math"
	"testing"
)

func TestEvaluate(t *testing.T) {
	// Dedupe of 6 records: entities {0,1,2}, {3,4}, {5}: 3+1 = 4 true pairs.
	tb := tableOf(t, "t", "id,x", "0,a", "1,a", "2,a", "3,b", "4,b", "5,c")
	m := modelOf(t, `{"link_type": "dedupe", "comparisons": [{"field": "x", "template": "exact"}], "blocking": [{"on": ["x"]}]}`)
	d := prepare(t, m, tb)
	tr, err := TruthFromLabels(d, [2][]string{{"e1", "e1", "e1", "e2", "e2", ""}})
	if err != nil {
		t.Fatal(err)
	}
	if tr.Total() != 4 {
		t.Fatalf("true pairs %d, want 4", tr.Total())
	}
	pairs := []Pair{
		{A: 0, B: 1, Weight: 10}, // TP
		{A: 3, B: 4, Weight: 8},  // TP
		{A: 1, B: 3, Weight: 5},  // FP
		{A: 0, B: 2, Weight: 2},  // TP
		{A: 4, B: 5, Weight: -1}, // FP
		// (1, 2) is a true pair blocking missed
	}
	e := Evaluate(pairs, tr, EvalOptions{Threshold: 3})
	if e.TrueInCandidates != 3 || e.BlockingRecall != 0.75 {
		t.Errorf("blocking: %d true in candidates, recall %v; want 3, 0.75", e.TrueInCandidates, e.BlockingRecall)
	}
	check := func(name string, got Metrics, th float64, tp, fp, fn int64) {
		t.Helper()
		if got.Threshold != th || got.TP != tp || got.FP != fp || got.FN != fn {
			t.Errorf("%s: threshold %v TP %d FP %d FN %d; want %v %d %d %d", name, got.Threshold, got.TP, got.FP, got.FN, th, tp, fp, fn)
		}
		p := float64(tp) / float64(tp+fp)
		r := float64(tp) / 4
		if math.Abs(got.F1-2*p*r/(p+r)) > 1e-12 {
			t.Errorf("%s: F1 %v", name, got.F1)
		}
	}
	check("at 3", e.AtThreshold, 3, 2, 1, 2)
	// F1 by threshold: 10: 1/5 → P1 R.25 F.4; 8: P1 R.5 F.667; 5: P.667 R.5 F.571; 2: P.75 R.75 F.75; -1: P.6 R.75 F.667
	check("best", e.Best, 2, 3, 1, 1)
	check("P>=0.999", e.HighPrecision, 8, 2, 0, 2)

	// Truth from pairs agrees with truth from labels.
	tp, err := TruthFromPairs(d, [][2]string{{"1", "0"}, {"0", "2"}, {"1", "2"}, {"3", "4"}, {"4", "3"}})
	if err != nil {
		t.Fatal(err)
	}
	if tp.Total() != 4 {
		t.Errorf("pairs truth: %d pairs, want 4", tp.Total())
	}
	for a := int32(0); a < 6; a++ {
		for b := a + 1; b < 6; b++ {
			if tp.Match(a, b) != tr.Match(a, b) || tp.Match(b, a) != tr.Match(a, b) {
				t.Errorf("pair %d,%d: truths disagree", a, b)
			}
		}
	}
	if _, err := TruthFromPairs(d, [][2]string{{"0", "99"}}); err == nil {
		t.Error("unknown id: no error")
	}
}

func TestOneToOne(t *testing.T) {
	pairs := []Pair{
		{A: 0, B: 0, Weight: 5},
		{A: 0, B: 1, Weight: 9},
		{A: 1, B: 1, Weight: 8},
		{A: 1, B: 0, Weight: 7},
		{A: 2, B: 2, Weight: 1},
		{A: 3, B: 2, Weight: 1},
	}
	got := OneToOne(pairs)
	want := []Pair{{A: 0, B: 1, Weight: 9}, {A: 1, B: 0, Weight: 7}, {A: 2, B: 2, Weight: 1}}
	if len(got) != len(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("pair %d: %v, want %v", i, got[i], want[i])
		}
	}
}

func TestCluster(t *testing.T) {
	tb := tableOf(t, "t", "id,x", "r5,a", "r3,a", "r9,b", "r1,c", "r7,c", "r2,d")
	m := modelOf(t, `{"link_type": "dedupe", "comparisons": [{"field": "x", "template": "exact"}], "blocking": [{"on": ["x"]}]}`)
	d := prepare(t, m, tb)
	pairs := []Pair{{A: 0, B: 1, Weight: 5}, {A: 1, B: 2, Weight: 3}, {A: 3, B: 4, Weight: 1}, {A: 2, B: 5, Weight: -2}}
	want := map[string]string{"r5": "r3", "r3": "r3", "r9": "r3", "r1": "r1", "r7": "r1", "r2": "r2"}
	for _, order := range [][]int{{0, 1, 2, 3}, {3, 2, 1, 0}, {2, 0, 3, 1}} {
		var ps []Pair
		for _, i := range order {
			ps = append(ps, pairs[i])
		}
		for _, c := range Cluster(d, ps, 0) {
			if c.Cluster != want[c.ID] {
				t.Errorf("order %v: %s in cluster %s, want %s", order, c.ID, c.Cluster, want[c.ID])
			}
		}
	}
	// Link: ids are prefixed by table.
	ta := tableOf(t, "a", "id,x", "1,a", "2,b")
	tbb := tableOf(t, "b", "id,x", "1,a", "0,c")
	ml := modelOf(t, `{"link_type": "link", "comparisons": [{"field": "x", "template": "exact"}], "blocking": [{"on": ["x"]}]}`)
	dl := prepare(t, ml, ta, tbb)
	got := Cluster(dl, []Pair{{A: 0, B: 0, Weight: 1}}, 0)
	wantL := []ClusterMember{{0, 0, "1", "a:1", 2}, {0, 1, "2", "a:2", 1}, {1, 0, "1", "a:1", 2}, {1, 1, "0", "b:0", 1}}
	for i := range wantL {
		if got[i] != wantL[i] {
			t.Errorf("link member %d: %+v, want %+v", i, got[i], wantL[i])
		}
	}
}
