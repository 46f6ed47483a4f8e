package strsim

import (
	"testing"
)

var sinkF float64
var sinkI int
var sinkS string

// benchPairs are short ASCII name pairs of the kind pair scoring sees.
var benchPairs = [][2]string{
	{"catherine", "kathryn"}, {"martha", "marhta"}, {"dwayne", "duane"},
	{"dixon", "dicksonx"}, {"jones", "johnson"}, {"smith", "smyth"},
	{"washington", "washingtom"}, {"lee", "li"}, {"oconnor", "oconner"},
	{"rodriguez", "rodrigues"},
}

func BenchmarkJaroWinkler(b *testing.B) {
	b.Run("catherine/kathryn", func(b *testing.B) {
		for b.Loop() {
			sinkF = JaroWinkler("catherine", "kathryn")
		}
	})
	b.Run("names", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			p := benchPairs[i%len(benchPairs)]
			sinkF = JaroWinkler(p[0], p[1])
		}
	})
	b.Run("unicode", func(b *testing.B) {
		for b.Loop() {
			sinkF = JaroWinkler("josé garcía", "jose garcia")
		}
	})
}

func BenchmarkLevenshtein(b *testing.B) {
	b.Run("catherine/kathryn", func(b *testing.B) {
		for b.Loop() {
			sinkI = Levenshtein("catherine", "kathryn")
		}
	})
	b.Run("names", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			p := benchPairs[i%len(benchPairs)]
			sinkI = Levenshtein(p[0], p[1])
		}
	})
	b.Run("max2", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			p := benchPairs[i%len(benchPairs)]
			sinkI = LevenshteinMax(p[0], p[1], 2)
		}
	})
	b.Run("unicode", func(b *testing.B) {
		for b.Loop() {
			sinkI = Levenshtein("josé garcía", "jose garcia")
		}
	})
}

func BenchmarkOSA(b *testing.B) {
	for b.Loop() {
		sinkI = OSA("catherine", "kathryn")
	}
}

func BenchmarkDamerauLevenshtein(b *testing.B) {
	b.Run("catherine/kathryn", func(b *testing.B) {
		for b.Loop() {
			sinkI = DamerauLevenshtein("catherine", "kathryn")
		}
	})
	b.Run("ssn", func(b *testing.B) {
		for b.Loop() {
			sinkI = DamerauLevenshtein("123456789", "123546789")
		}
	})
}

func BenchmarkSoundex(b *testing.B) {
	for b.Loop() {
		sinkS = Soundex("catherine")
	}
}
