package cli

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"strings"

	"github.com/probity-dev/probity/internal/link"
	"github.com/probity-dev/probity/internal/spend"
	"github.com/probity-dev/probity/internal/store"
)

// readParquetTable reads a Parquet file into a link.Table through a
// throw-away in-memory DuckDB store, every column as text (NULL as ""),
// keeping the id column and the columns in keep. (It stands in for a
// store-side reader of any table file.)
func readParquetTable(ctx context.Context, path, id string, keep []string) (*link.Table, error) {
	if _, err := os.Stat(path); err != nil {
		if os.IsNotExist(err) {
			return nil, spend.Errorf(spend.NotFound, "%s: no such file", path)
		}
		return nil, fmt.Errorf("open input: %w", err)
	}
	st, err := store.Open(ctx, ":memory:", store.Options{})
	if err != nil {
		return nil, err
	}
	defer st.Close()
	rows, err := st.DB().QueryContext(ctx, "SELECT COLUMNS(*)::VARCHAR FROM read_parquet(?)", path)
	if err != nil {
		return nil, spend.Errorf(spend.Invalid, "%s: read parquet: %v", path, err)
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return nil, fmt.Errorf("read parquet columns: %w", err)
	}
	want := map[string]bool{strings.ToLower(id): true}
	for _, k := range keep {
		want[strings.ToLower(k)] = true
	}
	var idx []int
	var names []string
	for i, c := range cols {
		if len(keep) == 0 || want[strings.ToLower(c)] {
			idx = append(idx, i)
			names = append(names, c)
		}
	}
	vals := make([]sql.NullString, len(cols))
	ptrs := make([]any, len(cols))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	var out [][]string
	for rows.Next() {
		if err := rows.Scan(ptrs...); err != nil {
			return nil, fmt.Errorf("read parquet row: %w", err)
		}
		r := make([]string, len(idx))
		for j, i := range idx {
			r[j] = vals[i].String
		}
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, spend.Errorf(spend.Invalid, "%s: read parquet: %v", path, err)
	}
	t, err := link.NewTable(path, names, out, id)
	if err != nil {
		return nil, spend.Errorf(spend.Invalid, "%v", err)
	}
	return t, nil
}
