package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"fmt"

	"github.com/duckdb/duckdb-go/v2"
)

// conn is one connection holding an open transaction. Loads use a single
// connection so that SQL statements and appenders share the transaction.
type conn struct {
	*sql.Conn
	done bool
}

func (s *Store) begin(ctx context.Context) (*conn, error) {
	c, err := s.db.Conn(ctx)
	if err != nil {
		return nil, fmt.Errorf("connect: %w", err)
	}
	if _, err := c.ExecContext(ctx, "BEGIN TRANSACTION"); err != nil {
		c.Close()
		return nil, fmt.Errorf("begin: %w", err)
	}
	return &conn{Conn: c}, nil
}

func (c *conn) commit() error {
	if _, err := c.ExecContext(context.Background(), "COMMIT"); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	c.done = true
	return c.Close()
}

// rollback undoes the transaction unless it was committed; safe to defer.
func (c *conn) rollback() {
	if c.done {
		return
	}
	c.done = true
	c.ExecContext(context.Background(), "ROLLBACK")
	c.Close()
}

// withDriver runs f with the connection's driver connection, for appenders.
func (c *conn) withDriver(f func(driver.Conn) error) error {
	return c.Raw(func(dc any) error { return f(dc.(driver.Conn)) })
}

// newAppender opens an appender on table for the given columns.
func newAppender(dc driver.Conn, table string, columns []string) (*duckdb.Appender, error) {
	a, err := duckdb.NewAppenderWithColumns(dc, "", "", table, columns)
	if err != nil {
		return nil, fmt.Errorf("open appender on %s: %w", table, err)
	}
	return a, nil
}
