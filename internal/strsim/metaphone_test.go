package strsim

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// TestDoubleMetaphoneSurnames checks the 1,200-odd surname codes of the
// test list commons-codec uses (testdata/doublemetaphone.tsv).
func TestDoubleMetaphoneSurnames(t *testing.T) {
	f, err := os.Open("testdata/doublemetaphone.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n, bad := 0, 0
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fs := strings.Split(line, "\t")
		if len(fs) != 3 {
			t.Fatalf("bad line %q", line)
		}
		n++
		if knownDMDivergence[fs[0]] {
			continue
		}
		p, a := DoubleMetaphone(fs[0])
		if p != fs[1] || a != fs[2] {
			bad++
			t.Errorf("DoubleMetaphone(%q) = %s/%s, want %s/%s", fs[0], p, a, fs[1], fs[2])
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if n < 1000 {
		t.Fatalf("read only %d cases", n)
	}
}

// knownDMDivergence lists the surnames of the test list where we follow
// Philips's published algorithm and the list does not: for "Kirkcaldy" the
// list has KRKL, but both the original C++ and commons-codec's source code
// the C after K (C followed by a vowel other than E, I, Y is K), giving
// KRKK. We could not find a rule that yields KRKL.
var knownDMDivergence = map[string]bool{"Kirkcaldy": true}

func TestDoubleMetaphone(t *testing.T) {
	tests := []struct{ in, primary, alternate string }{
		// commons-codec DoubleMetaphoneTest.testDoubleMetaphone.
		{"testing", "TSTN", "TSTN"},
		{"The", "0", "T"},
		{"quick", "KK", "KK"},
		{"brown", "PRN", "PRN"},
		{"fox", "FKS", "FKS"},
		{"jumped", "JMPT", "AMPT"},
		{"over", "AFR", "AFR"},
		{"lazy", "LS", "LS"},
		{"dogs", "TKS", "TKS"},
		{"MacCafferey", "MKFR", "MKFR"},
		{"Stephan", "STFN", "STFN"},
		{"Kuczewski", "KSSK", "KXFS"},
		{"Kutchefski", "KXFS", "KXFS"},
		{"McClelland", "MKLL", "MKLL"},
		{"san jose", "SNHS", "SNHS"},
		{"xenophobia", "SNFP", "SNFP"},
		{"Fokker", "FKR", "FKR"},
		{"Joqqi", "JK", "AK"},
		{"Hovvi", "HF", "HF"},
		{"Czerny", "SRN", "XRN"},
		// linkage.md §4.2 and the original article.
		{"Catherine", "K0RN", "KTRN"},
		{"Katherine", "K0RN", "KTRN"},
		{"Gaddafi", "KTF", "KTF"},
		{"Qaddafi", "KTF", "KTF"},
		{"Muhammad", "MHMT", "MHMT"},
		{"Mohamed", "MHMT", "MHMT"},
		// Folding, Ç and Ñ, punctuation as word breaks, no letters.
		{"ç", "S", "S"},
		{"ñ", "N", "N"},
		{"Muñoz", "MNS", "MNS"},
		{"José", "HS", "HS"},
		{"Mac-Gregor", "MKRK", "MKRK"},
		{"", "", ""},
		{" \t\n", "", ""},
		{"123-45", "", ""},
		{"漢字", "", ""},
	}
	for _, tt := range tests {
		p, a := DoubleMetaphone(tt.in)
		if p != tt.primary || a != tt.alternate {
			t.Errorf("DoubleMetaphone(%q) = %q/%q, want %q/%q", tt.in, p, a, tt.primary, tt.alternate)
		}
	}
}

func TestDoubleMetaphoneMatches(t *testing.T) {
	// commons-codec testIsDoubleMetaphoneEqualBasic and Extended2: the two
	// names share a primary code, or (second group) an alternate one.
	for _, p := range [][2]string{
		{"Case", "case"}, {"CASE", "Case"}, {"caSe", "cAsE"}, {"cookie", "quick"},
		{"Brian", "Bryan"}, {"Auto", "Otto"}, {"Steven", "Stefan"}, {"Philipowitz", "Filipowicz"},
	} {
		p0, _ := DoubleMetaphone(p[0])
		p1, _ := DoubleMetaphone(p[1])
		if p0 != p1 {
			t.Errorf("primary codes of %q and %q differ: %s, %s", p[0], p[1], p0, p1)
		}
	}
	_, a0 := DoubleMetaphone("Jablonski")
	_, a1 := DoubleMetaphone("Yablonsky")
	if a0 != a1 {
		t.Errorf("alternate codes of Jablonski and Yablonsky differ: %s, %s", a0, a1)
	}
	b0, _ := DoubleMetaphone("Brain")
	b1, _ := DoubleMetaphone("Band")
	if b0 == b1 {
		t.Errorf("Brain and Band share the primary code %s", b0)
	}
}

func TestDoubleMetaphoneN(t *testing.T) {
	tests := []struct {
		in                 string
		n                  int
		primary, alternate string
	}{
		{"jumped", 3, "JMP", "AMP"},
		{"Carlson", 0, "KRLSN", "KRLSN"},
		{"Washington", 0, "AXNKTN", "FXNKTN"},
		{"Schwarzenegger", 8, "XRSNKR", "XFRTSNKR"},
	}
	for _, tt := range tests {
		p, a := DoubleMetaphoneN(tt.in, tt.n)
		if p != tt.primary || a != tt.alternate {
			t.Errorf("DoubleMetaphoneN(%q, %d) = %q/%q, want %q/%q", tt.in, tt.n, p, a, tt.primary, tt.alternate)
		}
	}
}

func FuzzDoubleMetaphone(f *testing.F) {
	for _, s := range []string{"Schwarzenegger", "", "José", "san jose", "Mac Gregor", "ç"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, a := DoubleMetaphone(s)
		if len(p) > 4 || len(a) > 4 {
			t.Fatalf("DoubleMetaphone(%q) = %q/%q, longer than 4", s, p, a)
		}
		if strings.Trim(p+a, "AFHJKLMNPRSTX0") != "" {
			t.Fatalf("DoubleMetaphone(%q) = %q/%q, unexpected characters", s, p, a)
		}
		pl, al := DoubleMetaphoneN(s, 0)
		if !strings.HasPrefix(pl, p) || !strings.HasPrefix(al, a) {
			t.Fatalf("DoubleMetaphone(%q) = %q/%q is not a prefix of the full codes %q/%q", s, p, a, pl, al)
		}
	})
}
