// Package store is probity's database: an embedded DuckDB file that holds
// every ingested source, its rows, the claims and award records read from
// them, quarantined rows, and verification results.
//
// The store owns its schema: numbered SQL migrations are embedded in the
// binary and applied in order, each in its own transaction, and recorded.
// Public methods own their transactions; unexported helpers take a *sql.Tx.
//
// This is the only package that links DuckDB (and so cgo). DuckDB is opened
// with extension auto-install and auto-load turned off, so it never reaches
// for the network.
//
// Loading is done in bulk. Go stages a CSV file (see Staged): it reads and
// judges every record, and writes the good ones, numbered, to a staged copy;
// LoadCSV has DuckDB's own CSV reader load that copy in one parallel INSERT
// ... SELECT, converting fields with SQL generated from the same field kinds
// the Go reader uses (see spend.ParseField), and quarantines the records Go
// refused with their line, column and reason. Rows read by Go (JSON files,
// and any CSV file the staged load cannot take) are loaded through DuckDB's
// appender.
//
// DuckDB runs without preserving insertion order: every row carries its
// own order (source and record), and every query that needs an order asks
// for it.
package store
