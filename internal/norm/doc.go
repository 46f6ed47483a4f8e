// Package norm holds the normalisers probity applies to values before it
// compares them or builds blocking keys from them: Unicode folding, person
// names (honorifics, suffixes, name order, nicknames), business names (legal
// forms, "the", "&", d/b/a), US street addresses (USPS Publication 28
// abbreviations), ZIP codes, tax and entity identifiers (SSN, EIN, TIN, UEI,
// CAGE, DUNS) and dates of birth (partial and transposed).
//
// Every function is pure: no I/O, no global state that changes, the same
// output for the same input. Text normalisers return lower-case strings of
// words separated by single spaces, with no leading or trailing space, and
// "" when nothing is left; callers treat "" as a missing value. Applied to
// their own output they return it unchanged (they are idempotent), which
// the fuzz tests check.
//
// The reference tables (honorifics, suffixes, nicknames, legal forms, USPS
// street suffixes, unit designators and directionals) are Go tables in this
// package, each with a comment naming its source.
package norm
