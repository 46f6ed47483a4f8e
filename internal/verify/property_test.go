package verify

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"

	"github.com/probity-dev/probity/internal/spend"
)

// TestAttributionProperty verifies many generated cases and checks, for
// every verdict, that the findings account for exactly Claimed -
// Verifiable, and, for the headline, that the classes add up to Claimed -
// Verifiable; plus the other invariants a verdict must keep.
func TestAttributionProperty(t *testing.T) {
	seeds := 300
	if testing.Short() {
		seeds = 40
	}
	for seed := 1; seed <= seeds; seed++ {
		g := newGenerator(uint64(seed))
		n := 20 + g.r.IntN(300)
		claims, awards := g.generate(n, 10+g.r.IntN(n))
		opt := DefaultOptions()
		opt.EndedGraceDays = g.r.IntN(60)
		opt.CeilingAbs = spend.Money(g.r.IntN(1000))
		opt.CeilingBP = int64(g.r.IntN(200))
		opt.UnitBandBP = int64(g.r.IntN(2000))
		if seed%3 == 0 {
			opt.FuzzyMin = 0
		}
		verdicts := Verify(claims, awards, opt)
		if len(verdicts) != len(claims) {
			t.Fatalf("seed %d: %d verdicts for %d claims", seed, len(verdicts), len(claims))
		}
		for i := range verdicts {
			checkVerdict(t, seed, &claims[i], &verdicts[i])
		}
		checkSummary(t, seed, claims, verdicts)
		if t.Failed() {
			t.Fatalf("seed %d failed", seed)
		}
	}
}

func checkVerdict(t *testing.T, seed int, c *spend.Claim, v *spend.Verdict) {
	t.Helper()
	checkAttribution(t, v)
	if v.ClaimID != c.ID || v.Kind != c.Kind || v.Snapshot != c.Snapshot {
		t.Errorf("seed %d: verdict %d out of claim order", seed, v.ClaimID)
	}
	var want spend.Status
	switch {
	case v.Claimed <= 0:
		want = spend.Unsupported
	case v.Verifiable == v.Claimed:
		want = spend.Supported
	case v.Verifiable > 0:
		want = spend.Partial
	default:
		want = v.Status // Unsupported or NoEvidence, checked below
		if v.Status != spend.Unsupported && v.Status != spend.NoEvidence {
			t.Errorf("seed %d claim %d: status %s with nothing verifiable", seed, c.ID, v.Status)
		}
	}
	if v.Status != want {
		t.Errorf("seed %d claim %d: status %s, want %s", seed, c.ID, v.Status, want)
	}
	if v.Kind == spend.Lease && v.Claimed > 0 && v.Status != spend.NoEvidence && findingOf(v, spend.Duplicate) == nil {
		t.Errorf("seed %d claim %d: lease status %s", seed, c.ID, v.Status)
	}
	if (v.AwardKey == "") != (v.Link == spend.LinkNone) {
		t.Errorf("seed %d claim %d: award key %q with link %q", seed, c.ID, v.AwardKey, v.Link)
	}
	seen := map[spend.Class]bool{}
	for k, f := range v.Findings {
		if seen[f.Class] {
			t.Errorf("seed %d claim %d: two %s findings", seed, c.ID, f.Class)
		}
		seen[f.Class] = true
		if k > 0 && classIndex(f.Class) < classIndex(v.Findings[k-1].Class) {
			t.Errorf("seed %d claim %d: findings out of order", seed, c.ID)
		}
		if f.Sentence == "" || len(f.Evidence) == 0 || f.ClaimID != c.ID {
			t.Errorf("seed %d claim %d: %s finding without sentence or evidence", seed, c.ID, f.Class)
		}
		if f.Amount == 0 && f.Class != spend.NonPositive && f.Severity != spend.Info {
			t.Errorf("seed %d claim %d: %s with no amount is %s", seed, c.ID, f.Class, f.Severity)
		}
		if f.Amount != 0 && f.Severity == spend.Info {
			t.Errorf("seed %d claim %d: %s with amount %s is info", seed, c.ID, f.Class, f.Amount)
		}
		if f.Amount < 0 && f.Class != spend.NonPositive {
			t.Errorf("seed %d claim %d: negative %s", seed, c.ID, f.Class)
		}
	}
}

func checkSummary(t *testing.T, seed int, claims []spend.Claim, verdicts []spend.Verdict) {
	t.Helper()
	for _, refs := range [][]spend.SnapshotRef{nil, allSnapshots(claims)} {
		s := Summarize(claims, verdicts, refs)
		var byClass, kindClaimed, kindVerif, agClaimed, agVerif spend.Money
		var kindN, agN int
		for _, x := range s.ByClass {
			byClass += x.Amount
		}
		for _, x := range s.ByKind {
			kindClaimed += x.Claimed
			kindVerif += x.Verifiable
			kindN += x.Count
		}
		for _, x := range s.ByAgency {
			agClaimed += x.Claimed
			agVerif += x.Verifiable
			agN += x.Count
		}
		if byClass != s.Claimed-s.Verifiable {
			t.Errorf("seed %d: classes sum to %s, claimed - verifiable = %s", seed, byClass, s.Claimed-s.Verifiable)
		}
		if kindClaimed != s.Claimed || kindVerif != s.Verifiable || kindN != s.Claims {
			t.Errorf("seed %d: kinds do not add up", seed)
		}
		if agClaimed != s.Claimed || agVerif != s.Verifiable || agN != s.Claims {
			t.Errorf("seed %d: agencies do not add up", seed)
		}
		for i := 1; i < len(s.ByAgency); i++ {
			a, b := s.ByAgency[i-1], s.ByAgency[i]
			if a.Claimed < b.Claimed || (a.Claimed == b.Claimed && a.Key >= b.Key) {
				t.Errorf("seed %d: agencies out of order: %q then %q", seed, a.Key, b.Key)
			}
		}
	}
}

// allSnapshots returns a reference to every snapshot of claims, by kind,
// date and source.
func allSnapshots(claims []spend.Claim) []spend.SnapshotRef {
	var refs []spend.SnapshotRef
	for _, c := range claims {
		r := spend.SnapshotRef{Kind: c.Kind, Snapshot: c.Snapshot, SourceID: c.Origin.SourceID}
		if !slices.Contains(refs, r) {
			refs = append(refs, r)
		}
	}
	return refs
}

// TestVerifyOrderIndependent checks that a claim's verdict does not
// depend on the order of the inputs (duplicates are decided by file order,
// the current state of an award by its dates and origin), and that
// Verify is deterministic.
func TestVerifyOrderIndependent(t *testing.T) {
	for seed := uint64(1); seed <= 20; seed++ {
		g := newGenerator(seed)
		claims, awards := g.generate(400, 300)
		want := Verify(claims, awards, DefaultOptions())
		if again := Verify(claims, awards, DefaultOptions()); !reflect.DeepEqual(want, again) {
			t.Fatalf("seed %d: Verify is not deterministic", seed)
		}
		r := rand.New(rand.NewPCG(seed, 1))
		pc, pa := slices.Clone(claims), slices.Clone(awards)
		r.Shuffle(len(pc), func(i, j int) { pc[i], pc[j] = pc[j], pc[i] })
		r.Shuffle(len(pa), func(i, j int) { pa[i], pa[j] = pa[j], pa[i] })
		got := Verify(pc, pa, DefaultOptions())
		byID := map[int64]spend.Verdict{}
		for _, v := range got {
			byID[v.ClaimID] = v
		}
		for _, w := range want {
			g := byID[w.ClaimID]
			if !reflect.DeepEqual(g, w) {
				t.Fatalf("seed %d claim %d: verdict depends on input order:\n got %+v\nwant %+v", seed, w.ClaimID, g, w)
			}
		}
	}
}

// TestVerifyWorkers checks that the verdicts do not depend on how many
// goroutines compute them.
func TestVerifyWorkers(t *testing.T) {
	claims, awards := newGenerator(3).generate(3*chunk+100, 2*chunk)
	opt := DefaultOptions()
	opt.Workers = 1
	one := Verify(claims, awards, opt)
	opt.Workers = 4
	four := Verify(claims, awards, opt)
	if !reflect.DeepEqual(one, four) {
		for i := range one {
			if !reflect.DeepEqual(one[i], four[i]) {
				t.Fatalf("claim %d: 1 worker %+v\n4 workers %+v", i, one[i], four[i])
			}
		}
	}
}
