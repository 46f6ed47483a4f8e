package store

import (
	"fmt"
	"os"
	"time"
)

// trace prints the time of each load and save step to stderr when
// PROBITY_TRACE is set.
var trace = os.Getenv("PROBITY_TRACE") != ""

// tracer times consecutive steps for PROBITY_TRACE.
type tracer struct{ t time.Time }

func newTracer() *tracer { return &tracer{time.Now()} }

func (t *tracer) step(what string) {
	if trace {
		fmt.Fprintf(os.Stderr, "store: %s: %s\n", what, time.Since(t.t).Round(time.Millisecond))
	}
	t.t = time.Now()
}
