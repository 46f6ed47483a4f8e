package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/duckdb/duckdb-go/v2"

	"github.com/probity-dev/probity/internal/spend"
)

// Store is an open probity database.
type Store struct {
	db   *sql.DB
	conn *duckdb.Connector
	path string

	// Now returns the current time; tests replace it.
	Now func() time.Time
}

// Options tune how the database is opened. The zero value is fine.
type Options struct {
	// Threads caps DuckDB's worker threads; 0 leaves DuckDB's default
	// (the number of cores).
	Threads int
	// MemoryLimit is DuckDB's memory_limit setting, e.g. "4GB"; empty
	// leaves DuckDB's default (80% of RAM).
	MemoryLimit string
	// ReadOnly opens the database for reading only.
	ReadOnly bool
	// InsertionOrder keeps DuckDB's default of preserving insertion order
	// (the benchmarks' baseline); probity does not need it.
	InsertionOrder bool
}

// Open opens (creating if needed) the database at path and brings its
// schema up to date. The directory is created if missing. Use ":memory:"
// for a throw-away in-memory database.
func Open(ctx context.Context, path string, opt Options) (*Store, error) {
	if path != ":memory:" {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return nil, fmt.Errorf("create database directory: %w", err)
		}
	}
	q := url.Values{}
	q.Set("autoinstall_known_extensions", "false")
	q.Set("autoload_known_extensions", "false")
	// Every row carries its own order (source and record), and every query
	// that needs an order says so: DuckDB need not keep insertion order,
	// which lets its bulk inserts run in parallel without re-ordering
	// (BENCHMARKS.md, savings).
	if !opt.InsertionOrder {
		q.Set("preserve_insertion_order", "false")
	}
	if opt.Threads > 0 {
		q.Set("threads", fmt.Sprint(opt.Threads))
	}
	if opt.MemoryLimit != "" {
		q.Set("memory_limit", opt.MemoryLimit)
	}
	if opt.ReadOnly {
		q.Set("access_mode", "READ_ONLY")
	}
	dsn := path
	if path == ":memory:" {
		dsn = ""
	}
	conn, err := duckdb.NewConnector(dsn+"?"+q.Encode(), nil)
	if err != nil {
		return nil, openError(path, err)
	}
	s := &Store{db: sql.OpenDB(conn), conn: conn, path: path, Now: time.Now}
	if !opt.ReadOnly {
		if err := s.migrate(ctx); err != nil {
			s.Close()
			return nil, err
		}
	}
	return s, nil
}

// openError classifies the errors a user can do something about.
func openError(path string, err error) error {
	msg := err.Error()
	switch {
	case strings.Contains(msg, "Could not set lock") || strings.Contains(msg, "Conflicting lock"):
		return &spend.Error{Kind: spend.Conflict, Message: fmt.Sprintf("database %s is in use by another probity process", path), Err: err}
	case strings.Contains(msg, "not a valid DuckDB database") || strings.Contains(msg, "Unable to open"):
		return &spend.Error{Kind: spend.Invalid, Message: fmt.Sprintf("%s is not a probity database", path), Err: err}
	}
	return fmt.Errorf("open database %s: %w", path, err)
}

// Close closes the database. It is safe to call more than once.
func (s *Store) Close() error {
	if s.db == nil {
		return nil
	}
	err := s.db.Close()
	s.db = nil
	if cerr := s.conn.Close(); err == nil && cerr != nil && !errors.Is(cerr, sql.ErrConnDone) {
		err = cerr
	}
	return err
}

// Path returns the database file's path.
func (s *Store) Path() string { return s.path }

// DB returns the underlying database handle, for read-only queries by
// benchmarks and diagnostics.
func (s *Store) DB() *sql.DB { return s.db }
