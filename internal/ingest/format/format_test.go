package format

import (
	"reflect"
	"testing"
)

func TestIndex(t *testing.T) {
	h := []string{"date", "agency", "description", "id", "description"}
	tests := []struct {
		name string
		want int
	}{
		{"date", 0}, {"description", 2}, {"description#1", 2}, {"description#2", 4}, {"description#3", -1},
		{"missing", -1}, {"id", 3}, {"#2", -1},
	}
	for _, tt := range tests {
		if got := Index(h, tt.name); got != tt.want {
			t.Errorf("Index(%q) = %d, want %d", tt.name, got, tt.want)
		}
	}
}

func TestMatches(t *testing.T) {
	s := &Spec{Required: []string{"a", "b"}, Absent: []string{"z"}}
	for _, tt := range []struct {
		header []string
		want   bool
	}{
		{[]string{"a", "b"}, true},
		{[]string{"b", "x", "a"}, true},
		{[]string{"a"}, false},
		{[]string{"a", "b", "z"}, false},
	} {
		if got := s.Matches(tt.header); got != tt.want {
			t.Errorf("Matches(%v) = %v", tt.header, got)
		}
	}
}

func TestColumns(t *testing.T) {
	s := &Spec{
		Required:  []string{"a", "b"},
		Claims:    []Map{{Column: "kind", Const: "x"}, {Column: "p", Source: "b"}, {Column: "q", Source: "c"}},
		Awards:    []Map{{Column: "k", Source: "d"}},
		AwardWhen: "d",
	}
	if got, want := s.Columns(), []string{"a", "b", "c", "d"}; !reflect.DeepEqual(got, want) {
		t.Fatalf("Columns = %v, want %v", got, want)
	}
}

func FuzzIndex(f *testing.F) {
	f.Add("description#2")
	f.Fuzz(func(t *testing.T, name string) {
		h := []string{"a", "description", "description", name}
		if i := Index(h, name); i < -1 || i >= len(h) {
			t.Fatalf("Index out of range: %d", i)
		}
	})
}
