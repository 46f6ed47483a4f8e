// Package spend is probity's vocabulary: the values every other package
// talks in. It holds money, calendar dates, savings claims, award records,
// findings with their evidence, ingest sources, rejected rows and the small
// set of error kinds users see.
//
// The package does no I/O and imports only value packages from the standard
// library, so that matching, rules and scoring built on it stay pure Go and
// can run where there is no database (see the README's dependency rule).
//
// Money is exact: an integer number of cents. No float64 arithmetic is done
// on amounts anywhere in probity; parsers turn decimal text into cents
// directly (see ParseMoney).
package spend
