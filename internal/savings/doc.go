// Package savings is the savings-claim verification service: it loads
// claims and award records from the store, runs the pure rules of package
// verify, keeps the verdicts, and builds the reports and snapshot diffs.
// The command line and the HTTP server call the same functions here.
package savings
