// Package gen generates synthetic US-style person records with controlled
// corruption and ground truth, for measuring record linkage.
//
// A run is fixed by its Options and one master seed drawn from the
// *rand.Rand handed to New: the same options and seed give byte-identical
// files. Every entity and every record has its own random stream derived
// from the master seed and its index, so any entity can be regenerated on
// its own; nothing about the population is kept in memory, and file order is
// a keyed pseudo-random permutation (a Feistel network), so writing N
// records costs O(1) memory whatever N is.
//
// Two modes:
//
//   - Link writes files A and B. Each entity appears at most once per file;
//     Options.Overlap of the N entities of each file are in both.
//   - Dedupe writes one file in which an entity has 1+d records, d following
//     Options.Dups.
//
// Each record carries its true entity id and the list of corruptions applied
// to it (columns entity_id and corruptions). They are ground truth: a matcher
// must not read them. The truth file lists every pair of records of the same
// entity.
//
// Hard negatives: besides the name collisions that US name frequencies
// produce by themselves, Options.SameName, SameNameDOB and SameHousehold
// give shares of people another person's name, name and date of birth, or
// family name and address (a household; some with the same given name, as a
// parent and child).
//
// Corruption kinds (see Kind) each have a rate: the probability that the
// operator is tried on a record. Some operators cannot apply to every record
// (a day above 12 cannot be swapped with the month, a name may have no
// nickname); Summary reports how often each was tried and applied.
//
// Sources of the embedded tables (US Census 2010 surnames, SSA given names by
// decade, Febrl misspelling, OCR and phonetic rules) are in data/README.md.
package gen
