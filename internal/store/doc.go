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
// Loading is done in bulk. A CSV file is read by DuckDB's own CSV reader
// into a staging table of text columns, checked and converted by SQL
// generated from the same field kinds the Go reader uses (see
// spend.ParseField), and inserted with INSERT ... SELECT; bad rows are
// quarantined with their line, column and reason. Rows read by Go (JSON
// files, and any CSV file whose structure DuckDB and Go read differently)
// are loaded through DuckDB's appender.
package store
