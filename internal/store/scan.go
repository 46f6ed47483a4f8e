package store

import (
	"context"
	"database/sql"

	"github.com/probity-dev/probity/internal/spend"
)

// rowScanner scans rows into reused `any` slots. database/sql's typed
// destinations (sql.NullString and friends) cost more than DuckDB's own
// work on a million-row read; taking the driver's values as they come and
// type-switching is three times faster.
type rowScanner struct {
	vals []any
	ptrs []any
}

func newRowScanner(n int) *rowScanner {
	s := &rowScanner{vals: make([]any, n), ptrs: make([]any, n)}
	for i := range s.vals {
		s.ptrs[i] = &s.vals[i]
	}
	return s
}

func (s *rowScanner) scan(rows *sql.Rows) error { return rows.Scan(s.ptrs...) }

func (s *rowScanner) str(i int) string {
	v, _ := s.vals[i].(string)
	return v
}

func (s *rowScanner) int(i int) int64 {
	switch v := s.vals[i].(type) {
	case int64:
		return v
	case int32:
		return int64(v)
	case int:
		return int64(v)
	}
	return 0
}

func (s *rowScanner) isNull(i int) bool { return s.vals[i] == nil }

func (s *rowScanner) money(i int) spend.NullMoney {
	if s.isNull(i) {
		return spend.NullMoney{}
	}
	return spend.Known(spend.Money(s.int(i)))
}

// day reads a column selected with days() as a date.
func (s *rowScanner) day(i int) spend.Date {
	if s.isNull(i) {
		return spend.Date{}
	}
	return spend.DateFromDays(s.int(i))
}

// count returns the number of rows in table, to size a slice; on error it
// returns 0 and the caller's query reports the problem.
func (s *Store) count(ctx context.Context, table string) int {
	var n int
	s.db.QueryRowContext(ctx, "SELECT count(*) FROM "+table).Scan(&n)
	return n
}
