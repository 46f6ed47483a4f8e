package report

import (
	"bufio"
	"fmt"
	"io"
)

// TextDiffs writes only the snapshot comparisons of r, in the terminal
// format of Text: what 'probity diff' prints.
func TextDiffs(w io.Writer, r *Report, opt TextOptions) error {
	bw := bufio.NewWriter(w)
	t := &textWriter{w: bw, opt: opt, width: opt.width(), ix: newIndex(r)}
	for i := range r.Diffs {
		t.diff(&r.Diffs[i])
	}
	if t.err != nil {
		return fmt.Errorf("write diff: %w", t.err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write diff: %w", err)
	}
	return nil
}
