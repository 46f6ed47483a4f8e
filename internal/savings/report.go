package savings

import (
	"context"
	"time"

	"github.com/probity-dev/probity/internal/ingest"
	"github.com/probity-dev/probity/internal/report"
	"github.com/probity-dev/probity/internal/spend"
	"github.com/probity-dev/probity/internal/store"
	"github.com/probity-dev/probity/internal/verify"
)

// ReportOptions choose what a report covers.
type ReportOptions struct {
	Title string
	Now   time.Time
	// Snapshots are the snapshots whose claims the report shows and totals;
	// nil means the latest snapshot of each kind.
	Snapshots []spend.SnapshotRef
	// Diffs are snapshot comparisons to include.
	Diffs []spend.Diff
	// Sort orders the claims; empty keeps file order.
	Sort report.SortKey
}

// BuildReport assembles a report from the latest verification run: the
// headline, every claim of the chosen snapshots with its verdict, the
// award record it was checked against, and the source rows of both.
func BuildReport(ctx context.Context, st *store.Store, opt ReportOptions) (*report.Report, error) {
	run, ok, err := st.LatestRun(ctx)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, spend.Errorf(spend.NotFound, "no verification run in the database: run 'probity verify' first")
	}
	verdicts, err := st.Verdicts(ctx, run.ID)
	if err != nil {
		return nil, err
	}
	claims, err := st.Claims(ctx, store.ClaimFilter{})
	if err != nil {
		return nil, err
	}
	awards, err := st.Awards(ctx)
	if err != nil {
		return nil, err
	}
	sources, err := st.Sources(ctx)
	if err != nil {
		return nil, err
	}
	snaps := opt.Snapshots
	if snaps == nil {
		snaps = verify.LatestSnapshots(claims)
	}
	r := &report.Report{
		Title:       opt.Title,
		GeneratedAt: opt.Now,
		Summary:     verify.Summarize(claims, verdicts, snaps),
		Sources:     sources,
		Diffs:       opt.Diffs,
	}
	if r.Title == "" {
		r.Title = "Savings claims checked against the award records"
	}
	rows := &rowCache{st: st, ctx: ctx, rows: map[int64]map[int64][]string{}, headers: map[int64][]string{}, names: map[int64]string{}}
	for _, s := range sources {
		rows.names[s.ID] = s.Name
	}
	bySource := map[int64]bool{}
	for _, s := range snaps {
		bySource[s.SourceID] = true
	}
	verdictOf := make(map[int64]*spend.Verdict, len(verdicts))
	for i := range verdicts {
		verdictOf[verdicts[i].ClaimID] = &verdicts[i]
	}
	awardAt := make(map[spend.Origin]*spend.Award, len(awards))
	for i := range awards {
		awardAt[awards[i].Origin] = &awards[i]
	}
	for _, c := range claims {
		if !bySource[c.Origin.SourceID] {
			continue
		}
		v, ok := verdictOf[c.ID]
		if !ok {
			continue // ingested after the run
		}
		it := report.Item{Claim: c, Verdict: *v, Award: awardAt[v.AwardOrigin]}
		if err := rows.add(&it); err != nil {
			return nil, err
		}
		r.Items = append(r.Items, it)
	}
	if opt.Sort != "" {
		if err := report.Sort(r, opt.Sort); err != nil {
			return nil, err
		}
	}
	return r, nil
}

// rowCache loads the stored records of a source once.
type rowCache struct {
	st      *store.Store
	ctx     context.Context
	rows    map[int64]map[int64][]string
	headers map[int64][]string
	names   map[int64]string
}

func (c *rowCache) get(o spend.Origin) (report.SourceRow, bool, error) {
	if o.SourceID == 0 {
		return report.SourceRow{}, false, nil
	}
	rows, ok := c.rows[o.SourceID]
	if !ok {
		header, err := c.st.SourceHeader(c.ctx, o.SourceID)
		if err != nil {
			return report.SourceRow{}, false, err
		}
		c.headers[o.SourceID] = header
		path, err := c.st.ArchivedFile(o.SourceID)
		if err != nil {
			return report.SourceRow{}, false, err
		}
		if path != "" {
			// The archive is the evidence: a missing or unreadable copy
			// leaves the rows out (the report says so) rather than failing.
			if rows, err = ingest.ReadRecords(path, header); err != nil {
				rows = nil
			}
		}
		c.rows[o.SourceID] = rows
	}
	f, ok := rows[o.Record]
	if !ok {
		return report.SourceRow{}, false, nil
	}
	return report.SourceRow{Source: c.names[o.SourceID], Line: o.Line, Header: c.headers[o.SourceID], Fields: f}, true, nil
}

func (c *rowCache) add(it *report.Item) error {
	claimRow, ok, err := c.get(it.Claim.Origin)
	if err != nil {
		return err
	}
	if it.Award != nil && it.Award.Origin.SourceID == it.Claim.Origin.SourceID && it.Award.Origin.Record == it.Claim.Origin.Record {
		if ok {
			claimRow.Role = report.RoleBoth
			it.Rows = append(it.Rows, claimRow)
		}
		return nil
	}
	if ok {
		claimRow.Role = report.RoleClaim
		it.Rows = append(it.Rows, claimRow)
	}
	if it.Award != nil {
		awardRow, ok, err := c.get(it.Award.Origin)
		if err != nil {
			return err
		}
		if ok {
			awardRow.Role = report.RoleAward
			it.Rows = append(it.Rows, awardRow)
		}
	}
	return nil
}
