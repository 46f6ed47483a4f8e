package savings

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/probity-dev/probity/internal/spend"
	"github.com/probity-dev/probity/internal/store"
)

// ResolveSnapshot finds the source a user means by arg: a source id, a
// file name as ingested, or a snapshot date (YYYY-MM-DD). kind, if not
// empty, narrows a date to one kind of claim.
func ResolveSnapshot(ctx context.Context, st *store.Store, arg string, kind spend.Kind) (spend.Source, spend.Kind, error) {
	srcs, err := st.Sources(ctx)
	if err != nil {
		return spend.Source{}, "", err
	}
	kinds, err := st.SourceKinds(ctx)
	if err != nil {
		return spend.Source{}, "", err
	}
	var match []spend.Source
	if id, err := strconv.ParseInt(arg, 10, 64); err == nil {
		for _, s := range srcs {
			if s.ID == id {
				match = append(match, s)
			}
		}
	}
	if len(match) == 0 {
		for _, s := range srcs {
			if s.Name == arg || strings.HasSuffix(arg, "/"+s.Name) {
				match = append(match, s)
			}
		}
	}
	if len(match) == 0 {
		if d, err := spend.ParseDate(arg, spend.Date{}); err == nil {
			for _, s := range srcs {
				if s.Snapshot == d && (kind == "" || kinds[s.ID] == kind) {
					match = append(match, s)
				}
			}
		}
	}
	switch len(match) {
	case 0:
		return spend.Source{}, "", spend.Errorf(spend.NotFound, "no ingested snapshot matches %q (give a source id, file name or YYYY-MM-DD; 'probity sources' lists them)", arg)
	case 1:
		return match[0], kinds[match[0].ID], nil
	}
	var names []string
	for _, s := range match {
		names = append(names, fmt.Sprintf("%d (%s, %s)", s.ID, s.Name, kinds[s.ID]))
	}
	return spend.Source{}, "", spend.Errorf(spend.Invalid, "%q matches several sources: %s; give a source id or --kind", arg, strings.Join(names, ", "))
}
