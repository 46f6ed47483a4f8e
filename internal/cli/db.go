package cli

import (
	"context"
	"flag"

	"github.com/probity-dev/probity/internal/store"
)

// dbFlag declares --db on fs and returns a function opening the store.
func dbFlag(fs *flag.FlagSet, env *Env) func(ctx context.Context) (*store.Store, error) {
	path := fs.String("db", "", "database file (default $PROBITY_DB, else ~/.local/share/probity/probity.db)")
	return func(ctx context.Context) (*store.Store, error) {
		p := *path
		if p == "" {
			p = defaultDBPath(env)
		}
		st, err := store.Open(ctx, p, store.Options{})
		if err != nil {
			return nil, err
		}
		st.Now = env.Now
		return st, nil
	}
}
