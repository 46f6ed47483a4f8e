package store

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/probity-dev/probity/internal/spend"
)

// ReadParquet reads a Parquet file through a throw-away in-memory DuckDB
// and returns its column names and rows, every value as text and NULL as
// "". If keep is not empty, only the named columns (matched without
// regard to case) are returned. It is how 'probity link' reads Parquet
// inputs without the linkage engine touching the database.
func ReadParquet(ctx context.Context, path string, keep []string) (columns []string, rows [][]string, err error) {
	if _, err := os.Stat(path); err != nil {
		if os.IsNotExist(err) {
			return nil, nil, spend.Errorf(spend.NotFound, "%s: no such file", path)
		}
		return nil, nil, fmt.Errorf("open %s: %w", path, err)
	}
	st, err := Open(ctx, ":memory:", Options{})
	if err != nil {
		return nil, nil, err
	}
	defer st.Close()
	r, err := st.db.QueryContext(ctx, "SELECT COLUMNS(*)::VARCHAR FROM read_parquet(?)", path)
	if err != nil {
		return nil, nil, spend.Errorf(spend.Invalid, "%s: read parquet: %v", path, err)
	}
	defer r.Close()
	cols, err := r.Columns()
	if err != nil {
		return nil, nil, fmt.Errorf("read parquet columns: %w", err)
	}
	want := map[string]bool{}
	for _, k := range keep {
		want[strings.ToLower(k)] = true
	}
	var idx []int
	for i, c := range cols {
		if len(keep) == 0 || want[strings.ToLower(c)] {
			idx = append(idx, i)
			columns = append(columns, c)
		}
	}
	sc := newRowScanner(len(cols))
	for r.Next() {
		if err := sc.scan(r); err != nil {
			return nil, nil, fmt.Errorf("read parquet row: %w", err)
		}
		row := make([]string, len(idx))
		for j, i := range idx {
			row[j] = sc.str(i)
		}
		rows = append(rows, row)
	}
	if err := r.Err(); err != nil {
		return nil, nil, spend.Errorf(spend.Invalid, "%s: read parquet: %v", path, err)
	}
	return columns, rows, nil
}
