package verify

// nameLink records how a claim with no identifier was linked by name.
type nameLink struct {
	score float64 // similarity of the best candidate
	next  float64 // similarity of the next different award
}

// linkByName links claims that carry no identifier to an award by name.
// NOT YET IMPLEMENTED: it waits for internal/norm.
func (v *verifier) linkByName() {}

// nameNote explains a link made by name.
func (w *worker) nameNote(f *facts) string { return "" }
