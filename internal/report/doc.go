// Package report renders the outcome of savings verification for people
// and programs: a terminal summary (Text), a JSON document (JSON), a
// spreadsheet (CSV) and a single self-contained web page (HTML).
//
// A Report is built once — by the CLI from the store, later by the HTTP
// server from the same call — and rendered in any format with Render.
// The package does no I/O of its own beyond the io.Writer it is given,
// never reads the clock (Report.GeneratedAt is injected), and writes the
// same bytes for the same Report, so every format has a golden test.
// It imports only the vocabulary package spend and the standard library.
//
// # HTML
//
// One file with inline CSS and an inline SVG chart, no scripts and no
// resources loaded from the network; every value from the data is
// escaped by html/template, and only http(s) links to fpds.gov and
// usaspending.gov are made clickable. The page holds the headline, the
// chart of claimed against verifiable savings by agency (the 15 largest
// and "other"), findings by class, changes between snapshots, the
// sources, the table of claims in the order of Report.Items (see Sort:
// the order is chosen on the server, no script sorts the table), and an
// evidence block per claim: the verdict, each finding with its evidence
// and where it was read, the award record's key figures and the source
// rows as column/value tables. Reports of more than DetailAll claims give
// evidence blocks only to claims with findings, and say so; claims are
// written one at a time so memory stays flat.
//
// # JSON
//
// The document has these fields (schema "probity.report/v1", JSONSchema):
//
//	schema, title, generated_at (RFC 3339, UTC), order
//	summary: snapshots[{kind, snapshot, source_id}], claims, claimed,
//	    verifiable, unsupported, statuses{supported, partial, unsupported,
//	    unverifiable, with_findings}, by_kind[], by_class[], by_agency[]
//	    (each {key, count, claimed, verifiable, amount})
//	items[]: {claim, verdict, award, rows}
//	    claim: id, kind, snapshot, origin, date, date_note, agency, piid,
//	        award_id, link, vendor, description, status, value, savings,
//	        location, city, state, sq_ft
//	    verdict: status, claimed, verifiable, unsupported, award_key,
//	        award_origin, link_method, link_note, link_score,
//	        findings[{class, severity, amount, sentence,
//	        evidence[{field, value, origin, note}]}]
//	    award (null if none): kind, key, as_of, origin, piid, agency_id,
//	        mod_number, idv_piid, fain, recipient, uei, cage,
//	        reason_for_mod, description, signed, effective, current_end,
//	        potential_end, obligated, base_exercised, ceiling, outlayed,
//	        action_obligation, unobligated, unspent
//	    rows[]: {source, line, role, header[], fields[]}
//	sources[]: id, name, sha256, format, snapshot, bytes, read, loaded,
//	    quarantined, ingested_at
//	diffs[]: from, to, added, removed, changed, unchanged, claimed_from,
//	    claimed_to, added_amount, removed_amount, changed_delta,
//	    changes[{key, kind, type, before, after, delta, fields[]}]
//
// Every amount X is written twice: X as a decimal string of dollars
// ("1234.50", "-0.05") and X_cents as an integer. Unknown amounts, dates
// and origins are null, never zero; dates are YYYY-MM-DD. An origin is
// {source_id, source, record, line}: the file a value was read from and
// where in it. Lists are never null.
//
// # CSV
//
// One row per claim under CSVHeader; see CSV.
package report
