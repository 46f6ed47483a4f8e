package gen

import "testing"

func TestPermutationIsBijection(t *testing.T) {
	for _, n := range []uint64{1, 2, 3, 4, 5, 17, 100, 1000, 4097, 65536, 100003} {
		p := newPermutation(n, 0xfeed+n)
		seen := make([]bool, n)
		moved := 0
		for i := range n {
			x := p.at(i)
			if x >= n {
				t.Fatalf("n=%d: at(%d)=%d out of range", n, i, x)
			}
			if seen[x] {
				t.Fatalf("n=%d: %d hit twice", n, x)
			}
			seen[x] = true
			if got := p.index(x); got != i {
				t.Fatalf("n=%d: index(at(%d))=%d", n, i, got)
			}
			if x != i {
				moved++
			}
		}
		if n >= 100 && moved < int(n)*9/10 {
			t.Errorf("n=%d: only %d of %d elements moved: not shuffled", n, moved, n)
		}
	}
}

func TestPermutationKeyed(t *testing.T) {
	a, b := newPermutation(1000, 1), newPermutation(1000, 2)
	same := 0
	for i := range uint64(1000) {
		if a.at(i) == b.at(i) {
			same++
		}
	}
	if same > 20 {
		t.Errorf("different keys agree on %d of 1000 positions", same)
	}
}
