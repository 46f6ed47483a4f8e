// Package link is probity's record-linkage engine: it decides which
// records of two tables (a link) or of one table (a dedupe) are the same
// person or organisation, scores every decision, and explains it.
//
// # The model
//
// It is the Fellegi–Sunter model as Splink uses it. Each Comparison looks
// at one field of the two records and puts the pair in one of its ordered
// levels: the first level whose test passes. The first level is always
// Null (either value missing; it adds nothing); then typically exact
// equality, then fuzzier tests (Jaro–Winkler at least 0.92, 0.88, 0.70;
// edit distance at most k; dates within a month, a year, ten years, or
// day and month swapped; numbers within x%; equal phonetic codes; word or
// q-gram set overlap), and finally Else. Each level has two
// probabilities:
//
//	m = P(level | the records match)      u = P(level | they do not)
//
// and adds log2(m/u) to the pair's match weight. With λ the probability
// that two records drawn at random match,
//
//	weight = log2(λ/(1−λ)) + Σ log2(m/u) (+ term-frequency adjustments)
//	probability = 2^weight / (1 + 2^weight)
//
// A level may carry a term-frequency (TF) adjustment, as in Splink: for a
// pair whose values are common, weight·log2(uExact/max(tf(a), tf(b),
// minU)) is added, where tf is the share of records holding the value and
// uExact the u of the comparison's exact level. A match on a rare surname
// then counts for more than a match on "smith".
//
// # Training without labels
//
// Train estimates the parameters as Splink does. u comes from pairs drawn
// at random (nearly all non-matches). m comes from expectation
// maximisation on the pairs of a blocking rule, run once per rule in
// Training.EM; a pass does not estimate the comparisons of the fields its
// rule reads (they agree on every pair it sees), and each m is averaged
// over the passes that do estimate it. λ is then estimated by EM alone
// over the prediction pairs with m and u fixed (or, as in Splink, from
// deterministic rules and an assumed recall). EM runs on the distinct
// comparison vectors and their counts, not on pairs, so a pass over
// millions of pairs takes milliseconds once the vectors are counted.
// testdata/em_known_answer.md works one EM step by hand.
//
// # Blocking
//
// Scoring every pair is quadratic, so only the pairs that share a key
// under some BlockingRule are scored: the same given name and surname,
// the same date of birth, the same Soundex of the surname and the same
// state, names swapped, the same rare title word... Rules are combined by
// union. Each pair is generated once, by the first rule that finds it;
// later rules skip a pair by testing the earlier rules' keys, which are
// precomputed integers, so no set of seen pairs is kept.
//
// # Speed
//
// Prepare interns every field's prepared value: equal values share an id,
// and derived values (phonetic codes, parsed dates, numbers, word and
// q-gram sets, term frequencies) are computed once per distinct value. In
// the scoring loop an exact match is an integer comparison, each string
// metric is computed at most once per pair and bucketed into the levels,
// and a pair's weight is the sum of small per-level tables: no maps and
// no allocation per pair. Score splits the first table into chunks over
// GOMAXPROCS workers and hands the results on in chunk order, so the
// output does not depend on the number of workers. The string metrics
// themselves are in package strsim.
//
// # The model file
//
// Models are JSON that a person can write (see ReadModel, WriteModel and
// testdata/model_febrl4.json; testdata/MODEL_FORMAT.md lists every key). A
// comparison may name a template instead of listing levels:
//
//	{
//	  "probity_link_model": 1,
//	  "link_type": "link",
//	  "id_column": "rec_id",
//	  "fields": [{"name": "surname", "normalise": "lower"}],
//	  "comparisons": [
//	    {"field": "surname", "template": "name", "tf": {"weight": 1}},
//	    {"field": "date_of_birth", "template": "dob"},
//	    {"field": "soc_sec_id", "template": "damerau_levenshtein", "thresholds": [1, 2]}
//	  ],
//	  "blocking": [{"on": ["surname", "date_of_birth"]}, {"on": ["soundex(surname)", "postcode"]}],
//	  "training": {"seed": 1, "em_blocking": [{"on": ["date_of_birth"]}, {"on": ["postcode"]}]}
//	}
//
// A trained model is written with its templates expanded, each level with
// its m and u, and the prior λ.
//
// # Using it
//
//	m, _ := link.ReadModel(f)
//	d, _ := link.Prepare(m, tableA, tableB)       // one table for a dedupe
//	rep, _ := link.Train(ctx, d, link.TrainOptions{Rand: rng})
//	s, _ := link.NewScorer(d)
//	s.Score(ctx, link.ScoreOptions{MinWeight: 0}, func(ps []link.Pair) error { ... })
//	clusters := link.Cluster(d, pairs, 0)
//	s.Explain(a, b).WriteText(w)
//
// The package does no I/O of its own beyond the readers and writers it is
// handed, and uses no cgo, so it can run on any worker.
package link
