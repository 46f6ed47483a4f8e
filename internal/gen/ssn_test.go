package gen

import "testing"

// inRanges reports whether g is in one of the closed ranges.
func inRanges(g int, rs ...[2]int) bool {
	for _, r := range rs {
		if g >= r[0] && g <= r[1] {
			return true
		}
	}
	return false
}

func TestSyntheticSSNsAreNeverIssued(t *testing.T) {
	capacity := ssnCapacity(false)
	if capacity != 100*36*9999 {
		t.Fatalf("capacity %d", capacity)
	}
	seen := map[[3]int]bool{}
	for i := uint64(0); i < capacity; i += 9999 * 7 / 3 { // every group and area, various serials
		area, group, serial := ssnDigits(i, false)
		if area < 900 || area > 999 {
			t.Fatalf("index %d: area %d not in 900-999", i, area)
		}
		if inRanges(group, [2]int{50, 65}, [2]int{70, 88}, [2]int{90, 92}, [2]int{94, 99}) {
			t.Fatalf("index %d: group %d is an ITIN group", i, group)
		}
		if group == 93 || inRanges(group, [2]int{1, 10}, [2]int{17, 19}, [2]int{28, 29}, [2]int{37, 39}) {
			t.Fatalf("index %d: group %d is an ATIN or IRSN group", i, group)
		}
		if group == 0 || serial < 1 || serial > 9999 {
			t.Fatalf("index %d: %d-%d-%d", i, area, group, serial)
		}
		k := [3]int{area, group, serial}
		if seen[k] {
			t.Fatalf("index %d: %v twice", i, k)
		}
		seen[k] = true
	}
	if a, g, s := ssnDigits(capacity-1, false); a != 999 || g != 89 || s != 9999 {
		t.Errorf("last synthetic SSN %d-%d-%d", a, g, s)
	}
}

func TestRealisticSSNsPassSSARules(t *testing.T) {
	capacity := ssnCapacity(true)
	for i := uint64(0); i < capacity; i += 9999*99/7 + 13 {
		area, group, serial := ssnDigits(i, true)
		if area < 1 || area == 666 || area >= 900 || group < 1 || group > 99 || serial < 1 || serial > 9999 {
			t.Fatalf("index %d: %d-%d-%d breaks the SSA rules", i, area, group, serial)
		}
	}
	if a, _, _ := ssnDigits(665*99*9999, true); a != 667 {
		t.Errorf("area after 665 is %d, want 667", a)
	}
	if a, g, s := ssnDigits(capacity-1, true); a != 899 || g != 99 || s != 9999 {
		t.Errorf("last realistic SSN %d-%d-%d", a, g, s)
	}
}

func TestFormatSSN(t *testing.T) {
	for _, tc := range []struct {
		a, g, s int
		want    string
	}{
		{912, 34, 5678, "912-34-5678"},
		{1, 1, 1, "001-01-0001"},
		{999, 89, 9999, "999-89-9999"},
	} {
		if got := formatSSN(tc.a, tc.g, tc.s); got != tc.want {
			t.Errorf("formatSSN(%d,%d,%d) = %q, want %q", tc.a, tc.g, tc.s, got, tc.want)
		}
	}
}
