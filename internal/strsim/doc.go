// Package strsim holds the string comparators and phonetic codes used to
// score record pairs: Jaro and Jaro–Winkler, Levenshtein (with a bounded,
// early-exit variant), optimal string alignment and true Damerau–Levenshtein
// distances, q-gram Jaccard and token-set similarity, Soundex, NYSIIS and
// Double Metaphone, plus small numeric and date distance helpers.
//
// They are the hot path of pair scoring, so they are written for speed: an
// ASCII fast path that works on the bytes in place, bit-parallel algorithms
// where they pay (Levenshtein is Myers/Hyyrö for patterns of up to 64
// characters), stack buffers instead of heap allocations for short input,
// and no allocation at all for ASCII names of ordinary length. Bounded
// variants (LevenshteinMax, DamerauLevenshteinMax) stop as soon as the
// answer exceeds the largest level a comparison needs.
//
// # Semantics
//
// These rules hold for every function in the package:
//
//   - Comparison is by Unicode code point (rune), never by byte: "josé" and
//     "jose" are one substitution apart and have Jaro–Winkler 0.8833, where
//     byte-based tools such as DuckDB give 2 and 0.8483. Bytes that are not
//     valid UTF-8 each count as one U+FFFD rune, as in a Go range loop.
//   - Comparison is exact: case and accents matter. Callers normalise first
//     (see package norm) and decide what an empty value means.
//   - Identical strings, including two empty strings, have similarity 1 and
//     distance 0 (DuckDB's jaro_winkler_similarity gives 0 for two empty
//     strings; on non-empty ASCII input the two agree exactly, see
//     TestAgainstDuckDB). One empty and one non-empty string have similarity 0, and
//     their distance is the rune count of the other string. Callers that
//     treat empty as null must test for it before comparing.
//   - Similarities are in [0, 1] and distances in [0, max(len(a), len(b))]
//     (in runes). Every comparator here is symmetric in its arguments.
//
// The phonetic encoders (Soundex, NYSIIS, DoubleMetaphone) read letters only:
// they fold the Latin-1 and Latin Extended-A letters to ASCII (é→E, ß→SS,
// Æ→AE, Ø→O, ...), upper-case them, and ignore every other character,
// including spaces, digits and letters of other scripts. A string with no
// such letter has the empty code.
package strsim
