package savings

import (
	"context"
	"encoding/json"
	"fmt"
	"runtime/debug"
	"time"

	"github.com/probity-dev/probity/internal/spend"
	"github.com/probity-dev/probity/internal/store"
	"github.com/probity-dev/probity/internal/verify"
)

// Run is the outcome of one verification.
type Run struct {
	ID       int64
	Claims   int
	Awards   int
	Summary  spend.Summary // over the latest snapshot of each kind
	Verdicts []spend.Verdict
	Timing   Timing
}

// Timing records how long each step took.
type Timing struct {
	Load, Verify, Save time.Duration
}

// Verify checks every stored claim against the stored award records,
// stores the verdicts as a new run, and returns it.
func Verify(ctx context.Context, st *store.Store, opt verify.Options, now func() time.Time) (*Run, error) {
	t0 := now()
	// A million claims and awards are tens of millions of small strings:
	// let the heap grow further between collections while they are read
	// and judged (peak memory is reported by 'probity bench savings').
	defer debug.SetGCPercent(debug.SetGCPercent(400))
	// Read claims and awards at the same time, on two connections.
	var awards []spend.Award
	var awardsErr error
	done := make(chan struct{})
	go func() {
		defer close(done)
		awards, awardsErr = st.AwardsBrief(ctx)
	}()
	claims, err := st.Claims(ctx, store.ClaimFilter{})
	<-done
	if err != nil {
		return nil, err
	}
	if awardsErr != nil {
		return nil, awardsErr
	}
	if len(claims) == 0 {
		return nil, spend.Errorf(spend.NotFound, "no claims in the database: run 'probity ingest FILE...' first")
	}

	t1 := now()
	verdicts := verify.Verify(claims, awards, opt)
	t2 := now()
	optJSON, err := json.Marshal(opt)
	if err != nil {
		return nil, fmt.Errorf("encode options: %w", err)
	}
	id, err := st.SaveVerification(ctx, verdicts, int64(len(claims)), int64(len(awards)), string(optJSON))
	if err != nil {
		return nil, err
	}
	t3 := now()
	return &Run{
		ID: id, Claims: len(claims), Awards: len(awards),
		Summary:  verify.Summarize(claims, verdicts, verify.LatestSnapshots(claims)),
		Verdicts: verdicts,
		Timing:   Timing{Load: t1.Sub(t0), Verify: t2.Sub(t1), Save: t3.Sub(t2)},
	}, nil
}
