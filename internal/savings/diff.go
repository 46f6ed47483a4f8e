package savings

import (
	"context"

	"github.com/probity-dev/probity/internal/spend"
	"github.com/probity-dev/probity/internal/store"
	"github.com/probity-dev/probity/internal/verify"
)

// Diff compares the claims of two snapshots, named as ResolveSnapshot
// reads them. Both must hold the same kind of claim.
func Diff(ctx context.Context, st *store.Store, from, to string, kind spend.Kind) (spend.Diff, error) {
	a, ka, err := ResolveSnapshot(ctx, st, from, kind)
	if err != nil {
		return spend.Diff{}, err
	}
	b, kb, err := ResolveSnapshot(ctx, st, to, ka)
	if err != nil {
		return spend.Diff{}, err
	}
	if ka != kb {
		return spend.Diff{}, spend.Errorf(spend.Invalid, "cannot compare %s claims (%s) with %s claims (%s)", ka, a.Name, kb, b.Name)
	}
	ca, err := st.Claims(ctx, store.ClaimFilter{SourceIDs: []int64{a.ID}})
	if err != nil {
		return spend.Diff{}, err
	}
	cb, err := st.Claims(ctx, store.ClaimFilter{SourceIDs: []int64{b.ID}})
	if err != nil {
		return spend.Diff{}, err
	}
	return verify.Diff(ca, cb,
		spend.SnapshotRef{Kind: ka, Snapshot: a.Snapshot, SourceID: a.ID},
		spend.SnapshotRef{Kind: kb, Snapshot: b.Snapshot, SourceID: b.ID}), nil
}
