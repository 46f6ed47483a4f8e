package norm

import "testing"

var sinkS string
var sinkN Name

func BenchmarkFold(b *testing.B) {
	b.Run("ascii", func(b *testing.B) {
		for b.Loop() {
			sinkS = Fold("  John   SMITH ")
		}
	})
	b.Run("accents", func(b *testing.B) {
		for b.Loop() {
			sinkS = Fold("José Ñúñez García")
		}
	})
}

func BenchmarkPersonName(b *testing.B) {
	for b.Loop() {
		sinkS = PersonName("Mr. John A. Smith, Jr.")
	}
}

func BenchmarkSplitPersonName(b *testing.B) {
	for b.Loop() {
		sinkN = SplitPersonName("SMITH, JOHN A JR")
	}
}

func BenchmarkBusinessName(b *testing.B) {
	for b.Loop() {
		sinkS = BusinessName("The Acme Co., Inc. d/b/a Widget World")
	}
}

func BenchmarkAddress(b *testing.B) {
	for b.Loop() {
		sinkS = Address("100 S. Ocean Boulevard, Apartment 4B")
	}
}

func BenchmarkParseDOB(b *testing.B) {
	for b.Loop() {
		d, _ := ParseDOB("03151950")
		sinkS = d.String()
	}
}
