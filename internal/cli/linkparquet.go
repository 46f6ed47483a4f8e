package cli

import (
	"context"

	"github.com/probity-dev/probity/internal/link"
	"github.com/probity-dev/probity/internal/spend"
	"github.com/probity-dev/probity/internal/store"
)

// readParquetTable reads a Parquet file into a link.Table, keeping the id
// column and the columns in keep (all if keep is empty).
func readParquetTable(ctx context.Context, path, id string, keep []string) (*link.Table, error) {
	if len(keep) > 0 {
		keep = append(append([]string{}, keep...), id)
	}
	names, rows, err := store.ReadParquet(ctx, path, keep)
	if err != nil {
		return nil, err
	}
	t, err := link.NewTable(path, names, rows, id)
	if err != nil {
		return nil, spend.Errorf(spend.Invalid, "%v", err)
	}
	return t, nil
}
