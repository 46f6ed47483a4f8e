package norm

import (
	"slices"
	"testing"
)

func TestPersonName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"  ", ""},
		{".,;-'", ""},
		{"John Smith", "john smith"},
		{"Mr. John A. Smith, Jr.", "john a smith"},
		{"DR JANE DOE PHD", "jane doe"},
		{"The Rev. Dr. Martin Luther King Jr.", "the rev dr martin luther king"}, // "the" is no title
		{"Rev. Dr. Martin Luther King, Jr.", "martin luther king"},
		{"SMITH JR, JOHN", "smith john"},
		{"Smith III, John", "smith john"},
		{"John Smith Esq.", "john smith"},
		{"O'Brien", "obrien"},
		{"Mary-Kate O’Connor", "mary kate oconnor"},
		{"José Ñúñez", "jose nunez"},
		{"Mr", "mr"}, // never emptied
		{"Jr", "jr"},
		{"Mr Jr", "jr"},    // the title goes first, then "jr" is all that is left
		{"Judge", "judge"}, // a surname
		{"John Jr Smith", "john jr smith"},
	}
	for _, tt := range tests {
		if got := PersonName(tt.in); got != tt.want {
			t.Errorf("PersonName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSplitPersonName(t *testing.T) {
	tests := []struct {
		in   string
		want Name
	}{
		{"SMITH, JOHN A JR", Name{"john", "a", "smith", "jr"}},
		{"John A. Smith Jr.", Name{"john", "a", "smith", "jr"}},
		{"John A. Smith, Jr.", Name{"john", "a", "smith", "jr"}},
		{"Smith Jr., John A.", Name{"john", "a", "smith", "jr"}},
		{"Mr. John Smith", Name{"john", "", "smith", ""}},
		{"Dr. Mary Ann Jones-Lee PhD", Name{"mary", "ann jones", "lee", ""}},
		{"Juan de la Cruz", Name{"juan", "", "de la cruz", ""}},
		{"Ludwig van Beethoven", Name{"ludwig", "", "van beethoven", ""}},
		{"DE LA CRUZ, JUAN", Name{"juan", "", "de la cruz", ""}},
		{"John Smith III", Name{"john", "", "smith", "iii"}},
		{"John Smith 2nd", Name{"john", "", "smith", "ii"}},
		{"John Smith Junior", Name{"john", "", "smith", "jr"}},
		{"John Smith, MD", Name{"john", "", "smith", ""}},
		{"John Smith Jr. Esq.", Name{"john", "", "smith", "jr"}},
		{"José Ñúñez", Name{"jose", "", "nunez", ""}},
		{"Smith", Name{"", "", "smith", ""}},
		{"Smith,", Name{"", "", "smith", ""}},
		{"", Name{}},
		{"  ,  ", Name{}},
		{"John Q. Public", Name{"john", "q", "public", ""}},
		{"O'NEIL, PATRICK J", Name{"patrick", "j", "oneil", ""}},
		{"Mary St. John", Name{"mary", "", "st john", ""}},
	}
	for _, tt := range tests {
		if got := SplitPersonName(tt.in); got != tt.want {
			t.Errorf("SplitPersonName(%q) = %+v, want %+v", tt.in, got, tt.want)
		}
	}
}

func TestInitial(t *testing.T) {
	tests := []struct{ in, want string }{
		{"John", "j"}, {"josé", "j"}, {"Élodie", "e"}, {"  'o'brien", "o"},
		{"", ""}, {"...", ""}, {"漢字", "漢"}, {"3M", "3"},
	}
	for _, tt := range tests {
		if got := Initial(tt.in); got != tt.want {
			t.Errorf("Initial(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestNicknames(t *testing.T) {
	tests := []struct{ in, want string }{
		{"bob", "robert"}, {"Bill", "william"}, {"PEGGY", "margaret"}, {" Jack ", "john"},
		{"peg", "margaret"}, {"chris", "christopher"}, {"robert", "robert"},
		{"sandra", "sandra"}, // canonical itself, though also short for alexandra
		{"zebulon", "zebulon"}, {"", ""}, {"José", "jose"},
	}
	for _, tt := range tests {
		if got := CanonicalGiven(tt.in); got != tt.want {
			t.Errorf("CanonicalGiven(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if got, want := CanonicalGivens("chris"), []string{"christopher", "christina", "christine"}; !slices.Equal(got, want) {
		t.Errorf("CanonicalGivens(chris) = %v, want %v", got, want)
	}
	if got := CanonicalGivens("zebulon"); got != nil {
		t.Errorf("CanonicalGivens(zebulon) = %v, want nil", got)
	}
	if got := Nicknames("Margaret"); !slices.Contains(got, "peggy") || !slices.Contains(got, "maggie") {
		t.Errorf("Nicknames(Margaret) = %v", got)
	}
	if got := Nicknames("bob"); got != nil {
		t.Errorf("Nicknames(bob) = %v, want nil (not canonical)", got)
	}
	// The result is the caller's to change.
	n := Nicknames("william")
	n[0] = "x"
	if Nicknames("william")[0] == "x" {
		t.Error("Nicknames returned the table's own slice")
	}
}

// TestNicknameTable checks the table's consistency: folded, no duplicate
// names, no nickname equal to its own name, and every nickname maps back.
func TestNicknameTable(t *testing.T) {
	seen := map[string]bool{}
	for _, row := range nicknameTable {
		if Fold(row.name) != row.name || seen[row.name] {
			t.Errorf("bad or duplicate name %q", row.name)
		}
		seen[row.name] = true
		for _, n := range row.nicks {
			if Fold(n) != n || n == row.name {
				t.Errorf("%s: bad nickname %q", row.name, n)
			}
			if !slices.Contains(CanonicalGivens(n), row.name) {
				t.Errorf("%s: nickname %q does not map back", row.name, n)
			}
		}
	}
}

func FuzzPersonName(f *testing.F) {
	for _, s := range []string{"Mr. John A. Smith, Jr.", "SMITH, JOHN", "Mr Jr", "", ",,", "O'Brien"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkText(t, "PersonName", PersonName, s)
		n := SplitPersonName(s)
		for _, part := range []string{n.Given, n.Middle, n.Family, n.Suffix} {
			checkText(t, "SplitPersonName part", func(string) string { return part }, part)
		}
		if n.Given == "" && n.Middle != "" {
			t.Fatalf("SplitPersonName(%q) = %+v: middle without given", s, n)
		}
		_ = Initial(s)
		_ = CanonicalGiven(s)
	})
}
