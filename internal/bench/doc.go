// Package bench measures probity end to end on generated data of a chosen
// size: the figures BENCHMARKS.md records, produced by 'probity bench'.
// It writes its inputs with a seeded generator, so that two runs measure
// the same bytes.
package bench
