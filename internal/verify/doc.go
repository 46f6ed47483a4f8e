// Package verify checks published savings claims (the 2025 DOGE "wall of
// receipts") against the award records of the systems of record: FPDS for
// contracts, USAspending for grants. For each claim it finds the award,
// computes how much of the claimed saving the record can support, and
// explains every dollar that it cannot, as findings with evidence. It also
// sums verdicts into a headline (Summarize) and compares two snapshots of
// the receipts (Diff).
//
// The package is pure Go: no I/O, no cgo, no store. It works on
// spend.Claim and spend.Award values that the ingest and the store
// produce, so that it can run on workers without a database.
//
// # The claim
//
// The saving a claim asserts is read from Claim.Savings (zero when
// absent). The ingest is expected to put there what each DOGE format
// called the saving: "value" in the February 2025 contract and lease files
// (whose "ceiling_value" is the award value, Claim.Value), "value" in the
// March 2025 FPDS file, and "savings" in the API-form files.
//
// # Linking
//
// A contract claim is linked by its PIID, or the PIID in its FPDS link
// (see ParseFPDSLink); a grant by the award id in its USAspending link
// (see ParseUSAspendingLink). Award records carry that key (Award.Key).
// An award usually has several records (one per modification and per
// scrape); its current state is its newest record: latest Signed date,
// then latest AsOf, then highest Origin. A claim with no identifier may be
// linked by vendor or recipient name (see fuzzy.go); leases have no system
// of record in the data and are never linked.
//
// # What is verifiable
//
//   - Contracts: the money not yet obligated, ceiling minus obligated
//     (FPDS amount_ultimate_total - amount_obligated_total), never more
//     than the claim. Obligated money is committed; the ceiling (base and
//     all options) is only a limit. An indefinite-delivery vehicle
//     (contractType=IDV) obligates nothing itself, so nothing of a claim on
//     one is verifiable.
//   - Grants: what was obligated and not yet paid out, total_obligation
//     minus total_outlay; unverifiable when the outlay is unknown.
//   - Leases: nothing can be verified (no lease inventory in the data).
//
// This follows the published lessons of the 2025 receipts (see
// the project's domain notes, §5 item 8): ceilings counted as savings, awards
// already ended or closed out, the same award claimed several times, and
// the $8 million ICE contract listed as $8 billion.
//
// # Findings
//
// Each problem is a spend.Finding with a class, a severity, the dollars
// it accounts for, one sentence with the numbers in it, and evidence naming
// each value used and where it was read. The classes and their rules:
//
//   - UnitError: the claim is above the whole award and about 1,000 or
//     1,000,000 times its ceiling or obligation (Options.UnitBandBP).
//   - ExceedsAward: the claim is above the whole award (contracts: the
//     ceiling; grants: the obligation), beyond the ceiling tolerance.
//   - CeilingCounted: the claim is about the ceiling (Options.CeilingAbs,
//     CeilingBP) while money has been obligated; or the award is an IDV.
//   - Overstated: the claim is above the unobligated (unspent) balance.
//   - AlreadyEnded: the award's current end date is more than
//     Options.EndedGraceDays before the claim date, or its newest record
//     is a close-out (FPDS reason for modification K) signed before it.
//   - Duplicate: the same award claimed again in the same snapshot (the
//     first in file order counts, the repeats are removed), or entered
//     again as a new receipt in a later snapshot (information only); see
//     duplicate.go.
//   - NonPositive: a claim of zero or less.
//   - NoRecord: no award record for the claim's identifier, or none that
//     its name clearly matches.
//   - Unverifiable: no system of record (leases) or a record that lacks a
//     figure the balance needs.
//   - FuzzyLinked: the award was found by name; a person should check it.
//
// Every dollar of a claim is either verifiable or accounted for by exactly
// one finding: the findings of a verdict add up to Claimed - Verifiable,
// and so do the classes of a Summary. The order of precedence that makes
// this so is documented in attribute.go. Conditions that hold but get no
// dollars are still reported, with amount zero and severity Info.
//
// # Speed
//
// Verify indexes the awards in one map by key, links claims and judges
// them on Options.Workers goroutines (the verdicts do not depend on the
// number), and cuts findings, evidence and sentences from shared arenas
// rather than allocating them one by one. The name fallback is blocked on
// rare name tokens, so its work grows with the claims that need it, not
// with claims × awards. BenchmarkVerify measures 1,000,000 claims against
// 1,000,000 award records (results in BENCHMARKS.md).
package verify
